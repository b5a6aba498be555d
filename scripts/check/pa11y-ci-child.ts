// Child process of the pa11y-ci checker: runs pa11y-ci's Node API with the root .pa11yci over the URLs in a file, printing pa11y-ci's own lines and writing its JSON report.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Pa11yCiReport {
  total: number;
  passes: number;
  errors: number;
  results: Record<string, unknown[]>;
}
type Pa11yCi = (urls: string[], options: Record<string, unknown>) => Promise<Pa11yCiReport>;

const [configFile, urlsFile, reportFile] = process.argv.slice(2);
if (!configFile || !urlsFile || !reportFile) {
  console.error('usage: pa11y-ci-child.ts <.pa11yci> <urls.json> <report.json>');
  process.exit(1);
}
const pa11yCi = createRequire(import.meta.url)('pa11y-ci') as Pa11yCi;
// Read as pa11y-ci's own command line reads it: JSON with a "defaults" object.
const config = JSON.parse(readFileSync(configFile, 'utf8')) as { defaults?: Record<string, unknown> };
const defaults = config.defaults ?? {};
// Chromium from the environment wins, as with puppeteer itself (the tests point it at a missing or crashing browser).
const executablePath = process.env['PUPPETEER_EXECUTABLE_PATH'];
const chromeLaunchConfig = { ...(defaults['chromeLaunchConfig'] as object | undefined), ...(executablePath ? { executablePath } : {}) };
const urls = JSON.parse(readFileSync(urlsFile, 'utf8')) as string[];
const reporters = [...((defaults['reporters'] as unknown[] | undefined) ?? ['cli']), ['json', { fileName: reportFile }]];

const report = await pa11yCi(urls, { ...defaults, chromeLaunchConfig, reporters, log: console, wrapWidth: process.stdout.columns || 100 });
// pa11y-ci's own rule: fail when any page had errors or could not be checked.
process.exit(report.passes < report.total ? 2 : 0);
