/**
 * The labelled development set (tests/fixtures/replies/<locale>.yaml): natural replies written by
 * native speakers, `bad` ones that break a rule (with the `rule-id/check-id` that must catch them) and
 * `good` ones that are honest near-misses. Each reply is checked as a template of its kind against
 * the default handbook's rules, without the `required` checks (thanks, apology, a private channel):
 * the set is about what a reply must not say. Used by tests/unit/replies.test.ts and `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { loadHandbook } from '../../src/lib/load/index.ts';
import type { Template } from '../../src/lib/model.ts';
import { compileRules, type CompiledRule } from '../../src/lib/rules/compile-rules.ts';
import { placeholderUses } from '../../src/lib/rules/placeholders.ts';
import { checkTemplate } from '../../src/lib/rules/template-checks.ts';
import { TEMPLATE_KINDS, type TemplateKind } from '../../src/lib/schema.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const REPLIES_DIR = resolve(ROOT, 'tests/fixtures/replies');

export interface Reply {
  locale: Locale;
  text: string;
  kind: TemplateKind;
  note?: string;
  /** For bad replies: the check that must catch it. */
  expect?: string;
}

export interface ReplySet {
  locale: Locale;
  bad: Reply[];
  good: Reply[];
}

interface RawReply {
  text?: unknown;
  kind?: unknown;
  note?: unknown;
  expect?: unknown;
}

function toReply(locale: Locale, raw: RawReply, where: string): Reply {
  if (typeof raw?.text !== 'string' || !raw.text.trim()) throw new Error(`${where}: a reply needs a text`);
  const kind = raw.kind ?? 'complaint-reply';
  if (!(TEMPLATE_KINDS as readonly unknown[]).includes(kind)) throw new Error(`${where}: unknown kind ${String(kind)}`);
  return {
    locale,
    text: raw.text.trim(),
    kind: kind as TemplateKind,
    note: typeof raw.note === 'string' ? raw.note : undefined,
    expect: typeof raw.expect === 'string' ? raw.expect : undefined,
  };
}

/** The sets that exist, in locale order. */
export function loadReplySets(dir = REPLIES_DIR): ReplySet[] {
  return LOCALES.filter((locale) => existsSync(resolve(dir, `${locale}.yaml`))).map((locale) => {
    const file = resolve(dir, `${locale}.yaml`);
    const data = yaml.load(readFileSync(file, 'utf8')) as { bad?: RawReply[]; good?: RawReply[] };
    return {
      locale,
      bad: (data.bad ?? []).map((raw, index) => toReply(locale, raw, `${locale}.yaml bad.${index}`)),
      good: (data.good ?? []).map((raw, index) => toReply(locale, raw, `${locale}.yaml good.${index}`)),
    };
  });
}

/** The default handbook's rules, compiled, without the checks a reply set does not measure. */
export async function replyRules(): Promise<CompiledRule[]> {
  const { handbook } = await loadHandbook(ROOT);
  return compileRules(handbook.guidelines, new Diagnostics(), new Set(LOCALES)).map((rule) => ({
    ...rule,
    checks: rule.checks.filter(({ check }) => check.type !== 'required' && check.type !== 'length'),
  }));
}

/**
 * A reply is a template as posted: a `{{name}}` in it was left unfilled, unless it names a time
 * (`{{next_update_time}}`, `{{hora_proxima_actualizacion}}`), which is what the promise rule tells
 * writers to do; such placeholders count as declared.
 */
const TIME_PLACEHOLDER = /time|hora|aika|idő|czas|godzin|ora|date|data|fecha|päivä|dátum/;

/** The checks (`rule-id/check-id`) that find something in a reply, checked as a template of its kind. */
export function checksFiring(rules: readonly CompiledRule[], reply: Reply): string[] {
  const used = Object.fromEntries(placeholderUses(reply.text).filter(({ name }) => TIME_PLACEHOLDER.test(name)).map(({ name }) => [name, name]));
  const template: Template = {
    id: 'reply',
    locale: reply.locale,
    title: 'reply',
    kind: reply.kind,
    situation: 'reply',
    channels: ['facebook'],
    tone: 'neutral',
    placeholders: used,
    guidelines: [],
    allow: [],
    body: reply.text,
    bodyLine: 1,
    bodyColumn: 1,
    variants: [],
    origin: { file: `tests/fixtures/replies/${reply.locale}.yaml` },
  };
  return checkTemplate(template, rules, new Diagnostics(), { ruleUrl: () => '' }).findings;
}

export interface RuleScore {
  /** Bad replies expecting this check, and how many it caught. */
  bad: number;
  caught: number;
  /** Good replies this check flagged. */
  falseAlarms: number;
}

/** Per locale and check: caught / bad and false alarms; plus the totals per locale. */
export function scoreReplies(rules: readonly CompiledRule[], sets: readonly ReplySet[]) {
  const perCheck = new Map<string, Map<Locale, RuleScore>>();
  const score = (check: string, locale: Locale) => {
    if (!perCheck.has(check)) perCheck.set(check, new Map());
    const byLocale = perCheck.get(check)!;
    if (!byLocale.has(locale)) byLocale.set(locale, { bad: 0, caught: 0, falseAlarms: 0 });
    return byLocale.get(locale)!;
  };
  const totals = new Map<Locale, { bad: number; caught: number; good: number; falseAlarms: number }>();
  for (const set of sets) {
    const total = { bad: set.bad.length, caught: 0, good: set.good.length, falseAlarms: 0 };
    for (const reply of set.bad) {
      const entry = score(reply.expect ?? '(none)', set.locale);
      entry.bad++;
      if (reply.expect && checksFiring(rules, reply).includes(reply.expect)) {
        entry.caught++;
        total.caught++;
      }
    }
    for (const reply of set.good) {
      const fired = checksFiring(rules, reply);
      if (fired.length > 0) total.falseAlarms++;
      for (const check of fired) score(check, set.locale).falseAlarms++;
    }
    totals.set(set.locale, total);
  }
  return { perCheck, totals };
}
