/**
 * Refuses rule patterns that can take exponential time to match ("catastrophic backtracking"):
 * `(a+)+$` against a run of a's, or `(?:\p{L}+\s?)+ asap` against any reply, would keep the checks
 * busy for minutes. JavaScript's engine backtracks, so a pattern is unsafe when a repeated part can
 * match the same text in more than one way:
 *
 * - a repetition inside a repetition that can share characters, `(a+)+`, `(\w+\s?)*`, `(?:\s*,\s*)+`
 *   (found by scslre, the analyser behind eslint-plugin-regexp);
 * - a repeated part that can match the same text in one round or in several, `(?:a{1,2}){10,40}`,
 *   `(?:\d+[.,]?)+`, or whose alternatives can match the same text, `(?:\w|\d)+`, `(a|aa)+` (found
 *   here with refa, by intersecting the languages involved).
 *
 * Patterns that are only slow in proportion to a power of the text's length (`\s*\d+\s*x`) are
 * allowed: a reply is short. Whatever slips through is still stopped by the time limit on checking
 * each template (src/integration/template-checks.ts). Pure JavaScript, no native code.
 */
import { createRequire } from 'node:module';
import type { AST } from '@eslint-community/regexpp';
import { foldText } from '../text/normalize.ts';

// The analysers (and the Unicode tables they carry) take about half a second to load, so they are
// loaded only for a pattern that needs them: most handbooks have none.
const require = createRequire(import.meta.url);
let analysers: {
  regexpp: typeof import('@eslint-community/regexpp');
  refa: typeof import('refa');
  scslre: typeof import('scslre');
  parser: import('@eslint-community/regexpp').RegExpParser;
} | undefined;
function loadAnalysers() {
  if (!analysers) {
    const regexpp = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
    analysers = { regexpp, refa: require('refa'), scslre: require('scslre'), parser: new regexpp.RegExpParser({ ecmaVersion: 2025 }) };
  }
  return analysers;
}

export interface UnsafePattern {
  /** Why, in words, naming the part of the pattern at fault. */
  reason: string;
}

/**
 * A group repeated at most twice (`(?:\p{L}+\s+){0,2}`, "up to two words") can at worst make matching
 * slower by a power of the text's length, never exponentially: it is not analysed (the time limit
 * covers it). Three or more repetitions, or an unbounded one, are.
 */
const MIN_ANALYSED_REPEATS = 3;

/** Nodes an automaton may have while a pattern is analysed; a bigger one is too complex to trust. */
const MAX_NODES = 20_000;

const cache = new Map<string, UnsafePattern | undefined>();

/**
 * The engine compiles every pattern with `iu` (match.ts). The analysis uses `u` alone: case folding
 * across all of Unicode makes the automata many times larger, and it adds no way to repeat
 * ambiguously that the cased letters did not already have, except alternatives differing only in
 * case (`(?:a|A)+`), which the time limit covers.
 */
const FLAGS = 'u';

/**
 * Undefined for a safe pattern (or one that is not a valid regular expression at all: compiling it
 * reports that), else why it is unsafe. Results are remembered for the run.
 */
export function patternSafety(pattern: string): UnsafePattern | undefined {
  if (cache.has(pattern)) return cache.get(pattern);
  const result = analysePattern(pattern);
  cache.set(pattern, result);
  return result;
}

function analysePattern(pattern: string): UnsafePattern | undefined {
  if (!repeatsVariablePart(pattern)) return undefined;
  let literal: AST.RegExpLiteral;
  try {
    literal = loadAnalysers().parser.parseLiteral(`/${foldText(pattern).replace(/\//g, '\\/')}/${FLAGS}`);
  } catch {
    return undefined;
  }
  if (!mayBacktrackExponentially(literal)) return undefined;
  try {
    return nestedRepetition(literal) ?? ambiguousRepetition(literal);
  } catch {
    // The analysers build automata; one that grows past their limits is a pattern nobody can vouch for.
    return { reason: 'it is too complex to check that it always matches in reasonable time' };
  }
}

/**
 * A first, textual look (parsing every pattern of a handbook with a full parser costs a quarter of a
 * second): whether some group that holds an alternation or a variable repetition is itself repeated
 * at least MIN_ANALYSED_REPEATS times. Only such a pattern can backtrack exponentially; the others need
 * no analysis.
 */
export function repeatsVariablePart(pattern: string): boolean {
  const groups: boolean[] = [false];
  let index = 0;
  /** The quantifier at `at`, if any: whether it repeats more than once and whether it varies. */
  const quantifier = (at: number): { many: boolean; variable: boolean } | undefined => {
    const char = pattern[at];
    if (char === '*' || char === '+') return { many: true, variable: true };
    if (char === '?') return { many: false, variable: true };
    const counted = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at, at + 24));
    if (!counted) return undefined;
    const min = Number(counted[1]);
    const max = counted[2] === undefined ? min : counted[3] === '' ? Infinity : Number(counted[3]);
    return { many: max >= MIN_ANALYSED_REPEATS, variable: min !== max };
  };
  /** After an atom ending at `end`: marks the enclosing group when the atom's repetition varies. */
  const afterAtom = (end: number) => {
    const found = quantifier(end);
    if (found?.variable) groups[groups.length - 1] = true;
  };
  while (index < pattern.length) {
    const char = pattern[index];
    if (char === '\\') {
      // \p{L}, \u{1F600}, \k<name>: the braces belong to the escape.
      const braced = /^\\(?:[pPu]\{[^}]*\}|k<[^>]*>|.)/su.exec(pattern.slice(index));
      index += braced ? braced[0].length : 2;
      afterAtom(index);
    } else if (char === '[') {
      let end = index + 1;
      while (end < pattern.length && pattern[end] !== ']') end += pattern[end] === '\\' ? 2 : 1;
      index = end + 1;
      afterAtom(index);
    } else if (char === '(') {
      groups.push(false);
      index++;
    } else if (char === ')') {
      const inner = groups.length > 1 ? groups.pop()! : false;
      index++;
      const found = quantifier(index);
      if (found?.many && inner) return true;
      if (inner || found?.variable) groups[groups.length - 1] = true;
    } else if (char === '|') {
      groups[groups.length - 1] = true;
      index++;
    } else {
      index++;
      if (!'*+?{'.includes(char)) afterAtom(index);
    }
  }
  return false;
}

/** Quick test: only a repetition around another repetition or an alternation can blow up. */
function mayBacktrackExponentially(literal: AST.RegExpLiteral): boolean {
  const { visitRegExpAST } = loadAnalysers().regexpp;
  let found = false;
  visitRegExpAST(literal, {
    onQuantifierEnter(quantifier) {
      if (found || quantifier.max < MIN_ANALYSED_REPEATS) return;
      visitRegExpAST(quantifier.element as unknown as AST.RegExpLiteral, {
        onQuantifierEnter(inner) {
          if (inner.min !== inner.max) found = true;
        },
        onGroupEnter(group) {
          if (group.alternatives.length > 1) found = true;
        },
        onCapturingGroupEnter(group) {
          if (group.alternatives.length > 1) found = true;
        },
      });
    },
  });
  return found;
}

function nestedRepetition(literal: AST.RegExpLiteral): UnsafePattern | undefined {
  // assumeRejectingSuffix: the engine wraps every pattern in word boundaries and joins patterns, so
  // what follows a pattern in its rule file says nothing about what follows it when it runs.
  const report = loadAnalysers().scslre.analyse(literal, { reportTypes: { Move: false, Self: true, Trade: true }, maxReports: 5, assumeRejectingSuffix: true }).reports.find((candidate) => candidate.exponential);
  if (!report) return undefined;
  const part = report.type === 'Trade' ? report.endQuant : report.quant;
  return { reason: `the repetition "${part.raw}" can match the same text in many ways, so a long run of matching characters takes exponential time (catastrophic backtracking)` };
}

function ambiguousRepetition(literal: AST.RegExpLiteral): UnsafePattern | undefined {
  const { regexpp: { visitRegExpAST }, refa: { JS, NFA, isDisjointWith } } = loadAnalysers();
  const refa = JS.Parser.fromAst({ pattern: literal.pattern, flags: literal.flags });
  const automaton = (element: AST.Node) => {
    const { expression, maxCharacter } = refa.parseElement(element as Parameters<typeof refa.parseElement>[0], { assertions: 'ignore', backreferences: 'disable', maxNodes: MAX_NODES });
    return NFA.fromRegex(expression, { maxCharacter }, { assertions: 'ignore' }, new NFA.LimitedNodeFactory(MAX_NODES));
  };
  const overlaps = (a: import('refa').NFA, b: import('refa').NFA) => !isDisjointWith(a, b, MAX_NODES);
  let found: UnsafePattern | undefined;
  visitRegExpAST(literal, {
    onQuantifierEnter(quantifier) {
      if (found || quantifier.max < MIN_ANALYSED_REPEATS) return;
      const element = quantifier.element;
      const once = automaton(element);
      // Two or more rounds matching what one round matches: `(?:a{1,2}){10,40}`, `(?:\d+[.,]?)+`.
      const severalRounds = once.copy();
      const more = once.copy();
      more.quantify(1, Infinity);
      severalRounds.append(more);
      if (overlaps(once, severalRounds)) {
        found = { reason: `the repeated part "${element.raw}" can match the same text in one round or in several, so "${quantifier.raw}" takes exponential time on some text (catastrophic backtracking)` };
        return;
      }
      if ((element.type !== 'Group' && element.type !== 'CapturingGroup') || element.alternatives.length < 2) return;
      const alternatives = element.alternatives.map(automaton);
      const rounds = once.copy();
      rounds.quantify(0, Infinity);
      // Two alternatives matching the same text, one of them perhaps followed by more rounds:
      // `\d` and `\w`, or `aa` and `a` + `a`.
      for (let first = 0; first < alternatives.length && !found; first++) {
        for (let second = 0; second < alternatives.length && !found; second++) {
          if (first === second) continue;
          const longer = alternatives[second].copy();
          longer.append(rounds);
          if (overlaps(alternatives[first], longer)) {
            found = {
              reason: `the alternatives "${element.alternatives[first].raw}" and "${element.alternatives[second].raw}" of the repetition "${quantifier.raw}" can match the same text, so a long run takes exponential time (catastrophic backtracking)`,
            };
          }
        }
      }
    },
  });
  return found;
}

export const UNSAFE_PATTERN_NOTE =
  'Make each repeated part match in only one way: no repetition inside a repetition like (\\p{L}+\\s?)+ (write \\p{L}+(?:\\s\\p{L}+)* instead), and no repeated alternatives that overlap like (?:\\w|\\d)+ (write [\\w\\d]+). The README lists what patterns may use.';
