/**
 * Placeholders: every `{{name}}` a reply uses is declared in its front matter and every declared one
 * is used; and nothing that looks like a half-written or foreign template syntax is left over
 * (`{name}`, `{{ }}`, `{{Name With Caps}}`, `[NAME]`, `[amount]`, `%s`, `<name>`, `XXX`, `____`), nor a
 * writer's filler (TODO, TBD, "lorem ipsum", "bla bla", "insert link here", a stock name like "Jan
 * Kowalski"), since it would reach a customer as is. Fillers are whole words, so "XXL", "todos" or
 * "todo" (Spanish "all") are never one. The syntax matches the one pages fill in (src/lib/templates/reply.ts).
 */
import type { Locale } from '../i18n/locales.ts';
import { LANGUAGES, languageData } from '../text/language.ts';
import { foldText, normalizeWithOffsets } from '../text/normalize.ts';
import { PreparedText } from './text-matches.ts';
import { plainWord, tokenize } from '../text/tokens.ts';
import { compileWordPattern, matchWordPattern, type WordPattern } from '../text/words.ts';

export const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;

export interface PlaceholderUse {
  name: string;
  /** Offsets in the body: [start, end). */
  start: number;
  end: number;
}

export function placeholderUses(body: string): PlaceholderUse[] {
  return [...body.matchAll(PLACEHOLDER)].map((match) => ({ name: match[1], start: match.index, end: match.index + match[0].length }));
}

export interface Leftover {
  start: number;
  end: number;
  text: string;
  /** What it looks like, for the message: "single braces (…)". */
  what: string;
}

const BRACES = /\$\{[^{}\n]*\}|\{+[^{}\n]{0,80}\}+|\{+|\}+/g;
/** [NAME], [IMIĘ], [amount], [wstaw link]; not a Markdown link "[text](url)" or "[text][ref]". */
const BRACKETED = /\[([^\[\]\n]{1,60})\](?![(\[:])/gu;
const BRACKETED_WHAT = 'a bracketed placeholder like [NAME] (write {{name}} and declare it)';
/** Bracketed text that is a slot whatever its words: blanks, "XX". */
const SLOT_SHAPE = /_{2,}|…|\.{3}|(?<![\p{L}\p{N}])(?:XX+|xx+)(?![\p{L}\p{N}])/u;
const OTHERS: { pattern: RegExp; what: string }[] = [
  { pattern: /(?<![\p{L}\p{N}%])%(?:\d+\$)?[sdif@](?![\p{L}\p{N}])/gu, what: 'a format directive like %s' },
  { pattern: /<[\p{L}_][\p{L}\p{N}_ -]{0,40}>/gu, what: 'an angle-bracket placeholder like <name> (write {{name}})' },
  { pattern: /(?<![\p{L}\p{N}])(?:XY|X{3,}|x{3,}|Y{3,})(?![\p{L}\p{N}])|_{3,}|…{2,}|\.{4,}/gu, what: 'a blank to fill in (write a {{placeholder}})' },
  // A writer's note to self, in capitals as writers leave them: never "todo" or "todos" (Spanish "all").
  { pattern: /(?<![\p{L}\p{N}])(?:TODO|TBD|TBA|TBC|FIXME|PLACEHOLDER|LOREM)(?![\p{L}\p{N}])/gu, what: 'a note left in the draft (write the final text)' },
];
export const FILLER_WHAT = 'filler text left in the draft (write the final text)';

interface LocaleLeftovers {
  fillers: WordPattern[];
  slotWords: WordPattern[];
}
const byLocale = new Map<Locale, LocaleLeftovers>();
function leftoversFor(locale: Locale): LocaleLeftovers {
  let found = byLocale.get(locale);
  if (!found) {
    const language = languageData(locale);
    const compile = (patterns: string[]) => patterns.map((pattern) => compileWordPattern(pattern, locale, language.fragments, true));
    // English fillers are everywhere (teams draft in English: "insert link"), and a slot word in any of
    // the six languages makes bracketed text a slot ("[numer zamówienia]" in any reply).
    const english = locale === 'en' ? [] : LANGUAGES.en.fillers;
    const slotWords = [...new Set(Object.values(LANGUAGES).flatMap((other) => other.slotWords))];
    found = { fillers: compile([...language.fillers, ...english]), slotWords: compile(slotWords) };
    byLocale.set(locale, found);
  }
  return found;
}

/** Whether bracketed text is a slot to fill in rather than a label the reader should see. */
function isSlot(content: string, locale: Locale | undefined): boolean {
  if (SLOT_SHAPE.test(content)) return true;
  if (!locale) return true;
  const tokens = tokenize(foldText(content), locale);
  return leftoversFor(locale).slotWords.some((pattern) => matchWordPattern(pattern, tokens).length > 0);
}

function describeBraces(text: string): string {
  if (text.startsWith('${')) return 'a format directive like ${name}';
  if (text.startsWith('{{') || text.endsWith('}}')) return 'a malformed placeholder (write {{lower_snake_case}} and declare it)';
  if (text.startsWith('{') && text.endsWith('}')) return 'single braces (placeholders take two: {{name}})';
  return 'a stray brace';
}

/**
 * Leftover template syntax in a body, in order; valid `{{placeholders}}` are never reported. With a
 * locale, bracketed text is a slot only when it looks like one (a blank, "XX", a slot word such as
 * "name" or "wstaw"); without one, any bracketed word counts. Fillers are found in the readable text
 * (findFillers), whose words the other checks share.
 */
export function leftoverSyntax(body: string, locale?: Locale): Leftover[] {
  // Valid placeholders are blanked out first, so any brace still there is a leftover.
  const masked = body.replace(PLACEHOLDER, (whole) => ' '.repeat(whole.length));
  const found: Leftover[] = [];
  const add = (start: number, end: number, what: string) => {
    if (found.some((other) => start < other.end && end > other.start)) return;
    found.push({ start, end, text: body.slice(start, end), what });
  };
  for (const match of masked.matchAll(BRACES)) {
    const end = match.index + match[0].length;
    add(match.index, end, describeBraces(body.slice(match.index, end)));
  }
  for (const match of masked.matchAll(BRACKETED)) {
    if (isSlot(match[1], locale)) add(match.index, match.index + match[0].length, BRACKETED_WHAT);
  }
  for (const { pattern, what } of OTHERS) {
    for (const match of masked.matchAll(pattern)) add(match.index, match.index + match[0].length, what);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A writer's fillers ("lorem ipsum", "bla bla", "Jan Kowalski") in a prepared text, as [start, end) of its normalised text. */
export function findFillers(text: PreparedText): [number, number][] {
  const tokens = text.tokens;
  return leftoversFor(text.locale).fillers.flatMap((pattern) => matchWordPattern(pattern, tokens, undefined, text.lookup).map(({ first, last }): [number, number] => [tokens[first].start, tokens[last].end]));
}

/** Whether a text still contains a placeholder, leftover syntax or a filler: a reply not ready to send. */
export function isIncomplete(text: string, locale?: Locale): boolean {
  PLACEHOLDER.lastIndex = 0;
  if (PLACEHOLDER.test(text) || leftoverSyntax(text, locale).length > 0) return true;
  return locale !== undefined && findFillers(new PreparedText(normalizeWithOffsets(text), locale)).length > 0;
}
