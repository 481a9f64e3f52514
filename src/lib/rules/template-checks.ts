/**
 * Runs the compiled checks on one template. The reply is parsed with remark so that only what a
 * customer would read is matched (text, not link targets); every finding is placed on the offending
 * words in the template file, with the rule id and the URL of the rule's page.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import type { Diagnostics, Place } from '../diagnostics.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Template } from '../model.ts';
import { pickText } from '../i18n/fallback.ts';
import { findMatches, anyMatch } from '../text/match.ts';
import { normalizeWithOffsets, type NormalizedText } from '../text/normalize.ts';
import { lineColumn } from '../text/normalize.ts';
import { measureForChannel } from '../text/length.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { appliesToKind, type CompiledCheck, type CompiledRule } from './compile-rules.ts';
import { leftoverSyntax, placeholderUses, PLACEHOLDER } from './placeholders.ts';

export interface CheckOptions {
  ruleUrl: (locale: Locale, ruleId: string) => string;
}

export interface TemplateResult {
  /** Rules whose checks ran on the template. */
  checkedAgainst: string[];
  /** Of those, the ones with no finding. */
  passed: string[];
}

const parser = unified().use(remarkParse);

/** Characters and line starts that can make Markdown more than paragraphs of text. */
const MARKDOWN_SYNTAX = /[*_`#<>[\]!|~\\&]|^\s*(?:[-+=]|\d+[.)])|^ {4}|^\t|https?:|www\./m;

function plainParagraphs(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  const paragraph = /[^\n]+(?:\n[^\n]+)*/g;
  for (const match of body.matchAll(paragraph)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trailing = match[0].length - match[0].trimEnd().length;
    if (match[0].trim()) ranges.push([match.index + leading, match.index + match[0].length - trailing]);
  }
  return ranges;
}

/** The stretches of the body a reader sees, as [start, end) offsets into the body. */
export function readableRanges(body: string): [number, number][] {
  // Most replies are plain text: then remark would return one text node per paragraph, so the
  // paragraphs are taken directly. Anything that could be Markdown syntax goes through remark.
  if (!MARKDOWN_SYNTAX.test(body.replace(PLACEHOLDER, ''))) return plainParagraphs(body);
  const ranges: [number, number][] = [];
  visit(parser.parse(body), (node) => {
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'html') && node.position) {
      ranges.push([node.position.start.offset!, node.position.end.offset!]);
    }
  });
  return ranges;
}

/** What a placeholder adds on a channel: a link counts as one URL, anything else as its own name. */
function estimateFilled(body: string): string {
  return body.replace(PLACEHOLDER, (whole, name: string) => (/(?:^|_)(?:link|url)$/.test(name) ? 'https://example.com/x' : whole));
}

export function checkTemplate(template: Template, rules: readonly CompiledRule[], diagnostics: Diagnostics, options: CheckOptions): TemplateResult {
  const { body, locale } = template;
  const file = template.origin.file;
  const ranges = readableRanges(body);
  // Normalised once per template, then shared by every check.
  const normalizedRanges: { start: number; text: string; normalized: NormalizedText }[] = ranges.map(([start, end]) => {
    const text = body.slice(start, end);
    return { start, text, normalized: normalizeWithOffsets(text) };
  });
  const placeAt = (start: number, end: number): Place => {
    const from = lineColumn(body, start);
    const to = lineColumn(body, end);
    return { line: template.bodyLine + from.line - 1, column: from.column, endLine: template.bodyLine + to.line - 1, endColumn: to.column };
  };
  const bodyStart = placeAt(0, 0);
  const checkedAgainst: string[] = [];
  const failed = new Set<string>();

  const report = (compiled: CompiledCheck, reason: string, place: Place, note: string) => {
    const severity = compiled.severity;
    if (severity === 'error') failed.add(compiled.rule.id);
    const message = pickText(compiled.check.message ?? compiled.rule.title, locale).value;
    const lead = message.replace(/[.!。]\s*$/u, '');
    (severity === 'error' ? diagnostics.error : diagnostics.warn).call(diagnostics, file, reason ? `${lead}: ${reason}` : message, place, {
      ruleId: compiled.rule.id,
      source: 'rules',
      url: options.ruleUrl(locale, compiled.rule.id),
      note,
    });
  };

  for (const { rule, checks } of rules) {
    const declared = template.guidelines.includes(rule.id);
    const applicable = checks.filter((compiled) => declared || appliesToKind(compiled.check, template.kind));
    if (applicable.length === 0) {
      if (declared) checkedAgainst.push(rule.id);
      continue;
    }
    checkedAgainst.push(rule.id);
    for (const compiled of applicable) runCheck(compiled);
  }

  function runCheck(compiled: CompiledCheck) {
    const { check } = compiled;
    switch (check.type) {
      case 'forbidden': {
        const patterns = compiled.patterns.get(locale) ?? [];
        for (const { start, text, normalized } of normalizedRanges) {
          for (const match of findMatches(patterns, normalized, text)) {
            report(compiled, `“${match.text}”`, placeAt(start + match.start, start + match.end), 'Rephrase these words; the rule’s page explains why and shows a good example.');
          }
        }
        break;
      }
      case 'required': {
        const patterns = compiled.patterns.get(locale) ?? [];
        if (!normalizedRanges.some(({ normalized }) => anyMatch(patterns, normalized))) {
          report(compiled, 'missing', bodyStart, 'Add the missing element; the rule’s page shows a good example.');
        }
        break;
      }
      case 'shouting': {
        const caps = new RegExp(`(?<![\\p{L}\\p{N}_])\\p{Lu}[\\p{Lu}\\p{M}]{${check.minLetters - 1},}(?![\\p{L}\\p{N}_])|!{2,}|[!?]{3,}`, 'gu');
        for (const [start, end] of ranges) {
          for (const match of body.slice(start, end).matchAll(caps)) {
            report(compiled, `“${match[0]}”`, placeAt(start + match.index, start + match.index + match[0].length), 'Write in normal case with one punctuation mark: capitals and “!!” read as shouting.');
          }
        }
        break;
      }
      case 'length': {
        const text = estimateFilled(body);
        for (const channel of template.channels) {
          const { count, limit: builtIn } = measureForChannel(text, channel);
          const limit = check.limits?.[channel] ?? builtIn;
          if (limit !== undefined && count > limit) {
            report(compiled, `${count} characters for ${channel}, over its limit of ${limit}`, bodyStart, `Shorten the reply by ${count - limit} characters, or remove ${channel} from its channels.`);
          }
        }
        break;
      }
      case 'placeholders': {
        const declared = Object.keys(template.placeholders);
        const uses = placeholderUses(body);
        for (const use of uses) {
          if (!declared.includes(use.name)) {
            report(compiled, `{{${use.name}}} is used but not declared`, placeAt(use.start, use.end), `Declare it under placeholders: in the front matter, with the label of its fill-in field.`);
          }
        }
        declared.forEach((name) => {
          if (!uses.some((use) => use.name === name)) {
            report(compiled, `{{${name}}} is declared but never used`, positionOf(template.origin.positions, ['placeholders', name]) ?? bodyStart, 'Use it in the reply, or remove it from placeholders:.');
          }
        });
        for (const leftover of leftoverSyntax(body)) {
          report(compiled, `“${leftover.text}” looks like ${leftover.what}`, placeAt(leftover.start, leftover.end), 'Replace it with a declared {{placeholder}} or with final text.');
        }
        break;
      }
    }
  }

  return { checkedAgainst, passed: checkedAgainst.filter((id) => !failed.has(id)) };
}
