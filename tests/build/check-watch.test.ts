/**
 * `npm run check -- --watch` on a copy of the small valid fixture: it prints the full report, then
 * after each edit the changed file's findings, "fixed" when they went away, and a summary; a broken
 * file never stops it. Waits are on what it prints, never on time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureCopy, hostileCopy, replaceIn } from '../helpers/fixtures.ts';
import { CHECK_CLI, startProcess, type Running } from '../helpers/processes.ts';

describe('check --watch', () => {
  let root: string;
  let watcher: Running | undefined;
  const template = () => join(root, 'content/templates/en/holding.md');

  beforeAll(async () => {
    root = await fixtureCopy();
    watcher = startProcess([...CHECK_CLI, '--watch', '--root', root]);
    await watcher.waitFor(/Watching .* for changes/, 60_000);
  });

  afterAll(async () => {
    await watcher?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('prints the full report first', () => {
    expect(watcher!.output()).toContain('playbooks/en/escalation.mdx  warning  Missing translation');
    // The valid fixture's translations record no translatedFrom: one note per language.
    expect(watcher!.output()).toMatch(/^0 errors, 1 warning, 5 notes$/m);
  });

  it('shows a broken template\'s finding with its line and rule, then "fixed" when it is mended', async () => {
    watcher!.mark();
    await replaceIn(template(), 'as soon as we know more', 'in 10 minutes');
    await watcher!.waitFor(/Handbook: 1 error, 1 warning/);
    const broken = watcher!.since();
    expect(broken).toMatch(/content\/templates\/en\/holding\.md changed/);
    expect(broken).toMatch(/^content\/templates\/en\/holding\.md:11:\d+  error  A fixed-time promise: “in 10 minutes”  no-time-promises$/m);
    expect(broken).toMatch(/^ {4}Rephrase these words.*\(\/en\/rules\/no-time-promises\/\)$/m);
    // Only the changed file's findings: the warning elsewhere is counted, not repeated.
    expect(broken).not.toContain('escalation.mdx  warning');

    watcher!.mark();
    await replaceIn(template(), 'in 10 minutes', 'as soon as we know more');
    await watcher!.waitFor(/Handbook: 0 errors, 1 warning/);
    expect(watcher!.since()).toMatch(/^content\/templates\/en\/holding\.md {2}fixed$/m);
  });

  it('keeps watching through a file that cannot be read as a template at all', async () => {
    watcher!.mark();
    await writeFile(template(), '---\ntitle: [\n---\nHi\n');
    await watcher!.waitFor(/Handbook: 1 error/);
    expect(watcher!.since()).toMatch(/^content\/templates\/en\/holding\.md:2:\d+  error  .*yaml-syntax$/m);
    expect(watcher!.child.exitCode).toBeNull();
  });

  it('ends cleanly on Ctrl-C', async () => {
    await watcher!.stop();
    expect(watcher!.child.exitCode).toBe(0);
  });
});

describe('check --watch with a runaway pattern', () => {
  let root: string;
  let watcher: Running | undefined;

  beforeAll(async () => {
    root = await hostileCopy('redos-timeout');
    watcher = startProcess([...CHECK_CLI, '--watch', '--root', root], { CHECK_STEP_TIME_LIMIT_MS: '3000' });
    await watcher.waitFor(/Watching .* for changes/, 120_000);
  });

  afterAll(async () => {
    await watcher?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('stops the pattern at every re-check, names it, and keeps watching', async () => {
    expect(watcher!.output()).toMatch(/^content\/guidelines\/no-time-promises\.yaml:20:11  error  Pattern in field "checks\.0\.patterns\.en\.0" took longer than 3 s.*pattern-timeout$/m);
    watcher!.mark();
    await replaceIn(join(root, 'content/guidelines/no-time-promises.yaml'), 'severity: error', 'severity: error # checked again');
    await watcher!.waitFor(/Handbook: \d+ errors?/, 120_000);
    expect(watcher!.since()).toMatch(/^content\/guidelines\/no-time-promises\.yaml:20:11  error  Pattern in field .*pattern-timeout$/m);
    expect(watcher!.child.exitCode).toBeNull();
  });
});
