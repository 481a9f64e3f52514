import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserSession } from '../helpers/e2e.ts';

const session = browserSession();
beforeAll(() => session.start());
afterAll(() => session.stop());

const first = '#checklist-first-15 input[type="checkbox"]';

describe('checklists', () => {
  it('remember a tick across reloads, with its time, and reset clears the list', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/en/playbooks/own-mistake/`);
    await page.locator(first).nth(1).check();
    expect(await page.locator('#checklist-first-15 [data-ticked-at]').nth(1).textContent()).not.toBe('');
    await page.reload();
    expect(await page.locator(first).nth(1).isChecked()).toBe(true);
    expect(await page.locator(first).nth(0).isChecked()).toBe(false);
    await page.click('#checklist-first-15 [data-reset]');
    expect(await page.locator(`${first}:checked`).count()).toBe(0);
    await page.reload();
    expect(await page.locator(`${first}:checked`).count()).toBe(0);
  });

  it('never leak ticks between checklists, playbooks or locales', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/pl/playbooks/viral-post/`);
    await page.locator(first).nth(0).check();
    await page.goto(`${baseUrl()}/pl/playbooks/own-mistake/`);
    expect(await page.locator(`${first}:checked`).count()).toBe(0);
    await page.goto(`${baseUrl()}/en/playbooks/viral-post/`);
    expect(await page.locator(`${first}:checked`).count()).toBe(0);
    await page.goto(`${baseUrl()}/pl/playbooks/viral-post/`);
    expect(await page.locator(first).nth(0).isChecked()).toBe(true);
  });

  it('in the print booklet, ticking an item ticks that playbook\'s item and no other', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/en/print/`);
    const sections = page.locator('.print-playbook');
    expect(await sections.count()).toBe(15);
    // Tap the words, as a user does: the label must point at its own playbook's box.
    await sections.nth(1).locator('.checklist label').nth(0).click();
    expect(await sections.nth(1).locator('.checklist input').nth(0).isChecked()).toBe(true);
    expect(await page.locator('.print-playbook .checklist input:checked').count()).toBe(1);
    const slug = (await sections.nth(1).locator('h2 a').getAttribute('href'))!.split('/').filter(Boolean).pop();
    await page.goto(`${baseUrl()}/en/playbooks/${slug}/`);
    expect(await page.locator('.checklist input').nth(0).isChecked()).toBe(true);
    expect(await page.locator('.checklist input:checked').count()).toBe(1);
  });

  it('does not repeat a title the heading above already says, yet the list keeps its name', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/en/playbooks/own-mistake/`);
    const list = page.locator('#checklist-first-15');
    expect(await list.locator('.checklist-title').textContent()).toBe(await list.evaluate((section) => section.previousElementSibling?.textContent));
    expect(await list.locator('.checklist-title').evaluate((title) => title.getBoundingClientRect().height <= 1)).toBe(true);
    expect(await page.getByRole('region', { name: (await list.locator('.checklist-title').textContent())! }).count()).toBe(1);
    // Where a checklist stands alone, as in the print booklet, its title shows.
    await page.goto(`${baseUrl()}/en/print/`);
    expect(await page.locator('.print-playbook .checklist-title').first().isVisible()).toBe(true);
  });

  it('tick with the keyboard', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/fi/playbooks/service-failure/`);
    await page.locator(first).nth(0).focus();
    await page.keyboard.press('Space');
    expect(await page.locator(first).nth(0).isChecked()).toBe(true);
  });
});

describe('printing', () => {
  it('a playbook prints its checklist and not the navigation', async () => {
    const page = await session.page({ width: 1000 });
    await page.goto(`${baseUrl()}/en/playbooks/justified-complaint/`);
    await page.locator(first).nth(0).check();
    const checklistItem = (await page.locator('#checklist-first-15 label').nth(0).textContent())!.trim();
    // The navigation's labels in a row: a sequence that only the navigation has.
    const navLabel = (await page.locator('.site-nav a').allTextContents()).map((label) => label.trim()).join(' ');
    const dir = await mkdtemp(join(tmpdir(), 'pdf-'));
    const pdf = join(dir, 'playbook.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', pdf, '-']);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain(checklistItem.replace(/\s+/g, ' ').slice(0, 30));
    expect(text).not.toContain(navLabel);
    expect(text).toMatch(/127\.0\.0\.1:\d+\/en\/playbooks\/justified-complaint\//);
  });

  it('prints a decision tree whole, folded on screen or not, and a template without its screen-only parts', async () => {
    const page = await session.page({ width: 1000 });
    const pdfText = async () => {
      const pdf = join(await mkdtemp(join(tmpdir(), 'pdf-')), 'page.pdf');
      await writeFile(pdf, await page.pdf({ format: 'A4' }));
      return (await promisify(execFile)('pdftotext', ['-layout', pdf, '-'])).stdout.replace(/\s+/g, ' ');
    };
    await page.goto(`${baseUrl()}/en/trees/triage/`);
    // With JavaScript the outline is folded away under the one-step view.
    expect(await page.locator('[data-tree-outline]').evaluate((outline) => (outline as HTMLDetailsElement).open)).toBe(false);
    const outcomes = (await page.locator('.tree-outline .outline-outcome-title').allTextContents()).map((title) => title.trim());
    expect(outcomes.length).toBeGreaterThan(5);
    const text = await pdfText();
    for (const title of outcomes) expect(text).toContain(title.replace(/\s+/g, ' '));

    await page.goto(`${baseUrl()}/en/templates/jc-public-thanks-apology/`);
    const templateText = await pdfText();
    expect(templateText).toContain('put it right');
    expect(templateText).not.toContain(await page.locator('.rules-passed summary').textContent());
  });

  it('starts each playbook of the print booklet on a new sheet', async () => {
    const page = await session.page({ width: 1000 });
    await page.goto(`${baseUrl()}/en/print/`);
    const pdf = join(await mkdtemp(join(tmpdir(), 'pdf-')), 'booklet.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4' }));
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', pdf, '-']);
    const sheets = stdout.split('\f').filter((sheet) => sheet.trim());
    const titles = (await page.locator('.print-playbook h2').allTextContents()).map((title) => title.trim());
    // Every playbook title after the first is the first thing on its sheet.
    // A long title wraps onto a second line: compare with the spacing folded.
    const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (const title of titles.slice(1)) expect(sheets.some((sheet) => fold(sheet).startsWith(fold(title))), title).toBe(true);
  });

  it('shows empty boxes in print whatever is ticked', async () => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/en/playbooks/justified-complaint/`);
    await page.locator(first).nth(0).check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(first).nth(0).evaluate((box) => getComputedStyle(box).appearance)).toBe('none');
    expect(await page.isVisible('.site-nav')).toBe(false);
  });

  it.each(['en', 'hu'])('%s: the print booklet gathers every playbook\'s checklists', async (locale) => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/${locale}/print/`);
    expect(await page.locator('.print-playbook').count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('.print-playbook .checklist').count()).toBeGreaterThanOrEqual(8);
    await page.goto(`${baseUrl()}/${locale}/print/own-mistake/`);
    expect(await page.locator('.template-card').count()).toBeGreaterThan(0);
  });
});
