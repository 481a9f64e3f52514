import { describe, expect, it } from 'vitest';
import { describeEntry, elapsedLabel, endIncident, formatLog, isRunning, minutesSince, parseIncident, record, startIncident, type Incident, type IncidentEntry } from '../../src/lib/incident/log.ts';
import { translate, type UiKey } from '../../src/lib/i18n/strings/index.ts';

const t = (key: string, params?: Record<string, string | number>) => translate('en', key as UiKey, params);
const start = Date.UTC(2026, 10, 29, 13, 0);
const min = 60_000;
const clock = (at: number) => new Date(at).toISOString().slice(11, 16);
const format = { t, formatTime: clock, formatDateTime: (at: number) => `29 Nov 2026 ${clock(at)} UTC` };

function scripted(): Incident {
  let incident = startIncident(start);
  incident = record(incident, { kind: 'tree-answer', tree: 'Triage', question: 'What is it?', answer: 'A real problem', outcome: 'Thank and fix', url: 'https://h/en/trees/triage/?triage=a.b' }, start + 2 * min);
  incident = record(incident, { kind: 'checklist-tick', item: 'Take screenshots', checklist: 'First 15 minutes', page: 'Our mistake', url: 'https://h/en/playbooks/x/#checklist-first-15' }, start + 12 * min + 30_000);
  incident = record(incident, { kind: 'template-copied', template: 'hold', title: 'Holding *statement*', text: 'We are on it.\n\nNext update at 14:30.', values: { next_update_time: '14:30' }, url: 'https://h/en/templates/hold/' }, start + 65 * min);
  incident = record(incident, { kind: 'next-update', due: start + 90 * min, text: '14:30' }, start + 65 * min);
  return incident;
}

describe('the incident log', () => {
  it('records in order while running, and nothing once ended', () => {
    const incident = scripted();
    expect(incident.entries.map((entry) => entry.kind)).toEqual(['tree-answer', 'checklist-tick', 'template-copied', 'next-update']);
    expect(isRunning(incident)).toBe(true);
    const ended = endIncident(incident, start + 80 * min);
    expect(isRunning(ended)).toBe(false);
    expect(record(ended, { kind: 'link-copied', title: 'x', link: 'y' }, start + 81 * min)).toBe(ended);
    expect(endIncident(ended, start + 99 * min).endedAt).toBe(start + 80 * min);
  });

  it('says how far into the incident, in whole minutes', () => {
    expect(minutesSince(start, start + 12 * min + 59_000)).toBe(12);
    expect(minutesSince(start, start - min)).toBe(0);
    expect(elapsedLabel(12, t)).toBe('T+12 min');
    expect(elapsedLabel(65, t)).toBe('T+1 h 05 min');
    expect(elapsedLabel(65, (key, params) => translate('hu', key as UiKey, params))).toBe('T+1 óra 05 perc');
  });

  it('describes each kind of entry', () => {
    const [tree, tick, copy, next] = scripted().entries;
    expect(describeEntry(tree, t, clock)).toEqual({ text: 'Tree “Triage”: What is it? → A real problem (outcome: Thank and fix)', link: 'https://h/en/trees/triage/?triage=a.b' });
    expect(describeEntry(tick, t, clock).text).toBe('Ticked “Take screenshots” (First 15 minutes, Our mistake)');
    const untick: IncidentEntry = { kind: 'checklist-untick', item: 'Take screenshots', checklist: 'First 15 minutes', page: 'Our mistake', url: '', at: 0 };
    expect(describeEntry(untick, t, clock).text).toBe('Unticked “Take screenshots” (First 15 minutes, Our mistake)');
    expect(describeEntry(copy, t, clock)).toEqual({ text: 'Copied the reply “Holding *statement*”', quote: 'We are on it.\n\nNext update at 14:30.', link: 'https://h/en/templates/hold/' });
    expect(describeEntry(next, t, clock).text).toBe('Next update promised for 14:30');
  });

  it('exports as plain text', () => {
    expect(formatLog(endIncident(scripted(), start + 80 * min), 'text', format)).toBe(
      [
        'Incident log',
        '',
        'Started: 29 Nov 2026 13:00 UTC',
        'Ended: 29 Nov 2026 14:20 UTC (T+1 h 20 min)',
        '',
        '13:02 T+2 min · Tree “Triage”: What is it? → A real problem (outcome: Thank and fix) · https://h/en/trees/triage/?triage=a.b',
        '13:12 T+12 min · Ticked “Take screenshots” (First 15 minutes, Our mistake) · https://h/en/playbooks/x/#checklist-first-15',
        '14:05 T+1 h 05 min · Copied the reply “Holding *statement*” · https://h/en/templates/hold/',
        '    We are on it.',
        '',
        '    Next update at 14:30.',
        '14:05 T+1 h 05 min · Next update promised for 14:30',
        '',
      ].join('\n'),
    );
  });

  it('exports as Markdown, the handbook’s words kept from turning into formatting', () => {
    const markdown = formatLog(scripted(), 'markdown', format);
    expect(markdown).toBe(
      [
        '# Incident log',
        '',
        '- **Started:** 29 Nov 2026 13:00 UTC',
        '- **Ended:** still running',
        '',
        '- **13:02 T+2 min** — Tree “Triage”: What is it? → A real problem (outcome: Thank and fix) (<https://h/en/trees/triage/?triage=a.b>)',
        '- **13:12 T+12 min** — Ticked “Take screenshots” (First 15 minutes, Our mistake) (<https://h/en/playbooks/x/#checklist-first-15>)',
        '- **14:05 T+1 h 05 min** — Copied the reply “Holding \\*statement\\*” (<https://h/en/templates/hold/>)',
        '',
        '  > We are on it.',
        '  >',
        '  > Next update at 14:30.',
        '',
        '- **14:05 T+1 h 05 min** — Next update promised for 14:30',
        '',
      ].join('\n'),
    );
  });

  it('an empty log says so', () => {
    expect(formatLog(startIncident(start), 'text', format)).toMatch(/\n\nNothing recorded yet\./);
  });

  it('reads a stored log defensively, dropping entries it does not know', () => {
    const incident = scripted();
    expect(parseIncident(JSON.stringify(incident))).toEqual(incident);
    expect(parseIncident(JSON.stringify({ ...incident, entries: [...incident.entries, { kind: 'mystery', at: 1 }, null] }))).toEqual(incident);
    expect(parseIncident('{"startedAt":"yesterday","entries":[]}')).toBeUndefined();
    expect(parseIncident('{')).toBeUndefined();
    expect(parseIncident(null)).toBeUndefined();
  });
});
