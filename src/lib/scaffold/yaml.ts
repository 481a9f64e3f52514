/** Small helpers that write the YAML of generated files, each text quoted so any wording stays valid YAML. */

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML and escapes what needs escaping. */
export function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * A text per locale as YAML lines: `key:` at `indent` spaces, then one `locale: "text"` line each.
 * A key written `- key` starts a list item, its texts indented under the key.
 */
export function yamlLocalized(key: string, indent: number, texts: readonly (readonly [string, string])[]): string[] {
  const inner = indent + (key.startsWith('- ') ? 2 : 0) + 2;
  return [`${' '.repeat(indent)}${key}:`, ...texts.map(([locale, text]) => `${' '.repeat(inner)}${locale}: ${quote(text)}`)];
}
