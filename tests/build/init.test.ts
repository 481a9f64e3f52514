/**
 * A team starts its own handbook: `npm run init` writes a skeleton that checks clean and builds at once,
 * `npm run new` adds a template whose TODO markers the check reports until they are written.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandbook, checkHandbook, PROJECT_ROOT, userEnv, type BuildResult } from '../helpers/build.ts';
import { fixtureCopy } from '../helpers/fixtures.ts';

const SIX = ['en', 'pl', 'hu', 'ro', 'es', 'fi'];

/** Runs one of the project's command-line tools as `npm run <name>` would, from `cwd` (INIT_CWD). */
function run(cli: 'init' | 'new' | 'translated', args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', join(PROJECT_ROOT, `src/cli/${cli}.ts`), ...args], {
      cwd: PROJECT_ROOT,
      env: userEnv({ NO_COLOR: '1', ...env }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  ruleId: string;
}

async function findings(root: string): Promise<JsonFinding[]> {
  const { stdout } = await checkHandbook(root, ['--format', 'json']);
  return JSON.parse(stdout) as JsonFinding[];
}

describe('npm run init, then npm run new', () => {
  let work: string;
  let root: string;
  let build: BuildResult;
  let init: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'init-'));
    // A folder typed relative to where the command runs, that does not exist yet.
    init = await run('init', ['our-handbook'], { INIT_CWD: work });
    root = join(work, 'our-handbook');
    build = await buildHandbook(root);
  });

  it('writes the skeleton in the six languages and says what it wrote and what to do next', () => {
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    for (const locale of SIX) {
      expect(init.stdout).toContain(`  content/templates/${locale}/holding-reply.md\n`);
      expect(init.stdout).toContain(`  playbooks/${locale}/customer-complaint.mdx\n`);
    }
    expect(init.stdout).toContain(`HANDBOOK_ROOT=${root} npm start`);
  });

  it('checks clean: 0 errors, 0 warnings', async () => {
    const check = await checkHandbook(root);
    expect(check.stdout.trim(), check.stdout).toBe('0 errors, 0 warnings');
    expect(check.code).toBe(0);
  });

  it('builds every page of its playbook, template, tree and rule in every language', async () => {
    expect(build.code, build.output).toBe(0);
    for (const locale of SIX) {
      for (const path of ['', 'playbooks/customer-complaint', 'templates/holding-reply', 'trees/first-response', 'rules/no-time-promises', 'severity']) {
        const html = await readFile(join(build.outDir, locale, path, 'index.html'), 'utf8');
        expect(html, `${locale}/${path}`).toContain(`<html lang="${locale}"`);
      }
    }
    const pl = await readFile(join(build.outDir, 'pl/playbooks/customer-complaint/index.html'), 'utf8');
    expect(pl).toContain('Skarga klienta');
    expect(pl).toContain('Przeczytaj cały wątek');
  });

  it('refuses a folder that is not empty, and takes one with only dot-files', async () => {
    const again = await run('init', [root]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${root} is not empty (it holds README.md, content, handbook.config.yaml, and 1 more)`);
    const dotted = join(work, 'dotted');
    await mkdir(join(dotted, '.git'), { recursive: true });
    expect((await run('init', [dotted, '--locales', 'en'])).code).toBe(0);
  });

  it('adds a template in every locale whose TODO markers the check reports, and checks clean once they are written', async () => {
    const added = await run('new', ['template', 'late-reply'], { HANDBOOK_ROOT: root });
    expect(added.code, added.stderr).toBe(0);
    const files = SIX.map((locale) => `content/templates/${locale}/late-reply.md`);
    for (const file of files) expect(added.stdout).toContain(`  ${file}\n`);

    // One finding per marker, each at its line and column, printed by the one reporter with its fix.
    const text = await checkHandbook(root);
    expect(text.code).toBe(1);
    const lines = text.stdout.split('\n').filter((line) => /^\S+:\d+:\d+ /.test(line));
    // A translation's front matter has one line more: translatedFrom, the source it starts current with.
    const bodyLine = (file: string) => (file.includes('/en/') ? 10 : 11);
    expect(lines).toEqual(files.sort().flatMap((file) => [
      `${file}:2:9  error  Unfinished text: “TODO: name the template”  todo`,
      `${file}:${bodyLine(file)}:1  error  Unfinished text: “TODO: write the reply”  todo`,
    ]));
    expect(text.stdout).toContain('content/templates/fi/late-reply.md:11:1  error  Unfinished text: “TODO: write the reply”  todo\n    Write the text in place of the TODO marker.');

    for (const file of files) {
      const path = join(root, file);
      await writeFile(path, (await readFile(path, 'utf8')).replace('TODO: name the template', 'Sorry for the wait').replace('TODO: write the reply', 'Thank you for waiting.'));
    }
    // The English source changed with the translations: they are outdated until recorded again.
    const outdated = await checkHandbook(root);
    expect(outdated.stdout).toMatch(/^content\/templates\/pl\/late-reply\.md:\d+:\d+  warning  Translation outdated: content\/templates\/en\/late-reply\.md has changed/m);
    await run('translated', ['--root', root, 'content/templates']);
    const clean = await checkHandbook(root);
    expect(clean.stdout.trim()).toBe('0 errors, 0 warnings');
  });

  it('refuses an id that exists or is not kebab-case', async () => {
    const taken = await run('new', ['template', 'holding-reply'], { HANDBOOK_ROOT: root });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/^A template "holding-reply" exists already \(content\/templates\/en\/holding-reply\.md, /);
    const bad = await run('new', ['rule', 'No_Promises'], { HANDBOOK_ROOT: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"No_Promises" is not an id in lower-case kebab-case');
  });
});

describe('npm run init --locales', () => {
  it('writes the given languages only, the first as default', async () => {
    const root = join(await mkdtemp(join(tmpdir(), 'init-')), 'hb');
    const init = await run('init', [root, '--locales', 'pl,en']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('(pl, en; default pl)');
    expect(await readFile(join(root, 'handbook.config.yaml'), 'utf8')).toContain('locales: [pl, en]\ndefaultLocale: pl\n');
    const written = init.stdout.split('\n').filter((line) => line.startsWith('  ')).map((line) => line.trim());
    expect(written.filter((file) => /^(content\/templates|playbooks)\//.test(file))).toEqual([
      'content/templates/pl/holding-reply.md',
      'content/templates/en/holding-reply.md',
      'playbooks/pl/customer-complaint.mdx',
      'playbooks/en/customer-complaint.mdx',
    ]);
    // Until locales come from the settings, the check still asks for the other four languages;
    // nothing else may be wrong.
    for (const finding of await findings(root)) expect(finding.message, finding.file).toMatch(/\bhu\b.*\bro\b.*\bes\b.*\bfi\b/);
  });

  it('has npm run new write the languages of the settings, the default first, and the six without them', async () => {
    const root = join(await mkdtemp(join(tmpdir(), 'init-')), 'hb');
    await run('init', [root, '--locales', 'pl,en']);
    const added = await run('new', ['playbook', 'late-delivery', '--root', root]);
    expect(added.stdout).toContain('  playbooks/pl/late-delivery.mdx\n  playbooks/en/late-delivery.mdx\n\n');
    const plain = await fixtureCopy();
    const six = await run('new', ['tree', 'first-contact'], { INIT_CWD: plain });
    expect(six.code, six.stderr).toBe(0);
    const tree = await readFile(join(plain, 'content/trees/first-contact.yaml'), 'utf8');
    expect(tree.split('\n').slice(1, 7).map((line) => line.trim().split(':')[0])).toEqual(SIX);
  });

  it('writes stand-in texts marked TODO(<locale>) for a language it has no texts for, and says so', async () => {
    const root = join(await mkdtemp(join(tmpdir(), 'init-')), 'hb');
    const init = await run('init', [root, '--locales', 'en,de']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('The generator has no skeleton texts in de: there, every text is the en one, marked TODO(de):.');
    expect(await readFile(join(root, 'playbooks/de/customer-complaint.mdx'), 'utf8')).toContain('title: "TODO(de): A customer complaint"\n');
    expect(await readFile(join(root, 'content/templates/de/holding-reply.md'), 'utf8')).toContain('\n---\nTODO(de): Hi {{customer_name}}, ');
    // Until locales come from the settings, the de folders are refused before they are read; the texts
    // of the YAML files are checked already, and every marker the check reports is a de one.
    const todo = (await findings(root)).filter((finding) => finding.ruleId === 'todo');
    expect(todo.map((finding) => finding.file)).toContain('handbook.config.yaml');
    expect(todo.map((finding) => finding.file)).toContain('content/trees/first-response.yaml');
    expect(todo.every((finding) => finding.message.startsWith('Unfinished text: “TODO(de): '))).toBe(true);
  });

  it('refuses what is not a language code', async () => {
    const bad = await run('init', [join(tmpdir(), 'never'), '--locales', 'en,Polish']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Not a language code: Polish.');
  });
});
