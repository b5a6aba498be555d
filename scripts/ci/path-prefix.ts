// The Eleventy path prefix a site needs at its published address, from site.yaml's `url`: a project site such as https://org.github.io/repo/ lives under /repo/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

/** "/repo/" for https://org.github.io/repo (with or without the last slash); "/" for a site at the root of its domain. */
export function pathPrefixOf(siteUrl: string): string {
  const path = new URL(siteUrl).pathname.replace(/\/+$/, '');
  return path === '' ? '/' : `${path}/`;
}

/** Reads `url` from a site.yaml; throws a message for editors when it is missing or not an address. */
export function pathPrefixOfSite(siteFile: string): string {
  const url = (parse(readFileSync(siteFile, 'utf8')) as { url?: unknown } | null)?.url;
  if (typeof url !== 'string' || !URL.canParse(url)) throw new Error(`${siteFile} url: must be the site's full address, e.g. https://org.github.io/repo/ (run npm run validate)`);
  return pathPrefixOf(url);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    console.log(pathPrefixOfSite(`${process.env.DATA_DIR ?? '_data'}/site.yaml`));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
