/**
 * The whole tree as a nested outline (question -> answers -> next node), for reading without
 * JavaScript and for print. A node reached a second time is not repeated: it becomes a reference to
 * the place it was first shown, so the outline stays finite and short.
 *
 * Built and flattened iteratively, never by recursion: however deep a tree is written, building
 * its outline cannot overflow the stack (the checks report a tree deeper than MAX_TREE_DEPTH).
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
  const item = (id: string): OutlineItem => {
    const node = byId.get(id);
    if (!node) return { kind: 'missing', id };
    if (shown.has(id)) return { kind: 'reference', node };
    shown.add(id);
    return { kind: 'node', node, answers: [] };
  };
  // Depth first, answers in order, as a recursive walk would go: a node is shown in full where it
  // is first reached.
  const root = item(tree.start);
  const stack: { item: Extract<OutlineItem, { kind: 'node' }>; next: number }[] = root.kind === 'node' ? [{ item: root, next: 0 }] : [];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const answers = frame.item.node.answers ?? [];
    if (frame.next >= answers.length) {
      stack.pop();
      continue;
    }
    const answer = answers[frame.next++];
    const child = item(answer.next);
    frame.item.answers.push({ answer, child });
    if (child.kind === 'node') stack.push({ item: child, next: 0 });
  }
  return root;
}

/**
 * The outline as a flat list of steps to render in order: the nesting becomes explicit open and close
 * steps, so a page renders the nested lists with a loop rather than a component that calls itself.
 */
export type OutlineStep =
  | { step: 'node'; node: TreeNodeData; hasAnswers: boolean }
  | { step: 'answer'; answer: Answer }
  | { step: 'close-answer' }
  | { step: 'close-node'; hasAnswers: boolean }
  | { step: 'reference'; node: TreeNodeData };

export function outlineSteps(root: OutlineItem): OutlineStep[] {
  const steps: OutlineStep[] = [];
  // What is still to do, last first: an item to expand, or a step to emit as it is.
  type Pending = { item: OutlineItem } | { emit: OutlineStep };
  const stack: Pending[] = [{ item: root }];
  while (stack.length) {
    const pending = stack.pop()!;
    if ('emit' in pending) {
      steps.push(pending.emit);
      continue;
    }
    const { item } = pending;
    if (item.kind === 'missing') continue;
    if (item.kind === 'reference') {
      steps.push({ step: 'reference', node: item.node });
      continue;
    }
    const hasAnswers = item.answers.length > 0;
    steps.push({ step: 'node', node: item.node, hasAnswers });
    stack.push({ emit: { step: 'close-node', hasAnswers } });
    for (let index = item.answers.length - 1; index >= 0; index--) {
      stack.push({ emit: { step: 'close-answer' } });
      stack.push({ item: item.answers[index].child });
      stack.push({ emit: { step: 'answer', answer: item.answers[index].answer } });
    }
  }
  return steps;
}

/** Each node's answer targets, the shape the path helpers and the browser script use. */
export function treeEdges(tree: Tree): Map<string, string[]> {
  return new Map(tree.nodes.map((node) => [node.id, (node.answers ?? []).map((answer) => answer.next)]));
}
