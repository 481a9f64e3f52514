/**
 * Freshness: a playbook or template stays current for the settings' review interval after its
 * `lastReviewed` date, and is overdue from then on. Pure: "today" is a parameter, so the checks,
 * the pages and the tests agree on one date (see `handbookToday`).
 */
import type { Diagnostics } from './diagnostics.ts';
import type { Handbook, Origin } from './model.ts';
import { positionOf } from './load/yaml-positions.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The environment variable that fixes "today" for the checks and the build (tests, reproducible builds). */
export const TODAY_VARIABLE = 'HANDBOOK_TODAY';

/** A date at midnight UTC, the way the schemas read `YYYY-MM-DD`. */
function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * The date the handbook is judged on: `HANDBOOK_TODAY` (`YYYY-MM-DD`) when the environment sets it,
 * else today (UTC). A value that is not a real date throws an Error whose message says how to fix it.
 */
export function handbookToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): Date {
  const value = env[TODAY_VARIABLE]?.trim();
  if (!value) return utcDay(now);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new Error(`${TODAY_VARIABLE}=${JSON.stringify(value)} is not a date: write it as YYYY-MM-DD, like ${TODAY_VARIABLE}=2027-06-01, or leave it unset for today`);
  }
  return date;
}

/** The day a file reviewed on `lastReviewed` becomes overdue: `intervalDays` days later. */
export function overdueSince(lastReviewed: Date, intervalDays: number): Date {
  return new Date(utcDay(lastReviewed).getTime() + intervalDays * DAY_MS);
}

export interface Review {
  lastReviewed: Date;
  intervalDays: number;
}

/** Whether a file reviewed on `lastReviewed` is overdue on `today` (from its `overdueSince` day on). */
export function isOverdue(review: Review, today: Date): boolean {
  return utcDay(today).getTime() >= overdueSince(review.lastReviewed, review.intervalDays).getTime();
}

export interface OverdueItem {
  kind: 'playbook' | 'template';
  /** The playbook's slug or the template's id. */
  id: string;
  locale: string;
  title: string;
  /** A role id (content/roles.yaml); templates have none. */
  owner?: string;
  lastReviewed: Date;
  overdueSince: Date;
  origin: Origin;
}

/**
 * Every playbook and template of the handbook that is overdue on `today`, playbooks first, each
 * kind by locale and id. Templates without `lastReviewed` are never overdue: the date is optional there.
 */
export function overdueItems(handbook: Pick<Handbook, 'playbooks' | 'templates' | 'settings'>, today: Date): OverdueItem[] {
  const intervalDays = handbook.settings.review.intervalDays;
  const items: OverdueItem[] = [];
  const consider = (item: Omit<OverdueItem, 'overdueSince' | 'lastReviewed'> & { lastReviewed: Date | undefined }) => {
    if (!item.lastReviewed || Number.isNaN(item.lastReviewed.getTime())) return;
    const review = { lastReviewed: item.lastReviewed, intervalDays };
    if (isOverdue(review, today)) items.push({ ...item, lastReviewed: item.lastReviewed, overdueSince: overdueSince(item.lastReviewed, intervalDays) });
  };
  const order = (a: { locale: string; id: string }, b: { locale: string; id: string }) => a.locale.localeCompare(b.locale) || a.id.localeCompare(b.id);
  for (const playbook of [...handbook.playbooks].map((p) => ({ ...p, id: p.slug })).sort(order)) {
    consider({ kind: 'playbook', id: playbook.slug, locale: playbook.locale, title: playbook.title, owner: playbook.owner, lastReviewed: playbook.lastReviewed, origin: playbook.origin });
  }
  for (const template of [...handbook.templates].sort(order)) {
    consider({ kind: 'template', id: template.id, locale: template.locale, title: template.title, lastReviewed: template.lastReviewed, origin: template.origin });
  }
  return items;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A `review-overdue` warning at each overdue file's `lastReviewed` line. */
export function checkFreshness(handbook: Handbook, diagnostics: Diagnostics, today: Date): void {
  const intervalDays = handbook.settings.review.intervalDays;
  for (const item of overdueItems(handbook, today)) {
    const owner = item.owner ? `; owner: ${item.owner}` : '; no owner';
    diagnostics.warn(
      item.origin.file,
      `Review overdue since ${day(item.overdueSince)}: last reviewed ${day(item.lastReviewed)}, review interval ${intervalDays} ${intervalDays === 1 ? 'day' : 'days'}${owner}`,
      positionOf(item.origin.positions, ['lastReviewed']),
      {
        ruleId: 'review-overdue',
        source: 'freshness',
        note: `Review this ${item.kind} with ${item.owner ? 'its owner' : 'the team'}, then set lastReviewed to the day of the review, YYYY-MM-DD (review.intervalDays in handbook.config.yaml sets the interval).`,
      },
    );
  }
}

/** When an item a page shows became overdue on `today`, or undefined when it is current (or undated). */
export function overdueSinceOn(lastReviewed: Date | undefined, intervalDays: number, today: Date): Date | undefined {
  if (!lastReviewed || Number.isNaN(lastReviewed.getTime())) return undefined;
  return isOverdue({ lastReviewed, intervalDays }, today) ? overdueSince(lastReviewed, intervalDays) : undefined;
}

export interface ShownOverdue<T> {
  item: T;
  overdueSince: Date;
}

/**
 * Of the playbooks and templates a locale's pages show (each in that locale, or its fallback), the
 * overdue ones, longest overdue first: what the home page lists.
 */
export function overdueAmong<T extends { lastReviewed?: Date | undefined }>(items: readonly T[], intervalDays: number, today: Date): ShownOverdue<T>[] {
  return items
    .map((item) => ({ item, overdueSince: overdueSinceOn(item.lastReviewed, intervalDays, today) }))
    .filter((entry): entry is ShownOverdue<T> => entry.overdueSince !== undefined)
    .sort((a, b) => a.overdueSince.getTime() - b.overdueSince.getTime());
}

