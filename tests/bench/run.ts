/**
 * `npm run bench`: speed and size, measured (never asserted in tests).
 *  1. The rules engine alone: checking 10,000 and 20,000 templates (to show the growth is linear).
 *  2. Synthetic handbooks of N playbooks × 6 locales (N = 100 and 1,000 by default): `npm run check`'s
 *     validation time, then the full build (validated, rendered and indexed), per page, the Pagefind
 *     index size, bytes per page, and the bytes a first search downloads (measured in Chromium).
 *  3. The development set of replies (tests/fixtures/replies/): per check and locale, how many bad
 *     replies the intended check catches and how many good replies each check flags (false alarms).
 * Writes bench-results/<date>.json so that runs can be compared.
 * Options: --sizes 100,1000   --templates 10000,20000   --out FILE   (an empty list skips a part)
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { checkTemplates } from '../../src/lib/rules/index.ts';
import type { Handbook, Template } from '../../src/lib/model.ts';
import { writeSyntheticHandbook } from './synthetic.ts';
import { loadReplySets, replyRules, scoreReplies } from '../helpers/replies.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const sizes = arg('sizes', '100,1000').split(',').filter(Boolean).map(Number);
const templateCounts = arg('templates', '10000,20000').split(',').filter(Boolean).map(Number);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

async function benchRulesEngine(count: number) {
  const { handbook } = await loadHandbook(ROOT);
  const originals = handbook.templates;
  // Whole batches of the default templates (every id in all six locales), so that translation
  // parity holds and the run measures checking, not thousands of missing-translation warnings.
  const templates: Template[] = [];
  for (let batch = 0; templates.length < count; batch++) {
    for (const original of originals) {
      if (templates.length < count) templates.push({ ...original, id: `${original.id}-${batch}` });
    }
  }
  const synthetic: Handbook = { ...handbook, templates };
  checkTemplates(synthetic, new Diagnostics(), { ruleUrl: () => '' }); // warm-up: compile patterns, JIT
  const start = performance.now();
  const diagnostics = new Diagnostics();
  checkTemplates(synthetic, diagnostics, { ruleUrl: () => '' });
  const ms = performance.now() - start;
  return { templates: count, ms: round(ms), perTemplateUs: round((ms * 1000) / count), findings: diagnostics.messages().length };
}

async function folderBytes(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/**
 * What a first search downloads, measured in Chromium: the search page opened with a query, every
 * Pagefind request until the first twenty results show (loader, WebAssembly, metadata, filters, index
 * chunks, one fragment per result shown). Counted twice: as sent by a server that compresses text
 * (most web servers and hosts do; Pagefind compresses its own index files) and by one that does not.
 * The offline service worker is kept out: it would fetch the whole language in the background.
 */
const QUERIES: Record<string, string> = { en: 'trouble', fi: 'pahoittelemme' };

async function firstSearchBytes(dist: string, language: string) {
  const { launchBrowser } = await import('../helpers/browser.ts');
  const { serveStatic } = await import('../helpers/static-server.ts');
  const browser = await launchBrowser();
  const measure = async (compress: boolean) => {
    const server = await serveStatic(dist, { compress });
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) sizes.push(request.sizes().then((size) => size.responseBodySize));
    });
    await page.goto(`${server.url}/${language}/search/?q=${encodeURIComponent(QUERIES[language])}`);
    await page.locator('[data-search-results] li a').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const shown = await page.locator('[data-search-results] li a').count();
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    await context.close();
    await server.close();
    return { bytes, requests: sizes.length, shown };
  };
  try {
    const compressed = await measure(true);
    const plain = await measure(false);
    return { bytes: compressed.bytes, uncompressedBytes: plain.bytes, requests: compressed.requests, resultsShown: compressed.shown, query: QUERIES[language] };
  } finally {
    await browser.close();
  }
}

async function benchHandbook(playbooks: number) {
  const work = await mkdtemp(join(tmpdir(), `crisis-bench-${playbooks}-`));
  const root = join(work, 'handbook');
  await writeSyntheticHandbook(root, playbooks, ROOT);

  // Validation as a user meets it: `npm run check` in a fresh process (Node start-up included).
  const { handbook } = await loadHandbook(root);
  const checkStart = performance.now();
  const check = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join(ROOT, 'src/cli/check.ts'), '--root', root, '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const validationMs = performance.now() - checkStart;
  if (check.status !== 0) throw new Error(`The synthetic handbook has errors:\n${check.stdout}\n${check.stderr}`);

  const outDir = join(work, 'dist');
  const buildStart = performance.now();
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, HANDBOOK_ROOT: root, OUT_DIR: outDir, CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const buildMs = performance.now() - buildStart;
  if (build.status !== 0) throw new Error(`Build failed:\n${build.stdout}\n${build.stderr}`);

  const html = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  let htmlBytes = 0;
  let htmlGzip = 0;
  for (const file of html) {
    const content = await readFile(join(outDir, file));
    htmlBytes += content.length;
    htmlGzip += gzipSync(content).length;
  }
  const index = await folderBytes(join(outDir, 'pagefind'));
  const result = {
    playbooks,
    locales: 6,
    pages: html.length,
    templates: handbook.templates.length,
    validationMs: round(validationMs),
    buildMs: round(buildMs),
    buildMsPerPage: round(buildMs / html.length, 3),
    htmlBytesPerPage: Math.round(htmlBytes / html.length),
    htmlGzipBytesPerPage: Math.round(htmlGzip / html.length),
    pagefindIndexBytes: index.bytes,
    pagefindIndexFiles: index.files,
    firstSearchBytes: { en: await firstSearchBytes(outDir, 'en'), fi: await firstSearchBytes(outDir, 'fi') },
  };
  await rm(work, { recursive: true, force: true });
  return result;
}

/** The development set as a table: `caught/bad` and false alarms per check and locale. */
async function benchReplies() {
  const sets = loadReplySets();
  const { perCheck, totals } = scoreReplies(await replyRules(), sets);
  const locales = LOCALES.filter((locale) => sets.some((set) => set.locale === locale));
  const width = Math.max(...[...perCheck.keys()].map((check) => check.length), 5);
  const cell = (text: string) => text.padStart(11);
  const lines = [`${'check'.padEnd(width)}${locales.map((locale) => cell(locale)).join('')}`];
  for (const [check, byLocale] of [...perCheck].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${check.padEnd(width)}${locales.map((locale) => {
      const score = byLocale.get(locale);
      if (!score) return cell('·');
      return cell(`${score.bad ? `${score.caught}/${score.bad}` : '-'} ${score.falseAlarms ? `FA ${score.falseAlarms}` : ''}`.trim());
    }).join('')}`);
  }
  lines.push(`${'all bad caught'.padEnd(width)}${locales.map((locale) => cell(`${totals.get(locale)!.caught}/${totals.get(locale)!.bad}`)).join('')}`);
  lines.push(`${'good flagged'.padEnd(width)}${locales.map((locale) => cell(`${totals.get(locale)!.falseAlarms}/${totals.get(locale)!.good}`)).join('')}`);
  return {
    table: lines.join('\n'),
    perCheck: Object.fromEntries([...perCheck].map(([check, byLocale]) => [check, Object.fromEntries(byLocale)])),
    totals: Object.fromEntries(totals),
  };
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
  rulesEngine: [] as Awaited<ReturnType<typeof benchRulesEngine>>[],
  handbooks: [] as Awaited<ReturnType<typeof benchHandbook>>[],
  replies: undefined as Omit<Awaited<ReturnType<typeof benchReplies>>, 'table'> | undefined,
};
{
  const { table, ...replies } = await benchReplies();
  results.replies = replies;
  console.log(`development set (tests/fixtures/replies): bad replies caught by their check / false alarms on good ones\n${table}`);
}
for (const count of templateCounts) {
  const result = await benchRulesEngine(count);
  results.rulesEngine.push(result);
  console.log(`rules engine: ${result.templates} templates in ${result.ms} ms (${result.perTemplateUs} µs each)`);
}
for (const size of sizes) {
  const result = await benchHandbook(size);
  results.handbooks.push(result);
  console.log(
    `${size} playbooks × 6 locales: ${result.pages} pages, validation ${result.validationMs} ms, build ${(result.buildMs / 1000).toFixed(1)} s ` +
      `(${result.buildMsPerPage} ms/page), ${result.htmlGzipBytesPerPage} B/page gzipped, index ${(result.pagefindIndexBytes / 1024).toFixed(0)} KiB, ` +
      `first search ${(result.firstSearchBytes.en.bytes / 1024).toFixed(0)} KiB (en; ${(result.firstSearchBytes.en.uncompressedBytes / 1024).toFixed(0)} KiB uncompressed)`,
  );
}
const out = arg('out', join(ROOT, 'bench-results', `${results.date.slice(0, 19).replace(/[:T]/g, '-')}.json`));
await mkdir(resolve(out, '..'), { recursive: true });
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Wrote ${out}`);
