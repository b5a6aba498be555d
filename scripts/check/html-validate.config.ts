// The html-validate configuration: the repository's root .htmlvalidate.json, which editors' plugins read too, so the gate and an editor's plugin mean the same thing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG_FILE = fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url));

export function loadHtmlValidateConfig(file: string = HTML_VALIDATE_CONFIG_FILE): ConfigData {
  return JSON.parse(readFileSync(file, 'utf8')) as ConfigData;
}
