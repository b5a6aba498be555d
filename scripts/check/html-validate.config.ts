// html-validate configuration for the gate: recommended + document + a11y presets, checked on the built (minified) HTML.
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  // Use only this object: no .htmlvalidate.json lookups, so the gate means the same thing everywhere.
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document', 'html-validate:a11y'],
  rules: {
    // The document preset's default asks for integrity="" on same-origin CSS/JS too, which protects nothing.
    // Cross-origin resources still need SRI.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Source-formatting rules the build's minifier legitimately rewrites (unquoted attribute values,
    // "<!doctype html>"): both are valid HTML and neither changes what anyone gets from the page.
    'attr-quotes': 'off',
    'doctype-style': 'off',
  },
};
