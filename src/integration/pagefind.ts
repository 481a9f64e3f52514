import { readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';

/**
 * The pages that carry `data-pagefind-body` (every page whose layout keeps `searchable`): playbooks,
 * templates, trees, rules and the sources and severity pages of each locale. Pagefind reads only these files, so the
 * index and print pages, which would be skipped anyway, cost nothing (about a fifth of a large site).
 * A dist test checks that no page with `data-pagefind-body` falls outside this pattern.
 */
export const SEARCHABLE_PAGES = '*/{sources/index.html,severity/index.html,playbooks/*/index.html,templates/*/index.html,trees/*/index.html,rules/*/index.html}';

/** Builds the Pagefind index into `<dir>/pagefind/`, one index per `<html lang>`; throws on any failure. */
export async function indexSite(dir: string): Promise<{ pages: number; languages: string[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir, glob: SEARCHABLE_PAGES });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind found no pages to index: do the pages carry data-pagefind-body?');
    const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // pagefind-entry.json lists one index per language found in the pages' <html lang>.
    const entry = JSON.parse(await readFile(`${dir}/pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, unknown> };
    const languages = Object.keys(entry.languages).sort();
    return { pages: added.page_count, languages: [...new Set(languages)].sort() };
  } finally {
    await pagefind.close();
  }
}
