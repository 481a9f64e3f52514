// A new user writes a template that promises a callback at a fixed time, in each of the six
// languages: `npm run check` and `npm run build` fail and point at those very words.
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandbook, checkHandbook, PROJECT_ROOT } from '../helpers/build.ts';

const PROMISES = {
  en: ['Sorry, we will call you back ', 'in 10 minutes', '.'],
  pl: ['Przepraszamy, oddzwonimy ', 'za 10 minut', '.'],
  hu: ['Elnézést kérünk, ', '10 percen belül', ' visszahívjuk.'],
  ro: ['Ne pare rău, vă sunăm ', 'în 10 minute', '.'],
  es: ['Lo sentimos, le llamamos ', 'en 10 minutos', '.'],
  fi: ['Pahoittelut, soitamme sinulle ', '10 minuutissa', '.'],
} as const;

async function defaultHandbookWith(locale: keyof typeof PROMISES): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'handbook-'));
  for (const folder of ['content', 'playbooks']) await cp(join(PROJECT_ROOT, folder), join(root, folder), { recursive: true });
  const [before, words, after] = PROMISES[locale];
  await writeFile(
    join(root, 'content/templates', locale, 'callback-promise.md'),
    `---\ntitle: Callback\nkind: holding\nsituation: justified-complaint\nchannels: [facebook]\ntone: warm\n---\n${before}${words}${after}\n`,
  );
  return root;
}

describe('a fixed-time promise in a new template', () => {
  it.each(Object.keys(PROMISES) as (keyof typeof PROMISES)[])('%s: npm run check points at the words', async (locale) => {
    const root = await defaultHandbookWith(locale);
    const { code, stdout } = await checkHandbook(root, ['--quiet']);
    expect(code).toBe(1);
    const column = PROMISES[locale][0].length + 1;
    expect(stdout).toMatch(new RegExp(`^content/templates/${locale}/callback-promise\\.md:8:${column}  error  .+  no-unkeepable-promises$`, 'm'));
    expect(stdout).toContain(PROMISES[locale][1]);
  });

  it('fails the build too, with the same finding', async () => {
    const root = await defaultHandbookWith('ro');
    const result = await buildHandbook(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/content\/templates\/ro\/callback-promise\.md:8:23\s+error\s+.+no-unkeepable-promises/);
  });

  it('gives JSON with --format json', async () => {
    const root = await defaultHandbookWith('fi');
    const { stdout } = await checkHandbook(root, ['--format', 'json', '--quiet']);
    const findings = JSON.parse(stdout) as { file: string; ruleId: string; url: string }[];
    expect(findings).toContainEqual(expect.objectContaining({ file: 'content/templates/fi/callback-promise.md', ruleId: 'no-unkeepable-promises', url: '/fi/rules/no-unkeepable-promises/' }));
  });
});

describe('the default handbook', () => {
  it('passes npm run check with no error', async () => {
    const { code, stdout } = await checkHandbook(PROJECT_ROOT, ['--quiet']);
    expect(stdout).toMatch(/^0 errors/m);
    expect(code).toBe(0);
  });
});

describe('a team writes its own rule', () => {
  async function defaultHandbookWithRule(rule: string): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'handbook-'));
    for (const folder of ['content', 'playbooks']) await cp(join(PROJECT_ROOT, folder), join(root, folder), { recursive: true });
    await writeFile(join(root, 'content/guidelines/no-unfortunately.yaml'), rule);
    return root;
  }
  const englishOnly = (bad: string) => `severity: error
sources: [pl-crisis-success]
title: { en: Say what you can do, pl: "Mów, co możesz zrobić", hu: "Mondd, mit tehetsz", ro: Spune ce poți face, es: Di lo que puedes hacer, fi: "Kerro, mitä voit tehdä" }
summary: { en: S, pl: S, hu: S, ro: S, es: S, fi: S }
why: { en: W, pl: W, hu: W, ro: W, es: W, fi: W }
examples:
  en: { good: "We can't refund this, but we can swap it today.", bad: "${bad}" }
checks:
  - id: word
    type: forbidden
    patterns: { en: ['unfortunately'], pl: [], hu: [], ro: [], es: [], fi: [] }
`;

  it('an English-only rule, turned off in the other languages, checks the English templates only', async () => {
    const root = await defaultHandbookWithRule(englishOnly('Unfortunately we cannot refund this.'));
    const { code, stdout } = await checkHandbook(root, ['--quiet']);
    expect(stdout).toMatch(/^0 errors/m);
    expect(code).toBe(0);
    for (const [locale, text] of [['en', 'Unfortunately we cannot refund this.'], ['pl', 'Niestety, unfortunately nie możemy.']]) {
      await writeFile(join(root, 'content/templates', locale, 'refund-refused.md'), `---\ntitle: Refund\nkind: holding\nsituation: justified-complaint\nchannels: [facebook]\ntone: warm\n---\n${text}\n`);
    }
    const findings = JSON.parse((await checkHandbook(root, ['--format', 'json', '--quiet'])).stdout) as { file: string; ruleId: string }[];
    expect(findings.filter((finding) => finding.ruleId === 'no-unfortunately').map((finding) => finding.file)).toEqual(['content/templates/en/refund-refused.md']);
  });

  it('a bad example the rule does not catch fails the check, at the example', async () => {
    const root = await defaultHandbookWithRule(englishOnly('Sadly we cannot refund this.'));
    const { code, stdout } = await checkHandbook(root, ['--quiet']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^content\/guidelines\/no-unfortunately\.yaml:7:\d+  error  The bad example in en is not caught by any check of this rule  rule-examples$/m);
  });
});
