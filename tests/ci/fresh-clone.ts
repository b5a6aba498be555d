// A fresh clone of this repository in a temporary folder, with the working tree's uncommitted changes committed in it, so a dry run sees what a push would carry.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/data-folder.ts';

export function freshClone(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'fresh-clone-')), 'repo');
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git(PROJECT_ROOT, 'clone', '--quiet', '--no-hardlinks', PROJECT_ROOT, folder);
  const changed = git(PROJECT_ROOT, 'ls-files', '-z', '--modified', '--others', '--exclude-standard').split('\0').filter(Boolean);
  const deleted = new Set(git(PROJECT_ROOT, 'ls-files', '-z', '--deleted').split('\0').filter(Boolean));
  for (const file of changed) {
    if (deleted.has(file)) continue;
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    copyFileSync(join(PROJECT_ROOT, file), join(folder, file));
  }
  for (const file of deleted) rmSync(join(folder, file), { force: true });
  if (git(folder, 'status', '--porcelain') !== '') {
    git(folder, 'add', '--all');
    git(folder, '-c', 'user.name=Dry run', '-c', 'user.email=dry-run@example.invalid', 'commit', '--quiet', '--message', 'Uncommitted changes of the working tree');
  }
  return folder;
}
