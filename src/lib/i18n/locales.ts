/**
 * The locales this site builds and the one the others fall back to. They come from the handbook's
 * settings (src/lib/settings/locale-settings.ts), read when the generator starts; the values are
 * live bindings, so a process that loads another handbook (a test, the benchmark) switches them with
 * `useLocales` and every importer sees the change.
 */
import { handbookRoot } from '../../integration/handbook-root.ts';
import { GENERATOR_LOCALES, readLocaleSettings, type LocaleSettings } from '../settings/locale-settings.ts';

export { GENERATOR_LOCALES };

/** A locale code, `en` or `pt-BR`: any language a handbook's settings list. */
export type Locale = string;

/** The built locales, in the order the language switcher lists them. */
export let LOCALES: readonly Locale[] = [];

/** Content missing in a locale falls back to this one, with a visible notice. */
export let DEFAULT_LOCALE: Locale = 'en';

export function useLocales(settings: LocaleSettings): void {
  LOCALES = Object.freeze([...settings.locales]);
  DEFAULT_LOCALE = settings.defaultLocale;
}

useLocales(readLocaleSettings(handbookRoot()));

export function isLocale(value: string): value is Locale {
  return LOCALES.includes(value);
}

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A language's name in the language of the sentence it stands in ("angielski" in Polish, "englanti"
 * in Finnish), for running text; `localeName` gives each language's own name for lists of languages.
 */
export function languageNameIn(inLocale: string, language: string): string {
  let names = displayNames.get(inLocale);
  if (!names) displayNames.set(inLocale, (names = new Intl.DisplayNames([inLocale], { type: 'language' })));
  return names.of(language) ?? language;
}

/** A language's name in itself, capitalised as a list item: "Polski", "Magyar", "Deutsch". */
export function localeName(locale: Locale): string {
  const name = languageNameIn(locale, locale);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** `rtl` for a language written right to left (Arabic, Hebrew…), from the Intl locale data. */
export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    return (info.getTextInfo?.() ?? info.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
