/**
 * A template may carry its reply in two registers: the formal one a bank or a utility uses (Pan/Pani,
 * Ön, dumneavoastră, usted) and the informal one many consumer brands use on social media (ty, te, tu,
 * tú). The first body is in the template's `register` (formal unless it says otherwise); a line
 * `<!-- register: informal -->` starts the other. A handbook's settings choose which one each
 * language's pages show first; the other stays one click away.
 */
export const REGISTERS = ['formal', 'informal'] as const;
export type Register = (typeof REGISTERS)[number];

/** A body of a template: its text (trimmed) and where it starts in the file, to place findings. */
export interface RegisterBody {
  register: Register;
  text: string;
  line: number;
  column: number;
}

export interface RegisterMarkerProblem {
  line: number;
  column: number;
  /** What the marker line said, e.g. "informel". */
  value: string;
}

const MARKER = /^[ \t]*<!--[ \t]*register[ \t]*:[ \t]*([^\s>]*)[ \t]*-->[ \t]*$/gim;

/** Trimmed text and the line and column of its first character, given where `text` starts. */
function trimmed(text: string, line: number, column: number): { text: string; line: number; column: number } {
  const leading = /^\s*/.exec(text)![0];
  const newlines = leading.match(/\n/g)?.length ?? 0;
  return {
    text: text.trim(),
    line: line + newlines,
    column: newlines ? leading.length - leading.lastIndexOf('\n') : column + leading.length,
  };
}

/**
 * Splits a template body at its register markers. `first` is the register of the text before the
 * first marker. Markers naming no known register are returned as problems (and split nothing).
 */
export function splitRegisters(body: string, line: number, column: number, first: Register): { bodies: RegisterBody[]; problems: RegisterMarkerProblem[] } {
  const bodies: RegisterBody[] = [];
  const problems: RegisterMarkerProblem[] = [];
  let register = first;
  let start = 0;
  let startLine = line;
  let startColumn = column;
  for (const match of body.matchAll(MARKER)) {
    const value = match[1]!.toLowerCase();
    const markerLine = line + (body.slice(0, match.index).match(/\n/g)?.length ?? 0);
    if (!(REGISTERS as readonly string[]).includes(value)) {
      problems.push({ line: markerLine, column: 1, value: match[1]! });
      continue;
    }
    bodies.push({ register, ...trimmed(body.slice(start, match.index), startLine, startColumn) });
    register = value as Register;
    start = match.index + match[0].length;
    startLine = markerLine;
    startColumn = match[0].length + 1;
  }
  bodies.push({ register, ...trimmed(body.slice(start), startLine, startColumn) });
  return { bodies, problems };
}

/** A template's bodies as a page shows them: the chosen register's first (when it has one), then the other. */
export function bodiesInOrder(
  template: { body: string; register?: string; variants: { register: Register; body: string }[] },
  chosen: Register | undefined,
): [{ register: Register; body: string }, { register: Register; body: string } | undefined] {
  const main = { register: (template.register === 'informal' ? 'informal' : 'formal') as Register, body: template.body };
  const other = template.variants[0];
  if (!other) return [main, undefined];
  return chosen && other.register === chosen && main.register !== chosen ? [other, main] : [main, other];
}
