/**
 * The site's name and tagline in a locale, and who fills a role, as the settings give them: what the
 * header, the page titles, the home and 404 pages and the role mentions show.
 */
import type { Locale } from '../i18n/locales.ts';
import { translate } from '../i18n/strings/index.ts';
import type { Settings } from '../model.ts';

/** `site.name` in `locale`; a locale the settings leave out takes the interface string `site.name`. */
export function siteName(settings: Pick<Settings, 'site'>, locale: Locale): string {
  return settings.site.name?.[locale] ?? translate(locale, 'site.name');
}

/** `site.tagline` in `locale`, else the interface string `site.tagline`. */
export function siteTagline(settings: Pick<Settings, 'site'>, locale: Locale): string {
  return settings.site.tagline?.[locale] ?? translate(locale, 'site.tagline');
}

export type RosterEntry = Settings['roster'][number];

/** The people the roster names for a role, in the order the settings list them (none without a roster). */
export function rosterFor(settings: Pick<Settings, 'roster'>, role: string): RosterEntry[] {
  return settings.roster.filter((entry) => entry.role === role);
}

/**
 * A `tel:`, `mailto:` or web link for a contact written as the team writes it, or undefined for
 * anything else (a chat handle, "ext. 42"): those are shown as text.
 */
export function contactHref(contact: string): string | undefined {
  const text = contact.trim();
  if (/^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/.test(text)) return `mailto:${text}`;
  if (/^https?:\/\/[^\s<>"']+$/i.test(text)) return text;
  if (/^\+?[\d\s().-]{6,}$/.test(text) && (text.match(/\d/g)?.length ?? 0) >= 6) return `tel:${text.replace(/[^\d+]/g, '')}`;
  return undefined;
}
