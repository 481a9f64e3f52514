/**
 * A playbook's MDX body, parsed with the parser the build uses (satteri, under @astrojs/mdx), so
 * that `npm run check` reports what would otherwise stop the build with a bundler stack trace:
 * MDX syntax errors (an unclosed `<Template>`, say) and `{…}` expressions. A playbook has no
 * variables, so any expression fails when the page renders; the usual one is a placeholder such
 * as `{{customer_name}}` written in prose.
 */
import { mdxToMdast } from 'satteri';
import type { Diagnostics, Place } from './diagnostics.ts';
import type { Playbook } from './model.ts';

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface MdastNode {
  type: string;
  position?: { start: Point; end: Point };
  children?: MdastNode[];
}

export function checkPlaybookMdx(playbook: Playbook, diagnostics: Diagnostics): void {
  const { body, origin } = playbook;
  // Points in the body -> points in the file: the body starts at bodyLine, and bodyColumn on its first line.
  const inFile = (point: { line: number; column: number }) => ({
    line: playbook.bodyLine + point.line - 1,
    column: point.line === 1 ? point.column + playbook.bodyColumn - 1 : point.column,
  });
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body) as MdastNode;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const parsed = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \(([^)]+)\))?$/s.exec(text);
    const place: Place | undefined = parsed ? inFile({ line: Number(parsed[1]), column: Number(parsed[2]) }) : undefined;
    diagnostics.error(origin.file, `MDX syntax error: ${parsed ? parsed[3] : text}`, place, {
      ruleId: 'mdx-syntax',
      source: 'schema',
      note: 'Close every component tag (`<Template id="…" />` ends with `/>`), and write a literal `<` or `{` as `\\<` or `\\{`.',
    });
    return;
  }
  const visit = (node: MdastNode) => {
    if ((node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && node.position) {
      const { start, end } = node.position;
      const written = start.offset !== undefined && end.offset !== undefined ? body.slice(start.offset, end.offset) : '{…}';
      const from = inFile(start);
      const to = inFile(end);
      diagnostics.error(origin.file, `Curly braces in a playbook start an MDX expression, which breaks the build: ${written}`, { ...from, endLine: to.line, endColumn: to.column }, {
        ruleId: 'mdx-expression',
        source: 'schema',
        note: /^\{\{[\w-]+\}\}$/.test(written)
          ? `To name a placeholder, write it as code: \`${written}\`.`
          : 'Write literal braces as `\\{` and `\\}`, or put the text in `code`.',
      });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
}
