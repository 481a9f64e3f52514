import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { checkReferences } from '../../src/lib/references.ts';
import { firstChecklistShown, headingAbove, readPlaybookBody } from '../../src/lib/playbook-body.ts';
import { Diagnostics } from '../../src/lib/diagnostics.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/valid');

describe('readPlaybookBody: the components a body uses', () => {
  it('finds components with their ids, lines and columns in the file', () => {
    const body = 'Intro\n\n<Template id="a" />\n\ntext <Rule id=\'b\'/> and <Tree />';
    expect(readPlaybookBody(body, { bodyLine: 10, bodyColumn: 1 }).uses).toEqual([
      { name: 'Template', id: 'a', line: 12, column: 1 },
      { name: 'Rule', id: 'b', line: 14, column: 6 },
      { name: 'Tree', id: undefined, line: 14, column: 25 },
    ]);
  });

  it('shifts columns on the first line only, where the trimmed body starts mid-line', () => {
    expect(readPlaybookBody('<Rule id="a" />\n<Tree id="b" />', { bodyLine: 7, bodyColumn: 4 }).uses).toEqual([
      { name: 'Rule', id: 'a', line: 7, column: 4 },
      { name: 'Tree', id: 'b', line: 8, column: 1 },
    ]);
  });
});

describe('readPlaybookBody: what the parser sees', () => {
  it('does not count a tag shown in a code block as a component', () => {
    expect(readPlaybookBody('```mdx\n<Template id="example" />\n```\n\n<Rule id="a" />').uses.map((use) => use.id)).toEqual(['a']);
  });
});

describe('headingAbove', () => {
  it('finds the heading right above a component, across blank lines, and nothing when text comes between', () => {
    const body = '## First 15 minutes\n\n<Checklist id="first-15" />\n\n## Later\nSome text.\n<Checklist id="wrap-up" />\n### Wrap ##\n<Tree id="t" />';
    expect(headingAbove(body, 'Checklist', 'first-15')).toBe('First 15 minutes');
    expect(headingAbove(body, 'Checklist', 'wrap-up')).toBeUndefined();
    expect(headingAbove(body, 'Tree', 't')).toBe('Wrap');
    expect(headingAbove(body, 'Checklist', 'missing')).toBeUndefined();
  });
});

describe('firstChecklistShown', () => {
  it('is the first checklist the body shows, not one in a code block nor a checklist without an id', () => {
    const body = '```mdx\n<Checklist id="example" />\n```\n\n<Template id="a" />\n<Checklist />\n\n## Later\n<Checklist id="wrap-up" />\n<Checklist id="first-15" />';
    expect(firstChecklistShown(body)).toBe('wrap-up');
  });

  it('is nothing when the body shows no checklist', () => {
    expect(firstChecklistShown('Text and <Template id="a" />')).toBeUndefined();
  });
});

describe('checkReferences', () => {
  it('accepts the valid fixture, warning only about the missing translations', async () => {
    const { handbook } = await loadHandbook(VALID);
    const diagnostics = new Diagnostics();
    checkReferences(handbook, diagnostics);
    expect(diagnostics.errorCount).toBe(0);
    expect(diagnostics.messages().map((message) => `${message.file} ${message.ruleId} ${message.reason}`)).toEqual([
      'playbooks/en/escalation.mdx missing-translation Missing translation of playbook "escalation" in pl, hu, ro, es, fi: those pages show the en playbook with a "not translated yet" notice',
    ]);
  });

  it('reports every broken reference with the file and the field or line', async () => {
    const { handbook } = await loadHandbook(VALID);
    const playbook = handbook.playbooks.find((candidate) => candidate.locale === 'en' && candidate.slug === 'complaint')!;
    playbook.tree = 'nope-tree';
    playbook.templates = ['holding', 'nope-template'];
    playbook.sources = ['nope-source'];
    playbook.body += '\n<Checklist id="nope-list" />\n<Video id="x" />\n<Template />';
    handbook.templates[0].situation = 'nope-situation';
    const diagnostics = new Diagnostics();
    checkReferences(handbook, diagnostics);
    const found = diagnostics.messages().filter((message) => message.fatal).map((message) => `${message.file}:${message.line ?? '-'} ${message.reason}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'playbooks/en/complaint.mdx:9 Unknown decision tree "nope-tree" in field "tree"',
        'playbooks/en/complaint.mdx:10 Unknown template "nope-template" in field "templates.1"',
        'playbooks/en/complaint.mdx:8 Unknown source "nope-source" in field "sources.0"',
        expect.stringMatching(/^playbooks\/en\/complaint\.mdx:\d+ Unknown checklist "nope-list" in <Checklist>$/),
        expect.stringMatching(/^playbooks\/en\/complaint\.mdx:\d+ Unknown component <Video>$/),
        expect.stringMatching(/^playbooks\/en\/complaint\.mdx:\d+ <Template> needs an id attribute$/),
        expect.stringMatching(/^content\/templates\/\w+\/holding\.md:4 Unknown situation "nope-situation" in field "situation"$/),
      ]),
    );
    expect(found).toHaveLength(7);
  });
});
