/**
 * Text as the rules see it: NFC, with Romanian cedilla letters folded into their comma-below forms
 * (ş→ș, ţ→ț, both cases), which many keyboards still type, and the typographic apostrophe folded into
 * the ASCII one (so "don’t" and "don't" are the same word to a pattern). Every offset of the
 * normalised text maps back to the original, so a finding points at the author's own characters.
 * Patterns are folded the same way (foldText), so either spelling in a rule matches either in a reply.
 */
const FOLD: Record<string, string> = { ş: 'ș', Ş: 'Ș', ţ: 'ț', Ţ: 'Ț', '\u2019': "'", '\u02BC': "'" };
const FOLDABLE = /[şŞţŢ\u2019\u02BC]/g;
const HAS_FOLDABLE = /[şŞţŢ\u2019\u02BC]/;

/** NFC plus the folding, for patterns and for text whose offsets do not matter. */
export function foldText(text: string): string {
  return text.normalize('NFC').replace(FOLDABLE, (char) => FOLD[char]);
}

export interface NormalizedText {
  /** The text as given, which `offsets` point into. */
  original: string;
  text: string;
  /**
   * For each UTF-16 offset of `text`, the offset in the original text it comes from; one extra
   * entry maps the end of `text` to the end of the original.
   */
  offsets: number[];
}

/**
 * The units NFC may merge: a base with the combining marks that follow it, or a run of conjoining
 * Hangul jamo. NFC never composes across these units, so normalising unit by unit gives the same
 * text as normalising the whole, while keeping track of where each unit started.
 */
const UNIT =
  /[\u1100-\u115F\uA960-\uA97F]+[\u1160-\u11A7\uD7B0-\uD7C6]*[\u11A8-\u11FF\uD7CB-\uD7FB]*\p{M}*|[\uAC00-\uD7A3][\u11A8-\u11FF\uD7CB-\uD7FB]*\p{M}*|\P{M}\p{M}*|\p{M}+/gsu;

export function normalizeWithOffsets(original: string): NormalizedText {
  // Most text is already NFC without foldable letters: then the mapping is the identity.
  if (!HAS_FOLDABLE.test(original) && original.normalize('NFC') === original) {
    const offsets = new Array<number>(original.length + 1);
    for (let index = 0; index <= original.length; index++) offsets[index] = index;
    return { original, text: original, offsets };
  }
  let text = '';
  const offsets: number[] = [];
  for (const match of original.matchAll(UNIT)) {
    const folded = foldText(match[0]);
    if (folded === match[0]) {
      // Unchanged unit (the common case even in text needing work): keep exact per-unit offsets.
      for (let index = 0; index < folded.length; index++) offsets.push(match.index + index);
    } else {
      // A composed or folded unit: all of its characters point at where the unit starts.
      for (let index = 0; index < folded.length; index++) offsets.push(match.index);
    }
    text += folded;
  }
  offsets.push(original.length);
  return { original, text, offsets };
}

/**
 * Original [start, end) of a normalised [start, end). The end maps through the last character of the
 * range, so a match ending inside a composed unit still covers that whole unit in the original.
 */
export function originalRange(normalized: NormalizedText, start: number, end: number): [number, number] {
  const { offsets } = normalized;
  const from = offsets[start];
  if (end <= start) return [from, from];
  // The next unit's start is this range's end, unless the next character belongs to the same unit.
  let to = offsets[end];
  if (to === offsets[end - 1]) {
    let next = end;
    while (next < offsets.length - 1 && offsets[next] === offsets[end - 1]) next++;
    to = offsets[next];
  }
  return [from, to];
}

/** 1-based line and column of an offset in a text (columns count UTF-16 units, like unist). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineIndex(text)(offset);
}

/**
 * A reusable offset → {line, column} lookup for one text: the line starts are found once, then each
 * lookup is a binary search, so reporting many findings in one file stays linear.
 */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}
