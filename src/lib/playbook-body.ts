/**
 * A playbook's MDX body, read once with the parser the build uses (satteri, under @astrojs/mdx):
 * the components it embeds, with their ids and places, for the reference checks; and what would
 * otherwise stop the build with a bundler stack trace, reported at its line: MDX syntax errors (an
 * unclosed `<Template>`, say) and `{…}` expressions. A playbook has no variables, so any expression
 * fails when the page renders; the usual one is a placeholder such as `{{customer_name}}` in prose.
 */
import { mdxToMdast } from 'satteri';
import { bodyPointInFile, type BodyStart, type Place } from './diagnostics.ts';

export interface ComponentUse {
  name: string;
  id: string | undefined;
  line: number;
  column: number;
}

export interface BodyProblem {
  ruleId: 'mdx-syntax' | 'mdx-expression';
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
  const visit = (node: MdastNode) => {
    const position = node.position;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && position) {
      const id = node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
      result.uses.push({ name: node.name, id: typeof id === 'string' ? id : undefined, ...bodyPointInFile(start, position.start) });
    }
    if ((node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && position) {
      const from = position.start.offset;
      const written = from !== undefined && position.end.offset !== undefined ? body.slice(from, position.end.offset) : '{…}';
      const to = bodyPointInFile(start, position.end);
      result.problems.push({
        ruleId: 'mdx-expression',
        reason: `Curly braces in a playbook start an MDX expression, which breaks the build: ${written}`,
        place: { ...bodyPointInFile(start, position.start), endLine: to.line, endColumn: to.column },
        note: /^\{\{[\w-]+\}\}$/.test(written)
          ? `To name a placeholder, write it as code: \`${written}\`.`
          : 'Write literal braces as `\\{` and `\\}`, or put the text in `code`.',
      });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
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
