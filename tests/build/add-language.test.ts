/**
 * A team adds German to its own handbook: `npm run init` in English, `npm run new -- language de`,
 * the check lists what German still lacks, and once that is written the site builds in both.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandbook, checkHandbook, PROJECT_ROOT, userEnv } from '../helpers/build.ts';

const EN_DE = resolve(import.meta.dirname, '../fixtures/en-de');

function run(cli: 'init' | 'new', args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', join(PROJECT_ROOT, `src/cli/${cli}.ts`), ...args], { cwd: PROJECT_ROOT, env: userEnv({ NO_COLOR: '1' }) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

async function findings(root: string) {
  const { stdout } = await checkHandbook(root, ['--format', 'json']);
  return JSON.parse(stdout) as { file: string; line: number; severity: string; message: string; ruleId: string }[];
}

/**
 * Every `en:` text of the handbook's data files and trees gets a `de:` beside it (a stand-in for a
 * translator). The rule keeps English only: its German examples and patterns fall back with a warning.
 */
async function addGermanTexts(root: string) {
  for (const folder of ['content', 'content/trees']) {
    for (const name of (await readdir(join(root, folder))).filter((file) => file.endsWith('.yaml'))) {
      const file = join(root, folder, name);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/^(\s*)en: (.*)$/gm, '$1en: $2\n$1de: $2'));
    }
  }
}

describe('adding German to a handbook', () => {
  let root: string;
  let added: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    root = join(await mkdtemp(join(tmpdir(), 'add-language-')), 'handbook');
    expect((await run('init', [root, '--locales', 'en'])).code).toBe(0);
    added = await run('new', ['language', 'de', '--root', root]);
  });

  it('adds de to the settings and writes the interface strings to translate', async () => {
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(await readFile(join(root, 'handbook.config.yaml'), 'utf8')).toMatch(/^locales: \[en, de\]$/m);
    expect(await readFile(join(root, 'i18n/de.yaml'), 'utf8')).toContain('# nav.print: "Print"');
  });

  it('checks: every interface string and tree label German lacks is an error, with its place', async () => {
    const found = await findings(root);
    const strings = found.find((finding) => finding.ruleId === 'interface-strings');
    expect(strings?.file).toBe('i18n/de.yaml');
    expect(strings?.message).toMatch(/^No interface strings in de for (\d+) of \1 keys: site\.name, /);
    expect(found.filter((finding) => finding.ruleId === 'tree-missing-label').length).toBeGreaterThan(0);
    expect(found.filter((finding) => finding.ruleId === 'tree-missing-label').every((finding) => finding.file.startsWith('content/trees/') && finding.line > 0)).toBe(true);
  });

  it('builds in English and German once German has its strings and texts', async () => {
    await cp(join(EN_DE, 'i18n/de.yaml'), join(root, 'i18n/de.yaml'));
    await addGermanTexts(root);
    expect((await findings(root)).filter((finding) => finding.severity === 'error')).toEqual([]);
    const result = await buildHandbook(root);
    expect(result.code, result.output).toBe(0);
    const home = await readFile(join(result.outDir, 'de/index.html'), 'utf8');
    expect(home).toMatch(/<html lang="de"/);
    expect(home).toContain('title="Deutsch"');
    const strings = await readFile(join(EN_DE, 'i18n/de.yaml'), 'utf8');
    expect(home).toContain(/^nav\.templates: (.+)$/m.exec(strings)![1]);
  });
});
