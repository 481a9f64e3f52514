/**
 * How long a reply is on each channel, counted the way the channel counts:
 * - X: twitter-text's weighted length (config v3), after NFC: a URL weighs 23 whatever its length, an
 *   emoji (a whole sequence: skin tones, ZWJ families, flags, keycaps) 2, a code point in the
 *   Latin/punctuation ranges below 1, any other code point 2; the limit is 280.
 * - SMS: GSM-7 septets (the extension table's characters take 2) or, with any character outside
 *   GSM-7, UCS-2 (UTF-16 units); 160/70 fit one segment, 153/67 per segment when concatenated, and a
 *   reply may take up to three segments.
 * - Everything else: user-perceived characters (grapheme clusters, via Intl.Segmenter).
 * Used by the build's length check and by the live counter on template pages, so both agree; this
 * module therefore runs in browsers too (no Node imports).
 */
import type { Channel } from '../schema.ts';

/** Characters a channel accepts in one reply; no entry (e-mail, website, internal) means no limit. */
export const CHANNEL_LIMITS: Partial<Record<Channel, number>> = {
  x: 280,
  instagram: 2200,
  facebook: 8000,
  linkedin: 1250,
  dm: 1000,
};

export const SMS_MAX_SEGMENTS = 3;

// ---------- X (twitter-text v3) ----------
export const X_URL_WEIGHT = 23;
/** twitter-text v3 config: code points in these ranges weigh 100 (count 1); the default weight 200 counts 2. */
export const X_LIGHT_RANGES: readonly [number, number][] = [
  [0, 4351], // Latin, Greek, Cyrillic, Hebrew, Arabic, … up to Hangul Jamo
  [8192, 8205], // spaces
  [8208, 8223], // dashes and quotation marks
  [8242, 8247], // primes
];

const GENERIC_TLDS =
  'com|org|net|edu|gov|mil|int|info|biz|name|pro|app|dev|shop|store|online|site|xyz|blog|news|club|tech|cloud|page|link|live|email|help|support|events|tickets|group|media|agency|company|services|social|travel|museum|jobs|mobi|aero|coop';
/**
 * URLs as twitter-text finds them: with a protocol; or without one, for a domain ending in a
 * generic TLD, a `www.` or other subdomain, or a country TLD followed by a path (twitter-text leaves
 * a bare "example.pl" alone). Not after a letter, digit, @, $, # or a dot/slash/dash.
 */
const URL_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}@$#._/-])(?:https?://[^\s<>"]+` +
    String.raw`|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${GENERIC_TLDS})(?![\p{L}\p{N}-])(?:[/?#][^\s<>"]*)?` +
    String.raw`|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.){2,}[a-z]{2}(?![\p{L}\p{N}-])(?:[/?#][^\s<>"]*)?` +
    String.raw`|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.[a-z]{2}(?![\p{L}\p{N}-])[/?#][^\s<>"]*)`,
  'giu',
);
/** Punctuation that ends a sentence, not a URL (twitter-text drops it from the link). */
const URL_TRAILING = /[.,;:!?'"”’»)\]]+$/u;

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
/** Only code points that weigh 1 and never belong to an emoji: counted without segmenting. */
const X_LIGHT_ONLY = /^[\u0000-\u00A8\u00AA-\u00AD\u00AF-\u10FF\u2000-\u200C\u2010-\u201F\u2032-\u2037]*$/;

let graphemeSegmenter: Intl.Segmenter | undefined;
const graphemes = (text: string) => (graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text);

/** Marks, surrogates, joiners and variation selectors: where a grapheme can differ from a code unit. */
const COMPLEX = /[\p{M}\uD800-\uDFFF\u200D\uFE0E\uFE0F\r]/u;

/** User-perceived characters. */
export function countGraphemes(text: string): number {
  if (!COMPLEX.test(text)) return text.length;
  let count = 0;
  for (const _ of graphemes(text)) count++;
  return count;
}

function xWeightOf(code: number): number {
  for (const [from, to] of X_LIGHT_RANGES) if (code >= from && code <= to) return 1;
  return 2;
}

/** X weight of text that contains no URL. */
function xWeight(text: string): number {
  if (X_LIGHT_ONLY.test(text)) return text.length;
  let weight = 0;
  for (const { segment } of graphemes(text)) {
    if (EMOJI.test(segment)) {
      weight += 2;
      continue;
    }
    for (const char of segment) weight += xWeightOf(char.codePointAt(0)!);
  }
  return weight;
}

/** The URLs twitter-text would shorten, as [start, end) offsets. */
export function findUrls(text: string): [number, number][] {
  const urls: [number, number][] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    // A closing parenthesis belongs to the URL only when the URL opened one.
    const trailing = URL_TRAILING.exec(url);
    if (trailing) {
      let cut = trailing[0];
      if (cut.startsWith(')') && (url.match(/\(/g)?.length ?? 0) > (url.slice(0, -cut.length).match(/\)/g)?.length ?? 0)) cut = cut.slice(1);
      url = url.slice(0, url.length - cut.length);
    }
    if (url) urls.push([match.index, match.index + url.length]);
  }
  return urls;
}

/** X's weighted length of a text. */
export function countForX(text: string): number {
  const normalized = text.normalize('NFC');
  let total = 0;
  let last = 0;
  for (const [start, end] of findUrls(normalized)) {
    total += xWeight(normalized.slice(last, start)) + X_URL_WEIGHT;
    last = end;
  }
  return total + xWeight(normalized.slice(last));
}

// ---------- SMS ----------
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
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / multi);
  return { encoding: gsm ? 'gsm-7' : 'ucs-2', units, segments, limit: multi * SMS_MAX_SEGMENTS };
}

// ---------- any channel ----------
export interface ChannelLength {
  /** In the channel's own unit: weighted characters on X, septets or UTF-16 units in an SMS, else characters. */
  count: number;
  /** Undefined where the channel has no limit. */
  limit: number | undefined;
  /** For SMS: the encoding and number of segments. */
  sms?: SmsLength;
}

/** The count and the limit of a text on a channel. */
export function measureForChannel(text: string, channel: Channel): ChannelLength {
  if (channel === 'x') return { count: countForX(text), limit: CHANNEL_LIMITS.x };
  if (channel === 'sms') {
    const sms = countForSms(text);
    return { count: sms.units, limit: sms.limit, sms };
  }
  return { count: countGraphemes(text), limit: CHANNEL_LIMITS[channel] };
}
