/**
 * Fills an interface string. `{name}` is replaced by a parameter; a plural choice in ICU style,
 * `{count, plural, one {# result} other {# results}}`, picks its branch with Intl.PluralRules for the
 * locale (Polish has one/few/many, Finnish one/other…), so no language ever shows "1 results". `#` in a
 * branch stands for the number, formatted for the locale. Shared by the pages and the browser scripts,
 * so it stays small and dependency-free.
 */
export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, value: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(value);
}

/** The index just past the `}` that closes the `{` at `open`, or -1 when it is never closed. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index + 1;
  }
  return -1;
}

/** The branches of a plural block's body: `one {…} few {…} other {…}` (also `=0 {…}`). */
function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  const selector = /\s*(=\d+|[a-z]+)\s*\{/gy;
  let index = 0;
  for (;;) {
    selector.lastIndex = index;
    const match = selector.exec(body);
    if (!match) break;
    const open = selector.lastIndex - 1;
    const end = closingBrace(body, open);
    if (end < 0) break;
    branches.set(match[1]!, body.slice(open + 1, end - 1));
    index = end;
  }
  return branches;
}

export function formatMessage(locale: string, template: string, params: MessageParams = {}): string {
  // Most strings have no parameters; every page asks for a few hundred of them.
  if (!template.includes('{')) return template;
  let out = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    if (open < 0) break;
    out += template.slice(index, open);
    const end = closingBrace(template, open);
    if (end < 0) {
      out += template.slice(open);
      return out;
    }
    const inner = template.slice(open + 1, end - 1);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner);
    if (plural) {
      const value = Number(params[plural[1]!]);
      const branches = pluralBranches(inner.slice(plural[0].length));
      const branch = branches.get(`=${value}`) ?? branches.get(pluralCategory(locale, value)) ?? branches.get('other') ?? '';
      const number = Number.isFinite(value) ? value.toLocaleString(locale) : String(params[plural[1]!]);
      out += formatMessage(locale, branch.replace(/#/g, number), params);
    } else if (/^\w+$/.test(inner) && Object.hasOwn(params, inner)) {
      out += String(params[inner]);
    } else {
      out += template.slice(open, end);
    }
    index = end;
  }
  return out + template.slice(index);
}

/** The parameter names a string uses, plural selectors included (for the translation tests). */
export function messageParameters(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(/\{\s*(\w+)\s*(?:,\s*plural\s*,|\})/g)) names.add(match[1]!);
  return [...names].sort();
}
