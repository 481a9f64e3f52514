/**
 * The pure parts of the defences against hostile input (issue 19): YAML expansions, reserved names,
 * front matter, dates, playbook bodies, deep trees, fill-in values and output folders.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { splitFrontMatter } from '../../src/lib/load/front-matter.ts';
import { reservedKeyPaths } from '../../src/lib/load/reserved.ts';
import { parseYamlWithPositions } from '../../src/lib/load/yaml-positions.ts';
import type { Tree } from '../../src/lib/model.ts';
import { readPlaybookBody } from '../../src/lib/playbook-body.ts';
import { isoDate } from '../../src/lib/schema.ts';
import { fillReply, unfilledPlaceholders } from '../../src/lib/templates/reply.ts';
import { checkTrees, MAX_TREE_DEPTH } from '../../src/lib/trees/tree-checks.ts';
import { allPaths } from '../../src/lib/trees/tree-model.ts';
import { outlineSteps, treeOutline } from '../../src/lib/trees/tree-outline.ts';
import { assertWritable, lockFileOf, lockFolder } from '../../src/integration/output-folder.ts';
import { handbook } from './helpers/handbook.ts';

describe('YAML expansions', () => {
  it('refuses a billion laughs at the alias that expands too far, without expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level++) levels.push(`l${level}: &l${level} [${Array(10).fill(level === 1 ? '*a' : `*l${level - 1}`).join(', ')}]`);
    const parsed = parseYamlWithPositions(levels.join('\n'));
    expect(parsed.value).toBeUndefined();
    expect(parsed.errors).toEqual([expect.objectContaining({ ruleId: 'yaml-aliases', line: 4, column: 45, message: expect.stringContaining('an "alias bomb"') })]);
  });

  it('allows a few aliases, and refuses the 101st', () => {
    const few = parseYamlWithPositions('base: &b [a, b]\nagain: *b\n');
    expect(few.errors).toEqual([]);
    expect(few.value).toEqual({ base: ['a', 'b'], again: ['a', 'b'] });
    const many = parseYamlWithPositions(`x: &x 1\nlist:\n${'  - *x\n'.repeat(101)}`);
    expect(many.errors).toEqual([expect.objectContaining({ ruleId: 'yaml-aliases', line: 103, column: 5, message: 'More than 100 YAML aliases (*name) in one file' })]);
  });

  it('refuses merge keys and tags outside the core schema, at their place', () => {
    expect(parseYamlWithPositions('a: &a {x: 1}\nb:\n  <<: *a\n').errors).toEqual([expect.objectContaining({ ruleId: 'yaml-merge-key', line: 3, column: 3 })]);
    expect(parseYamlWithPositions('a: !!binary aGVsbG8=\n').errors).toEqual([expect.objectContaining({ ruleId: 'yaml-tag', message: 'YAML tag !!binary is not supported', line: 1 })]);
    expect(parseYamlWithPositions('a: !!js/function "f"\n').errors).toEqual([expect.objectContaining({ ruleId: 'yaml-tag', message: 'YAML tag !!js/function is not supported', line: 1 })]);
    expect(parseYamlWithPositions('a: !!str 12\n').errors).toEqual([]);
    // A `*` inside a quoted pattern is not an alias: the fast parser reads it.
    expect(parseYamlWithPositions("patterns: ['\\p{L}*', 'a*b']\n").value).toEqual({ patterns: ['\\p{L}*', 'a*b'] });
  });

  it('reports nesting too deep for the parsers as a finding, never a crash', () => {
    const deep = parseYamlWithPositions(`${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    expect(deep.value).toBeUndefined();
    expect(deep.errors.length).toBeGreaterThan(0);
  });

  it('places list items at the top level, as in situations.yaml', () => {
    expect(parseYamlWithPositions('- id: a\n- id: b\n  colour: red\n').positions.get('1.colour')).toEqual({ line: 3, column: 3 });
  });
});

describe('reserved names', () => {
  it('finds __proto__, constructor and prototype as keys anywhere, and nothing else', () => {
    const parsed = parseYamlWithPositions('placeholders:\n  __proto__: a\n  constructor: b\nnested: { list: [{ prototype: c }] }\nfine: { name: d }\n');
    const found = reservedKeyPaths(parsed.value).map((path) => path.join('.')).sort();
    expect(found).toEqual(['nested.list.0.prototype', 'placeholders.__proto__', 'placeholders.constructor']);
  });
});

describe('front matter', () => {
  it('tells an unclosed front matter from a missing one, and reads an empty one', () => {
    expect(splitFrontMatter('---\ntitle: A\nBody').unclosed).toBe(true);
    expect(splitFrontMatter('Body only').unclosed).toBe(false);
    expect(splitFrontMatter('Body only').yaml).toBeUndefined();
    expect(splitFrontMatter('---\n---\nBody')).toMatchObject({ yaml: '', unclosed: false, body: 'Body', bodyLine: 3 });
  });
});

describe('isoDate', () => {
  const issue = (value: unknown) => {
    const result = isoDate.safeParse(value);
    return result.success ? result.data.toISOString().slice(0, 10) : result.error.issues[0].message;
  };
  it('takes YYYY-MM-DD calendar dates, and Dates from Astro', () => {
    expect(issue('2026-11-22')).toBe('2026-11-22');
    expect(issue('2024-02-29')).toBe('2024-02-29');
    expect(issue(new Date(Date.UTC(2026, 10, 22)))).toBe('2026-11-22');
  });
  it('refuses impossible and non-ISO dates with the reason', () => {
    expect(issue('2026-02-30')).toBe('"2026-02-30" is not a date: February 2026 has 28 days');
    expect(issue('2025-02-29')).toBe('"2025-02-29" is not a date: February 2025 has 28 days');
    expect(issue('2026-04-31')).toBe('"2026-04-31" is not a date: April 2026 has 30 days');
    expect(issue('2026-13-01')).toBe('"2026-13-01" is not a date: there is no month 13');
    expect(issue('2026-11-00')).toBe('"2026-11-00" is not a date: November 2026 has 30 days');
    expect(issue(20261122)).toBe('20261122 is not a date written as YYYY-MM-DD, like 2026-11-22');
    expect(issue('22.11.2026')).toBe('"22.11.2026" is not a date written as YYYY-MM-DD, like 2026-11-22');
    expect(issue('2026-11-22T10:00:00Z')).toMatch(/is not a date written as YYYY-MM-DD/);
    expect(issue(undefined)).toBe('missing; expected a date written as YYYY-MM-DD, like 2026-11-22');
  });
});

describe('readPlaybookBody on hostile MDX', () => {
  it('reports each import and export at its own line, code in attributes, and an id that is an expression', () => {
    const body = 'Intro\n\nimport A from "./a.mdx"\nexport const b = 1\n\n<Template id={"x"} />\n\n<Tree id="t" data={run()} {...spread} />\n';
    const { problems, uses } = readPlaybookBody(body, { bodyLine: 10, bodyColumn: 1 });
    expect(problems.map(({ ruleId, place, reason }) => `${place?.line}:${place?.column} ${ruleId} ${reason}`)).toEqual([
      '12:1 mdx-esm A playbook cannot import code: import A from "./a.mdx"',
      '13:1 mdx-esm A playbook cannot export code: export const b = 1',
      '15:1 mdx-expression The id of <Template> must be a plain string, not an expression: id={"x"}',
      '17:1 mdx-expression <Tree> has an expression attribute data={run()}: code in a playbook would run when the site is built',
      '17:1 mdx-expression <Tree> has an expression attribute {...spread}: code in a playbook would run when the site is built',
    ]);
    expect(uses.find((use) => use.name === 'Template')).toMatchObject({ id: undefined, idIsExpression: true });
  });

  it('reports links, images and definitions to unsafe schemes, and script schemes in the text', () => {
    const body = '[a](https://example.com) [b](/en/x/) [c](mailto:x@y.z)\n\n[d](JaVaScRiPt:alert(1)) ![e](data:image/svg+xml,x)\n\n[f]: vbscript:x\n\nType java\tscript:alert(1) here\n';
    const { problems } = readPlaybookBody(body);
    expect(problems.map(({ ruleId, place }) => `${place?.line}:${place?.column} ${ruleId}`)).toEqual(['3:1 unsafe-link', '3:26 unsafe-link', '5:1 unsafe-link', '7:1 unsafe-link']);
  });
});

describe('deep trees', () => {
  const chain = (length: number): Tree => ({
    id: 'deep',
    title: { en: 'Deep' },
    start: 'n0',
    nodes: Array.from({ length }, (_, index) => (index === length - 1
      ? { id: `n${index}`, outcome: { title: { en: 'End' }, text: { en: 'End' }, templates: [] } }
      : { id: `n${index}`, question: { en: `Q${index}` }, answers: [{ label: { en: 'Next' }, next: `n${index + 1}` }] })),
    origin: { file: 'content/trees/deep.yaml' },
  });

  it('checks a 20,000-node chain without overflowing the stack, and reports it too deep once', () => {
    const diagnostics = new Diagnostics();
    checkTrees(handbook({ trees: [chain(20_000)] }), diagnostics);
    const deep = diagnostics.messages().filter((message) => message.ruleId === 'tree-too-deep');
    expect(deep.map((message) => message.reason)).toEqual([`The tree is 20000 steps deep: node "n${MAX_TREE_DEPTH}" is more than ${MAX_TREE_DEPTH} answers away from the start`]);
  });

  it('accepts a tree exactly as deep as allowed', () => {
    const diagnostics = new Diagnostics();
    checkTrees(handbook({ trees: [chain(MAX_TREE_DEPTH)] }), diagnostics);
    expect(diagnostics.messages().filter((message) => message.ruleId === 'tree-too-deep')).toEqual([]);
  });

  it('builds, flattens and walks a 20,000-node outline iteratively, in order, with every element closed', () => {
    const tree = chain(20_000);
    const steps = outlineSteps(treeOutline(tree));
    expect(steps.filter((step) => step.step === 'node')).toHaveLength(20_000);
    expect(steps.filter((step) => step.step === 'answer')).toHaveLength(19_999);
    expect(steps.filter((step) => step.step === 'close-answer')).toHaveLength(19_999);
    expect(steps.at(-1)).toEqual({ step: 'close-node', hasAnswers: true });
    // Every way through, with a stack of its own (each path is a copy, so a shorter chain).
    expect(allPaths(chain(3_000))).toEqual([Array.from({ length: 3_000 }, (_, index) => `n${index}`)]);
  });

  it('flattens a shared node once and refers back to it afterwards', () => {
    const tree: Tree = {
      id: 't',
      title: { en: 'T' },
      start: 'a',
      nodes: [
        { id: 'a', question: { en: 'A' }, answers: [{ label: { en: '1' }, next: 'b' }, { label: { en: '2' }, next: 'b' }] },
        { id: 'b', outcome: { title: { en: 'B' }, text: { en: 'B' }, templates: [] } },
      ],
      origin: { file: 'x' },
    };
    expect(outlineSteps(treeOutline(tree)).map((step) => step.step + ('node' in step ? `:${step.node.id}` : ''))).toEqual([
      'node:a', 'answer', 'node:b', 'close-node', 'close-answer', 'answer', 'reference:b', 'close-answer', 'close-node',
    ]);
  });
});

describe('fill-in values keyed by author names', () => {
  it('never takes a value from Object.prototype', () => {
    const body = 'Hi {{constructor}} and {{to_string}} and {{name}}';
    expect(fillReply(body, {})).toBe(body);
    expect(unfilledPlaceholders(body, {})).toEqual(['constructor', 'to_string', 'name']);
    const values = Object.assign(Object.create(null) as Record<string, string>, { constructor: 'Ada' });
    expect(fillReply(body, values)).toBe('Hi Ada and {{to_string}} and {{name}}');
  });
});

describe('output folders', () => {
  it('refuses a second lock held by a running process, and takes over one left by a process that ended', async () => {
    const work = await mkdtemp(join(tmpdir(), 'lock-'));
    const folder = join(work, 'dist');
    // Our parent process is alive: a lock in its name belongs to a running build.
    await writeFile(lockFileOf(folder), JSON.stringify({ pid: process.ppid, started: '2026-11-29T10:00:00.000Z' }));
    expect(() => lockFolder(folder, 'output folder')).toThrow(`Another build (process ${process.ppid}, started 2026-11-29T10:00:00.000Z) is writing the output folder ${folder}`);
    // A process id far beyond any running one: a lock left behind.
    await writeFile(lockFileOf(folder), JSON.stringify({ pid: 2 ** 22 + 12345, started: 'then' }));
    const lock = lockFolder(folder, 'output folder');
    expect(JSON.parse(await readFile(lockFileOf(folder), 'utf8')).pid).toBe(process.pid);
    lock.release();
    await expect(readFile(lockFileOf(folder), 'utf8')).rejects.toThrow();
  });

  it('names a folder a file stands in the way of', async () => {
    const work = await mkdtemp(join(tmpdir(), 'writable-'));
    await writeFile(join(work, 'file'), 'x');
    expect(() => assertWritable(join(work, 'file', 'dist'), 'output folder')).toThrow(`Cannot write the output folder ${join(work, 'file', 'dist')}: a file is in the way of the folder`);
  });
});
