import { describe, expect, it } from 'vitest';
import { interfaceStringsToTranslate, newLanguage, settingsWithLocale } from '../../src/lib/scaffold/new-language.ts';
import { UI_KEYS } from '../../src/lib/i18n/strings/index.ts';
import { load } from 'js-yaml';

describe('npm run new -- language', () => {
  it('adds the language to a one-line locales list, once', () => {
    expect(settingsWithLocale('site: {}\nlocales: [en, pl]\nregister: {}\n', 'de', ['en', 'pl'])).toBe('site: {}\nlocales: [en, pl, de]\nregister: {}\n');
    expect(settingsWithLocale('locales: [en, de]\n', 'de', ['en', 'de'])).toBe('locales: [en, de]\n');
  });

  it('writes locales with the languages built so far when the settings have none', () => {
    expect(settingsWithLocale('register:\n  pl: formal\n', 'de', ['en', 'pl'])).toMatch(/register:\n {2}pl: formal\n\n# .*\nlocales: \[en, pl, de\]\n$/);
    expect(settingsWithLocale('', 'de', ['en'])).toMatch(/^\n# .*\nlocales: \[en, de\]\n$/);
  });

  it('leaves a locales list it cannot edit safely to the author', () => {
    expect(() => settingsWithLocale('locales:\n  - en\n', 'de', ['en'])).toThrow(/not written on one line/);
  });

  it('writes interface strings to translate only for a language the generator lacks', () => {
    expect(newLanguage('pl', 'locales: [en]\n', ['en']).files).toEqual([]);
    const [file] = newLanguage('de', 'locales: [en]\n', ['en']).files;
    expect(file.path).toBe('i18n/de.yaml');
    // Every key is there as a comment: the file is valid YAML with nothing filled in yet.
    expect(load(file.text) ?? undefined).toBeUndefined();
    for (const key of UI_KEYS) expect(interfaceStringsToTranslate('de')).toContain(`# ${key}: `);
  });
});
