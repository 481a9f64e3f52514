/**
 * Translations of a template must line up: the same id exists in every locale (a missing one is
 * warned about; its page falls back to another locale), and all share one set of placeholders, so a
 * filled-in value means the same thing whatever the language.
 */
import type { Diagnostics } from '../diagnostics.ts';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';
import { templatesById, type Handbook } from '../model.ts';
import { positionOf } from '../load/yaml-positions.ts';

export function checkTranslationParity(handbook: Handbook, diagnostics: Diagnostics): void {
  for (const [id, byLocale] of templatesById(handbook)) {
    const reference = byLocale.get(DEFAULT_LOCALE) ?? [...byLocale.values()][0];
    const expected = Object.keys(reference.placeholders).sort();
    for (const locale of LOCALES) {
      const template = byLocale.get(locale);
      if (!template) {
        diagnostics.warn(`content/templates/${locale}/${id}.md`, `Missing translation of template "${id}": the ${locale} page shows the ${reference.locale} text with a "not translated yet" notice`, undefined, {
          ruleId: 'missing-translation',
          source: 'i18n',
          note: `Add content/templates/${locale}/${id}.md.`,
        });
        continue;
      }
      if (template === reference) continue;
      const actual = Object.keys(template.placeholders).sort();
      if (actual.join() !== expected.join()) {
        const extra = actual.filter((name) => !expected.includes(name));
        const missing = expected.filter((name) => !actual.includes(name));
        diagnostics.error(template.origin.file, `Placeholders differ from the ${reference.locale} translation (${reference.origin.file})${missing.length ? `: missing ${missing.join(', ')}` : ''}${extra.length ? `; extra ${extra.join(', ')}` : ''}`, positionOf(template.origin.positions, ['placeholders']), {
          ruleId: 'translation-parity',
          source: 'i18n',
          note: 'Translations of a template must use the same placeholder names; only their labels are translated.',
        });
      }
    }
  }
}
