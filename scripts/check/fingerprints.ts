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

/** Where each checker's code starts; every module of this folder it imports, however indirectly, counts too. */
const ENTRY: Record<CachedChecker, string[]> = {
  'html-validate': ['./html-validate.ts', './html-validate-worker.ts'],
  'pa11y-ci': ['./pa11y-ci.ts', './pa11y-ci-child.ts', './pa11y-runner-axe-extra.cjs'],
  contrast: ['./contrast.ts'],
  layout: ['./layout.ts'],
};

/** The files whose bytes decide a checker's results: its configuration (the layout check's page time limit comes from .pa11yci) and all of its own code. */
export function checkerFiles(checker: CachedChecker, pa11yciFile: string = PA11YCI_FILE): string[] {
  const config = checker === 'html-validate' ? HTML_VALIDATE_CONFIG_FILE : pa11yciFile;
  return [config, ...localModules(ENTRY[checker].map(own))];
}

/** The modules given and every module beside them that they import or require, found by reading their import lines. */
function localModules(entries: string[]): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file) || !existsSync(file)) return;
    found.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(/(?:from|import|require\()\s*['"](\.\/[^'"]+)['"]/g)) visit(fileURLToPath(new URL(path, `file://${file}`)));
  };
  entries.forEach(visit);
  return [...found].sort();
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
  return sha256(checker, versions, browser, ...checkerFiles(checker, pa11yciFile).map((file) => (existsSync(file) ? readFileSync(file) : `${file} is missing`)));
}

/** Chromium as the browser checkers launch it. */
export function chromiumPath(): string {
  return process.env['PUPPETEER_EXECUTABLE_PATH'] || readPa11yCiConfig().defaults.chromeLaunchConfig?.executablePath || '/usr/bin/chromium';
}
