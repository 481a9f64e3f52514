import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const VALID_FIXTURE = resolve(import.meta.dirname, '../fixtures/valid');

/** A copy of a fixture handbook, changed by `edit`, so each test breaks exactly one thing. */
export async function fixtureCopy(edit: (root: string) => Promise<void> = async () => {}, from = VALID_FIXTURE) {
  const root = await mkdtemp(join(tmpdir(), 'handbook-'));
  await cp(from, root, { recursive: true });
  await edit(root);
  return root;
}

export async function replaceIn(file: string, from: string | RegExp, to: string) {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`"${from}" not found in ${file}`);
  await writeFile(file, next);
}
