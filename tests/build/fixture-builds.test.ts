import { mkdir, cp, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandbook, type BuildResult } from '../helpers/build.ts';
import { fixtureCopy, replaceIn, VALID_FIXTURE } from '../helpers/fixtures.ts';

const LOCALES = ['en', 'pl', 'hu', 'ro', 'es', 'fi'];

describe('a valid handbook', () => {
  let result: BuildResult;
  const page = (path: string) => readFile(join(result.outDir, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    result = await buildHandbook(VALID_FIXTURE);
  });

  it('builds', () => {
    expect(result.output).not.toMatch(/\berror\b.*\bschema\b/);
    expect(result.code, result.output).toBe(0);
  });

  it('has every page type in all six locales', async () => {
    for (const locale of LOCALES) {
      for (const path of [
        `${locale}`,
        `${locale}/playbooks`,
        `${locale}/playbooks/complaint`,
        `${locale}/templates`,
        `${locale}/templates/holding`,
        `${locale}/trees`,
        `${locale}/trees/first-steps`,
        `${locale}/rules`,
        `${locale}/rules/no-time-promises`,
        `${locale}/sources`,
        `${locale}/severity`,
        `${locale}/search`,
        `${locale}/print`,
        `${locale}/print/complaint`,
      ]) {
        const html = await page(path);
        expect(html, path).toContain(`<html lang="${locale}"`);
      }
    }
    expect(await page('')).toContain('hreflang="fi"');
  });

  it('shows the register the settings choose first, and the other one click away', async () => {
    const pl = await page('pl/templates/holding');
    const [first, fold] = [pl.indexOf('Cześć, '), pl.indexOf('data-other-register')];
    expect(first).toBeGreaterThan(-1);
    expect(fold).toBeGreaterThan(first);
    expect(pl.indexOf('Dzień dobry, ', fold)).toBeGreaterThan(fold);
    // A language the settings leave alone shows its only reply, with no fold.
    expect(await page('hu/templates/holding')).not.toContain('data-other-register');
  });

  it('gives a missing translation its page, with a notice, and warns naming the missing file', async () => {
    const html = await page('fi/playbooks/escalation');
    expect(html).toContain('notice-untranslated');
    expect(html).toContain('<html lang="fi"');
    expect(html).toContain('<article class="playbook" lang="en"');
    expect(result.output).toContain('playbooks/fi/escalation.mdx');
    expect(result.output).toMatch(/playbooks\/en\/escalation\.mdx\s+warning\s+Missing translation of playbook "escalation" in [a-z, ]*fi/);
    expect(await page('en/playbooks/escalation')).not.toContain('notice-untranslated');
  });

  it('writes head metadata: canonical, hreflang for all six, title and description', async () => {
    const html = await page('hu/templates/holding');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/hu\/templates\/holding\/"/);
    for (const locale of LOCALES) expect(html).toContain(`hreflang="${locale}" href="http://127.0.0.1:4321/${locale}/templates/holding/"`);
    expect(html).toMatch(/<title>Első válasz · [^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
  });

  it('builds a Pagefind index per language', async () => {
    const entry = JSON.parse(await readFile(join(result.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual([...LOCALES].sort());
  });
});

describe('a template with a reasoned exception (allow:)', () => {
  it('builds, prints the allowed finding as a note with its reason, and shows the exception on the template page', async () => {
    const root = await fixtureCopy(async (dir) => {
      const file = join(dir, 'content/templates/fi/holding.md');
      await replaceIn(file, 'vastaamme tähän heti, kun tiedämme enemmän', 'soitamme sinulle 10 minuutissa');
      await replaceIn(file, 'guidelines: [no-time-promises]', 'guidelines: [no-time-promises]\nallow:\n  - check: no-time-promises/time-promise\n    reason: "Takaisinsoitto 10 minuutissa on sopimuksessa taattu."');
    });
    const result = await buildHandbook(root);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/content\/templates\/fi\/holding\.md:\d+:\d+\s+info\s+Allowed in fi\/holding \(no-time-promises\/time-promise, reason: “Takaisinsoitto 10 minuutissa on sopimuksessa taattu\.”\)/);
    const html = await readFile(join(result.outDir, 'fi/templates/holding/index.html'), 'utf8');
    expect(html).toContain('Poikkeukset säännöistä');
    expect(html).toContain('Takaisinsoitto 10 minuutissa on sopimuksessa taattu.');
  });
});

describe('a broken handbook', () => {
  it('fails on a broken front matter field, naming the file, the line and the field', async () => {
    const root = await fixtureCopy((dir) => replaceIn(join(dir, 'playbooks/pl/complaint.mdx'), 'severity: medium', 'severity: urgent'));
    const result = await buildHandbook(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('playbooks/pl/complaint.mdx:5:1  error  Invalid field "severity": "urgent" is not one of "low", "medium", "high", "critical"  schema');
  });

  it('fails on a locale folder for a language it has no interface strings for, and on a folder not named like a locale', async () => {
    const root = await fixtureCopy(async (dir) => {
      await mkdir(join(dir, 'content/templates/de'));
      await cp(join(dir, 'content/templates/en/holding.md'), join(dir, 'content/templates/de/holding.md'));
      await mkdir(join(dir, 'playbooks/english'));
    });
    const result = await buildHandbook(root);
    expect(result.code).not.toBe(0);
    // Without `locales` in the settings, the folders found are the languages built.
    expect(result.output).toMatch(/handbook\.config\.yaml\s+error\s+No interface strings in de for \d+ of \d+ keys: site\.name, /);
    expect(result.output).toMatch(/add i18n\/de\.yaml to the handbook/);
    expect(result.output).toMatch(/playbooks\/english\s+error\s+"english" is not a locale folder\s+locale-folder/);
  });

  it('lists every error at once before failing', async () => {
    const root = await fixtureCopy(async (dir) => {
      await replaceIn(join(dir, 'playbooks/pl/complaint.mdx'), 'severity: medium', 'severity: urgent');
      await replaceIn(join(dir, 'content/templates/es/holding.md'), 'tone: warm', 'tone: loud');
      await replaceIn(join(dir, 'playbooks/en/complaint.mdx'), '<Template id="holding" />', '<Template id="nope" />');
    });
    const result = await buildHandbook(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('playbooks/pl/complaint.mdx:5:1  error');
    expect(result.output).toContain('content/templates/es/holding.md:6:1  error');
    expect(result.output).toMatch(/playbooks\/en\/complaint\.mdx:\d+:1\s+error\s+Unknown template "nope" in <Template>\s+missing-reference/);
    expect(result.output).toMatch(/3 errors/);
  });

  it('fails on a template that breaks a rule, pointing at the words', async () => {
    const root = await fixtureCopy((dir) =>
      replaceIn(join(dir, 'content/templates/fi/holding.md'), 'vastaamme tähän heti, kun tiedämme enemmän', 'soitamme sinulle 10 minuutissa'),
    );
    const result = await buildHandbook(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/content\/templates\/fi\/holding\.md:11:\d+\s+error\s+A fixed-time promise.*\s+no-time-promises/);
    // Each finding is followed by how to fix it, as in `npm run check`; the failure is a message, not a crash.
    expect(result.output).toMatch(/no-time-promises\n\s+Rephrase these words/);
    expect(result.output).toMatch(/The handbook has 1 error, listed above/);
    expect(result.output).not.toMatch(/Stack trace|src\/integration\/index\.ts/);
  });

  it('reports rule findings (checked on another thread) together with a broken file', async () => {
    const root = await fixtureCopy(async (dir) => {
      await replaceIn(join(dir, 'playbooks/pl/complaint.mdx'), 'severity: medium', 'severity: urgent');
      await replaceIn(join(dir, 'content/templates/fi/holding.md'), 'vastaamme tähän heti, kun tiedämme enemmän', 'soitamme sinulle 10 minuutissa');
    });
    const result = await buildHandbook(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('playbooks/pl/complaint.mdx:5:1  error');
    expect(result.output).toMatch(/content\/templates\/fi\/holding\.md:11:\d+\s+error\s+A fixed-time promise.*\s+no-time-promises/);
    expect(result.output).toMatch(/2 errors/);
  });

  it('fails on a broken decision tree, naming the file and the node', async () => {
    const root = await fixtureCopy((dir) => replaceIn(join(dir, 'content/trees/first-steps.yaml'), 'next: out-explain', 'next: out-missing'));
    const result = await buildHandbook(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/content\/trees\/first-steps\.yaml:\d+:\d+\s+error\s+.*q-right.*out-missing/);
  });
});
