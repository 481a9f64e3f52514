/**
 * Word patterns: words in order, matched on the words of a text (tokens.ts) rather than on its
 * characters, like Vale's sequence rules. A pattern is words separated by spaces:
 *   delete        the word and its inflected forms, through the language's stemmer (deleted, deleting)
 *   delet*        any word that starts with "delet";  *n't  any word that ends with "n't"
 *   =deleted      only that form
 *   a|b|c         any of them;  word?  the word may be missing;  do+not  two words in a row, as one choice
 *   {weekday}     a word that the language's fragment (language.ts) matches whole
 *   …  (or ...)   any words in between, within the same clause (at most eight)
 * "we … delete … comment" finds "we have now deleted your comments" but not "we deleted nothing. Your
 * comment…". Words next to each other must not be separated by punctuation; words across a gap may be
 * separated by a comma, never by a full stop, a colon or a conjunction that starts a new clause ("but").
 */
import type { Locale } from '../i18n/locales.ts';
import { foldText } from './normalize.ts';
import { stem } from './stem.ts';
import { plainWord, tokenize, type Token } from './tokens.ts';

type TokenTest = (token: Token) => boolean;

interface Item {
  /** Each alternative is one test per word (most are one word; "s-a" or "don't" may be two). */
  alternatives: TokenTest[][];
  optional: boolean;
  /** Other words may come between the previous item and this one. */
  gapBefore: boolean;
}

export interface WordPattern {
  source: string;
  items: Item[];
}

export interface WordMatch {
  /** Index of the first and the last word matched. */
  first: number;
  last: number;
  /** Words inside the match that no item matched (the gaps): a negation there negates the match. */
  gaps: number[];
}

/** A word pattern that cannot be used; the caller reports it at the rule's field. */
export class WordPatternError extends Error {
  readonly pattern: string;
  readonly reason: string;
  constructor(pattern: string, reason: string) {
    super(`${reason} (word pattern: ${pattern})`);
    this.name = 'WordPatternError';
    this.pattern = pattern;
    this.reason = reason;
  }
}

export const MAX_GAP = 8;
const GAP = /^(?:…|\.\.\.)$/;

const stemOf = (token: Token, locale: Locale) => (token.stem ??= stem(token.text, locale));

function alternativeTests(alternative: string, locale: Locale, fragments: Record<string, string>, pattern: string, exactWords: boolean): TokenTest[] {
  const fragment = /^\{([a-z][a-z0-9-]*)\}$/.exec(alternative);
  if (fragment) {
    const source = fragments[fragment[1]];
    if (source === undefined) {
      throw new WordPatternError(pattern, `unknown fragment {${fragment[1]}} (known: ${Object.keys(fragments).map((name) => `{${name}}`).join(', ')})`);
    }
    const whole = new RegExp(`^(?:${plainWord(source, locale)})$`, 'iu');
    return [(token) => !token.placeholder && whole.test(token.text)];
  }
  if (alternative === '*') return [(token) => !token.placeholder];
  const exact = exactWords || alternative.startsWith('=');
  const core = alternative.replace(/^[=*]|\*$/g, '').replace(/\+/g, ' ');
  const suffix = alternative.startsWith('*');
  const prefix = alternative.endsWith('*') && alternative.length > 1;
  const words = tokenize(foldText(core), locale).map((token) => token.text);
  if (words.length === 0 || words.some((word) => word === '')) throw new WordPatternError(pattern, `"${alternative}" has no word in it`);
  return words.map((word, index) => {
    if (suffix && index === 0) return (token: Token) => token.text.endsWith(word);
    if (prefix && index === words.length - 1) return (token: Token) => token.text.startsWith(word);
    if (exact) return (token: Token) => token.text === word;
    const wordStem = stem(word, locale);
    return (token: Token) => token.text === word || (!token.placeholder && stemOf(token, locale) === wordStem);
  });
}

/**
 * Parses a word pattern for a locale; throws a WordPatternError for one that cannot be matched.
 * With `exactWords`, a plain word matches only that form (for function words such as negators and
 * "ago" words, whose stems would meet unrelated words: Hungarian "órája" and "órán" share "ór").
 */
export function compileWordPattern(source: string, locale: Locale, fragments: Record<string, string>, exactWords = false): WordPattern {
  const parts = foldText(source).toLowerCase().trim().split(/\s+/).filter(Boolean);
  const items: Item[] = [];
  let gapBefore = false;
  for (const part of parts) {
    if (GAP.test(part)) {
      if (items.length === 0) throw new WordPatternError(source, 'it starts with a gap (…): start it with a word');
      gapBefore = true;
      continue;
    }
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    const alternatives = body.split('|').filter(Boolean).map((alternative) => alternativeTests(alternative, locale, fragments, source, exactWords));
    if (alternatives.length === 0) throw new WordPatternError(source, `"${part}" has no word in it`);
    items.push({ alternatives, optional, gapBefore });
    gapBefore = false;
  }
  if (gapBefore) throw new WordPatternError(source, 'it ends with a gap (…): end it with a word');
  if (items.length === 0 || items.every((item) => item.optional)) throw new WordPatternError(source, 'it has no required word');
  return { source, items };
}

/** Whether each word starts a new clause ("but", "because"…): computed once per text by the caller. */
export type ClauseStarts = (index: number) => boolean;

/** The end (exclusive) of an alternative matched at `position`, or -1. */
function matchAlternative(tests: TokenTest[], tokens: readonly Token[], position: number): number {
  if (position + tests.length > tokens.length) return -1;
  for (let offset = 0; offset < tests.length; offset++) {
    const token = tokens[position + offset];
    if (offset > 0 && token.breakBefore !== 'none') return -1;
    if (!tests[offset](token)) return -1;
  }
  return position + tests.length;
}

function matchItems(items: Item[], index: number, tokens: readonly Token[], position: number, clauseStarts: ClauseStarts, gaps: number[]): number {
  if (index === items.length) return position - 1;
  const item = items[index];
  const first = index === 0;
  // Where the item may start: right here, or (after a gap) a few words on, within the clause.
  const furthest = first || !item.gapBefore ? position : Math.min(tokens.length - 1, position + MAX_GAP);
  for (let start = position; start <= furthest && start < tokens.length; start++) {
    const token = tokens[start];
    if (!first) {
      if (token.breakBefore === 'stop') break;
      if (!item.gapBefore && token.breakBefore !== 'none') break;
      // A skipped word may not start a new clause.
      if (start > position && clauseStarts(start - 1)) break;
    }
    for (const alternative of item.alternatives) {
      const end = matchAlternative(alternative, tokens, start);
      if (end === -1) continue;
      const skipped = gaps.length;
      for (let gap = position; gap < start; gap++) gaps.push(gap);
      const last = matchItems(items, index + 1, tokens, end, clauseStarts, gaps);
      if (last !== -1) return last;
      gaps.length = skipped;
    }
  }
  if (item.optional) {
    // The previous item's gap carries over to the next one.
    const next = items[index + 1];
    if (next && item.gapBefore && !next.gapBefore) return matchItems([...items.slice(0, index + 1), { ...next, gapBefore: true }, ...items.slice(index + 2)], index + 1, tokens, position, clauseStarts, gaps);
    return matchItems(items, index + 1, tokens, position, clauseStarts, gaps);
  }
  return -1;
}

/** Every match of a pattern, left to right, not overlapping. */
export function matchWordPattern(pattern: WordPattern, tokens: readonly Token[], clauseStarts: ClauseStarts = () => false): WordMatch[] {
  const matches: WordMatch[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const gaps: number[] = [];
    const last = matchItems(pattern.items, 0, tokens, start, clauseStarts, gaps);
    if (last === -1 || last < start) continue;
    matches.push({ first: start, last, gaps });
    start = last;
  }
  return matches;
}

/** Whether the pattern matches starting exactly at word `index`. */
export function matchesAt(pattern: WordPattern, tokens: readonly Token[], index: number, clauseStarts: ClauseStarts = () => false): WordMatch | undefined {
  const gaps: number[] = [];
  const last = matchItems(pattern.items, 0, tokens, index, clauseStarts, gaps);
  return last === -1 || last < index ? undefined : { first: index, last, gaps };
}
