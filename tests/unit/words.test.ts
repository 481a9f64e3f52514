// The word-level engine: words as Intl.Segmenter finds them, stems per language, word patterns
// (words in order within a clause), negation and tense scope, and the index that keeps it fast.
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { stem } from '../../src/lib/text/stem.ts';
import { stemPolish } from '../../src/lib/text/stem-pl.ts';
import { clauseStartsOf, isNegated, isPast, wordsIn } from '../../src/lib/text/scope.ts';
import { segmenterWords, tokenize } from '../../src/lib/text/tokens.ts';
import { LANGUAGES } from '../../src/lib/text/language.ts';
import { compileWordPattern, matchWordPattern, WordLookup, WordPatternError } from '../../src/lib/text/words.ts';
import { expandFragments, PatternError } from '../../src/lib/text/match.ts';
import { loadReplySets, ROOT } from '../helpers/replies.ts';

const words = (text: string, locale: Locale = 'en') => tokenize(text, locale).map((token) => token.text);
const pattern = (source: string, locale: Locale = 'en') => compileWordPattern(source, locale, LANGUAGES[locale].fragments);
/** The matched stretches of text, searched both with and without the index. */
function find(source: string, text: string, locale: Locale = 'en'): string[] {
  const tokens = tokenize(text, locale);
  const compiled = pattern(source, locale);
  const clauseStarts = clauseStartsOf(tokens, locale);
  const indexed = matchWordPattern(compiled, tokens, clauseStarts, new WordLookup(tokens, locale));
  expect(matchWordPattern(compiled, tokens, clauseStarts)).toEqual(indexed);
  return indexed.map(({ first, last }) => text.slice(tokens[first].start, tokens[last].end));
}

describe('words', () => {
  it('are the word-like segments of Intl.Segmenter in every default template and every development reply', async () => {
    const { handbook } = await loadHandbook(ROOT);
    const texts: [Locale, string][] = [
      ...handbook.templates.map((template): [Locale, string] => [template.locale, template.body]),
      ...loadReplySets().flatMap((set) => [...set.bad, ...set.good].map((reply): [Locale, string] => [reply.locale, reply.text])),
      ['en', "We don't know; e.g. 14.10, 2,5 and 15:00 — n't"],
      ['ro', 'N-am șters comentariul, s-a întâmplat ieri.'],
    ];
    for (const [locale, text] of texts) {
      const expected = segmenterWords(text, locale).map(([start, end]) => text.slice(start, end).toLowerCase());
      // A {{placeholder}} is one word of its own, as the segmenter also finds its name.
      const found = tokenize(text, locale).map((token) => text.slice(token.start, token.end).toLowerCase().replace(/^\{\{\s*|\s*\}\}$/g, ''));
      expect(found, text).toEqual(expected);
    }
  });

  it('know where clauses end: punctuation, but not inside numbers', () => {
    const tokens = tokenize('At 15:00, we said: no. But 2,5', 'en');
    expect(tokens.map((token) => `${token.text}${token.breakBefore === 'none' ? '' : `(${token.breakBefore})`}`)).toEqual(['at(stop)', '15', '00', 'we(comma)', 'said', 'no(stop)', 'but(stop)', '2,5']);
  });

  it('make a placeholder one word that matches nothing', () => {
    expect(tokenize('Call at {{next_update_time}} today', 'en').map((token) => token.placeholder ?? token.text)).toEqual(['call', 'at', true, 'today']);
    expect(find('at {clock}', 'Call at {{next_update_time}} today')).toEqual([]);
  });

  it('compare Romanian without its diacritics, which many people type without', () => {
    expect(words('Am ȘTERS comentariul', 'ro')).toEqual(['am', 'sters', 'comentariul']);
    expect(find('am =șters … comentari*', 'Am sters comentariul dvs.', 'ro')).toEqual(['Am sters comentariul']);
  });
});

describe('stems', () => {
  it('use Snowball for English, Hungarian, Romanian, Spanish and Finnish', () => {
    const same = (locale: Locale, ...forms: string[]) => expect(new Set(forms.map((form) => stem(form, locale))).size, forms.join(' ')).toBe(1);
    same('en', 'delete', 'deleted', 'deleting');
    same('hu', 'osztály', 'osztályhoz', 'osztályunk');
    same('ro', 'comentariul', 'comentariile');
    same('es', 'comentario', 'comentarios');
    same('fi', 'kommentti', 'kommenttisi', 'kommenttia');
  });

  it('use a light suffix stripper for Polish, which Snowball does not cover', () => {
    for (const forms of [['wina', 'winy', 'winą', 'winie'], ['komentarz', 'komentarza', 'komentarzem', 'komentarzy'], ['problem', 'problemu', 'problemy']]) {
      expect(new Set(forms.map(stemPolish)).size, forms.join(' ')).toBe(1);
    }
    expect(stemPolish('nie')).toBe('nie');
  });
});

describe('word patterns', () => {
  it('match inflected forms through the stemmer, beginnings with *, and only the form with =', () => {
    expect(find('delete comment', 'They deleted comments. We delete comment')).toEqual(['deleted comments', 'delete comment']);
    expect(find('=delete comment', 'They deleted comments.')).toEqual([]);
    expect(find('usun* … komentarz', 'Usunęliśmy Pana komentarz.', 'pl')).toEqual(['Usunęliśmy Pana komentarz']);
    expect(find("*n't … understand", "We didn't quite understand.")).toEqual(["didn't quite understand"]);
  });

  it('take words in order, within one clause, at most eight apart', () => {
    expect(find('we … delete … comment', 'We have, sadly, deleted your comment')).toEqual(['We have, sadly, deleted your comment']);
    expect(find('we … delete … comment', 'We deleted nothing. Your comment is here')).toEqual([]);
    expect(find('we … delete … comment', 'We deleted the spam but your comment stays')).toEqual([]);
    expect(find('comment … we', 'We deleted your comment')).toEqual([]);
    expect(find('we … comment', 'We a b c d e f g h i comment')).toEqual([]);
  });

  it('have alternatives, optional words, two-word choices and fragments', () => {
    expect(find('not|never our? fault', 'Never fault anyone; not our fault')).toEqual(['Never fault', 'not our fault']);
    expect(find('do+not|don\'t understand', 'We do not understand. We don\'t understand')).toEqual(['do not understand', "don't understand"]);
    expect(find('by {weekday}', 'by Friday, by friday, by Fryday')).toEqual(['by Friday', 'by friday']);
  });

  it('reject what cannot be matched, saying why', () => {
    expect(() => pattern('… we')).toThrow(WordPatternError);
    expect(() => pattern('we …')).toThrow(/ends with a gap/);
    expect(() => pattern('we? you?')).toThrow(/no required word/);
    expect(() => pattern('{nosuch}')).toThrow(/unknown fragment \{nosuch\}/);
  });
});

describe('fragments in regular expressions', () => {
  it('expand per locale, and an unknown name is an error', () => {
    expect(expandFragments('in {number}', 'en')).toContain('twenty');
    expect(expandFragments('za {number}', 'pl')).toContain('óch');
    expect(() => expandFragments('{nope}', 'fi')).toThrow(PatternError);
    expect(expandFragments('a{2,3}', 'en')).toBe('a{2,3}');
  });
});

describe('negation and tense', () => {
  const scoped = (locale: Locale, text: string, phrase: string) => {
    const tokens = tokenize(text, locale);
    const start = text.indexOf(phrase);
    const match = wordsIn(tokens, start, start + phrase.length)!;
    const starts = clauseStartsOf(tokens, locale);
    return { negated: isNegated(tokens, match, locale, starts), past: isPast(tokens, match, locale, starts) };
  };

  it('sees a negator earlier in the same clause, in each language', () => {
    expect(scoped('en', 'This is not your fault', 'your fault').negated).toBe(true);
    expect(scoped('pl', 'To absolutnie nie była Pana wina', 'Pana wina').negated).toBe(true);
    expect(scoped('hu', 'Ez nem az Ön hibája', 'Ön hibája').negated).toBe(true);
    expect(scoped('ro', 'Nu este vina dumneavoastră', 'vina dumneavoastră').negated).toBe(true);
    expect(scoped('es', 'No es culpa suya', 'culpa suya').negated).toBe(true);
    expect(scoped('fi', 'Tämä ei ole sinun vikasi', 'sinun vikasi').negated).toBe(true);
  });

  it('stops at the end of the clause, and ignores idioms that negate nothing', () => {
    expect(scoped('en', "We can't say yet, but it's your fault", 'your fault').negated).toBe(false);
    expect(scoped('en', "Don't worry, we'll call in 10 minutes", 'in 10 minutes').negated).toBe(false);
    expect(scoped('es', 'No se preocupe: le llamamos en 10 minutos', 'en 10 minutos').negated).toBe(false);
  });

  it('reaches into a "that" clause after a comma, and counts "even if" as cancelling', () => {
    expect(scoped('pl', 'Nie uważamy, że to Pana wina', 'Pana wina').negated).toBe(true);
    expect(scoped('hu', 'Nem gondoljuk, hogy az Ön hibája', 'Ön hibája').negated).toBe(true);
    expect(scoped('fi', 'Vaikka olisit tilannut eri päivänä', 'olisit tilannut').negated).toBe(true);
  });

  it('sees a past marker next to a time, in either order', () => {
    expect(scoped('en', 'We replied 20 minutes ago', '20 minutes').past).toBe(true);
    expect(scoped('pl', 'Odpisaliśmy dwie godziny temu', 'dwie godziny').past).toBe(true);
    expect(scoped('hu', 'Tegnap 15:00-kor hívtuk', '15:00-kor').past).toBe(true);
    expect(scoped('ro', 'Am răspuns acum 10 minute', '10 minute').past).toBe(true);
    expect(scoped('es', 'Le escribimos hace 10 minutos', '10 minutos').past).toBe(true);
    expect(scoped('fi', 'Vastasimme 10 minuuttia sitten', '10 minuuttia').past).toBe(true);
    expect(scoped('en', 'We will call you in 10 minutes', 'in 10 minutes').past).toBe(false);
  });
});

describe('language data', () => {
  it('exists for every locale, with the same fragment names', () => {
    for (const locale of LOCALES) {
      const data = LANGUAGES[locale];
      expect(data.negators.length, locale).toBeGreaterThan(3);
      expect(data.clauseStarts.length, locale).toBeGreaterThan(3);
      expect(data.pastMarkers.length, locale).toBeGreaterThan(3);
      for (const name of ['number', 'unit', 'weekday', 'daypart', 'clock']) expect(data.fragments[name], `${locale} {${name}}`).toBeDefined();
    }
  });
});
