/**
 * Checks a handbook's interface strings (i18n/<locale>.yaml) and that every locale it builds has a
 * full set: the generator's own for the six languages it ships with, the handbook's for any other.
 * A key the generator does not know is a slip ("did you mean"), a `{parameter}` the English has must
 * be kept, and a built language without a string for some key cannot build at all.
 */
import type { Diagnostics } from '../diagnostics.ts';
import type { Handbook } from '../model.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { LOCALES } from './locales.ts';
import { messageParameters } from './message.ts';
import { en } from './strings/en.ts';
import { UI_KEYS, UI_STRINGS } from './strings/index.ts';

const KNOWN = new Set<string>(UI_KEYS);

export function checkInterfaceStrings(handbook: Handbook, diagnostics: Diagnostics): void {
  const files = handbook.interfaceStrings ?? [];
  for (const { locale, strings, origin } of files) {
    if (!LOCALES.includes(locale)) {
      diagnostics.warn(origin.file, `Interface strings for "${locale}", which the site does not build (${LOCALES.join(', ')})`, undefined, {
        ruleId: 'interface-strings',
        source: 'i18n',
        note: `Add "${locale}" to locales in handbook.config.yaml, or remove the file.`,
      });
    }
    for (const [key, text] of Object.entries(strings)) {
      // An unknown key is the schema's finding (with a "did you mean"); the loader has dropped it.
      if (!KNOWN.has(key)) continue;
      const wanted = messageParameters(en[key as keyof typeof en]);
      const found = messageParameters(text);
      if (wanted.join() !== found.join()) {
        const missing = wanted.filter((name) => !found.includes(name));
        const extra = found.filter((name) => !wanted.includes(name));
        diagnostics.error(origin.file, `"${key}" must keep the English string's parameters: ${[...missing.map((name) => `{${name}} is missing`), ...extra.map((name) => `{${name}} is unknown`)].join(', ')}`, positionOf(origin.positions, [key]), {
          ruleId: 'interface-strings',
          source: 'i18n',
          note: `The English reads: ${JSON.stringify(en[key as keyof typeof en])}. Keep each {name} as it is; translate only the words around it (and the words inside a plural's branches).`,
        });
      }
    }
  }
  for (const locale of LOCALES) {
    const own = files.find((file) => file.locale === locale);
    const builtIn = UI_STRINGS[locale];
    const missing = UI_KEYS.filter((key) => !builtIn?.[key] && !own?.strings[key]);
    if (!missing.length) continue;
    const file = own?.origin.file ?? handbook.settings.origin?.file ?? 'handbook.config.yaml';
    const declared = handbook.settings.locales?.indexOf(locale) ?? -1;
    const place = own ? { line: 1, column: 1 } : declared >= 0 ? positionOf(handbook.settings.origin?.positions, ['locales', declared]) : undefined;
    diagnostics.error(file, `No interface strings in ${locale} for ${missing.length} of ${UI_KEYS.length} keys: ${missing.join(', ')}`, place, {
      ruleId: 'interface-strings',
      source: 'i18n',
      note: own
        ? `Add these keys to ${own.origin.file}, translated from the generator's English strings (src/lib/i18n/strings/en.ts in the generator).`
        : `The generator has no ${locale} interface strings: add i18n/${locale}.yaml to the handbook with every key of the generator's English strings (src/lib/i18n/strings/en.ts in the generator) translated; \`npm run new -- language ${locale}\` writes it for you to fill in.`,
    });
  }
}
