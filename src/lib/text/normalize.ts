/**
 * Text as the rules see it: NFC, with Romanian cedilla letters folded into their comma-below forms
 * (ş→ș, ţ→ț), which many keyboards still type. Every offset of the normalised text maps back to the
 * original, so a finding points at the author's own characters.
 */
const FOLD: Record<string, string> = { ş: 'ș', Ş: 'Ș', ţ: 'ț', Ţ: 'Ț' };
const FOLDABLE = /[şŞţŢ]/g;
const FOLDABLE_TEST = /[şŞţŢ]/;

/** NFC plus the ş/ţ folding, for patterns and for text whose offsets do not matter. */
export function foldText(text: string): string {
  return text.normalize('NFC').replace(FOLDABLE, (char) => FOLD[char]);
}

export interface NormalizedText {
  text: string;
  /** Offset in the original text of each offset of `text` (one extra entry for the end). */
  offsets: number[];
}

/**
 * Normalises a base character together with the combining marks that follow it, one cluster at a
 * time, so a decomposed "s + comma below" becomes one character that still maps to its original offset.
 */
export function normalizeWithOffsets(original: string): NormalizedText {
  // Most text is already NFC without cedilla letters: then offsets are the identity, built cheaply.
  if (!FOLDABLE_TEST.test(original) && original.normalize('NFC') === original) {
    return { text: original, offsets: Array.from({ length: original.length + 1 }, (_, index) => index) };
  }
  let text = '';
  const offsets: number[] = [];
  const cluster = /\P{M}\p{M}*|\p{M}+/gsu;
  for (const match of original.matchAll(cluster)) {
    const folded = foldText(match[0]);
    for (let index = 0; index < folded.length; index++) offsets.push(match.index);
    text += folded;
  }
  offsets.push(original.length);
  return { text, offsets };
}

/** 1-based line and column of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
