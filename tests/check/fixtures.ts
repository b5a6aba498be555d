// Paths to the gate's fixture sites (tests/fixtures/gate/<name>) and small helpers shared by the gate tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, type Issue } from '../../scripts/check/types.ts';

export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/gate/${name}`, import.meta.url));
}

/** Rule ids found, sorted and de-duplicated. */
export function rules(issues: Issue[]): string[] {
  return [...new Set(issues.map((issue) => issue.rule))].sort();
}

export function printed(issues: Issue[]): string {
  return issues.map(formatIssue).join('\n');
}

/** Writes a throwaway site folder; the caller removes it. */
export function tempSite(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'gate-site-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}
