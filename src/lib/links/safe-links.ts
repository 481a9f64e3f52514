/**
 * Which link targets may reach the site. A playbook is Markdown: `[text](javascript:…)` would become a
 * clickable `<a href="javascript:…">`, and only a Content-Security-Policy (if the server sends one)
 * would stop it. So a link, an image or a link definition may only be relative (`/en/…`, `#anchor`,
 * `other-page/`) or use one of SAFE_SCHEMES. Browsers read a scheme case-insensitively and drop tabs,
 * line breaks and control characters inside it (`Java\tScript:`), and Markdown decodes character
 * references (`&#106;avascript:`), so the scheme is read the same way here.
 *
 * Text that is shown as plain text (rule and tree texts, replies, front matter) cannot become a link
 * today, but it is copied, pasted and may be rendered as Markdown one day: a script scheme in it is
 * reported too (`scriptSchemeIn`), while ordinary words followed by a colon are not.
 */
export const SAFE_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', amp: '&', lpar: '(', rpar: ')', period: '.', nbsp: ' ' };

/** Numeric and the few named character references that can spell out a scheme. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));?/g, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal || hex) {
      const code = decimal ? Number(decimal) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED_ENTITIES[name!.toLowerCase()];
    return named !== undefined && Object.hasOwn(NAMED_ENTITIES, name!.toLowerCase()) ? named : whole;
  });
}

/** Whitespace and control characters, which a browser ignores inside a scheme or which hide it. */
const INVISIBLE = /[\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]+/gu;

/** The scheme of a link target as a browser would read it, lower-cased; undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  const cleaned = decodeCharacterReferences(url).replace(INVISIBLE, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
}

/** The scheme of a link target that is neither relative nor one of SAFE_SCHEMES, or undefined. */
export function unsafeScheme(url: string): string | undefined {
  const scheme = urlScheme(url);
  return scheme !== undefined && !SAFE_SCHEMES.includes(scheme) ? scheme : undefined;
}

/** What a browser drops from a URL without a trace: tabs, line breaks, control and zero-width characters. */
const DROPPED = /[\t\n\r\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]+/gu;

/** `javascript` as `j *a *v *a …`: spaces between the letters do not hide a scheme either. */
const spaced = (word: string) => [...word].join(' *');

/**
 * Schemes that run or carry code when followed: `javascript:`, `vbscript:`, `livescript:`, and
 * `data:` with a media type. Spaces, tabs, line breaks, control characters and character references
 * inside them are looked through, and case does not matter.
 */
const SCRIPT_SCHEME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${['javascript', 'vbscript', 'livescript'].map(spaced).join('|')}) *:|(${spaced('data')}) *: *(?:[a-z]+ */ *[a-z0-9.+-]+|,))`,
  'iu',
);

/** The script scheme written in a plain text, lower-cased, or undefined. */
export function scriptSchemeIn(text: string): string | undefined {
  if (!/[:;&]/.test(text)) return undefined;
  const match = SCRIPT_SCHEME.exec(decodeCharacterReferences(text).replace(DROPPED, ''));
  return match ? (match[1] ?? match[2]).replace(/ /g, '').toLowerCase() : undefined;
}

/** A link target as it can be shown in a one-line message: control characters spelled out, at most 60 characters. */
export function shownUrl(url: string): string {
  const visible = url.replace(/[\u0000-\u001F\u007F-\u009F]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > 60 ? `${visible.slice(0, 59)}…` : visible;
}

export const UNSAFE_LINK_NOTE = `Link only to pages of the handbook (relative links like /en/playbooks/…/) or to ${SAFE_SCHEMES.join(', ')} addresses.`;

/** Every string in parsed YAML that spells out a script scheme, with its field path. */
export function scriptSchemeFields(value: unknown): { path: (string | number)[]; scheme: string }[] {
  const found: { path: (string | number)[]; scheme: string }[] = [];
  const seen = new Set<object>();
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (typeof node === 'string') {
      const scheme = scriptSchemeIn(node);
      if (scheme) found.push({ path, scheme });
      continue;
    }
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((item, index) => [index, item]) : Object.entries(node);
    for (let index = entries.length - 1; index >= 0; index--) stack.push({ node: entries[index][1], path: [...path, entries[index][0]] });
  }
  return found;
}

/**
 * Unsafe link targets in a text shown as is (a reply): Markdown link targets with a scheme other
 * than SAFE_SCHEMES, and script schemes anywhere, each with its 1-based line and column.
 */
export function unsafeLinksInText(text: string): { line: number; column: number; scheme: string }[] {
  const found: { line: number; column: number; scheme: string }[] = [];
  text.split('\n').forEach((line, index) => {
    for (const target of line.matchAll(/\]\(\s*<?([^)>\s]+)/g)) {
      const scheme = unsafeScheme(target[1]);
      if (scheme) found.push({ line: index + 1, column: target.index + 3, scheme });
    }
    const scheme = scriptSchemeIn(line);
    if (scheme && !found.some((other) => other.line === index + 1)) {
      // The column of the first letter of the scheme where it is written plainly, else the line's start.
      const plain = line.toLowerCase().indexOf(scheme);
      found.push({ line: index + 1, column: plain >= 0 ? plain + 1 : 1, scheme });
    }
  });
  return found;
}
