/**
 * The template rules engine: every template checked against the rules that apply to it, every
 * finding reported as a vfile message (all at once, never stopping at the first), and a report of
 * which rules each template passes (shown on template pages) and which templates each rule checks
 * (shown on rule pages). Patterns are compiled once per run, so the cost is linear in the templates.
 */
import type { Diagnostics } from '../diagnostics.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Handbook, Template } from '../model.ts';
import { failedToLoad } from '../load/layout.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { didYouMean } from '../text/closest.ts';
import { compileRules } from './compile-rules.ts';
import { checkRuleExamples } from './examples.ts';
import { checkTranslationParity } from './parity.ts';
import { checkTemplate, type CheckOptions, type TemplateResult } from './template-checks.ts';

export type { CheckOptions, TemplateResult } from './template-checks.ts';
export { compileRules, appliesToKind, type CompiledCheck, type CompiledRule } from './compile-rules.ts';
export { runExamples, triggeredChecks, hasTextChecks, checkRuleExamples } from './examples.ts';

export interface TemplateCheckReport {
  /** `${locale}/${id}` -> the rules the template was checked against, those it passes and those it fails. */
  templates: Map<string, TemplateResult>;
  /** Rule id -> the `${locale}/${id}` of every template it checks (every rule has an entry). */
  rules: Map<string, string[]>;
}

export const templateKey = (template: Pick<Template, 'locale' | 'id'>) => `${template.locale}/${template.id}`;

/**
 * What the checks are doing, for a caller that bounds the time each step may take
 * (src/integration/template-checks.ts): the rules' examples, then each template by its index in
 * `handbook.templates`, then the comparison of translations.
 */
export type CheckStep = { step: 'examples' } | { step: 'template'; index: number } | { step: 'parity' };

export function checkTemplates(handbook: Handbook, diagnostics: Diagnostics, options: CheckOptions & { progress?: (step: CheckStep) => void }): TemplateCheckReport {
  const localesInUse = new Set<Locale>(handbook.templates.map((template) => template.locale));
  const rules = compileRules(handbook.guidelines, diagnostics, localesInUse);
  options.progress?.({ step: 'examples' });
  checkRuleExamples(rules, diagnostics);
  const report: TemplateCheckReport = { templates: new Map(), rules: new Map(handbook.guidelines.map((rule) => [rule.id, []])) };

  for (const [index, template] of handbook.templates.entries()) {
    options.progress?.({ step: 'template', index });
    reportUnknownRules(template, report.rules, diagnostics);
    const key = templateKey(template);
    const result = checkTemplate(template, rules, diagnostics, options);
    report.templates.set(key, result);
    for (const id of result.checkedAgainst) report.rules.get(id)!.push(key);
  }
  options.progress?.({ step: 'parity' });
  checkTranslationParity(handbook, diagnostics);
  return report;
}

/** A rule id in a template's `guidelines` that names no rule file: an error at that very field. */
function reportUnknownRules(template: Template, known: ReadonlyMap<string, unknown>, diagnostics: Diagnostics) {
  template.guidelines.forEach((id, index) => {
    if (known.has(id)) return;
    if (failedToLoad(diagnostics, 'guidelines', id)) return;
    diagnostics.error(template.origin.file, `Unknown rule "${id}" in field "guidelines.${index}"`, positionOf(template.origin.positions, ['guidelines', index]), {
      ruleId: 'missing-reference',
      source: 'rules',
      note: `${didYouMean(id, known.keys())}Use the id of a file in content/guidelines/ (its name without .yaml).`,
    });
  });
}
