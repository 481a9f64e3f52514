/**
 * Turns the rules' data into compiled checks, once per run: every pattern compiled for every locale
 * it applies to. Broken rule data is reported here, with the rule's file and the field: an invalid
 * regular expression, or a locale that has templates but no patterns for a check that applies to it.
 */
import type { Diagnostics } from '../diagnostics.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Guideline } from '../model.ts';
import type { CheckData, TemplateKind } from '../schema.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { combinePatterns, compilePattern, PatternError } from '../text/match.ts';

export interface CompiledCheck {
  rule: Guideline;
  check: CheckData;
  index: number;
  severity: 'error' | 'warning';
  /** For forbidden and required checks: the patterns of each locale, plus `*`. */
  patterns: Map<Locale, RegExp[]>;
}

export interface CompiledRule {
  rule: Guideline;
  checks: CompiledCheck[];
}

export function appliesToKind(check: CheckData, kind: TemplateKind): boolean {
  return check.appliesTo === 'all' || check.appliesTo.includes(kind);
}

export function compileRules(guidelines: readonly Guideline[], diagnostics: Diagnostics, localesInUse: ReadonlySet<Locale>): CompiledRule[] {
  return guidelines.map((rule) => ({
    rule,
    checks: rule.checks.map((check, index) => compileCheck(rule, check, index, diagnostics, localesInUse)),
  }));
}

function compileCheck(rule: Guideline, check: CheckData, index: number, diagnostics: Diagnostics, localesInUse: ReadonlySet<Locale>): CompiledCheck {
  const compiled: CompiledCheck = { rule, check, index, severity: check.severity ?? rule.severity, patterns: new Map() };
  if (check.type !== 'forbidden' && check.type !== 'required') return compiled;

  const compileList = (key: string, sources: readonly string[] | undefined) =>
    (sources ?? []).flatMap((source, position) => {
      try {
        compilePattern(source);
        return [source];
      } catch (error) {
        const field = ['checks', index, 'patterns', key, position];
        diagnostics.error(rule.origin.file, `Invalid regular expression in field "${field.join('.')}": ${(error as PatternError).message}`, positionOf(rule.origin.positions, field), {
          ruleId: 'rule-data',
          source: 'rules',
          note: 'Fix the pattern: it is a JavaScript regular expression (u flag). Escape special characters like ( ) [ ] ? + with a backslash.',
        });
        return [];
      }
    });

  const shared = compileList('*', check.patterns['*']);
  for (const locale of localesInUse) {
    const own = compileList(locale, check.patterns[locale]);
    if (own.length === 0 && shared.length === 0 && !(check.patterns[locale]?.length)) {
      const field = ['checks', index, 'patterns'];
      diagnostics.error(rule.origin.file, `Check "${check.id}" has no patterns for "${locale}", which has templates: it would pass them silently (field "${field.join('.')}.${locale}")`, positionOf(rule.origin.positions, field), {
        ruleId: 'rule-data',
        source: 'rules',
        note: `Add patterns.${locale} (or patterns for '*', shared by every locale).`,
      });
    }
    const combined = combinePatterns([...own, ...shared]);
    compiled.patterns.set(locale, combined ? [combined] : []);
  }
  return compiled;
}
