import type { Locale } from '../locales.ts';
import { formatMessage, type MessageParams } from '../message.ts';
import { en, type UiKey, type UiStrings } from './en.ts';
import { pl } from './pl.ts';
import { hu } from './hu.ts';
import { ro } from './ro.ts';
import { es } from './es.ts';
import { fi } from './fi.ts';

export type { UiKey, UiStrings };
export const UI_STRINGS: Record<Locale, UiStrings> = { en, pl, hu, ro, es, fi };

/** Looks up an interface string and fills its parameters and plural choices (see message.ts). */
export function translate(locale: Locale, key: UiKey, params: MessageParams = {}): string {
  return formatMessage(locale, UI_STRINGS[locale][key] ?? UI_STRINGS.en[key], params);
}

/** A translator bound to one locale, for components: `const t = useTranslations(locale)`. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, params?: MessageParams) => translate(locale, key, params);
}
