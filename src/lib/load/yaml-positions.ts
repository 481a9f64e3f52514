import { load as loadFast, CORE_SCHEMA } from 'js-yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Alias, type Document, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** Dotted field path (`checks.0.patterns.pl.2`) -> where its key (or list item) starts. */
export interface Positions {
  get(path: string): Position | undefined;
  has(path: string): boolean;
}

export interface YamlError {
  message: string;
  line: number;
  column: number;
  /** `yaml-syntax` by default; the expansions YAML allows but a handbook refuses have their own. */
  ruleId?: 'yaml-syntax' | 'yaml-aliases' | 'yaml-merge-key' | 'yaml-tag';
  note?: string;
}

export interface ParsedYaml {
  value: unknown;
  positions: Positions;
  errors: YamlError[];
}

/**
 * Aliases may repeat a value, but only so often: `yaml` refuses a document whose aliases would
 * expand past its `maxAliasCount` (100) with a ReferenceError, and a "billion laughs" document (each
 * level ten aliases of the one above) would otherwise grow to a billion values in the checks.
 */
export const MAX_ALIASES = 100;
/** Values an alias may bring in, all aliases together (the anchored value counted once per alias). */
export const MAX_ALIAS_EXPANSION = 10_000;

const TAG_NOTE = 'Remove the tag (the word starting with ! before the value) and write the value as plain text, a list or a mapping.';

/** The tags of the YAML 1.2 core schema, the only ones a handbook file may write out. */
const CORE_TAGS = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float', 'tag:yaml.org,2002:bool', 'tag:yaml.org,2002:null', 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq']);

/**
 * Whether the text has an alias, an anchor, a tag or a `<<` key: YAML that the fast parser would
 * expand (or refuse) without saying where. Such a file goes to the position-keeping parser, which
 * checks each of them at its place. A lexer, not a regular expression, so that a `*` inside a quoted
 * pattern is not taken for an alias.
 */
function hasExpansions(text: string): boolean {
  if (!/[*&!]|<</.test(text)) return false;
  for (const token of new Lexer().lex(text)) {
    const first = token[0];
    if (first === '*' || first === '&' || first === '!' || token === '<<') return true;
  }
  return false;
}

/**
 * Parses YAML and can say where every field starts, so that a schema error found later (by zod, on
 * plain data) can still point at a line and column. `lineOffset` shifts lines for front matter that
 * starts below line 1.
 *
 * Positions are only needed when something is wrong, and a large handbook has thousands of files, so
 * valid YAML is read with the fast js-yaml parser (the one Astro uses for front matter, here with the
 * same YAML 1.2 core schema as below) and the slower, position-keeping parse runs only when a finding
 * asks for a position. Invalid YAML, and YAML with aliases, anchors or tags, goes straight to the
 * position-keeping parser, for its errors and their places.
 */
export function parseYamlWithPositions(text: string, lineOffset = 0): ParsedYaml {
  if (hasExpansions(text)) return parseWithPositions(text, lineOffset);
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
  const positions = new Map<string, Position>();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  let document: Document;
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false });
  } catch (error) {
    // The parser itself gave up (a nesting too deep for it, say): still a finding, never a crash.
    return { value: undefined, positions, errors: [{ message: `the file cannot be read as YAML (${error instanceof Error ? error.message : String(error)})`, line: 1 + lineOffset, column: 1 }] };
  }
  const errors: YamlError[] = [...document.errors, ...document.warnings].map((error) => {
    const unresolved = error.code === 'TAG_RESOLVE_FAILED' ? /Unresolved tag: (\S+)/.exec(error.message)?.[1] : undefined;
    return unresolved
      ? { message: `YAML tag ${unresolved.replace(/^tag:yaml\.org,2002:/, '!!')} is not supported`, ruleId: 'yaml-tag' as const, note: TAG_NOTE, ...at(error.pos[0]) }
      : { message: error.message.split('\n')[0], ...at(error.pos[0]) };
  });
  const unresolvedTags = new Set(document.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED').map((warning) => /Unresolved tag: (\S+)/.exec(warning.message)?.[1]));

  // Every node once, iteratively (a deeply nested file must not overflow the stack): field
  // positions, and the aliases, tags and merge keys to check.
  const sizes = new Map<unknown, number>();
  let aliases = 0;
  let expansion = 0;
  let aliasReported = false;
  const stack: { node: unknown; path: string }[] = [{ node: document.contents, path: '' }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const tagged = node as { tag?: string; range?: [number, number, number] };
    if (tagged.tag?.startsWith('tag:') && !CORE_TAGS.has(tagged.tag) && !unresolvedTags.has(tagged.tag) && tagged.range && (isScalar(node) || isMap(node) || isSeq(node))) {
      errors.push({
        message: `YAML tag ${tagged.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not supported`,
        ruleId: 'yaml-tag',
        note: TAG_NOTE,
        ...at(tagged.range[0]),
      });
    }
    if (isAlias(node)) {
      aliases++;
      expansion += expandedSize(node, document, sizes);
      if (!aliasReported && (aliases > MAX_ALIASES || expansion > MAX_ALIAS_EXPANSION) && node.range) {
        aliasReported = true;
        errors.push({
          message: aliases > MAX_ALIASES
            ? `More than ${MAX_ALIASES} YAML aliases (*name) in one file`
            : `YAML aliases (*name) here expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en')} values (an "alias bomb")`,
          ruleId: 'yaml-aliases',
          note: 'Write the values out instead of repeating them with anchors (&name) and aliases (*name).',
          ...at(node.range[0]),
        });
      }
    } else if (isMap(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) {
        const pair = node.items[index];
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const keyPath = path ? `${path}.${key}` : key;
        if (pair.key.range) {
          positions.set(keyPath, at(pair.key.range[0]));
          if (key === '<<' && pair.key.type === 'PLAIN') {
            errors.push({
              message: 'YAML merge keys (<<) are not supported',
              ruleId: 'yaml-merge-key',
              note: 'Write the fields out in this mapping instead of merging them in from another one.',
              ...at(pair.key.range[0]),
            });
          }
        }
        stack.push({ node: pair.value, path: keyPath });
      }
    } else if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) {
        const item = node.items[index];
        const itemPath = path ? `${path}.${index}` : String(index);
        const range = (item as Node | null)?.range;
        if (range) positions.set(itemPath, at(range[0]));
        stack.push({ node: item, path: itemPath });
      }
    }
  }
  if (document.contents?.range) positions.set('', at(document.contents.range[0]));

  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  if (errors.length) return { value: undefined, positions, errors };
  try {
    // The aliases were counted above, so the parser's own count would only repeat that check.
    return { value: document.toJS({ maxAliasCount: -1 }), positions, errors };
  } catch (error) {
    return { value: undefined, positions, errors: [{ message: `the file cannot be read as YAML (${error instanceof Error ? error.message : String(error)})`, line: 1 + lineOffset, column: 1 }] };
  }
}

/**
 * How many values an alias stands for once expanded: the anchored node's values, its own aliases
 * expanded in turn (memoised, so a billion laughs costs one visit per anchor, not a billion).
 */
function expandedSize(alias: Alias, document: Document, sizes: Map<unknown, number>): number {
  const target = alias.resolve(document);
  if (!target) return 1;
  const count = (node: unknown, depth: number): number => {
    if (!node || typeof node !== 'object') return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    // An alias to its own ancestor would loop; YAML does not allow it, and neither does the count.
    if (depth > 2_000) return MAX_ALIAS_EXPANSION + 1;
    sizes.set(node, MAX_ALIAS_EXPANSION + 1);
    let total = 1;
    if (isAlias(node)) total = count(node.resolve(document), depth + 1);
    else if (isMap(node)) for (const pair of node.items) total += isPair(pair) ? count(pair.key, depth + 1) + count(pair.value, depth + 1) : 1;
    else if (isSeq(node)) for (const item of node.items) total += count(item, depth + 1);
    total = Math.min(total, MAX_ALIAS_EXPANSION + 1);
    sizes.set(node, total);
    return total;
  };
  return count(target, 0);
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
