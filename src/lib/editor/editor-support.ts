/**
 * Editor support for a team's handbook folder: the JSON Schemas of its files in .vscode/schemas/
 * and a .vscode/settings.json that maps them to the files for the YAML language server, so that
 * VS Code completes field names and values and underlines errors as the author types.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { editorSupportFiles, jsonFileText, SCHEMA_TARGETS, schemaFileName, schemaFileText, SCHEMAS_FOLDER } from './json-schemas.ts';

/** Where a handbook keeps its copy of the schemas: inside .vscode/, so the folder can be moved as a whole. */
export const HANDBOOK_SCHEMA_FOLDER = '.vscode/schemas';

/**
 * Writes the schemas and the .vscode settings into `folder` and returns the paths written (absolute).
 * With `generatorRoot`, the schemas are copied from its committed schemas/ folder (what `npm run schemas`
 * wrote); without it, or where a file is missing there, they are generated from the zod schemas.
 * A .vscode/settings.json or extensions.json the team already has keeps its other entries; one that is
 * not plain JSON (VS Code allows comments) is left as it is, and is not among the paths returned.
 */
export async function writeEditorSupport(folder: string, generatorRoot?: string): Promise<string[]> {
  const committed = new Map<string, string>();
  if (generatorRoot) {
    for (const target of SCHEMA_TARGETS) {
      const file = join(generatorRoot, SCHEMAS_FOLDER, schemaFileName(target));
      if (existsSync(file)) committed.set(target.name, await readFile(file, 'utf8'));
    }
  }
  const files = editorSupportFiles(HANDBOOK_SCHEMA_FOLDER, (target) => committed.get(target.name) ?? schemaFileText(target));
  const written: string[] = [];
  for (const [relative, text] of files) {
    const path = join(folder, relative);
    const content = relative === '.vscode/settings.json' || relative === '.vscode/extensions.json' ? await mergedJson(path, text) : text;
    if (content === undefined) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    written.push(path);
  }
  return written;
}

/**
 * The settings or extensions file with ours merged into what is there: our keys win, other keys stay,
 * recommendations are united. Undefined when the file there cannot be read as a JSON object.
 */
async function mergedJson(path: string, ours: string): Promise<string | undefined> {
  if (!existsSync(path)) return ours;
  let theirs: unknown;
  try {
    theirs = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
  if (!theirs || typeof theirs !== 'object' || Array.isArray(theirs)) return undefined;
  const merged: Record<string, unknown> = { ...(theirs as Record<string, unknown>), ...JSON.parse(ours) };
  const theirRecommendations = (theirs as Record<string, unknown>).recommendations;
  if (Array.isArray(theirRecommendations) && Array.isArray(merged.recommendations)) {
    merged.recommendations = [...new Set([...theirRecommendations, ...merged.recommendations])];
  }
  return jsonFileText(merged);
}
