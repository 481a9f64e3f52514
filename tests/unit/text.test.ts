import { describe, expect, it } from 'vitest';
import { anyMatch, combinePatterns, compilePattern, findMatches, PatternError, usesAsciiBoundary } from '../../src/lib/text/match.ts';
import { foldText, lineColumn, lineIndex, normalizeWithOffsets, originalRange } from '../../src/lib/text/normalize.ts';

const hits = (pattern: string, text: string) => findMatches([compilePattern(pattern)], text).map((match) => match.text);

describe('normalisation', () => {
  it('composes decomposed text to NFC and maps every offset back to the original', () => {
    const original = 'Ne pare rău, vă mulțumim'.normalize('NFD');
    const normalized = normalizeWithOffsets(original);
    expect(normalized.text).toBe('Ne pare rău, vă mulțumim');
    expect(normalized.offsets).toHaveLength(normalized.text.length + 1);
    // "ă" is two code units in the original (a + U+0306) and one after NFC.
    const composed = normalized.text.indexOf('ă');
    expect(normalized.offsets[composed]).toBe(original.indexOf('a\u0306'));
    expect(normalized.offsets[composed + 1]).toBe(original.indexOf('a\u0306') + 2);
    expect(normalized.offsets.at(-1)).toBe(original.length);
  });

  it('folds Romanian cedilla letters into comma-below ones, in both cases and when decomposed', () => {
    expect(foldText('şţŞŢ')).toBe('șțȘȚ');
    expect(normalizeWithOffsets('Vă mulţumim, ŞTIM').text).toBe('Vă mulțumim, ȘTIM');
    expect(normalizeWithOffsets('s\u0327i t\u0327ara').text).toBe('și țara');
    // Folding keeps lengths, so offsets stay exact.
    expect(normalizeWithOffsets('ţară').offsets).toEqual([0, 1, 2, 3, 4]);
  });

  it('folds the typographic apostrophe into the ASCII one', () => {
    expect(foldText('don’t')).toBe("don't");
  });

  it('keeps the identity mapping for text that needs no work', () => {
    expect(normalizeWithOffsets('abc')).toEqual({ original: 'abc', text: 'abc', offsets: [0, 1, 2, 3] });
    expect(normalizeWithOffsets('')).toEqual({ original: '', text: '', offsets: [0] });
  });

  it('maps a normalised range back to the whole original characters', () => {
    const original = 'xe\u0301y'; // x, e + combining acute, y
    const normalized = normalizeWithOffsets(original);
    expect(normalized.text).toBe('xéy');
    expect(originalRange(normalized, 1, 2)).toEqual([1, 3]);
    expect(originalRange(normalized, 0, 3)).toEqual([0, 4]);
    expect(originalRange(normalized, 2, 2)).toEqual([3, 3]);
  });

  it('composes Hangul jamo like whole-text NFC does', () => {
    const original = 'a \u1100\u1161\u11A8 b';
    expect(normalizeWithOffsets(original).text).toBe(original.normalize('NFC'));
  });

  it('converts offsets to 1-based lines and columns', () => {
    expect(lineColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\nef', 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn('ab\ncd\nef', 8)).toEqual({ line: 3, column: 3 });
    const at = lineIndex('one\r\ntwo\n\nfour');
    expect(at(5)).toEqual({ line: 2, column: 1 });
    expect(at(10)).toEqual({ line: 4, column: 1 });
  });
});

describe('matching whole words in six languages', () => {
  it('never matches inside a longer word, whatever the script', () => {
    expect(hits('lol', 'lolly, lol')).toEqual(['lol']);
    expect(hits('nap', 'napló, hétnap, nap')).toEqual(['nap']); // hu
    expect(hits('kiitos', 'kiitoskortti')).toEqual([]); // fi
    expect(hits('ură', 'măsură, Ură')).toEqual(['Ură']); // ro
    expect(hits('żal', 'pożalić, żalu, żal')).toEqual(['żal']); // pl
    expect(hits('perc', 'percek, 5 perc')).toEqual(['perc']); // hu
    expect(hits('hah', 'hahmo hah')).toEqual(['hah']); // fi
    expect(hits('jaja', 'jajaja, jaja')).toEqual(['jaja']); // es
  });

  it('uses Unicode boundaries where JavaScript’s \\b fails', () => {
    // \b is ASCII-only: "ż" is not a word character to it, so this never matches.
    expect(/\bżal\b/iu.test('żal')).toBe(false);
    expect(hits('żal', 'Nasz żal.')).toEqual(['żal']);
    expect(hits('ön', 'Köszönjük, ön')).toEqual(['ön']);
  });

  it('treats digits, underscores and combining marks as part of a word', () => {
    expect(hits('lol', 'lol_link lol2 lol')).toEqual(['lol']);
    expect(hits('\\d+\\s+perc', '110 perc')).toEqual(['110 perc']);
    expect(hits('re', 're\u0301 re')).toEqual(['re']); // "ré" decomposed is not "re"
  });

  it('folds case, including non-ASCII capitals', () => {
    expect(hits('előre', 'ELŐRE')).toEqual(['ELŐRE']);
    expect(hits('ÄLÄ', 'älä')).toEqual(['älä']);
    expect(hits('żal', 'ŻAL')).toEqual(['ŻAL']);
    expect(hits('știm', 'ȘTIM')).toEqual(['ȘTIM']);
  });

  it('matches inflected forms through stems and lists of forms', () => {
    expect(hits('przeprasz\\p{L}*', 'Przepraszamy, przepraszam, przeprosiny')).toEqual(['Przepraszamy', 'przepraszam']);
    expect(hits('pahoittel\\p{L}*', 'Pahoittelemme pahoittelut')).toEqual(['Pahoittelemme', 'pahoittelut']);
    expect(hits('elnézés\\p{L}*', 'Elnézést kérünk, elnézésüket')).toEqual(['Elnézést', 'elnézésüket']);
    expect(hits('za\\s+\\d+\\s+minut\\p{L}*', 'za 10 minut, za 5 minutach')).toEqual(['za 10 minut', 'za 5 minutach']);
    expect(hits('\\d+\\s*(?:minuutissa|minuutin\\s+päästä)', '10 minuutissa tai 5 minuutin päästä')).toEqual(['10 minuutissa', '5 minuutin päästä']);
  });

  it('treats Romanian cedilla and comma-below letters as the same letter, in pattern and text', () => {
    expect(hits('mulțumim', 'Vă mulţumim')).toEqual(['mulţumim']);
    expect(hits('mulţumim', 'Vă mulțumim')).toEqual(['mulțumim']);
    expect(hits('ȘTIM', 'ştim')).toEqual(['ştim']);
    expect(hits('ne\\s+cerem\\s+scuze', 'NE CEREM SCUZE')).toEqual(['NE CEREM SCUZE']);
  });

  it('matches decomposed text and reports the words as written, at original offsets', () => {
    const decomposed = 'Ne pare rău, vă mulțumim'.normalize('NFD');
    const [match] = findMatches([compilePattern('mulțumim')], decomposed);
    expect(match.text).toBe('mulțumim'.normalize('NFD'));
    expect(decomposed.slice(match.start, match.end)).toBe(match.text);
    expect(match.start).toBe(decomposed.indexOf('mul'));
    // Text normalised once (as the engine does per template) gives the same matches.
    expect(findMatches([compilePattern('mulțumim')], normalizeWithOffsets(decomposed))).toEqual([match]);
    // A pattern written decomposed matches composed text too.
    expect(hits('mulțumim'.normalize('NFD'), 'vă mulțumim')).toEqual(['mulțumim']);
  });

  it('matches the typographic apostrophe and the ASCII one alike', () => {
    expect(hits("that's\\s+ridiculous", 'That’s ridiculous')).toEqual(['That’s ridiculous']);
    expect(hits('don’t', "don't")).toEqual(["don't"]);
  });

  it('lets a {{placeholder}} through where a number is expected', () => {
    expect(hits('in\\s+\\d+\\s+minutes', 'in {{minutes}} minutes, in 10 minutes')).toEqual(['in 10 minutes']);
  });

  it('rejects an invalid regular expression, or one matching empty text, with a typed error', () => {
    expect(() => compilePattern('call (back')).toThrow(PatternError);
    try {
      compilePattern('[a-');
    } catch (error) {
      expect(error).toBeInstanceOf(PatternError);
      expect((error as PatternError).pattern).toBe('[a-');
      expect((error as PatternError).reason).toMatch(/invalid regular expression/);
    }
    expect(() => compilePattern('(?:sorry)?')).toThrow(/matches empty text/);
    expect(() => compilePattern('\\p{L}*')).toThrow(PatternError);
    expect(() => compilePattern('\\p{Foo}')).toThrow(PatternError); // invalid only with the u flag
  });

  it('spots an ASCII-only \\b in a pattern, but not a backspace in a class or an escaped backslash', () => {
    expect(usesAsciiBoundary('\\bhaha\\b')).toBe(true);
    expect(usesAsciiBoundary('ha[\\b]')).toBe(false);
    expect(usesAsciiBoundary('a\\\\b')).toBe(false);
  });

  it('combines a check’s patterns into one scan, keeping back-references working', () => {
    const patterns = combinePatterns(['lol', '(ha)\\1+', 'x(?<name>d)\\k<name>']);
    expect(patterns.length).toBeLessThanOrEqual(3);
    expect(findMatches(patterns, 'lol haha xdd hah').map((match) => match.text)).toEqual(['lol', 'haha', 'xdd']);
    expect(combinePatterns(['a', 'b'])).toHaveLength(1);
    expect(combinePatterns([])).toEqual([]);
  });

  it('finds every match, in order, and answers whether any matches', () => {
    const patterns = [compilePattern('haha'), compilePattern('lol')];
    expect(findMatches(patterns, 'lol then haha then lol').map((match) => [match.start, match.text])).toEqual([[0, 'lol'], [9, 'haha'], [19, 'lol']]);
    expect(anyMatch(patterns, 'well, LOL')).toBe(true);
    expect(anyMatch(patterns, 'lolly')).toBe(false);
    expect(anyMatch([], 'anything')).toBe(false);
  });
});
