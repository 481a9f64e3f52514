// The severity page in every language: the matrix, the four levels and every role; the badges and the
// header that lead there; a phone at 320 px; one printed sheet; accessibility; the search index.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { baseUrl, browserSession, distDir, pageErrors } from '../helpers/e2e.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const LOCALES = ['en', 'pl', 'hu', 'ro', 'es', 'fi'] as const;
const LEVELS = ['low', 'medium', 'high', 'critical'];

interface Role {
  id: string;
  label: Record<string, string>;
}
const roles = parse(await readFile(join(PROJECT_ROOT, 'content/roles.yaml'), 'utf8')) as Role[];
const scale = parse(await readFile(join(PROJECT_ROOT, 'content/severity.yaml'), 'utf8')) as { criteria: { id: string; label: Record<string, string> }[] };
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const session = browserSession();
beforeAll(() => session.start());
afterAll(() => session.stop());

describe('the severity page', () => {
  it.each(LOCALES)('%s: has the matrix of every criterion, the four levels and every role, in its language', async (locale) => {
    const html = await readFile(join(distDir(), locale, 'severity/index.html'), 'utf8');
    expect(html).toContain(`<html lang="${locale}"`);
    for (const level of LEVELS) expect(html, level).toContain(`id="level-${level}"`);
    for (const role of roles) {
      expect(html, role.id).toContain(`id="role-${role.id}"`);
      expect(html, role.id).toContain(`<dt>${role.label[locale]}</dt>`);
    }
    const page = await session.page();
    await page.goto(`${baseUrl()}/${locale}/severity/`);
    expect(await page.locator('.severity-matrix tbody th[scope="row"]').allTextContents()).toEqual(scale.criteria.map((criterion) => criterion.label[locale]));
    expect(await page.locator('.severity-matrix tbody tr').first().locator('td').count()).toBe(4);
    expect(await page.locator('.severity-level').evaluateAll((levels) => levels.map((level) => level.id))).toEqual(LEVELS.map((level) => `level-${level}`));
    // Every role named in a level links to its description on the same page.
    const targets = await page.locator('.severity-level a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash));
    expect(targets.length).toBeGreaterThan(10);
    for (const target of new Set(targets)) expect(await page.locator(target).count(), target).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });

  it.each(LOCALES)('%s: every severity badge and the header lead there', async (locale) => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/${locale}/playbooks/`);
    const badges = await page.locator('a.severity').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href)));
    expect(badges.length).toBeGreaterThan(5);
    for (const url of badges) expect(url.pathname + url.hash).toMatch(new RegExp(`^/${locale}/severity/#level-(low|medium|high|critical)$`));
    expect(await page.locator(`.site-nav a[href="/${locale}/severity/"]`).count()).toBe(1);

    // A playbook's badge says its severity is the typical one, and lands on that level.
    await page.goto(`${baseUrl()}/${locale}/playbooks/viral-post/`);
    expect(await page.locator('.facts a.severity .visually-hidden').textContent()).not.toBe('');
    await page.click('.facts a.severity');
    await page.waitForURL(`${baseUrl()}/${locale}/severity/#level-critical`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('level-critical');
  });

  it.each(LOCALES)('%s: does not scroll sideways at 320 px, and nothing sticks out of the screen', async (locale) => {
    const page = await session.page({ width: 320 });
    await page.goto(`${baseUrl()}/${locale}/severity/`);
    const found = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out = [...document.querySelectorAll<HTMLElement>('main *')]
        .filter((element) => element.getClientRects().length > 0 && Math.round(element.getBoundingClientRect().right) > width)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
      return { scroll: document.documentElement.scrollWidth > width, out: out.slice(0, 3) };
    });
    expect(found).toEqual({ scroll: false, out: [] });
    // The matrix is stacked: each cell names its level, since no column heading is in sight.
    expect(await page.locator('.severity-matrix .stacked-level').first().isVisible()).toBe(true);
  });

  it.each(LOCALES)('%s: prints on one sheet, landscape, on A4 and on Letter', async (locale) => {
    const page = await session.page();
    await page.goto(`${baseUrl()}/${locale}/severity/`);
    const dir = await mkdtemp(join(tmpdir(), 'severity-pdf-'));
    const pages: Record<string, string> = {};
    for (const [name, options] of [
      ['as the page asks', { preferCSSPageSize: true }],
      ['A4', { format: 'A4', landscape: true }],
      ['Letter', { format: 'Letter', landscape: true }],
    ] as const) {
      const pdf = join(dir, `${name}.pdf`);
      await writeFile(pdf, await page.pdf(options));
      const { stdout } = await promisify(execFile)('pdfinfo', [pdf]);
      pages[name] = /Pages:\s+(\d+)/.exec(stdout)![1];
      const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(stdout)!;
      expect(Number(width), `${name}: landscape`).toBeGreaterThan(Number(height));
    }
    expect(pages).toEqual({ 'as the page asks': '1', A4: '1', Letter: '1' });
    const { stdout: text } = await promisify(execFile)('pdftotext', ['-layout', join(dir, 'A4.pdf'), '-']);
    // The whole page is on it: the last role and the address it was printed from.
    expect(text).toContain(roles.at(-1)!.label[locale]);
    expect(text).toContain(`/${locale}/severity/`);
  });
});

describe('accessibility of the severity page (axe-core)', () => {
  it.each(LOCALES.flatMap((locale) => (['light', 'dark'] as const).map((scheme) => [locale, scheme] as const)))('%s, %s theme: no serious or critical violations, on a phone and wide', async (locale, colorScheme) => {
    const problems: string[] = [];
    for (const width of [320, 1280]) {
      const page = await session.page({ colorScheme, width });
      await page.goto(`${baseUrl()}/${locale}/severity/`);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return (await axe.run({ resultTypes: ['violations'] })).violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.slice(0, 3).map((node) => node.target.join(' ')) }));
      });
      for (const violation of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        problems.push(`${width}px: ${violation.id} (${violation.impact}) ${violation.help} at ${violation.targets.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('search', () => {
  it.each(['en', 'hu'])('%s: finds the severity page by a role it describes', async (locale) => {
    const page = await session.page();
    const label = roles.find((role) => role.id === 'data-protection')!.label[locale];
    await page.goto(`${baseUrl()}/${locale}/search/?q=${encodeURIComponent(label)}`);
    await expect.poll(() => page.locator('[data-search-results] li a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await page.locator('[data-search-results] li a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(hrefs.some((href) => href.includes(`/${locale}/severity/`)), hrefs.join(' ')).toBe(true);
  });
});
