import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveLocales, readLocaleSettings } from '../../src/lib/settings/locale-settings.ts';
import { DEFAULT_LOCALE, LOCALES, localeName, textDirection } from '../../src/lib/i18n/locales.ts';
import { translate, UI_KEYS } from '../../src/lib/i18n/strings/index.ts';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { runAllChecks } from '../../src/lib/check.ts';
import { languageData } from '../../src/lib/text/language.ts';
import { stem } from '../../src/lib/text/stem.ts';

const EN_DE = resolve(import.meta.dirname, '../fixtures/en-de');
const DEFAULT_HANDBOOK = resolve(import.meta.dirname, '../..');

const copies: string[] = [];
async function copyOf(from: string, edit: (root: string) => Promise<void>) {
  const root = await mkdtemp(join(tmpdir(), 'locales-'));
  copies.push(root);
  await cp(from, root, { recursive: true });
  await edit(root);
  return root;
}
afterEach(async () => {
  await Promise.all(copies.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function findings(root: string) {
  const { handbook, diagnostics } = await loadHandbook(root);
  runAllChecks(handbook, diagnostics);
  return diagnostics.messages().map((message) => `${message.file}:${message.line ?? '-'}:${message.column ?? '-'} ${message.fatal ? 'error' : 'warning'} ${message.ruleId} ${message.reason}`);
}

describe('locales from the settings', () => {
  it('takes the declared locales in their order, and the declared default', () => {
    expect(resolveLocales({ locales: ['fi', 'en', 'de'], defaultLocale: 'de' }, ['en'])).toEqual({ locales: ['fi', 'en', 'de'], defaultLocale: 'de' });
  });

  it('without settings, builds the locale folders found: the default first, then the generator order, then others', () => {
    expect(resolveLocales({}, ['fi', 'de', 'en', 'pl', 'en'])).toEqual({ locales: ['en', 'pl', 'fi', 'de'], defaultLocale: 'en' });
    expect(resolveLocales({ defaultLocale: 'fi' }, ['fi', 'de', 'en'])).toEqual({ locales: ['fi', 'en', 'de'], defaultLocale: 'fi' });
    expect(resolveLocales({}, ['de', 'fr'])).toEqual({ locales: ['de', 'fr'], defaultLocale: 'de' });
    expect(resolveLocales({}, [])).toEqual({ locales: ['en'], defaultLocale: 'en' });
  });

  it('ignores what is not a locale code, and a default the list leaves out', () => {
    expect(resolveLocales({ locales: ['en', 'English', 3, 'pt-BR'], defaultLocale: 'xx' }, [])).toEqual({ locales: ['en', 'pt-BR'], defaultLocale: 'en' });
    expect(resolveLocales({}, ['english', 'node_modules', 'es'])).toEqual({ locales: ['es'], defaultLocale: 'es' });
  });

  it('reads the default handbook as the six locales, English first', () => {
    expect(readLocaleSettings(DEFAULT_HANDBOOK)).toEqual({ locales: ['en', 'pl', 'hu', 'ro', 'es', 'fi'], defaultLocale: 'en' });
  });

  it('names a language in itself and knows its writing direction', () => {
    expect(['pl', 'hu', 'de', 'fi'].map(localeName)).toEqual(['Polski', 'Magyar', 'Deutsch', 'Suomi']);
    expect(textDirection('de')).toBe('ltr');
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
  });
});

describe('a handbook in a language the generator has no strings for', () => {
  it('builds en + de: German interface strings from i18n/de.yaml, German plural rules, no findings', async () => {
    expect(await findings(EN_DE)).toEqual([]);
    expect(LOCALES).toEqual(['en', 'de']);
    expect(DEFAULT_LOCALE).toBe('en');
    expect(translate('de', 'nav.print')).not.toBe(translate('en', 'nav.print'));
    // Intl.PluralRules picks German's "one" and "other" branches.
    expect(translate('de', 'search.results', { count: 1, query: 'x' })).toBe('1 Ergebnis für „x“');
    expect(translate('de', 'search.results', { count: 2, query: 'x' })).toBe('2 Ergebnisse für „x“');
  });

  it('lists every missing interface-string key, at the strings file', async () => {
    const root = await copyOf(EN_DE, async (dir) => {
      const { readFile } = await import('node:fs/promises');
      const file = join(dir, 'i18n/de.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^nav\.print:.*\n/m, '').replace(/^lang\.label:.*\n/m, ''));
    });
    expect(await findings(root)).toEqual([`i18n/de.yaml:1:1 error interface-strings No interface strings in de for 2 of ${UI_KEYS.length} keys: nav.print, lang.label`]);
  });

  it('without i18n/de.yaml, says at the settings\' locales line that German has no interface strings', async () => {
    const root = await copyOf(EN_DE, (dir) => rm(join(dir, 'i18n'), { recursive: true }));
    const found = await findings(root);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^handbook\.config\.yaml:\d+:\d+ error interface-strings No interface strings in de for (\d+) of \1 keys: site\.name, /);
  });

  it('reports an unknown key with a suggestion, and a lost {parameter}', async () => {
    const root = await copyOf(EN_DE, async (dir) => {
      const { readFile } = await import('node:fs/promises');
      const file = join(dir, 'i18n/de.yaml');
      const text = (await readFile(file, 'utf8')).replace(/^search\.noResults:.*$/m, 'search.noResults: Nichts gefunden.').replace(/^nav\.print:/m, 'nav.prnt:');
      await writeFile(file, text);
    });
    const { handbook, diagnostics } = await loadHandbook(root);
    runAllChecks(handbook, diagnostics);
    const messages = diagnostics.messages();
    expect(messages.map((message) => message.reason)).toEqual(
      expect.arrayContaining(['Unknown field "nav.prnt"', '"search.noResults" must keep the English string\'s parameters: {query} is missing', `No interface strings in de for 1 of ${UI_KEYS.length} keys: nav.print`]),
    );
    expect(messages.find((message) => message.reason.startsWith('Unknown'))?.note).toMatch(/Did you mean "nav\.print"\?/);
  });

  it('reports a default locale the site does not build, and a locale listed twice', async () => {
    const root = await copyOf(EN_DE, async (dir) => {
      const { readFile } = await import('node:fs/promises');
      const file = join(dir, 'handbook.config.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^locales:.*$/m, 'locales: [en, de, en]').replace(/^defaultLocale:.*$/m, 'defaultLocale: fr'));
    });
    const found = await findings(root);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^handbook\.config\.yaml:\d+:\d+ error settings-locales "en" is listed twice in locales$/),
        expect.stringMatching(/^handbook\.config\.yaml:\d+:\d+ error settings-locales The default locale "fr" is not among the locales the site builds \(en, de, en\)$/),
      ]),
    );
  });

  it('matches rules in a language without data: words as written, digits, no negation', () => {
    expect(languageData('de').negators).toEqual([]);
    expect(languageData('en').negators).toContain('not');
    expect(stem('lieferungen', 'de')).toBe(stem('lieferung', 'de'));
    expect(stem('wörter', 'xx')).toBe('wörter');
  });
});
