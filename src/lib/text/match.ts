/**
 * Patterns from rule data, compiled to match whole words in any of the six languages. JavaScript's
 * `\b` only knows ASCII letters, so the boundaries are Unicode lookarounds instead, and a pattern never
 * matches inside a longer word ("nap" in "napló", "lol" in "lolly", "kiitos" in "kiitoskortti").
 * Combining marks count as word characters too, so a decomposed letter never ends a word early.
 * Flags are always `giu`: every match, case-insensitive, Unicode (`\p{L}` works in every pattern).
 */
import type { Locale } from '../i18n/locales.ts';
import { languageData } from './language.ts';
import { foldText, normalizeWithOffsets, originalRange, type NormalizedText } from './normalize.ts';
import { plainWord } from './tokens.ts';

/** Romanian patterns and text are compared without diacritics (tokens.ts): "sters" is "șters". */
const plainText = (text: string, locale: Locale | undefined) => (locale ? plainWord(text, locale) : text);

const WORD = '[\\p{L}\\p{M}\\p{N}_]';
const FLAGS = 'giu';

/** A pattern that cannot be used; the caller turns it into a finding at the rule's field. */
export class PatternError extends Error {
  readonly pattern: string;
  readonly reason: string;
  constructor(pattern: string, reason: string) {
    super(`${reason} (pattern: ${pattern})`);
    this.name = 'PatternError';
    this.pattern = pattern;
    this.reason = reason;
  }
}

const wrap = (source: string) => `(?<!${WORD})(?:${source})(?!${WORD})`;

/** `{name}`: a named fragment of the language (language.ts), never a valid quantifier in a `u` pattern. */
const FRAGMENT = /(?<!\\)\{([a-z][a-z0-9-]*)\}/g;

/**
 * A pattern with its `{number}`, `{unit}`, `{weekday}`… replaced by the locale's fragments. Without a
 * locale (a check's `*` patterns are expanded per locale) the pattern is returned as written.
 */
export function expandFragments(pattern: string, locale?: Locale): string {
  if (!locale || !pattern.includes('{')) return pattern;
  const fragments = languageData(locale).fragments;
  return pattern.replace(FRAGMENT, (whole, name: string) => {
    const fragment = fragments[name];
    if (fragment === undefined) throw new PatternError(pattern, `unknown fragment {${name}} (known: ${Object.keys(fragments).map((known) => `{${known}}`).join(', ')})`);
    return `(?:${fragment})`;
  });
}

/**
 * Compiles one pattern with Unicode word boundaries, folded like the text it runs on, its fragments
 * expanded for the locale. Throws a PatternError for an invalid regular expression, an unknown
 * fragment, or a pattern that matches empty text (it would "find" a required element in every reply,
 * or never report anything).
 */
export function compilePattern(pattern: string, locale?: Locale): RegExp {
  const source = plainText(foldText(expandFragments(pattern, locale)), locale);
  let problem = problems.get(source);
  if (problem === undefined) {
    problem = null;
    try {
      if (new RegExp(`^(?:${source})$`, 'u').test('')) problem = 'it matches empty text, so it would match anywhere';
    } catch (error) {
      problem = `invalid regular expression: ${error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error)}`;
    }
    problems.set(source, problem);
  }
  if (problem) throw new PatternError(pattern, problem);
  return cachedRegExp(wrap(source));
}

/**
 * Compiled expressions and validation results, shared by source for the life of the process: V8
 * compiles a large Unicode, case-insensitive expression slowly, and the build and `npm run check`
 * (or a benchmark's rounds) compile the same rules more than once. Callers reset `lastIndex`.
 */
const problems = new Map<string, string | null>();
const expressions = new Map<string, RegExp>();
function cachedRegExp(source: string): RegExp {
  let expression = expressions.get(source);
  if (!expression) expressions.set(source, (expression = new RegExp(source, FLAGS)));
  return expression;
}

/** An unescaped `\b` or `\B`: ASCII-only in JavaScript, so it silently fails next to ő, ș or ä. */
export function usesAsciiBoundary(pattern: string): boolean {
  return /(?<!\\)(?:\\\\)*\\[bB]/.test(pattern.replace(/\[(?:\\.|[^\]\\])*\]/g, ''));
}

/** Backreferences and named groups would change meaning once several patterns are joined into one. */
const GROUP_SENSITIVE = /\\[1-9]|\\k<|\(\?<(?![=!])/;

/**
 * A check's patterns as few regular expressions as possible: all of them joined into one alternation,
 * so a text is scanned once per check rather than once per pattern. Patterns whose groups would clash
 * when joined stay on their own. Every pattern must already have passed compilePattern.
 */
export function combinePatterns(patterns: readonly string[], locale?: Locale): RegExp[] {
  const joinable = patterns.filter((pattern) => !GROUP_SENSITIVE.test(pattern));
  const alone = patterns.filter((pattern) => GROUP_SENSITIVE.test(pattern)).map((pattern) => compilePattern(pattern, locale));
  if (joinable.length === 0) return alone;
  try {
    return [cachedRegExp(wrap(joinable.map((pattern) => `(?:${plainText(foldText(expandFragments(pattern, locale)), locale)})`).join('|'))), ...alone];
  } catch {
    return [...joinable.map((pattern) => compilePattern(pattern, locale)), ...alone];
  }
}

export interface Match {
  /** Offsets in the original (not normalised) text: [start, end). */
  start: number;
  end: number;
  /** The matched words as written in the original text. */
  text: string;
  /** Offsets in the normalised text: [normalizedStart, normalizedEnd). */
  normalizedStart: number;
  normalizedEnd: number;
}

const prepare = (text: string | NormalizedText): NormalizedText => (typeof text === 'string' ? normalizeWithOffsets(text) : text);

/** Every match of any of the patterns, with offsets in the original text, sorted by position. */
export function findMatches(patterns: readonly RegExp[], text: string | NormalizedText): Match[] {
  if (patterns.length === 0) return [];
  const normalized = prepare(text);
  const matches: Match[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const match of normalized.text.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      const [start, end] = originalRange(normalized, match.index, match.index + match[0].length);
      matches.push({ start, end, text: normalized.original.slice(start, end), normalizedStart: match.index, normalizedEnd: match.index + match[0].length });
    }
  }
  return patterns.length > 1 ? matches.sort((a, b) => a.start - b.start || a.end - b.end) : matches;
}

/** Whether any pattern matches (a non-empty stretch of) the text: for required elements. */
export function anyMatch(patterns: readonly RegExp[], text: string | NormalizedText): boolean {
  if (patterns.length === 0) return false;
  const { text: normalized } = prepare(text);
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const match of normalized.matchAll(pattern)) if (match[0].length > 0) return true;
  }
  return false;
}
