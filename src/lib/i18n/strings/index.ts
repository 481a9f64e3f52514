import type { Locale } from '../locales.ts';
import { en, type UiKey, type UiStrings } from './en.ts';
import { pl } from './pl.ts';
import { hu } from './hu.ts';
import { ro } from './ro.ts';
import { es } from './es.ts';
import { fi } from './fi.ts';

export type { UiKey, UiStrings };
export const UI_STRINGS: Record<Locale, UiStrings> = { en, pl, hu, ro, es, fi };

/** Looks up an interface string and fills `{name}` parameters. */
export function translate(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const template = UI_STRINGS[locale][key] ?? UI_STRINGS.en[key];
  // Most strings have no parameters; every page asks for a few hundred of them.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one locale, for components: `const t = useTranslations(locale)`. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, params?: Record<string, string | number>) => translate(locale, key, params);
}
