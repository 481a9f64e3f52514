/**
 * "Did you mean …?" for a misspelt id, field or option: the candidate nearest by edit distance,
 * if it is near enough to be a slip (about one edit in three characters) rather than another word.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const wanted = input.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < (best?.distance ?? Infinity)) best = { candidate, distance };
  }
  if (!best || best.candidate === input) return undefined;
  return best.distance <= Math.max(1, Math.floor(Math.max(input.length, best.candidate.length) / 3)) ? best.candidate : undefined;
}

/** `Did you mean "x"? ` (to start a note) when an unknown id looks like a slip for a known one, else ''. */
export function didYouMean(id: string, known: Iterable<string>): string {
  const suggestion = closest(id, [...known]);
  return suggestion ? `Did you mean "${suggestion}"? ` : '';
}

/** Levenshtein distance, with a swap of two neighbouring letters counted as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}
