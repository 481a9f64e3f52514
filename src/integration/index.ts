/**
 * The build's gatekeeper: before Astro renders a page it loads the whole handbook, runs every check
 * and prints one report, failing the build on any error; after the build it indexes the site with
 * Pagefind, failing the build if indexing fails, and writes the service worker and its offline manifests.
 *
 * In a build, files are loaded and the structure checked at once (a broken file must be reported
 * before Astro reads the content collections), while the template rules run on another thread
 * during Astro's own setup; their findings join the report before the first page renders.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import type { Diagnostics } from '../lib/diagnostics.ts';
import { loadHandbook } from '../lib/load/index.ts';
import type { Handbook } from '../lib/model.ts';
import { runAllChecks, runStructureChecks } from '../lib/check.ts';
import { formatFindings } from '../lib/report/format.ts';
import { LOCALES } from '../lib/i18n/locales.ts';
import { handbookToday } from '../lib/freshness.ts';
import { writeOfflineFiles } from './offline.ts';
import { indexSite } from './pagefind.ts';
import { shareCheckReport } from './shared-report.ts';
import { startTemplateChecks, type TemplateCheckResult } from './template-checks.ts';
import { assertWritable, lockFolder, OutputFolderError } from './output-folder.ts';

export default function crisisPlaybook(options: { root: string }): AstroIntegration {
  const locks: { release(): void }[] = [];
  let pending: { handbook: Handbook; diagnostics: Diagnostics; base: string; templates: Promise<TemplateCheckResult> } | undefined;

  /** Waits for the template rules, prints every finding in one report, and fails on any error. */
  const finishBuildChecks = async (logger: AstroIntegrationLogger) => {
    if (!pending) return;
    const { handbook, diagnostics, base, templates } = pending;
    pending = undefined;
    const { report, findings } = await templates;
    diagnostics.addFindings(findings);
    printReport(diagnostics, logger);
    failOnErrors(diagnostics);
    shareCheckReport({ root: options.root, base, report });
    logSummary(handbook, logger);
  };

  return {
    name: 'crisis-playbook',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        if (command === 'build') claimFolders(fileURLToPath(config.outDir), fileURLToPath(config.cacheDir), locks);
        let loaded;
        try {
          loaded = await loadHandbook(options.root);
        } catch (error) {
          // Nothing an author writes should get here; if it does, one line, not a stack trace.
          throw userError(`Could not read the handbook at ${options.root}: ${error instanceof Error ? error.message : String(error)}`, 'This is a bug in the generator: please report it with the file that shows it.');
        }
        const { handbook, diagnostics } = loaded;
        let today: Date;
        try {
          today = handbookToday();
        } catch (error) {
          throw userError((error as Error).message, 'Review dates are judged on this date (the pages show what is overdue on it).');
        }
        if (command !== 'build') {
          runAllChecks(handbook, diagnostics, { base: config.base, today });
          printReport(diagnostics, logger);
          logSummary(handbook, logger);
          return;
        }
        runStructureChecks(handbook, diagnostics, { today });
        pending = { handbook, diagnostics, base: config.base, templates: startTemplateChecks(handbook, config.base) };
        // Broken files stop the build here, before Astro reads them; the report still lists everything.
        if (diagnostics.errorCount) await finishBuildChecks(logger);
      },
      'astro:build:start': async ({ logger }) => {
        await finishBuildChecks(logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${summary.pages} pages in ${summary.languages.join(', ')}.`);
        // Last: the offline manifests list every file, the search index included.
        const offline = await writeOfflineFiles(fileURLToPath(dir), LOCALES);
        logger.info(`Offline: service worker ${offline.version}, ${Object.entries(offline.files).map(([locale, count]) => `${locale} ${count}`).join(', ')} files.`);
        for (const lock of locks.splice(0)) lock.release();
      },
    },
  };
}

/** An error Astro prints as a message and a hint, without a stack trace into this integration. */
function userError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}

/**
 * Claims the output and cache folders for this build (a second build at once is an error naming
 * the first), and makes sure the output folder can be written before anything is built.
 */
function claimFolders(outDir: string, cacheDir: string, locks: { release(): void }[]) {
  try {
    assertWritable(outDir, 'output folder');
    locks.push(lockFolder(outDir.replace(/[\\/]+$/, ''), 'output folder'));
    locks.push(lockFolder(cacheDir.replace(/[\\/]+$/, ''), 'cache folder'));
  } catch (error) {
    for (const lock of locks.splice(0)) lock.release();
    if (error instanceof OutputFolderError) throw userError(error.message, error.hint);
    throw error;
  }
}

function printReport(diagnostics: Diagnostics, logger: AstroIntegrationLogger) {
  const messages = diagnostics.messages();
  if (!messages.length) return;
  const text = formatFindings(messages, { format: 'text', notes: true });
  (diagnostics.errorCount ? logger.error : logger.warn).call(logger, `\n${text}`);
}

function failOnErrors(diagnostics: Diagnostics) {
  if (!diagnostics.errorCount) return;
  // Astro's user error prints as a message and a hint. The report above already names every file
  // and line, so a stack trace into this integration would only suggest that the generator crashed.
  throw userError(
    `The handbook has ${diagnostics.errorCount} error${diagnostics.errorCount === 1 ? '' : 's'}, listed above with their files and lines.`,
    'Fix them and build again; `npm run check` lists them without building.',
  );
}

function logSummary(handbook: Handbook, logger: AstroIntegrationLogger) {
  logger.info(`Checked ${handbook.templates.length} templates, ${handbook.playbooks.length} playbooks, ${handbook.trees.length} trees, ${handbook.guidelines.length} rules.`);
}
