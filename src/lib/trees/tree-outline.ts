/**
 * The whole tree as a nested outline (question -> answers -> next node), for reading without
 * JavaScript and for print. A node reached a second time is not repeated: it becomes a reference to
 * the place it was first shown, so the outline stays finite and short.
 */
import type { Tree } from '../model.ts';
import type { TreeNodeData } from '../schema.ts';

type Answer = NonNullable<TreeNodeData['answers']>[number];

export type OutlineItem =
  | { kind: 'node'; node: TreeNodeData; answers: { answer: Answer; child: OutlineItem }[] }
  | { kind: 'reference'; node: TreeNodeData }
  | { kind: 'missing'; id: string };

export function treeOutline(tree: Tree): OutlineItem {
  const byId = new Map(tree.nodes.map((node) => [node.id, node]));
  const shown = new Set<string>();
  const visit = (id: string): OutlineItem => {
    const node = byId.get(id);
    if (!node) return { kind: 'missing', id };
    if (shown.has(id)) return { kind: 'reference', node };
    shown.add(id);
    return { kind: 'node', node, answers: (node.answers ?? []).map((answer) => ({ answer, child: visit(answer.next) })) };
  };
  return visit(tree.start);
}

/** Each node's answer targets, the shape the path helpers and the browser script use. */
export function treeEdges(tree: Tree): Map<string, string[]> {
  return new Map(tree.nodes.map((node) => [node.id, (node.answers ?? []).map((answer) => answer.next)]));
}
