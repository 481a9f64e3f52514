/**
 * Worker thread entry: loads the handbook and runs the template rules, posting back the findings and
 * the report. Node runs this file directly (it strips the types), outside Astro's module graph.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Diagnostics } from '../lib/diagnostics.ts';
import { loadHandbook } from '../lib/load/index.ts';
import { runTemplateChecks } from '../lib/check.ts';

const { root, base } = workerData as { root: string; base: string };
// The main thread reports what loading finds; this thread reports only what the rules find.
const { handbook } = await loadHandbook(root);
const diagnostics = new Diagnostics();
const report = runTemplateChecks(handbook, diagnostics, { base });
parentPort!.postMessage({ report, findings: diagnostics.findings() });
