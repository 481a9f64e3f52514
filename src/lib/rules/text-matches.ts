/**
 * What a forbidden or required check finds in one block of text: the matches of its regular
 * expressions and of its word patterns, less (for forbidden checks) those negated in their clause and,
 * where the check asks, those next to a past marker. The block's words are computed once and shared by
 * every check; each word pattern is only searched from the words that can start it (words.ts).
 */
import type { Locale } from '../i18n/locales.ts';
import { anyMatch, findMatches, type Match } from '../text/match.ts';
import { originalRange, type NormalizedText } from '../text/normalize.ts';
import { clauseStartsOf, isNegated, isPast, wordsIn } from '../text/scope.ts';
import { plainWord, tokenize, type Token } from '../text/tokens.ts';
import { matchWordPattern, WordLookup, type ClauseStarts, type WordMatch } from '../text/words.ts';
import type { CompiledCheck } from './compile-rules.ts';

/** A block of text prepared once and shared by every check of a template. */
export class PreparedText {
  readonly normalized: NormalizedText;
  readonly locale: Locale;
  #tokens?: Token[];
  #clauseStarts?: ClauseStarts;
  /** The text the patterns read: as normalised, and for Romanian without diacritics (same length, same offsets). */
  readonly matchable: NormalizedText;
  constructor(normalized: NormalizedText, locale: Locale) {
    this.normalized = normalized;
    this.locale = locale;
    const plain = plainWord(normalized.text, locale);
    this.matchable = plain === normalized.text ? normalized : { ...normalized, text: plain };
  }
  #lookup?: WordLookup;
  /** Which word patterns can match these words, and where they may start. */
  get lookup(): WordLookup {
    return (this.#lookup ??= new WordLookup(this.tokens, this.locale));
  }
  get tokens(): Token[] {
    return (this.#tokens ??= tokenize(this.normalized.text, this.locale));
  }
  get clauseStarts(): ClauseStarts {
    return (this.#clauseStarts ??= clauseStartsOf(this.tokens, this.locale));
  }
}

function wordMatchToMatch(text: PreparedText, match: WordMatch): Match {
  const tokens = text.tokens;
  const normalizedStart = tokens[match.first].start;
  const normalizedEnd = tokens[match.last].end;
  const [start, end] = originalRange(text.normalized, normalizedStart, normalizedEnd);
  return { start, end, text: text.normalized.original.slice(start, end), normalizedStart, normalizedEnd };
}

/** Whether a match stands: not negated (unless the check keeps negated matches) and not in the past (if asked). */
function stands(compiled: CompiledCheck, text: PreparedText, words: WordMatch | undefined): boolean {
  const { check } = compiled;
  if (check.type !== 'forbidden' || !words) return true;
  if (check.skipNegated !== false && isNegated(text.tokens, words, text.locale, text.clauseStarts)) return false;
  if (check.skipPast && isPast(text.tokens, words, text.locale, text.clauseStarts)) return false;
  return true;
}

const needsScope = (compiled: CompiledCheck) => compiled.check.type === 'forbidden' && (compiled.check.skipNegated !== false || compiled.check.skipPast === true);

/** Whether the block says something that exempts it from the check (`unless`), not negated. */
function exempted(compiled: CompiledCheck, text: PreparedText): boolean {
  const unless = compiled.unless?.get(text.locale);
  if (!unless) return false;
  return unless.some((pattern) => matchWordPattern(pattern, text.tokens, text.clauseStarts, text.lookup).some((words) => !isNegated(text.tokens, words, text.locale, text.clauseStarts)));
}

/** Every standing match of a text check in a block, sorted by position, overlapping ones merged into the first. */
export function findCheckMatches(compiled: CompiledCheck, text: PreparedText, limit = Infinity): Match[] {
  const found = findAllMatches(compiled, text, limit);
  return found.length > 0 && exempted(compiled, text) ? [] : found;
}

function findAllMatches(compiled: CompiledCheck, text: PreparedText, limit: number): Match[] {
  const found: Match[] = [];
  const patterns = compiled.patterns.get(text.locale) ?? [];
  const scoped = needsScope(compiled);
  // Is anything there at all (a required element)? The expressions can stop at their first match.
  if (limit === 1 && !scoped && anyMatch(patterns, text.matchable)) return findMatches(patterns, text.matchable).slice(0, 1);
  for (const match of findMatches(patterns, text.matchable)) {
    if (scoped && !stands(compiled, text, wordsIn(text.tokens, match.normalizedStart, match.normalizedEnd))) continue;
    found.push(match);
    if (found.length >= limit) return found;
  }
  for (const pattern of compiled.words.get(text.locale) ?? []) {
    if (text.lookup.starts(pattern).length === 0) continue;
    for (const words of matchWordPattern(pattern, text.tokens, text.clauseStarts, text.lookup)) {
      if (scoped && !stands(compiled, text, words)) continue;
      found.push(wordMatchToMatch(text, words));
      if (found.length >= limit) return found;
    }
  }
  return sortMatches(found);
}

/** Sorted by position; a regular expression and a word pattern (or two patterns) finding the same words report them once. */
function sortMatches(found: Match[]): Match[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((match, index) => index === 0 || found.slice(0, index).every((other) => match.start >= other.end));
}

/** Whether a check finds anything in a block (for required elements and rule examples). */
export function checkFinds(compiled: CompiledCheck, text: PreparedText): boolean {
  return findCheckMatches(compiled, text, 1).length > 0;
}
