/**
 * The interface strings a handbook brings in `i18n/<locale>.yaml`: a language the generator has no
 * strings for, or its own wording of some strings in one it has. Read synchronously when the
 * generator starts, like the locales (locale-settings.ts), since every page's components translate
 * as they render; the loader reads the same files again with positions and the checks report what
 * is missing or wrong in them (src/lib/i18n/string-checks.ts).
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export const I18N_FOLDER = 'i18n';

/** A strings file past this size is left to the loader, which reports it. */
const MAX_STRINGS_BYTES = 1_000_000;

export type HandbookStrings = Record<string, Record<string, string>>;

export function readHandbookStrings(root: string): HandbookStrings {
  const folder = join(root, I18N_FOLDER);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.yaml'));
  } catch {
    return {};
  }
  const strings: HandbookStrings = {};
  for (const name of names) {
    const path = join(folder, name);
    try {
      const stat = lstatSync(path);
      if (!stat.isFile() || stat.size > MAX_STRINGS_BYTES) continue;
      const data = load(readFileSync(path, 'utf8'));
      if (!data || typeof data !== 'object' || Array.isArray(data)) continue;
      strings[name.slice(0, -'.yaml'.length)] = Object.fromEntries(Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''));
    } catch {
      // The loader reports a file it cannot read or parse; the site uses the generator's strings meanwhile.
    }
  }
  return strings;
}
