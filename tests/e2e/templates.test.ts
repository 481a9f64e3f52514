import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserSession, distDir, pageErrors } from '../helpers/e2e.ts';
import { fillReply } from '../../src/lib/templates/reply.ts';
import { splitFrontMatter } from '../../src/lib/load/front-matter.ts';
import { splitRegisters } from '../../src/lib/templates/registers.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const session = browserSession();
beforeAll(() => session.start());
afterAll(() => session.stop());

/** A template's bodies as written: the first (formal) one, and the other register's where there is one. */
const templateBodies = async (locale: string, id: string) =>
  splitRegisters(splitFrontMatter(await readFile(join(PROJECT_ROOT, 'content/templates', locale, `${id}.md`), 'utf8')).body, 1, 1, 'formal').bodies;
const templateBody = async (locale: string, id: string) => (await templateBodies(locale, id))[0]!.text;

describe('a reply in two registers', () => {
  it.each(['pl', 'hu', 'ro', 'es'])('%s: shows the formal reply first and copies the informal one from its fold', async (locale) => {
    const [formal, informal] = await templateBodies(locale, 'jc-public-thanks-apology');
    expect(informal?.register).toBe('informal');
    const page = await session.page({ clipboard: true });
    await page.goto(`${baseUrl()}/${locale}/templates/jc-public-thanks-apology/`);
    await page.fill('[data-placeholder-input="customer_name"]', 'Zoë');
    await page.fill('[data-placeholder-input="agent_name"]', 'Ola');
    const fold = page.locator('[data-other-register]');
    expect(await fold.isVisible()).toBe(true);
    expect(await fold.getAttribute('open')).toBeNull();
    await fold.locator('summary').click();
    // The fold's own reply shows the values typed above, and its button copies exactly that register.
    await expect.poll(() => fold.locator('[data-reply]').innerText()).toContain('Zoë');
    await fold.locator('[data-copy-register]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(fillReply(informal!.text, { customer_name: 'Zoë', agent_name: 'Ola' }));
    await page.click('[data-copy-text]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(fillReply(formal!.text, { customer_name: 'Zoë', agent_name: 'Ola' }));
    expect(pageErrors(page)).toEqual([]);
  });

  it('English and Finnish replies have one register and no fold', async () => {
    const page = await session.page();
    for (const locale of ['en', 'fi']) {
      await page.goto(`${baseUrl()}/${locale}/templates/jc-public-thanks-apology/`);
      expect(await page.locator('[data-other-register]').count()).toBe(0);
    }
  });
});

describe('copying a template', () => {
  it.each(['en', 'hu', 'ro', 'fi'])('%s: puts exactly the filled reply on the clipboard', async (locale) => {
    const page = await session.page({ clipboard: true });
    await page.goto(`${baseUrl()}/${locale}/templates/jc-public-thanks-apology/`);
    await page.fill('[data-placeholder-input="customer_name"]', 'Zoë');
    await page.fill('[data-placeholder-input="agent_name"]', 'Ola');
    await page.click('[data-copy-text]');
    await expect.poll(() => page.textContent('[data-copy-status]')).not.toBe('');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(fillReply(await templateBody(locale, 'jc-public-thanks-apology'), { customer_name: 'Zoë', agent_name: 'Ola' }));
    expect(copied).not.toMatch(/<|\{\{|^\s|\s$/);
    expect(await page.getAttribute('[data-copy-status]', 'role')).toBe('status');
    expect(pageErrors(page)).toEqual([]);
  });

  it('warns before copying with placeholders unfilled, and copies nothing when cancelled', async () => {
    const page = await session.page({ clipboard: true });
    await page.goto(`${baseUrl()}/pl/templates/jc-email-resolution/`);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    let dialog = '';
    page.once('dialog', (d) => {
      dialog = d.message();
      void d.dismiss();
    });
    await page.click('[data-copy-text]');
    expect(dialog).toMatch(/4/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
    expect(await page.locator('.reply .placeholder:not(.filled)').count()).toBeGreaterThan(0);
  });

  it('falls back to a hidden textarea where the Clipboard API is missing', async () => {
    const page = await session.page({ clipboard: true });
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto(`${baseUrl()}/es/templates/ge-holding-reply/`);
    await page.fill('[data-placeholder-input="customer_name"]', 'Ana');
    await page.fill('[data-placeholder-input="agent_name"]', 'Ola');
    await page.click('[data-copy-text]');
    await expect.poll(() => page.textContent('[data-copy-status]')).not.toBe('');
    expect(await page.getAttribute('[data-copy-status]', 'class')).not.toContain('error');
  });

  it('says so when copying fails', async () => {
    const page = await session.page();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.execCommand = () => false;
    });
    await page.goto(`${baseUrl()}/en/templates/ge-holding-reply/`);
    await page.fill('[data-placeholder-input="customer_name"]', 'Sam');
    await page.fill('[data-placeholder-input="agent_name"]', 'Ola');
    await page.click('[data-copy-text]');
    await expect.poll(() => page.getAttribute('[data-copy-status]', 'class')).toContain('error');
  });
});

describe('placeholders', () => {
  it('fill the preview as text, never as HTML, and are remembered for the next template', async () => {
    const page = await session.page({ clipboard: true });
    const hostile = `<script>window.__owned=1</script><img src=x onerror="window.__owned=2">"'`;
    await page.goto(`${baseUrl()}/en/templates/ge-holding-reply/`);
    await page.fill('[data-placeholder-input="customer_name"]', hostile);
    await page.fill('[data-placeholder-input="agent_name"]', 'Ola');
    expect(await page.textContent('.reply [data-slot="customer_name"]')).toBe(hostile);
    expect(await page.locator('.reply img, .reply script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
    await page.click('[data-copy-text]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(hostile);

    await page.goto(`${baseUrl()}/en/templates/jc-public-thanks-apology/`);
    expect(await page.inputValue('[data-placeholder-input="customer_name"]')).toBe(hostile);
  });
});

describe('length counter', () => {
  it('counts against the channel limit and warns past it', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/en/templates/ge-holding-reply/`);
    const before = await page.textContent('[data-counter]');
    expect(before).toMatch(/\/ 280/);
    expect(await page.getAttribute('[data-counter]', 'class')).not.toContain('over');
    await page.fill('[data-placeholder-input="customer_name"]', 'x'.repeat(300));
    await expect.poll(() => page.getAttribute('[data-counter]', 'class')).toContain('over');
    expect(await page.textContent('[data-counter]')).not.toBe(before);
    await page.fill('[data-placeholder-input="customer_name"]', 'Kim');
    await expect.poll(() => page.getAttribute('[data-counter]', 'class')).not.toContain('over');
  });
});

describe('template index', () => {
  it('filters by channel, situation and tone without a server', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/ro/templates/`);
    const all = await page.locator('[data-template-list] > li:visible').count();
    expect(all).toBeGreaterThanOrEqual(30);
    await page.selectOption('#filter-channel', 'sms');
    const sms = await page.locator('[data-template-list] > li:visible').count();
    expect(sms).toBeGreaterThan(0);
    expect(sms).toBeLessThan(all);
    await page.selectOption('#filter-channel', '');
    await page.selectOption('#filter-situation', 'troll-abuse');
    await page.selectOption('#filter-tone', 'firm');
    const narrowed = await page.locator('[data-template-list] > li:visible').count();
    expect(narrowed).toBeGreaterThan(0);
    expect(page.url()).toContain('situation=troll-abuse');
  });
});

describe('template pages', () => {
  it('show channels, tone, the rules passed and a link to each translation', async () => {
    const html = await readFile(join(distDir(), 'hu/templates/tr-boundary-reply/index.html'), 'utf8');
    expect(html).toContain('rules-passed');
    expect(html).toMatch(/href="\/(en|pl|ro|es|fi)\/templates\/tr-boundary-reply\/"/g);
  });
});

describe('several templates on one page', () => {
  it('share a value typed once, and each copies its own text', async () => {
    const page = await session.page({ clipboard: true });
    await page.goto(`${baseUrl()}/en/playbooks/justified-complaint/`);
    const fields = page.locator('.prose [data-placeholder-input="customer_name"]');
    expect(await fields.count()).toBeGreaterThan(2);
    await page.locator('.prose [data-placeholder-input="customer_name"]:visible').first().fill('Priya');
    await page.locator('.prose [data-placeholder-input="agent_name"]:visible').first().fill('Sam');
    for (const value of await fields.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))) expect(value).toBe('Priya');
    await page.locator('article.template-card:has(> #template-ge-holding-reply) [data-copy-text]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(fillReply(await templateBody('en', 'ge-holding-reply'), { customer_name: 'Priya', agent_name: 'Sam' }));
  });
});
