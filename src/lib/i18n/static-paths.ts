import { LOCALES } from './locales.ts';

/** `getStaticPaths` for pages that exist once per locale. */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { locale } }));
}

/** `getStaticPaths` for pages that exist once per locale and per id, whatever locales the id exists in. */
export function localeIdPaths<K extends string>(key: K, ids: Iterable<string>) {
  const unique = [...new Set(ids)];
  return LOCALES.flatMap((locale) => unique.map((id) => ({ params: { locale, [key]: id } as { locale: string } & Record<K, string> })));
}
