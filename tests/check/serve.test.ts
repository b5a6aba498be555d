// Tests for scripts/check/serve.ts: a static server on 127.0.0.1 that answers missing paths with 404.html.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { serve } from '../../scripts/check/serve.ts';
import { fixture } from './fixtures.ts';

const server = suite('check/serve');

server('serves the site on 127.0.0.1 and 404.html for missing paths', async () => {
  const site = await serve(fixture('good'));
  try {
    assert.match(site.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const home = await fetch(site.url);
    assert.is(home.status, 200);
    assert.match(await home.text(), '<h1>Ealing partnership</h1>');
    const missing = await fetch(new URL('areas/nowhere/', site.url));
    assert.is(missing.status, 404);
    assert.match(await missing.text(), '<h1>Page not found</h1>');
  } finally {
    await site.close();
  }
});

server('serves a path-prefixed build under its prefix only', async () => {
  const site = await serve(fixture('prefix'), { pathPrefix: '/prefix/' });
  try {
    assert.match(site.url, /\/prefix\/$/);
    assert.is((await fetch(site.url)).status, 200);
    assert.is((await fetch(new URL('logo.svg', site.url))).status, 200);
    assert.is((await fetch(new URL('/logo.svg', site.url))).status, 404);
  } finally {
    await site.close();
  }
});

server.run();
