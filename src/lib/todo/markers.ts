/**
 * TODO markers: the visible "not written yet" that `npm run new` (and `npm run init`, for a language
 * it has no texts for) leaves in every text an author still has to write. A handbook must never ship
 * one, since a team in a crisis would copy "TODO: write the reply" to a customer, so each is an error
 * at its line and column, in YAML text fields, front matter and bodies alike.
 *
 * A marker is `TODO:` or `TODO(…):` (`TODO(de): translate …`), in capitals, as a whole word. The colon
 * keeps words that merely read "TODO" (Spanish "todo" written in capitals) from counting. YAML comments
 * are not text of the handbook, so a marker there is not reported.
 */
import { LineCounter, parseDocument, visit } from 'yaml';
import { bodyPointInFile, type BodyStart } from '../diagnostics.ts';
import type { Diagnostics } from '../diagnostics.ts';

const MARKER = /\bTODO(?:\([^()\n]*\))?:/;
/** For matchAll only, which copies it: its own lastIndex always stays 0. */
const MARKERS = new RegExp(MARKER.source, 'g');

export const TODO_RULE_ID = 'todo';

/** One marker: where it stands (1-based), and the rest of its line, to quote in the finding. */
export interface TodoPoint {
  line: number;
  column: number;
  text: string;
}

export interface TodoMarker extends TodoPoint {
  /** Path relative to the handbook root, like every finding's. */
  file: string;
}

/** Whether a text holds a marker at all: the cheap test before any parsing. */
export function hasTodoMarker(text: string): boolean {
  return MARKER.test(text);
}

/** The rest of the marker's line, shortened, so the finding says which text is unwritten. */
function excerpt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  const line = text.slice(offset, end === -1 ? undefined : end).trim().replace(/["']\s*$/, '');
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** Markers in plain text (a reply, a playbook's MDX), with their 1-based line and column in it. */
export function todoMarkersInText(text: string): TodoPoint[] {
  if (!hasTodoMarker(text)) return [];
  const points: TodoPoint[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(MARKERS)) {
    for (let index = scanned; index < match.index; index++) {
      if (text[index] === '\n') {
        line++;
        lineStart = index + 1;
      }
    }
    scanned = match.index;
    points.push({ line, column: match.index - lineStart + 1, text: excerpt(text, match.index) });
  }
  return points;
}

/**
 * Markers in the text values of a YAML document (not in its keys or comments), where they stand in
 * the file: each string scalar's own source is searched, so a marker inside a quoted or block text is
 * placed exactly. `lineOffset` shifts lines for front matter that starts below line 1.
 */
export function todoMarkersInYaml(text: string, lineOffset = 0): TodoPoint[] {
  if (!hasTodoMarker(text)) return [];
  const lineCounter = new LineCounter();
  let document;
  try {
    document = parseDocument(text, { lineCounter, uniqueKeys: false, merge: false });
  } catch {
    return [];
  }
  const points: TodoPoint[] = [];
  visit(document, {
    Scalar(key, node) {
      // Keys name fields; only values are text.
      if (key === 'key' || typeof node.value !== 'string' || !node.range || !hasTodoMarker(node.value)) return;
      const [start, end] = node.range;
      const source = text.slice(start, end);
      for (const match of source.matchAll(MARKERS)) {
        const { line, col } = lineCounter.linePos(start + match.index);
        points.push({ line: line + lineOffset, column: col, text: excerpt(source, match.index) });
      }
    },
  });
  return points;
}

/** Markers in a body (a template's reply, a playbook's MDX) that starts at `start` in its file. */
export function todoMarkersInBody(body: string, start: BodyStart): TodoPoint[] {
  return todoMarkersInText(body).map((point) => ({ ...bodyPointInFile(start, point), text: point.text }));
}

/** Every marker the loader found, as an error at its place, through the one reporter. */
export function checkTodoMarkers(markers: readonly TodoMarker[] | undefined, diagnostics: Diagnostics): void {
  for (const marker of markers ?? []) {
    diagnostics.error(marker.file, `Unfinished text: “${marker.text}”`, { line: marker.line, column: marker.column }, {
      ruleId: TODO_RULE_ID,
      source: 'schema',
      note: 'Write the text in place of the TODO marker.',
    });
  }
}
