/**
 * The build's gatekeeper: before Astro renders a page it loads the whole handbook, runs every check
 * and prints one report, failing the build on any error; after the build it indexes the site with
 * Pagefind, failing the build if indexing fails.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadHandbook } from '../lib/load/index.ts';
import { runAllChecks } from '../lib/check.ts';
import { formatFindings } from '../lib/report/format.ts';
import { indexSite } from './pagefind.ts';
import { shareCheckReport } from './shared-report.ts';

export default function crisisPlaybook(options: { root: string }): AstroIntegration {
  return {
    name: 'crisis-playbook',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        const { handbook, diagnostics } = await loadHandbook(options.root);
        const report = runAllChecks(handbook, diagnostics, { base: config.base });
        const messages = diagnostics.messages();
        if (messages.length) {
          const text = formatFindings(messages, { format: 'text' });
          (diagnostics.errorCount ? logger.error : logger.warn).call(logger, `\n${text}`);
        }
        if (diagnostics.errorCount && command === 'build') {
          throw new Error(
            `The handbook has ${diagnostics.errorCount} error(s); see the list above. Fix them, or run \`npm run check\` to see them without building.`,
          );
        }
        if (command === 'build') shareCheckReport({ root: options.root, base: config.base, report });
        logger.info(`Checked ${handbook.templates.length} templates, ${handbook.playbooks.length} playbooks, ${handbook.trees.length} trees, ${handbook.guidelines.length} rules.`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${summary.pages} pages in ${summary.languages.join(', ')}.`);
      },
    },
  };
}
