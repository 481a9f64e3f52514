/** Reads the page's interface strings (see src/lib/i18n/client-strings.ts) and fills `{name}` parameters. */
let strings: Record<string, string> | undefined;

export function t(key: string, params: Record<string, string | number> = {}): string {
  strings ??= JSON.parse(document.getElementById('ui-strings')?.textContent ?? '{}') as Record<string, string>;
  const template = Object.hasOwn(strings, key) ? strings[key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

export const pageLocale = () => document.documentElement.lang || 'en';
