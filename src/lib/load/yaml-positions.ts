import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export type Positions = Map<string, { line: number; column: number }>;

export interface ParsedYaml {
  value: unknown;
  /** Dotted field path (`checks.0.patterns.pl.2`) -> where its key (or list item) starts. */
  positions: Positions;
  errors: { message: string; line: number; column: number }[];
}

/**
 * Parses YAML and remembers where every field starts, so that a schema error found later
 * (by zod, on plain data) can still point at a line and column. `lineOffset` shifts lines for
 * front matter that starts below line 1.
 */
export function parseYamlWithPositions(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const positions: Positions = new Map();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };

  const walk = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const keyPath = path ? `${path}.${key}` : key;
        if (pair.key.range) positions.set(keyPath, at(pair.key.range[0]));
        walk(pair.value, keyPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const itemPath = `${path}.${index}`;
        const range = (item as Node | null)?.range;
        if (range) positions.set(itemPath, at(range[0]));
        walk(item, itemPath);
      });
    }
  };
  walk(document.contents, '');
  if (document.contents?.range) positions.set('', at(document.contents.range[0]));

  const errors = document.errors.map((error) => ({
    message: error.message.split('\n')[0],
    ...at(error.pos[0]),
  }));
  return { value: errors.length ? undefined : document.toJS(), positions, errors };
}

/** The closest known position for a field path: the field itself, else its nearest parent. */
export function positionOf(positions: Positions | undefined, path: (string | number | symbol)[]) {
  if (!positions) return undefined;
  for (let length = path.length; length >= 0; length--) {
    const found = positions.get(path.slice(0, length).map(String).join('.'));
    if (found) return found;
  }
  return undefined;
}
