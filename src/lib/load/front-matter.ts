export interface FrontMatterSplit {
  /** The YAML between the `---` fences, or undefined when the file has none. */
  yaml: string | undefined;
  /** True when the file opens a front matter with `---` but never closes it. */
  unclosed: boolean;
  /** 1-based line of the first YAML line (the line after the opening fence). */
  yamlLine: number;
  /** Everything after the closing fence. */
  body: string;
  /** 1-based line where `body` starts in the file. */
  bodyLine: number;
}

/** Splits a Markdown/MDX file into its YAML front matter and body, keeping line numbers. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const source = text.replace(/^\uFEFF/, '');
  // The YAML may be empty (`---` right after `---`); the fields it lacks are then reported one by one.
  const match = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)??---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) {
    return { yaml: undefined, unclosed: /^---[ \t]*\r?$/m.test(source.split('\n', 1)[0]), yamlLine: 1, body: source, bodyLine: 1 };
  }
  const bodyLine = match[0].split('\n').length;
  return {
    yaml: match[1] ?? '',
    unclosed: false,
    yamlLine: 2,
    body: source.slice(match[0].length),
    bodyLine: match[0].endsWith('\n') ? bodyLine : bodyLine + 1,
  };
}
