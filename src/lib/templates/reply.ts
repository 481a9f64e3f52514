/**
 * A template's reply text as data: paragraphs of plain text and `{{placeholder}}` slots. Pages render
 * it, and the copy script fills it, from this one model, so the copied text is exactly what is shown.
 */
export type Segment = { text: string } | { placeholder: string };

const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;

/** Splits a reply into paragraphs (blank-line separated) of text and placeholder segments. */
export function parseReply(body: string): Segment[][] {
  return normalizeReply(body)
    .split(/\n{2,}/)
    .map((paragraph) => {
      const segments: Segment[] = [];
      let last = 0;
      for (const match of paragraph.matchAll(PLACEHOLDER)) {
        if (match.index > last) segments.push({ text: paragraph.slice(last, match.index) });
        segments.push({ placeholder: match[1] });
        last = match.index + match[0].length;
      }
      if (last < paragraph.length) segments.push({ text: paragraph.slice(last) });
      return segments;
    });
}

/** The reply as it is copied: trimmed lines, single blank lines between paragraphs, no trailing space. */
export function normalizeReply(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Fills placeholders with the user's values; an empty or missing value leaves `{{name}}` in place
 * so the gap is visible. Values are inserted as text, never interpreted.
 */
export function fillReply(body: string, values: Record<string, string | undefined>): string {
  return normalizeReply(body).replace(PLACEHOLDER, (whole, name: string) => {
    const value = valueOf(values, name);
    return value ? value : whole;
  });
}

/** Placeholder names in order of first use. */
export function placeholdersIn(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/** Placeholders still unfilled in a filled reply. */
export function unfilledPlaceholders(body: string, values: Record<string, string | undefined>): string[] {
  return placeholdersIn(body).filter((name) => !valueOf(values, name));
}

/** A value the user gave, trimmed: only the map's own entries count (`constructor` is not a value). */
function valueOf(values: Record<string, string | undefined>, name: string): string | undefined {
  if (!Object.hasOwn(values, name)) return undefined;
  const value = values[name];
  return typeof value === 'string' ? value.trim() : undefined;
}
