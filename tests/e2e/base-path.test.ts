// A site served under a sub-path (BASE_PATH): links, assets and search results keep the prefix.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildHandbook } from '../helpers/build.ts';
import { VALID_FIXTURE } from '../helpers/fixtures.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';
import { en } from '../../src/lib/i18n/strings/en.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'crisis-base-'));
  const result = await buildHandbook(VALID_FIXTURE, { outDir: join(root, 'handbook'), env: { BASE_PATH: '/handbook/' } });
  if (result.code !== 0) throw new Error(result.output);
  server = await serveStatic(root);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a site under a base path', () => {
  it('links its pages and search results under the base path, and they load', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${server.url}/handbook/en/search/?q=${encodeURIComponent('Holding reply')}`);
    const firstResult = page.locator('[data-search-results] li a').first();
    await firstResult.waitFor({ timeout: 15_000 }).catch(async (error) => {
      throw new Error(`${error}\n${await page.locator('[data-search-status]').textContent()}\n${failed.join('\n')}`);
    });
    expect(await firstResult.getAttribute('href')).toMatch(/^\/handbook\/en\/templates\/holding\//);
    await firstResult.click();
    await page.waitForURL(/\/handbook\/en\/templates\/holding\//);
    expect(await page.locator('h1').textContent()).toBe('Holding reply');
    const navLinks = await page.locator('.site-nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(navLinks.length).toBeGreaterThan(0);
    for (const href of navLinks) expect(href).toMatch(/^\/handbook\//);
    expect(failed).toEqual([]);
  });

  it('keeps the reader\'s language offline, its worker scoped to the base path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/handbook/en/`);
    await page.locator('[data-offline-status]').filter({ hasText: en['offline.ready'] }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}/handbook/sw.js`);
    await context.setOffline(true);
    await page.goto(`${server.url}/handbook/en/templates/holding/`);
    expect(await page.locator('h1').textContent()).toBe('Holding reply');
    await page.goto(`${server.url}/handbook/en/search/?q=${encodeURIComponent('Holding reply')}`);
    const firstResult = page.locator('[data-search-results] li a').first();
    await firstResult.waitFor({ timeout: 15_000 });
    expect(await firstResult.getAttribute('href')).toMatch(/^\/handbook\/en\/templates\/holding\//);
    await context.close();
  });
});
