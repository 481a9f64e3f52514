/** What a template's page shows about the rules it was checked against. */
import type { Locale } from './i18n/locales.ts';
import type { Handbook, Template } from './model.ts';
import type { TemplateCheckReport } from './rules/index.ts';
import { ruleById, ruleTitle } from './handbook-queries.ts';

export function rulesPassedBy(handbook: Handbook, report: TemplateCheckReport, template: Template, locale: Locale) {
  const ids = report.templates.get(`${template.locale}/${template.id}`)?.passed ?? [];
  return ids.flatMap((id) => {
    const rule = ruleById(handbook, id);
    return rule ? [{ id, title: ruleTitle(rule, locale) }] : [];
  });
}

/** Ids of the templates of `locale` that a rule checks. */
export function templatesCheckedBy(report: TemplateCheckReport, ruleId: string, locale: Locale): string[] {
  return (report.rules.get(ruleId) ?? [])
    .filter((key) => key.startsWith(`${locale}/`))
    .map((key) => key.slice(locale.length + 1));
}
