// Every rule of the default handbook runs its own examples: in every locale, the bad example triggers
// the rule and the good one passes. A pattern that can never match, or that hits its own good
// example, fails here.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { compileRules } from '../../src/lib/rules/compile-rules.ts';
import { hasTextChecks, triggeredChecks } from '../../src/lib/rules/examples.ts';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { handbook } = await loadHandbook(ROOT);
const diagnostics = new Diagnostics();
const compiled = compileRules(handbook.guidelines, diagnostics, new Set(LOCALES));
const withChecks = compiled.filter(hasTextChecks);

describe('the default rules', () => {
  it('compile without errors, with patterns for every locale', () => {
    expect(diagnostics.messages().map(String)).toEqual([]);
    expect(withChecks.length).toBeGreaterThanOrEqual(8);
  });

  it('number at least 15, each with sources and examples in all six locales', () => {
    expect(handbook.guidelines.length).toBeGreaterThanOrEqual(15);
    for (const rule of handbook.guidelines) {
      for (const locale of LOCALES) expect(rule.examples[locale], `${rule.id} ${locale}`).toBeDefined();
    }
    expect(handbook.guidelines.filter((rule) => rule.sources.length === 0).map((rule) => rule.id)).toEqual(['complete-replies']);
  });

  describe.each(LOCALES)('%s', (locale) => {
    it.each(withChecks.map((rule) => [rule.rule.id, rule] as const))('%s: catches its bad example and passes its good one', (_id, rule) => {
      const examples = rule.rule.examples[locale]!;
      expect(triggeredChecks(rule, locale, examples.bad), `bad: ${examples.bad}`).not.toEqual([]);
      expect(triggeredChecks(rule, locale, examples.good), `good: ${examples.good}`).toEqual([]);
    });
  });
});
