/**
 * `npm run check [-- --format json] [--root DIR] [--quiet]`: every check of the build, without
 * building pages. Exit status 1 when there is an error, 0 otherwise.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadHandbook } from '../lib/load/index.ts';
import { runAllChecks } from '../lib/check.ts';
import { formatFindings } from '../lib/report/format.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    root: { type: 'string', default: process.env.HANDBOOK_ROOT ?? process.cwd() },
    quiet: { type: 'boolean', default: false },
  },
});
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`Unknown --format "${values.format}": use text or json.`);
  process.exit(2);
}
const root = resolve(values.root);
const { handbook, diagnostics } = await loadHandbook(root);
runAllChecks(handbook, diagnostics);
const messages = diagnostics.messages().filter((message) => !values.quiet || message.fatal);
console.log(formatFindings(messages, { format: values.format, notes: values.format === 'text' }));
process.exitCode = diagnostics.errorCount > 0 ? 1 : 0;
