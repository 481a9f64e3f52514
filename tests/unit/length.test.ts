import { describe, expect, it } from 'vitest';
import { CHANNEL_LIMITS, countForSms, countForX, countGraphemes, findUrls, measureForChannel } from '../../src/lib/text/length.ts';

describe('X length, as twitter-text v3 weighs it', () => {
  it('counts Latin letters, diacritics, punctuation and spaces as 1', () => {
    expect(countForX('hello')).toBe(5);
    expect(countForX('ő ș ñ ä ł')).toBe(9);
    expect(countForX('“quoted” – ok')).toBe(13); // curly quotes and en dash are in the light ranges
  });

  it('counts code points outside the light ranges as 2', () => {
    expect(countForX('日本')).toBe(4);
    expect(countForX('…')).toBe(2); // U+2026 is outside 8208–8223
  });

  it('counts any URL as 23, with or without a protocol, leaving sentence punctuation out', () => {
    expect(countForX('see https://example.com/a/very/long/path/that/goes/on/and/on')).toBe(4 + 23);
    expect(countForX('https://x.co')).toBe(23);
    expect(countForX('see www.example.pl.')).toBe(4 + 23 + 1);
    expect(countForX('see example.com')).toBe(4 + 23);
    expect(countForX('see status.pelda.hu')).toBe(4 + 23);
    expect(countForX('see exemplu.ro/urmarire')).toBe(4 + 23);
    expect(countForX('(https://example.com/x)')).toBe(1 + 23 + 1);
    // A bare country-TLD domain is not a link for twitter-text, nor is an e-mail address.
    expect(countForX('example.pl')).toBe(10);
    expect(findUrls('write to help@example.com')).toEqual([]);
    expect(findUrls('e.g. this, i.e. that, sp. z o.o.')).toEqual([]);
  });

  it('counts an emoji as 2, whatever its sequence', () => {
    expect(countForX('👍')).toBe(2);
    expect(countForX('👍🏽')).toBe(2); // skin tone
    expect(countForX('👩‍👩‍👧')).toBe(2); // ZWJ family
    expect(countForX('🇫🇮')).toBe(2); // flag
    expect(countForX('1️⃣')).toBe(2); // keycap
    expect(countForX('ok 👍')).toBe(5);
  });

  it('normalises to NFC first: a decomposed letter counts once', () => {
    expect(countForX('e\u0301')).toBe(1);
  });

  it('fits 280 and not 281', () => {
    expect(measureForChannel('a'.repeat(280), 'x')).toEqual({ count: 280, limit: 280 });
    expect(measureForChannel('a'.repeat(279) + '😀', 'x').count).toBe(281);
    expect(measureForChannel('a'.repeat(256) + ' https://example.com/' + 'p'.repeat(100), 'x').count).toBe(280);
    expect(measureForChannel('a'.repeat(257) + ' https://example.com/', 'x').count).toBe(281);
  });
});

describe('SMS length', () => {
  it('counts GSM-7 in septets: 160 in one segment, 153 per segment after that, up to three', () => {
    expect(countForSms('Hello')).toEqual({ encoding: 'gsm-7', units: 5, segments: 1, limit: 459 });
    expect(countForSms('a'.repeat(160)).segments).toBe(1);
    expect(countForSms('a'.repeat(161)).segments).toBe(2);
    expect(countForSms('a'.repeat(459)).segments).toBe(3);
    expect(countForSms('a'.repeat(460)).segments).toBe(4);
    expect(countForSms('Straße, señor, Ägypten').encoding).toBe('gsm-7');
  });

  it('counts extension characters as two septets', () => {
    expect(countForSms('€')).toMatchObject({ encoding: 'gsm-7', units: 2 });
    expect(countForSms('[x]')).toMatchObject({ units: 5 });
  });

  it('switches to UCS-2 for any other character: 70 in one segment, 67 after', () => {
    expect(countForSms('Dziękujemy')).toEqual({ encoding: 'ucs-2', units: 10, segments: 1, limit: 201 });
    expect(countForSms('ő'.repeat(70)).segments).toBe(1);
    expect(countForSms('ő'.repeat(71)).segments).toBe(2);
    expect(countForSms('ș'.repeat(201)).segments).toBe(3);
    expect(countForSms('ș'.repeat(202)).segments).toBe(4);
    expect(countForSms('👍').units).toBe(2); // a surrogate pair
  });

  it('measures an SMS against three segments of its encoding', () => {
    expect(measureForChannel('a'.repeat(459), 'sms')).toMatchObject({ count: 459, limit: 459 });
    expect(measureForChannel('ä'.repeat(100) + 'ł', 'sms')).toMatchObject({ count: 101, limit: 201, sms: { encoding: 'ucs-2', segments: 2 } });
  });
});

describe('other channels', () => {
  it('count user-perceived characters', () => {
    expect(countGraphemes('abc')).toBe(3);
    expect(countGraphemes('e\u0301')).toBe(1);
    expect(countGraphemes('👩‍👩‍👧!')).toBe(2);
    expect(countGraphemes('a\r\nb')).toBe(3);
  });

  it('have the limits of the brief, and none for e-mail, website and internal', () => {
    expect(CHANNEL_LIMITS).toEqual({ x: 280, instagram: 2200, facebook: 8000, linkedin: 1250, dm: 1000 });
    expect(measureForChannel('x'.repeat(2201), 'instagram')).toEqual({ count: 2201, limit: 2200 });
    for (const channel of ['email', 'website', 'internal'] as const) expect(measureForChannel('x'.repeat(10_000), channel).limit).toBeUndefined();
  });
});
