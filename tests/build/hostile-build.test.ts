/**
 * Hostile input (issue 19) through `astro build`: what used to crash the build after the check had
 * passed, run code at build time, hang at astro:build:start, or end in a bundler backtrace is now a
 * finding or a one-line error, and the build stops before writing a page.
 */
import { once } from 'node:events';
import { access, chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandbook, startBuild } from '../helpers/build.ts';
import { chainTree, hostileCopy, VALID_FIXTURE } from '../helpers/fixtures.ts';

const exists = (path: string) => access(path).then(() => true, () => false);

/** A failed build that says why in findings or one message, never in a stack trace. */
function expectCleanFailure(result: { code: number | null; output: string }) {
  expect(result.code, result.output).not.toBe(0);
  expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(result.output).not.toMatch(/Stack trace|Maximum call stack|Missing parameter/);
}

describe('astro build on hostile input', () => {
  it('never runs an export from a playbook: reported at its line, and the build stops first', async () => {
    const marker = join(await mkdtemp(join(tmpdir(), 'hostile-esm-')), 'written-by-playbook');
    const root = await hostileCopy('esm-export');
    const result = await buildHandbook(root, { env: { HOSTILE_MARKER: marker } });
    expectCleanFailure(result);
    expect(result.output).toMatch(/playbooks\/en\/complaint\.mdx:31:1 {2}error {2}A playbook cannot export code: .* {2}mdx-esm/);
    expect(await exists(marker)).toBe(false);
  });

  it('reports the reserved id "index" instead of crashing on the route', async () => {
    const result = await buildHandbook(await hostileCopy('reserved-index'));
    expectCleanFailure(result);
    expect(result.output).toMatch(/content\/templates\/en\/index\.md {2}error {2}File name "index\.md" is reserved.* {2}reserved-id/);
    expect(result.output).toMatch(/playbooks\/en\/index\.mdx {2}error {2}File name "index\.mdx" is reserved.* {2}reserved-id/);
  });

  it('reports a 3,000-node chain tree as too deep instead of overflowing the stack while rendering it', async () => {
    const root = await hostileCopy(undefined, { edit: (dir) => writeFile(join(dir, 'content/trees/deep.yaml'), chainTree(3000)) });
    const result = await buildHandbook(root);
    expectCleanFailure(result);
    expect(result.output).toMatch(/content\/trees\/deep\.yaml:104:7 {2}error {2}The tree is 3000 steps deep: node "q-101" is more than 100 answers away from the start {2}tree-too-deep/);
  });

  it('stops a runaway pattern instead of waiting forever at astro:build:start', async () => {
    const result = await buildHandbook(await hostileCopy('redos-timeout'), { env: { CHECK_STEP_TIME_LIMIT_MS: '3000' } });
    expectCleanFailure(result);
    expect(result.output).toMatch(/content\/guidelines\/no-time-promises\.yaml:20:11 {2}error {2}Pattern in field "checks\.0\.patterns\.en\.0" took longer than 3 s to match template content\/templates\/en\/holding\.md.* {2}pattern-timeout/);
    expect(result.output).toMatch(/The handbook has 1 error, listed above/);
  });

  it('renders a tree as deep as allowed (100 steps) with its whole outline nested', async () => {
    const root = await hostileCopy(undefined, { edit: (dir) => writeFile(join(dir, 'content/trees/deep.yaml'), chainTree(100)) });
    const result = await buildHandbook(root);
    expect(result.code, result.output).toBe(0);
    const html = await readFile(join(result.outDir, 'en/trees/deep/index.html'), 'utf8');
    const outline = html.slice(html.indexOf('data-tree-outline'));
    expect(outline.match(/<li class="outline-node"/g)).toHaveLength(100);
    // Nested, not flattened: the last node sits inside 99 answer lists, each closed in turn.
    expect(outline).toContain(`data-node="out-end"><div class="outline-outcome"><h2 class="outline-outcome-title" id="deep-node-out-end">Done</h2>`);
    expect(outline.match(/<\/ol><\/li>/g)).toHaveLength(99);
  });

  it('refuses a second build into the same folders while the first runs, and the first still succeeds', async () => {
    const work = await mkdtemp(join(tmpdir(), 'hostile-concurrent-'));
    const folders = { outDir: join(work, 'dist'), cacheDir: join(work, 'cache') };
    const first = await startBuild(VALID_FIXTURE, folders);
    let firstOutput = '';
    first.child.stdout!.on('data', (chunk) => (firstOutput += chunk));
    first.child.stderr!.on('data', (chunk) => (firstOutput += chunk));
    const firstDone = once(first.child, 'close');
    // The first build holds its lock from its first moments until it has indexed the site.
    const lock = join(work, '.dist.build-lock');
    for (let waited = 0; !(await exists(lock)) && waited < 600; waited++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await exists(lock)).toBe(true);
    const second = await buildHandbook(VALID_FIXTURE, folders);
    expectCleanFailure(second);
    expect(second.output).toContain(`Another build (process ${first.child.pid}`);
    expect(second.output).toContain(`is writing the output folder ${folders.outDir}`);
    const [code] = await firstDone;
    expect(code, firstOutput).toBe(0);
    expect(await exists(lock)).toBe(false);
    expect(await exists(join(folders.outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('names an output folder it cannot write, instead of a bundler backtrace', async () => {
    const work = await mkdtemp(join(tmpdir(), 'hostile-readonly-'));
    await chmod(work, 0o755);
    const outDir = join(work, 'dist');
    await mkdir(outDir);
    await chmod(outDir, 0o555);
    // Root writes anywhere: where the tests run as root (CI does), the build runs as nobody.
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
    const root = await hostileCopy(undefined);
    await chmod(root, 0o755);
    const result = await buildHandbook(root, { outDir, user });
    expectCleanFailure(result);
    expect(result.output.replaceAll(`${outDir}/`, outDir)).toContain(`Cannot write the output folder ${outDir}: permission denied`);
  });

  it('names an output folder a file stands in the way of', async () => {
    const work = await mkdtemp(join(tmpdir(), 'hostile-notdir-'));
    await writeFile(join(work, 'site'), 'a file, not a folder');
    const outDir = join(work, 'site', 'dist');
    const result = await buildHandbook(VALID_FIXTURE, { outDir });
    expectCleanFailure(result);
    expect(result.output.replaceAll(`${outDir}/`, outDir)).toContain(`Cannot write the output folder ${outDir}: a file is in the way of the folder`);
  });
});
