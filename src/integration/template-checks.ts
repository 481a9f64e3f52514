/**
 * The template rules on a second thread, with a time limit on each step. They take most of the
 * checking time on a large handbook (about half a second for 1,800 templates), and the main thread
 * spends that time mostly waiting while Astro starts Vite and syncs the content collections, so a
 * build checks in parallel and waits for the result just before it renders pages. `npm run check`
 * runs them the same way.
 *
 * A rule's patterns are regular expressions written by the team. Those that can run away are refused
 * when the rules are compiled (pattern-safety.ts), but no analysis catches every form, and a pattern
 * that backtracks for minutes cannot be interrupted on the thread that runs it. So the worker marks
 * the start of each step (the rules' examples, each template) in shared memory, and when one step
 * takes longer than the limit this thread stops the worker, finds the pattern at fault by running
 * the patterns one at a time (each under the same limit), reports it as an error at the pattern's
 * line naming the template, and checks again without it. Nothing a rule says can stall the build.
 */
import { Worker } from 'node:worker_threads';
import type { CheckReport } from '../lib/check.ts';
import { runTemplateChecks } from '../lib/check.ts';
import { Diagnostics, type Finding } from '../lib/diagnostics.ts';
import type { Handbook } from '../lib/model.ts';
import { positionOf } from '../lib/load/yaml-positions.ts';
import { isTextCheck } from '../lib/rules/compile-rules.ts';

export interface TemplateCheckResult {
  report: CheckReport;
  findings: Finding[];
}

/**
 * How long one step may take. Checking a template takes well under a millisecond; ten seconds leaves
 * room for a machine busy with other work. `CHECK_STEP_TIME_LIMIT_MS` changes it (tests use it).
 */
export const DEFAULT_STEP_TIME_LIMIT_MS = 10_000;

export function stepTimeLimit(): number {
  const configured = Number(process.env.CHECK_STEP_TIME_LIMIT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_STEP_TIME_LIMIT_MS;
}

/** Slots of the shared progress counter. */
export const PROGRESS = { tick: 0, step: 1, index: 2 } as const;
/** What the worker is doing, in PROGRESS.step. */
export const STEP = { loading: 0, examples: 1, template: 2, parity: 3, candidate: 4 } as const;

/** One pattern of one check of one rule: `checks.<check>.patterns.<key>.<index>` of its file. */
export interface Candidate {
  rule: string;
  file: string;
  check: number;
  key: string;
  index: number;
  pattern: string;
}

export interface WorkerInput {
  root: string;
  base: string;
  progress: SharedArrayBuffer;
  /** check: one run; serve: a run per message, for live checks; diagnose: find a runaway pattern. */
  mode: 'check' | 'serve' | 'diagnose';
  /** Patterns found to run away: left out (as unusable patterns) when checking again. */
  disabled: Candidate[];
  /** Templates that took too long with no single pattern at fault: checked as if empty. */
  blanked: number[];
  unit?: Unit;
  /** Diagnose mode: try only this pattern (to confirm that it, and not a busy machine, was slow). */
  only?: Candidate;
}

/** The step that took too long. */
export type Unit = { step: 'examples' } | { step: 'template'; index: number } | { step: 'other' };

/** A pattern the analysis cannot use, standing in for one that ran away: its check is then treated like one with an invalid pattern. */
const STAND_IN = '(';

/**
 * The handbook as the worker checks it again: disabled patterns replaced by an invalid one (so a
 * `required` check does not report every template missing what the pattern would have found), and
 * blanked templates emptied. The findings this causes are removed again (`cleanFindings`).
 */
export function withoutPatterns(handbook: Handbook, disabled: readonly Candidate[], blanked: readonly number[]): Handbook {
  if (!disabled.length && !blanked.length) return handbook;
  const guidelines = handbook.guidelines.map((rule) => {
    const mine = disabled.filter((candidate) => candidate.rule === rule.id);
    if (!mine.length) return rule;
    return {
      ...rule,
      checks: rule.checks.map((check, checkIndex) => {
        if (!isTextCheck(check)) return check;
        const patterns = Object.fromEntries(Object.entries(check.patterns).map(([key, list]) => [
          key,
          (list ?? []).map((pattern, index) => (mine.some((candidate) => candidate.check === checkIndex && candidate.key === key && candidate.index === index) ? STAND_IN : pattern)),
        ]));
        return { ...check, patterns };
      }),
    };
  });
  const templates = handbook.templates.map((template, index) => (blanked.includes(index) ? { ...template, body: '' } : template));
  return { ...handbook, guidelines, templates };
}

/** The findings of a run again, less those the stand-ins themselves caused. */
function cleanFindings(findings: Finding[], handbook: Handbook, disabled: readonly Candidate[], blanked: readonly number[]): Finding[] {
  const blankedFiles = new Set(blanked.map((index) => handbook.templates[index]?.origin.file));
  const disabledFields = new Set(disabled.map((candidate) => `${candidate.file}\u0000checks.${candidate.check}.patterns.${candidate.key}.${candidate.index}`));
  const disabledFiles = new Set(disabled.map((candidate) => candidate.file));
  return findings.filter((finding) => {
    if (blankedFiles.has(finding.path)) return false;
    if (!disabledFiles.has(finding.path)) return true;
    // The bad example no longer caught is the stand-in's doing; so is the stand-in being "unusable".
    if (finding.options.ruleId === 'rule-examples') return false;
    const field = /field "([^"]+)"/.exec(finding.reason)?.[1];
    return !(finding.options.ruleId === 'rule-data' && field && disabledFields.has(`${finding.path}\u0000${field}`));
  });
}

type WorkerOutcome =
  | { kind: 'done'; message: { report?: CheckReport; findings?: Finding[] }; candidates?: Candidate[] }
  | { kind: 'timeout'; unit: Unit; index: number; candidates?: Candidate[] }
  | { kind: 'failed'; started: boolean; error: unknown };

function runWorker(handbook: Handbook, base: string, limit: number, extra: Pick<WorkerInput, 'mode' | 'disabled' | 'blanked' | 'unit' | 'only'>): Promise<WorkerOutcome> {
  const progress = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * 3);
  const counter = new Int32Array(progress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./template-check-worker.ts', import.meta.url), {
      workerData: { root: handbook.root, base, progress, ...extra } satisfies WorkerInput,
    });
  } catch (error) {
    return Promise.resolve({ kind: 'failed', started: false, error });
  }
  return new Promise<WorkerOutcome>((resolve) => {
    let settled = false;
    let candidates: Candidate[] | undefined;
    let lastTick = 0;
    let since = Date.now();
    const finish = (outcome: WorkerOutcome) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      void worker.terminate();
      resolve(outcome);
    };
    // Loading is not timed (reading files cannot hang); every step after it is.
    const watch = setInterval(() => {
      const tick = Atomics.load(counter, PROGRESS.tick);
      if (tick !== lastTick) {
        lastTick = tick;
        since = Date.now();
        return;
      }
      if (tick === 0 || Date.now() - since <= limit) return;
      const step = Atomics.load(counter, PROGRESS.step);
      const index = Atomics.load(counter, PROGRESS.index);
      const unit: Unit = step === STEP.examples ? { step: 'examples' } : step === STEP.template ? { step: 'template', index } : { step: 'other' };
      finish({ kind: 'timeout', unit, index, candidates });
    }, Math.min(250, Math.max(20, limit / 10)));
    worker.on('message', (message: { type: string; candidates?: Candidate[]; report?: CheckReport; findings?: Finding[] }) => {
      if (message.type === 'candidates') candidates = message.candidates;
      else finish({ kind: 'done', message, candidates });
    });
    worker.once('error', (error) => finish({ kind: 'failed', started: Atomics.load(counter, PROGRESS.tick) > 0, error }));
    worker.once('exit', (code) => finish({ kind: 'failed', started: true, error: new Error(`the checking thread stopped (exit code ${code})`) }));
  });
}

/** The template rules in this thread, unbounded: only where no worker thread can start at all. */
function inProcess(handbook: Handbook, base: string): TemplateCheckResult {
  const diagnostics = new Diagnostics();
  const report = runTemplateChecks(handbook, diagnostics, { base });
  return { report, findings: diagnostics.findings() };
}

const emptyReport = (handbook: Handbook): CheckReport => ({
  templates: { templates: new Map(), rules: new Map(handbook.guidelines.map((rule) => [rule.id, []])) },
});

/** Runs the template rules on a worker thread, each step bounded by `limit` milliseconds. */
export async function startTemplateChecks(handbook: Handbook, base: string, limit = stepTimeLimit()): Promise<TemplateCheckResult> {
  const disabled: Candidate[] = [];
  const blanked: number[] = [];
  const extra = new Diagnostics();
  /** Steps that took too long once with no pattern at fault: a machine busy with other work can stall a step, so it gets a second try. */
  const retried = new Set<string>();
  const seconds = `${(limit / 1000).toLocaleString('en')} s`;
  // Each round leaves out one more pattern or template, so this ends; the cap is a second guard.
  for (let round = 0; round < 50; round++) {
    const outcome = await runWorker(handbook, base, limit, { mode: 'check', disabled, blanked });
    if (outcome.kind === 'done') {
      extra.addFindings(cleanFindings(outcome.message.findings ?? [], handbook, disabled, blanked));
      return { report: outcome.message.report ?? emptyReport(handbook), findings: extra.findings() };
    }
    if (outcome.kind === 'failed') {
      if (!outcome.started && round === 0) return inProcess(handbook, base);
      extra.error('.', `The template checks failed: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`, undefined, {
        ruleId: 'check-failed',
        source: 'rules',
        note: 'This is a bug in the generator, not in the handbook: please report it with the handbook that shows it.',
      });
      return { report: emptyReport(handbook), findings: extra.findings() };
    }
    const { unit } = outcome;
    const template = unit.step === 'template' ? handbook.templates[unit.index] : undefined;
    const where = template ? `template ${template.origin.file}` : "the rules' own examples";
    const culprit = unit.step === 'other' ? undefined : await findCulprit(handbook, base, limit, unit, disabled, blanked);
    if (culprit) {
      disabled.push(culprit);
      const rule = handbook.guidelines.find((candidate) => candidate.id === culprit.rule);
      const field = ['checks', culprit.check, 'patterns', culprit.key, culprit.index];
      extra.error(culprit.file, `Pattern in field "${field.join('.')}" took longer than ${seconds} to match ${where}, so it was stopped: it backtracks without end on some text (pattern: ${culprit.pattern})`, positionOf(rule?.origin.positions, field), {
        ruleId: 'pattern-timeout',
        source: 'rules',
        note: 'Rewrite the pattern so that each part can match a text in only one way (no repetition inside a repetition, no overlapping alternatives); the README explains which patterns are safe.',
      });
    } else if (!retried.has(JSON.stringify(unit))) {
      retried.add(JSON.stringify(unit));
    } else if (template && unit.step === 'template') {
      blanked.push(unit.index);
      extra.error(template.origin.file, `Checking this template took longer than ${seconds}, so it was stopped; no single pattern is at fault`, { line: template.bodyLine, column: template.bodyColumn }, {
        ruleId: 'check-timeout',
        source: 'rules',
        note: 'Shorten the reply, or look for the rule whose patterns match it very slowly; the template is not checked until then.',
      });
    } else {
      extra.error('.', `The template checks took longer than ${seconds} in one step and were stopped`, undefined, {
        ruleId: 'check-timeout',
        source: 'rules',
        note: 'Look for a rule whose patterns match very slowly; the README explains which patterns are safe.',
      });
      return { report: emptyReport(handbook), findings: extra.findings() };
    }
  }
  return { report: emptyReport(handbook), findings: extra.findings() };
}

/**
 * The pattern that alone runs longer than the limit on the step that did, if there is one; found
 * twice, so that a moment when the machine was busy does not blame a pattern.
 */
async function findCulprit(handbook: Handbook, base: string, limit: number, unit: Unit, disabled: Candidate[], blanked: number[]): Promise<Candidate | undefined> {
  const outcome = await runWorker(handbook, base, limit, { mode: 'diagnose', disabled, blanked, unit });
  const suspect = outcome.kind === 'timeout' ? outcome.candidates?.[outcome.index] : undefined;
  if (!suspect) return undefined;
  const again = await runWorker(handbook, base, limit, { mode: 'diagnose', disabled, blanked, unit, only: suspect });
  return again.kind === 'timeout' ? suspect : undefined;
}

export interface WarmTemplateChecks {
  check(handbook: Handbook, base: string): Promise<TemplateCheckResult>;
  close(): Promise<void>;
}

/**
 * The template rules for live checks (`check --watch`, `astro dev`): one long-lived worker thread
 * that keeps its modules and compiled patterns between checks, so a re-check costs the checking
 * itself, not a thread's start (several seconds on a busy machine). Each check is timed step by step
 * like `startTemplateChecks`; when a step takes too long or the thread fails, the thread is stopped
 * and that check runs the one-shot way, which finds and reports the pattern at fault. The next check
 * starts a new thread.
 */
export function warmTemplateChecks(limit = stepTimeLimit()): WarmTemplateChecks {
  let current: { worker: Worker; counter: Int32Array } | undefined;
  let nextId = 0;
  let closed = false;

  const start = (handbook: Handbook, base: string) => {
    const progress = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * 3);
    const worker = new Worker(new URL('./template-check-worker.ts', import.meta.url), {
      workerData: { root: handbook.root, base, progress, mode: 'serve', disabled: [], blanked: [] } satisfies WorkerInput,
    });
    // A thread that waits for the next change must not keep the process alive on its own.
    worker.unref();
    return { worker, counter: new Int32Array(progress) };
  };

  const stop = () => {
    const stopping = current?.worker.terminate();
    current = undefined;
    return stopping;
  };

  const runWarm = (handbook: Handbook, base: string): Promise<TemplateCheckResult | undefined> => {
    try {
      current ??= start(handbook, base);
    } catch {
      return Promise.resolve(undefined);
    }
    const { worker, counter } = current;
    const id = ++nextId;
    // Loading is not timed: the counter starts again from 0 for each check.
    Atomics.store(counter, PROGRESS.tick, 0);
    return new Promise((resolve) => {
      let lastTick = 0;
      let since = Date.now();
      const finish = (result: TemplateCheckResult | undefined) => {
        clearInterval(watch);
        worker.off('message', onMessage);
        worker.off('error', onFailure);
        worker.off('exit', onFailure);
        if (!result) void stop();
        resolve(result);
      };
      const onMessage = (message: { type: string; id?: number; report?: CheckReport; findings?: Finding[] }) => {
        if (message.type === 'done' && message.id === id) finish({ report: message.report ?? emptyReport(handbook), findings: message.findings ?? [] });
      };
      const onFailure = () => finish(undefined);
      const watch = setInterval(() => {
        const tick = Atomics.load(counter, PROGRESS.tick);
        if (tick !== lastTick) {
          lastTick = tick;
          since = Date.now();
        } else if (tick !== 0 && Date.now() - since > limit) finish(undefined);
      }, Math.min(250, Math.max(20, limit / 10)));
      worker.on('message', onMessage);
      worker.once('error', onFailure);
      worker.once('exit', onFailure);
      worker.postMessage({ id, root: handbook.root, base });
    });
  };

  return {
    async check(handbook, base) {
      if (closed) return { report: emptyReport(handbook), findings: [] };
      // Too slow or failed: the one-shot way finds the pattern at fault and reports it (unless
      // the thread failed because the checks are being closed).
      return (await runWarm(handbook, base)) ?? (closed ? { report: emptyReport(handbook), findings: [] } : startTemplateChecks(handbook, base, limit));
    },
    async close() {
      closed = true;
      await stop();
    },
  };
}
