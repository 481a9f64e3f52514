import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { runStructureChecks } from '../../src/lib/check.ts';
import { todoMarkersInBody, todoMarkersInText, todoMarkersInYaml } from '../../src/lib/todo/markers.ts';
import { fixtureCopy, replaceIn } from '../helpers/fixtures.ts';

const todoFindings = async (root: string) => {
  const { handbook, diagnostics } = await loadHandbook(root);
  runStructureChecks(handbook, diagnostics);
  return diagnostics.messages().filter((message) => message.ruleId === 'todo');
};

describe('TODO markers in text', () => {
  it('finds `TODO:` and `TODO(…):` at their line and column', () => {
    expect(todoMarkersInText('Hello.\nSee  TODO: write the reply\nTODO(de): translate it')).toEqual([
      { line: 2, column: 6, text: 'TODO: write the reply' },
      { line: 3, column: 1, text: 'TODO(de): translate it' },
    ]);
  });

  it('does not take words that merely read "todo" for a marker', () => {
    expect(todoMarkersInText('TODO ESTÁ BIEN. Todo: ya. todo: nada. PSEUDOTODO: x. TODOS: y')).toEqual([]);
  });

  it('places a marker in a body by where the body starts in its file', () => {
    expect(todoMarkersInBody('Hi TODO: x\nTODO: y', { bodyLine: 10, bodyColumn: 3 })).toEqual([
      { line: 10, column: 6, text: 'TODO: x' },
      { line: 11, column: 1, text: 'TODO: y' },
    ]);
  });
});

describe('TODO markers in YAML', () => {
  it('finds them in plain, quoted, flow and block values, exactly where they stand', () => {
    const yaml = [
      'title: { en: "TODO: name it", pl: ok }', // 1
      'summary:', // 2
      "  en: 'plain TODO: text'", // 3
      'why:', // 4
      '  en: |', // 5
      '    First line.', // 6
      '    Then TODO(fi): more', // 7
    ].join('\n');
    expect(todoMarkersInYaml(yaml, 1)).toEqual([
      { line: 2, column: 15, text: 'TODO: name it' },
      { line: 4, column: 14, text: 'TODO: text' },
      { line: 8, column: 10, text: 'TODO(fi): more' },
    ]);
  });

  it('ignores comments and keys', () => {
    expect(todoMarkersInYaml('# TODO: later\nTODO: value without marker\nx: 1 # TODO: too\n')).toEqual([]);
  });
});

describe('the todo check', () => {
  it('is silent on the default handbook', async () => {
    expect(await todoFindings(resolve(import.meta.dirname, '../..'))).toEqual([]);
  }, 60_000);

  it('reports every marker in front matter, YAML files and bodies as an error with the fix line', async () => {
    const root = await fixtureCopy(async (root) => {
      await replaceIn(join(root, 'playbooks/en/complaint.mdx'), 'summary: Thank, check, reply.', 'summary: "TODO: say when"');
      await replaceIn(join(root, 'playbooks/en/complaint.mdx'), 'A customer complains.', 'TODO: write what to do.');
      await replaceIn(join(root, 'content/situations.yaml'), 'pl: Reklamacja', 'pl: "TODO(pl): translate"');
      await mkdir(join(root, 'content/templates/en'), { recursive: true });
      await replaceIn(join(root, 'content/templates/en/holding.md'), /^Hi .*$/m, 'TODO: write the reply');
      await writeFile(join(root, 'content/roles.yaml.bak'), 'TODO: not read');
    });
    const found = await todoFindings(root);
    expect(found.map((message) => `${message.file}:${message.line}:${message.column} ${message.fatal}`)).toEqual([
      'content/situations.yaml:2:34 true',
      'content/templates/en/holding.md:11:1 true',
      'playbooks/en/complaint.mdx:3:11 true',
      'playbooks/en/complaint.mdx:23:1 true',
    ]);
    expect(found[0].reason).toBe('Unfinished text: “TODO(pl): translate”');
    expect(found[0].note).toBe('Write the text in place of the TODO marker.');
  });
});
