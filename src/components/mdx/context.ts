/**
 * What an MDX component embedded in a playbook needs to know about the page it is on.
 * Components read the locale and slug from the route (Astro.params), so playbooks embed them by id
 * alone: `<Template id="…" />`.
 */
import type { Locale } from '../../lib/i18n/locales.ts';

export function pageContext(params: Record<string, string | undefined>) {
  return { locale: params.locale as Locale, slug: params.slug ?? '' };
}
