// The self-check that keeps rules honest: a rule's bad example must trigger it and its good example
// must not. These tests show the check catches both ways a rule can be wrong.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { compileRules } from '../../src/lib/rules/compile-rules.ts';
import { hasTextChecks, runExamples, triggeredChecks } from '../../src/lib/rules/examples.ts';
import type { Guideline } from '../../src/lib/model.ts';
import { rule } from './helpers/handbook.ts';

const compile = (guideline: Guideline) => compileRules([guideline], new Diagnostics(), new Set())[0];

describe('running a rule’s examples', () => {
  it('passes a rule that catches its bad example and lets its good one through', () => {
    const compiled = compile(rule('calm', [{ id: 'aggressive', type: 'forbidden', patterns: { pl: ['proszę\\s+się\\s+uspokoić'] } }], {
      examples: { pl: { good: 'Rozumiemy, że to frustrujące.', bad: 'Proszę się uspokoić.' } },
    }));
    expect(runExamples(compiled, 'pl')).toEqual({ bad: ['aggressive'], good: [] });
  });

  it('exposes a rule that can never match (here: an ASCII-only \\b before ü): its bad example triggers nothing', () => {
    const compiled = compile(rule('calm', [{ id: 'aggressive', type: 'forbidden', patterns: { hu: ['\\bügyfél\\s+hibája\\b'] } }], {
      examples: { hu: { good: 'Értjük, hogy bosszantó.', bad: 'Ez az ügyfél hibája.' } },
    }));
    expect(runExamples(compiled, 'hu')?.bad).toEqual([]);
  });

  it('exposes a rule that matches its own good example', () => {
    const compiled = compile(rule('thanks', [{ id: 'thanks', type: 'required', patterns: { fi: ['kiit\\p{L}*'] } }], {
      examples: { fi: { good: 'Pahoittelemme harmia.', bad: 'Tilaus lähetetään.' } },
    }));
    expect(runExamples(compiled, 'fi')?.good).toEqual(['thanks']);
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
