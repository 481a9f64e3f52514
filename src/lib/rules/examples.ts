/**
 * A rule's own examples, run through its checks: the bad example must trigger the rule and the good
 * one must not. The test suite runs this over every rule and locale, so a pattern that can never
 * match, or one that hits its own good example, fails the tests.
 */
import type { Locale } from '../i18n/locales.ts';
import { anyMatch, findMatches } from '../text/match.ts';
import type { CompiledRule } from './compile-rules.ts';

/** Ids of the rule's text checks that this text triggers (a forbidden match, or a required element missing). */
export function triggeredChecks(compiled: CompiledRule, locale: Locale, text: string): string[] {
  const triggered: string[] = [];
  for (const { check, patterns } of compiled.checks) {
    const own = patterns.get(locale) ?? [];
    if (check.type === 'forbidden' && findMatches(own, text).length > 0) triggered.push(check.id);
    if (check.type === 'required' && !anyMatch(own, text)) triggered.push(check.id);
    if (check.type === 'shouting' && new RegExp(`(?<![\\p{L}\\p{N}_])\\p{Lu}[\\p{Lu}\\p{M}]{${check.minLetters - 1},}(?![\\p{L}\\p{N}_])|!{2,}`, 'u').test(text)) triggered.push(check.id);
  }
  return triggered;
}

/** Whether a rule has checks on the text of a reply (the ones its examples can exercise). */
export function hasTextChecks(compiled: CompiledRule): boolean {
  return compiled.checks.some(({ check }) => check.type === 'forbidden' || check.type === 'required');
}
