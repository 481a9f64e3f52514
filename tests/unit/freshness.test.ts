import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { checkFreshness, handbookToday, isOverdue, overdueItems, overdueSince } from '../../src/lib/freshness.ts';
import type { Handbook } from '../../src/lib/model.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const positions = (line: number) => ({ get: (path: string) => (path === 'lastReviewed' ? { line, column: 1 } : undefined), has: (path: string) => path === 'lastReviewed' });

function handbook(intervalDays = 180): Handbook {
  return {
    settings: { review: { intervalDays } },
    playbooks: [
      { slug: 'old', locale: 'en', title: 'Old', owner: 'comms-lead', lastReviewed: day('2026-01-10'), origin: { file: 'playbooks/en/old.mdx', positions: positions(7) } },
      { slug: 'new', locale: 'en', title: 'New', owner: 'comms-lead', lastReviewed: day('2026-11-22'), origin: { file: 'playbooks/en/new.mdx' } },
    ],
    templates: [
      { id: 'dated', locale: 'pl', title: 'Dated', lastReviewed: day('2025-12-01'), origin: { file: 'content/templates/pl/dated.md' } },
      { id: 'undated', locale: 'pl', title: 'Undated', origin: { file: 'content/templates/pl/undated.md' } },
    ],
  } as unknown as Handbook;
}

describe('freshness', () => {
  it('makes a file overdue on the day its interval has passed, not the day before', () => {
    expect(overdueSince(day('2026-01-10'), 180).toISOString().slice(0, 10)).toBe('2026-07-09');
    expect(isOverdue({ lastReviewed: day('2026-01-10'), intervalDays: 180 }, day('2026-07-08'))).toBe(false);
    expect(isOverdue({ lastReviewed: day('2026-01-10'), intervalDays: 180 }, day('2026-07-09'))).toBe(true);
  });

  it('lists overdue playbooks and dated templates, never a template without lastReviewed', () => {
    const items = overdueItems(handbook(), day('2026-08-01'));
    expect(items.map((item) => `${item.kind} ${item.locale}/${item.id} ${item.owner ?? '-'}`)).toEqual(['playbook en/old comms-lead', 'template pl/dated -']);
    expect(overdueItems(handbook(), day('2026-05-01'))).toEqual([]);
    // A longer interval in the settings keeps the playbook current (due 2026-08-08), not the older template.
    expect(overdueItems(handbook(210), day('2026-08-01')).map((item) => item.id)).toEqual(['dated']);
  });

  it('warns review-overdue at the lastReviewed line with both dates, the interval and the owner', () => {
    const diagnostics = new Diagnostics();
    checkFreshness(handbook(), diagnostics, day('2026-08-01'));
    const [second, first] = diagnostics.messages();
    expect(`${first!.file}:${first!.line}:${first!.column} ${first!.ruleId} ${first!.fatal}`).toBe('playbooks/en/old.mdx:7:1 review-overdue false');
    expect(first!.reason).toBe('Review overdue since 2026-07-09: last reviewed 2026-01-10, review interval 180 days; owner: comms-lead');
    expect(first!.note).toMatch(/set lastReviewed/);
    expect(second!.file).toBe('content/templates/pl/dated.md');
    expect(diagnostics.warningCount).toBe(2);
    expect(diagnostics.errorCount).toBe(0);
  });

  it('judges on HANDBOOK_TODAY when it is set, else on today, and refuses a date that is not one', () => {
    expect(handbookToday({ HANDBOOK_TODAY: '2027-06-01' }).toISOString()).toBe('2027-06-01T00:00:00.000Z');
    expect(handbookToday({}, new Date('2026-11-29T23:30:00Z')).toISOString()).toBe('2026-11-29T00:00:00.000Z');
    expect(() => handbookToday({ HANDBOOK_TODAY: '2027-02-30' })).toThrow(/HANDBOOK_TODAY="2027-02-30" is not a date: write it as YYYY-MM-DD/);
    expect(() => handbookToday({ HANDBOOK_TODAY: 'tomorrow' })).toThrow(/YYYY-MM-DD/);
  });
});
