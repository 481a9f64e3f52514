import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { checkTrees } from '../../src/lib/trees/tree-checks.ts';
import { treeEdges } from '../../src/lib/trees/tree-outline.ts';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import type { Tree } from '../../src/lib/model.ts';
import { handbook, tree } from './helpers/handbook.ts';

const all = (text: string) => Object.fromEntries(LOCALES.map((locale) => [locale, `${text} ${locale}`])) as { en: string };
const question = (id: string, ...next: string[]) => ({ id, question: all(id), answers: next.map((target) => ({ label: all(target), next: target })) });
const outcome = (id: string, extra = {}) => ({ id, outcome: { title: all(id), text: all(id), templates: [], ...extra } });

const problems = (t: Tree) => {
  const diagnostics = new Diagnostics();
  checkTrees(handbook({ trees: [{ ...t, title: all('T') }] }), diagnostics);
  return diagnostics.messages().map((m) => `${m.ruleId} ${m.reason}`);
};

describe('tree checks', () => {
  it('accept a sound tree', () => {
    expect(problems(tree([question('a', 'b', 'c'), outcome('b'), outcome('c')]))).toEqual([]);
  });
  it('report duplicate ids', () => {
    expect(problems(tree([question('a', 'b'), outcome('b'), outcome('b')]))).toContain('tree-duplicate-id Duplicate node id "b" (also node 2)');
  });
  it('report answers to missing nodes, and a missing start', () => {
    expect(problems(tree([question('a', 'zz')]))).toContain('tree-missing-node Answer 1 of node "a" points at node "zz", which does not exist');
    expect(problems(tree([outcome('b')], { start: 'a' }))).toContain('tree-missing-node The start node "a" does not exist');
  });
  it('report cycles with their path', () => {
    expect(problems(tree([question('a', 'b'), question('b', 'c', 'd'), question('c', 'a'), outcome('d')]))).toContain('tree-cycle Cycle: a → b → c → a');
  });
  it('report unreachable nodes', () => {
    expect(problems(tree([question('a', 'b'), outcome('b'), outcome('lost')]))).toContain('tree-unreachable Node "lost" cannot be reached from the start node "a"');
  });
  it('report dead ends', () => {
    const found = problems(tree([question('a', 'b', 'c', 'd'), { id: 'b', question: all('b'), answers: [] }, { id: 'c' }, { ...question('d', 'c'), ...outcome('d') }]));
    expect(found).toEqual(expect.arrayContaining([
      'tree-dead-end Question "b" has no answers: a dead end',
      'tree-dead-end Node "c" is neither a question nor an outcome: a dead end',
      'tree-dead-end Node "d" is both a question and an outcome',
    ]));
  });
  it('report outcomes pointing at missing playbooks, templates or checklists', () => {
    const found = problems(tree([question('a', 'b'), outcome('b', { playbook: 'nope', templates: ['nada'], checklist: 'first-15' })]));
    expect(found).toEqual(expect.arrayContaining([
      'tree-missing-reference Outcome "b" points at playbook "nope", which does not exist',
      'tree-missing-reference Outcome "b" points at template "nada", which does not exist',
    ]));
  });
  it('report a label missing in a locale, naming the node and the locales', () => {
    const broken = question('a', 'b');
    broken.answers[0].label = { en: 'Yes', pl: 'Tak' } as typeof broken.answers[0]['label'];
    expect(problems(tree([broken, outcome('b')]))).toEqual(['tree-missing-label Node "a": the label of answer 1 is missing in hu, ro, es, fi']);
  });
});

describe('the default trees', async () => {
  const { handbook: book } = await loadHandbook(resolve(import.meta.dirname, '../..'));
  it('pass every check', () => {
    const diagnostics = new Diagnostics();
    checkTrees(book, diagnostics);
    expect(diagnostics.messages().map(String)).toEqual([]);
    expect(book.trees.map((t) => t.id).sort()).toEqual(['compensation', 'reply-or-not', 'triage']);
  });
  it.each(['triage', 'reply-or-not', 'compensation'])('%s: every path is walked; every node and outcome is reached and ends at a playbook', (id) => {
    const t = book.trees.find((candidate) => candidate.id === id)!;
    const edges = treeEdges(t);
    const byId = new Map(t.nodes.map((node) => [node.id, node]));
    const visited = new Set<string>();
    const paths: string[][] = [];
    const walk = (path: string[]) => {
      const current = path[path.length - 1];
      visited.add(current);
      const next = edges.get(current) ?? [];
      if (next.length === 0) {
        paths.push(path);
        const end = byId.get(current)!;
        expect(end.outcome, path.join(' > ')).toBeDefined();
        expect(book.playbooks.some((playbook) => playbook.slug === end.outcome!.playbook), path.join(' > ')).toBe(true);
        return;
      }
      for (const target of next) walk([...path, target]);
    };
    walk([t.start]);
    expect([...visited].sort()).toEqual(t.nodes.map((node) => node.id).sort());
    expect(paths.length).toBeGreaterThanOrEqual(t.nodes.filter((node) => node.outcome).length);
  });
});
