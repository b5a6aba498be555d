// One built file as the site serves it: HTML minified, and every text file with the gzip and Brotli copies servers send as they are.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { minifyHtmlPage } from "./minify-html.ts";

// Quality 5 costs about 0.2 ms a page against 7 ms at 11 (a 35 MB open-data file: under a second against a minute), for about 250 bytes more a page.
const BROTLI_QUALITY = 5;
const TEXT = /\.(html|css|xml|json|ics|txt)$/;
const HTML = /\.html$/;

// Folders this thread has made, so 10,000 pages do not ask the disk 10,000 times.
const made = new Set<string>();

/** Writes `path` (creating its folder) and, for text files, path.gz and path.br; returns how many files it wrote. */
export function writeSiteFile(path: string, content: string): number {
  const bytes = Buffer.from(HTML.test(path) ? minifyHtmlPage(content) : content);
  const folder = dirname(path);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  writeFileSync(path, bytes);
  if (!TEXT.test(path)) return 1;
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
  return 3;
}
