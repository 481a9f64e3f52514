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
import { loadHandbook, loadSingleFiles } from '../lib/load/index.ts';
import type { Handbook, Settings } from '../lib/model.ts';
import { runAllChecks, runStructureChecks } from '../lib/check.ts';
import { formatFindings } from '../lib/report/format.ts';
import { LOCALES } from '../lib/i18n/locales.ts';
import { handbookToday } from '../lib/freshness.ts';
import { writeOfflineFiles } from './offline.ts';
import { lookPlugin, writeLogo } from './look.ts';
import { indexSite } from './pagefind.ts';
import { shareCheckReport } from './shared-report.ts';
import { startTemplateChecks, type TemplateCheckResult } from './template-checks.ts';
import { assertWritable, lockFolder, OutputFolderError } from './output-folder.ts';
import { startLiveChecks, type LiveChecks } from './live-checks.ts';
import { FINDINGS_EVENT, HELLO_EVENT } from './dev-overlay/events.ts';
import { formatRecheck, type RecheckView } from '../lib/watch/recheck.ts';

export default function crisisPlaybook(options: { root: string }): AstroIntegration {
  const locks: { release(): void }[] = [];
  let settings: Settings | undefined;
  let pending: { handbook: Handbook; diagnostics: Diagnostics; base: string; templates: Promise<TemplateCheckResult> } | undefined;
  let base = '/';
  let live: LiveChecks | undefined;

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
      'astro:config:setup': async ({ command, config, logger, updateConfig, injectScript }) => {
        if (command === 'preview') return;
        base = config.base;
        updateConfig({ vite: { plugins: [lookPlugin(() => settings, config.base)] } });
        if (command === 'dev') {
          // The accent colour and logo follow the settings in dev too; the checks run in the
          // background and again at every change (astro:server:setup), and the findings panel is
          // injected in dev only, so a build ships none of its JavaScript.
          settings = (await loadSingleFiles(options.root)).settings;
          injectScript('page', `import ${JSON.stringify(fileURLToPath(new URL('./dev-overlay/client.ts', import.meta.url)))};`);
          return;
        }
        if (command === 'build') claimFolders(fileURLToPath(config.outDir), fileURLToPath(config.cacheDir), locks);
        let loaded;
        try {
          loaded = await loadHandbook(options.root);
        } catch (error) {
          // Nothing an author writes should get here; if it does, one line, not a stack trace.
          throw userError(`Could not read the handbook at ${options.root}: ${error instanceof Error ? error.message : String(error)}`, 'This is a bug in the generator: please report it with the file that shows it.');
        }
        const { handbook, diagnostics } = loaded;
        settings = handbook.settings;
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
      'astro:server:setup': ({ server, logger }) => {
        live = startDevChecks(options.root, base, server.environments.client.hot, logger);
      },
      'astro:server:done': async () => {
        await live?.close();
        live = undefined;
      },
      'astro:build:start': async ({ logger }) => {
        await finishBuildChecks(logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeLogo(fileURLToPath(dir), settings);
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

type HotChannel = import('vite').ViteDevServer['environments']['client']['hot'];

/**
 * Live checks under `astro dev`: the first report in the terminal, then after each change of a
 * content file the findings of that file in the terminal and in every open page's findings panel
 * (src/integration/dev-overlay/client.ts). Nothing here may throw into the dev server: a file that
 * breaks the checks is a finding, and a failure of the checks themselves is logged.
 */
function startDevChecks(root: string, base: string, hot: HotChannel, logger: AstroIntegrationLogger): LiveChecks {
  let last: RecheckView | undefined;
  // A page that has just (re)loaded gets the last re-check's findings, or null before the first change.
  hot.on(HELLO_EVENT, (_data, client) => client.send(FINDINGS_EVENT, last ?? null));
  return startLiveChecks(root, base, {
    initial(_findings, diagnostics) {
      printReport(diagnostics, logger);
    },
    recheck(view, elapsedMs) {
      last = view;
      hot.send(FINDINGS_EVENT, view);
      const text = `${view.changed.join(', ')} changed, checked in ${Math.round(elapsedMs)} ms\n${formatRecheck(view)}`;
      const worst = view.shown.some((finding) => finding.severity === 'error') ? 'error' : view.shown.some((finding) => finding.severity === 'warning') ? 'warn' : 'info';
      logger[worst](text);
    },
    failed(error) {
      logger.error(`The live checks failed: ${error.message}. This is a bug in the generator: please report it with the file that shows it.`);
    },
  });
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
