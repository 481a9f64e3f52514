import { readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';

/** Builds the Pagefind index into `<dir>/pagefind/`, one index per `<html lang>`; throws on any failure. */
export async function indexSite(dir: string): Promise<{ pages: number; languages: string[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
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
