/**
 * `npm run check [-- --format json] [--root DIR] [--quiet]`: every check of the build, without
 * building pages, printed through the same reporter. Exit status 1 when there is an error, 0
 * otherwise (2 for a usage error or a handbook that cannot be read at all).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadHandbook } from '../lib/load/index.ts';
import { runStructureChecks } from '../lib/check.ts';
import { startTemplateChecks } from '../integration/template-checks.ts';
import { formatFindings } from '../lib/report/format.ts';
import { handbookToday } from '../lib/freshness.ts';

const USAGE = `Usage: npm run check -- [--format text|json] [--root DIR] [--quiet]
  --format  text (default): one line per finding, then "N errors, M warnings"; json: an array of findings
  --root    the handbook folder (with content/ and playbooks/); default $HANDBOOK_ROOT or the current folder
  --quiet   leave out warnings
Reviews are judged on today's date, or on $HANDBOOK_TODAY (YYYY-MM-DD) when it is set.`;

function parse() {
  try {
    return parseArgs({
      options: {
        format: { type: 'string', default: 'text' },
        root: { type: 'string', default: process.env.HANDBOOK_ROOT ?? process.cwd() },
        quiet: { type: 'boolean', default: false },
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
