// Versions of the tools the gate runs, read from their installed package.json files.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const TOOL_PACKAGES = ['pa11y-ci', 'pa11y', 'axe-core', '@pa11y/html_codesniffer', 'html-validate', 'puppeteer'] as const;

export function toolVersions(): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const name of TOOL_PACKAGES) {
    try {
      versions[name] = (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      versions[name] = 'not installed';
    }
  }
  return versions;
}
