// The self-check that keeps rules honest: a rule's bad example must trigger it and its good example
// must not. These tests show the check catches both ways a rule can be wrong.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { compileRules } from '../../src/lib/rules/compile-rules.ts';
import { checkRuleExamples, hasTextChecks, runExamples, triggeredChecks } from '../../src/lib/rules/examples.ts';
import type { Guideline } from '../../src/lib/model.ts';
import { origin, rule } from './helpers/handbook.ts';

const compile = (guideline: Guideline) => compileRules([guideline], new Diagnostics(), new Set())[0];

describe('running a rule’s examples', () => {
  it('passes a rule that catches its bad example and lets its good one through', () => {
    const compiled = compile(rule('calm', [{ id: 'aggressive', type: 'forbidden', patterns: { pl: ['proszę\\s+się\\s+uspokoić'] } }], {
      examples: { pl: { good: 'Rozumiemy, że to frustrujące.', bad: 'Proszę się uspokoić.' } },
    }));
    expect(runExamples(compiled, 'pl')).toEqual({ bad: [{ text: 'Proszę się uspokoić.', checks: ['aggressive'] }], good: [{ text: 'Rozumiemy, że to frustrujące.', checks: [] }] });
  });

  it('exposes a rule that can never match (here: an ASCII-only \\b before ü): its bad example triggers nothing', () => {
    const compiled = compile(rule('calm', [{ id: 'aggressive', type: 'forbidden', patterns: { hu: ['\\bügyfél\\s+hibája\\b'] } }], {
      examples: { hu: { good: 'Értjük, hogy bosszantó.', bad: 'Ez az ügyfél hibája.' } },
    }));
    expect(runExamples(compiled, 'hu')?.bad[0].checks).toEqual([]);
  });

  it('exposes a rule that matches its own good example', () => {
    const compiled = compile(rule('thanks', [{ id: 'thanks', type: 'required', patterns: { fi: ['kiit\\p{L}*'] } }], {
      examples: { fi: { good: 'Pahoittelemme harmia.', bad: 'Tilaus lähetetään.' } },
    }));
    expect(runExamples(compiled, 'fi')?.good[0].checks).toEqual(['thanks']);
  });

  it('treats a locale without patterns as unable to find a required element', () => {
    const compiled = compile(rule('thanks', [{ id: 'thanks', type: 'required', patterns: { en: ['thanks'] } }]));
    expect(triggeredChecks(compiled, 'ro', 'Vă mulțumim')).toEqual(['thanks']);
  });

  it('runs shouting and placeholder checks on examples too, but not length', () => {
    const compiled = compile(rule('mixed', [{ id: 'caps', type: 'shouting', minLetters: 5 }, { id: 'ph', type: 'placeholders' }, { id: 'len', type: 'length' }]));
    expect(triggeredChecks(compiled, 'es', '¡¡INACEPTABLE!!')).toEqual(['caps']);
    expect(triggeredChecks(compiled, 'pl', 'Dzień dobry, [IMIĘ]')).toEqual(['ph']);
    expect(triggeredChecks(compiled, 'en', 'Hi {{customer_name}}')).toEqual(['ph']);
    expect(triggeredChecks(compiled, 'en', 'Hi Priya, thank you.')).toEqual([]);
    expect(hasTextChecks(compiled)).toBe(true);
    expect(hasTextChecks(compile(rule('fit', [{ id: 'len', type: 'length' }])))).toBe(false);
  });

  it('returns nothing for a locale without examples', () => {
    expect(runExamples(compile(rule('x', [{ id: 'c', type: 'forbidden', patterns: { '*': ['lol'] } }])), 'en')).toBeUndefined();
  });
});

describe('checkRuleExamples: what npm run check and the build report', () => {
  it('reports, at the example’s own field, a bad example the checks miss and a good one they flag', () => {
    const guideline = rule('calm', [{ id: 'aggressive', type: 'forbidden', patterns: { en: ['calm\\s+down'], fi: ['rauhoitu'] } }], {
      examples: {
        en: { good: 'Please calm down, we are on it.', bad: 'Sadly we cannot do that.' },
        fi: { good: 'Ymmärrämme, että tämä harmittaa.', bad: 'Rauhoitu nyt.' },
      },
      origin: origin('content/guidelines/calm.yaml', { 'examples.en.good': [12, 11], 'examples.en.bad': [13, 10] }),
    });
    const diagnostics = new Diagnostics();
    checkRuleExamples(compileRules([guideline], diagnostics, new Set()), diagnostics);
    expect(diagnostics.messages().map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([
      'content/guidelines/calm.yaml:12:11 rule-examples The good example in en breaks this rule\'s own check "aggressive"',
      'content/guidelines/calm.yaml:13:10 rule-examples The bad example in en is not caught by any check of this rule',
    ]);
  });

  it('skips a locale where the rule’s checks are turned off', () => {
    const guideline = rule('no-unfortunately', [{ id: 'word', type: 'forbidden', patterns: { en: ['unfortunately'], pl: [] } }], {
      examples: { en: { good: 'We can’t do that, but here is what we can do.', bad: 'Unfortunately not.' }, pl: { good: 'Tak.', bad: 'Niestety nie.' } },
    });
    const diagnostics = new Diagnostics();
    checkRuleExamples(compileRules([guideline], diagnostics, new Set(['en', 'pl'])), diagnostics);
    expect(diagnostics.messages()).toEqual([]);
  });
});
