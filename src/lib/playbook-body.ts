/**
 * A playbook's MDX body, read once with the parser the build uses (satteri, under @astrojs/mdx):
 * the components it embeds, with their ids and places, for the reference checks; and what would
 * otherwise stop the build with a bundler stack trace, reported at its line: MDX syntax errors (an
 * unclosed `<Template>`, say) and `{…}` expressions. A playbook has no variables, so any expression
 * fails when the page renders; the usual one is a placeholder such as `{{customer_name}}` in prose.
 */
import { mdxToMdast } from 'satteri';
import { bodyPointInFile, type BodyStart, type Place } from './diagnostics.ts';
import { scriptSchemeIn, shownUrl, UNSAFE_LINK_NOTE, unsafeScheme } from './links/safe-links.ts';

export interface ComponentUse {
  name: string;
  /** The id attribute when it is a plain string. */
  id: string | undefined;
  /** The id was written, but as an expression (`id={"x"}`): reported here, not as a missing id. */
  idIsExpression?: boolean;
  line: number;
  column: number;
}

export interface BodyProblem {
  ruleId: 'mdx-syntax' | 'mdx-expression' | 'mdx-esm' | 'unsafe-link';
  reason: string;
  place: Place | undefined;
  note: string;
}

export interface PlaybookBody {
  uses: ComponentUse[];
  problems: BodyProblem[];
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface MdastNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: Point; end: Point };
  children?: MdastNode[];
}

export function readPlaybookBody(body: string, start: BodyStart = { bodyLine: 1, bodyColumn: 1 }): PlaybookBody {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body) as MdastNode;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const parsed = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \(([^)]+)\))?$/s.exec(text);
    return {
      uses: [],
      problems: [{
        ruleId: 'mdx-syntax',
        reason: `MDX syntax error: ${parsed ? parsed[3] : text}`,
        place: parsed ? bodyPointInFile(start, { line: Number(parsed[1]), column: Number(parsed[2]) }) : undefined,
        note: 'Close every component tag (`<Template id="…" />` ends with `/>`), and write a literal `<` or `{` as `\\<` or `\\{`.',
      }],
    };
  }
  const result: PlaybookBody = { uses: [], problems: [] };
  const at = (point: Point) => bodyPointInFile(start, point);
  // Iteratively, in document order: a deeply nested body must not overflow the stack.
  const stack: MdastNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const position = node.position;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && position) {
      const place = at(position.start);
      const attribute = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'id');
      const idIsExpression = attribute !== undefined && typeof attribute.value === 'object' && attribute.value !== null;
      result.uses.push({ name: node.name, id: typeof attribute?.value === 'string' ? attribute.value : undefined, ...(idIsExpression ? { idIsExpression } : {}), ...place });
      for (const candidate of node.attributes ?? []) {
        const expression = candidate.type === 'mdxJsxExpressionAttribute' ? candidate.value : (candidate.value as { value?: unknown } | null | undefined)?.value;
        if (candidate.type !== 'mdxJsxExpressionAttribute' && (typeof candidate.value !== 'object' || candidate.value === null)) continue;
        const written = `{${String(expression ?? '…')}}`;
        result.problems.push(candidate.name === 'id'
          ? {
              ruleId: 'mdx-expression',
              reason: `The id of <${node.name}> must be a plain string, not an expression: id=${written}`,
              place,
              note: `Write the id in quotes: <${node.name} id="${/^\s*["'`]([^"'`]*)["'`]\s*$/.exec(String(expression))?.[1] ?? '…'}" />.`,
            }
          : {
              ruleId: 'mdx-expression',
              reason: `<${node.name}> has an expression attribute ${candidate.name ? `${candidate.name}=${written}` : written}: code in a playbook would run when the site is built`,
              place,
              note: `Components take only a plain id: <${node.name} id="…" />.`,
            });
      }
    }
    if (node.type === 'mdxjsEsm' && position) {
      // One finding per statement, at its own line: the node holds every consecutive import and export.
      const lines = String(node.value ?? '').split('\n');
      lines.forEach((line, index) => {
        const statement = /^\s*(import|export)\b/.exec(line);
        if (!statement) return;
        result.problems.push({
          ruleId: 'mdx-esm',
          reason: `A playbook cannot ${statement[1]} code: ${line.trim().slice(0, 80)}`,
          place: at({ line: position.start.line + index, column: index === 0 ? position.start.column : 1 + line.length - line.trimStart().length }),
          note: 'Remove the line: the four components (<Template>, <Tree>, <Checklist>, <Rule>) need no import, and code in a playbook would run when the site is built.',
        });
      });
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string' && position) {
      const scheme = unsafeScheme(node.url);
      if (scheme) {
        const to = at(position.end);
        result.problems.push({
          ruleId: 'unsafe-link',
          reason: `${node.type === 'image' ? 'An image' : node.type === 'definition' ? 'A link definition' : 'A link'} to a "${scheme}:" address: ${shownUrl(node.url)}`,
          place: { ...at(position.start), endLine: to.line, endColumn: to.column },
          note: UNSAFE_LINK_NOTE,
        });
      }
    }
    if (node.type === 'text' && typeof node.value === 'string' && position) {
      const scheme = scriptSchemeIn(node.value);
      if (scheme) {
        result.problems.push({
          ruleId: 'unsafe-link',
          reason: `A "${scheme}:" address in the text, which runs code when it is followed`,
          place: at(position.start),
          note: UNSAFE_LINK_NOTE,
        });
      }
    }
    if ((node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && position) {
      const from = position.start.offset;
      const written = from !== undefined && position.end.offset !== undefined ? body.slice(from, position.end.offset) : '{…}';
      const to = at(position.end);
      result.problems.push({
        ruleId: 'mdx-expression',
        reason: `Curly braces in a playbook start an MDX expression, which breaks the build: ${written}`,
        place: { ...at(position.start), endLine: to.line, endColumn: to.column },
        note: /^\{\{[\w-]+\}\}$/.test(written)
          ? `To name a placeholder, write it as code: \`${written}\`.`
          : 'Write literal braces as `\\{` and `\\}`, or put the text in `code`.',
      });
    }
    for (let index = (node.children?.length ?? 0) - 1; index >= 0; index--) stack.push(node.children![index]);
  }
  return result;
}

/**
 * The text of the Markdown heading right above a component tag (`## First 15 minutes` then
 * `<Checklist id="first-15" />`), if there is one: a checklist under a heading that already says its
 * title need not say it again.
 */
export function headingAbove(body: string, name: string, id: string): string | undefined {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^#{1,6}[ \\t]+(.+?)[ \\t#]*\\r?\\n(?:[ \\t]*\\r?\\n)*[ \\t]*<${name}\\s+id=["']${escaped}["']`, 'm').exec(body);
  return match?.[1].trim();
}

/**
 * The id of the first checklist a playbook's body shows (`<Checklist id="first-15" />`), read with the
 * build's parser, so a tag inside a code block does not count: the playbook's "go straight to the
 * checklist" link points at it.
 */
export function firstChecklistShown(body: string): string | undefined {
  return readPlaybookBody(body).uses.find((use) => use.name === 'Checklist' && use.id !== undefined)?.id;
}
