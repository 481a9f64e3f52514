/**
 * `npm run check [-- --format json] [--root DIR] [--quiet] [--watch]`: every check of the build,
 * without building pages, printed through the same reporter. Exit status 1 when there is an error, 0
 * otherwise (2 for a usage error or a handbook that cannot be read at all). With --watch it prints
 * the full report, then re-checks whenever a content file changes and prints the findings of the
 * changed files and a summary, until Ctrl-C.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadHandbook } from '../lib/load/index.ts';
import { runStructureChecks } from '../lib/check.ts';
import { startTemplateChecks } from '../integration/template-checks.ts';
import { formatFindings, formatFinding, summarize } from '../lib/report/format.ts';
import { startLiveChecks } from '../integration/live-checks.ts';
import { formatRecheck } from '../lib/watch/recheck.ts';
import { handbookToday } from '../lib/freshness.ts';

const USAGE = `Usage: npm run check -- [--format text|json] [--root DIR] [--quiet] [--watch]
  --format  text (default): one line per finding, then "N errors, M warnings"; json: an array of findings
  --root    the handbook folder (with content/ and playbooks/); default $HANDBOOK_ROOT or the current folder
  --quiet   leave out warnings
  --watch   after the report, re-check when a content file changes and print the changed files' findings (text only; Ctrl-C ends it)
Reviews are judged on today's date, or on $HANDBOOK_TODAY (YYYY-MM-DD) when it is set.`;

function parse() {
  try {
    return parseArgs({
      options: {
        format: { type: 'string', default: 'text' },
        root: { type: 'string', default: process.env.HANDBOOK_ROOT ?? process.cwd() },
        quiet: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    process.exit(2);
  }
}

const values = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`Unknown --format "${values.format}": use text or json.\n${USAGE}`);
  process.exit(2);
}
const format = values.format;
const root = resolve(values.root);
let today: Date;
try {
  today = handbookToday();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

if (values.watch && format !== 'text') {
  console.error(`--watch prints text only: leave out --format ${format}.\n${USAGE}`);
  process.exit(2);
}
if (values.watch) await watchChecks();
else await checkOnce();

async function checkOnce() {
  try {
    const { handbook, diagnostics } = await loadHandbook(root);
    // The template rules run on a worker thread, as in the build, so a runaway pattern is stopped.
    const templates = startTemplateChecks(handbook, '/');
    runStructureChecks(handbook, diagnostics, { today });
    diagnostics.addFindings((await templates).findings);
    const messages = diagnostics.messages().filter((message) => !values.quiet || message.fatal);
    console.log(formatFindings(messages, { format, cwd: root, notes: format === 'text' }));
    process.exitCode = diagnostics.errorCount > 0 ? 1 : 0;
  } catch (error) {
    // A bug in the generator, not in the handbook: say so in one line (DEBUG=1 shows where).
    const where = process.env.DEBUG && error instanceof Error ? `\n${error.stack}` : '';
    console.error(`Could not check the handbook at ${root}: ${error instanceof Error ? error.message : error}${where}\nThis is a bug in the generator: please report it with the file that shows it.`);
    process.exitCode = 2;
  }
}

/** The full report, then the changed files' findings after each change, until Ctrl-C. */
async function watchChecks() {
  const keep = (finding: { severity: string }) => !values.quiet || finding.severity === 'error';
  const clock = () => new Date().toTimeString().slice(0, 8);
  const live = startLiveChecks(root, '/', {
    initial(findings) {
      const shown = findings.filter(keep);
      console.log([...shown.map((finding) => formatFinding(finding, true)), summarize(findings)].join('\n'));
      console.log(`Watching ${root} for changes (Ctrl-C to stop)…`);
    },
    recheck(view, elapsedMs) {
      const shown = { ...view, shown: view.shown.filter(keep) };
      console.log(`\n[${clock()}] ${view.changed.join(', ')} changed, checked in ${Math.round(elapsedMs)} ms`);
      console.log(formatRecheck(shown));
    },
    failed(error) {
      // A bug in the generator, not in the handbook: say so, and keep watching.
      console.error(`Could not check the handbook at ${root}: ${error.message}\nThis is a bug in the generator: please report it with the file that shows it.`);
    },
  });
  const stop = () => {
    void live.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await live.ready;
}
