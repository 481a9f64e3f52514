/**
 * A rule's own examples, run through its checks: the bad example must trigger the rule and the good
 * one must not. `checkRuleExamples` reports a rule that can never match, or one that hits its own
 * good example, as an error of the rule's file. Examples are finished replies as a customer
 * reads them, so every check that reads text runs on them; a length check needs a channel and is
 * left to the templates.
 */
import type { Diagnostics } from '../diagnostics.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { anyMatch, findMatches } from '../text/match.ts';
import type { CompiledCheck, CompiledRule } from './compile-rules.ts';
import { isIncomplete } from './placeholders.ts';
import { findShouting } from './shouting.ts';

/** Whether a text triggers one check (a forbidden match, a required element missing, …) in a locale. */
export function triggersCheck(compiled: CompiledCheck, locale: Locale, text: string): boolean {
  const { check } = compiled;
  switch (check.type) {
    case 'forbidden':
      return findMatches(compiled.patterns.get(locale) ?? [], text).length > 0;
    case 'required':
      // With no patterns for the locale nothing can be found, so the element counts as missing.
      return !anyMatch(compiled.patterns.get(locale) ?? [], text);
    case 'shouting':
      return findShouting(compiled.shouting!, text).length > 0;
    case 'placeholders':
      return isIncomplete(text);
    case 'length':
      return false;
  }
}

/** Ids of the rule's checks that a text triggers in a locale (checks turned off there never do). */
export function triggeredChecks(compiled: CompiledRule, locale: Locale, text: string): string[] {
  return compiled.checks.filter((check) => !check.offIn.has(locale) && triggersCheck(check, locale, text)).map(({ check }) => check.id);
}

/** Whether a rule has checks its examples can exercise (every type but length), in a locale if given. */
export function hasTextChecks(compiled: CompiledRule, locale?: Locale): boolean {
  return compiled.checks.some(({ check, offIn }) => check.type !== 'length' && !(locale && offIn.has(locale)));
}

export interface ExampleResult {
  /** Checks the bad example triggers: must not be empty. */
  bad: string[];
  /** Checks the good example triggers: must be empty. */
  good: string[];
}

/** Runs a rule's good and bad example of a locale; undefined when the rule has none for it. */
export function runExamples(compiled: CompiledRule, locale: Locale): ExampleResult | undefined {
  const examples = compiled.rule.examples[locale];
  if (!examples) return undefined;
  return { bad: triggeredChecks(compiled, locale, examples.bad), good: triggeredChecks(compiled, locale, examples.good) };
}

/**
 * Every rule's examples against its own checks, as errors at the example's field: a bad example the
 * checks miss means they cannot catch the mistake the rule is about; a good example they flag means
 * they would also flag correct replies. `npm run check` and the build report it while the author
 * writes the rule, not later in CI.
 */
export function checkRuleExamples(rules: readonly CompiledRule[], diagnostics: Diagnostics): void {
  for (const compiled of rules) {
    const { rule } = compiled;
    for (const locale of LOCALES) {
      if (!hasTextChecks(compiled, locale)) continue;
      const result = runExamples(compiled, locale);
      if (!result) continue;
      if (result.bad.length === 0) {
        diagnostics.error(rule.origin.file, `The bad example in ${locale} is not caught by any check of this rule`, positionOf(rule.origin.positions, ['examples', locale, 'bad']), {
          ruleId: 'rule-examples',
          source: 'rules',
          note: 'The bad example must show the mistake the rule is about: reword it, or fix the patterns so that they find it.',
        });
      }
      if (result.good.length > 0) {
        diagnostics.error(rule.origin.file, `The good example in ${locale} breaks this rule's own check${result.good.length > 1 ? 's' : ''} ${result.good.map((id) => `"${id}"`).join(', ')}`, positionOf(rule.origin.positions, ['examples', locale, 'good']), {
          ruleId: 'rule-examples',
          source: 'rules',
          note: 'Reword the good example so that it follows the rule, or narrow the patterns that match it.',
        });
      }
    }
  }
}
