/**
 * Reads the page's interface strings (see src/lib/i18n/client-strings.ts), plus those of a page that
 * needs more of its own (`#page-strings`, the incident log's), and fills their parameters and plural
 * choices (src/lib/i18n/message.ts).
 */
import { formatMessage } from '../lib/i18n/message.ts';

let strings: Record<string, string> | undefined;

const read = (id: string) => JSON.parse(document.getElementById(id)?.textContent ?? '{}') as Record<string, string>;

export function t(key: string, params: Record<string, string | number> = {}): string {
  strings ??= { ...read('ui-strings'), ...read('page-strings') };
  // Own keys only: a key like "constructor" must never reach Object.prototype.
  return formatMessage(pageLocale(), Object.hasOwn(strings, key) ? strings[key]! : key, params);
}

export const pageLocale = () => document.documentElement.lang || 'en';
