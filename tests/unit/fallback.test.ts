import { describe, expect, it } from 'vitest';
import { pickText, pickTranslation } from '../../src/lib/i18n/fallback.ts';
import { itemKey, checklistStorageKey } from '../../src/lib/checklist-keys.ts';

describe('fallbacks', () => {
  it('picks the locale, else English, and says so', () => {
    expect(pickText({ en: 'Hello', fi: 'Hei' }, 'fi')).toEqual({ value: 'Hei' });
    expect(pickText({ en: 'Hello' }, 'pl')).toEqual({ value: 'Hello', fallback: 'en' });
    expect(pickTranslation([{ locale: 'en' as const, n: 1 }, { locale: 'hu' as const, n: 2 }], 'ro')).toEqual({ value: { locale: 'en', n: 1 }, fallback: 'en' });
  });
});

describe('checklist storage keys', () => {
  it('differ per locale, playbook and checklist', () => {
    const keys = new Set([
      checklistStorageKey('en', 'a', 'first-15'),
      checklistStorageKey('pl', 'a', 'first-15'),
      checklistStorageKey('en', 'b', 'first-15'),
      checklistStorageKey('en', 'a', 'wrap-up'),
    ]);
    expect(keys.size).toBe(4);
  });
  it('key items by their text, stably', () => {
    expect(itemKey('Take a screenshot')).toBe(itemKey('Take a screenshot'));
    expect(itemKey('Take a screenshot')).not.toBe(itemKey('Take screenshots'));
  });
});
