import { handbookRoot } from '../../../integration/handbook-root.ts';
import { readHandbookStrings, type HandbookStrings } from '../../settings/handbook-strings.ts';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import { formatMessage, type MessageParams } from '../message.ts';
import { en, type UiKey, type UiStrings } from './en.ts';
import { pl } from './pl.ts';
import { hu } from './hu.ts';
import { ro } from './ro.ts';
import { es } from './es.ts';
import { fi } from './fi.ts';

export type { UiKey, UiStrings };

/** The generator's own interface strings, for the languages it ships with. */
export const UI_STRINGS: Readonly<Record<string, UiStrings>> = { en, pl, hu, ro, es, fi };

export const UI_KEYS = Object.keys(en) as UiKey[];

/** The handbook's own strings (i18n/<locale>.yaml), over the generator's. */
let handbookStrings: HandbookStrings = {};
const merged = new Map<Locale, Record<string, string>>();

export function useHandbookStrings(strings: HandbookStrings): void {
  handbookStrings = strings;
  merged.clear();
}

useHandbookStrings(readHandbookStrings(handbookRoot()));

/**
 * A locale's strings: the handbook's, then the generator's for that language; a key neither has
 * (which the checks report as an error) shows the default locale's, then English.
 */
export function uiStrings(locale: Locale): Readonly<Record<UiKey, string>> {
  let strings = merged.get(locale);
  if (!strings) {
    strings = { ...en, ...UI_STRINGS[DEFAULT_LOCALE], ...handbookStrings[DEFAULT_LOCALE], ...UI_STRINGS[locale], ...handbookStrings[locale] };
    merged.set(locale, strings);
  }
  return strings as Record<UiKey, string>;
}

/** Looks up an interface string and fills its parameters and plural choices (see message.ts). */
export function translate(locale: Locale, key: UiKey, params: MessageParams = {}): string {
  return formatMessage(locale, uiStrings(locale)[key], params);
}

/** A translator bound to one locale, for components: `const t = useTranslations(locale)`. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, params?: MessageParams) => translate(locale, key, params);
}
