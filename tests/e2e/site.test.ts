import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { baseUrl, browserSession, pageErrors } from '../helpers/e2e.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { splitFrontMatter } from '../../src/lib/load/front-matter.ts';

const LOCALES = ['en', 'pl', 'hu', 'ro', 'es', 'fi'] as const;
const session = browserSession();
beforeAll(() => session.start());
afterAll(() => session.stop());

/** On a phone the languages are in the header's menu: open it, then pick one. */
async function chooseLanguage(page: Page, locale: string) {
  await page.click('.header-menu summary');
  await page.click(`.language-picker a[hreflang="${locale}"]`);
}

describe('language switcher', () => {
  it.each([
    ['/en/templates/jc-public-thanks-apology/', 'fi', '/fi/templates/jc-public-thanks-apology/'],
    ['/pl/playbooks/viral-post/', 'ro', '/ro/playbooks/viral-post/'],
    ['/hu/trees/triage/', 'es', '/es/trees/triage/'],
    ['/es/rules/stay-calm/', 'hu', '/hu/rules/stay-calm/'],
    ['/fi/sources/', 'en', '/en/sources/'],
  ])('keeps the page: %s -> %s', async (from, locale, to) => {
    const page = await session.page();
    await page.goto(baseUrl() + from);
    await chooseLanguage(page, locale);
    await page.waitForURL(baseUrl() + to);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('home page', () => {
  it.each(['en', 'ro'])('%s: lists every playbook once, with no heading that repeats a playbook title', async (locale) => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/${locale}/`);
    const section = page.locator('[aria-labelledby="by-situation"]');
    const titles = (await section.locator('.card-link').allTextContents()).map((title) => title.trim());
    const folder = join(PROJECT_ROOT, 'playbooks', locale);
    const situations: string[] = [];
    for (const name of await readdir(folder)) situations.push((parse(splitFrontMatter(await readFile(join(folder, name), 'utf8')).yaml!) as { situation: string }).situation);
    expect(titles).toHaveLength(situations.length);
    // A situation gets a heading only when it has several playbooks to group.
    const shared = new Set(situations.filter((situation, index) => situations.indexOf(situation) !== index));
    expect(await section.locator('h3').count()).toBe(shared.size);
  });
});

describe('rule pages', () => {
  it.each(['en', 'hu'])('%s: link every playbook that applies the rule, as the playbooks list it', async (locale) => {
    const folder = join(PROJECT_ROOT, 'playbooks', locale);
    const expected: string[] = [];
    for (const name of (await readdir(folder)).sort()) {
      const { rules } = parse(splitFrontMatter(await readFile(join(folder, name), 'utf8')).yaml!) as { rules: string[] };
      if (rules.includes('thank-and-apologise')) expected.push(`/${locale}/playbooks/${name.replace(/\.mdx$/, '')}/`);
    }
    expect(expected.length).toBeGreaterThan(1);
    const page = await session.page();
    await page.goto(`${baseUrl()}/${locale}/rules/thank-and-apologise/`);
    const links = await page.locator('[aria-labelledby="rule-playbooks"] a').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect(links.sort()).toEqual(expected.sort());
  });
});

describe('an address the site does not have', () => {
  it('answers 404 with a page that says so in the six languages and links each home page', async () => {
    const page = await session.page();
    const response = await page.goto(`${baseUrl()}/pl/playbooks/no-such-playbook/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toContain('Page not found');
    expect(await page.locator('.language-list [lang="pl"]').textContent()).toContain('Nie znaleziono strony');
    const homes = await page.locator('.language-list a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(homes).toEqual(['/en/', '/pl/', '/hu/', '/ro/', '/es/', '/fi/']);
  });
});

describe('language switcher keeps what the reader reached', () => {
  it('a tree step, template filters and search words go along to the other language', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/en/trees/triage/?triage=q-safety.q-legal.q-who.q-reach.q-kind.out-troll`);
    await chooseLanguage(page, 'pl');
    await page.waitForURL(`${baseUrl()}/pl/trees/triage/?triage=q-safety.q-legal.q-who.q-reach.q-kind.out-troll`);
    expect(await page.getAttribute('[data-tree-app] [data-step]:not([hidden])', 'data-step')).toBe('out-troll');

    await page.goto(`${baseUrl()}/hu/templates/?channel=x`);
    await chooseLanguage(page, 'fi');
    await page.waitForURL(`${baseUrl()}/fi/templates/?channel=x`);
    expect(await page.inputValue('#filter-channel')).toBe('x');

    await page.goto(`${baseUrl()}/es/search/?q=twitter`);
    await chooseLanguage(page, 'ro');
    await page.waitForURL(`${baseUrl()}/ro/search/?q=twitter`);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('on a phone', () => {
  it.each(LOCALES)('%s: no page type scrolls sideways at 360 px, nor any element stick out of the screen', async (locale) => {
    const page = await session.page({ width: 360 });
    const paths = ['', 'playbooks/', 'playbooks/own-mistake/', 'templates/', 'templates/cc-email-affected-customers/', 'trees/triage/?triage=q-safety.q-legal.q-who.q-reach.q-kind.q-customer-right.q-many-affected.out-justified', 'trees/compensation/', 'rules/', 'rules/fit-the-channel/', 'sources/', 'search/?q=post', 'print/'];
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${baseUrl()}/${locale}/${path}`);
      await page.waitForLoadState('networkidle');
      // The menu scrolls sideways on purpose, inside its own box; nothing else may pass the right edge.
      const found = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out = [...document.querySelectorAll<HTMLElement>('main *, .site-header *')]
          .filter((element) => !element.closest('.site-nav') && element.getClientRects().length > 0)
          .filter((element) => Math.round(element.getBoundingClientRect().right) > width)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
        return { scroll: document.documentElement.scrollWidth > width, out: out.slice(0, 3) };
      });
      if (found.scroll || found.out.length) wide.push(`${path}: ${found.scroll ? 'page scrolls; ' : ''}${found.out.join(', ')}`);
    }
    expect(wide).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it.each(LOCALES)('%s: every page type reads, and no control that needs JavaScript shows', async (locale) => {
    const page = await session.page({ javaScriptEnabled: false });
    for (const path of ['', 'playbooks/justified-complaint/', 'templates/ge-holding-reply/', 'trees/triage/', 'rules/no-unkeepable-promises/', 'sources/', 'search/', 'print/']) {
      const response = await page.goto(`${baseUrl()}/${locale}/${path}`);
      expect(response?.status(), path).toBe(200);
      expect((await page.textContent('main'))!.trim().length, path).toBeGreaterThan(100);
      expect(await page.isVisible('h1'), path).toBe(true);
      // Copy buttons, fill-in forms and the one-step tree view need JavaScript: they stay hidden.
      expect(await page.locator('[data-copy-text]:visible, [data-fill-form]:visible, [data-tree-app]:visible').count(), path).toBe(0);
    }
    await page.goto(`${baseUrl()}/${locale}/templates/ge-holding-reply/`);
    expect(await page.isVisible('.reply')).toBe(true);
    await page.goto(`${baseUrl()}/${locale}/trees/triage/`);
    expect(await page.locator('.tree-outline .outline-node').count()).toBeGreaterThan(10);
    // A search sent without JavaScript lands on the full list, which says why.
    await page.goto(`${baseUrl()}/${locale}/search/?q=post`);
    expect(await page.isVisible('.everything .notice')).toBe(true);
  });

  it('the root page lists the six languages', async () => {
    const page = await session.page({ javaScriptEnabled: false });
    await page.goto(baseUrl() + '/');
    expect(await page.locator('[data-language-list] a').count()).toBe(6);
  });
});

describe('the root page', () => {
  it("goes to the browser's language when JavaScript runs", async () => {
    const page = await session.page();
    await page.context().setExtraHTTPHeaders({});
    await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['hu-HU', 'en'] }));
    await page.goto(baseUrl() + '/');
    await page.waitForURL(baseUrl() + '/hu/');
  });
});
