import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { runStructureChecks } from '../../src/lib/check.ts';
import { logoPublicPath, MAX_LOGO_BYTES, readLogo } from '../../src/lib/settings/logo.ts';
import { contactHref, rosterFor, siteName, siteTagline } from '../../src/lib/settings/site.ts';
import { fixtureCopy } from '../helpers/fixtures.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n';
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** The valid fixture with these settings (and files); findings of the settings file as `line:column severity rule-id reason`. */
async function settingsFindings(yaml: string, files: Record<string, string | Uint8Array> = {}) {
  const root = await fixtureCopy(async (root) => {
    await writeFile(join(root, 'handbook.config.yaml'), yaml);
    for (const [name, content] of Object.entries(files)) {
      await mkdir(join(root, name, '..'), { recursive: true });
      await writeFile(join(root, name), content);
    }
  });
  const { handbook, diagnostics } = await loadHandbook(root);
  runStructureChecks(handbook, diagnostics);
  const messages = diagnostics.messages().filter((message) => message.file === 'handbook.config.yaml');
  return {
    handbook,
    lines: messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.ruleId} ${message.reason}`),
    notes: messages.map((message) => message.note ?? ''),
  };
}

describe('settings: site name and tagline', () => {
  const settings = { site: { name: { en: 'Northwind Desk', pl: 'Dyżur Northwind' }, tagline: { en: 'When the feed catches fire' } } };

  it("uses the settings' text in a locale they give, and the interface strings elsewhere", () => {
    expect(siteName(settings, 'pl')).toBe('Dyżur Northwind');
    expect(siteName(settings, 'hu')).toBe('Válságkézikönyv');
    expect(siteTagline(settings, 'en')).toBe('When the feed catches fire');
    expect(siteTagline(settings, 'pl')).toBe('Skargi i kryzysy w mediach społecznościowych');
    expect(siteName({ site: {} }, 'en')).toBe('Crisis Playbook');
  });

  it('warns at a name or tagline for a locale the site does not build', async () => {
    const { lines, notes } = await settingsFindings('site:\n  name:\n    en: Northwind\n    de: Northwind DE\n  tagline:\n    xx: Nope\n');
    expect(lines).toEqual([
      '4:5 warning settings-locale site.name has a text for "de", which is not one of the site\'s locales (en, pl, hu, ro, es, fi); no page shows it',
      '6:5 warning settings-locale site.tagline has a text for "xx", which is not one of the site\'s locales (en, pl, hu, ro, es, fi); no page shows it',
    ]);
    expect(notes[0]).toBe('Remove it, correct the language code, or add "de" to locales in handbook.config.yaml.');
  });
});

describe('settings: accent colour', () => {
  it('accepts an accent with enough contrast', async () => {
    expect((await settingsFindings('site:\n  accent: "#7a1fa2"\n')).lines).toEqual([]);
  });

  it('reports a low-contrast accent at its line with the ratio, the colour it failed against and a passing shade', async () => {
    const { lines, notes } = await settingsFindings('# look\nsite:\n  accent: "#ffcc00"\n');
    expect(lines).toEqual(['3:3 error accent-contrast The accent colour #ffcc00 has a contrast of 1.3:1 against the header background #f3f5f8; links and buttons need at least 4.5:1 (WCAG AA)']);
    expect(notes[0]).toMatch(/^Use a darker shade of the same hue: "#[0-9a-f]{6}" is the nearest that passes on every light background/);
  });

  it('reports an accent that is not a hex colour as a schema error', async () => {
    const { lines } = await settingsFindings('site:\n  accent: purple\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^2:\d+ error schema /);
  });
});

describe('settings: roster', () => {
  it('accepts roles from content/roles.yaml and finds the people for a role', async () => {
    const { lines, handbook } = await settingsFindings('roster:\n  - { role: team-lead, name: Ada, contact: "+48 600 100 200" }\n  - { role: team-lead, name: Ben }\n');
    expect(lines).toEqual([]);
    expect(rosterFor(handbook.settings, 'team-lead').map((entry) => entry.name)).toEqual(['Ada', 'Ben']);
    expect(rosterFor(handbook.settings, 'community-manager')).toEqual([]);
  });

  it('reports an unknown role at its field, with a "did you mean"', async () => {
    const { lines, notes } = await settingsFindings('roster:\n  - role: team-lead\n    name: Ada\n  - role: comunity-manager\n    name: Jonas\n');
    expect(lines).toEqual(['4:5 error missing-reference Unknown role "comunity-manager" in field "roster.1.role"']);
    expect(notes[0]).toBe('Did you mean "community-manager" (Community manager)? Use the id of a role in content/roles.yaml: team-lead, community-manager.');
  });

  it('suggests the id when a role label was written instead', async () => {
    const { notes } = await settingsFindings('roster:\n  - { role: Team lead, name: Ada }\n');
    expect(notes[0]).toMatch(/^Did you mean "team-lead"/);
  });

  it('links a contact that is a phone number, an e-mail or a web address, and leaves a handle as text', () => {
    expect(contactHref('+48 600 100 200')).toBe('tel:+48600100200');
    expect(contactHref('(06) 1 234-5678')).toBe('tel:0612345678');
    expect(contactHref('ada@example.com')).toBe('mailto:ada@example.com');
    expect(contactHref('https://chat.example.com/ada')).toBe('https://chat.example.com/ada');
    expect(contactHref('@ada on Slack')).toBeUndefined();
    expect(contactHref('ext. 42')).toBeUndefined();
  });
});

describe('settings: logo', () => {
  it('loads a logo inside the handbook and gives it a name that changes with its content', async () => {
    const { lines, handbook } = await settingsFindings('site:\n  logo: brand/logo.svg\n', { 'brand/logo.svg': SVG });
    expect(lines).toEqual([]);
    const logo = handbook.settings.logo!;
    expect(logo.extension).toBe('.svg');
    expect(logoPublicPath(logo)).toMatch(/^\/_handbook\/logo\.[0-9a-f]{10}\.svg$/);
  });

  it('reports a missing logo at its line', async () => {
    const { lines, notes } = await settingsFindings('site:\n  name: { en: X }\n  logo: brand/missing.png\n');
    expect(lines).toEqual(['3:3 error settings-logo The logo "brand/missing.png" does not exist']);
    expect(notes[0]).toContain('Put the image at brand/missing.png in the handbook folder');
  });

  it('refuses other types, paths outside the handbook, files too large, renamed files and SVGs with scripts', async () => {
    const reason = async (written: string, files: Record<string, string | Uint8Array> = {}) => (await settingsFindings(`site:\n  logo: "${written}"\n`, files)).lines.join('\n');
    expect(await reason('logo.gif', { 'logo.gif': 'GIF89a' })).toContain('is not an SVG, PNG, WebP or JPEG file');
    expect(await reason('../outside.svg')).toMatch(/is outside the handbook folder|does not exist/);
    expect(await reason('/etc/logo.svg')).toContain('must be a path relative to the handbook folder');
    expect(await reason('big.png', { 'big.png': new Uint8Array(MAX_LOGO_BYTES + 1).fill(1) })).toContain('KiB, more than the 512 KiB');
    expect(await reason('fake.png', { 'fake.png': SVG })).toContain('is named .png but is a SVG image');
    expect(await reason('evil.svg', { 'evil.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>' })).toContain('contains a script or an event handler');
    expect(await reason('ok.png', { 'ok.png': PNG })).toBe('');
  });

  it('refuses a symbolic link that leads out of the handbook', async () => {
    const outside = join(tmpdir(), `logo-outside-${process.pid}.svg`);
    await writeFile(outside, SVG);
    const root = await fixtureCopy(async (root) => {
      await symlink(outside, join(root, 'logo.svg'));
    });
    const result = await readLogo(root, 'logo.svg');
    expect('problem' in result && result.problem.reason).toBe('The logo "logo.svg" is outside the handbook folder');
  });
});
