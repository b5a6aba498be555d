// Lists every .html file in a built site folder (relative paths, sorted), skipping dot-folders.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function listHtmlFiles(siteDir: string): string[] {
  const found: string[] = [];
  const walk = (relativeDir: string): void => {
    const entries = readdirSync(path.join(siteDir, relativeDir), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relative = relativeDir === '' ? entry.name : path.join(relativeDir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.isFile() && entry.name.endsWith('.html')) found.push(relative);
    }
  };
  walk('');
  return found.sort();
}
