import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { UI_STRINGS, translate } from '../../src/lib/i18n/strings/index.ts';
import { en } from '../../src/lib/i18n/strings/en.ts';
import { formatMessage, messageParameters } from '../../src/lib/i18n/message.ts';
import { clientStrings } from '../../src/lib/i18n/client-strings.ts';

const keys = Object.keys(en).sort();

describe('interface strings', () => {
  it.each(LOCALES)('%s has exactly the English keys, none empty', (locale) => {
    expect(Object.keys(UI_STRINGS[locale]).sort()).toEqual(keys);
    for (const key of keys) expect(UI_STRINGS[locale][key as keyof typeof en].trim(), key).not.toBe('');
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('%s is translated: no English leftovers', (locale) => {
    // Brand names, "SMS", the loanword "E-mail" and "Menu" (Polish too) are the same in several languages,
    // and so is the incident clock ("T+12 min", "T+1 h 05 min": min and h are international).
    const sameEverywhere = new Set(['channel.x', 'channel.facebook', 'channel.instagram', 'channel.linkedin', 'channel.sms', 'channel.email', 'nav.menu', 'incident.elapsed', 'duration.minutes', 'duration.hours']);
    const leftovers = keys.filter((key) => !sameEverywhere.has(key) && UI_STRINGS[locale][key as keyof typeof en] === en[key as keyof typeof en]);
    expect(leftovers).toEqual([]);
  });

  it.each(LOCALES)('%s keeps every {parameter} of the English string', (locale) => {
    for (const key of keys) {
      const params = messageParameters;
      expect(params(UI_STRINGS[locale][key as keyof typeof en]), `${locale} ${key}`).toEqual(params(en[key as keyof typeof en]));
    }
  });

  it('picks the plural form each language needs', () => {
    expect(translate('en', 'search.results', { count: 1, query: 'x' })).toBe('1 result for “x”');
    expect(translate('en', 'search.results', { count: 3, query: 'x' })).toBe('3 results for “x”');
    expect(translate('pl', 'search.results', { count: 1, query: 'x' })).toBe('1 wynik dla „x”');
    expect(translate('pl', 'search.results', { count: 3, query: 'x' })).toBe('3 wyniki dla „x”');
    expect(translate('pl', 'search.results', { count: 12, query: 'x' })).toBe('12 wyników dla „x”');
    expect(translate('pl', 'search.results', { count: 22, query: 'x' })).toBe('22 wyniki dla „x”');
    expect(translate('ro', 'search.results', { count: 20, query: 'x' })).toBe('20 de rezultate pentru „x”');
    expect(translate('fi', 'search.results', { count: 1, query: 'x' })).toBe('1 tulos haulla ”x”');
  });

  it('formats plural blocks with exact matches, # and nested parameters', () => {
    const message = '{n, plural, =0 {none for {who}} one {# item for {who}} other {# items for {who}}}';
    expect(formatMessage('en', message, { n: 0, who: 'Ann' })).toBe('none for Ann');
    expect(formatMessage('en', message, { n: 1, who: 'Ann' })).toBe('1 item for Ann');
    expect(formatMessage('en', message, { n: 1200, who: 'Ann' })).toBe('1,200 items for Ann');
    expect(formatMessage('en', 'left {alone}', {})).toBe('left {alone}');
    expect(messageParameters(message)).toEqual(['n', 'who']);
  });

  it('hands the browser scripts the strings unformatted, so they can count', () => {
    expect(clientStrings('pl')['search.results']).toBe(UI_STRINGS.pl['search.results']);
    expect(formatMessage('pl', clientStrings('pl')['search.results']!, { count: 5, query: 'x' })).toBe('5 wyników dla „x”');
  });

  it('fills parameters', () => {
    expect(translate('en', 'checklist.progress', { done: 2, total: 5 })).toBe('2 of 5 done');
  });
});
