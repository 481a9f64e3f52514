/**
 * Checks the settings that choose the site's languages: the default locale must be one the site
 * builds, a locale is listed once, and a per-language setting (the register) names a built locale.
 */
import type { Diagnostics } from '../diagnostics.ts';
import type { Handbook } from '../model.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';

export function checkLocaleSettings(handbook: Handbook, diagnostics: Diagnostics): void {
  const { settings } = handbook;
  const file = settings.origin?.file ?? 'handbook.config.yaml';
  const positions = settings.origin?.positions;
  const declared = settings.locales ?? [];
  declared.forEach((locale, index) => {
    if (declared.indexOf(locale) !== index) {
      diagnostics.error(file, `"${locale}" is listed twice in locales`, positionOf(positions, ['locales', index]), {
        ruleId: 'settings-locales',
        source: 'schema',
        note: 'List each language once, in the order the language switcher shows them.',
      });
    }
  });
  if (settings.defaultLocale && declared.length && !declared.includes(settings.defaultLocale)) {
    diagnostics.error(file, `The default locale "${settings.defaultLocale}" is not among the locales the site builds (${declared.join(', ')})`, positionOf(positions, ['defaultLocale']), {
      ruleId: 'settings-locales',
      source: 'schema',
      note: `Add "${settings.defaultLocale}" to locales, or choose one of them as defaultLocale (the site falls back to ${DEFAULT_LOCALE} meanwhile).`,
    });
  }
  for (const locale of Object.keys(settings.register)) {
    if (LOCALES.includes(locale)) continue;
    diagnostics.warn(file, `The register setting names "${locale}", which the site does not build (${LOCALES.join(', ')})`, positionOf(positions, ['register', locale]), {
      ruleId: 'settings-locales',
      source: 'schema',
      note: `Add "${locale}" to locales, or remove it from register.`,
    });
  }
}
