/**
 * Live checks for `npm run check -- --watch` and `npm run dev`: one full check, then a re-check of
 * the whole handbook whenever its content files change (references cross files, so a change to one
 * file can add or clear findings in another), one at a time, with the view of the changed files
 * (src/lib/watch/recheck.ts) handed to whoever shows it: the terminal, or the browser overlay.
 * Nothing a file contains can stop it: a check that throws is reported and the watch goes on.
 */
import type { Diagnostics } from '../lib/diagnostics.ts';
import { loadHandbook } from '../lib/load/index.ts';
import { runStructureChecks } from '../lib/check.ts';
import { toFinding, type Finding } from '../lib/report/format.ts';
import { recheckView, type RecheckView } from '../lib/watch/recheck.ts';
import { watchHandbook } from '../lib/watch/watch-handbook.ts';
import { warmTemplateChecks } from './template-checks.ts';

export interface LiveCheckHandlers {
  /** The first, full report. */
  initial(findings: Finding[], diagnostics: Diagnostics): void;
  /** After each change: the view and how long the re-check took, in milliseconds. */
  recheck(view: RecheckView, elapsedMs: number): void;
  /** The checks themselves failed (a bug in the generator) or the watch could not start. */
  failed(error: Error): void;
}

export interface LiveChecks {
  /** Resolves once the first report has been handed over. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function startLiveChecks(root: string, base: string, handlers: LiveCheckHandlers, options: { debounceMs?: number } = {}): LiveChecks {
  const templates = warmTemplateChecks();
  let previous: Finding[] = [];
  let running: Promise<void> | undefined;
  let queued = new Set<string>();
  let closed = false;

  const checkAll = async () => {
    const { handbook, diagnostics } = await loadHandbook(root);
    const rules = templates.check(handbook, base);
    runStructureChecks(handbook, diagnostics);
    diagnostics.addFindings((await rules).findings);
    return { diagnostics, findings: diagnostics.messages().map((message) => toFinding(message, root)) };
  };

  const recheck = async (changed: string[]) => {
    const started = performance.now();
    try {
      const { findings } = await checkAll();
      if (closed) return;
      const view = recheckView(previous, findings, changed);
      previous = findings;
      handlers.recheck(view, performance.now() - started);
    } catch (error) {
      handlers.failed(error instanceof Error ? error : new Error(String(error)));
    }
  };

  /** Changes that arrive during a check wait for it, then are checked together. */
  const schedule = (paths: string[]) => {
    for (const path of paths) queued.add(path);
    if (running || closed) return;
    const changed = [...queued];
    queued = new Set();
    running = recheck(changed).finally(() => {
      running = undefined;
      if (queued.size) schedule([]);
    });
  };

  const ready = (async () => {
    try {
      const { diagnostics, findings } = await checkAll();
      previous = findings;
      if (!closed) handlers.initial(findings, diagnostics);
    } catch (error) {
      handlers.failed(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  const watcher = watchHandbook(root, (paths) => void ready.then(() => schedule(paths)), { debounceMs: options.debounceMs, onError: handlers.failed });

  return {
    ready,
    /** Stops at once, even in the middle of a check (whose result is then dropped): Ctrl-C must not wait for it. */
    async close() {
      closed = true;
      watcher.close();
      await templates.close();
    },
  };
}
