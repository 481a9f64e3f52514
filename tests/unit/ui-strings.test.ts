import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { UI_STRINGS, translate } from '../../src/lib/i18n/strings/index.ts';
import { en } from '../../src/lib/i18n/strings/en.ts';

const keys = Object.keys(en).sort();

describe('interface strings', () => {
  it.each(LOCALES)('%s has exactly the English keys, none empty', (locale) => {
    expect(Object.keys(UI_STRINGS[locale]).sort()).toEqual(keys);
    for (const key of keys) expect(UI_STRINGS[locale][key as keyof typeof en].trim(), key).not.toBe('');
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('%s is translated: no English leftovers', (locale) => {
    // Brand names, "SMS", the loanword "E-mail" and "Menu" (Polish too) are the same in several languages.
    const sameEverywhere = new Set(['channel.x', 'channel.facebook', 'channel.instagram', 'channel.linkedin', 'channel.sms', 'channel.email', 'nav.menu']);
    const leftovers = keys.filter((key) => !sameEverywhere.has(key) && UI_STRINGS[locale][key as keyof typeof en] === en[key as keyof typeof en]);
    expect(leftovers).toEqual([]);
  });

  it.each(LOCALES)('%s keeps every {parameter} of the English string', (locale) => {
    for (const key of keys) {
      const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(params(UI_STRINGS[locale][key as keyof typeof en]), `${locale} ${key}`).toEqual(params(en[key as keyof typeof en]));
    }
  });

  it('fills parameters', () => {
    expect(translate('en', 'checklist.progress', { done: 2, total: 5 })).toBe('2 of 5 done');
  });
});
