/**
 * `npm run status [-- --format text|json] [--root DIR]`: per configured language, the templates and
 * playbooks that are missing, outdated or overdue for review (src/lib/translations/status.ts), with
 * their files. Exit status 0: the status is information, `npm run check` is the gate.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadHandbook } from '../lib/load/index.ts';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales.ts';
import { handbookToday } from '../lib/freshness.ts';
import { formatStatusText } from '../lib/translations/status-text.ts';
import { translationStatus } from '../lib/translations/status.ts';

const USAGE = `Usage: npm run status -- [--format text|json] [--root DIR]
  Lists per language what is missing, outdated (its default-locale source changed since it was
  translated) and overdue for review (as of today, or $HANDBOOK_TODAY=YYYY-MM-DD).
  --root   the handbook folder; default $HANDBOOK_ROOT or the current folder`;

let values;
try {
  values = parseArgs({
    options: {
      format: { type: 'string', default: 'text' },
      root: { type: 'string', default: process.env.HANDBOOK_ROOT ?? process.cwd() },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`Unknown --format "${values.format}": use text or json.\n${USAGE}`);
  process.exit(2);
}
let today: Date;
try {
  today = handbookToday();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const { handbook, diagnostics } = await loadHandbook(resolve(values.root));
const statuses = translationStatus(handbook, { locales: LOCALES, defaultLocale: DEFAULT_LOCALE, today });
if (values.format === 'json') {
  console.log(JSON.stringify(statuses.map(({ overdue, outdated, ...rest }) => ({
    ...rest,
    outdated: outdated.map(({ origin, ...item }) => item),
    overdue: overdue.map(({ origin, ...item }) => ({ ...item, file: origin.file })),
  })), null, 2));
} else {
  console.log(formatStatusText(statuses, { today, intervalDays: handbook.settings.review.intervalDays, errors: diagnostics.errorCount }));
}
