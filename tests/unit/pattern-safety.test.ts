import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { patternSafety, repeatsVariablePart } from '../../src/lib/rules/pattern-safety.ts';

describe('patternSafety', () => {
  it('refuses patterns that backtrack exponentially, naming the part at fault', () => {
    expect(patternSafety('(a+)+$')?.reason).toMatch(/the repetition "a\+" can match the same text in many ways/);
    expect(patternSafety('(?:\\p{L}+\\s?)+ asap')?.reason).toMatch(/the repetition "\\p\{L\}\+"/);
    expect(patternSafety('(\\w+\\s?)*$')?.reason).toBeDefined();
    expect(patternSafety('(?:\\s*,\\s*)+x')?.reason).toBeDefined();
    expect(patternSafety('(?:\\w|\\d)+$')?.reason).toMatch(/the alternatives "\\w" and "\\d" of the repetition "\(\?:\\w\|\\d\)\+"/);
    expect(patternSafety('(a|a)*b')?.reason).toBeDefined();
    expect(patternSafety('(a|aa)+$')?.reason).toMatch(/the repeated part "\(a\|aa\)" can match the same text in one round or in several/);
    expect(patternSafety('(?:a{1,2}){10,40}!')?.reason).toBeDefined();
    expect(patternSafety('(a?){30}a{30}')?.reason).toBeDefined();
    expect(patternSafety('(?:\\d+[.,]?)+ minutes')?.reason).toBeDefined();
  });

  it('allows the patterns rules are made of', () => {
    for (const pattern of ['przeprasz\\p{L}*', 'in\\s+\\d+\\s+minutes?', '(?:ha|he)+', 'h[ae]h[ae](?:h[ae])*h?', '(?:\\p{L}+\\s+){0,2}a\\s+fost', '\\s*\\d+\\s*x', '(?<!nem\\s+)hibáj\\p{L}*', 'x+d+', 'call (back']) {
      expect(patternSafety(pattern), pattern).toBeUndefined();
    }
  });

  it('finds every default rule pattern safe', async () => {
    const folder = resolve(import.meta.dirname, '../../content/guidelines');
    const patterns: string[] = [];
    for (const file of await readdir(folder)) {
      const rule = load(await readFile(join(folder, file), 'utf8')) as { checks?: { patterns?: Record<string, string[]> }[] };
      for (const check of rule.checks ?? []) for (const list of Object.values(check.patterns ?? {})) patterns.push(...list);
    }
    expect(patterns.length).toBeGreaterThan(400);
    expect(patterns.filter((pattern) => patternSafety(pattern))).toEqual([]);
  });
});

describe('repeatsVariablePart: the quick textual look', () => {
  it('sends only repeated groups holding an alternation or a variable repetition to the analysis', () => {
    expect(repeatsVariablePart('(a+)+')).toBe(true);
    expect(repeatsVariablePart('(?:x|y){3,}')).toBe(true);
    expect(repeatsVariablePart('(?:(?:a)?b)*')).toBe(true);
    expect(repeatsVariablePart('(?:a+){2}')).toBe(false);
    expect(repeatsVariablePart('(?:\\p{L}+\\s+){0,2}')).toBe(false);
    expect(repeatsVariablePart('(?:ha)+')).toBe(false);
    expect(repeatsVariablePart('[(a+)]+')).toBe(false);
    expect(repeatsVariablePart('\\(a+\\)+')).toBe(false);
    expect(repeatsVariablePart('(?:se\\s+)?x')).toBe(false);
  });
});
