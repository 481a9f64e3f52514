/**
 * Runs the compiled checks on one template. Text checks (forbidden, required, shouting) read only what
 * a customer reads, as remark parses it (readable-text.ts); placeholder checks read the whole body,
 * link targets included. Every finding is a vfile message placed on the offending words in the
 * template FILE (body offsets shifted by the body's first line), with the rule id, the URL of the
 * rule's page, and a note saying how to fix it.
 */
import { bodyPointInFile, type Diagnostics, type Place } from '../diagnostics.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Template } from '../model.ts';
import type { Channel } from '../schema.ts';
import { pickText } from '../i18n/fallback.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { normalizeReply } from '../templates/reply.ts';
import { measureForChannel, SMS_MAX_SEGMENTS } from '../text/length.ts';
import { lineIndex, normalizeWithOffsets, originalRange } from '../text/normalize.ts';
import { appliesToKind, type CompiledCheck, type CompiledRule } from './compile-rules.ts';
import { checkFinds, findCheckMatches, PreparedText } from './text-matches.ts';
import { FILLER_WHAT, findFillers, leftoverSyntax, PLACEHOLDER, placeholderUses } from './placeholders.ts';
import { bodyRange, readableBlocks, type TextBlock } from './readable-text.ts';
import { findShouting } from './shouting.ts';

/** The language of the findings a check reports (rule messages, details and fixes alike). */
export const REPORT_LOCALE = 'en';

export interface CheckOptions {
  /** URL of a rule's page in a locale, put on each finding. */
  ruleUrl: (locale: Locale, ruleId: string) => string;
}

/** A check the template switches off (`allow:`), with its reason; `used` is set once it suppresses a finding. */
export interface Allowance {
  reason: string;
  /** Position in the template's `allow` list, to place a warning when it suppresses nothing. */
  index: number;
  used: boolean;
}

export interface TemplateResult {
  /** Ids of the rules whose checks ran on the template, in the rules' order. */
  checkedAgainst: string[];
  /** Of those, the rules it passes: no finding at all, and every check could run. */
  passed: string[];
  /** Of those, the rules with a finding (error or warning) or a check that could not run. */
  failed: string[];
  /** The checks (`rule-id/check-id`) with a finding, allowed ones included, in the order they ran. */
  findings: string[];
}

/**
 * The checks of each rule that apply to a template: those whose `appliesTo` is 'all' or includes the
 * template's kind; or, for a rule the template lists in `guidelines`, all its checks whatever the kind.
 * Rules with no applicable check are left out: nothing of them was checked.
 */
export function applicableChecks(template: Template, rules: readonly CompiledRule[]): { rule: CompiledRule; checks: CompiledCheck[] }[] {
  const applicable: { rule: CompiledRule; checks: CompiledCheck[] }[] = [];
  for (const rule of rules) {
    const listed = template.guidelines.includes(rule.rule.id);
    const checks = rule.checks.filter(
      (compiled) =>
        !compiled.offIn.has(template.locale) && !compiled.check.notFor?.includes(template.kind) && (listed || appliesToKind(compiled.check, template.kind)),
    );
    if (checks.length > 0) applicable.push({ rule, checks });
  }
  return applicable;
}

const CHANNEL_NAMES: Record<Channel, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  dm: 'direct messages',
  email: 'e-mail',
  sms: 'SMS',
  website: 'the website',
  internal: 'internal channels',
};

/**
 * The reply as it would be posted, for counting: normalised like the copy button does, a link
 * placeholder as one URL (X counts any URL as 23), any other placeholder as long as its own name.
 */
function estimateFilled(body: string): string {
  return normalizeReply(body).replace(PLACEHOLDER, (whole, name: string) => (/(?:^|_)(?:link|url)$/.test(name) ? 'https://example.com/x' : whole));
}

/**
 * @param allowed the template's valid exceptions, by `rule-id/check-id`: a finding of such a check is
 *   reported as a note naming the reason, and does not fail the rule.
 */
export function checkTemplate(template: Template, rules: readonly CompiledRule[], diagnostics: Diagnostics, options: CheckOptions, allowed: ReadonlyMap<string, Allowance> = new Map()): TemplateResult {
  const { body, locale } = template;
  const file = template.origin.file;
  const applicable = applicableChecks(template, rules);
  const failed = new Set<string>();
  const findings = new Set<string>();
  if (applicable.length === 0) return { checkedAgainst: [], passed: [], failed: [], findings: [] };

  // Prepared once per template, on first use, then shared by every check.
  let blocks: { block: TextBlock; prepared: PreparedText }[] | undefined;
  const readable = () => (blocks ??= readableBlocks(body).map((block) => ({ block, prepared: new PreparedText(normalizeWithOffsets(block.text), locale) })));
  let toLineColumn: ReturnType<typeof lineIndex> | undefined;
  const placeAt = (start: number, end: number): Place => {
    toLineColumn ??= lineIndex(body);
    const from = bodyPointInFile(template, toLineColumn(start));
    const to = bodyPointInFile(template, toLineColumn(end));
    return { ...from, endLine: to.line, endColumn: to.column };
  };
  const bodyStart = (): Place => placeAt(0, 0);

  const report = (compiled: CompiledCheck, detail: string | undefined, place: Place | undefined, note: string) => {
    // The report speaks one language, English, like the rest of the generator's findings: a rule's
    // message in the template's language followed by an English detail and fix read half and half.
    // The rule's page (its URL is on the finding) shows the message in the template's language.
    const message = pickText(compiled.check.message ?? compiled.rule.title, REPORT_LOCALE).value.trim();
    // "Message." + ": detail" would read badly: drop the message's final full stop before a detail.
    const reason = detail ? `${message.replace(/[.。]$/u, '')}: ${detail}` : message;
    const checkId = `${compiled.rule.id}/${compiled.check.id}`;
    findings.add(checkId);
    const allowance = allowed.get(checkId);
    if (allowance) {
      allowance.used = true;
      diagnostics.info(file, `Allowed in ${template.locale}/${template.id} (${checkId}, reason: “${allowance.reason}”): ${reason}`, place, {
        ruleId: compiled.rule.id,
        source: 'rules',
        url: options.ruleUrl(locale, compiled.rule.id),
        note: 'An exception the template declares under allow:; remove it there to have the check report this again.',
      });
      return;
    }
    failed.add(compiled.rule.id);
    const add = compiled.severity === 'error' ? diagnostics.error : diagnostics.warn;
    add.call(diagnostics, file, reason, place, { ruleId: compiled.rule.id, source: 'rules', url: options.ruleUrl(locale, compiled.rule.id), note });
  };

  const run = (compiled: CompiledCheck) => {
    const { check } = compiled;
    switch (check.type) {
      case 'forbidden': {
        if (!compiled.patterns.has(locale)) return void failed.add(compiled.rule.id); // no patterns: reported at the rule's file
        for (const { block, prepared } of readable()) {
          for (const match of findCheckMatches(compiled, prepared)) {
            const [start, end] = bodyRange(block, match.start, match.end);
            report(compiled, `“${match.text}”`, placeAt(start, end), 'Rephrase these words; the rule’s page explains why and shows a good example.');
          }
        }
        return;
      }
      case 'required': {
        if (!compiled.patterns.has(locale)) return void failed.add(compiled.rule.id);
        if (!readable().some(({ prepared }) => checkFinds(compiled, prepared))) {
          report(compiled, undefined, bodyStart(), 'Add the missing element; the rule’s page shows a good example.');
        }
        return;
      }
      case 'shouting': {
        for (const { block } of readable()) {
          for (const shout of findShouting(compiled.shouting!, block.text, check.minLetters)) {
            const [start, end] = bodyRange(block, shout.start, shout.end);
            report(compiled, `“${shout.text}”`, placeAt(start, end), 'Write in sentence case with one exclamation mark at most: capitals and “!!” read as shouting.');
          }
        }
        return;
      }
      case 'length': {
        const text = estimateFilled(body);
        for (const channel of template.channels) {
          const measured = measureForChannel(text, channel);
          const limit = check.limits?.[channel] ?? measured.limit;
          if (limit === undefined || measured.count <= limit) continue;
          const name = CHANNEL_NAMES[channel];
          const detail = measured.sms && check.limits?.sms === undefined
            ? `${measured.count} ${measured.sms.encoding === 'gsm-7' ? 'GSM-7' : 'UCS-2'} characters make ${measured.sms.segments} SMS segments, over the limit of ${SMS_MAX_SEGMENTS} (${limit} characters)`
            : `${measured.count} characters on ${name}, over its limit of ${limit}`;
          report(compiled, detail, bodyStart(), `Shorten the reply by at least ${measured.count - limit} characters (placeholders counted as their names, links as URLs), or remove ${channel} from its channels.`);
        }
        return;
      }
      case 'placeholders': {
        const declared = Object.keys(template.placeholders);
        const uses = placeholderUses(body);
        const used = new Set(uses.map((use) => use.name));
        for (const use of uses) {
          if (declared.includes(use.name)) continue;
          report(compiled, `{{${use.name}}} is used but not declared`, placeAt(use.start, use.end), 'Declare it under placeholders: in the front matter, with the label of its fill-in field.');
        }
        for (const name of declared) {
          if (used.has(name)) continue;
          report(compiled, `{{${name}}} is declared but never used`, positionOf(template.origin.positions, ['placeholders', name]) ?? bodyStart(), 'Use it in the reply, or remove it from placeholders:.');
        }
        const leftovers = leftoverSyntax(body, locale);
        for (const { block, prepared } of readable()) {
          for (const [from, to] of findFillers(prepared)) {
            const [start, end] = bodyRange(block, ...originalRange(prepared.normalized, from, to));
            if (leftovers.some((other) => start < other.end && end > other.start)) continue;
            leftovers.push({ start, end, text: body.slice(start, end), what: FILLER_WHAT });
          }
        }
        for (const leftover of leftovers.sort((a, b) => a.start - b.start)) {
          report(compiled, `“${leftover.text}” looks like ${leftover.what}`, placeAt(leftover.start, leftover.end), 'Replace it with a declared {{placeholder}} or with final text.');
        }
        return;
      }
    }
  };

  for (const { checks } of applicable) for (const compiled of checks) run(compiled);
  const checkedAgainst = applicable.map(({ rule }) => rule.rule.id);
  return { checkedAgainst, passed: checkedAgainst.filter((id) => !failed.has(id)), failed: checkedAgainst.filter((id) => failed.has(id)), findings: [...findings] };
}
