/**
 * The template rules engine: every template checked against the rules that apply to it, every
 * finding reported as a vfile message (all at once, never stopping at the first), and a report of
 * which rules each template passes (shown on template pages) and which templates each rule checks
 * (shown on rule pages). Patterns are compiled once per run, so the cost is linear in the templates.
 */
import type { Diagnostics } from '../diagnostics.ts';
import type { Locale } from '../i18n/locales.ts';
import { inRegister, type Handbook, type Template } from '../model.ts';
import { failedToLoad } from '../load/layout.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { didYouMean } from '../text/closest.ts';
import { compileRules } from './compile-rules.ts';
import { checkRuleExamples } from './examples.ts';
import { checkTranslationParity } from './parity.ts';
import { checkTemplate, type Allowance, type CheckOptions, type TemplateResult } from './template-checks.ts';

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

  const checkIds = rules.flatMap(({ rule, checks }) => checks.map(({ check }) => `${rule.id}/${check.id}`));
  for (const [index, template] of handbook.templates.entries()) {
    options.progress?.({ step: 'template', index });
    reportUnknownRules(template, report.rules, diagnostics);
    const key = templateKey(template);
    const allowed = allowances(template, new Set(checkIds), diagnostics);
    // Every register the reply comes in is checked; it passes a rule only when each of them does.
    const results = [template, ...template.variants.map((variant) => inRegister(template, variant))].map((body) => checkTemplate(body, rules, diagnostics, options, allowed));
    const result = results.length === 1 ? results[0]! : mergeResults(results);
    reportUnusedAllowances(template, allowed, diagnostics);
    report.templates.set(key, result);
    for (const id of result.checkedAgainst) report.rules.get(id)!.push(key);
  }
  options.progress?.({ step: 'parity' });
  checkTranslationParity(handbook, diagnostics);
  return report;
}

function mergeResults(results: TemplateResult[]): TemplateResult {
  const checkedAgainst = [...new Set(results.flatMap((result) => result.checkedAgainst))];
  const failed = new Set(results.flatMap((result) => result.failed));
  const findings = [...new Set(results.flatMap((result) => result.findings))];
  return { checkedAgainst, passed: checkedAgainst.filter((id) => !failed.has(id)), failed: checkedAgainst.filter((id) => failed.has(id)), findings };
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

/**
 * A template's `allow:` entries that can take effect, by check id. An unknown check id (with a "did you
 * mean") or a missing reason is an error at its field, and that entry suppresses nothing: an exception
 * must name a real check and say why.
 */
function allowances(template: Template, checkIds: ReadonlySet<string>, diagnostics: Diagnostics): Map<string, Allowance> {
  const allowed = new Map<string, Allowance>();
  const place = (field: (string | number)[]) => positionOf(template.origin.positions, field) ?? positionOf(template.origin.positions, ['allow']);
  (template.allow ?? []).forEach((entry, index) => {
    if (!checkIds.has(entry.check)) {
      const hint = entry.check.includes('/') ? '' : ' An id names the rule and its check: rule-id/check-id.';
      diagnostics.error(template.origin.file, `Unknown check "${entry.check}" in field "allow.${index}.check"`, place(['allow', index, 'check']), {
        ruleId: 'allow',
        source: 'rules',
        note: `${didYouMean(entry.check, checkIds)}Use the id of a check as rule-id/check-id, for example be-honest/invented-excuse.${hint}`,
      });
      return;
    }
    const reason = entry.reason?.trim();
    if (!reason) {
      diagnostics.error(template.origin.file, `The exception for "${entry.check}" in field "allow.${index}" gives no reason`, place(['allow', index]), {
        ruleId: 'allow',
        source: 'rules',
        note: 'Add reason: "…" saying why this template may break the check; readers of the template page see it.',
      });
      return;
    }
    allowed.set(entry.check, { reason, index, used: false });
  });
  return allowed;
}

/** An exception that suppressed nothing is stale: a warning, so that it does not hide a later finding unseen. */
function reportUnusedAllowances(template: Template, allowed: ReadonlyMap<string, Allowance>, diagnostics: Diagnostics) {
  for (const [check, allowance] of allowed) {
    if (allowance.used) continue;
    diagnostics.warn(template.origin.file, `The exception for "${check}" in field "allow.${allowance.index}" suppresses nothing: the check finds nothing in this template`, positionOf(template.origin.positions, ['allow', allowance.index]) ?? positionOf(template.origin.positions, ['allow']), {
      ruleId: 'allow',
      source: 'rules',
      note: 'Remove the exception from allow:, since the template no longer needs it.',
    });
  }
}
