/**
 * The template rules on a second thread. They take most of the checking time on a large handbook
 * (about half a second for 1,800 templates), and the main thread spends that time mostly waiting
 * while Astro starts Vite and syncs the content collections, so a build checks in parallel and
 * waits for the result just before it renders pages.
 */
import { Worker } from 'node:worker_threads';
import type { CheckReport } from '../lib/check.ts';
import { runTemplateChecks } from '../lib/check.ts';
import { Diagnostics, type Finding } from '../lib/diagnostics.ts';
import type { Handbook } from '../lib/model.ts';

export interface TemplateCheckResult {
  report: CheckReport;
  findings: Finding[];
}

/** Starts the template rules on a worker thread; where no worker can start, runs them here instead. */
export function startTemplateChecks(handbook: Handbook, base: string): Promise<TemplateCheckResult> {
  const inProcess = (): TemplateCheckResult => {
    const diagnostics = new Diagnostics();
    const report = runTemplateChecks(handbook, diagnostics, { base });
    return { report, findings: diagnostics.findings() };
  };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./template-check-worker.ts', import.meta.url), { workerData: { root: handbook.root, base } });
  } catch {
    return Promise.resolve(inProcess());
  }
  return new Promise<TemplateCheckResult>((resolve) => {
    worker.once('message', (result: TemplateCheckResult) => {
      resolve(result);
      void worker.terminate();
    });
    // A worker that cannot load (an unusual runtime, say) must not skip the checks.
    worker.once('error', () => resolve(inProcess()));
  });
}
