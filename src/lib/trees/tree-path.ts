/**
 * The path a user took through a decision tree, as it appears in a step's URL:
 * `?<treeId>=q-kind.q-abuse.out-troll` (node ids joined by dots, start first). A path is valid only if
 * it starts at the start node and every step follows an answer, so a pasted link can't show a step out
 * of context; an invalid one falls back to its longest valid beginning. Shared by the pages and the
 * browser script.
 */
export type Edges = ReadonlyMap<string, readonly string[]>;

export const PATH_SEPARATOR = '.';

export function formatPath(path: readonly string[]): string {
  return path.join(PATH_SEPARATOR);
}

/** The longest valid prefix of a path string (at least the start node). */
export function parsePath(value: string | null | undefined, start: string, edges: Edges): string[] {
  const ids = (value ?? '').split(PATH_SEPARATOR).filter(Boolean);
  const path = [start];
  if (ids[0] !== start) return path;
  for (const id of ids.slice(1)) {
    const current = path[path.length - 1];
    if (!(edges.get(current) ?? []).includes(id)) break;
    path.push(id);
  }
  return path;
}

/** The shortest path from the start to a node (for a link to `#node-<id>`), or undefined if unreachable. */
export function shortestPath(start: string, target: string, edges: Edges): string[] | undefined {
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    if (node === target) {
      const path = [node];
      for (let step = previous.get(node); step; step = previous.get(step)) path.unshift(step);
      return path;
    }
    for (const next of edges.get(node) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, node);
      queue.push(next);
    }
  }
  return undefined;
}
