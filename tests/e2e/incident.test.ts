// The incident log: a scripted incident (tree answers, ticks, a copied reply and link) ends up in the
// log, in order, with its times; it exports as text and Markdown, survives a reload, stays consistent
// across tabs, freezes when ended and clears after confirming. A copied next-update time counts down
// on every page and reminds five minutes before.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, browserSession, pageErrors } from '../helpers/e2e.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { en } from '../../src/lib/i18n/strings/en.ts';
import type { Incident } from '../../src/lib/incident/log.ts';

const session = browserSession();
beforeAll(() => session.start());
afterAll(() => session.stop());

const entries = (page: Page) => page.locator('[data-incident-entries] li').allTextContents();
const indicator = (page: Page) => page.locator('[data-incident-indicator]');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('the incident log', () => {
  it('records a scripted incident in order, exports it, keeps it across reloads, freezes and clears it', async () => {
    const page = await session.page({ clipboard: true });
    await page.goto(`${baseUrl()}/en/incident/`);
    expect(await page.textContent('[data-incident-summary]')).toBe(en['incident.none']);
    expect(await indicator(page).isVisible()).toBe(false);
    await page.click('[data-incident-start]');
    expect(await page.textContent('[data-incident-summary]')).toMatch(/^Running since .+ \(T\+0 min\)\.$/);

    // Two answers in the triage tree.
    await page.goto(`${baseUrl()}/en/trees/triage/`);
    expect(await indicator(page).textContent()).toBe('Incident running · T+0 min');
    const answered: string[] = [];
    for (let step = 0; step < 2; step++) {
      const question = (await page.locator('[data-step]:visible [data-step-heading]').textContent())!.trim();
      // The last answer goes on to the next question (the first ones of the triage end at an outcome).
      const answer = page.locator('[data-step]:visible button[data-next]').last();
      answered.push(`${question} → ${(await answer.textContent())!.trim()}`);
      await answer.click();
    }

    // Two ticks and an untick.
    await page.goto(`${baseUrl()}/en/playbooks/own-mistake/`);
    const boxes = page.locator('#checklist-first-15 input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await boxes.nth(1).uncheck();

    // A holding statement, filled and copied, then its link.
    await page.goto(`${baseUrl()}/en/templates/vi-holding-statement/`);
    await page.fill('[data-placeholder-input="topic"]', 'the delayed orders');
    await page.fill('[data-placeholder-input="next_update_time"]', '23:59');
    await page.click('[data-copy-text]');
    await expect.poll(() => page.textContent('[data-copy-status]')).toBe(en['template.copied']);
    const reply = await clipboard(page);
    expect(reply).toContain('the delayed orders');
    await page.click('[data-copy-link]');
    await expect.poll(() => page.textContent('[data-copy-status]')).toBe(en['template.linkCopied']);

    await page.goto(`${baseUrl()}/en/incident/`);
    const logged = await entries(page);
    expect(logged).toHaveLength(8);
    expect(logged.map((entry) => entry.replace(/^\d\d:\d\d T\+\d+ min /, ''))).toEqual([
      `Tree “A negative post has appeared: what now?”: ${answered[0]}`,
      expect.stringMatching(new RegExp(`^Tree “A negative post has appeared: what now\\?”: ${escapeRegExp(answered[1])}`)),
      'Ticked “Screenshot the post or reply in question and the reactions to it” (First 15 minutes, We made a mistake)',
      'Ticked “Tell the head of communications and name one incident lead” (First 15 minutes, We made a mistake)',
      'Unticked “Tell the head of communications and name one incident lead” (First 15 minutes, We made a mistake)',
      `Copied the reply “First holding statement”${reply}`,
      expect.stringMatching(/^Next update promised for 23:59$/),
      'Copied the link to “First holding statement”',
    ]);
    expect(logged[0]).toMatch(/^\d\d:\d\d T\+0 min /);
    // Each entry links back to where it happened.
    expect(await page.locator('[data-incident-entries] li a').nth(2).getAttribute('href')).toMatch(/\/en\/playbooks\/own-mistake\/#checklist-first-15$/);

    // Plain text for the chat…
    await page.click('[data-incident-copy="text"]');
    await expect.poll(() => page.textContent('[data-incident-status]')).toBe(en['incident.copied']);
    const text = await clipboard(page);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Incident log');
    expect(lines[2]).toMatch(/^Started: .+\d\d:\d\d/);
    expect(lines[3]).toBe('Ended: still running');
    expect(lines[5]).toMatch(new RegExp(`^\\d\\d:\\d\\d T\\+0 min · Tree “A negative post has appeared: what now\\?”: ${escapeRegExp(answered[0])} · http://`));
    expect(text).toContain(`· Ticked “Screenshot the post or reply in question and the reactions to it” (First 15 minutes, We made a mistake) · ${baseUrl()}/en/playbooks/own-mistake/#checklist-first-15\n`);
    expect(text).toContain(`\n    ${reply}\n`);
    expect(text).toMatch(/· Copied the link to “First holding statement” · http:\/\/127\.0\.0\.1:\d+\/en\/templates\/vi-holding-statement\/\n$/);
    // …and Markdown for the review.
    await page.click('[data-incident-copy="markdown"]');
    await expect.poll(() => clipboard(page)).toMatch(/^# Incident log\n/);
    const markdown = await clipboard(page);
    expect(markdown).toContain('- **Ended:** still running');
    expect(markdown).toMatch(new RegExp(`\\n- \\*\\*\\d\\d:\\d\\d T\\+0 min\\*\\* — Copied the reply “First holding statement” \\(<http:[^>]+>\\)\\n\\n {2}> ${escapeRegExp(reply.slice(0, 40))}`));

    // A reload keeps it.
    await page.reload();
    expect(await entries(page)).toEqual(logged);

    // Ended, it is frozen: later actions are not recorded, and the header no longer shows it.
    await page.click('[data-incident-end]');
    expect(await page.textContent('[data-incident-summary]')).toMatch(/^Ended: .+ \(T\+0 min\)\.$/);
    await page.goto(`${baseUrl()}/en/playbooks/own-mistake/`);
    expect(await indicator(page).isVisible()).toBe(false);
    await page.locator('#checklist-first-15 input[type="checkbox"]').nth(2).check();
    await page.goto(`${baseUrl()}/en/incident/`);
    expect(await entries(page)).toEqual(logged);
    await page.click('[data-incident-copy="text"]');
    await expect.poll(() => clipboard(page)).toMatch(/\nEnded: .+ \(T\+0 min\)\n/);

    // Clearing asks first; cancelled, nothing changes.
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.click('[data-incident-clear]');
    expect(await entries(page)).toEqual(logged);
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toBe(en['incident.clearConfirm']);
      void dialog.accept();
    });
    await page.click('[data-incident-clear]');
    expect(await page.textContent('[data-incident-summary]')).toBe(en['incident.none']);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => /incident|next-update/.test(key)))).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('stays the same in two tabs', async () => {
    const log = await session.page();
    const other = await log.context().newPage();
    const otherErrors: string[] = [];
    other.on('pageerror', (error) => otherErrors.push(error.message));
    await log.goto(`${baseUrl()}/en/incident/`);
    await other.goto(`${baseUrl()}/en/playbooks/own-mistake/`);
    expect(await indicator(other).isVisible()).toBe(false);

    await log.click('[data-incident-start]');
    await expect.poll(() => indicator(other).textContent()).toBe('Incident running · T+0 min');
    await other.locator('#checklist-first-15 input[type="checkbox"]').first().check();
    await expect.poll(() => entries(log)).toEqual([expect.stringMatching(/Ticked “Screenshot the post/)]);

    await log.click('[data-incident-end]');
    await expect.poll(() => indicator(other).isVisible()).toBe(false);
    await other.goto(`${baseUrl()}/en/incident/`);
    expect(await other.textContent('[data-incident-summary]')).toMatch(/^Ended: /);
    expect(pageErrors(log)).toEqual([]);
    expect(otherErrors).toEqual([]);
  });

  it('loads its code only while an incident runs or a next update is set', async () => {
    const page = await session.page();
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(`${baseUrl()}/en/playbooks/own-mistake/`);
    await page.locator('#checklist-first-15 input[type="checkbox"]').first().check();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((url) => url.includes('incident-ui'))).toEqual([]);
  });
});

describe('the next update', () => {
  it('a copied holding statement sets a countdown on every page, and a reminder five minutes before', async () => {
    const page = await session.page({ clipboard: true, timezoneId: 'Europe/Warsaw' });
    // Record notifications instead of showing them (the reader allowed them).
    await page.addInitScript(() => {
      const shown: string[] = ((window as unknown as { shown: string[] }).shown = []);
      class FakeNotification {
        static permission = 'granted';
        static requestPermission = async () => 'granted';
        constructor(title: string) {
          shown.push(title);
        }
      }
      Object.defineProperty(window, 'Notification', { value: FakeNotification });
      ServiceWorkerRegistration.prototype.showNotification = async function (title: string) {
        shown.push(title);
      };
    });
    await page.clock.install({ time: new Date('2026-11-30T14:00:00+01:00') });
    await page.goto(`${baseUrl()}/en/templates/vi-holding-statement/`);
    expect(await indicator(page).isVisible()).toBe(false);
    await page.fill('[data-placeholder-input="topic"]', 'the outage');
    await page.fill('[data-placeholder-input="next_update_time"]', '14:30');
    await page.click('[data-copy-text]');
    await expect.poll(() => indicator(page).textContent()).toBe('Next update at 14:30, in 30 min');

    await page.goto(`${baseUrl()}/en/playbooks/viral-post/`);
    expect(await indicator(page).textContent()).toBe('Next update at 14:30, in 30 min');
    await page.clock.fastForward('25:10');
    await expect.poll(() => indicator(page).textContent()).toBe('Next update at 14:30, in 5 min');
    await expect.poll(() => page.evaluate(() => (window as unknown as { shown: string[] }).shown)).toEqual(['Next update due at 14:30']);
    expect(await indicator(page).getAttribute('class')).toContain('due-soon');

    // Once past, it says how late; the incident page can move or remove it.
    await page.clock.fastForward('07:00');
    await expect.poll(() => indicator(page).textContent()).toBe('Next update at 14:30, 2 min overdue');
    await page.goto(`${baseUrl()}/en/incident/`);
    expect(await page.textContent('[data-next-update-summary]')).toBe('Next update at 14:30, 2 min overdue');
    await page.fill('#next-update-time', '15:15');
    await page.click('[data-next-update-form] button[type="submit"]');
    expect(await indicator(page).textContent()).toBe('Next update at 15:15, in 43 min');
    await page.click('[data-next-update-clear]');
    expect(await indicator(page).isVisible()).toBe(false);
    // The reminder went out once: no page sends it again.
    expect(await page.evaluate(() => (window as unknown as { shown: string[] }).shown)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('accessibility of the incident page (axe-core)', () => {
  it.each(LOCALES)('%s: no serious or critical violations, with an incident running', async (locale) => {
    const page = await session.page();
    const now = Date.now();
    const incident: Incident = {
      startedAt: now - 75 * 60_000,
      entries: [
        { kind: 'tree-answer', tree: 'Triage', question: 'What is it?', answer: 'A complaint', outcome: 'Reply', url: `${baseUrl()}/${locale}/trees/triage/`, at: now - 70 * 60_000 },
        { kind: 'checklist-tick', item: 'Screenshot', checklist: 'First 15', page: 'Playbook', url: `${baseUrl()}/${locale}/playbooks/own-mistake/`, at: now - 60 * 60_000 },
        { kind: 'template-copied', template: 'x', title: 'Holding', text: 'We are on it.\nMore soon.', values: {}, url: `${baseUrl()}/${locale}/`, at: now - 50 * 60_000 },
        { kind: 'next-update', due: now + 20 * 60_000, text: '15:00', at: now - 50 * 60_000 },
        { kind: 'link-copied', title: 'Holding', link: `${baseUrl()}/${locale}/`, at: now - 40 * 60_000 },
      ],
    };
    await page.addInitScript(
      ([stored, next]) => {
        if (!localStorage.getItem('crisis-playbook:incident')) {
          localStorage.setItem('crisis-playbook:incident', stored);
          localStorage.setItem('crisis-playbook:next-update', next);
        }
      },
      [JSON.stringify(incident), JSON.stringify({ due: now + 20 * 60_000, text: '15:00' })],
    );
    await page.goto(`${baseUrl()}/${locale}/incident/`);
    expect(await page.locator('[data-incident-entries] li').count()).toBe(5);
    expect(await indicator(page).isVisible()).toBe(true);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await axe.run({ resultTypes: ['violations'] })).violations.map(({ id, impact, nodes }) => ({ id, impact, targets: nodes.map((node) => node.target.join(' ')) }));
    });
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('without JavaScript, explains what the log does and where it is kept', async () => {
    const page = await session.page({ javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/en/incident/`);
    expect(await page.textContent('h1')).toBe(en['incident.title']);
    expect(await page.isVisible('noscript .notice, .notice')).toBe(true);
    expect(await page.textContent('main')).toContain(en['incident.privacy']);
    expect(await page.locator('[data-incident-app]').isVisible()).toBe(false);
  });
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
