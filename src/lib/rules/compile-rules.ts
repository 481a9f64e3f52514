/**
 * Turns the rules' data into compiled checks, once per run: every pattern compiled for every locale,
 * every shouting expression built once. Broken rule data is reported here as an error at the rule's
 * file and field (with its line and column when the loader recorded them): an invalid regular
 * expression, a pattern that matches empty text, a pattern that can take exponential time to match
 * (pattern-safety.ts), a duplicate check id, or a locale that has templates
 * but no patterns for a check, which would otherwise pass them silently.
 */
import type { Diagnostics } from '../diagnostics.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { Guideline } from '../model.ts';
import type { CheckData, TemplateKind } from '../schema.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { languageData } from '../text/language.ts';
import { combinePatterns, compilePattern, PatternError, usesAsciiBoundary } from '../text/match.ts';
import { compileWordPattern, WordPatternError, type WordPattern } from '../text/words.ts';
import { compileShouting } from './shouting.ts';
import { patternSafety, UNSAFE_PATTERN_NOTE } from './pattern-safety.ts';

export interface CompiledCheck {
  rule: Guideline;
  check: CheckData;
  /** Position in the rule's `checks`, for field paths like `checks.2.patterns.pl.0`. */
  index: number;
  /** check.severity, else the rule's. */
  severity: 'error' | 'warning';
  /**
   * Forbidden and required checks: the compiled patterns of each locale (its own plus `*`). A locale
   * missing from the map has no usable pattern: the check cannot run there (reported as rule data).
   */
  patterns: Map<Locale, RegExp[]>;
  /**
   * Locales where the author turned the check off with an empty list (`patterns: { pl: [] }`), for
   * wording that only exists in some languages: templates there are not checked against it.
   */
  offIn: Set<Locale>;
  /** Forbidden and required checks: the word patterns of each locale (its own plus `*`), for the locales in `patterns`. */
  words: Map<Locale, WordPattern[]>;
  /** Forbidden checks: word patterns that exempt a paragraph (`unless`), per locale. */
  unless: Map<Locale, WordPattern[]>;
  /** Shouting checks: the expression, built once. */
  shouting?: RegExp;
}

export interface CompiledRule {
  rule: Guideline;
  checks: CompiledCheck[];
}

export type PatternKey = Locale | '*';

export function appliesToKind(check: CheckData, kind: TemplateKind): boolean {
  return !check.notFor?.includes(kind) && (check.appliesTo === 'all' || check.appliesTo.includes(kind));
}

export function isTextCheck(check: CheckData): check is Extract<CheckData, { type: 'forbidden' | 'required' }> {
  return check.type === 'forbidden' || check.type === 'required';
}

/**
 * @param localesInUse locales that have templates: a forbidden or required check without patterns
 *   for one of them (and without `*` patterns) is an error at the rule's file.
 */
export function compileRules(guidelines: readonly Guideline[], diagnostics: Diagnostics, localesInUse: ReadonlySet<Locale>): CompiledRule[] {
  return guidelines.map((rule) => {
    reportDuplicateCheckIds(rule, diagnostics);
    return { rule, checks: rule.checks.map((check, index) => compileCheck(rule, check, index, diagnostics, localesInUse)) };
  });
}

function ruleDataError(diagnostics: Diagnostics, rule: Guideline, field: (string | number)[], reason: string, note: string) {
  diagnostics.error(rule.origin.file, reason, positionOf(rule.origin.positions, field), { ruleId: 'rule-data', source: 'rules', note });
}

function reportDuplicateCheckIds(rule: Guideline, diagnostics: Diagnostics) {
  const seen = new Set<string>();
  rule.checks.forEach((check, index) => {
    if (seen.has(check.id)) {
      ruleDataError(diagnostics, rule, ['checks', index, 'id'], `Duplicate check id "${check.id}" in field "checks.${index}.id"`, 'Give each check of a rule its own id.');
    }
    seen.add(check.id);
  });
}

function compileCheck(rule: Guideline, check: CheckData, index: number, diagnostics: Diagnostics, localesInUse: ReadonlySet<Locale>): CompiledCheck {
  const compiled: CompiledCheck = { rule, check, index, severity: check.severity ?? rule.severity, patterns: new Map(), words: new Map(), unless: new Map(), offIn: new Set() };
  if (check.type === 'shouting') compiled.shouting = compileShouting(check.minLetters);
  if (!isTextCheck(check)) return compiled;

  /** Keys with an unusable pattern: a required check cannot trust what is left of their patterns. */
  const broken = new Set<PatternKey>();
  /** The valid patterns of one key for one locale (`*` patterns are expanded per locale), each invalid one reported once at its own field. */
  const reported = new Set<string>();
  const invalid = (field: (string | number)[], reason: string, pattern: string, note: string) => {
    const path = field.join('.');
    if (reported.has(path)) return;
    reported.add(path);
    ruleDataError(diagnostics, rule, field, `Unusable pattern in field "${path}": ${reason} (pattern: ${pattern})`, note);
  };
  const validPatterns = (key: PatternKey, locale: Locale): string[] =>
    (check.patterns?.[key] ?? []).filter((pattern, position) => {
      const field = ['checks', index, 'patterns', key, position];
      try {
        compilePattern(pattern, locale);
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        broken.add(key);
        invalid(field, error.reason, pattern, 'Patterns are JavaScript regular expressions (u flag): escape ( ) [ ] { } ? + * . with a backslash to match them literally; {name} is one of the language\'s fragments.');
        return false;
      }
      const unsafe = patternSafety(pattern);
      if (unsafe) {
        broken.add(key);
        diagnostics.error(rule.origin.file, `Unsafe pattern in field "${field.join('.')}": ${unsafe.reason} (pattern: ${pattern})`, positionOf(rule.origin.positions, field), {
          ruleId: 'unsafe-pattern',
          source: 'rules',
          note: UNSAFE_PATTERN_NOTE,
        });
        return false;
      }
      if (usesAsciiBoundary(pattern) && !reported.has(`${field.join('.')}:b`)) {
        reported.add(`${field.join('.')}:b`);
        diagnostics.warn(rule.origin.file, `Pattern in field "${field.join('.')}" uses \\b, which only knows ASCII letters and fails next to letters like ő, ș or ä`, positionOf(rule.origin.positions, field), {
          ruleId: 'rule-data',
          source: 'rules',
          note: 'Remove \\b: the engine already adds Unicode word boundaries around every pattern.',
        });
      }
      return true;
    });
  const validWords = (key: PatternKey, locale: Locale, field: 'words' | 'unless' = 'words'): WordPattern[] =>
    ((field === 'unless' ? (check.type === 'forbidden' ? check.unless : undefined) : check.words)?.[key] ?? []).flatMap((pattern, position) => {
      try {
        return [compileWordPattern(pattern, locale, languageData(locale).fragments)];
      } catch (error) {
        if (!(error instanceof WordPatternError)) throw error;
        broken.add(key);
        invalid(['checks', index, field, key, position], error.reason, pattern, 'Word patterns are words in order: `word` (and its inflected forms), `word*`, `=word`, `a|b`, `word?`, `{fragment}`, with … for other words in between.');
        return [];
      }
    });

  for (const locale of LOCALES) {
    const own = [...validPatterns(locale, locale), ...validPatterns('*', locale)];
    const words = [...validWords(locale, locale), ...validWords('*', locale)];
    // A required element written with a broken pattern would be reported missing from every template
    // that uses it: the check does not run there (the templates do not pass it) until the rule is fixed.
    const untrusted = check.type === 'required' && (broken.has(locale) || broken.has('*'));
    if (own.length + words.length > 0 && !untrusted) {
      compiled.patterns.set(locale, combinePatterns(own, locale));
      compiled.words.set(locale, words);
      const unless = [...validWords(locale, locale, 'unless'), ...validWords('*', locale, 'unless')];
      if (unless.length > 0) compiled.unless.set(locale, unless);
      continue;
    }
    // Patterns that exist but are all invalid were reported above; no patterns at all is reported here,
    // unless the author wrote an empty list on purpose.
    const written = (check.patterns?.[locale]?.length ?? 0) + (check.patterns?.['*']?.length ?? 0) + (check.words?.[locale]?.length ?? 0) + (check.words?.['*']?.length ?? 0);
    if (written === 0 && (check.patterns?.[locale] !== undefined || check.words?.[locale] !== undefined)) {
      compiled.offIn.add(locale);
    } else if (localesInUse.has(locale) && written === 0) {
      const field = ['checks', index, 'patterns', locale];
      ruleDataError(diagnostics, rule, field,
        `Check "${check.id}" has no patterns for locale "${locale}", which has templates (field "${field.join('.')}"): it cannot check them`,
        `Add checks.${index}.patterns.${locale} or checks.${index}.words.${locale} (or patterns under '*', shared by every locale). If the check makes no sense in that language, turn it off there with an empty list: \`${locale}: []\`.`);
    }
  }
  return compiled;
}
