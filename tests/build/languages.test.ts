/**
 * The site's languages come from the handbook's settings: a handbook in English and German (with
 * German interface strings it brings itself) and one in a single language build as such.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandbook, type BuildResult } from '../helpers/build.ts';
import { fixtureCopy } from '../helpers/fixtures.ts';

const EN_DE = resolve(import.meta.dirname, '../fixtures/en-de');

describe('a handbook in English and German', () => {
  let result: BuildResult;
  const page = (path: string) => readFile(join(result.outDir, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    result = await buildHandbook(EN_DE);
  });

  it('builds exactly the two locales of its settings', async () => {
    expect(result.code, result.output).toBe(0);
    const folders = (await readdir(result.outDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(folders.filter((name) => /^[a-z]{2}$/.test(name))).toEqual(['de', 'en']);
    expect(result.output).toMatch(/Pagefind indexed \d+ pages in de, en/);
  });

  it('renders German pages in German: interface strings, dates, language names', async () => {
    const html = await page('de/playbooks/late-delivery');
    expect(html).toMatch(/<html lang="de" dir="ltr">/);
    // The handbook's i18n/de.yaml, not the English fallback.
    const strings = await readFile(join(EN_DE, 'i18n/de.yaml'), 'utf8');
    const navPrint = /^nav\.print: (.+)$/m.exec(strings)![1].replace(/^"|"$/g, '');
    expect(html).toContain(`>${navPrint}<`);
    expect(html).toContain('29. November 2026');
    expect(html).toMatch(/title="Deutsch"/);
    expect(html).toMatch(/title="English"/);
    expect(html).toMatch(/<link rel="alternate" hreflang="de"/);
    expect(html).not.toMatch(/hreflang="(pl|hu|ro|es|fi)"/);
  });

  it('lists both languages on the root page, each in itself', async () => {
    const html = await readFile(join(result.outDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="en"/);
    expect([...html.matchAll(/<strong>([^<]+)<\/strong>/g)].map((match) => match[1])).toEqual(['English', 'Deutsch']);
  });
});

describe('a handbook in one language', () => {
  let result: BuildResult;

  beforeAll(async () => {
    const root = await fixtureCopy(async (dir) => {
      const file = join(dir, 'handbook.config.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^locales:.*$/m, 'locales: [de]').replace(/^defaultLocale:.*$/m, 'defaultLocale: de'));
      await rm(join(dir, 'content/templates/en'), { recursive: true });
      await rm(join(dir, 'playbooks/en'), { recursive: true });
    }, EN_DE);
    result = await buildHandbook(root);
  });

  it('builds only that language, with no language switcher and no alternates', async () => {
    expect(result.code, result.output).toBe(0);
    const html = await readFile(join(result.outDir, 'de/templates/late-delivery-reply/index.html'), 'utf8');
    expect(html).toMatch(/<html lang="de"/);
    expect(html).not.toContain('language-picker');
    expect(html).not.toContain('hreflang');
    await expect(readFile(join(result.outDir, 'en/index.html'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('opens the one language from the root address', async () => {
    const html = await readFile(join(result.outDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/de\/"/);
  });
});
