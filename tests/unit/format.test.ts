import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { formatFindings, summarize } from '../../src/lib/report/format.ts';
import { handbook, rule, runRules, template } from './helpers/handbook.ts';

const promises = rule('no-promises', [{ id: 'time', type: 'forbidden', patterns: { en: ['in\\s+\\d+\\s+minutes'] }, message: { en: 'Fixed-time promise.' } }]);
const joking = rule('humour', [{ id: 'laugh', type: 'forbidden', severity: 'warning', patterns: { '*': ['haha'] }, message: { en: 'Laughing' } }]);

describe('the reporter', () => {
  it('prints `path:line:column  severity  message  rule-id` per finding, then a count', () => {
    const { messages } = runRules(handbook({ guidelines: [promises, joking], templates: [template('en', 'a', 'haha, back in 10 minutes')] }));
    expect(formatFindings(messages)).toBe(
      [
        'content/templates/en/a.md:10:1  warning  Laughing: “haha”  humour',
        'content/templates/en/a.md:10:12  error  Fixed-time promise: “in 10 minutes”  no-promises',
        '1 error, 1 warning',
      ].join('\n'),
    );
  });

  it('adds each note and rule page on an indented line when asked', () => {
    const { messages } = runRules(handbook({ guidelines: [promises], templates: [template('en', 'a', 'in 10 minutes')] }));
    expect(formatFindings(messages, { notes: true }).split('\n')).toEqual([
      'content/templates/en/a.md:10:1  error  Fixed-time promise: “in 10 minutes”  no-promises',
      '    Rephrase these words; the rule’s page explains why and shows a good example. (/en/rules/no-promises/)',
      '1 error, 0 warnings',
    ]);
  });

  it('gives the same findings as JSON', () => {
    const { messages } = runRules(handbook({ guidelines: [promises], templates: [template('en', 'a', 'back in 10 minutes')] }));
    expect(JSON.parse(formatFindings(messages, { format: 'json' }))).toEqual([
      {
        file: 'content/templates/en/a.md',
        line: 10,
        column: 6,
        endLine: 10,
        endColumn: 19,
        severity: 'error',
        message: 'Fixed-time promise: “in 10 minutes”',
        ruleId: 'no-promises',
        source: 'rules',
        url: '/en/rules/no-promises/',
        note: 'Rephrase these words; the rule’s page explains why and shows a good example.',
      },
    ]);
    expect(formatFindings([], { format: 'json' })).toBe('[]');
  });

  it('prints a finding without a place as its file, keeps each finding on one line, and counts plurals', () => {
    const diagnostics = new Diagnostics();
    diagnostics.error('playbooks/de', 'Unknown locale folder "de"', undefined, { ruleId: 'locale-folder' });
    diagnostics.warn('content/x.yaml', 'A message\nover two lines', { line: 3, column: 2 }, { ruleId: 'x' });
    diagnostics.warn('content/y.yaml', 'No rule id', { line: 1, column: 1 }, { ruleId: '' });
    expect(formatFindings(diagnostics.messages()).split('\n')).toEqual([
      'content/x.yaml:3:2  warning  A message over two lines  x',
      'content/y.yaml:1:1  warning  No rule id',
      'playbooks/de  error  Unknown locale folder "de"  locale-folder',
      '1 error, 2 warnings',
    ]);
    expect(formatFindings([])).toBe('0 errors, 0 warnings');
    expect(summarize([{ severity: 'error' }, { severity: 'error' }])).toBe('2 errors, 0 warnings');
  });

  it('shows absolute paths relative to cwd and leaves relative ones as they are', () => {
    const diagnostics = new Diagnostics();
    diagnostics.error('/work/handbook/content/a.yaml', 'Absolute', { line: 1, column: 1 }, { ruleId: 'a' });
    diagnostics.error('content/b.yaml', 'Relative', { line: 1, column: 1 }, { ruleId: 'b' });
    expect(formatFindings(diagnostics.messages(), { cwd: '/work/handbook' }).split('\n').slice(0, 2)).toEqual([
      'content/a.yaml:1:1  error  Absolute  a',
      'content/b.yaml:1:1  error  Relative  b',
    ]);
  });
});
