// Offline reading: after a first visit, the reader's language (pages, styles, scripts and its search
// index) works without a network, and a new deployment offers "new version — reload".
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, browserSession, distDir, pageErrors } from '../helpers/e2e.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';
import { writeOfflineFiles } from '../../src/integration/offline.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { en } from '../../src/lib/i18n/strings/en.ts';
import { fi } from '../../src/lib/i18n/strings/fi.ts';

const session = browserSession();
beforeAll(() => session.start());
afterAll(() => session.stop());

/** The footer's status line once the service worker has kept the locale. */
const availableOffline = (page: Page, text: string = en['offline.ready']) =>
  page.locator('[data-offline-status]').filter({ hasText: text }).waitFor({ timeout: 30_000 });

describe('offline reading', () => {
  it('after a first visit, other pages, search and a tree work without a network', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/en/`);
    await availableOffline(page);
    await page.context().setOffline(true);

    // A page not opened before, with its scripts: a checklist ticks and is remembered.
    await page.goto(`${baseUrl()}/en/playbooks/own-mistake/`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.locator('#checklist-first-15 input[type="checkbox"]').first().check();
    expect(await page.locator('#checklist-first-15 [data-progress]').textContent()).toMatch(/1/);
    expect(await page.locator('[data-offline-status]').textContent()).toBe(en['offline.offline']);

    // Search, with its index and its WebAssembly from the cache.
    await page.goto(`${baseUrl()}/en/search/?q=apology`);
    await page.locator('[data-search-results] li a').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/results/);

    // A tree, one step at a time, with its step URL.
    await page.goto(`${baseUrl()}/en/trees/triage/`);
    const question = await page.locator('[data-step]:visible [data-step-heading]').textContent();
    await page.locator('[data-step]:visible button[data-next]').first().click();
    expect(page.url()).toMatch(/\?triage=q-safety\./);
    expect(await page.locator('[data-step]:visible [data-step-heading]').textContent()).not.toBe(question);
    await page.reload();
    expect(page.url()).toMatch(/\?triage=q-safety\./);

    // Only the reader's language is kept: another one needs the network.
    await expect(page.goto(`${baseUrl()}/pl/`)).rejects.toThrow();
    expect(pageErrors(page)).toEqual([]);
  });

  it('keeps the language the reader reads in, whichever it is', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/fi/templates/`);
    await availableOffline(page, fi['offline.ready']);
    await page.context().setOffline(true);
    await page.goto(`${baseUrl()}/fi/rules/stay-calm/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    await expect(page.goto(`${baseUrl()}/en/`)).rejects.toThrow();
  });
});

describe('a new deployment', () => {
  let server: RunningServer;
  let site: string;
  beforeAll(async () => {
    site = join(await mkdtemp(join(tmpdir(), 'crisis-deploy-')), 'site');
    await cp(distDir(), site, { recursive: true });
    server = await serveStatic(site);
  });
  afterAll(() => server?.close());

  it('offers "new version — reload", and the reload shows the new version', async () => {
    const page = await session.page();
    await page.goto(`${server.url}/en/`);
    await availableOffline(page);
    expect(await page.isVisible('[data-update-prompt]')).toBe(false);

    // Deploy: one page changes, and the build writes the manifests and the worker again.
    const home = join(site, 'en/index.html');
    await writeFile(home, (await readFile(home, 'utf8')).replace('<h1>', '<h1 data-deployed="2">'));
    await writeOfflineFiles(site, LOCALES);

    await page.goto(`${server.url}/en/playbooks/`);
    await page.locator('[data-update-prompt]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('[data-update-prompt] [role="status"]').textContent()).toBe(en['offline.update']);
    // Until the reader reloads, pages come from the version they started with.
    await page.goto(`${server.url}/en/`);
    expect(await page.locator('h1[data-deployed]').count()).toBe(0);
    await page.locator('[data-update-prompt]').waitFor({ state: 'visible', timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), page.click('[data-update-prompt] button')]);
    expect(await page.locator('h1[data-deployed="2"]').count()).toBe(1);
    // And the new version is the one kept offline.
    await availableOffline(page);
    await page.context().setOffline(true);
    await page.goto(`${server.url}/en/playbooks/`);
    await page.goto(`${server.url}/en/`);
    expect(await page.locator('h1[data-deployed="2"]').count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });
});
