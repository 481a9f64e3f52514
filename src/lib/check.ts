/**
 * Every check the build and `npm run check` run on a loaded handbook, in one place, so both report
 * the same findings: references between files, decision trees, and the template rules.
 */
import type { Diagnostics } from './diagnostics.ts';
import { DEFAULT_LOCALE, languageNameIn, LOCALES, type Locale } from './i18n/locales.ts';
import type { Handbook, Origin } from './model.ts';
import { positionOf } from './load/yaml-positions.ts';
import { checkReferences } from './references.ts';
import { checkTemplates, type CheckStep, type TemplateCheckReport } from './rules/index.ts';
import { checkTrees } from './trees/tree-checks.ts';
import { checkRegisters } from './templates/register-checks.ts';
import { checkGlossary } from './glossary.ts';
import { ruleHref } from './i18n/urls.ts';
import { checkRoles } from './roles.ts';
import { checkSeverityScale } from './severity.ts';
import { checkSettings } from './settings/checks.ts';
import { localizedFields } from './localized-texts.ts';
import { checkInterfaceStrings } from './i18n/string-checks.ts';
import { checkLocaleSettings } from './settings/locale-checks.ts';
import { checkTodoMarkers } from './todo/markers.ts';
import { checkFreshness, handbookToday } from './freshness.ts';
import { checkTranslations, translationStatus } from './translations/status.ts';

export interface CheckReport {
  templates: TemplateCheckReport;
}

export function runAllChecks(handbook: Handbook, diagnostics: Diagnostics, options: { base?: string; today?: Date } = {}): CheckReport {
  runStructureChecks(handbook, diagnostics, options);
  return runTemplateChecks(handbook, diagnostics, options);
}

/**
 * References between files, decision trees, missing and outdated translations, overdue reviews: quick,
 * and needed before anything renders. `today` is the date reviews are judged on (HANDBOOK_TODAY or today).
 */
export function runStructureChecks(handbook: Handbook, diagnostics: Diagnostics, options: { today?: Date } = {}): void {
  const today = options.today ?? handbookToday();
  checkReferences(handbook, diagnostics);
  // Role ids in the severity levels are checked only where roles.yaml could be read (checkRoles says why not).
  const rolesUsable = checkRoles(handbook, diagnostics);
  checkSeverityScale(handbook, diagnostics, { rolesUsable });
  checkSettings(handbook, diagnostics, { rolesUsable });
  checkTrees(handbook, diagnostics);
  checkRegisters(handbook, diagnostics);
  checkGlossary(handbook, diagnostics);
  checkLocaleSettings(handbook, diagnostics);
  checkInterfaceStrings(handbook, diagnostics);
  reportMissingLocalizedText(handbook, diagnostics);
  checkFreshness(handbook, diagnostics, today);
  checkTranslations(translationStatus(handbook, { locales: LOCALES, defaultLocale: DEFAULT_LOCALE, today }), diagnostics);
  // Last, so that a file with unfinished text still counts as loaded for the checks above.
  checkTodoMarkers(handbook.todoMarkers, diagnostics);
}

/** The template rules: most of the checking time on a large handbook, so a build runs it on another thread. */
export function runTemplateChecks(handbook: Handbook, diagnostics: Diagnostics, options: { base?: string; progress?: (step: CheckStep) => void } = {}): CheckReport {
  const templates = checkTemplates(handbook, diagnostics, {
    ruleUrl: (locale, ruleId) => ruleHref(locale, ruleId, options.base),
    progress: options.progress,
  });
  return { templates };
}

/**
 * Rules and sources fall back to English where a locale's text is missing: say so, once per file,
 * with the fields each language lacks (one warning per field and language would bury the findings
 * that matter under twenty lines for every new rule).
 */
function reportMissingLocalizedText(handbook: Handbook, diagnostics: Diagnostics) {
  const report = (origin: Origin, fields: Record<string, Partial<Record<Locale, unknown>> | undefined>) => {
    const missing = new Map<Locale, string[]>();
    for (const [field, text] of Object.entries(fields)) {
      if (!text) continue;
      for (const locale of LOCALES) if (!text[locale]) missing.set(locale, [...(missing.get(locale) ?? []), field]);
    }
    if (!missing.size) return;
    // Languages that lack the same fields are listed together: "title, why in pl, hu".
    const byFields = new Map<string, Locale[]>();
    for (const [locale, names] of missing) byFields.set(names.join(', '), [...(byFields.get(names.join(', ')) ?? []), locale]);
    const parts = [...byFields].map(([names, locales]) => `${names} in ${locales.join(', ')}`);
    const firstField = [...missing.values()][0][0];
    diagnostics.warn(origin.file, `Missing translations: ${parts.join('; ')} (those sites show the ${languageNameIn('en', DEFAULT_LOCALE)} text)`, positionOf(origin.positions, [firstField]), {
      ruleId: 'missing-translation',
      source: 'i18n',
      note: `Add the text under each language's key, for example ${firstField}.${[...missing.keys()][0]}${firstField === 'examples' ? ' (a good and a bad example)' : ''}.`,
    });
  };
  for (const source of handbook.sources) report(source.origin, { covers: source.covers });
  for (const rule of handbook.guidelines) {
    report(rule.origin, { title: rule.title, summary: rule.summary, why: rule.why, examples: rule.examples });
  }
  if (handbook.roles.origin) reportMissingNestedText(handbook.roles.origin, handbook.roles.entries, diagnostics);
  if (handbook.severity) reportMissingNestedText(handbook.severity.origin, handbook.severity, diagnostics);
}

/**
 * The same for a file of many texts (roles, the severity scale): one warning that counts the texts
 * each language lacks and points at the first, since listing dozens of fields would help nobody.
 */
function reportMissingNestedText(origin: Origin, data: unknown, diagnostics: Diagnostics) {
  const missing = new Map<Locale, (string | number)[][]>();
  for (const { path, text } of localizedFields(data)) {
    for (const locale of LOCALES) if (!text[locale]) missing.set(locale, [...(missing.get(locale) ?? []), path]);
  }
  if (!missing.size) return;
  const parts = [...missing].map(([locale, paths]) => `${locale} (${paths.length} ${paths.length === 1 ? 'text' : 'texts'})`);
  const [firstLocale, [firstPath]] = [...missing][0];
  diagnostics.warn(origin.file, `Missing translations: ${parts.join(', ')} (those sites show the ${languageNameIn('en', DEFAULT_LOCALE)} text)`, positionOf(origin.positions, firstPath), {
    ruleId: 'missing-translation',
    source: 'i18n',
    note: `Add the text under each language's key, for example ${[...firstPath, firstLocale].join('.')}.`,
  });
}
