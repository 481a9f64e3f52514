/**
 * The editor wiring, end to end with the YAML language server VS Code's YAML extension runs
 * (redhat.vscode-yaml): `yaml.schemas` from a .vscode/settings.json, relative schema paths and globs
 * as the extension reads them, then what an author sees: errors underlined on their line, a field's
 * description on hover, field names offered for completion. Once for the project, once for a handbook
 * folder given its editor support by writeEditorSupport().
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeEditorSupport } from '../../src/lib/editor/editor-support.ts';

// The package's ES build imports without file extensions, which Node refuses; its UMD build loads.
const { getLanguageService } = createRequire(import.meta.url)('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js') as typeof import('yaml-language-server');

const GENERATOR_ROOT = resolve(import.meta.dirname, '../..');
// A language server reading schemas and files: quick alone, seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

/** A YAML language service configured from `folder`'s .vscode/settings.json, as for a workspace opened there. */
function editorFor(folder: string) {
  const settings = JSON.parse(readFileSync(join(folder, '.vscode/settings.json'), 'utf8'));
  const workspace = pathToFileURL(`${folder}/`);
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFileSync(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (path: string, resource: string) => new URL(path, resource).toString() },
  });
  service.configure({
    validate: true,
    hover: true,
    completion: true,
    yamlVersion: '1.2',
    schemas: Object.entries(settings['yaml.schemas'] as Record<string, string[]>).map(([path, fileMatch]) => ({
      uri: new URL(path, workspace).toString(),
      fileMatch,
    })),
  });
  // The service caches a parsed document by URI and version: each text opened is a new version.
  let version = 0;
  const open = (path: string, text: string) => TextDocument.create(new URL(path, workspace).toString(), 'yaml', ++version, text);
  return {
    /** The problems the editor underlines, as `line: message` (1-based lines). */
    problems: async (path: string, text: string) =>
      (await service.doValidation(open(path, text), false)).map((problem) => `${problem.range.start.line + 1}: ${problem.message}`),
    hover: async (path: string, text: string, line: number, character: number) => {
      const contents = (await service.doHover(open(path, text), { line: line - 1, character }))?.contents;
      return typeof contents === 'object' && contents && 'value' in contents ? contents.value : '';
    },
    completion: async (path: string, text: string, line: number, character: number) =>
      (await service.doComplete(open(path, text), { line: line - 1, character }, false)).items.map((item) => item.label),
  };
}

let handbook = '';
beforeAll(async () => {
  handbook = await mkdtemp(join(tmpdir(), 'editor-handbook-'));
  await writeEditorSupport(handbook, GENERATOR_ROOT);
});
afterAll(async () => {
  await rm(handbook, { recursive: true, force: true });
});

const BROKEN_SETTINGS = ['site:', '  accent: blue', '  nam: { en: Our handbook }', 'review:', '  intervalDays: 0', 'colour: red', ''].join('\n');

describe.each([
  ['the project', () => GENERATOR_ROOT],
  ['a handbook folder', () => handbook],
])('the YAML language server in %s', (_, folder) => {
  it('underlines each mistake in the settings on its line', async () => {
    const problems = await editorFor(folder()).problems('handbook.config.yaml', BROKEN_SETTINGS);
    expect(problems).toEqual([
      expect.stringMatching(/^2: String does not match the pattern/),
      '3: Property nam is not allowed.',
      expect.stringMatching(/^5: Value is below the exclusive minimum of 0/),
      '6: Property colour is not allowed.',
    ]);
  });

  it('shows what a field means on hover and offers the fields that fit', async () => {
    const editor = editorFor(folder());
    expect(await editor.hover('handbook.config.yaml', BROKEN_SETTINGS, 2, 4)).toMatch(/accent colour of links, buttons and focus rings/);
    expect(await editor.completion('handbook.config.yaml', 'site:\n  \n', 2, 2)).toEqual(expect.arrayContaining(['name', 'tagline', 'logo', 'accent']));
  });

  it('knows the rules, trees and glossary by where they are', async () => {
    const editor = editorFor(folder());
    expect(await editor.problems('content/trees/new.yaml', 'title: { en: T }\nstart: a\nnodes:\n  - id: a\n    outcome: { action: shout }\n')).toEqual([
      expect.stringMatching(/^5: Value is not accepted\. Valid values: "answer"/),
    ]);
    expect(await editor.problems('content/guidelines/new.yaml', 'title: { en: T }\nsummary: { en: S }\nwhy: { en: W }\nexamples: {}\nsevere: true\n')).toEqual([
      '5: Property severe is not allowed.',
    ]);
  });
});

describe('the default handbook in the editor', () => {
  it('has no problem underlined in any YAML file', async () => {
    const editor = editorFor(GENERATOR_ROOT);
    const files = ['handbook.config.yaml', 'content/situations.yaml', 'content/roles.yaml', 'content/severity.yaml', 'content/glossary.yaml'];
    for (const folder of ['content/sources', 'content/guidelines', 'content/trees']) {
      for (const name of readdirNames(join(GENERATOR_ROOT, folder))) files.push(`${folder}/${name}`);
    }
    for (const file of files) expect({ file, problems: await editor.problems(file, readFileSync(join(GENERATOR_ROOT, file), 'utf8')) }).toEqual({ file, problems: [] });
  });
});

function readdirNames(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.yaml'));
}
