/**
 * Every check the build and `npm run check` run on a loaded handbook, in one place, so both report
 * the same findings: references between files, decision trees, and the template rules.
 */
import type { Diagnostics } from './diagnostics.ts';
import { LOCALES } from './i18n/locales.ts';
import type { Handbook, Origin } from './model.ts';
import { positionOf } from './load/yaml-positions.ts';
import { checkReferences } from './references.ts';
import { checkTemplates, type TemplateCheckReport } from './rules/index.ts';
import { checkTrees } from './trees/tree-checks.ts';
import { ruleHref } from './i18n/urls.ts';

export interface CheckReport {
  templates: TemplateCheckReport;
}

export function runAllChecks(handbook: Handbook, diagnostics: Diagnostics, options: { base?: string } = {}): CheckReport {
  runStructureChecks(handbook, diagnostics);
  return runTemplateChecks(handbook, diagnostics, options);
}

/** References between files, decision trees and missing translations: quick, and needed before anything renders. */
export function runStructureChecks(handbook: Handbook, diagnostics: Diagnostics): void {
  checkReferences(handbook, diagnostics);
  checkTrees(handbook, diagnostics);
  reportMissingLocalizedText(handbook, diagnostics);
}

/** The template rules: most of the checking time on a large handbook, so a build runs it on another thread. */
export function runTemplateChecks(handbook: Handbook, diagnostics: Diagnostics, options: { base?: string } = {}): CheckReport {
  const templates = checkTemplates(handbook, diagnostics, {
    ruleUrl: (locale, ruleId) => ruleHref(locale, ruleId, options.base),
  });
  return { templates };
}

/** Rules and sources fall back to English where a locale's text is missing: say so, by field. */
function reportMissingLocalizedText(handbook: Handbook, diagnostics: Diagnostics) {
  const check = (origin: Origin, field: string, text: Record<string, string | undefined> | undefined) => {
    if (!text) return;
    for (const locale of LOCALES) {
      if (text[locale]) continue;
      diagnostics.warn(origin.file, `Missing translation: field "${field}.${locale}" (the ${locale} site shows the English text)`, positionOf(origin.positions, [field]), {
        ruleId: 'missing-translation',
        source: 'i18n',
        note: `Add ${field}.${locale}.`,
      });
    }
  };
  for (const source of handbook.sources) check(source.origin, 'covers', source.covers);
  for (const rule of handbook.guidelines) {
    for (const field of ['title', 'summary', 'why'] as const) check(rule.origin, field, rule[field]);
    for (const locale of LOCALES) {
      if (rule.examples[locale]) continue;
      diagnostics.warn(rule.origin.file, `Missing translation: field "examples.${locale}"`, positionOf(rule.origin.positions, ['examples']), {
        ruleId: 'missing-translation',
        source: 'i18n',
        note: `Add a good and a bad example in ${locale}.`,
      });
    }
  }
}
