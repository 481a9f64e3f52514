/**
 * Which locales a handbook builds and which one the others fall back to, from its settings
 * (handbook.config.yaml `locales`, `defaultLocale`) or, where the settings are silent, from the
 * locale folders it has. Read synchronously when the generator starts, because every module that
 * lists locales (routes, schemas' checks, the language switcher) needs them before anything is
 * loaded; the loader validates the same file afterwards and reports what is wrong with it.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

/** The locales the generator has interface strings and language data for, in its preferred order. */
export const GENERATOR_LOCALES = ['en', 'pl', 'hu', 'ro', 'es', 'fi'] as const;

/** A locale code as used in URLs and folder names (same as LOCALE_CODE in schema.ts, kept here zod-free). */
const LOCALE_CODE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/;

export interface LocaleSettings {
  locales: string[];
  defaultLocale: string;
}

export interface DeclaredLocales {
  locales?: unknown;
  defaultLocale?: unknown;
}

const codes = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((code): code is string => typeof code === 'string' && LOCALE_CODE.test(code)))] : [];

/**
 * Declared locales win; otherwise the locale folders found, the default first, then in the
 * generator's order, then alphabetically. The default is the declared one when it is a built
 * locale, else English when built, else the first locale.
 */
export function resolveLocales(declared: DeclaredLocales, folders: string[]): LocaleSettings {
  const listed = codes(declared.locales);
  const wantedDefault = typeof declared.defaultLocale === 'string' && LOCALE_CODE.test(declared.defaultLocale) ? declared.defaultLocale : undefined;
  let locales = listed;
  if (!locales.length) {
    const rank = (code: string) => {
      const index = (GENERATOR_LOCALES as readonly string[]).indexOf(code);
      return index < 0 ? GENERATOR_LOCALES.length : index;
    };
    locales = [...new Set(codes(folders))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    if (wantedDefault && !locales.includes(wantedDefault)) locales.unshift(wantedDefault);
    if (!locales.length) locales = ['en'];
  }
  const defaultLocale = wantedDefault && locales.includes(wantedDefault) ? wantedDefault : locales.includes('en') ? 'en' : locales[0];
  if (!listed.length) locales = [defaultLocale, ...locales.filter((code) => code !== defaultLocale)];
  return { locales, defaultLocale };
}

/** Settings files past this size are left to the loader, which reports them; nobody writes one this big. */
const MAX_SETTINGS_BYTES = 1_000_000;

function isRegularFile(path: string, maxBytes = Infinity): boolean {
  try {
    const stat = lstatSync(path);
    return stat.isFile() && stat.size <= maxBytes;
  } catch {
    return false;
  }
}

function folderNames(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** What handbook.config.yaml declares, or nothing when it is absent or unreadable (the loader says why). */
export function readDeclaredLocales(root: string): DeclaredLocales {
  const file = join(root, 'handbook.config.yaml');
  // Only a plain file is read: a pipe or a device named like the settings would block the start.
  if (!isRegularFile(file, MAX_SETTINGS_BYTES)) return {};
  try {
    const data = load(readFileSync(file, 'utf8'));
    return data && typeof data === 'object' ? (data as DeclaredLocales) : {};
  } catch {
    return {};
  }
}

export function readLocaleSettings(root: string): LocaleSettings {
  const folders = [...folderNames(join(root, 'playbooks')), ...folderNames(join(root, 'content', 'templates'))];
  return resolveLocales(readDeclaredLocales(root), folders);
}
