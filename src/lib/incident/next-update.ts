/**
 * The next update the team promised. A holding statement or an update copied with its
 * `{{next_update_time}}` filled with a clock time ("14:30", "2:30 pm", "klo 16", "14h30") sets it; every page then
 * counts down to it, and the reader is notified five minutes before where they allowed it.
 */
import { NEXT_UPDATE_PLACEHOLDER } from './keys.ts';
import type { NextUpdateAction } from './log.ts';

/** How long before the time the reader is notified. */
export const NOTIFY_BEFORE_MS = 5 * 60_000;

export interface NextUpdate {
  /** When it is due (ms since the epoch). */
  due: number;
  /** What was typed, as it went out. */
  text: string;
  /** `due` of the update already notified, so no tab or reload notifies twice. */
  notified?: number;
}

/**
 * A word that makes a bare hour a time ("klo 16", "godz. 15", "ora 16", "a las 16"); hours; minutes
 * after `:`, `.` or `h`; an hour mark ("14 h", "16 órakor"); am/pm.
 */
const CLOCK_TIME = /(?:\b(klo|kello|kl|godz|godzina|godzinie|ora|orele|las)\.?\s*)?(?<![\d:.,])(\d{1,2})(?:\s*(?:[:.]|h)\s*(\d{2}))?(?!\d)\s*(h\b|óra\p{L}*)?\s*(?:([ap])\.?\s*m\b\.?)?/giu;

/**
 * The first clock time in a free-text value, as the next such moment: today, or tomorrow when today's
 * is more than an hour past (a time just past is an update running late, not one due tomorrow).
 * Reads 24-hour times (`14:30`, `14.30`, `14h30`, `14 h`, `klo 16`, `16 órakor`) and 12-hour ones
 * (`2:30 pm`, `2 PM`, `2.30 p.m.`); words alone ("this afternoon") are not read.
 */
export function parseNextUpdate(text: string, now: Date): Date | undefined {
  for (const match of text.matchAll(CLOCK_TIME)) {
    const [, hourWord, hourText, minuteText, hourMark, meridiem] = match;
    // A bare number ("3", a date's "30.11") is not a time: it needs minutes, an hour word or mark, or am/pm.
    if (minuteText === undefined && !hourWord && !hourMark && !meridiem) continue;
    let hours = Number(hourText);
    const minutes = minuteText === undefined ? 0 : Number(minuteText);
    if (minutes > 59) continue;
    if (meridiem) {
      if (hours < 1 || hours > 12) continue;
      hours = (hours % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
    } else if (hours > 23) continue;
    const due = new Date(now);
    due.setHours(hours, minutes, 0, 0);
    if (due.getTime() < now.getTime() - 60 * 60_000) due.setDate(due.getDate() + 1);
    return due;
  }
  return undefined;
}

/** The next-update action a copied reply carries, if it filled a readable time. */
export function nextUpdateFromValues(values: Record<string, string>, now: Date): NextUpdateAction | undefined {
  const text = values[NEXT_UPDATE_PLACEHOLDER]?.trim();
  if (!text) return undefined;
  const due = parseNextUpdate(text, now);
  return due ? { kind: 'next-update', due: due.getTime(), text } : undefined;
}

export function parseStoredNextUpdate(json: string | null): NextUpdate | undefined {
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as Partial<NextUpdate> | null;
    if (!value || typeof value.due !== 'number' || typeof value.text !== 'string') return undefined;
    return { due: value.due, text: value.text, ...(typeof value.notified === 'number' ? { notified: value.notified } : {}) };
  } catch {
    return undefined;
  }
}

/** Minutes to go (rounded up, so "in 1 min" until it is due) or minutes overdue. */
export function countdown(due: number, now: number): { overdue: boolean; minutes: number } {
  const ms = due - now;
  return ms > 0 ? { overdue: false, minutes: Math.ceil(ms / 60_000) } : { overdue: true, minutes: Math.floor((now - due) / 60_000) };
}

/** Whether to notify now: inside the five minutes before, not yet notified for this time. */
export function shouldNotify(next: NextUpdate, now: number): boolean {
  return next.notified !== next.due && now >= next.due - NOTIFY_BEFORE_MS && now < next.due;
}

/** Milliseconds until the notification is due (0: now), or undefined when it never will be. */
export function msUntilNotify(next: NextUpdate, now: number): number | undefined {
  if (next.notified === next.due || now >= next.due) return undefined;
  return Math.max(0, next.due - NOTIFY_BEFORE_MS - now);
}
