import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/lib/diagnostics.ts';

describe('Diagnostics findings', () => {
  it('survive a trip to plain data and back (as from a worker thread), places and notes included', () => {
    const original = new Diagnostics();
    original.error('content/templates/en/a.md', 'Time promise', { line: 11, column: 5, endLine: 11, endColumn: 20 }, {
      ruleId: 'no-time-promises',
      source: 'rules',
      url: '/en/rules/no-time-promises/',
      note: 'Say what happens next, not when.',
    });
    original.warn('content/guidelines/b.yaml', 'Missing translation', undefined, { ruleId: 'missing-translation', source: 'i18n' });

    const plain = JSON.parse(JSON.stringify(original.findings()));
    const copy = new Diagnostics();
    copy.addFindings(plain);

    expect(copy.errorCount).toBe(1);
    expect(copy.warningCount).toBe(1);
    const [warning, error] = copy.messages();
    expect(error).toMatchObject({ line: 11, column: 5, ruleId: 'no-time-promises', source: 'rules', url: '/en/rules/no-time-promises/', note: 'Say what happens next, not when.', fatal: true });
    expect(error.place).toEqual({ start: { line: 11, column: 5 }, end: { line: 11, column: 20 } });
    expect(warning).toMatchObject({ reason: 'Missing translation', ruleId: 'missing-translation', fatal: false });
    expect(warning.place).toBeUndefined();
  });
});
