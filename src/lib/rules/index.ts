/**
 * The template rules engine: every template checked against the rules that apply to it, every
 * finding reported as a vfile message, and a report of which rules each template passes (shown on
 * template pages) and which templates each rule checks (shown on rule pages).
 */
import type { Diagnostics } from '../diagnostics.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Handbook } from '../model.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { compileRules } from './compile-rules.ts';
import { checkTemplate, type CheckOptions } from './template-checks.ts';
import { checkTranslationParity } from './parity.ts';

export interface TemplateCheckReport {
  /** `${locale}/${id}` -> the rules the template was checked against, and those it passes. */
  templates: Map<string, { checkedAgainst: string[]; passed: string[] }>;
  /** Rule id -> the `${locale}/${id}` of every template it checks. */
  rules: Map<string, string[]>;
}

export function checkTemplates(handbook: Handbook, diagnostics: Diagnostics, options: CheckOptions): TemplateCheckReport {
  const localesInUse = new Set<Locale>(handbook.templates.map((template) => template.locale));
  const rules = compileRules(handbook.guidelines, diagnostics, localesInUse);
  const ruleIds = new Set(handbook.guidelines.map((rule) => rule.id));
  const report: TemplateCheckReport = { templates: new Map(), rules: new Map(handbook.guidelines.map((rule) => [rule.id, []])) };

  for (const template of handbook.templates) {
    template.guidelines.forEach((id, index) => {
      if (ruleIds.has(id)) return;
      diagnostics.error(template.origin.file, `Unknown rule "${id}" in field "guidelines.${index}"`, positionOf(template.origin.positions, ['guidelines', index]), {
        ruleId: 'missing-reference',
        source: 'rules',
        note: 'Use the id of a file in content/guidelines/.',
      });
    });
    const key = `${template.locale}/${template.id}`;
    const result = checkTemplate(template, rules, diagnostics, options);
    report.templates.set(key, result);
    for (const id of result.checkedAgainst) report.rules.get(id)?.push(key);
  }
  checkTranslationParity(handbook, diagnostics);
  return report;
}
