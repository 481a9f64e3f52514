import { describe, expect, it } from 'vitest';
import { formatPath, parsePath, shortestPath } from '../../src/lib/trees/tree-path.ts';
import { treeEdges, treeOutline } from '../../src/lib/trees/tree-outline.ts';
import type { Tree } from '../../src/lib/model.ts';

const edges = new Map([
  ['a', ['b', 'c']],
  ['b', ['d']],
  ['c', ['d']],
  ['d', []],
]);

describe('tree paths in URLs', () => {
  it('round-trips a valid path', () => {
    expect(parsePath(formatPath(['a', 'c', 'd']), 'a', edges)).toEqual(['a', 'c', 'd']);
  });
  it('keeps the longest valid beginning of a tampered path', () => {
    expect(parsePath('a.c.x.d', 'a', edges)).toEqual(['a', 'c']);
    expect(parsePath('b.d', 'a', edges)).toEqual(['a']);
    expect(parsePath(null, 'a', edges)).toEqual(['a']);
  });
  it('finds the shortest path to a node, or none', () => {
    expect(shortestPath('a', 'd', edges)).toEqual(['a', 'b', 'd']);
    expect(shortestPath('a', 'a', edges)).toEqual(['a']);
    expect(shortestPath('a', 'zz', edges)).toBeUndefined();
  });
});

describe('tree outline', () => {
  const tree: Tree = {
    id: 't',
    origin: { file: 't.yaml' },
    title: { en: 'T' },
    start: 'a',
    nodes: [
      { id: 'a', question: { en: 'A?' }, answers: [{ label: { en: 'to b' }, next: 'b' }, { label: { en: 'to c' }, next: 'c' }] },
      { id: 'b', question: { en: 'B?' }, answers: [{ label: { en: 'to d' }, next: 'd' }] },
      { id: 'c', question: { en: 'C?' }, answers: [{ label: { en: 'to d' }, next: 'd' }] },
      { id: 'd', outcome: { title: { en: 'D' }, text: { en: 'Do D' }, templates: [] } },
    ],
  };
  it('shows a node reached twice once in full, then as a reference', () => {
    const outline = treeOutline(tree);
    if (outline.kind !== 'node') throw new Error('expected a node');
    const [toB, toC] = outline.answers;
    expect(toB.child.kind).toBe('node');
    if (toB.child.kind !== 'node' || toC.child.kind !== 'node') throw new Error('expected nodes');
    expect(toB.child.answers[0].child).toMatchObject({ kind: 'node', node: { id: 'd' } });
    expect(toC.child.answers[0].child).toMatchObject({ kind: 'reference', node: { id: 'd' } });
  });
  it('lists the edges by node', () => {
    expect(treeEdges(tree)).toEqual(new Map([['a', ['b', 'c']], ['b', ['d']], ['c', ['d']], ['d', []]]));
  });
});
