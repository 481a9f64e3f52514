/**
 * `npm run dev` on a copy of the small valid fixture: breaking a template shows its finding (file,
 * line, rule) in a panel over the open page, the panel fits a phone and can be closed, and mending
 * the template takes it away. The dev server runs on a free port on 127.0.0.1 with its own cache
 * folder and is stopped after the tests, whatever happened. Waits are on selectors, never on time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/e2e.ts';
import { fixtureCopy, replaceIn } from '../helpers/fixtures.ts';
import { ASTRO_CLI, freePort, startProcess, type Running } from '../helpers/processes.ts';

/**
 * The box of an element that may be drawn again: a content change reloads the page in the dev
 * server, and the panel comes back after the reload, so a box taken mid-reload is measured again.
 */
async function boxOf(page: Page, selector: string) {
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.locator(selector).waitFor({ state: 'visible', timeout: 30_000 });
    const box = await page.locator(selector).boundingBox().catch(() => null);
    if (box) return box;
  }
  throw new Error(`${selector} never stayed on the page long enough to be measured`);
}

describe('live checks in the dev server', () => {
  const browser = browserSession();
  let root: string | undefined;
  let cache: string | undefined;
  let server: Running | undefined;
  let url = '';
  const panel = '#crisis-playbook-findings';
  const template = () => join(root!, 'content/templates/en/holding.md');

  beforeAll(async () => {
    root = await fixtureCopy();
    cache = await mkdtemp(join(tmpdir(), 'dev-cache-'));
    const port = await freePort();
    server = startProcess([...ASTRO_CLI, 'dev', '--host', '127.0.0.1', '--port', String(port)], { HANDBOOK_ROOT: root, CACHE_DIR: cache });
    await server.waitFor(/http:\/\/127\.0\.0\.1:\d+\//, 180_000);
    url = `http://127.0.0.1:${port}`;
    await browser.start();
  });

  afterAll(async () => {
    await browser.stop().catch(() => undefined);
    await server?.stop();
    for (const folder of [root, cache]) if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('shows a broken template\'s finding over the page, closes on request, and goes away once it is fixed', async () => {
    const page: Page = await browser.page({ width: 390, height: 844 });
    await page.goto(`${url}/en/templates/holding/`);
    await page.waitForSelector('html[data-live-checks="connected"]');
    expect(await page.locator(panel).count()).toBe(0);

    server!.mark();
    await replaceIn(template(), 'as soon as we know more', 'in 10 minutes');
    const item = page.locator(`${panel} li[data-rule="no-time-promises"]`);
    await item.waitFor({ timeout: 30_000 });
    expect(await item.locator('.where').textContent()).toMatch(/^content\/templates\/en\/holding\.md:11:\d+$/);
    expect(await item.locator('.severity').textContent()).toBe('error');
    expect(await item.locator('.message').textContent()).toContain('in 10 minutes');
    expect(await item.locator('.fix').textContent()).toContain('/en/rules/no-time-promises/');
    expect(await page.locator(`${panel} footer`).textContent()).toMatch(/6 more findings in other files.*Whole handbook: 1 error, 1 warning, 5 notes/);
    // The terminal says the same, through the integration's logger.
    await server!.waitFor(/content\/templates\/en\/holding\.md:11:\d+ {2}error .* no-time-promises/);

    // Readable on a phone: inside the viewport, nothing wider than it, a close button big enough to tap.
    const box = await boxOf(page, `${panel} section`);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    const close = page.getByRole('button', { name: 'Close the findings panel' });
    const closeBox = await boxOf(page, `${panel} button`);
    expect(closeBox.width).toBeGreaterThanOrEqual(44);
    expect(closeBox.height).toBeGreaterThanOrEqual(44);
    await close.click();
    await page.locator(panel).waitFor({ state: 'detached' });
    // Closed stays closed when the page reloads, until the findings change.
    await page.reload();
    await page.waitForSelector('html[data-live-checks="connected"]');
    expect(await page.locator(panel).count()).toBe(0);

    // A further change to the still-broken file shows it again; mending it takes the panel away.
    await replaceIn(template(), 'Hi {{customer_name}}', 'Hello {{customer_name}}');
    await item.waitFor({ timeout: 30_000 });
    await replaceIn(template(), 'in 10 minutes', 'as soon as we know more');
    await page.locator(panel).waitFor({ state: 'detached', timeout: 30_000 });
    await server!.waitFor(/content\/templates\/en\/holding\.md {2}fixed/);
  });
});
