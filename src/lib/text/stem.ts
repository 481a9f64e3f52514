/**
 * Stems per locale, so that a rule's word matches the word's inflected forms: Snowball's algorithms
 * (the @orama/stemmers port) for English, Hungarian, Romanian, Spanish, Finnish and German, and a light
 * suffix stripper for Polish (stem-pl.ts), which Snowball does not cover. Words come lower-cased and
 * folded (normalize.ts). Results are cached per locale: a handbook's replies share most of their words.
 */
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import type { Locale } from '../i18n/locales.ts';
import { stemPolish } from './stem-pl.ts';

const STEMMERS: Record<Locale, (word: string) => string> = {
  en: english,
  de: german,
  pl: stemPolish,
  hu: hungarian,
  ro: romanian,
  es: spanish,
  fi: finnish,
};

/** Enough for every distinct word of a large handbook; past it the cache starts again (memory stays bounded). */
const CACHE_LIMIT = 50_000;
const caches = new Map<Locale, Map<string, string>>();

export function stem(word: string, locale: Locale): string {
  let cache = caches.get(locale);
  if (!cache) caches.set(locale, (cache = new Map()));
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    // A language without a stemmer matches words as written (`word*` still matches their endings).
    stemmed = Object.hasOwn(STEMMERS, locale) ? STEMMERS[locale](word) : word;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}
