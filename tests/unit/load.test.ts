import { appendFile, cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { runAllChecks } from '../../src/lib/check.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/valid');

/** A copy of the valid fixture, changed by `edit`, so each test breaks one thing. */
async function brokenCopy(edit: (root: string) => Promise<void>) {
  const root = await mkdtemp(join(tmpdir(), 'handbook-'));
  await cp(VALID, root, { recursive: true });
  await edit(root);
  return root;
}

async function replaceIn(file: string, from: string | RegExp, to: string) {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`"${from}" not found in ${file}`);
  await writeFile(file, next);
}

const lines = async (root: string) =>
  (await loadHandbook(root)).diagnostics.messages().filter((message) => message.fatal).map((message) => `${message.file}:${message.line ?? '-'}:${message.column ?? '-'} ${message.ruleId} ${message.reason}`);

describe('loadHandbook', () => {
  it('loads every kind of file of a valid handbook without errors', async () => {
    const { handbook, diagnostics } = await loadHandbook(VALID);
    expect(diagnostics.errorCount).toBe(0);
    expect(handbook.templates).toHaveLength(6);
    expect(handbook.playbooks).toHaveLength(7);
    expect(handbook.trees.map((tree) => tree.id)).toEqual(['first-steps']);
    expect(handbook.guidelines.map((rule) => rule.id)).toEqual(['no-time-promises']);
    expect(handbook.sources.map((source) => source.id)).toEqual(['field-notes']);
    expect(handbook.situations.map((situation) => situation.id)).toEqual(['complaint']);
  });

  it('keeps the template body and the line it starts on', async () => {
    const { handbook } = await loadHandbook(VALID);
    const template = handbook.templates.find((candidate) => candidate.locale === 'fi')!;
    expect(template.body.startsWith('Hei {{customer_name}}')).toBe(true);
    expect(template.bodyLine).toBe(11);
    expect(template.origin.file).toBe('content/templates/fi/holding.md');
  });

  it('names the file, the line and the field of a broken front matter field, with what was expected', async () => {
    const root = await brokenCopy((dir) => replaceIn(join(dir, 'playbooks/pl/complaint.mdx'), 'severity: medium', 'severity: urgent'));
    expect(await lines(root)).toEqual([
      'playbooks/pl/complaint.mdx:5:1 schema Invalid field "severity": "urgent" is not one of "low", "medium", "high", "critical"',
    ]);
  });

  it('reports every broken file at once, not just the first', async () => {
    const root = await brokenCopy(async (dir) => {
      await replaceIn(join(dir, 'content/templates/hu/holding.md'), 'tone: warm', 'tone: angry\nmood: bad');
      await replaceIn(join(dir, 'playbooks/ro/complaint.mdx'), /^owner: .*\n/m, '');
      await replaceIn(join(dir, 'content/trees/first-steps.yaml'), 'start: q-right', 'start: 12 34: [');
    });
    const found = await lines(root);
    expect(found).toContain('content/templates/hu/holding.md:6:1 schema Invalid field "tone": "angry" is not one of "warm", "neutral", "formal", "firm"');
    expect(found).toContain('content/templates/hu/holding.md:7:1 schema Unknown field "mood"');
    expect(found.some((line) => line.startsWith('playbooks/ro/complaint.mdx:2:1 schema Invalid field "owner": missing'))).toBe(true);
    expect(found.some((line) => line.startsWith('content/trees/first-steps.yaml:2:') && line.includes('yaml-syntax'))).toBe(true);
  });

  it('suggests what a misspelt value or field name was meant to be', async () => {
    const root = await brokenCopy(async (dir) => {
      await replaceIn(join(dir, 'content/templates/en/holding.md'), 'tone: warm', 'tone: wram');
      await replaceIn(join(dir, 'content/templates/pl/holding.md'), 'channels:', 'chanels:');
    });
    const { diagnostics } = await loadHandbook(root);
    const notes = diagnostics.messages().filter((message) => message.fatal).map((message) => `${message.file} ${message.reason} | ${message.note}`);
    expect(notes).toContainEqual(expect.stringMatching(/^content\/templates\/en\/holding\.md Invalid field "tone": "wram" is not one of .* \| Did you mean "warm"\?/));
    expect(notes).toContainEqual(expect.stringMatching(/^content\/templates\/pl\/holding\.md Unknown field "chanels" \| Did you mean "channels"\?/));
    // An optional field is not reported missing, so the suggestion comes from the fields the schema knows.
    const optional = await brokenCopy((dir) => replaceIn(join(dir, 'content/templates/hu/holding.md'), 'placeholders:', 'placeholder:'));
    const { diagnostics: found } = await loadHandbook(optional);
    expect(found.messages().find((message) => message.reason === 'Unknown field "placeholder"')?.note).toMatch(/^Did you mean "placeholders"\?/);
  });

  it('rejects a folder that is not named like a locale, and says a locale the settings do not build is not built', async () => {
    const root = await brokenCopy(async (dir) => {
      await mkdir(join(dir, 'playbooks/de'));
      await cp(join(dir, 'playbooks/en/complaint.mdx'), join(dir, 'playbooks/de/complaint.mdx'));
      await mkdir(join(dir, 'content/templates/english'));
      await appendFile(join(dir, 'handbook.config.yaml'), 'locales: [en, pl, hu, ro, es, fi]\n');
    });
    const { diagnostics } = await loadHandbook(root);
    const found = diagnostics.messages().map((message) => `${message.file}:${message.line ?? '-'}:${message.column ?? '-'} ${message.fatal ? 'error' : 'warning'} ${message.ruleId} ${message.reason}`);
    expect(found).toContain('playbooks/de:-:- warning locale-folder The de folder is not built: "de" is not among the locales in handbook.config.yaml (en, pl, hu, ro, es, fi)');
    expect(found).toContain('content/templates/english:-:- error locale-folder "english" is not a locale folder');
  });

  it('rejects file names that cannot be ids, and stray files', async () => {
    const root = await brokenCopy(async (dir) => {
      await cp(join(dir, 'content/templates/en/holding.md'), join(dir, 'content/templates/en/Holding Reply.md'));
      await writeFile(join(dir, 'content/guidelines/notes.txt'), 'hello');
    });
    const found = await lines(root);
    expect(found).toContain('content/templates/en/Holding Reply.md:-:- file-name File name "Holding Reply.md" is not a valid id');
    expect(found).toContain('content/guidelines/notes.txt:-:- file-name Unexpected file: expected a .yaml file here');
  });

  it('points into nested YAML: a tree answer with a bad id', async () => {
    const root = await brokenCopy((dir) => replaceIn(join(dir, 'content/trees/first-steps.yaml'), 'next: out-reply', 'next: Out Reply'));
    expect(await lines(root)).toEqual([
      'content/trees/first-steps.yaml:8:9 schema Invalid field "nodes.0.answers.0.next": an id in lower-case kebab-case, like "stay-calm"',
    ]);
  });

  it('refuses a folder that holds no handbook, rather than passing an empty one', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'not-a-handbook-'));
    for (const root of [empty, join(empty, 'missing'), join(VALID, 'content')]) {
      expect(await lines(root)).toEqual([expect.stringMatching(/^\.:-:- handbook-root No handbook in .*: it has neither a content\/ nor a playbooks\/ folder$/)]);
    }
  });

  it('reports a file without front matter', async () => {
    const root = await brokenCopy((dir) => writeFile(join(dir, 'content/templates/es/holding.md'), 'Hola, gracias.'));
    expect(await lines(root)).toEqual(['content/templates/es/holding.md:1:1 front-matter Missing front matter']);
  });
});

/** Every error of a full check (load, references, trees, template rules), as file:line:col ruleId reason. */
async function checkedLines(root: string) {
  const { handbook, diagnostics } = await loadHandbook(root);
  runAllChecks(handbook, diagnostics);
  return diagnostics.messages().filter((message) => message.fatal).map((message) => `${message.file}:${message.line ?? '-'}:${message.column ?? '-'} ${message.ruleId} ${message.reason}`);
}

describe('findings after loading', () => {
  it('places a rule finding on an indented first body line at its real column', async () => {
    const root = await brokenCopy((dir) =>
      replaceIn(join(dir, 'content/templates/en/holding.md'), /---\nHi /, '---\n\n   We will call you back in 10 minutes. Hi '),
    );
    expect(await checkedLines(root)).toEqual([
      expect.stringMatching(/^content\/templates\/en\/holding\.md:12:26 no-time-promises /),
    ]);
  });

  it('reports a rule or tree file that fails to load once, not again at every reference to it', async () => {
    const root = await brokenCopy(async (dir) => {
      await replaceIn(join(dir, 'content/guidelines/no-time-promises.yaml'), 'severity: error', 'severity: fatal');
      await replaceIn(join(dir, 'content/trees/first-steps.yaml'), 'start: q-right', 'start: 12 34: [');
    });
    const found = await checkedLines(root);
    expect(found[0]).toMatch(/^content\/guidelines\/no-time-promises\.yaml:1:1 schema Invalid field "severity"/);
    expect(found.slice(1).length).toBeGreaterThan(0);
    for (const line of found.slice(1)) expect(line).toMatch(/^content\/trees\/first-steps\.yaml:\d+:\d+ yaml-syntax /);
  });

  it('does not call a translation missing when its file is there but failed to load', async () => {
    const root = await brokenCopy(async (dir) => {
      await replaceIn(join(dir, 'content/templates/pl/holding.md'), 'tone: warm', 'tone: angry');
      await replaceIn(join(dir, 'playbooks/pl/complaint.mdx'), 'severity: medium', 'severity: urgent');
    });
    const { handbook, diagnostics } = await loadHandbook(root);
    runAllChecks(handbook, diagnostics);
    const broken = ['content/templates/pl/holding.md', 'playbooks/pl/complaint.mdx'];
    const plFindings = diagnostics.messages().filter((message) => broken.includes(message.file ?? ''));
    expect(plFindings.map((message) => `${message.file} ${message.ruleId}`)).toEqual([
      'content/templates/pl/holding.md schema',
      'playbooks/pl/complaint.mdx schema',
    ]);
  });

  it('still checks a template whose only schema errors are in fields the checks do not read', async () => {
    const root = await brokenCopy(async (dir) => {
      const file = join(dir, 'content/templates/en/holding.md');
      await replaceIn(file, 'tone: warm', 'tone: angry\nmood: bad');
      await replaceIn(file, 'as soon as we know more', 'in 10 minutes');
    });
    expect(await checkedLines(root)).toEqual([
      expect.stringMatching(/^content\/templates\/en\/holding\.md:6:1 schema Invalid field "tone"/),
      expect.stringMatching(/^content\/templates\/en\/holding\.md:7:1 schema Unknown field "mood"/),
      expect.stringMatching(/^content\/templates\/en\/holding\.md:12:\d+ no-time-promises .*in 10 minutes/),
    ]);
  });

  it('leaves out a template whose schema error is in a field the checks need', async () => {
    const root = await brokenCopy(async (dir) => {
      const file = join(dir, 'content/templates/en/holding.md');
      await replaceIn(file, 'channels: [x, facebook]', 'channels: [x, fax]');
      await replaceIn(file, 'as soon as we know more', 'in 10 minutes');
    });
    const found = await checkedLines(root);
    expect(found).toEqual([expect.stringMatching(/^content\/templates\/en\/holding\.md:\d+:\d+ schema Invalid field "channels\.1"/)]);
  });

  it('warns once per rule about its missing translations, grouping languages that lack the same fields', async () => {
    const root = await brokenCopy(async (dir) => {
      const file = join(dir, 'content/guidelines/no-time-promises.yaml');
      await replaceIn(file, ', pl: Bez obietnic na konkretną godzinę', '');
      await replaceIn(file, ', hu: Ne ígérj pontos időt', '');
      await replaceIn(file, ', pl: Niedotrzymana obietnica pogarsza sprawę.', '');
    });
    const { handbook, diagnostics } = await loadHandbook(root);
    runAllChecks(handbook, diagnostics);
    const warnings = diagnostics.messages().filter((message) => message.file === 'content/guidelines/no-time-promises.yaml');
    expect(warnings.map((message) => message.reason)).toEqual(['Missing translations: title, why in pl; title in hu (those sites show the English text)']);
  });

  it('reports a placeholder written in playbook prose, which MDX would run as code, at its place', async () => {
    const root = await brokenCopy((dir) => replaceIn(join(dir, 'playbooks/en/complaint.mdx'), 'A customer complains.', 'Greet {{customer_name}} first.'));
    const found = await checkedLines(root);
    expect(found).toEqual([
      'playbooks/en/complaint.mdx:23:7 mdx-expression Curly braces in a playbook start an MDX expression, which breaks the build: {{customer_name}}',
    ]);
  });

  it('reports an MDX syntax error (an unclosed component) at its line, as the build would fail on it', async () => {
    const root = await brokenCopy((dir) => replaceIn(join(dir, 'playbooks/pl/complaint.mdx'), /<Template id="holding" \/>/, '<Template id="holding">'));
    const found = await checkedLines(root);
    expect(found).toEqual([expect.stringMatching(/^playbooks\/pl\/complaint\.mdx:\d+:\d+ mdx-syntax MDX syntax error: Expected a closing tag for `<Template>`/)]);
  });

  it('suggests the id a misspelt reference was meant to be', async () => {
    const root = await brokenCopy((dir) => replaceIn(join(dir, 'content/templates/en/holding.md'), 'guidelines: [no-time-promises]', 'guidelines: [no-time-promise]'));
    const { handbook, diagnostics } = await loadHandbook(root);
    runAllChecks(handbook, diagnostics);
    const unknown = diagnostics.messages().find((message) => message.reason.startsWith('Unknown rule'));
    expect(unknown?.note).toMatch(/^Did you mean "no-time-promises"\? /);
  });

  it('still reports a reference to an id that has no file at all', async () => {
    const root = await brokenCopy((dir) => replaceIn(join(dir, 'content/templates/en/holding.md'), 'guidelines: [no-time-promises]', 'guidelines: [no-time-promises, no-such-rule]'));
    expect(await checkedLines(root)).toEqual([
      expect.stringMatching(/^content\/templates\/en\/holding\.md:9:\d+ missing-reference Unknown rule "no-such-rule"/),
    ]);
  });
});

describe('rule schema', () => {
  it('accepts a length check that overrides the limit of some channels only', async () => {
    const { guidelineSchema } = await import('../../src/lib/schema.ts');
    const rule = { title: { en: 'T' }, summary: { en: 'S' }, why: { en: 'W' }, examples: {}, checks: [{ id: 'length', type: 'length', limits: { facebook: 100 } }] };
    expect(guidelineSchema.safeParse(rule).success).toBe(true);
    expect(guidelineSchema.safeParse({ ...rule, checks: [{ id: 'length', type: 'length', limits: { fax: 100 } }] }).success).toBe(false);
  });
});
