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
 *
 * Speed: every pattern of a locale is entered in one index of its words (exact forms, stems, beginnings,
 * endings). A text's words are looked up there once, which tells which items each word can fill; a
 * pattern is only searched when every required item is filled somewhere, and only from the words that
 * fill its first item. So the cost follows the text's length, not the number of patterns.
 */
import type { Locale } from '../i18n/locales.ts';
import { foldText } from './normalize.ts';
import { stem } from './stem.ts';
import { plainWord, tokenize, type Token } from './tokens.ts';

type TokenTest = (token: Token) => boolean;

/** How a one-word test tests a word, for the index. */
type WordTest =
  | { kind: 'exact' | 'prefix' | 'suffix'; word: string }
  | { kind: 'stem'; word: string; stem: string }
  | { kind: 'fragment'; regex: RegExp }
  | { kind: 'any' };

interface Alternative {
  /** One test per word (most alternatives are one word; "s-a" or "do+not" are two). */
  tests: TokenTest[];
  /** What its first word's test is, for the index. */
  first: WordTest;
}

interface Item {
  alternatives: Alternative[];
  optional: boolean;
  /** Other words may come between the previous item and this one. */
  gapBefore: boolean;
  /** All one-word alternatives as one test; `multi` are the others. */
  single: TokenTest | undefined;
  multi: Alternative[];
}

export interface WordPattern {
  source: string;
  locale: Locale;
  items: Item[];
  /** Position in the locale's index (see WordIndex). */
  id: number;
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

function alternativeTests(alternative: string, locale: Locale, fragments: Record<string, string>, pattern: string, exactWords: boolean): Alternative {
  const fragment = /^\{([a-z][a-z0-9-]*)\}$/.exec(alternative);
  if (fragment) {
    const source = fragments[fragment[1]];
    if (source === undefined) {
      throw new WordPatternError(pattern, `unknown fragment {${fragment[1]}} (known: ${Object.keys(fragments).map((name) => `{${name}}`).join(', ')})`);
    }
    const whole = new RegExp(`^(?:${plainWord(source, locale)})$`, 'iu');
    return { tests: [(token) => !token.placeholder && whole.test(token.text)], first: { kind: 'fragment', regex: whole } };
  }
  if (alternative === '*') return { tests: [(token) => !token.placeholder], first: { kind: 'any' } };
  const exact = exactWords || alternative.startsWith('=');
  const core = alternative.replace(/^[=*]|\*$/g, '').replace(/\+/g, ' ');
  const suffix = alternative.startsWith('*');
  const prefix = alternative.endsWith('*') && alternative.length > 1;
  const words = tokenize(foldText(core), locale).map((token) => token.text);
  if (words.length === 0 || words.some((word) => word === '')) throw new WordPatternError(pattern, `"${alternative}" has no word in it`);
  const tested = words.map((word, index): [TokenTest, WordTest] => {
    if (suffix && index === 0) return [(token) => token.text.endsWith(word), { kind: 'suffix', word }];
    if (prefix && index === words.length - 1) return [(token) => token.text.startsWith(word), { kind: 'prefix', word }];
    if (exact) return [(token) => token.text === word, { kind: 'exact', word }];
    const wordStem = stem(word, locale);
    return [(token) => token.text === word || (!token.placeholder && stemOf(token, locale) === wordStem), { kind: 'stem', word, stem: wordStem }];
  });
  return { tests: tested.map(([test]) => test), first: tested[0][1] };
}

/** One test for all of an item's one-word alternatives: set lookups instead of a loop over them. */
function combineSingles(tests: WordTest[], locale: Locale): TokenTest | undefined {
  if (tests.length === 0) return undefined;
  if (tests.some((test) => test.kind === 'any')) return (token) => !token.placeholder;
  const forms = new Set<string>();
  const stems = new Set<string>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  const fragments: RegExp[] = [];
  for (const test of tests) {
    if (test.kind === 'exact') forms.add(test.word);
    else if (test.kind === 'stem') {
      forms.add(test.word);
      stems.add(test.stem);
    } else if (test.kind === 'prefix') prefixes.push(test.word);
    else if (test.kind === 'suffix') suffixes.push(test.word);
    else if (test.kind === 'fragment') fragments.push(test.regex);
  }
  return (token) => {
    if (token.placeholder) return false;
    const text = token.text;
    if (forms.has(text)) return true;
    for (const prefix of prefixes) if (text.startsWith(prefix)) return true;
    for (const suffix of suffixes) if (text.endsWith(suffix)) return true;
    for (const fragment of fragments) if (fragment.test(text)) return true;
    return stems.size > 0 && stems.has(stemOf(token, locale));
  };
}

interface TrieNode {
  keys: number[];
  next: Map<string, TrieNode>;
}

function insert(root: TrieNode, word: string, key: number, backwards: boolean) {
  let node = root;
  const letters = backwards ? [...word].reverse() : [...word];
  for (const letter of letters.join('')) {
    let child = node.next.get(letter);
    if (!child) node.next.set(letter, (child = { keys: [], next: new Map() }));
    node = child;
  }
  if (node.keys.at(-1) !== key) node.keys.push(key);
}

/**
 * Every item of every word pattern of one locale, by what its alternatives' first words look for. A
 * text's words are looked up once (form, stem, each beginning and ending), which fills the items they
 * can start. New patterns are added as they are compiled.
 */
class WordIndex {
  readonly locale: Locale;
  readonly patterns: WordPattern[] = [];
  /** Item keys: pattern id * 64 + item index. */
  readonly forms = new Map<string, number[]>();
  readonly stems = new Map<string, number[]>();
  /** Beginnings as a trie walked along a word's letters, endings as one walked backwards. */
  readonly prefixes: TrieNode = { keys: [], next: new Map() };
  readonly suffixes: TrieNode = { keys: [], next: new Map() };
  readonly fragments: { regex: RegExp; keys: number[] }[] = [];
  readonly any: number[] = [];
  constructor(locale: Locale) {
    this.locale = locale;
  }

  add(pattern: WordPattern) {
    this.patterns.push(pattern);
    pattern.items.forEach((item, index) => {
      const key = pattern.id * 64 + index;
      for (const { first } of item.alternatives) {
        const enter = (map: Map<string, number[]>, word: string) => {
          const keys = map.get(word);
          if (!keys) map.set(word, [key]);
          else if (keys.at(-1) !== key) keys.push(key);
        };
        if (first.kind === 'exact') enter(this.forms, first.word);
        else if (first.kind === 'stem') {
          enter(this.forms, first.word);
          enter(this.stems, first.stem);
        } else if (first.kind === 'prefix') insert(this.prefixes, first.word, key, false);
        else if (first.kind === 'suffix') insert(this.suffixes, first.word, key, true);
        else if (first.kind === 'fragment') this.fragments.push({ regex: first.regex, keys: [key] });
        else this.any.push(key);
      }
    });
  }

  /**
   * The item keys a word may fill. They depend on the word alone, so they are remembered per word
   * (until new patterns are added): a handbook's replies share most of their words.
   */
  #keysOf = new Map<string, readonly number[]>();
  #keysFor = 0;
  keysOf(text: string): readonly number[] {
    if (this.#keysFor !== this.patterns.length) {
      this.#keysOf = new Map();
      this.#keysFor = this.patterns.length;
    }
    let keys = this.#keysOf.get(text);
    if (keys) return keys;
    const found: number[] = [];
    const add = (more: readonly number[] | undefined) => {
      if (more) for (const key of more) found.push(key);
    };
    add(this.forms.get(text));
    if (this.stems.size > 0) add(this.stems.get(stem(text, this.locale)));
    for (let node: TrieNode | undefined = this.prefixes, at = 0; node && at < text.length; at++) {
      node = node.next.get(text[at]);
      if (node?.keys.length) add(node.keys);
    }
    for (let node: TrieNode | undefined = this.suffixes, at = text.length - 1; node && at >= 0; at--) {
      node = node.next.get(text[at]);
      if (node?.keys.length) add(node.keys);
    }
    for (const fragment of this.fragments) if (fragment.regex.test(text)) add(fragment.keys);
    keys = found;
    if (this.#keysOf.size >= 100_000) this.#keysOf.clear();
    this.#keysOf.set(text, keys);
    return keys;
  }

  /** For each word of a text, the item keys it may start. */
  lookUp(tokens: readonly Token[]): { filled: Set<number>; startsOf: Map<number, number[]> } {
    const filled = new Set<number>(this.any);
    const startsOf = new Map<number, number[]>();
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      if (token.placeholder) continue;
      for (const key of this.keysOf(token.text)) {
        filled.add(key);
        if (key % 64 !== 0) continue; // only first items start a pattern
        const starts = startsOf.get(key);
        if (!starts) startsOf.set(key, [index]);
        else if (starts.at(-1) !== index) starts.push(index);
      }
    }
    return { filled, startsOf };
  }

}

const indexes = new Map<Locale, WordIndex>();
const indexFor = (locale: Locale) => {
  let index = indexes.get(locale);
  if (!index) indexes.set(locale, (index = new WordIndex(locale)));
  return index;
};

/**
 * Which patterns can match a text, and from which words: computed once per text for every pattern of
 * its locale, then asked per pattern.
 */
export class WordLookup {
  readonly #tokens: readonly Token[];
  readonly #filled: Set<number>;
  readonly #startsOf: Map<number, number[]>;
  constructor(tokens: readonly Token[], locale: Locale) {
    this.#tokens = tokens;
    ({ filled: this.#filled, startsOf: this.#startsOf } = indexFor(locale).lookUp(tokens));
  }

  /** The words the pattern may start at (none: it cannot match this text). */
  starts(pattern: WordPattern): readonly number[] {
    const { items, id } = pattern;
    for (let index = 0; index < items.length; index++) {
      if (!items[index].optional && !this.#filled.has(id * 64 + index)) return [];
    }
    // An optional first item: the pattern may start anywhere its first required item could be reached.
    if (items[0].optional) return this.#tokens.map((_, index) => index);
    return this.#startsOf.get(id * 64) ?? [];
  }
}

/**
 * Parses a word pattern for a locale; throws a WordPatternError for one that cannot be matched.
 * With `exactWords`, a plain word matches only that form (for function words such as negators and
 * "ago" words, whose stems would meet unrelated words: Hungarian "órája" and "órán" share "ór").
 * Compiled once per process: the checks compile the same rules on each run.
 */
const compiledPatterns = new Map<string, WordPattern>();

export function compileWordPattern(source: string, locale: Locale, fragments: Record<string, string>, exactWords = false): WordPattern {
  const key = `${locale}\u0000${exactWords}\u0000${source}`;
  let compiled = compiledPatterns.get(key);
  if (!compiled) {
    compiled = parseWordPattern(source, locale, fragments, exactWords);
    compiledPatterns.set(key, compiled);
    indexFor(locale).add(compiled);
  }
  return compiled;
}

function parseWordPattern(source: string, locale: Locale, fragments: Record<string, string>, exactWords: boolean): WordPattern {
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
    const singles = alternatives.filter((alternative) => alternative.tests.length === 1);
    items.push({ alternatives, optional, gapBefore, single: combineSingles(singles.map((alternative) => alternative.first), locale), multi: alternatives.filter((alternative) => alternative.tests.length > 1) });
    gapBefore = false;
  }
  if (gapBefore) throw new WordPatternError(source, 'it ends with a gap (…): end it with a word');
  if (items.length === 0 || items.every((item) => item.optional)) throw new WordPatternError(source, 'it has no required word');
  if (items.length >= 64) throw new WordPatternError(source, 'it has more than 63 words');
  return { source, locale, items, id: indexFor(locale).patterns.length };
}

/** Whether each word starts a new clause ("but", "because"…): computed once per text by the caller. */
export type ClauseStarts = (index: number) => boolean;

/** The end (exclusive) of an alternative matched at `position`, or -1. */
function matchAlternative({ tests }: Alternative, tokens: readonly Token[], position: number): number {
  if (position + tests.length > tokens.length) return -1;
  for (let offset = 0; offset < tests.length; offset++) {
    const token = tokens[position + offset];
    if (offset > 0 && token.breakBefore !== 'none') return -1;
    if (!tests[offset](token)) return -1;
  }
  return position + tests.length;
}

/**
 * One search for a pattern in one text: `failed` remembers (item, word, gap forced) states that
 * cannot lead to a match, whatever came before them, so a pattern with several gaps never searches
 * the same ground twice.
 */
interface Search {
  items: Item[];
  tokens: readonly Token[];
  clauseStarts: ClauseStarts;
  failed: Set<number>;
}

/** After item `index` matched words [start, end): the words skipped before it are a gap; match the rest. */
function matchRest(search: Search, index: number, position: number, start: number, end: number, gaps: number[]): number {
  const skipped = gaps.length;
  for (let gap = position; gap < start; gap++) gaps.push(gap);
  const last = matchItems(search, index + 1, end, gaps, false);
  if (last === -1) gaps.length = skipped;
  return last;
}

function matchItems(search: Search, index: number, position: number, gaps: number[], forceGap: boolean): number {
  const { items, tokens, clauseStarts } = search;
  if (index === items.length) return position - 1;
  const key = (position * 64 + index) * 2 + (forceGap ? 1 : 0);
  if (search.failed.has(key)) return -1;
  const item = items[index];
  const first = index === 0;
  const gapBefore = item.gapBefore || forceGap;
  // Where the item may start: right here, or (after a gap) a few words on, within the clause.
  const furthest = first || !gapBefore ? position : Math.min(tokens.length - 1, position + MAX_GAP);
  for (let start = position; start <= furthest && start < tokens.length; start++) {
    const token = tokens[start];
    if (!first) {
      if (token.breakBefore === 'stop') break;
      if (!gapBefore && token.breakBefore !== 'none') break;
      // A skipped word may not start a new clause.
      if (start > position && clauseStarts(start - 1)) break;
    }
    if (item.single?.(token)) {
      const last = matchRest(search, index, position, start, start + 1, gaps);
      if (last !== -1) return last;
    }
    for (const alternative of item.multi) {
      const end = matchAlternative(alternative, tokens, start);
      if (end === -1) continue;
      const last = matchRest(search, index, position, start, end, gaps);
      if (last !== -1) return last;
    }
  }
  if (item.optional) {
    // Skipped: its gap (if any) carries over to the next item.
    const last = matchItems(search, index + 1, position, gaps, gapBefore && !first);
    if (last !== -1) return last;
  }
  search.failed.add(key);
  return -1;
}

/**
 * Every match of a pattern, left to right, not overlapping. With a lookup (WordLookup) of the same
 * words, only the words that can start it are tried.
 */
export function matchWordPattern(pattern: WordPattern, tokens: readonly Token[], clauseStarts: ClauseStarts = () => false, lookup?: WordLookup): WordMatch[] {
  const matches: WordMatch[] = [];
  const search: Search = { items: pattern.items, tokens, clauseStarts, failed: new Set() };
  const starts = lookup ? lookup.starts(pattern) : tokens.map((_, index) => index);
  let after = -1;
  for (const start of starts) {
    if (start <= after) continue;
    const gaps: number[] = [];
    const last = matchItems(search, 0, start, gaps, false);
    if (last === -1 || last < start) continue;
    matches.push({ first: start, last, gaps });
    after = last;
  }
  return matches;
}

/** Whether the pattern matches starting exactly at word `index`. */
export function matchesAt(pattern: WordPattern, tokens: readonly Token[], index: number, clauseStarts: ClauseStarts = () => false): WordMatch | undefined {
  const gaps: number[] = [];
  const last = matchItems({ items: pattern.items, tokens, clauseStarts, failed: new Set() }, 0, index, gaps, false);
  return last === -1 || last < index ? undefined : { first: index, last, gaps };
}
