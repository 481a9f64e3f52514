/**
 * Placeholders: every `{{name}}` the reply uses is declared in the front matter and every declared
 * one is used; and nothing that looks like a half-written or foreign template syntax is left over
 * (`{name}`, `{{Name}}`, `[NAME]`, `%s`, `<name>`), since it would be posted to a customer as is.
 */
export const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;

const LEFTOVERS: { pattern: RegExp; what: string }[] = [
  { pattern: /\{\{(?!\s*[a-z][a-z0-9_]*\s*\}\})[^{}\n]*\}?\}?/g, what: 'a malformed placeholder (write {{lower_snake_case}})' },
  { pattern: /(?<!\{)\{(?!\{)[^{}\n]*\}(?!\})/g, what: 'single braces (placeholders take two: {{name}})' },
  { pattern: /\[[A-Z][A-Z0-9 _-]*\]/g, what: 'a bracketed placeholder like [NAME] (write {{name}} and declare it)' },
  { pattern: /%[sdif]|\$\{[^}]*\}/g, what: 'a format directive like %s or ${…}' },
  { pattern: /<[a-z_]+>/gi, what: 'an angle-bracket placeholder like <name> (write {{name}})' },
];

export interface PlaceholderUse {
  name: string;
  start: number;
  end: number;
}

export function placeholderUses(body: string): PlaceholderUse[] {
  return [...body.matchAll(PLACEHOLDER)].map((match) => ({ name: match[1], start: match.index, end: match.index + match[0].length }));
}

export function leftoverSyntax(body: string): { start: number; end: number; text: string; what: string }[] {
  const found: { start: number; end: number; text: string; what: string }[] = [];
  for (const { pattern, what } of LEFTOVERS) {
    for (const match of body.matchAll(pattern)) {
      if (found.some((other) => match.index < other.end && match.index + match[0].length > other.start)) continue;
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], what });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
