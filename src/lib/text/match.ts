/**
 * Patterns from rule data, compiled to match whole words in any of the six languages. JavaScript's
 * `\b` only knows ASCII letters, so the boundaries are Unicode lookarounds instead: a pattern never
 * matches inside a longer word ("nap" in "napló", "lol" in "lolly").
 */
import { foldText, normalizeWithOffsets, type NormalizedText } from './normalize.ts';

const WORD = '[\\p{L}\\p{M}\\p{N}_]';

export class PatternError extends Error {
  readonly pattern: string;
  constructor(pattern: string, reason: string) {
    super(reason);
    this.pattern = pattern;
  }
}

/** Compiles one pattern (case-insensitive, Unicode) with word boundaries; throws PatternError if invalid. */
export function compilePattern(pattern: string): RegExp {
  const source = foldText(pattern);
  try {
    new RegExp(source, 'u');
    return new RegExp(`(?<!${WORD})(?:${source})(?!${WORD})`, 'giu');
  } catch (error) {
    throw new PatternError(pattern, error instanceof Error ? error.message : String(error));
  }
}

export interface Match {
  /** Offsets in the original (not normalised) text. */
  start: number;
  end: number;
  text: string;
}

/**
 * All of a check's patterns as one regular expression, so a text is scanned once per check rather
 * than once per pattern. Each pattern is compiled on its own first, so an invalid one is reported alone.
 */
export function combinePatterns(patterns: readonly string[]): RegExp | undefined {
  if (patterns.length === 0) return undefined;
  return new RegExp(`(?<!${WORD})(?:${patterns.map((pattern) => `(?:${foldText(pattern)})`).join('|')})(?!${WORD})`, 'giu');
}

/** Every match of any of the patterns in a text, with offsets in the original text. */
export function findMatches(patterns: readonly RegExp[], original: string | NormalizedText, source?: string): Match[] {
  if (patterns.length === 0) return [];
  const normalized = typeof original === 'string' ? normalizeWithOffsets(original) : original;
  const text = typeof original === 'string' ? original : (source ?? normalized.text);
  const matches: Match[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const match of normalized.text.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      const start = normalized.offsets[match.index];
      const end = normalized.offsets[match.index + match[0].length];
      matches.push({ start, end, text: text.slice(start, end) });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

export function anyMatch(patterns: readonly RegExp[], original: string | NormalizedText): boolean {
  const text = typeof original === 'string' ? normalizeWithOffsets(original).text : original.text;
  return patterns.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}
