import { cp, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandbook, checkHandbook, type BuildResult } from '../helpers/build.ts';
import { fixtureCopy } from '../helpers/fixtures.ts';

/** tests/fixtures/look/<case>/ laid over the valid fixture: its settings file (and logo). */
const lookCopy = (name: 'good' | 'bad') => fixtureCopy((root) => cp(resolve(import.meta.dirname, '../fixtures/look', name), root, { recursive: true, force: true }));

describe("a handbook's own name, tagline, logo, accent and roster", () => {
  let result: BuildResult;
  const page = (path: string) => readFile(join(result.outDir, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    result = await buildHandbook(await lookCopy('good'));
  });

  it('builds', () => {
    expect(result.code, result.output).toBe(0);
  });

  it('names the site in the header and the title in each locale, falling back to the interface strings', async () => {
    const en = await page('en/templates/holding');
    expect(en).toMatch(/<title>[^<]+ · Northwind Response Desk<\/title>/);
    expect(en).toMatch(/<a class="site-name" href="\/en\/"><img class="site-logo" src="\/_handbook\/logo\.[0-9a-f]{10}\.svg" alt="">Northwind Response Desk<\/a>/);
    expect(await page('pl/templates/holding')).toMatch(/<a class="site-name" href="\/pl\/">.*Dyżur Northwind<\/a>/);
    // Hungarian is not in the settings: the interface strings' name and tagline.
    const hu = await page('hu');
    expect(hu).toContain('<title>Panaszok és válságok kezelése a közösségi médiában · Válságkézikönyv</title>');
    expect(hu).toContain('<h1>Válságkézikönyv</h1>');
    expect(await page('en')).toContain('<title>What to do when the feed catches fire · Northwind Response Desk</title>');
    expect(await page('')).toContain('<h1>Northwind Response Desk</h1>');
    expect(await readFile(join(result.outDir, '404.html'), 'utf8')).toContain('Dyżur Northwind · Polski');
  });

  it('publishes the logo under its hashed name, and keeps it offline', async () => {
    const [name] = await readdir(join(result.outDir, '_handbook'));
    expect(name).toMatch(/^logo\.[0-9a-f]{10}\.svg$/);
    expect(await readFile(join(result.outDir, '_handbook', name!), 'utf8')).toContain('<circle');
    expect(await readFile(join(result.outDir, 'offline/en.json'), 'utf8')).toContain(`_handbook/${name}`);
  });

  it('sets the accent in a style sheet of the site, never inline, with a derived shade for the dark scheme', async () => {
    const html = await page('en');
    expect(html).not.toMatch(/<style|style="/);
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
    const css = (await Promise.all(sheets.map((href) => readFile(join(result.outDir, href), 'utf8')))).join('\n');
    expect(css).toContain('@media screen{:root:root{--accent:#7a1fa2}}');
    expect(css).toMatch(/@media screen and \(prefers-color-scheme:dark\)\{:root:root\{--accent:#[0-9a-f]{6}\}\}/);
  });

  it('names the person and contact beside a role: severity levels, the roles, a playbook owner, checklist owners', async () => {
    const severity = await page('en/severity');
    expect(severity).toContain('<a href="#role-team-lead">Team lead</a><span class="roster-people"> (<span class="roster-name">Ada Kowalska</span>, <a href="tel:+48600100200">+48 600 100 200</a>)</span>');
    expect(severity).toMatch(/<dt>Community manager<span class="roster-people"> \(<span class="roster-name">Jonas Berg<\/span>, <a href="mailto:jonas@example.com">jonas@example.com<\/a>\)<\/span><\/dt>/);
    const playbook = await page('en/playbooks/complaint');
    expect(playbook).toMatch(/#role-team-lead" lang="en">Team lead<\/a><span class="roster-people"> \(<span class="roster-name">Ada Kowalska<\/span>/);
    expect(playbook).toMatch(/class="owner">[^<]*<span lang="en">Community manager<\/span><span class="roster-people"> \(<span class="roster-name">Jonas Berg/);
  });
});

describe('settings with a mistake of each kind', () => {
  it('reports each at its line in handbook.config.yaml, with its rule and a fix, and fails', async () => {
    const { code, stdout } = await checkHandbook(await lookCopy('bad'));
    expect(code).toBe(1);
    const lines = stdout.split('\n').filter((line) => line.startsWith('handbook.config.yaml'));
    expect(lines).toEqual([
      expect.stringMatching(/^handbook\.config\.yaml:5:5 {2}warning {2}site\.name has a text for "de".* {2}settings-locale$/),
      expect.stringMatching(/^handbook\.config\.yaml:6:3 {2}error {2}The logo "brand\/missing\.png" does not exist {2}settings-logo$/),
      expect.stringMatching(/^handbook\.config\.yaml:7:3 {2}error {2}The accent colour #66aaff has a contrast of 2\.\d:1 against the header background #f3f5f8; .* {2}accent-contrast$/),
      expect.stringMatching(/^handbook\.config\.yaml:12:7 {2}error {2}Unknown role "comunity-manager" in field "roster\.1\.role" {2}missing-reference$/),
    ]);
    expect(stdout).toMatch(/accent-contrast\n {4}Use a darker shade of the same hue: "#[0-9a-f]{6}"/);
    expect(stdout).toContain('Did you mean "community-manager" (Community manager)?');
  });

  it('stops the build with the same findings', async () => {
    const result = await buildHandbook(await lookCopy('bad'));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/handbook\.config\.yaml:7:3\s+error\s+The accent colour #66aaff/);
    expect(result.output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
  });
});
