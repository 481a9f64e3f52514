/**
 * Freshness and translation status on a small fixture: an overdue playbook and template (warnings
 * at their lastReviewed lines, page banners, home page entries with the owner and the roster's name),
 * an outdated translation (warning, status page), and `npm run translated` making it current.
 * HANDBOOK_TODAY fixes the date, so nothing here depends on the day the tests run.
 */
import { spawn } from 'node:child_process';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandbook, checkHandbook, PROJECT_ROOT, userEnv, type BuildResult } from '../helpers/build.ts';
import { fixtureCopy, replaceIn } from '../helpers/fixtures.ts';

const TODAY = { HANDBOOK_TODAY: '2027-06-01' };

function cli(script: 'translated' | 'status', root: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', join(PROJECT_ROOT, `src/cli/${script}.ts`), '--root', root, ...args], { cwd: root, env: userEnv({ NO_COLOR: '1', ...env }) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

describe('freshness and translation status', () => {
  let root: string;
  let build: BuildResult;
  const page = (path: string) => readFile(join(build.outDir, path, 'index.html'), 'utf8');
  const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

  beforeAll(async () => {
    root = await fixtureCopy(async (dir) => {
      // Current today (2027-06-01, interval 180 days): the Polish playbook and the English escalation.
      await replaceIn(join(dir, 'playbooks/pl/complaint.mdx'), 'lastReviewed: 2026-11-01', 'lastReviewed: 2027-05-15');
      await replaceIn(join(dir, 'playbooks/en/escalation.mdx'), 'lastReviewed: 2026-11-01', 'lastReviewed: 2027-05-15');
      // A template may carry a review date too.
      await replaceIn(join(dir, 'content/templates/en/holding.md'), 'tone: warm', 'tone: warm\nlastReviewed: 2026-01-10');
      await appendFile(join(dir, 'handbook.config.yaml'), 'roster:\n  - { role: team-lead, name: Dana Doe }\n');
    });
    // Every translation is current…
    const recorded = await cli('translated', root, ['.']);
    expect(recorded.code, recorded.output).toBe(0);
    expect(recorded.output).toContain('10 translations recorded');
    // …until the English reply changes.
    await replaceIn(join(root, 'content/templates/en/holding.md'), 'We are looking into it', 'We are checking it');
    build = await buildHandbook(root, { env: TODAY });
  });

  it('builds, warning about each overdue file at its lastReviewed line, and about the outdated translations', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toMatch(/playbooks\/en\/complaint\.mdx:7:1\s+warning\s+Review overdue since 2027-04-30: last reviewed 2026-11-01, review interval 180 days; owner: team-lead\s+review-overdue/);
    expect(build.output).toMatch(/content\/templates\/en\/holding\.md:7:1\s+warning\s+Review overdue since 2026-07-09: last reviewed 2026-01-10, review interval 180 days; no owner\s+review-overdue/);
    expect(build.output).not.toMatch(/playbooks\/pl\/complaint\.mdx\S*\s+warning\s+Review overdue/);
    expect(build.output).toMatch(/content\/templates\/pl\/holding\.md:\d+:1\s+warning\s+Translation outdated: content\/templates\/en\/holding\.md has changed/);
    expect(build.output).toContain('npm run translated -- content/templates/pl/holding.md');
  });

  it('shows "review overdue since" near the title, on the page and the print page, in the page’s language', async () => {
    const en = await page('en/playbooks/complaint');
    expect(en).toMatch(/<h1[^>]*>A complaint<\/h1>\s*<p class="notice notice-overdue"[^>]*data-review-overdue="2027-04-30"/);
    expect(text(en)).toContain('Review overdue since April 30, 2027');
    expect(text(await page('en/print/complaint'))).toContain('Review overdue since April 30, 2027');
    expect(text(await page('en/print'))).toContain('Review overdue since April 30, 2027');
    expect(text(await page('fi/templates/holding'))).not.toContain('Tarkistus myöhässä');
    expect(text(await page('en/templates/holding'))).toContain('Review overdue since July 9, 2026');
    // The Polish playbook was reviewed in time.
    expect(await page('pl/playbooks/complaint')).not.toContain('notice-overdue');
    expect(text(await page('hu/playbooks/complaint'))).toContain('A felülvizsgálat 2027. április 30. óta esedékes');
  });

  it('lists what is overdue on the home page with its owner and the roster’s name, and nothing where nothing is', async () => {
    const en = await page('en');
    const section = en.slice(en.indexOf('id="review-overdue"'));
    expect(section).toMatch(/<a href="\/en\/templates\/holding\/">Holding reply<\/a>/);
    expect(section).toMatch(/<a href="\/en\/playbooks\/complaint\/">A complaint<\/a>/);
    expect(text(section)).toContain('Owner: Team lead (Dana Doe)');
    expect(await page('pl')).not.toContain('review-overdue');
  });

  it('has a status page per language listing missing, outdated and overdue files', async () => {
    const status = await page('en/status');
    const pl = status.slice(status.indexOf('data-status-locale="pl"'), status.indexOf('data-status-locale="hu"'));
    expect(text(pl)).toContain('Outdated (1)');
    expect(pl).toMatch(/<a href="\/en\/templates\/holding\/"|<a href="\/pl\/templates\/holding\/"/);
    expect(text(pl)).toContain('content/templates/pl/holding.md');
    expect(text(pl)).toContain('Missing (1)');
    expect(text(pl)).toContain('playbooks/pl/escalation.mdx');
    const enSection = status.slice(status.indexOf('data-status-locale="en"'), status.indexOf('data-status-locale="pl"'));
    expect(text(enSection)).toContain('Overdue for review (2)');
    expect(await page('en')).toContain('href="/en/status/"');
    expect(text(await page('fi/status'))).toContain('Käännösten tila');
  });

  it('prints the same status with npm run status', async () => {
    const status = await cli('status', root, [], TODAY);
    expect(status.code, status.output).toBe(0);
    expect(status.output).toContain('Translation and review status on 2027-06-01 (review interval 180 days)');
    expect(status.output).toMatch(/^pl {2}1 missing, 1 outdated, 0 overdue$/m);
    expect(status.output).toMatch(/^ {2}outdated {2}content\/templates\/pl\/holding\.md {2}\(content\/templates\/en\/holding\.md changed/m);
    expect(status.output).toMatch(/^ {2}missing {3}playbooks\/pl\/escalation\.mdx/m);
    expect(status.output).toMatch(/^ {2}overdue {3}playbooks\/en\/complaint\.mdx {2}\(since 2027-04-30, last reviewed 2026-11-01, owner team-lead\)$/m);
  });

  it('records the translation as current with npm run translated, changing only its translatedFrom line', async () => {
    const file = join(root, 'content/templates/pl/holding.md');
    const before = await readFile(file, 'utf8');
    const result = await cli('translated', root, ['content/templates/pl/holding.md']);
    expect(result.code, result.output).toBe(0);
    const after = await readFile(file, 'utf8');
    const changed = after.split('\n').filter((line, index) => line !== before.split('\n')[index]);
    expect(changed).toEqual([expect.stringMatching(/^translatedFrom: "[0-9a-f]{12}"$/)]);
    expect(after.length).toBe(before.length);
    const check = await checkHandbook(root, [], TODAY);
    expect(check.stdout).not.toMatch(/content\/templates\/pl\/holding\.md\S*\s+warning\s+Translation outdated/);
    // The other languages still lag behind the changed English reply.
    expect(check.stdout).toMatch(/content\/templates\/fi\/holding\.md:\d+:1\s+warning\s+Translation outdated/);
    expect(check.stdout).toContain('review-overdue');
    expect(check.code).toBe(0);
  });
});
