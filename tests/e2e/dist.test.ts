// Checks on the built site itself: every internal link and anchor resolves, and the page weight budget.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/e2e.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.html')).map((entry) => entry.split('\\').join('/'));
}

const pagePath = (file: string) => '/' + file.replace(/index\.html$/, '').replace(/\.html$/, '');
const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

describe('links in the built site', () => {
  it('every internal link and anchor resolves', async () => {
    const dist = distDir();
    const files = await htmlFiles(dist);
    const ids = new Map<string, Set<string>>();
    const pages = new Map<string, string>();
    for (const file of files) {
      const html = await readFile(join(dist, file), 'utf8');
      pages.set(pagePath(file), html);
      ids.set(pagePath(file), new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1]))));
    }
    const broken: string[] = [];
    let checked = 0;
    for (const [from, html] of pages) {
      for (const [, raw] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
        const href = decode(raw);
        if (/^(mailto:|tel:|https?:)/.test(href)) continue;
        const url = new URL(href, `http://site${from}`);
        const target = url.pathname;
        checked++;
        if (!pages.has(target)) {
          const exists = await stat(join(dist, target)).then(() => true, () => false);
          if (!exists) broken.push(`${from} -> ${href} (no page)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !ids.get(target)!.has(anchor)) broken.push(`${from} -> ${href} (no #${anchor})`);
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it('no page repeats an id, so every label, anchor and aria reference has one target', async () => {
    const dist = distDir();
    const repeated: string[] = [];
    for (const file of await htmlFiles(dist)) {
      const html = await readFile(join(dist, file), 'utf8');
      const seen = new Set<string>();
      for (const [, id] of html.matchAll(/\sid="([^"]+)"/g)) {
        if (seen.has(id)) repeated.push(`${file}: #${id}`);
        seen.add(id);
      }
    }
    expect(repeated.slice(0, 20)).toEqual([]);
  });
});

describe('page weight budget', () => {
  it('content pages load at most 10 KB of JavaScript and 15 KB of CSS, gzipped, on first load', async () => {
    const dist = distDir();
    const gz = new Map<string, number>();
    const size = async (path: string) => {
      if (!gz.has(path)) gz.set(path, gzipSync(await readFile(join(dist, path))).length);
      return gz.get(path)!;
    };
    /** A module and the modules it imports statically (dynamic imports, like search's index, load on demand). */
    const moduleGraph = async (path: string, seen = new Set<string>()): Promise<Set<string>> => {
      if (seen.has(path)) return seen;
      seen.add(path);
      const code = await readFile(join(dist, path), 'utf8');
      for (const [, spec] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},\s*]+from\s*)?["']([^"']+)["']/g)) {
        await moduleGraph(posix.join(posix.dirname(path), spec), seen);
      }
      return seen;
    };
    const over: string[] = [];
    for (const file of await htmlFiles(dist)) {
      const html = await readFile(join(dist, file), 'utf8');
      const scripts = new Set<string>();
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) for (const module of await moduleGraph(src.replace(/^\//, ''))) scripts.add(module);
      const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1].replace(/^\//, ''));
      let js = 0;
      for (const script of scripts) js += await size(script);
      let css = 0;
      for (const style of styles) css += await size(style);
      if (js > 10 * 1024 || css > 15 * 1024) over.push(`${file}: ${js} B JS, ${css} B CSS`);
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>/);
      expect(html).not.toMatch(/\sstyle="/);
    }
    expect(over).toEqual([]);
  });
});

describe('dev-only code', () => {
  it('the live checks\' findings panel of `npm run dev` ships in no built file', async () => {
    const dist = distDir();
    const files = (await readdir(dist, { recursive: true })).filter((entry) => /\.(?:js|mjs|html)$/.test(entry));
    const shipped: string[] = [];
    for (const file of files) if ((await readFile(join(dist, file), 'utf8')).includes('crisis-playbook:findings')) shipped.push(file);
    expect(files.length).toBeGreaterThan(0);
    expect(shipped).toEqual([]);
  });
});

describe('search index coverage', () => {
  it('indexes every page that carries data-pagefind-body, and no other', async () => {
    const dist = distDir();
    const files = await htmlFiles(dist);
    const searchable: string[] = [];
    for (const file of files) {
      if (/<main\b[^>]*\bdata-pagefind-body/.test(await readFile(join(dist, file), 'utf8'))) searchable.push(file);
    }
    const entry = JSON.parse(await readFile(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const byLanguage = Object.fromEntries(Object.entries(entry.languages).map(([language, info]) => [language, info.page_count]));
    const expected: Record<string, number> = {};
    for (const file of searchable) expected[file.split('/')[0]] = (expected[file.split('/')[0]] ?? 0) + 1;
    // 15 playbooks + 62 templates + 3 trees + 25 rules + the sources and severity pages, in each locale.
    expect(expected.fi).toBe(107);
    expect(byLanguage).toEqual(expected);
  });
});
