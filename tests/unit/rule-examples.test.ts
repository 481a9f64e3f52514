// Every rule of the real handbook (content/guidelines/*.yaml) runs its own examples: in every locale,
// the bad example triggers the rule and the good one passes. A rule that can never match, or that
// hits its own good example, fails here; so does a forbidden or required check without patterns
// for a locale.
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { compileRules, isTextCheck } from '../../src/lib/rules/compile-rules.ts';
import { hasTextChecks, runExamples } from '../../src/lib/rules/examples.ts';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const files = (await readdir(resolve(ROOT, 'content/guidelines'))).filter((name: string) => name.endsWith('.yaml'));
const { handbook, diagnostics: loading } = await loadHandbook(ROOT);
const diagnostics = new Diagnostics();
// As if every locale had templates: every check must be able to run in all six.
const compiled = compileRules(handbook.guidelines, diagnostics, new Set(LOCALES));
const withChecks = compiled.filter((rule) => rule.checks.length > 0);
const withTextChecks = compiled.filter((rule) => hasTextChecks(rule));

describe('the rule files', () => {
  it('all load without errors', () => {
    expect(files.length, 'no files in content/guidelines/').toBeGreaterThan(0);
    const errors = loading.messages().filter((message) => message.fatal && String(message.file).startsWith('content/guidelines/'));
    expect(errors.map(String)).toEqual([]);
    expect(handbook.guidelines.map((rule) => `${rule.id}.yaml`).sort()).toEqual([...files].sort());
  });

  it('include at least 10 rules with checks, all compiling without errors', () => {
    expect(withChecks.length).toBeGreaterThanOrEqual(10);
    expect(diagnostics.messages().map(String)).toEqual([]);
  });

  it('give every forbidden and required check patterns for every locale, or `*` patterns', () => {
    const missing = handbook.guidelines.flatMap((rule) =>
      rule.checks.filter(isTextCheck).flatMap((check, index) =>
        check.patterns['*']?.length ? [] : LOCALES.filter((locale) => !check.patterns[locale]?.length).map((locale) => `${rule.id} checks.${index} (${check.id}): ${locale}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('number at least 15, each with examples in all six locales', () => {
    expect(handbook.guidelines.length).toBeGreaterThanOrEqual(15);
    const missing = handbook.guidelines.flatMap((rule) => LOCALES.filter((locale) => !rule.examples[locale]).map((locale) => `${rule.id}: ${locale}`));
    expect(missing).toEqual([]);
    // Rules that follow incident-response practice cite no source: a source is cited only for what it says.
    expect(handbook.guidelines.filter((rule) => rule.sources.length === 0).map((rule) => rule.id)).toEqual(['complete-replies', 'fit-the-channel', 'legal-review', 'one-voice', 'people-first', 'preserve-evidence']);
  });
});

describe.each(LOCALES)('the rules’ own examples in %s', (locale) => {
  it.each(withTextChecks.map((rule) => [rule.rule.id, rule] as const))('%s: catches its bad example and passes its good one', (_id, rule) => {
    const result = runExamples(rule, locale);
    expect(result, `no ${locale} examples`).toBeDefined();
    for (const { text, checks } of result!.bad) expect(checks, `bad example not caught: ${text}`).not.toEqual([]);
    for (const { text, checks } of result!.good) expect(checks, `good example caught: ${text}`).toEqual([]);
  });
});
