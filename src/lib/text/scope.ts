/**
 * Negation and tense around a match, from the language data (language.ts):
 *  - negated: a negator ("not", "nie", "nem", "nu", "no", "ei"…) or a concessive ("even if") earlier in the same clause, at most
 *    eight words back, or inside the match's gaps ("we did not delete … comment"), and not the start
 *    of an idiom that negates nothing ("don't worry, …"). The clause ends at a full stop, a colon, a
 *    conjunction that starts a new clause, or a comma, unless the comma opens a "that" clause, which the
 *    negation still reaches ("nie uważamy, że to Pana wina").
 *  - past: a past marker ("ago", "temu", "ezelőtt", "acum 10 minute", "hace", "sitten"…) or a schedule
 *    word ("open", "weekdays", "from … to") in the match or within four words of it in the same clause:
 *    "we replied 10 minutes ago" and "we're open until 6 pm" are no promises.
 */
import type { Locale } from '../i18n/locales.ts';
import { languageData } from './language.ts';
import { foldText } from './normalize.ts';
import { plainWord, type Token } from './tokens.ts';
import { compileWordPattern, matchesAt, type ClauseStarts, type WordMatch, type WordPattern } from './words.ts';

export const NEGATION_REACH = 8;
export const PAST_REACH = 4;

interface Scope {
  /** Clause starts that are one plain word, looked up in a set; the others are patterns. */
  clauseStartWords: Set<string>;
  negators: WordPattern[];
  notNegating: WordPattern[];
  clauseStarts: WordPattern[];
  complements: WordPattern[];
  pastMarkers: WordPattern[];
}

const scopes = new Map<Locale, Scope>();

export function scopeFor(locale: Locale): Scope {
  let scope = scopes.get(locale);
  if (!scope) {
    const language = languageData(locale);
    const compile = (patterns: string[]) => patterns.map((pattern) => compileWordPattern(pattern, locale, language.fragments, true));
    scope = {
      negators: compile([...language.negators, ...language.concessives]),
      notNegating: compile(language.notNegating),
      clauseStartWords: new Set(language.clauseStarts.filter(isPlainWord).map((word) => plainWord(foldText(word).toLowerCase(), locale))),
      clauseStarts: compile(language.clauseStarts.filter((word) => !isPlainWord(word))),
      complements: compile(language.complements),
      pastMarkers: compile([...language.pastMarkers, ...language.scheduleMarkers]),
    };
    scopes.set(locale, scope);
  }
  return scope;
}

const startsWithAny = (patterns: WordPattern[], tokens: readonly Token[], index: number) => patterns.some((pattern) => matchesAt(pattern, tokens, index) !== undefined);

/** One word without pattern syntax, which a set lookup can find. */
const isPlainWord = (word: string) => /^[\p{L}\p{M}']+$/u.test(word);

/** Which words of a text start a new clause ("but", "because"…), computed on first question and remembered. */
export function clauseStartsOf(tokens: readonly Token[], locale: Locale): ClauseStarts {
  const scope = scopeFor(locale);
  const known = new Int8Array(tokens.length); // 0 unknown, 1 yes, 2 no
  return (index) => {
    if (known[index] === 0) {
      const starts = scope.clauseStartWords.has(tokens[index].text) || (scope.clauseStarts.length > 0 && startsWithAny(scope.clauseStarts, tokens, index));
      known[index] = starts ? 1 : 2;
    }
    return known[index] === 1;
  };
}

function isNegator(tokens: readonly Token[], index: number, scope: Scope): boolean {
  return startsWithAny(scope.negators, tokens, index) && !startsWithAny(scope.notNegating, tokens, index);
}

/** Whether a match (words first..last, with its gaps) is negated in its clause. */
export function isNegated(tokens: readonly Token[], match: WordMatch, locale: Locale, clauseStarts: ClauseStarts): boolean {
  const scope = scopeFor(locale);
  if (match.gaps.some((index) => isNegator(tokens, index, scope))) return true;
  for (let index = match.first - 1; index >= 0 && index >= match.first - NEGATION_REACH; index--) {
    const after = tokens[index + 1];
    if (after.breakBefore === 'stop') return false;
    if (after.breakBefore === 'comma' && !startsWithAny(scope.complements, tokens, index + 1)) return false;
    if (isNegator(tokens, index, scope)) return true;
    if (clauseStarts(index)) return false;
  }
  return false;
}

/** Whether a past marker sits in the match or next to it, in the same clause. */
export function isPast(tokens: readonly Token[], match: WordMatch, locale: Locale, clauseStarts: ClauseStarts): boolean {
  const scope = scopeFor(locale);
  const marker = (index: number) => scope.pastMarkers.some((pattern) => {
    const found = matchesAt(pattern, tokens, index);
    return found !== undefined && found.last - found.first <= PAST_REACH;
  });
  for (let index = match.first; index <= match.last; index++) if (marker(index)) return true;
  for (let index = match.first - 1; index >= 0 && index >= match.first - PAST_REACH; index--) {
    const after = tokens[index + 1];
    if (after.breakBefore === 'stop') break;
    // "we wrote, that the sale lasts until Sunday": a past verb reaches into its "that" clause.
    if (after.breakBefore === 'comma' && !startsWithAny(scope.complements, tokens, index + 1)) break;
    if (marker(index)) return true;
    if (clauseStarts(index) && !startsWithAny(scope.complements, tokens, index)) break;
  }
  for (let index = match.last + 1; index < tokens.length && index <= match.last + PAST_REACH; index++) {
    if (tokens[index].breakBefore !== 'none' || clauseStarts(index)) break;
    if (marker(index)) return true;
  }
  return false;
}

/** The words that a stretch [start, end) of the text covers, as a match without gaps. */
export function wordsIn(tokens: readonly Token[], start: number, end: number): WordMatch | undefined {
  let first = -1;
  let last = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.end <= start) continue;
    if (token.start >= end) break;
    if (first === -1) first = index;
    last = index;
  }
  return first === -1 ? undefined : { first, last, gaps: [] };
}
