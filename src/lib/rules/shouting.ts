/**
 * Shouting: a word of at least `minLetters` letters written all in capitals ("UNACCEPTABLE",
 * "ELFOGADHATATLAN", "NIEDOPUSZCZALNE"), or two or more exclamation marks ("!!", "¡¡"). Short
 * acronyms (SMS, DM, FAQ) stay below the threshold. Letters may carry combining marks, so a
 * decomposed "É" is still one capital letter.
 */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

/** Compiled once per check (global, Unicode); use with matchAll or reset lastIndex. */
export function compileShouting(minLetters: number): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:\\p{Lu}\\p{M}*){${minLetters},}(?!${WORD_CHAR})|[!¡！]{2,}`, 'gu');
}

export interface Shout {
  start: number;
  end: number;
  text: string;
}

/** A bracketed label ("[UPDATE, 11:40]", "[AKTUALIZACJA]") heads a status post; its capitals are no shout. */
const LABEL = /\[[^\[\]\n]{1,60}\]/g;

export function findShouting(pattern: RegExp, text: string): Shout[] {
  pattern.lastIndex = 0;
  const labels = text.includes('[') ? [...text.matchAll(LABEL)].map((match) => [match.index, match.index + match[0].length]) : [];
  return [...text.matchAll(pattern)]
    .filter((match) => !labels.some(([start, end]) => match.index >= start && match.index < end))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}
