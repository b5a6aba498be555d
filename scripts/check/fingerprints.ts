// What decides each cached checker's results besides the page itself: tool versions, configuration and the checker's own code, hashed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sha256 } from './cache.ts';
import { HTML_VALIDATE_CONFIG_FILE } from './html-validate.config.ts';
import { PA11YCI_FILE, readPa11yCiConfig } from './pa11y-ci.ts';
import { toolVersions } from './versions.ts';

export type CachedChecker = 'html-validate' | 'pa11y-ci' | 'contrast' | 'layout';

const own = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

/** The files whose bytes decide a checker's results: its configuration and its own code. */
function files(checker: CachedChecker, pa11yciFile: string): string[] {
  switch (checker) {
    case 'html-validate':
      return [HTML_VALIDATE_CONFIG_FILE, own('./html-validate.ts')];
    case 'pa11y-ci':
      return [pa11yciFile, own('./pa11y-ci.ts'), own('./pa11y-ci-child.ts'), own('./pa11y-runner-axe-extra.cjs')];
    case 'contrast':
      return [pa11yciFile, own('./contrast.ts')];
    case 'layout':
      // Its page time limit comes from .pa11yci.
      return [pa11yciFile, own('./layout.ts')];
  }
}

/** "Chromium 156.0.8078.114 …", or the path alone when it cannot say (the check will then fail on its own). */
export function chromiumVersion(executable: string): string {
  try {
    return `${executable} ${execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim()}`;
  } catch {
    return `${executable} (no version)`;
  }
}

export function fingerprint(checker: CachedChecker, chromium: string, pa11yciFile: string = PA11YCI_FILE): string {
  const versions = JSON.stringify({ ...toolVersions(), node: process.version });
  const browser = checker === 'html-validate' ? '' : chromium;
  return sha256(checker, versions, browser, ...files(checker, pa11yciFile).map((file) => (existsSync(file) ? readFileSync(file) : `${file} is missing`)));
}

/** Chromium as the browser checkers launch it. */
export function chromiumPath(): string {
  return process.env['PUPPETEER_EXECUTABLE_PATH'] || readPa11yCiConfig().defaults.chromeLaunchConfig?.executablePath || '/usr/bin/chromium';
}
