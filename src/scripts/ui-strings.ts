/** Reads the page's interface strings (see src/lib/i18n/client-strings.ts) and fills their parameters. */
import { formatMessage } from '../lib/i18n/message.ts';

let strings: Record<string, string> | undefined;

export function t(key: string, params: Record<string, string | number> = {}): string {
  strings ??= JSON.parse(document.getElementById('ui-strings')?.textContent ?? '{}') as Record<string, string>;
  return formatMessage(pageLocale(), strings[key] ?? key, params);
}

export const pageLocale = () => document.documentElement.lang || 'en';
