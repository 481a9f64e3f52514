// Rules that read words: negation and tense, `unless`, `notFor`, fillers and slots, and the
// reasoned exceptions a template declares under `allow:`.
import { describe, expect, it } from 'vitest';
import { formatFindings } from '../../src/lib/report/format.ts';
import { handbook, origin, rule, runRules, template } from './helpers/handbook.ts';

const promises = rule('no-promises', [
  { id: 'time', type: 'forbidden', skipPast: true, patterns: { en: ['in\\s+{number}\\s+{unit}'] }, message: { en: 'Fixed-time promise.' } },
]);
const blame = rule('no-blame', [
  { id: 'fault', type: 'forbidden', patterns: {}, words: { en: ['your fault', 'you should have … read|checked'] }, message: { en: 'Blame.' } },
]);

describe('negation and tense in forbidden checks', () => {
  it('skips a phrase negated in its clause, and one next to a past marker when the check asks', () => {
    const body = 'This is not your fault. We replied 20 minutes ago, and we will call in ten minutes. You should have checked.';
    const { lines } = runRules(handbook({ guidelines: [promises, blame], templates: [template('en', 'a', body)] }));
    expect(lines.map((line) => line.split(': ').at(-1))).toEqual(['“in ten minutes”', '“You should have checked”']);
  });

  it('keeps negated phrases where the check says skipNegated: false', () => {
    const strict = rule('strict', [{ id: 'fault', type: 'forbidden', skipNegated: false, words: { en: ['your fault'] } }]);
    expect(runRules(handbook({ guidelines: [strict], templates: [template('en', 'a', 'Not your fault.')] })).lines).toHaveLength(1);
  });

  it('finds nothing in a paragraph that also says what `unless` names', () => {
    const excuse = rule('excuse', [{ id: 'courier', type: 'forbidden', words: { en: ['courier … lost'] }, unless: { en: ['our fault'] } }]);
    const run = (body: string) => runRules(handbook({ guidelines: [excuse], templates: [template('en', 'a', body)] })).lines;
    expect(run('The courier lost it.')).toHaveLength(1);
    expect(run('The courier lost it, but it is our fault: we chose them.')).toEqual([]);
    expect(run('The courier lost it. It is not our fault.')).toHaveLength(1);
  });
});

describe('notFor', () => {
  it('keeps a check off a kind even where the template lists the rule', () => {
    const thanks = rule('thanks', [{ id: 'thanks', type: 'required', appliesTo: ['complaint-reply'], notFor: ['apology-statement'], patterns: { en: ['thank\\p{L}*'] } }]);
    const templates = [
      template('en', 'statement', 'We are sorry.', { kind: 'apology-statement', guidelines: ['thanks'] }),
      template('en', 'reply', 'We are sorry.'),
    ];
    const { lines } = runRules(handbook({ guidelines: [thanks], templates }));
    expect(lines).toEqual([expect.stringContaining('content/templates/en/reply.md')]);
  });
});

describe('leftovers', () => {
  const complete = rule('complete', [{ id: 'ph', type: 'placeholders' }]);
  const leftovers = (locale: Parameters<typeof template>[0], body: string) =>
    runRules(handbook({ guidelines: [complete], templates: [template(locale, 'a', body)] })).lines.map((line) => line.split('“')[1]?.split('”')[0]);

  it('finds fillers and notes as whole words, never inside ordinary words', () => {
    expect(leftovers('es', 'Todos los pedidos en talla XXL. TODO: poner enlace. Lorem ipsum.')).toEqual(['TODO', 'poner enlace', 'Lorem ipsum']);
    expect(leftovers('fi', 'Hei Sanna, syy oli blaa blaa. Tilauksesi nro XXX.')).toEqual(['blaa blaa', 'XXX']);
    expect(leftovers('pl', 'Panie Robercie, formularz: [wstaw link]. Sprawdź [Moje zamówienia].')).toEqual(['[wstaw link]']);
  });

  it('tells a slot in brackets from a label the reader should see', () => {
    expect(leftovers('es', 'Entre en [Mi cuenta] > [Mis pedidos]. Estimado [NOMBRE CLIENTE], gracias.')).toEqual(['[NOMBRE CLIENTE]']);
    expect(leftovers('en', 'Your refund of [amount] and [numer zamówienia].')).toEqual(['[amount]', '[numer zamówienia]']);
  });
});

describe('reasoned exceptions (allow:)', () => {
  const positions = origin('content/templates/en/a.md', { allow: [5, 1], 'allow.0': [6, 3], 'allow.0.check': [6, 10], 'allow.1': [7, 3], 'allow.1.check': [7, 10] });

  it('turns an allowed finding into a note naming the template, the check and the reason; the rule still passes', () => {
    const { messages, report } = runRules(handbook({
      guidelines: [promises],
      templates: [template('en', 'a', 'We will call in 10 minutes.', { allow: [{ check: 'no-promises/time', reason: 'Our hotline really calls back within 10 minutes.' }], origin: positions })],
    }));
    expect(messages).toHaveLength(1);
    expect(messages[0].fatal).toBeUndefined();
    expect(messages[0].reason).toBe('Allowed in en/a (no-promises/time, reason: “Our hotline really calls back within 10 minutes.”): Fixed-time promise: “in 10 minutes”');
    expect(report.templates.get('en/a')).toMatchObject({ passed: ['no-promises'], failed: [], findings: ['no-promises/time'] });
    expect(formatFindings(messages)).toMatch(/content\/templates\/en\/a\.md:10:14 {2}info {2}Allowed in en\/a .+ {2}no-promises\n0 errors, 0 warnings, 1 note$/);
  });

  it('rejects an unknown check id with a suggestion, and an exception without a reason', () => {
    const { lines, messages } = runRules(handbook({
      guidelines: [promises],
      templates: [template('en', 'a', 'We will call in 10 minutes.', { allow: [{ check: 'no-promises/tme', reason: 'x' }, { check: 'no-promises/time' }], origin: positions })],
    }));
    expect(lines).toEqual([
      'content/templates/en/a.md:6:10 error allow Unknown check "no-promises/tme" in field "allow.0.check"',
      'content/templates/en/a.md:7:3 error allow The exception for "no-promises/time" in field "allow.1" gives no reason',
      'content/templates/en/a.md:10:14 error no-promises Fixed-time promise: “in 10 minutes”',
    ]);
    expect(messages[0].note).toMatch(/Did you mean "no-promises\/time"\?/);
  });

  it('warns about an exception that suppresses nothing', () => {
    const { lines } = runRules(handbook({
      guidelines: [promises],
      templates: [template('en', 'a', 'We will update you here.', { allow: [{ check: 'no-promises/time', reason: 'Old wording.' }], origin: positions })],
    }));
    expect(lines).toEqual(['content/templates/en/a.md:6:3 warning allow The exception for "no-promises/time" in field "allow.0" suppresses nothing: the check finds nothing in this template']);
  });
});
