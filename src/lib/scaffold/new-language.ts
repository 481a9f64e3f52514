/**
 * What `npm run new -- language <code>` changes in a handbook: the settings' `locales` gain the
 * language, and for a language the generator has no interface strings for, i18n/<code>.yaml is
 * written with every English string as a comment beside its key, to translate and uncomment. The
 * check lists the keys still missing (interface-strings) and every text of the handbook the new
 * language lacks, until the site can build in it.
 */
import { en } from '../i18n/strings/en.ts';
import { UI_STRINGS } from '../i18n/strings/index.ts';
import type { SkeletonFile } from './skeleton.ts';

export interface NewLanguage {
  settings: string;
  files: SkeletonFile[];
}

/** The settings text with `code` added to `locales` (one written with the locales built so far when it has none). */
export function settingsWithLocale(settings: string, code: string, current: readonly string[]): string {
  const line = /^locales:[ \t]*\[([^\]\n]*)\][ \t]*$/m.exec(settings);
  if (line) {
    const listed = line[1]!.split(',').map((item) => item.trim()).filter(Boolean);
    if (listed.includes(code)) return settings;
    return settings.replace(line[0], `locales: [${[...listed, code].join(', ')}]`);
  }
  if (/^locales:/m.test(settings)) throw new Error('its `locales` is not written on one line as [en, pl, …]: add the language there yourself');
  const separator = settings === '' || settings.endsWith('\n') ? '' : '\n';
  return `${settings}${separator}\n# The languages the site builds, in the order the language switcher lists them.\nlocales: [${[...current.filter((locale) => locale !== code), code].join(', ')}]\n`;
}

/** i18n/<code>.yaml to translate: each key with its English text as a comment, nothing filled in. */
export function interfaceStringsToTranslate(code: string): string {
  const lines = [
    `# Interface strings in ${code}. Translate each English text under its key and remove the "# " before`,
    '# the key: `npm run check` lists the keys still missing. Keep every {parameter} and plural block',
    '# ({count, plural, one {…} other {…}}) as it is.',
    '',
  ];
  for (const [key, text] of Object.entries(en)) lines.push(`# ${key}: ${JSON.stringify(text)}`);
  return `${lines.join('\n')}\n`;
}

export function newLanguage(code: string, settings: string, current: readonly string[]): NewLanguage {
  const files = Object.hasOwn(UI_STRINGS, code) ? [] : [{ path: `i18n/${code}.yaml`, text: interfaceStringsToTranslate(code) }];
  return { settings: settingsWithLocale(settings, code, current), files };
}
