/**
 * A rule's own examples, run through its checks: the bad example must trigger the rule and the good
 * one must not. The test suite runs this over every rule and locale, so a rule that can never match,
 * or one that hits its own good example, fails the tests. Examples are finished replies as a customer
 * reads them, so every check that reads text runs on them; a length check needs a channel and is
 * left to the templates.
 */
import type { Locale } from '../i18n/locales.ts';
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

/** Ids of the rule's checks that a text triggers in a locale. */
export function triggeredChecks(compiled: CompiledRule, locale: Locale, text: string): string[] {
  return compiled.checks.filter((check) => triggersCheck(check, locale, text)).map(({ check }) => check.id);
}

/** Whether a rule has checks its examples can exercise (every type but length). */
export function hasTextChecks(compiled: CompiledRule): boolean {
  return compiled.checks.some(({ check }) => check.type !== 'length');
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
