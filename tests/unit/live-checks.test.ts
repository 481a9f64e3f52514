import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/lib/report/format.ts';
import { concerns, formatRecheck, isContentPath, recheckView } from '../../src/lib/watch/recheck.ts';
import { batchPaths } from '../../src/lib/watch/debounce.ts';

const finding = (file: string, severity: Finding['severity'] = 'error', line: number | null = 3, ruleId = 'some-rule'): Finding => ({
  file,
  line,
  column: line ? 5 : null,
  endLine: null,
  endColumn: null,
  severity,
  message: `Something in ${file}`,
  ruleId,
  source: null,
  url: null,
  note: 'How to fix it.',
});

describe('what a re-check shows', () => {
  const template = 'content/templates/en/holding.md';
  const playbook = 'playbooks/en/escalation.mdx';

  it('shows every finding in the changed file and counts the rest', () => {
    const next = [finding(template), finding(template, 'warning', 9), finding(playbook, 'warning')];
    const view = recheckView([], next, [template]);
    expect(view.shown).toEqual([next[0], next[1]]);
    expect(view.others).toBe(1);
    expect(view.summary).toBe('1 error, 2 warnings');
    expect(view.fixed).toEqual([]);
  });

  it('says "fixed" for a changed file whose findings went away, not for one that had none', () => {
    const view = recheckView([finding(template), finding(playbook, 'warning')], [finding(playbook, 'warning')], [template, 'content/roles.yaml']);
    expect(view.shown).toEqual([]);
    expect(view.fixed).toEqual([template]);
    expect(formatRecheck(view).split('\n')).toEqual([
      'content/roles.yaml  no findings',
      `${template}  fixed`,
      'Handbook: 0 errors, 1 warning (1 in other files)',
    ]);
  });

  it('is not "fixed" while one finding of the file remains', () => {
    const view = recheckView([finding(template), finding(template, 'error', 8)], [finding(template, 'error', 8)], [template]);
    expect(view.fixed).toEqual([]);
    expect(view.shown).toHaveLength(1);
  });

  it('shows a finding on a file that the change causes elsewhere only in the count', () => {
    // A rule file changed; a template now breaks it: the summary says so, the template's line is not the rule's.
    const view = recheckView([], [finding(template)], ['content/guidelines/no-time-promises.yaml']);
    expect(view.shown).toEqual([]);
    expect(view.others).toBe(1);
    expect(view.errors).toBe(1);
  });

  it('counts a finding on a folder as the finding of a file in it, but not one on the handbook root', () => {
    expect(concerns({ file: 'playbooks/de' }, 'playbooks/de/complaint.mdx')).toBe(true);
    expect(concerns({ file: 'playbooks/d' }, 'playbooks/de/complaint.mdx')).toBe(false);
    expect(concerns({ file: '.' }, 'playbooks/de/complaint.mdx')).toBe(false);
  });

  it('prints through the one reporter: the finding line, its fix line, then the summary', () => {
    const view = recheckView([], [finding(template)], [template]);
    expect(formatRecheck(view).split('\n')).toEqual([
      `${template}:3:5  error  Something in ${template}  some-rule`,
      '    How to fix it.',
      'Handbook: 1 error, 0 warnings',
    ]);
  });
});

describe('which paths are content', () => {
  it.each([
    ['handbook.config.yaml', true],
    ['content/templates/en/holding.md', true],
    ['playbooks/pl/complaint.mdx', true],
    ['i18n/de.yaml', true],
    ['content', true],
    ['src/lib/check.ts', false],
    ['node_modules/astro/package.json', false],
    ['dist/en/index.html', false],
    ['.git/index', false],
    ['content/.git/HEAD', false],
    ['content/templates/en/.holding.md.swp', false],
    ['content/templates/en/holding.md~', false],
    ['content/templates/en/#holding.md#', false],
    ['content/templates/en/4913', false],
    ['playbooks/node_modules/x.mdx', false],
    ['README.md', false],
  ])('%s: %s', (path, expected) => {
    expect(isContentPath(path)).toBe(expected);
  });
});

describe('a burst of file events', () => {
  it('becomes one batch of distinct paths once the events stop', () => {
    vi.useFakeTimers();
    try {
      const batches: string[][] = [];
      const batch = batchPaths(80, (paths) => batches.push(paths));
      batch.add('content/a.yaml');
      vi.advanceTimersByTime(50);
      batch.add('content/b.yaml');
      batch.add('content/a.yaml');
      vi.advanceTimersByTime(50);
      expect(batches).toEqual([]);
      vi.advanceTimersByTime(40);
      expect(batches).toEqual([['content/a.yaml', 'content/b.yaml']]);
      batch.add('content/c.yaml');
      batch.cancel();
      vi.advanceTimersByTime(200);
      expect(batches).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('watching a handbook folder', () => {
  it('sees a file an editor replaces by renaming a temporary copy over it, and a new file in a new folder, but not the temporary copy', async () => {
    const { mkdtemp, mkdir, writeFile, rename, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { watchHandbook } = await import('../../src/lib/watch/watch-handbook.ts');
    const root = await mkdtemp(join(tmpdir(), 'watch-'));
    await mkdir(join(root, 'content/templates/en'), { recursive: true });
    await writeFile(join(root, 'content/templates/en/a.md'), 'one');
    const seen: string[][] = [];
    let notify = () => {};
    const watcher = watchHandbook(root, (paths) => {
      seen.push(paths.sort());
      notify();
    }, { debounceMs: 30 });
    const next = () => new Promise<void>((resolve) => (notify = resolve));
    try {
      await watcher.ready;
      let changed = next();
      await writeFile(join(root, 'content/templates/en/.a.md.tmp'), 'two');
      await rename(join(root, 'content/templates/en/.a.md.tmp'), join(root, 'content/templates/en/a.md'));
      await changed;
      expect(seen.at(-1)).toEqual(['content/templates/en/a.md']);
      changed = next();
      await writeFile(join(root, 'content/templates/en/sedXy12', ), 'three');
      await rename(join(root, 'content/templates/en/sedXy12'), join(root, 'content/templates/en/a.md'));
      await changed;
      expect(seen.at(-1)).toEqual(['content/templates/en/a.md']);
      changed = next();
      await mkdir(join(root, 'content/templates/de'));
      await writeFile(join(root, 'content/templates/de/b.md'), 'neu');
      await changed;
      // The folder's event may come before the file is written: wait until the file has been seen.
      while (!seen.flat().includes('content/templates/de/b.md')) {
        changed = next();
        await changed;
      }
      expect(seen.flat()).not.toContain('content/templates/de');
    } finally {
      watcher.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
