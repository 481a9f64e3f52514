import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/i18n/dates.ts';

describe('formatDate', () => {
  const date = new Date('2026-11-22T00:00:00Z');

  it('writes the date as each locale does', () => {
    expect(formatDate(date, 'en')).toBe('November 22, 2026');
    expect(formatDate(date, 'pl')).toBe('22 listopada 2026');
    expect(formatDate(date, 'hu')).toBe('2026. november 22.');
    expect(formatDate(date, 'ro')).toBe('22 noiembrie 2026');
    expect(formatDate(date, 'es')).toBe('22 de noviembre de 2026');
    expect(formatDate(date, 'fi')).toBe('22. marraskuuta 2026');
  });

  it('keeps the UTC day whatever the time of day', () => {
    expect(formatDate(new Date('2026-11-22T23:30:00Z'), 'en')).toBe('November 22, 2026');
    expect(isoDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-22');
  });
});
