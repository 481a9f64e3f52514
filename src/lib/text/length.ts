/**
 * How long a reply is on each channel, counted the way the channel counts:
 * - X: twitter-text's weighted length (v3): a URL counts 23, an emoji 2, characters outside the
 *   Latin/punctuation ranges 2, everything else 1, after NFC; the limit is 280.
 * - SMS: GSM-7 septets (extension characters count 2) or, with any other character, UTF-16 units
 *   (UCS-2); a message may take up to three concatenated segments.
 * - Everything else: user-perceived characters (grapheme clusters).
 * Used by the build's length check and by the live counter on template pages, so both agree.
 */
import type { Channel } from '../schema.ts';

/** Characters a channel accepts in one reply; no entry means no practical limit. */
export const CHANNEL_LIMITS: Partial<Record<Channel, number>> = {
  x: 280,
  instagram: 2200,
  facebook: 8000,
  linkedin: 1250,
  dm: 1000,
};

export const SMS_MAX_SEGMENTS = 3;
const URL = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/giu;
const X_URL_WEIGHT = 23;
/** twitter-text v3: code points in these ranges weigh 1 (100/100); all others weigh 2 (200/100). */
const X_LIGHT_RANGES: [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const COMPLEX = /[\p{M}\uD800-\uDFFF\u200D\uFE0F]/u;
/** Characters that weigh 1 on X and never start an emoji: the common case, counted without segmenting. */
const X_LIGHT_ONLY = /^[\u0000-\u10FF\u2000-\u200C\u2010-\u201F\u2032-\u2037]*$/;

export function countGraphemes(text: string): number {
  if (!COMPLEX.test(text)) return text.length;
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

function xWeight(text: string): number {
  if (X_LIGHT_ONLY.test(text) && !EMOJI.test(text)) return text.length;
  let weight = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (EMOJI.test(segment)) {
      weight += 2;
      continue;
    }
    for (const char of segment) {
      const code = char.codePointAt(0)!;
      weight += X_LIGHT_RANGES.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
    }
  }
  return weight;
}

/** X's weighted length of a text. */
export function countForX(text: string): number {
  const normalized = text.normalize('NFC');
  let total = 0;
  let last = 0;
  for (const match of normalized.matchAll(URL)) {
    total += xWeight(normalized.slice(last, match.index)) + X_URL_WEIGHT;
    last = match.index + match[0].length;
  }
  return total + xWeight(normalized.slice(last));
}

const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENSION = new Set('^{}\\[~]|€\f');

export interface SmsLength {
  encoding: 'gsm-7' | 'ucs-2';
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
  /** The most units that fit in SMS_MAX_SEGMENTS segments of this encoding. */
  limit: number;
}

export function countForSms(text: string): SmsLength {
  let septets = 0;
  let gsm = true;
  for (const char of text) {
    if (GSM_BASIC.has(char)) septets += 1;
    else if (GSM_EXTENSION.has(char)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  const [units, single, multi] = gsm ? [septets, 160, 153] : [text.length, 70, 67];
  const segments = units <= single ? 1 : Math.ceil(units / multi);
  return { encoding: gsm ? 'gsm-7' : 'ucs-2', units, segments, limit: multi * SMS_MAX_SEGMENTS };
}

/** The count and the limit of a text on a channel; `limit` is undefined where there is none. */
export function measureForChannel(text: string, channel: Channel): { count: number; limit: number | undefined } {
  if (channel === 'x') return { count: countForX(text), limit: CHANNEL_LIMITS.x };
  if (channel === 'sms') {
    const sms = countForSms(text);
    return { count: sms.units, limit: sms.limit };
  }
  return { count: countGraphemes(text), limit: CHANNEL_LIMITS[channel] };
}
