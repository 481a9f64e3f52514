/**
 * Hands the build gate's check report to the pages, so a build validates the handbook once. The
 * integration and the prerendered pages run in one Node process, but in different module graphs
 * (the pages are bundled), so the report travels on a global registry symbol. Only builds share it:
 * in `astro dev` the files change under the server and the pages check what they render.
 */
import type { CheckReport } from '../lib/check.ts';

const KEY = Symbol.for('crisis-playbook.check-report');

interface SharedReport {
  root: string;
  base: string;
  report: CheckReport;
}

type WithSharedReport = typeof globalThis & { [KEY]?: SharedReport };

export function shareCheckReport(shared: SharedReport): void {
  (globalThis as WithSharedReport)[KEY] = shared;
}

/** The report of the build gate for this handbook and base path, if this process ran one. */
export function sharedCheckReport(root: string, base: string): CheckReport | undefined {
  const shared = (globalThis as WithSharedReport)[KEY];
  const sameBase = shared && withoutTrailingSlash(shared.base) === withoutTrailingSlash(base);
  return shared && shared.root === root && sameBase ? shared.report : undefined;
}

const withoutTrailingSlash = (path: string) => path.replace(/\/+$/, '');
