/**
 * Every text per locale (`{ en: …, pl: … }`) inside a nested data file, with its field path, for the
 * checks that read all of a file's texts (missing translations, the glossary) without listing fields.
 */
import { DEFAULT_LOCALE, type Locale } from './i18n/locales.ts';
import { LOCALE_CODE } from './schema.ts';

export interface LocalizedField {
  path: (string | number)[];
  text: Partial<Record<Locale, string>>;
}

const isLocalizedText = (value: object) => {
  const entries = Object.entries(value);
  return entries.length > 0 && DEFAULT_LOCALE in value && entries.every(([key, text]) => LOCALE_CODE.test(key) && typeof text === 'string');
};

export function localizedFields(value: unknown, path: (string | number)[] = []): LocalizedField[] {
  if (!value || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => localizedFields(item, [...path, index]));
  if (isLocalizedText(value)) return [{ path, text: value as Partial<Record<Locale, string>> }];
  // `origin` is where the data came from, not data.
  return Object.entries(value).flatMap(([key, item]) => (key === 'origin' ? [] : localizedFields(item, [...path, key])));
}
