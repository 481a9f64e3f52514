import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { baseUrl, browserSession, distDir } from '../helpers/e2e.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { splitFrontMatter } from '../../src/lib/load/front-matter.ts';

const session = browserSession();
beforeAll(() => session.start());
afterAll(() => session.stop());

/** A template's title in a locale, read from its file, so the test follows the content. */
async function templateTitle(locale: string, id: string): Promise<string> {
  const { yaml } = splitFrontMatter(await readFile(join(PROJECT_ROOT, 'content/templates', locale, `${id}.md`), 'utf8'));
  return (parse(yaml!) as { title: string }).title;
}

async function search(locale: string, query: string, extra = '') {
  const page = await session.page();
  await page.goto(`${baseUrl()}/${locale}/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForSelector('[data-search-results] li, [data-search-status]:has-text("0")', { timeout: 15_000 });
  await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  return page;
}

describe('search', () => {
  it.each(['en', 'pl', 'hu', 'ro', 'es', 'fi'])('%s: a query for a template title returns it near the top, deep-linked', async (locale) => {
    const title = await templateTitle(locale, 'cc-sms-notice');
    const page = await search(locale, title);
    const hrefs = await page.locator('[data-search-results] li a').evaluateAll((links) => links.slice(0, 5).map((link) => (link as HTMLAnchorElement).getAttribute('href')));
    expect(hrefs.some((href) => href?.includes('cc-sms-notice')), hrefs.join(' ')).toBe(true);
    const types = await page.locator('[data-search-results] .result-type').allTextContents();
    expect(types.every((type) => type.trim().length > 0)).toBe(true);
    expect(await page.locator('[data-search-results] li p').first().textContent()).not.toBe('');
  });

  it.each([
    ['en', 'apology'],
    ['hu', 'bocsánatkérés'],
  ])('%s: excerpts read as text: a space after each match, and no page labels run together', async (locale, query) => {
    const page = await search(locale, query);
    const excerpts = await page.locator('[data-search-results] li p').evaluateAll((paragraphs) =>
      paragraphs.map((paragraph) => ({
        text: paragraph.textContent ?? '',
        // What follows each highlighted word: a letter straight after it means a lost space.
        glued: [...paragraph.querySelectorAll('mark')].filter((mark) => /^\p{L}/u.test(mark.nextSibling?.textContent ?? '')).length,
      })),
    );
    expect(excerpts.length).toBeGreaterThan(2);
    expect(excerpts.filter((excerpt) => excerpt.glued > 0)).toEqual([]);
    // The hidden type and filter labels of a page (Template, its situation, its channels) are not content.
    const labels = new RegExp(`${locale === 'en' ? 'Template' : 'Sablon'}(?=\\p{Lu})|FacebookInstagram`, 'u');
    expect(excerpts.filter((excerpt) => labels.test(excerpt.text))).toEqual([]);
  });

  it('shows twenty results at a time, and the rest on request, as many as it counts', async () => {
    const page = await search('en', 'customer');
    const status = (await page.textContent('[data-search-status]'))!;
    const total = Number(/\d+/.exec(status)![0]);
    expect(total).toBeGreaterThan(20);
    const shown = () => page.locator('[data-search-results] li:not(.search-more)').count();
    expect(await shown()).toBe(20);
    while (await page.locator('.search-more button').count()) {
      const before = await shown();
      await page.click('.search-more button');
      await expect.poll(shown).toBeGreaterThan(before);
    }
    expect(await shown()).toBe(total);
    // After "more", focus is on the first of the new results.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.matches('[data-search-results]'))).toBe(true);
  });

  it('en: excerpts of checklists and rule examples keep their labels apart from the text', async () => {
    for (const query of ['lead', 'dear']) {
      const page = await search('en', query);
      const texts = await page.locator('[data-search-results] li p').allTextContents();
      expect(texts.filter((text) => /\p{L}(?:Who|When):|(?:Good|Bad):?\p{Lu}/u.test(text)), query).toEqual([]);
    }
  });

  it('pl: a prefix of a word still finds the page (Polish has no stemming)', async () => {
    const title = await templateTitle('pl', 'cc-sms-notice');
    const word = title.split(/\s+/).sort((a, b) => b.length - a.length)[0];
    const page = await search('pl', word.slice(0, Math.max(4, word.length - 2)));
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
  });

  it('finds a decision tree step and links to it', async () => {
    const tree = parse(await readFile(join(PROJECT_ROOT, 'content/trees/triage.yaml'), 'utf8')) as { nodes: { id: string; question?: { fi: string } }[] };
    const question = tree.nodes.find((node) => node.id === 'q-many-affected')!.question!.fi;
    const page = await search('fi', question.replace(/[?,]/g, ''));
    const hrefs = await page.locator('[data-search-results] li a').evaluateAll((links) => links.slice(0, 5).map((link) => (link as HTMLAnchorElement).getAttribute('href')));
    expect(hrefs.some((href) => href?.includes('/fi/trees/triage/#triage-node-q-many-affected')), hrefs.join(' ')).toBe(true);
  });

  it('a filter narrows the results', async () => {
    const page = await search('en', 'customer');
    // The list shows the first 20; the status line gives the total, which the filter must reduce.
    const total = async () => Number(/\d+/.exec((await page.textContent('[data-search-status]')) ?? '')?.[0]);
    const before = await total();
    expect(before).toBeGreaterThan(0);
    await page.click('.search-filters-box summary');
    await page.locator('[data-search-filters] input[value="Template"]').check();
    await expect.poll(total).toBeLessThan(before);
    expect(await total()).toBeGreaterThan(0);
    const types = await page.locator('[data-search-results] .result-type').allTextContents();
    expect(new Set(types)).toEqual(new Set(['Template']));
    expect(page.url()).toContain('f.');
  });

  it('a deep link lands on its anchor', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/en/playbooks/service-failure/#template-sf-outage-holding`);
    const top = await page.locator('#template-sf-outage-holding').evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
  });

  it('says why when the index cannot load', async () => {
    const page = await session.page();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${baseUrl()}/fi/search/?q=kiitos`);
    await expect.poll(() => page.textContent('[data-search-status]')).toMatch(/\(.+\)/);
    expect(await page.locator('.everything a').count()).toBeGreaterThan(30);
  });

  it('every page has the search field, and / focuses it', async () => {
    const page = await session.page({ width: 1200 });
    await page.goto(`${baseUrl()}/hu/playbooks/troll-abuse/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
  });

  it('keeps navigation and footers out of the index', async () => {
    const html = await readFile(join(distDir(), 'en/rules/stay-calm/index.html'), 'utf8');
    const body = /<main[^>]*data-pagefind-body/.test(html);
    expect(body).toBe(true);
    expect(html).not.toMatch(/<header[^>]*data-pagefind-body/);
  });
});
