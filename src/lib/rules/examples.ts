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
import { normalizeWithOffsets } from '../text/normalize.ts';
import type { CompiledCheck, CompiledRule } from './compile-rules.ts';
import { checkFinds, PreparedText } from './text-matches.ts';
import { isIncomplete } from './placeholders.ts';
import { findShouting } from './shouting.ts';

/** Whether a text triggers one check (a forbidden match, a required element missing, …) in a locale. */
export function triggersCheck(compiled: CompiledCheck, locale: Locale, text: string): boolean {
  const { check } = compiled;
  switch (check.type) {
    case 'forbidden':
      return compiled.patterns.has(locale) && checkFinds(compiled, new PreparedText(normalizeWithOffsets(text), locale));
    case 'required':
      // With no patterns for the locale nothing can be found, so the element counts as missing.
      return !compiled.patterns.has(locale) || !checkFinds(compiled, new PreparedText(normalizeWithOffsets(text), locale));
    case 'shouting':
      return findShouting(compiled.shouting!, text, check.minLetters).length > 0;
    case 'placeholders':
      return isIncomplete(text, locale);
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

/** One example and the checks it triggers; `index` is its place in a list (undefined for a single example). */
export interface ExampleOutcome {
  text: string;
  checks: string[];
  index?: number;
}

export interface ExampleResult {
  /** Each bad example with the checks it triggers: none may be empty. */
  bad: ExampleOutcome[];
  /** Each good example with the checks it triggers: all must be empty. */
  good: ExampleOutcome[];
}

const outcomes = (compiled: CompiledRule, locale: Locale, value: string | string[]): ExampleOutcome[] =>
  Array.isArray(value)
    ? value.map((text, index) => ({ text, index, checks: triggeredChecks(compiled, locale, text) }))
    : [{ text: value, checks: triggeredChecks(compiled, locale, value) }];

/** Runs a rule's good and bad examples of a locale; undefined when the rule has none for it. */
export function runExamples(compiled: CompiledRule, locale: Locale): ExampleResult | undefined {
  const examples = compiled.rule.examples[locale];
  if (!examples) return undefined;
  return { bad: outcomes(compiled, locale, examples.bad), good: outcomes(compiled, locale, examples.good) };
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
      const field = (kind: 'good' | 'bad', index: number | undefined) => ['examples', locale, kind, ...(index === undefined ? [] : [index])];
      const name = (kind: 'good' | 'bad', index: number | undefined) => `The ${kind} example${index === undefined ? '' : ` ${index + 1}`} in ${locale}`;
      for (const { checks, index } of result.bad) {
        if (checks.length > 0) continue;
        diagnostics.error(rule.origin.file, `${name('bad', index)} is not caught by any check of this rule`, positionOf(rule.origin.positions, field('bad', index)), {
          ruleId: 'rule-examples',
          source: 'rules',
          note: 'The bad example must show the mistake the rule is about: reword it, or fix the patterns so that they find it.',
        });
      }
      for (const { checks, index } of result.good) {
        if (checks.length === 0) continue;
        diagnostics.error(rule.origin.file, `${name('good', index)} breaks this rule's own check${checks.length > 1 ? 's' : ''} ${checks.map((id) => `"${id}"`).join(', ')}`, positionOf(rule.origin.positions, field('good', index)), {
          ruleId: 'rule-examples',
          source: 'rules',
          note: 'Reword the good example so that it follows the rule, or narrow the patterns that match it.',
        });
      }
    }
  }
}
