/**
 * Reads the page's interface strings (see src/lib/i18n/client-strings.ts), plus those of a page that
 * needs more of its own (`#page-strings`, the incident log's), and fills `{name}` parameters.
 */
let strings: Record<string, string> | undefined;

const read = (id: string) => JSON.parse(document.getElementById(id)?.textContent ?? '{}') as Record<string, string>;

export function t(key: string, params: Record<string, string | number> = {}): string {
  strings ??= { ...read('ui-strings'), ...read('page-strings') };
  const template = strings[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const pageLocale = () => document.documentElement.lang || 'en';
