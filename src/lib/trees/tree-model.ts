/**
 * Pure queries over one decision tree: what a node is, where it can be reached from, every way
 * through it, and the URL of each step. No Astro, no file system: the checks, the pages and the
 * tests all read a tree through these.
 *
 * URL scheme ("every step has its own URL"). The tree page is the one stable page,
 * `/<locale>/trees/<tree>/`; a step is addressed on it, never by a page of its own, so the site
 * stays one page per tree and a pasted link still works without JavaScript:
 * - a step reached by answering: `/<locale>/trees/<tree>/?<tree>=<start>.<node>.<node>` — the whole
 *   path (node ids joined by dots, see tree-path.ts), not just the last node, because breadcrumbs
 *   and "back" need the answers given, and a node reached by two routes is two different steps. The
 *   query key is the tree's id so that a playbook embedding two trees keeps both paths in one URL.
 *   The start step has no query: it is the plain tree page.
 * - a node of the no-JS outline: `/<locale>/trees/<tree>/#<tree>-node-<node>` — an anchor on the
 *   outline heading (search links land there too); with JavaScript the page opens that step along
 *   the shortest path to it. The tree id prefixes the anchor for the same embedding reason.
 * The nested outline itself is built by `treeOutline` in tree-outline.ts.
 */
import type { Locale } from '../i18n/locales.ts';
import { treeHref } from '../i18n/urls.ts';
import type { Tree } from '../model.ts';
import type { TreeNodeData } from '../schema.ts';
import { formatPath } from './tree-path.ts';

export type TreeNode = TreeNodeData;

/** Nodes by id. With duplicate ids the first one wins, as it does for the walk in the checks. */
export function nodesById(tree: Pick<Tree, 'nodes'>): Map<string, TreeNode> {
  const byId = new Map<string, TreeNode>();
  for (const node of tree.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  return byId;
}

/** A node that asks: it has a question or answers (a question without answers is a dead end, but still a question). */
export function isQuestion(node: TreeNode): boolean {
  return node.question !== undefined || node.answers !== undefined;
}

/** A node that ends a path. A sound node is exactly one of question or outcome; the checks report the rest. */
export function isOutcome(node: TreeNode): boolean {
  return node.outcome !== undefined;
}

/** Ids the node's answers lead to, in answer order (repeats kept: two answers may share a target). */
export function answerTargets(node: TreeNode): string[] {
  return (node.answers ?? []).map((answer) => answer.next);
}

/**
 * Every walk from the start node, taking each answer in turn, as lists of node ids (start first).
 * On a sound tree each path ends at an outcome. On a broken one a path still ends, so callers can
 * see where it went wrong: at a node with no answers, at an id that is not a node (kept as the last
 * id), or just before a node already on the path (a cycle).
 */
export function allPaths(tree: Pick<Tree, 'nodes' | 'start'>): string[][] {
  const byId = nodesById(tree);
  const paths: string[][] = [];
  // Depth first with a stack of its own, so a long chain of nodes cannot overflow the call stack.
  const stack: string[][] = [[tree.start]];
  while (stack.length) {
    const path = stack.pop()!;
    const node = byId.get(path[path.length - 1]);
    const next = node ? answerTargets(node) : [];
    const onward = next.filter((id) => !path.includes(id));
    if (onward.length === 0) {
      paths.push(path);
      continue;
    }
    // An answer looping back ends its path here; the other answers continue.
    if (onward.length < next.length) paths.push(path);
    for (let index = onward.length - 1; index >= 0; index--) stack.push([...path, onward[index]]);
  }
  return dedupe(paths);
}

// Two answers with the same target would yield the same path twice; a path is a list of steps, not of answers.
function dedupe(paths: string[][]): string[][] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = path.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Ids of the nodes reachable from the start (the start included, if it exists), in walk order. */
export function reachableNodes(tree: Pick<Tree, 'nodes' | 'start'>): Set<string> {
  const byId = nodesById(tree);
  const reached = new Set<string>();
  const queue = [tree.start];
  while (queue.length) {
    const id = queue.shift()!;
    const node = byId.get(id);
    if (!node || reached.has(id)) continue;
    reached.add(id);
    queue.push(...answerTargets(node));
  }
  return reached;
}

/** Ids of the nodes with an answer leading to `nodeId`, in file order, each once. */
export function parentsOf(tree: Pick<Tree, 'nodes'>, nodeId: string): string[] {
  const parents: string[] = [];
  for (const node of tree.nodes) {
    if (answerTargets(node).includes(nodeId) && !parents.includes(node.id)) parents.push(node.id);
  }
  return parents;
}

/** The outline anchor of a node, `<tree>-node-<node>` (the id TreeOutline.astro gives its heading). */
export function nodeAnchor(treeId: string, nodeId: string): string {
  return `${treeId}-node-${nodeId}`;
}

/** URL of a step reached by a path of answers (start first); the start alone is the plain tree page. */
export function stepHref(locale: Locale, treeId: string, path: readonly string[], base?: string): string {
  const page = treeHref(locale, treeId, base);
  if (path.length < 2) return page;
  return `${page}?${encodeURIComponent(treeId)}=${encodeURIComponent(formatPath(path))}`;
}

/** URL of a node's place in the outline; works without JavaScript, and with it opens that step. */
export function nodeHref(locale: Locale, treeId: string, nodeId: string, base?: string): string {
  return `${treeHref(locale, treeId, base)}#${nodeAnchor(treeId, nodeId)}`;
}
