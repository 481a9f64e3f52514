import { load as loadFast, CORE_SCHEMA } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** Dotted field path (`checks.0.patterns.pl.2`) -> where its key (or list item) starts. */
export interface Positions {
  get(path: string): Position | undefined;
  has(path: string): boolean;
}

export interface ParsedYaml {
  value: unknown;
  positions: Positions;
  errors: { message: string; line: number; column: number }[];
}

/**
 * Parses YAML and can say where every field starts, so that a schema error found later (by zod, on
 * plain data) can still point at a line and column. `lineOffset` shifts lines for front matter that
 * starts below line 1.
 *
 * Positions are only needed when something is wrong, and a large handbook has thousands of files, so
 * valid YAML is read with the fast js-yaml parser (the one Astro uses for front matter, here with the
 * same YAML 1.2 core schema as below) and the slower, position-keeping parse runs only when a finding
 * asks for a position. Invalid YAML goes straight to the position-keeping parser for its errors.
 */
export function parseYamlWithPositions(text: string, lineOffset = 0): ParsedYaml {
  let value: unknown;
  try {
    value = loadFast(text, { schema: CORE_SCHEMA });
  } catch {
    return parseWithPositions(text, lineOffset);
  }
  return { value, positions: new LazyPositions(() => parseWithPositions(text, lineOffset).positions), errors: [] };
}

class LazyPositions implements Positions {
  #parse: () => Positions;
  #positions: Positions | undefined;

  constructor(parse: () => Positions) {
    this.#parse = parse;
  }

  get(path: string) {
    return (this.#positions ??= this.#parse()).get(path);
  }

  has(path: string) {
    return (this.#positions ??= this.#parse()).has(path);
  }
}

function parseWithPositions(text: string, lineOffset: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const positions = new Map<string, Position>();
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
        const itemPath = path ? `${path}.${index}` : String(index);
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
