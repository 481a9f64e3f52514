/**
 * Translations of a template must line up. The same id should exist in every locale (a missing one
 * is a warning: its page falls back to another locale with a notice). All translations must declare
 * one set of placeholders (an error: a filled-in value must mean the same whatever the language).
 * They should also share kind, situation, channels and rules, since those decide which checks run
 * and where a template is listed (a warning).
 */
import type { Diagnostics } from '../diagnostics.ts';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';
import { templatesById, type Handbook, type Template } from '../model.ts';
import { hasErrors } from '../load/layout.ts';
import { positionOf } from '../load/yaml-positions.ts';

const SHARED_FIELDS = ['kind', 'situation', 'channels', 'guidelines'] as const;

const asSet = (values: readonly string[]) => [...new Set(values)].sort();
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

export function checkTranslationParity(handbook: Handbook, diagnostics: Diagnostics): void {
  for (const [id, byLocale] of templatesById(handbook)) {
    // Translations are compared with the default locale's, or else with the first that exists.
    const reference = byLocale.get(DEFAULT_LOCALE) ?? [...byLocale.values()][0];
    // A file that is there but failed to load has its own errors: it is not missing.
    const missing = LOCALES.filter((locale) => !byLocale.has(locale) && !hasErrors(diagnostics, `content/templates/${locale}/${id}.md`));
    if (missing.length) {
      // One warning per template, on the file that exists, rather than one per missing language.
      diagnostics.warn(reference.origin.file, `Missing translation of template "${id}" in ${missing.join(', ')}: ${missing.length > 1 ? 'those pages show' : 'that page shows'} the ${reference.locale} text with a "not translated yet" notice`, undefined, {
        ruleId: 'missing-translation',
        source: 'i18n',
        note: `Add ${missing.map((locale) => `content/templates/${locale}/${id}.md`).join(', ')}, with the same placeholders as ${reference.origin.file}.`,
      });
    }
    for (const template of byLocale.values()) if (template !== reference) compareWith(reference, template, diagnostics);
  }
}

function compareWith(reference: Template, template: Template, diagnostics: Diagnostics) {
  const expected = asSet(Object.keys(reference.placeholders));
  const actual = asSet(Object.keys(template.placeholders));
  if (!same(expected, actual)) {
    const missing = expected.filter((name) => !actual.includes(name));
    const extra = actual.filter((name) => !expected.includes(name));
    const parts = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `extra ${extra.join(', ')}` : ''].filter(Boolean);
    // At the first name that is not in the reference, where there is one: usually a translated or misspelt name.
    const place = positionOf(template.origin.positions, extra.length ? ['placeholders', extra[0]] : ['placeholders']);
    const sameNames = 'Translations of a template use the same placeholder names; only their labels are translated.';
    diagnostics.error(template.origin.file, `Placeholders differ from the ${reference.locale} translation (${reference.origin.file}): ${parts.join('; ')}`, place, {
      ruleId: 'translation-parity',
      source: 'i18n',
      note: extra.length === 1 && missing.length === 1 ? `Rename "${extra[0]}" to "${missing[0]}". ${sameNames}` : sameNames,
    });
  }
  for (const field of SHARED_FIELDS) {
    const mine = template[field];
    const theirs = reference[field];
    const differs = Array.isArray(mine) ? !same(asSet(mine), asSet(theirs as string[])) : mine !== theirs;
    if (!differs) continue;
    const show = (value: string | string[]) => (Array.isArray(value) ? `[${value.join(', ')}]` : value);
    diagnostics.warn(template.origin.file, `Field "${field}" is ${show(mine)} here but ${show(theirs)} in the ${reference.locale} translation (${reference.origin.file})`, positionOf(template.origin.positions, [field]), {
      ruleId: 'translation-parity',
      source: 'i18n',
      note: `Translations of a template share ${SHARED_FIELDS.join(', ')}; only the wording differs.`,
    });
  }
}
