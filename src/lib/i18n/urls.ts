/**
 * The site's stable URLs. Teams paste these into chat during incidents, so they never change shape:
 * /<locale>/, /<locale>/playbooks/<slug>/, /<locale>/templates/<id>/, /<locale>/trees/<id>/,
 * /<locale>/rules/<id>/, /<locale>/severity/, plus index pages and /<locale>/incident/ (the incident log). Every helper
 * takes the site's base path (Astro's BASE_URL).
 */
import { isLocale, type Locale } from './locales.ts';

export function withBase(path: string, base = '/'): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

export const homeHref = (locale: Locale, base?: string) => withBase(`/${locale}/`, base);
export const playbookHref = (locale: Locale, slug: string, base?: string) => withBase(`/${locale}/playbooks/${slug}/`, base);
export const templateHref = (locale: Locale, id: string, base?: string) => withBase(`/${locale}/templates/${id}/`, base);
export const treeHref = (locale: Locale, id: string, base?: string) => withBase(`/${locale}/trees/${id}/`, base);
export const ruleHref = (locale: Locale, id: string, base?: string) => withBase(`/${locale}/rules/${id}/`, base);
export const playbooksIndexHref = (locale: Locale, base?: string) => withBase(`/${locale}/playbooks/`, base);
export const templatesIndexHref = (locale: Locale, base?: string) => withBase(`/${locale}/templates/`, base);
export const treesIndexHref = (locale: Locale, base?: string) => withBase(`/${locale}/trees/`, base);
export const rulesIndexHref = (locale: Locale, base?: string) => withBase(`/${locale}/rules/`, base);
export const sourcesHref = (locale: Locale, base?: string) => withBase(`/${locale}/sources/`, base);
export const searchHref = (locale: Locale, base?: string) => withBase(`/${locale}/search/`, base);
export const printHref = (locale: Locale, base?: string) => withBase(`/${locale}/print/`, base);
export const incidentHref = (locale: Locale, base?: string) => withBase(`/${locale}/incident/`, base);
export const severityHref = (locale: Locale, base?: string) => withBase(`/${locale}/severity/`, base);
export const statusHref = (locale: Locale, base?: string) => withBase(`/${locale}/status/`, base);

/** The anchor a template gets wherever it is embedded, so a link can land on it. */
export const templateAnchor = (id: string) => `template-${id}`;
export const checklistAnchor = (id: string) => `checklist-${id}`;
/** A level and a role on the severity page, where every badge and every owner links. */
export const severityLevelAnchor = (id: string) => `level-${id}`;
export const roleAnchor = (id: string) => `role-${id}`;

/**
 * The same page in another locale: swaps the locale segment after the base path and keeps the rest
 * (and any query or hash), so the language switcher keeps you where you are.
 */
export function switchLocalePath(pathname: string, target: Locale, base = '/'): string {
  const prefix = withBase('/', base);
  const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
  const [first, ...tail] = rest.split('/');
  if (first && isLocale(first)) return `${prefix}${[target, ...tail].join('/')}`;
  return `${prefix}${target}/`;
}
