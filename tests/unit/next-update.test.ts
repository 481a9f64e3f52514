import { describe, expect, it } from 'vitest';
import { countdown, msUntilNotify, nextUpdateFromValues, parseNextUpdate, parseStoredNextUpdate, shouldNotify } from '../../src/lib/incident/next-update.ts';

const now = new Date(2026, 10, 29, 14, 0, 0);
const at = (text: string) => {
  const due = parseNextUpdate(text, now);
  return due && `${due.getDate()} ${String(due.getHours()).padStart(2, '0')}:${String(due.getMinutes()).padStart(2, '0')}`;
};

describe('reading the next-update time a team typed', () => {
  it.each([
    ['14:30', '29 14:30'],
    ['14.30', '29 14:30'],
    ['14h30', '29 14:30'],
    ['15 h', '29 15:00'],
    ['2:30 pm', '29 14:30'],
    ['2 PM', '29 14:00'],
    ['4.15 p.m.', '29 16:15'],
    ['12 am', '30 00:00'],
    ['tänään klo 16', '29 16:00'],
    ['klo 16.45', '29 16:45'],
    ['o godz. 15', '29 15:00'],
    ['16 órakor', '29 16:00'],
    ['16:30-kor', '29 16:30'],
    ['ora 16', '29 16:00'],
    ['a las 17:00', '29 17:00'],
    ['30.11. 9:15', '30 09:15'],
    ['13:30', '29 13:30'],
    ['12:30', '30 12:30'],
    ['00:15', '30 00:15'],
  ])('%s -> day %s', (text, expected) => {
    expect(at(text)).toBe(expected);
  });

  it.each(['ma délután', '3', 'in 30', '25:00', '14:75', '13 pm', ''])('%s is not a time', (text) => {
    expect(parseNextUpdate(text, now)).toBeUndefined();
  });

  it('takes the value of the next_update_time placeholder only', () => {
    expect(nextUpdateFromValues({ next_update_time: ' 14:30 ', topic: 'x' }, now)).toEqual({ kind: 'next-update', due: new Date(2026, 10, 29, 14, 30).getTime(), text: '14:30' });
    expect(nextUpdateFromValues({ topic: '14:30' }, now)).toBeUndefined();
    expect(nextUpdateFromValues({ next_update_time: 'soon' }, now)).toBeUndefined();
  });
});

describe('countdown and reminder', () => {
  const due = new Date(2026, 10, 29, 14, 30).getTime();
  const t = now.getTime();
  it('counts whole minutes up to the time, then minutes overdue', () => {
    expect(countdown(due, t)).toEqual({ overdue: false, minutes: 30 });
    expect(countdown(due, t + 29 * 60_000 + 1)).toEqual({ overdue: false, minutes: 1 });
    expect(countdown(due, due)).toEqual({ overdue: true, minutes: 0 });
    expect(countdown(due, due + 7 * 60_000 + 5)).toEqual({ overdue: true, minutes: 7 });
  });
  it('reminds once, in the five minutes before', () => {
    expect(shouldNotify({ due, text: '14:30' }, t)).toBe(false);
    expect(msUntilNotify({ due, text: '14:30' }, t)).toBe(25 * 60_000);
    expect(shouldNotify({ due, text: '14:30' }, due - 5 * 60_000)).toBe(true);
    expect(msUntilNotify({ due, text: '14:30' }, due - 60_000)).toBe(0);
    expect(shouldNotify({ due, text: '14:30', notified: due }, due - 60_000)).toBe(false);
    expect(msUntilNotify({ due, text: '14:30', notified: due }, t)).toBeUndefined();
    expect(shouldNotify({ due, text: '14:30' }, due + 1)).toBe(false);
  });
  it('reads a stored value defensively', () => {
    expect(parseStoredNextUpdate(JSON.stringify({ due, text: '14:30' }))).toEqual({ due, text: '14:30' });
    expect(parseStoredNextUpdate('{"due":"soon"}')).toBeUndefined();
    expect(parseStoredNextUpdate('not json')).toBeUndefined();
    expect(parseStoredNextUpdate(null)).toBeUndefined();
  });
});
