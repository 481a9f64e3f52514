/**
 * The handbook as the pages see it: built once per build from Astro's content collections into the
 * same typed model the checker uses, with the template check report (which rules each template
 * passes) from the same engine that gates the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { Diagnostics } from '../lib/diagnostics.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/i18n/locales.ts';
import type { Handbook } from '../lib/model.ts';
import { runAllChecks, type CheckReport } from '../lib/check.ts';
import { handbookRoot } from '../integration/handbook-root.ts';
import { loadSingleFiles } from '../lib/load/index.ts';
import { splitRegisters } from '../lib/templates/registers.ts';
import { sharedCheckReport } from '../integration/shared-report.ts';

export interface SiteData {
  handbook: Handbook;
  report: CheckReport;
}

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** `pl/some-id` -> ['pl', 'some-id'] for entries kept in locale folders. */
function splitLocaleId(entryId: string): [Locale, string] {
  const [locale, ...rest] = entryId.split('/');
  return [locale, rest.join('/')];
}

/**
 * Entries in a locale folder the site builds. A folder the settings leave out is not built (the
 * checks warn about it), so its entries make no pages and no links.
 */
const built = <T extends { id: string }>(entries: T[]) => entries.filter((entry) => isLocale(splitLocaleId(entry.id)[0]));

const origin = (file: string | undefined) => ({ file: file ?? '' });

async function load(): Promise<SiteData> {
  const [{ settings, interfaceStrings, glossary, roles, severity }, sources, situations, guidelines, trees, templates, playbooks] = await Promise.all([
    loadSingleFiles(handbookRoot()),
    getCollection('sources'),
    getCollection('situations'),
    getCollection('guidelines'),
    getCollection('trees'),
    getCollection('templates'),
    getCollection('playbooks'),
  ]);
  const handbook: Handbook = {
    root: handbookRoot(),
    settings,
    interfaceStrings,
    glossary,
    roles,
    severity,
    sources: sources.map((entry) => ({ ...entry.data, id: entry.id, origin: origin(entry.filePath) })),
    situations: situations.map((entry) => ({ ...entry.data, id: entry.id })),
    guidelines: guidelines.map((entry) => ({ ...entry.data, id: entry.id, origin: origin(entry.filePath) })),
    trees: trees.map((entry) => ({ ...entry.data, id: entry.id, origin: origin(entry.filePath) })),
    templates: built(templates).map((entry) => {
      const [locale, id] = splitLocaleId(entry.id);
      const [main, ...others] = splitRegisters(entry.body ?? '', 1, 1, entry.data.register === 'informal' ? 'informal' : 'formal').bodies;
      const variants = others.map((other) => ({ register: other.register, body: other.text, bodyLine: other.line, bodyColumn: other.column }));
      return { ...entry.data, id, locale, body: main!.text, bodyLine: 1, bodyColumn: 1, variants, origin: origin(entry.filePath) };
    }),
    playbooks: built(playbooks).map((entry) => {
      const [locale, slug] = splitLocaleId(entry.id);
      return { ...entry.data, slug, locale, body: entry.body ?? '', bodyLine: 1, bodyColumn: 1, origin: origin(entry.filePath) };
    }),
  };
  // A build has just checked these same files at its gate; reuse that report rather than check twice.
  const base = import.meta.env.BASE_URL;
  const report = sharedCheckReport(handbook.root, base) ?? runAllChecks(handbook, new Diagnostics(), { base });
  return { handbook, report };
}

let playbookEntries: Promise<Map<string, CollectionEntry<'playbooks'>>> | undefined;

/** The playbook entry to render for a locale: its own, else the default locale's (a fallback). */
export async function getPlaybookEntry(locale: Locale, slug: string) {
  // One lookup table per build: playbook and print pages ask for an entry each.
  playbookEntries ??= getCollection('playbooks').then((entries) => new Map(built(entries).map((entry) => [entry.id, entry])));
  const entries = await playbookEntries;
  const own = entries.get(`${locale}/${slug}`);
  if (own) return { entry: own, fallback: undefined };
  const fallback = entries.get(`${DEFAULT_LOCALE}/${slug}`) ?? [...entries.values()].find((entry) => entry.id.endsWith(`/${slug}`));
  return { entry: fallback!, fallback: fallback ? splitLocaleId(fallback.id)[0] : undefined };
}
