/**
 * Review dates as a reader of each locale writes them ("22 listopada 2026", "2026. november 22.").
 * One formatter per locale: building an Intl formatter is far slower than using one, and every
 * playbook and print page shows a date.
 */
import type { Locale } from './locales.ts';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(date: Date, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

/** The machine-readable date for `<time datetime>`. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
