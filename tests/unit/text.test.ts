import { describe, expect, it } from 'vitest';
import { compilePattern, findMatches, PatternError } from '../../src/lib/text/match.ts';
import { foldText, lineColumn, normalizeWithOffsets } from '../../src/lib/text/normalize.ts';
import { countForSms, countForX, measureForChannel } from '../../src/lib/text/length.ts';

const hits = (pattern: string, text: string) => findMatches([compilePattern(pattern)], text).map((match) => match.text);

describe('matching words in six languages', () => {
  it('never matches inside a longer word, in any script', () => {
    expect(hits('lol', 'lolly lol')).toEqual(['lol']);
    expect(hits('nap', 'napló, nap')).toEqual(['nap']);
    expect(hits('kiitos', 'kiitoskortti')).toEqual([]);
    expect(hits('ură', 'măsură ură')).toEqual(['ură']);
    expect(hits('śmieć', 'śmiecie śmieć')).toEqual(['śmieć']);
  });
  it('folds case, including non-ASCII capitals', () => {
    expect(hits('előre', 'ELŐRE is')).toEqual(['ELŐRE']);
    expect(hits('ÄLÄ', 'älä')).toEqual(['älä']);
  });
  it('matches inflected forms through stems', () => {
    expect(hits('przeprasz\\p{L}*', 'Przepraszamy, przepraszam, przeprosiny')).toEqual(['Przepraszamy', 'przepraszam']);
    expect(hits('pahoittel\\p{L}*', 'Pahoittelemme pahoittelut')).toEqual(['Pahoittelemme', 'pahoittelut']);
  });
  it('treats Romanian cedilla and comma-below letters as one', () => {
    expect(hits('mulțumim', 'Vă mulţumim')).toEqual(['mulţumim']);
    expect(hits('mulţumim', 'Vă mulțumim')).toEqual(['mulțumim']);
    expect(foldText('şţŞŢ')).toBe('șțȘȚ');
  });
  it('matches decomposed text and reports offsets in the original', () => {
    const decomposed = 'Ne pare rău, vă mulțumim'.normalize('NFD');
    const [match] = findMatches([compilePattern('mulțumim')], decomposed);
    expect(match.text.normalize('NFC')).toBe('mulțumim');
    expect(decomposed.slice(match.start, match.end)).toBe(match.text);
    const normalized = normalizeWithOffsets(decomposed);
    expect(normalized.text).toBe('Ne pare rău, vă mulțumim');
  });
  it('rejects an invalid regular expression with a typed error', () => {
    expect(() => compilePattern('call (back')).toThrow(PatternError);
  });
  it('converts offsets to 1-based lines and columns', () => {
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('length per channel', () => {
  it('counts X as twitter-text does: URLs 23, emoji 2, CJK 2', () => {
    expect(countForX('hello')).toBe(5);
    expect(countForX('see https://example.com/a/very/long/path/that/goes/on')).toBe(4 + 23);
    expect(countForX('👍')).toBe(2);
    expect(countForX('👩‍👩‍👧')).toBe(2);
    expect(countForX('日本')).toBe(4);
    expect(countForX('ő ș ñ ä')).toBe(7);
    expect(measureForChannel('a'.repeat(280), 'x')).toEqual({ count: 280, limit: 280 });
    expect(measureForChannel('a'.repeat(279) + '😀', 'x').count).toBe(281);
  });
  it('counts SMS in GSM-7 septets or UCS-2 units, up to three segments', () => {
    expect(countForSms('Hello')).toMatchObject({ encoding: 'gsm-7', units: 5, segments: 1, limit: 459 });
    expect(countForSms('€')).toMatchObject({ encoding: 'gsm-7', units: 2 });
    expect(countForSms('Dziękujemy')).toMatchObject({ encoding: 'ucs-2', units: 10, limit: 201 });
    expect(countForSms('a'.repeat(161)).segments).toBe(2);
  });
  it('has no limit for e-mail', () => {
    expect(measureForChannel('x'.repeat(10_000), 'email').limit).toBeUndefined();
  });
});
