/**
 * Translation status per language: what exists in the default locale but not in a language
 * (missing), what was translated from a source that has changed since (outdated), what does not
 * record its source (unrecorded), and what is overdue for review. Pure: the checks, `npm run status`
 * and the `/<locale>/status/` page all read it.
 */
import type { Diagnostics } from '../diagnostics.ts';
import { overdueItems, type OverdueItem } from '../freshness.ts';
import { hasErrors, LAYOUT } from '../load/layout.ts';
import { positionOf } from '../load/yaml-positions.ts';
import type { Handbook, Origin, Playbook, Template } from '../model.ts';
import { sourceHash } from './source-hash.ts';

export type TranslatedKind = 'template' | 'playbook';

export interface StatusItem {
  kind: TranslatedKind;
  /** The template's id or the playbook's slug. */
  id: string;
  title: string;
  /** The translation's file (for a missing one: where it belongs), relative to the handbook root. */
  file: string;
  /** The default-locale file it is translated from. */
  sourceFile: string;
}

export interface OutdatedItem extends StatusItem {
  /** The hash the translation records, and the source's hash today. */
  recorded: string;
  current: string;
  origin: Origin;
}

export interface LocaleStatus {
  locale: string;
  isDefault: boolean;
  missing: StatusItem[];
  outdated: OutdatedItem[];
  /** Translations without `translatedFrom`: their staleness is unknown. */
  unrecorded: StatusItem[];
  overdue: OverdueItem[];
}

/** Where a template or playbook of this id lives in a locale. */
export function translationFile(kind: TranslatedKind, locale: string, id: string): string {
  return kind === 'template' ? `${LAYOUT.templates}/${locale}/${id}.md` : `${LAYOUT.playbooks}/${locale}/${id}.mdx`;
}

interface Entry {
  kind: TranslatedKind;
  id: string;
  locale: string;
  title: string;
  translatedFrom?: string | undefined;
  origin: Origin;
  hash: () => string;
}

function entries(handbook: Pick<Handbook, 'templates' | 'playbooks'>): Entry[] {
  return [
    ...handbook.playbooks.map((playbook: Playbook): Entry => ({
      kind: 'playbook', id: playbook.slug, locale: playbook.locale, title: playbook.title, translatedFrom: playbook.translatedFrom, origin: playbook.origin,
      hash: () => sourceHash({ kind: 'playbook', playbook }),
    })),
    ...handbook.templates.map((template: Template): Entry => ({
      kind: 'template', id: template.id, locale: template.locale, title: template.title, translatedFrom: template.translatedFrom, origin: template.origin,
      hash: () => sourceHash({ kind: 'template', template }),
    })),
  ];
}

const byKindAndId = (a: StatusItem, b: StatusItem) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id);

/** The status of every configured language, in the order of `locales`. */
export function translationStatus(
  handbook: Pick<Handbook, 'templates' | 'playbooks' | 'settings'>,
  options: { locales: readonly string[]; defaultLocale: string; today: Date },
): LocaleStatus[] {
  const all = entries(handbook);
  const sources = new Map(all.filter((entry) => entry.locale === options.defaultLocale).map((entry) => [`${entry.kind}/${entry.id}`, entry]));
  const sourceHashes = new Map<string, string>();
  const hashOf = (key: string, source: Entry) => {
    if (!sourceHashes.has(key)) sourceHashes.set(key, source.hash());
    return sourceHashes.get(key)!;
  };
  const overdue = overdueItems(handbook, options.today);
  return options.locales.map((locale): LocaleStatus => {
    const own = new Map(all.filter((entry) => entry.locale === locale).map((entry) => [`${entry.kind}/${entry.id}`, entry]));
    const status: LocaleStatus = { locale, isDefault: locale === options.defaultLocale, missing: [], outdated: [], unrecorded: [], overdue: overdue.filter((item) => item.locale === locale) };
    if (status.isDefault) return status;
    for (const [key, source] of sources) {
      const item = { kind: source.kind, id: source.id, title: source.title, file: translationFile(source.kind, locale, source.id), sourceFile: translationFile(source.kind, options.defaultLocale, source.id) };
      const translation = own.get(key);
      if (!translation) status.missing.push(item);
      else if (!translation.translatedFrom) status.unrecorded.push({ ...item, title: translation.title });
      else {
        const current = hashOf(key, source);
        if (translation.translatedFrom !== current) status.outdated.push({ ...item, title: translation.title, recorded: translation.translatedFrom, current, origin: translation.origin });
      }
    }
    status.missing.sort(byKindAndId);
    status.outdated.sort(byKindAndId);
    status.unrecorded.sort(byKindAndId);
    return status;
  });
}

/**
 * `translation-outdated` warnings at each outdated translation's `translatedFrom` line, and one note
 * per language for the translations that record no source: a handbook that has never recorded them
 * would otherwise get a warning for every translation, burying the findings that need work, while
 * nothing about those files is known to be wrong.
 */
export function checkTranslations(statuses: readonly LocaleStatus[], diagnostics: Diagnostics): void {
  // A file with errors has those to fix first; its translation status adds nothing until it loads cleanly.
  const clean = (item: StatusItem) => !hasErrors(diagnostics, item.file);
  for (const status of statuses) {
    for (const item of status.outdated.filter(clean)) {
      diagnostics.warn(item.file, `Translation outdated: ${item.sourceFile} has changed since this ${item.kind} was translated from it (translatedFrom ${item.recorded}, now ${item.current})`, positionOf(item.origin.positions, ['translatedFrom']), {
        ruleId: 'translation-outdated',
        source: 'i18n',
        note: `Bring the translation up to date with ${item.sourceFile} (\`git log -p ${item.sourceFile}\` shows what changed), then run \`npm run translated -- ${item.file}\`.`,
      });
    }
    const unrecorded = status.unrecorded.filter(clean);
    if (unrecorded.length) {
      const [first, ...rest] = unrecorded;
      const count = unrecorded.length;
      const more = rest.length ? ` and ${rest.length} more (${rest.slice(0, 3).map((item) => item.file).join(', ')}${rest.length > 3 ? ', …' : ''})` : '';
      diagnostics.info(first!.file, `${count === 1 ? '1 translation' : `${count} translations`} in ${status.locale} ${count === 1 ? 'records' : 'record'} no translatedFrom: this file${more}; whether ${count === 1 ? 'it is' : 'they are'} outdated is not known`, undefined, {
        ruleId: 'translation-not-recorded',
        source: 'i18n',
        note: `Check each one against its source, then run \`npm run translated -- <file>\` for it (or \`npm run translated -- ${status.locale}\` once every ${status.locale} translation matches its source).`,
      });
    }
  }
}
