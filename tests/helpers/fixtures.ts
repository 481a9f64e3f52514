import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const VALID_FIXTURE = resolve(import.meta.dirname, '../fixtures/valid');
export const HOSTILE_FIXTURES = resolve(import.meta.dirname, '../fixtures/hostile');

/** A copy of a fixture handbook, changed by `edit`, so each test breaks exactly one thing. */
export async function fixtureCopy(edit: (root: string) => Promise<void> = async () => {}, from = VALID_FIXTURE) {
  const root = await mkdtemp(join(tmpdir(), 'handbook-'));
  await cp(from, root, { recursive: true });
  await edit(root);
  return root;
}

/**
 * The valid fixture with one hostile case laid over it: the files of `tests/fixtures/hostile/<name>/`
 * replace or join the valid ones, `remove` deletes files, and `edit` makes what cannot live in git
 * (a named pipe, a dangling link, a very deep tree).
 */
export async function hostileCopy(name: string | undefined, options: { remove?: string[]; edit?: (root: string) => Promise<void> } = {}) {
  return fixtureCopy(async (root) => {
    if (name) await cp(join(HOSTILE_FIXTURES, name), root, { recursive: true, force: true });
    for (const file of options.remove ?? []) await rm(join(root, file), { force: true });
    await options.edit?.(root);
  });
}

export async function replaceIn(file: string, from: string | RegExp, to: string) {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`"${from}" not found in ${file}`);
  await writeFile(file, next);
}

/** A decision tree that is one long chain of questions, `steps` nodes deep. */
export function chainTree(steps: number): string {
  const label = (text: string) => `{ en: ${text}, pl: ${text}, hu: ${text}, ro: ${text}, es: ${text}, fi: ${text} }`;
  const nodes: string[] = [];
  for (let index = 1; index < steps; index++) {
    nodes.push(`  - { id: q-${index}, question: ${label(`Step ${index}`)}, answers: [{ label: ${label('Next')}, next: ${index + 1 < steps ? `q-${index + 1}` : 'out-end'} }] }`);
  }
  nodes.push(`  - { id: out-end, outcome: { action: hold, title: ${label('Done')}, text: ${label('Done')} } }`);
  return `title: ${label('Deep')}\nstart: q-1\nnodes:\n${nodes.join('\n')}\n`;
}
