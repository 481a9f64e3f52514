import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserSession } from '../helpers/e2e.ts';

const LOCALES = ['en', 'pl', 'hu', 'ro', 'es', 'fi'] as const;
const PAGE_TYPES = [
  '', 'playbooks/', 'playbooks/own-mistake/', 'templates/', 'templates/cc-announcement/', 'trees/', 'trees/triage/',
  'trees/triage/?triage=q-safety.q-legal.q-who.q-reach.q-kind.q-customer-right.q-many-affected.out-justified', 'rules/', 'rules/stay-calm/', 'sources/', 'search/', 'print/', 'incident/', 'status/',
];
/** Every page type as it loads, and a page with the phone header's menu and search open. */
const PAGES: { path: string; openHeader?: boolean }[] = [...PAGE_TYPES.map((path) => ({ path })), { path: 'templates/ge-holding-reply/', openHeader: true }];
/** Minor findings are advice; every other finding fails the test. */
const FAILING_IMPACTS = new Set(['moderate', 'serious', 'critical']);
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const session = browserSession();
beforeAll(() => session.start());
afterAll(() => session.stop());

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe('accessibility (axe-core)', () => {
  it.each(LOCALES.flatMap((locale) => (['light', 'dark'] as const).map((scheme) => [locale, scheme] as const)))(
    '%s, %s theme: no moderate, serious or critical violations on any page type',
    async (locale, colorScheme) => {
      const page = await session.page({ colorScheme });
      const problems: string[] = [];
      for (const { path, openHeader } of PAGES) {
        await page.goto(`${baseUrl()}/${locale}/${path}`);
        if (openHeader) {
          await page.click('.header-menu summary');
          await page.click('.header-search summary');
        }
        // page.evaluate runs outside the page's Content-Security-Policy, which forbids injected scripts.
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
          const result = await axe.run({ resultTypes: ['violations'] });
          return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 3).map((node) => ({ target: node.target })) }));
        });
        for (const violation of violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''))) {
          problems.push(`${path}: ${violation.id} (${violation.impact}) ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('security', () => {
  it.each(LOCALES)('%s: no third-party request and no Content-Security-Policy violation while using the site', async (locale) => {
    const page = await session.page({ clipboard: true });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const violations: string[] = [];
    for (const path of ['', 'trees/triage/', 'templates/ge-holding-reply/', 'playbooks/viral-post/', 'search/?q=a']) {
      await page.goto(`${baseUrl()}/${locale}/${path}`);
      await page.waitForLoadState('networkidle');
      violations.push(...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)));
    }
    expect(violations).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(baseUrl()) && !url.startsWith('data:'))).toEqual([]);
  });
});
