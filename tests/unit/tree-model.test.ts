import { describe, expect, it } from 'vitest';
import {
  allPaths,
  answerTargets,
  isOutcome,
  isQuestion,
  nodeAnchor,
  nodeHref,
  nodesById,
  parentsOf,
  reachableNodes,
  stepHref,
} from '../../src/lib/trees/tree-model.ts';
import { parsePath } from '../../src/lib/trees/tree-path.ts';
import { treeEdges } from '../../src/lib/trees/tree-outline.ts';
import type { Tree } from '../../src/lib/model.ts';

const q = (id: string, ...next: string[]) => ({ id, question: { en: `${id}?` }, answers: next.map((target) => ({ label: { en: `to ${target}` }, next: target })) });
const out = (id: string) => ({ id, outcome: { title: { en: id }, text: { en: id }, templates: [] } });
const make = (nodes: Tree['nodes'], start = nodes[0].id): Tree => ({ id: 't', title: { en: 'T' }, start, nodes, origin: { file: 'content/trees/t.yaml' } });

// a -> b -> d, a -> c -> d, c -> e: d is reached twice.
const diamond = make([q('a', 'b', 'c'), q('b', 'd'), q('c', 'd', 'e'), out('d'), out('e')]);

describe('what a node is', () => {
  it('tells questions from outcomes', () => {
    expect(isQuestion(q('a', 'b'))).toBe(true);
    expect(isOutcome(q('a', 'b'))).toBe(false);
    expect(isOutcome(out('b'))).toBe(true);
    expect(isQuestion(out('b'))).toBe(false);
  });
  it('counts a question without answers, or answers without a question, as a question', () => {
    expect(isQuestion({ id: 'x', question: { en: 'X?' } })).toBe(true);
    expect(isQuestion({ id: 'x', answers: [] })).toBe(true);
  });
  it('sees a bare node as neither, and a mixed one as both', () => {
    expect([isQuestion({ id: 'x' }), isOutcome({ id: 'x' })]).toEqual([false, false]);
    const both = { ...q('x', 'y'), ...out('x') };
    expect([isQuestion(both), isOutcome(both)]).toEqual([true, true]);
  });
  it('lists answer targets in order', () => {
    expect(answerTargets(q('a', 'c', 'b', 'c'))).toEqual(['c', 'b', 'c']);
    expect(answerTargets(out('a'))).toEqual([]);
  });
});

describe('nodesById', () => {
  it('indexes every node', () => {
    expect([...nodesById(diamond).keys()]).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(nodesById(diamond).get('c')).toBe(diamond.nodes[2]);
  });
  it('keeps the first of duplicate ids', () => {
    const first = out('b');
    expect(nodesById(make([q('a', 'b'), first, q('b', 'a')])).get('b')).toBe(first);
  });
});

describe('allPaths', () => {
  it('walks every answer, start first, each path ending at an outcome', () => {
    expect(allPaths(diamond)).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
      ['a', 'c', 'e'],
    ]);
  });
  it('is the start alone for a one-node tree', () => {
    expect(allPaths(make([out('only')]))).toEqual([['only']]);
  });
  it('lists a path once when two answers share a target', () => {
    expect(allPaths(make([q('a', 'b', 'b'), out('b')]))).toEqual([['a', 'b']]);
  });
  it('ends a path at a missing node, keeping its id', () => {
    expect(allPaths(make([q('a', 'b', 'zz'), out('b')]))).toEqual([['a', 'b'], ['a', 'zz']]);
  });
  it('ends a path at a question without answers', () => {
    expect(allPaths(make([q('a', 'b'), { id: 'b', question: { en: 'B?' }, answers: [] }]))).toEqual([['a', 'b']]);
  });
  it('stops before a cycle instead of looping', () => {
    const looping = make([q('a', 'b'), q('b', 'a', 'c'), out('c')]);
    expect(allPaths(looping)).toEqual([['a', 'b'], ['a', 'b', 'c']]);
  });
  it('is just the start id when the start does not exist', () => {
    expect(allPaths(make([out('b')], 'nope'))).toEqual([['nope']]);
  });
});

describe('reachableNodes', () => {
  it('finds every node a walk from the start reaches', () => {
    expect([...reachableNodes(diamond)].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('leaves out unreachable and missing nodes, and survives cycles', () => {
    const tree = make([q('a', 'b', 'zz'), q('b', 'a'), out('lost')]);
    expect([...reachableNodes(tree)].sort()).toEqual(['a', 'b']);
  });
  it('is empty when the start does not exist', () => {
    expect(reachableNodes(make([out('b')], 'nope')).size).toBe(0);
  });
});

describe('parentsOf', () => {
  it('lists every node leading to a node, each once, in file order', () => {
    expect(parentsOf(diamond, 'd')).toEqual(['b', 'c']);
    expect(parentsOf(make([q('a', 'b', 'b'), out('b')]), 'b')).toEqual(['a']);
  });
  it('is empty for the start and for unknown ids', () => {
    expect(parentsOf(diamond, 'a')).toEqual([]);
    expect(parentsOf(diamond, 'zz')).toEqual([]);
  });
});

describe('step URLs', () => {
  it('puts the start step on the plain tree page', () => {
    expect(stepHref('en', 'triage', ['q-kind'])).toBe('/en/trees/triage/');
    expect(stepHref('en', 'triage', [])).toBe('/en/trees/triage/');
  });
  it('keeps the whole path in a query named after the tree', () => {
    expect(stepHref('pl', 'triage', ['q-kind', 'q-abuse', 'out-troll'])).toBe('/pl/trees/triage/?triage=q-kind.q-abuse.out-troll');
  });
  it('respects the base path', () => {
    expect(stepHref('fi', 'compensation', ['q-our-fault', 'q-loss'], '/handbook/')).toBe('/handbook/fi/trees/compensation/?compensation=q-our-fault.q-loss');
    expect(nodeHref('fi', 'compensation', 'q-loss', '/handbook')).toBe('/handbook/fi/trees/compensation/#compensation-node-q-loss');
  });
  it('gives every step of every path a URL the browser script reads back to the same path', () => {
    const edges = treeEdges(diamond);
    for (const path of allPaths(diamond)) {
      for (let length = 1; length <= path.length; length++) {
        const steps = path.slice(0, length);
        const url = new URL(stepHref('en', diamond.id, steps), 'https://example.org');
        expect(parsePath(url.searchParams.get(diamond.id), diamond.start, edges)).toEqual(steps);
      }
    }
  });
  it('links a node to its outline anchor, prefixed by the tree id as the page and script expect', () => {
    expect(nodeAnchor('reply-or-not', 'q-facts')).toBe('reply-or-not-node-q-facts');
    expect(nodeHref('es', 'reply-or-not', 'q-facts')).toBe('/es/trees/reply-or-not/#reply-or-not-node-q-facts');
    // The pattern src/scripts/decision-tree.ts uses to open a step from an outline link.
    expect(new RegExp('^#reply-or-not-node-(.+)$').exec(new URL(nodeHref('es', 'reply-or-not', 'q-facts'), 'https://x.org').hash)?.[1]).toBe('q-facts');
  });
});
