// The development set: every bad reply is caught by the check it is labelled with, and every good
// reply (an honest near-miss) passes every check. The test names say which reply, and the failure
// says what fired instead.
import { describe, expect, it } from 'vitest';
import { checksFiring, loadReplySets, replyRules } from '../helpers/replies.ts';

const sets = loadReplySets();
const rules = await replyRules();
const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

describe('the development set', () => {
  it('exists, with bad and good replies in each file', () => {
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) {
      expect(set.bad.length, set.locale).toBeGreaterThan(0);
      expect(set.good.length, set.locale).toBeGreaterThan(0);
      expect(set.bad.filter((reply) => !reply.expect).map((reply) => reply.text), `${set.locale}: bad replies without expect`).toEqual([]);
    }
  });
});

describe.each(sets.map((set) => [set.locale, set] as const))('replies in %s', (_locale, set) => {
  it.each(set.bad.map((reply) => [reply.expect!, short(reply.text), reply] as const))('%s catches “%s”', (expected, _text, reply) => {
    const fired = checksFiring(rules, reply);
    expect(fired, `fired: ${fired.join(', ') || 'nothing'}`).toContain(expected);
  });
  it.each(set.good.map((reply) => [short(reply.text), reply] as const))('passes “%s”', (_text, reply) => {
    expect(checksFiring(rules, reply)).toEqual([]);
  });
});
