/** The six locales the generator builds, in the order the language switcher lists them. */
export const LOCALES = ['en', 'pl', 'hu', 'ro', 'es', 'fi'] as const;
export type Locale = (typeof LOCALES)[number];

/** Content missing in a locale falls back to this one, with a visible notice. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Each locale's name in its own language, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  pl: 'Polski',
  hu: 'Magyar',
  ro: 'Română',
  es: 'Español',
  fi: 'Suomi',
};

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A language's name in the language of the sentence it stands in ("angielski" in Polish, "englanti"
 * in Finnish), for running text; LOCALE_NAMES keeps each language's own name for lists of languages.
 */
export function languageNameIn(inLocale: string, language: string): string {
  let names = displayNames.get(inLocale);
  if (!names) displayNames.set(inLocale, (names = new Intl.DisplayNames([inLocale], { type: 'language' })));
  return names.of(language) ?? language;
}
