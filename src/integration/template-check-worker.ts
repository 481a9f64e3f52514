/**
 * Worker thread entry: loads the handbook and runs the template rules, posting back the findings and
 * the report. Node runs this file directly (it strips the types), outside Astro's module graph.
 *
 * Before each step (the rules' examples, each template) it bumps a counter in memory shared with the
 * main thread, which stops this thread when one step takes too long (template-checks.ts). In
 * `diagnose` mode it runs one pattern at a time against the step that took too long, so the main
 * thread can name the pattern at fault.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Diagnostics } from '../lib/diagnostics.ts';
import { LOCALES } from '../lib/i18n/locales.ts';
import { loadHandbook } from '../lib/load/index.ts';
import type { Guideline, Handbook } from '../lib/model.ts';
import { runTemplateChecks } from '../lib/check.ts';
import { compileRules, isTextCheck } from '../lib/rules/compile-rules.ts';
import { checkRuleExamples } from '../lib/rules/examples.ts';
import { checkTemplate } from '../lib/rules/template-checks.ts';
import { ruleHref } from '../lib/i18n/urls.ts';
import { PROGRESS, STEP, withoutPatterns, type Candidate, type WorkerInput } from './template-checks.ts';

const input = workerData as WorkerInput;
const progress = new Int32Array(input.progress);

const mark = (step: number, index = 0) => {
  Atomics.store(progress, PROGRESS.step, step);
  Atomics.store(progress, PROGRESS.index, index);
  Atomics.add(progress, PROGRESS.tick, 1);
};

/**
 * Loads the handbook and runs the template rules. The main thread reports what loading finds; this
 * thread reports only what the rules find. The loading findings stay in `diagnostics`, so that a file
 * that failed to load is known as such here too (a rule file with a YAML error is not reported
 * "unknown" at every template that lists it).
 */
async function checkOnce(root: string, base: string) {
  const { handbook, diagnostics } = await loadHandbook(root);
  const loaded = new Set(diagnostics.messages());
  const checked: Handbook = withoutPatterns(handbook, input.disabled, input.blanked);
  const report = runTemplateChecks(checked, diagnostics, {
    base,
    progress: (step) => mark(step.step === 'examples' ? STEP.examples : step.step === 'template' ? STEP.template : STEP.parity, step.step === 'template' ? step.index : 0),
  });
  return { type: 'done', report, findings: diagnostics.findings(diagnostics.messages().filter((message) => !loaded.has(message))) };
}

if (input.mode === 'check') {
  parentPort!.postMessage(await checkOnce(input.root, input.base));
} else if (input.mode === 'serve') {
  // A long-lived thread for live checks: the modules and compiled patterns stay warm between checks.
  parentPort!.on('message', async (request: { id: number; root: string; base: string }) => {
    parentPort!.postMessage({ ...(await checkOnce(request.root, request.base)), id: request.id });
  });
  parentPort!.postMessage({ type: 'ready' });
} else {
  const { handbook } = await loadHandbook(input.root);
  const checked: Handbook = withoutPatterns(handbook, input.disabled, input.blanked);
  // One pattern at a time, in a rule of its own, against the step that took too long.
  const unit = input.unit!;
  const template = unit.step === 'template' ? checked.templates[unit.index] : undefined;
  const candidates: Candidate[] = [];
  checked.guidelines.forEach((rule) => {
    rule.checks.forEach((check, checkIndex) => {
      if (!isTextCheck(check)) return;
      for (const [key, patterns] of Object.entries(check.patterns)) {
        if (template && key !== '*' && key !== template.locale) continue;
        (patterns ?? []).forEach((pattern, patternIndex) => {
          const candidate = { rule: rule.id, file: rule.origin.file, check: checkIndex, key, index: patternIndex, pattern };
          if (!input.only || JSON.stringify(candidate) === JSON.stringify(input.only)) candidates.push(candidate);
        });
      }
    });
  });
  parentPort!.postMessage({ type: 'candidates', candidates });
  const scratch = new Diagnostics();
  const options = { ruleUrl: (locale: (typeof LOCALES)[number], ruleId: string) => ruleHref(locale, ruleId, input.base) };
  candidates.forEach((candidate, index) => {
    const rule = checked.guidelines.find((candidateRule) => candidateRule.id === candidate.rule)!;
    const check = rule.checks[candidate.check];
    const alone: Guideline = { ...rule, checks: [{ ...check, appliesTo: 'all', patterns: { [candidate.key]: [candidate.pattern] } } as typeof check] };
    mark(STEP.candidate, index);
    const compiled = compileRules([alone], scratch, new Set(LOCALES));
    if (template) checkTemplate(template, compiled, scratch, options);
    else checkRuleExamples(compiled, scratch);
  });
  parentPort!.postMessage({ type: 'done' });
}
