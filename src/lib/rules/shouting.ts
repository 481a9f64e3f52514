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

/**
 * A single capitalised word of a few letters more than the threshold at most ("KESKEN", "PENDING",
 * "ORLEN"), with nothing else shouting in the text, reads as a status, a label or a brand; two such
 * words, a longer one ("UNACCEPTABLE") or "!!" read as shouting.
 */
const LONE_WORD_SLACK = 3;

export function findShouting(pattern: RegExp, text: string, minLetters = 5): Shout[] {
  pattern.lastIndex = 0;
  const labels = text.includes('[') ? [...text.matchAll(LABEL)].map((match) => [match.index, match.index + match[0].length]) : [];
  const shouts = [...text.matchAll(pattern)]
    .filter((match) => !labels.some(([start, end]) => match.index >= start && match.index < end))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
  if (shouts.length === 1 && /\p{L}/u.test(shouts[0].text)) {
    const letters = shouts[0].text.replace(/\p{M}/gu, '').length;
    if (letters < minLetters + LONE_WORD_SLACK) return [];
  }
  return shouts;
}
