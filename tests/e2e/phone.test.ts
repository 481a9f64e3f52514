// Phone first (issue #20): in a live incident the team answers from a phone. On a 390×844 phone and
// on a small 320×568 one, in every locale: the header stays about 64 px tall; every template page
// shows its reply and its Copy button on the first screen; every tree shows its question and first
// answer there, and answering brings the next question into view with focus on it; every playbook's
// first checklist box is one tap away. Touch targets are at least 44×44 px, text at least 16 px, and
// nothing is wider than the screen.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserSession, distDir, pageErrors } from '../helpers/e2e.ts';

const LOCALES = ['en', 'pl', 'hu', 'ro', 'es', 'fi'] as const;
const PHONES = [
  { name: '390×844', width: 390, height: 844 },
  { name: '320×568', width: 320, height: 568 },
] as const;
const HEADER_MAX = 64;
const TOUCH_MIN = 44;
const TEXT_MIN = 16;
const visibleStep = '[data-tree-app] [data-step]:not([hidden])';

const session = browserSession();
beforeAll(() => session.start());
afterAll(() => session.stop());

/** The pages the build made under /<locale>/<section>/: every template, tree or playbook there is. */
async function builtIds(locale: string, section: string): Promise<string[]> {
  const entries = await readdir(join(distDir(), locale, section), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

async function box(page: Page, selector: string): Promise<Box> {
  return page.locator(selector).first().evaluate((element) => {
    const { top, bottom, left, right, width, height } = element.getBoundingClientRect();
    return { top, bottom, left, right, width, height };
  });
}

const headerHeight = (page: Page) => page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);

/** Visible elements matching the selector that are smaller than a thumb, as "selector: width×height". */
function smallTargets(page: Page, selector: string, min = TOUCH_MIN) {
  return page.evaluate(({ selector, min }) => [...document.querySelectorAll<HTMLElement>(selector)]
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => ({ element, rect: element.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width < min || rect.height < min)
    .map(({ element, rect }) => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.trim().slice(0, 30)}": ${Math.round(rect.width)}×${Math.round(rect.height)}`), { selector, min });
}

/** Elements with visible text of their own set smaller than the minimum. */
function smallText(page: Page) {
  return page.evaluate((min) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('.visually-hidden, script, template, style')) continue;
      if (element.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < min) small.push(`${element.tagName.toLowerCase()}.${element.className} "${node.textContent.trim().slice(0, 30)}": ${size}px`);
    }
    return [...new Set(small)];
  }, TEXT_MIN);
}

/** Whether the page scrolls sideways, and the first elements that pass the screen's right edge. */
function tooWide(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getClientRects().length > 0 && !element.closest('.visually-hidden'))
      .filter((element) => Math.round(element.getBoundingClientRect().right) > width)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return [...(document.documentElement.scrollWidth > width ? ['the page scrolls sideways'] : []), ...out.slice(0, 3)];
  });
}

const cases = PHONES.flatMap((phone) => LOCALES.map((locale) => [phone.name, locale, phone] as const));
/**
 * The smaller phone is the harder test of what must fit on one screen and of what must not be too
 * wide, so the page-by-page sweeps run there in every language; the larger phone checks a sample,
 * which keeps the browser tests inside CI's time budget.
 */
const smallPhone = PHONES[1];
const smallCases = LOCALES.map((locale) => [smallPhone.name, locale, smallPhone] as const);
const sampleEvery = (phone: (typeof PHONES)[number]) => (phone === smallPhone ? 1 : 5);

describe('on a phone, template pages', () => {
  it.each(cases)('%s, %s: the reply and its Copy button are on the first screen of every template page', async (_name, locale, phone) => {
    const page = await session.page({ width: phone.width, height: phone.height });
    const problems: string[] = [];
    const ids = await builtIds(locale, 'templates');
    expect(ids.length).toBeGreaterThanOrEqual(30);
    for (const id of ids.filter((_, index) => index % sampleEvery(phone) === 0)) {
      await page.goto(`${baseUrl()}/${locale}/templates/${id}/`);
      const header = await headerHeight(page);
      const copy = await box(page, '[data-copy-text]');
      const bar = await box(page, '.copy-bar');
      const reply = await box(page, '.reply');
      // The reply shows from its first line down to the copy bar: all of it, or at least 100 px of it.
      const replyShown = Math.min(reply.bottom, bar.top) - Math.max(reply.top, header);
      if (header > HEADER_MAX) problems.push(`${id}: header ${header} px`);
      if (copy.top < 0 || copy.bottom > phone.height) problems.push(`${id}: Copy button at ${Math.round(copy.top)}–${Math.round(copy.bottom)} px`);
      if (reply.top < header || replyShown < Math.min(reply.height, 100)) problems.push(`${id}: reply from ${Math.round(reply.top)} px, ${Math.round(replyShown)} px of it shown above the copy bar`);
    }
    expect(problems).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it.each(PHONES.map((phone) => [phone.name, phone] as const))('%s: the Copy button stays on screen while the fields are filled in, and no field hides under it', async (_name, phone) => {
    const page = await session.page({ width: phone.width, height: phone.height, clipboard: true });
    await page.goto(`${baseUrl()}/es/templates/om-email-explanation/`);
    const fields = page.locator('[data-placeholder-input]');
    expect(await fields.count()).toBeGreaterThanOrEqual(3);
    for (const field of await fields.all()) {
      await field.focus();
      await field.fill('x');
      const input = await field.evaluate((element) => element.getBoundingClientRect().bottom);
      const bar = await box(page, '.copy-bar');
      const copy = await box(page, '[data-copy-text]');
      expect(input).toBeLessThanOrEqual(bar.top + 1);
      expect(copy.top).toBeGreaterThanOrEqual(0);
      expect(copy.bottom).toBeLessThanOrEqual(phone.height);
    }
    // Every field is filled, so copying asks nothing and says it is done.
    await page.click('[data-copy-text]');
    await expect.poll(() => page.textContent('[data-copy-status]')).not.toBe('');
  });

  it('a blank in the reply takes you to its field', async () => {
    const page = await session.page({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}/hu/templates/om-email-explanation/`);
    const slot = page.locator('.reply [data-slot]').last();
    const name = await slot.getAttribute('data-slot');
    await slot.click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(name);
  });
});

describe('on a phone, decision trees', () => {
  it.each(smallCases)('%s, %s: the question and its first answer are on the first screen; an answer brings the next question into view with focus on it', async (_name, locale, phone) => {
    const page = await session.page({ width: phone.width, height: phone.height });
    const problems: string[] = [];
    for (const tree of await builtIds(locale, 'trees')) {
      await page.goto(`${baseUrl()}/${locale}/trees/${tree}/`);
      const header = await headerHeight(page);
      const question = await box(page, `${visibleStep} [data-step-heading]`);
      const answer = await box(page, `${visibleStep} button[data-next]`);
      if (header > HEADER_MAX) problems.push(`${tree}: header ${header} px`);
      if (question.top < header || answer.bottom > phone.height) problems.push(`${tree}: question at ${Math.round(question.top)} px, first answer ends at ${Math.round(answer.bottom)} px`);

      // The last answer is the lowest on the screen: tap it, and the next step comes into view.
      await page.locator(`${visibleStep} button[data-next]`).last().click();
      const step = await page.getAttribute(visibleStep, 'data-step');
      const heading = await box(page, `${visibleStep} [data-step-heading]`);
      const next = (await page.locator(`${visibleStep} button[data-next]`).count()) > 0 ? await box(page, `${visibleStep} button[data-next]`) : heading;
      const focused = await page.evaluate(() => document.activeElement?.matches('[data-tree-app] [data-step]:not([hidden]) [data-step-heading]'));
      if (heading.top < 0 || next.bottom > phone.height) problems.push(`${tree} → ${step}: heading at ${Math.round(heading.top)} px, first answer ends at ${Math.round(next.bottom)} px`);
      if (!focused) problems.push(`${tree} → ${step}: focus is not on the new question`);
    }
    expect(problems).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('on a phone, playbooks', () => {
  it.each(smallCases)('%s, %s: one tap on "go straight to the checklist" brings the first box of the first checklist onto the screen', async (_name, locale, phone) => {
    const page = await session.page({ width: phone.width, height: phone.height });
    const problems: string[] = [];
    const slugs = await builtIds(locale, 'playbooks');
    expect(slugs.length).toBeGreaterThanOrEqual(8);
    for (const slug of slugs) {
      await page.goto(`${baseUrl()}/${locale}/playbooks/${slug}/`);
      const header = await headerHeight(page);
      const link = page.locator('.to-checklist a');
      const linkBox = await box(page, '.to-checklist a');
      if (header > HEADER_MAX) problems.push(`${slug}: header ${header} px`);
      if (linkBox.bottom > phone.height) problems.push(`${slug}: the link ends at ${Math.round(linkBox.bottom)} px`);
      // It points at the first checklist on the page.
      const target = await link.getAttribute('href');
      const first = await page.locator('.prose .checklist').first().getAttribute('id');
      if (target !== `#${first}`) problems.push(`${slug}: the link goes to ${target}, the first checklist is #${first}`);
      await link.click();
      const checkbox = await box(page, `${target} .checklist-item input`);
      if (checkbox.top < 0 || checkbox.bottom > phone.height) problems.push(`${slug}: after the tap the first box is at ${Math.round(checkbox.top)}–${Math.round(checkbox.bottom)} px`);
    }
    expect(problems).toEqual([]);
  });
});

describe('on a phone, the header', () => {
  it.each(LOCALES)('%s: one row; the menu holds the languages and the sections and opens without JavaScript', async (locale) => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await session.page({ width: 320, height: 568, javaScriptEnabled });
      await page.goto(`${baseUrl()}/${locale}/rules/`);
      expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);
      expect(await page.isVisible('.language-picker')).toBe(false);
      expect(await page.isVisible('#site-search')).toBe(false);
      await page.click('.header-menu summary');
      expect(await page.locator('.language-picker a:visible').count()).toBe(6);
      expect(await page.locator('.site-nav a:visible').count()).toBeGreaterThanOrEqual(6);
      expect(await tooWide(page)).toEqual([]);
      await page.click(`.language-picker a[hreflang="${locale === 'fi' ? 'hu' : 'fi'}"]`);
      await page.waitForURL(/\/(fi|hu)\/rules\/$/);
      await page.click('.header-search summary');
      expect(await page.isVisible('#site-search')).toBe(true);
    }
  });

  it('the search button opens the field with focus on it; Escape closes it; "/" opens it too', async () => {
    const page = await session.page({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}/ro/playbooks/viral-post/`);
    await page.click('.header-search summary');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#site-search')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('.header-search') !== null)).toBe(true);
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('scuze');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ro\/search\/\?q=scuze/);
    // On the search page the field is open from the start: the results follow it.
    expect(await page.isVisible('#site-search')).toBe(true);
    expect(await page.inputValue('#site-search')).toBe('scuze');
  });

  it('works with the keyboard: Tab reaches the search and the menu buttons, Enter opens the menu, Tab walks into it', async () => {
    const page = await session.page({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}/fi/`);
    const reached: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => (document.activeElement?.closest('summary') ? `${document.activeElement.closest('details')!.className} summary` : document.activeElement?.className ?? '')));
    }
    expect(reached).toEqual(['skip-link', 'site-name', 'header-search summary', 'header-menu summary']);
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('.header-menu', 'open')).not.toBeNull();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.language-picker') !== null)).toBe(true);
  });

  it('screen readers hear two buttons with names, and whether each is open', async () => {
    const page = await session.page({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}/es/`);
    const cdp = await page.context().newCDPSession(page);
    const buttons = async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[] };
      return nodes
        .filter((node) => !node.ignored && node.role?.value === 'DisclosureTriangle')
        .map((node) => `${node.name?.value} ${node.properties?.find((property) => property.name === 'expanded')?.value.value}`);
    };
    expect(await buttons()).toEqual(['Buscar en el manual false', 'Menú false']);
    await page.click('.header-menu summary');
    expect(await buttons()).toEqual(['Buscar en el manual false', 'Menú true']);
  });

  it('on a wide screen shows the languages, the search field and the sections as before, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await session.page({ width: 1200, height: 800, javaScriptEnabled });
      await page.goto(`${baseUrl()}/pl/templates/`);
      expect(await page.locator('.header-toggle:visible').count()).toBe(0);
      expect(await page.locator('.language-picker a:visible').count()).toBe(6);
      expect(await page.isVisible('#site-search')).toBe(true);
      expect(await page.locator('.site-nav a:visible').count()).toBeGreaterThanOrEqual(6);
      // Name and languages on one row, the field below them, the sections below the field.
      const name = await box(page, '.site-name');
      const languages = await box(page, '.language-picker');
      const field = await box(page, '#site-search');
      const sections = await box(page, '.site-nav');
      expect(Math.abs(name.top + name.height / 2 - (languages.top + languages.height / 2))).toBeLessThan(4);
      expect(field.top).toBeGreaterThanOrEqual(languages.bottom);
      expect(sections.top).toBeGreaterThanOrEqual(field.bottom);
    }
  });
});

describe('on a phone, sizes', () => {
  it.each(smallCases)('%s, %s: touch targets of at least 44×44 px, text of at least 16 px, nothing wider than the screen', async (_name, locale, phone) => {
    const page = await session.page({ width: phone.width, height: phone.height });
    const problems: string[] = [];
    const paths = [
      'templates/jc-email-resolution/',
      'trees/triage/',
      'trees/triage/?triage=q-safety.q-legal.q-who.q-reach.q-kind.q-customer-right.q-many-affected.out-justified',
      'playbooks/justified-complaint/',
      'print/',
      'search/?q=a',
      '',
    ];
    for (const path of paths) {
      await page.goto(`${baseUrl()}/${locale}/${path}`);
      await page.click('.header-menu summary');
      const small = await smallTargets(page, [
        '.tree-answers button', '.checklist-item input', '[data-copy-text]', '[data-copy-link]', '.to-checklist a',
        '.header-toggle', '.language-picker a', '.site-nav a', '.search-form button', '[data-tree-back]', '[data-tree-restart]', '[data-reset]',
      ].join(', '));
      problems.push(...small.map((target) => `${path}: target ${target}`));
      problems.push(...(await smallText(page)).map((text) => `${path}: text ${text}`));
      problems.push(...(await tooWide(page)).map((wide) => `${path}: ${wide}`));
    }
    expect(problems).toEqual([]);
  });
});
