import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserSession, pageErrors } from '../helpers/e2e.ts';

const session = browserSession();
beforeAll(() => session.start());
afterAll(() => session.stop());

const visibleStep = '[data-tree-app] [data-step]:not([hidden])';

describe('interactive decision tree', () => {
  it('clicks through to an outcome, goes back, reloads on a step URL, and restarts', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/en/trees/triage/`);
    expect(await page.getAttribute(visibleStep, 'data-step')).toBe('q-safety');
    await page.click(`${visibleStep} button[data-next="q-legal"]`);
    expect(await page.getAttribute(visibleStep, 'data-step')).toBe('q-legal');
    expect(page.url()).toContain('triage=q-safety.q-legal');
    // Focus moves to the new question, for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-step]')?.getAttribute('data-step'))).toBe('q-legal');
    await page.click(`${visibleStep} button[data-next="out-hate-speech"]`);
    expect(await page.getAttribute(visibleStep, 'data-step')).toBe('out-hate-speech');
    expect(await page.locator(`${visibleStep} .template-card`).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-tree-breadcrumbs] li').count()).toBe(3);

    await page.goBack();
    expect(await page.getAttribute(visibleStep, 'data-step')).toBe('q-legal');
    await page.reload();
    expect(await page.getAttribute(visibleStep, 'data-step')).toBe('q-legal');
    await page.click('[data-tree-back]');
    expect(await page.getAttribute(visibleStep, 'data-step')).toBe('q-safety');
    await page.click(`${visibleStep} button[data-next="q-legal"]`);
    await page.click('[data-tree-restart]');
    expect(await page.getAttribute(visibleStep, 'data-step')).toBe('q-safety');
    expect(pageErrors(page)).toEqual([]);
  });

  it('opens a pasted step link at that step, with its path', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/pl/trees/triage/?triage=q-safety.q-legal.q-who.q-reach.q-kind.q-customer-right.q-many-affected`);
    expect(await page.getAttribute(visibleStep, 'data-step')).toBe('q-many-affected');
    expect(await page.locator('[data-tree-breadcrumbs] li').count()).toBe(7);
  });

  it('copies a link to a reply of an outcome that opens that outcome, with the reply in view', async () => {
    const page = await session.page({ clipboard: true });
    await page.goto(`${baseUrl()}/fi/trees/triage/?triage=q-safety.q-legal.q-who.q-reach.q-kind.out-troll`);
    const card = page.locator(`${visibleStep} .template-card`).first();
    const cardId = (await card.locator('.template-title').getAttribute('id'))!;
    await card.locator('[data-copy-link]').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseUrl()}/fi/trees/triage/?triage=q-safety.q-legal.q-who.q-reach.q-kind.out-troll#${cardId}`);
    for (const url of [link, link.replace(/\?[^#]*/, '')]) {
      // The link as copied, and the same without the answers (the form links had before).
      const opened = await session.page();
      await opened.goto(url);
      expect(await opened.getAttribute(visibleStep, 'data-step')).toBe('out-troll');
      expect(await opened.locator(`#${cardId}`).isVisible()).toBe(true);
      expect(await opened.locator(`#${cardId}`).evaluate((element) => element.getBoundingClientRect().top < innerHeight)).toBe(true);
    }
  });

  it('works with the keyboard alone', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/fi/trees/reply-or-not/`);
    await page.focus(`${visibleStep} button[data-next]`);
    await page.keyboard.press('Enter');
    const step = await page.getAttribute(visibleStep, 'data-step');
    expect(step).not.toBe('q-risk');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute(visibleStep, 'data-step')).not.toBe(step);
  });

  it('announces each new step through a live region', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/es/trees/compensation/`);
    await page.click(`${visibleStep} button[data-next]`);
    const heading = await page.textContent(`${visibleStep} [data-step-heading]`);
    expect(await page.textContent('[data-tree-live]')).toBe(heading);
  });

  it('reads as a nested outline without JavaScript, every node with an anchor', async () => {
    const page = await session.page({ javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/ro/trees/triage/#triage-node-out-troll`);
    expect(await page.isVisible('.tree-outline')).toBe(true);
    expect(await page.isVisible('#triage-node-out-troll')).toBe(true);
    expect(await page.locator('.tree-outline ul ol .outline-node').count()).toBeGreaterThan(5);
  });
});
