import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HANDBOOK_SCHEMA_FOLDER, writeEditorSupport } from '../../src/lib/editor/editor-support.ts';
import { SCHEMA_TARGETS, schemaFileName, schemaFileText } from '../../src/lib/editor/json-schemas.ts';

const GENERATOR_ROOT = resolve(import.meta.dirname, '../..');
const folders: string[] = [];
async function emptyFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'editor-support-'));
  folders.push(folder);
  return folder;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

describe('writeEditorSupport', () => {
  it('writes every schema into .vscode/schemas and settings that map each YAML schema to its files', async () => {
    const folder = await emptyFolder();
    const written = await writeEditorSupport(folder, GENERATOR_ROOT);

    const expected = [
      ...SCHEMA_TARGETS.map((target) => `${HANDBOOK_SCHEMA_FOLDER}/${schemaFileName(target)}`),
      '.vscode/settings.json',
      '.vscode/extensions.json',
    ];
    expect(written.map((path) => relative(folder, path)).sort()).toEqual(expected.sort());
    for (const target of SCHEMA_TARGETS) {
      expect(await readFile(join(folder, HANDBOOK_SCHEMA_FOLDER, schemaFileName(target)), 'utf8')).toBe(schemaFileText(target));
    }

    const settings = await readJson(join(folder, '.vscode/settings.json'));
    const mapped = settings['yaml.schemas'] as Record<string, string[]>;
    // Paths relative to the folder, so that the handbook works wherever it is moved.
    for (const schemaPath of Object.keys(mapped)) {
      expect(schemaPath.startsWith('./')).toBe(true);
      expect(existsSync(join(folder, schemaPath)), schemaPath).toBe(true);
    }
    expect(mapped['./.vscode/schemas/settings.schema.json']).toEqual(['handbook.config.yaml']);
    expect(mapped['./.vscode/schemas/rule.schema.json']).toEqual(['content/guidelines/*.yaml']);
    expect(Object.keys(mapped)).toHaveLength(SCHEMA_TARGETS.filter((target) => !target.frontMatter).length);

    const extensions = await readJson(join(folder, '.vscode/extensions.json'));
    expect(extensions.recommendations).toContain('redhat.vscode-yaml');
  });

  it('generates the schemas when no generator root is given', async () => {
    const folder = await emptyFolder();
    await writeEditorSupport(folder);
    const playbook = await readJson(join(folder, HANDBOOK_SCHEMA_FOLDER, 'playbook.schema.json'));
    expect(playbook.required).toContain('lastReviewed');
    expect(playbook.properties.severity.enum).toEqual(['low', 'medium', 'high', 'critical']);
  });

  it("keeps the team's own settings and recommendations", async () => {
    const folder = await emptyFolder();
    await mkdir(join(folder, '.vscode'));
    await writeFile(join(folder, '.vscode/settings.json'), JSON.stringify({ 'editor.wordWrap': 'on' }));
    await writeFile(join(folder, '.vscode/extensions.json'), JSON.stringify({ recommendations: ['unifiedjs.vscode-mdx'] }));
    await writeEditorSupport(folder);

    const settings = await readJson(join(folder, '.vscode/settings.json'));
    expect(settings['editor.wordWrap']).toBe('on');
    expect(Object.keys(settings['yaml.schemas'])).toContain('./.vscode/schemas/settings.schema.json');
    const extensions = await readJson(join(folder, '.vscode/extensions.json'));
    expect(extensions.recommendations).toEqual(expect.arrayContaining(['unifiedjs.vscode-mdx', 'redhat.vscode-yaml']));
  });

  it('leaves a settings file with comments as it is, and says so by not listing it', async () => {
    const folder = await emptyFolder();
    await mkdir(join(folder, '.vscode'));
    const commented = '{\n  // ours\n  "editor.wordWrap": "on"\n}\n';
    await writeFile(join(folder, '.vscode/settings.json'), commented);
    const written = await writeEditorSupport(folder);

    expect(await readFile(join(folder, '.vscode/settings.json'), 'utf8')).toBe(commented);
    expect(written.map((path) => relative(folder, path))).not.toContain('.vscode/settings.json');
  });
});
