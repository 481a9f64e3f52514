/** Writing generated files: never over an existing file, and a new handbook only into an empty folder. */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SkeletonFile } from './skeleton.ts';

/**
 * Why `folder` cannot take a new handbook, or undefined when it can: it does not exist yet, or it
 * holds nothing but dot-files (a fresh `git init`, an editor's settings).
 */
export async function folderProblem(folder: string): Promise<string | undefined> {
  const entry = await stat(folder).catch(() => undefined);
  if (!entry) return undefined;
  if (!entry.isDirectory()) return `${folder} is a file, not a folder`;
  const visible = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
  if (!visible.length) return undefined;
  const shown = visible.slice(0, 3).join(', ') + (visible.length > 3 ? `, and ${visible.length - 3} more` : '');
  return `${folder} is not empty (it holds ${shown})`;
}

/** Files of `files` that already exist under `root`. */
export async function existingFiles(root: string, paths: readonly string[]): Promise<string[]> {
  const found = await Promise.all(paths.map((path) => stat(join(root, path)).then(() => path, () => undefined)));
  return found.filter((path): path is string => path !== undefined);
}

/** Writes every file under `root`, creating folders; fails rather than overwrite one that exists. */
export async function writeFiles(root: string, files: readonly SkeletonFile[]): Promise<string[]> {
  for (const file of files) {
    const path = join(root, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text, { flag: 'wx' });
  }
  return files.map((file) => file.path);
}

/** Today's date as YYYY-MM-DD (UTC), for a new playbook's lastReviewed. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
