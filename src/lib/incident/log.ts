/**
 * The incident log: what the team did with the handbook during one incident, kept in the browser
 * only. "Start incident" stamps the start; then the site records tree answers, checklist ticks,
 * copied replies (with the text as sent) and copied links, each with its time; "End incident" freezes
 * it. Pure functions over plain data: the browser scripts read and write it as JSON in localStorage.
 */

/** What the handbook's scripts announce (src/scripts/handbook-events.ts). */
export type HandbookAction =
  | { kind: 'tree-answer'; tree: string; question: string; answer: string; outcome?: string; url: string }
  | { kind: 'checklist-tick' | 'checklist-untick'; item: string; checklist: string; page: string; url: string }
  | { kind: 'checklist-reset'; checklist: string; page: string; url: string }
  | { kind: 'template-copied'; template: string; title: string; text: string; values: Record<string, string>; url: string }
  | { kind: 'link-copied'; title: string; link: string };

/** Set from a copied reply's next-update time, or by hand on the incident page. */
export type NextUpdateAction = { kind: 'next-update'; due: number; text: string };

export type IncidentAction = HandbookAction | NextUpdateAction;
export type IncidentEntry = IncidentAction & { at: number };

export interface Incident {
  startedAt: number;
  endedAt?: number;
  entries: IncidentEntry[];
}

const KINDS = new Set(['tree-answer', 'checklist-tick', 'checklist-untick', 'checklist-reset', 'template-copied', 'link-copied', 'next-update']);

/** Reads a stored log; anything malformed (edited by hand, an older shape) reads as no log. */
export function parseIncident(json: string | null): Incident | undefined {
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as Partial<Incident> | null;
    if (!value || typeof value.startedAt !== 'number' || !Array.isArray(value.entries)) return undefined;
    const entries = value.entries.filter((entry): entry is IncidentEntry => Boolean(entry) && typeof entry.at === 'number' && KINDS.has(entry.kind));
    return { startedAt: value.startedAt, ...(typeof value.endedAt === 'number' ? { endedAt: value.endedAt } : {}), entries };
  } catch {
    return undefined;
  }
}

export const startIncident = (now: number): Incident => ({ startedAt: now, entries: [] });

export const isRunning = (incident: Incident | undefined): incident is Incident => Boolean(incident && incident.endedAt === undefined);

/** Adds an entry; an ended log stays as it was. */
export function record(incident: Incident, action: IncidentAction, now: number): Incident {
  if (!isRunning(incident)) return incident;
  return { ...incident, entries: [...incident.entries, { ...action, at: now }] };
}

export function endIncident(incident: Incident, now: number): Incident {
  return isRunning(incident) ? { ...incident, endedAt: now } : incident;
}

/** Whole minutes since the start, never negative (a clock set back). */
export const minutesSince = (startedAt: number, at: number) => Math.max(0, Math.floor((at - startedAt) / 60_000));

/** The interface strings the log is written with (keys of src/lib/i18n/strings, `incident.*`). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** "12 min", "1 h 05 min": a span of whole minutes, in the reader's words. */
export function formatDuration(minutes: number, t: Translate): string {
  if (minutes < 60) return t('duration.minutes', { minutes });
  return t('duration.hours', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
}

/** "T+12 min", "T+1 h 05 min": how far into the incident. */
export const elapsedLabel = (minutes: number, t: Translate) => t('incident.elapsed', { duration: formatDuration(minutes, t) });

/** One entry in words; `quote` is the copied text, shown under it. */
export function describeEntry(entry: IncidentEntry, t: Translate, formatTime: (at: number) => string): { text: string; quote?: string; link?: string } {
  switch (entry.kind) {
    case 'tree-answer':
      return { text: t('incident.entry.tree', { tree: entry.tree, question: entry.question, answer: entry.answer }) + (entry.outcome ? ` ${t('incident.entry.outcome', { outcome: entry.outcome })}` : ''), link: entry.url };
    case 'checklist-tick':
      return { text: t('incident.entry.ticked', { item: entry.item, checklist: entry.checklist, page: entry.page }), link: entry.url };
    case 'checklist-untick':
      return { text: t('incident.entry.unticked', { item: entry.item, checklist: entry.checklist, page: entry.page }), link: entry.url };
    case 'checklist-reset':
      return { text: t('incident.entry.reset', { checklist: entry.checklist, page: entry.page }), link: entry.url };
    case 'template-copied':
      return { text: t('incident.entry.copied', { title: entry.title }), quote: entry.text, link: entry.url };
    case 'link-copied':
      return { text: t('incident.entry.linkCopied', { title: entry.title }), link: entry.link };
    case 'next-update':
      return { text: t('incident.entry.nextUpdate', { time: formatTime(entry.due) }) };
  }
}

export interface LogFormat {
  t: Translate;
  /** Time of day, in the reader's locale and time zone. */
  formatTime: (at: number) => string;
  /** Date and time with the time zone, for the start and the end. */
  formatDateTime: (at: number) => string;
}

/** The log as plain text (for a chat) or Markdown (for the review document). */
export function formatLog(incident: Incident, format: 'text' | 'markdown', { t, formatTime, formatDateTime }: LogFormat): string {
  const markdown = format === 'markdown';
  const lines: string[] = [markdown ? `# ${t('incident.title')}` : t('incident.title'), ''];
  const fact = (label: string, value: string) => lines.push(markdown ? `- **${label}:** ${value}` : `${label}: ${value}`);
  fact(t('incident.started'), formatDateTime(incident.startedAt));
  if (incident.endedAt !== undefined) {
    fact(t('incident.ended'), `${formatDateTime(incident.endedAt)} (${elapsedLabel(minutesSince(incident.startedAt, incident.endedAt), t)})`);
  } else fact(t('incident.ended'), t('incident.stillRunning'));
  lines.push('');
  if (!incident.entries.length) lines.push(t('incident.noEntries'));
  for (const entry of incident.entries) {
    const when = `${formatTime(entry.at)} ${elapsedLabel(minutesSince(incident.startedAt, entry.at), t)}`;
    const { text, quote, link } = describeEntry(entry, t, formatTime);
    if (markdown) {
      lines.push(`- **${when}** — ${escapeMarkdown(text)}${link ? ` (<${link}>)` : ''}`);
      if (quote) lines.push('', ...quote.split('\n').map((line) => (line ? `  > ${line}` : '  >')), '');
    } else {
      lines.push(`${when} · ${text}${link ? ` · ${link}` : ''}`);
      if (quote) lines.push(...quote.split('\n').map((line) => (line ? `    ${line}` : '')));
    }
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Labels and answers are the handbook's own words: keep `*`, `_` and the like from turning into formatting. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
