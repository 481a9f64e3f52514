/**
 * `npm run schemas`: writes the JSON Schemas generated from src/lib/schema.ts to schemas/ and the
 * project's .vscode/settings.json and extensions.json that wire them to the editor. Run it after
 * changing a zod schema; tests/unit/json-schemas.test.ts fails while the committed files are stale.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorSupportFiles, SCHEMAS_FOLDER } from '../lib/editor/json-schemas.ts';

const generatorRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
for (const [relative, text] of editorSupportFiles(SCHEMAS_FOLDER)) {
  const path = join(generatorRoot, relative);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  console.log(`wrote ${relative}`);
}
