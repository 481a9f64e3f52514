/**
 * Placeholders: every `{{name}}` a reply uses is declared in its front matter and every declared one
 * is used; and nothing that looks like a half-written or foreign template syntax is left over
 * (`{name}`, `{{ }}`, `{{Name With Caps}}`, `[NAME]`, `[amount]`, `%s`, `<name>`, `XXX`, `____`), since
 * it would reach a customer as is. The syntax matches the one pages fill in (src/lib/templates/reply.ts).
 */
export const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;

export interface PlaceholderUse {
  name: string;
  /** Offsets in the body: [start, end). */
  start: number;
  end: number;
}

export function placeholderUses(body: string): PlaceholderUse[] {
  return [...body.matchAll(PLACEHOLDER)].map((match) => ({ name: match[1], start: match.index, end: match.index + match[0].length }));
}

export interface Leftover {
  start: number;
  end: number;
  text: string;
  /** What it looks like, for the message: "single braces (…)". */
  what: string;
}

const BRACES = /\$\{[^{}\n]*\}|\{+[^{}\n]{0,80}\}+|\{+|\}+/g;
const OTHERS: { pattern: RegExp; what: string }[] = [
  {
    // [NAME], [IMIĘ], [amount], [numărul comenzii]; not a Markdown link "[text](url)" or "[text][ref]".
    pattern: /\[(?:\p{Lu}[\p{Lu}\p{N} _.-]*|\p{L}[\p{L}\p{N} _.'-]{0,40})\](?![(\[:])/gu,
    what: 'a bracketed placeholder like [NAME] (write {{name}} and declare it)',
  },
  { pattern: /(?<![\p{L}\p{N}%])%(?:\d+\$)?[sdif@](?![\p{L}\p{N}])/gu, what: 'a format directive like %s' },
  { pattern: /<[\p{L}_][\p{L}\p{N}_ -]{0,40}>/gu, what: 'an angle-bracket placeholder like <name> (write {{name}})' },
  { pattern: /(?<![\p{L}\p{N}])(?:XY|X{3,}|Y{3,})(?![\p{L}\p{N}])|_{3,}|…{2,}|\.{4,}/gu, what: 'a blank to fill in (write a {{placeholder}})' },
];

function describeBraces(text: string): string {
  if (text.startsWith('${')) return 'a format directive like ${name}';
  if (text.startsWith('{{') || text.endsWith('}}')) return 'a malformed placeholder (write {{lower_snake_case}} and declare it)';
  if (text.startsWith('{') && text.endsWith('}')) return 'single braces (placeholders take two: {{name}})';
  return 'a stray brace';
}

/** Leftover template syntax in a body, in order; valid `{{placeholders}}` are never reported. */
export function leftoverSyntax(body: string): Leftover[] {
  // Valid placeholders are blanked out first, so any brace still there is a leftover.
  const masked = body.replace(PLACEHOLDER, (whole) => ' '.repeat(whole.length));
  const found: Leftover[] = [];
  const add = (start: number, end: number, what: string) => {
    if (found.some((other) => start < other.end && end > other.start)) return;
    found.push({ start, end, text: body.slice(start, end), what });
  };
  for (const match of masked.matchAll(BRACES)) {
    const end = match.index + match[0].length;
    add(match.index, end, describeBraces(body.slice(match.index, end)));
  }
  for (const { pattern, what } of OTHERS) {
    for (const match of masked.matchAll(pattern)) add(match.index, match.index + match[0].length, what);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a text still contains a placeholder or leftover syntax: a reply not ready to send. */
export function isIncomplete(text: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(text) || leftoverSyntax(text).length > 0;
}
