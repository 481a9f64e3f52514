/**
 * The few interface strings the browser scripts need, handed to them as JSON in each page
 * (a data block, not a script, so a strict Content-Security-Policy allows it).
 */
import type { Locale } from './locales.ts';
import { CHANNELS } from '../schema.ts';
import { uiStrings, type UiKey } from './strings/index.ts';

const CLIENT_KEYS = [
  'template.copied',
  'template.copyFailed',
  'template.linkCopied',
  'template.unfilled',
  'template.count',
  'template.countNoLimit',
  'template.overLimit',
  'checklist.tickedAt',
  'checklist.progress',
  'checklist.resetDone',
  'search.loading',
  'search.noResults',
  'search.results',
  'search.more',
  'search.unavailable',
  'search.filters',
  'tree.back',
  'tree.restart',
  'tree.path',
  'incident.running',
  'incident.elapsed',
  'duration.minutes',
  'duration.hours',
  'nextUpdate.in',
  'nextUpdate.overdue',
  'nextUpdate.due',
  'nextUpdate.notifyTitle',
  'nextUpdate.notifyBody',
  'offline.saving',
  'offline.ready',
  'offline.offline',
] as const satisfies readonly UiKey[];

export type ClientKey = (typeof CLIENT_KEYS)[number] | `channel.${(typeof CHANNELS)[number]}`;

const cache = new Map<Locale, Record<string, string>>();

/** The same object for every page of a locale: it is built once per build, not once per page. */
export function clientStrings(locale: Locale): Record<string, string> {
  const cached = cache.get(locale);
  if (cached) return cached;
  const keys: UiKey[] = [...CLIENT_KEYS, ...CHANNELS.map((channel) => `channel.${channel}` as UiKey)];
  // Unformatted: the scripts fill the parameters and pick the plural forms themselves (src/scripts/ui-strings.ts).
  const strings = Object.fromEntries(keys.map((key) => [key, uiStrings(locale)[key]]));
  cache.set(locale, strings);
  return strings;
}

const jsonCache = new Map<Locale, string>();

/** `clientStrings(locale)` as the JSON each page carries. */
export function clientStringsJson(locale: Locale): string {
  let json = jsonCache.get(locale);
  if (json === undefined) jsonCache.set(locale, (json = jsonForScript(clientStrings(locale))));
  return json;
}

/** JSON that is safe inside a `<script type="application/json">` element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
