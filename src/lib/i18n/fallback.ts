/**
 * Picking a locale's version of a piece of content, falling back to the default locale (and saying
 * so) when the translation is missing, so that every page exists in every locale.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

export interface Picked<T> {
  value: T;
  /** The locale the value actually comes from, when it is not the one asked for. */
  fallback?: Locale;
}

export function pickText(text: Partial<Record<Locale, string>> | undefined, locale: Locale): Picked<string> {
  if (text?.[locale]) return { value: text[locale]! };
  const from = text?.[DEFAULT_LOCALE] ? DEFAULT_LOCALE : LOCALES.find((other) => text?.[other]);
  return { value: from ? text![from]! : '', fallback: from };
}

/** Among one item's translations, the one in `locale`, else the default locale's, else any. */
export function pickTranslation<T extends { locale: Locale }>(items: T[], locale: Locale): Picked<T> | undefined {
  const own = items.find((item) => item.locale === locale);
  if (own) return { value: own };
  const other = items.find((item) => item.locale === DEFAULT_LOCALE) ?? items[0];
  return other ? { value: other, fallback: other.locale } : undefined;
}
