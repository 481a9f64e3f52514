/**
 * What a customer reads in a reply, as blocks of text the patterns run on. The body is parsed with
 * remark (unified + remark-parse); each paragraph, heading or table cell becomes one block made of all
 * its inline text, so words split by Markdown markup ("in **10** minutes") still read as one phrase,
 * while separate paragraphs never run into each other. Nothing the reader sees is skipped: text,
 * code, raw HTML, image alt texts and link titles all count (the reply is posted as written, so
 * only link targets, which X shortens and nobody reads as wording, are left out).
 * Every character of a block maps back to its offset in the body, so findings land on the words.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Node, Parent } from 'unist';
import { PLACEHOLDER } from './placeholders.ts';

export interface TextBlock {
  text: string;
  /** Body offset of the block's first character. */
  start: number;
  /**
   * Body offset of each character of `text`, plus one entry for its end, when the block is not one
   * contiguous stretch of the body; undefined means `text` is body[start, start + text.length).
   */
  offsets?: number[];
}

/** The body offset of a block's character (or of its end, for index === text.length). */
export function bodyOffset(block: TextBlock, index: number): number {
  return block.offsets ? block.offsets[index] : block.start + index;
}

/** Body [start, end) of a block's [start, end): the end follows the range's last character. */
export function bodyRange(block: TextBlock, start: number, end: number): [number, number] {
  if (!block.offsets) return [block.start + start, block.start + end];
  const from = block.offsets[start];
  return end > start ? [from, block.offsets[end - 1] + 1] : [from, from];
}

interface Piece {
  start: number;
  end: number;
  /** Text that is not a plain slice of the body (a title remark could not locate): all of it maps to `start`. */
  text?: string;
}

const parser = unified().use(remarkParse);

/**
 * Anything that could make the body more than paragraphs of plain text in CommonMark. Bodies without
 * it (most replies) are split into paragraphs directly, with the same result as remark, far faster.
 */
const MAYBE_MARKDOWN =
  /[*_`<[\]\\]|!\[|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|[-+=]|\d{1,9}[.)](?:[ \t]|$)|~~~)|^(?: {4}|\t)/imu;

export function readableBlocks(body: string): TextBlock[] {
  if (!MAYBE_MARKDOWN.test(body.replace(PLACEHOLDER, ''))) return plainParagraphs(body);
  const blocks: TextBlock[] = [];
  walkBlocks(parser.parse(body), body, blocks);
  return blocks;
}

/** Paragraphs separated by blank (or whitespace-only) lines, trimmed like remark trims them. */
function plainParagraphs(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = -1;
  let end = -1;
  let lineStart = 0;
  while (lineStart <= body.length) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const line = body.slice(lineStart, lineEnd);
    const content = line.trim();
    if (content) {
      if (start === -1) start = lineStart + (line.length - line.trimStart().length);
      end = lineEnd - (line.length - line.trimEnd().length);
    } else if (start !== -1) {
      blocks.push({ text: body.slice(start, end), start });
      start = -1;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (start !== -1) blocks.push({ text: body.slice(start, end), start });
  return blocks;
}

type MdNode = Node & {
  children?: MdNode[];
  value?: string;
  alt?: string | null;
  title?: string | null;
};

const range = (node: Node): Piece => ({ start: node.position!.start.offset!, end: node.position!.end.offset! });
const PHRASING_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const LITERAL_BLOCKS = new Set(['code', 'html']);

function walkBlocks(node: MdNode, body: string, blocks: TextBlock[]) {
  if (!node.position) return;
  if (PHRASING_BLOCKS.has(node.type)) {
    const pieces: Piece[] = [];
    collectInline(node, body, pieces);
    const block = joinPieces(pieces, body);
    if (block) blocks.push(block);
    return;
  }
  if (LITERAL_BLOCKS.has(node.type)) {
    const piece = range(node);
    if (piece.end > piece.start) blocks.push({ text: body.slice(piece.start, piece.end), start: piece.start });
    return;
  }
  if (node.type === 'definition' && node.title) {
    const block = joinPieces([locateTitle(node, body)], body);
    if (block) blocks.push(block);
    return;
  }
  for (const child of (node as Parent as MdNode).children ?? []) walkBlocks(child, body, blocks);
}

function collectInline(node: MdNode, body: string, pieces: Piece[]) {
  for (const child of node.children ?? []) {
    if (!child.position) continue;
    switch (child.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        pieces.push(range(child));
        break;
      case 'image':
      case 'imageReference': {
        const alt = locateAlt(child, body);
        if (alt) pieces.push(alt);
        if (child.title) pieces.push(locateTitle(child, body));
        break;
      }
      case 'break':
        break;
      default:
        collectInline(child, body, pieces);
        if (child.type === 'link' && child.title) pieces.push(locateTitle(child, body));
    }
  }
}

/** The raw alt text of `![alt](…)` or `![alt][ref]`, as written. */
function locateAlt(node: MdNode, body: string): Piece | undefined {
  const { start, end } = range(node);
  const match = /^!\[((?:\\.|[^\]\\])*)\]/s.exec(body.slice(start, end));
  if (match && match[1].trim()) return { start: start + 2, end: start + 2 + match[1].length };
  return node.alt ? { start, end: start, text: node.alt } : undefined;
}

/** The raw title of a link, image or definition: the quoted (or parenthesised) text at its end. */
function locateTitle(node: MdNode, body: string): Piece {
  const { start, end } = range(node);
  const source = body.slice(start, end);
  const match = /\s("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\((?:\\.|[^()\\])*\))\s*\)?\s*$/s.exec(source);
  if (match) {
    const open = start + match.index + match[0].indexOf(match[1]) + 1;
    return { start: open, end: open + match[1].length - 2 };
  }
  return { start, end: start, text: node.title ?? '' };
}

/** Joins a block's pieces: directly across emphasis markers, with one space across anything else. */
function joinPieces(pieces: Piece[], body: string): TextBlock | undefined {
  const kept = pieces.filter((piece) => (piece.text ?? body.slice(piece.start, piece.end)).length > 0);
  if (kept.length === 0) return undefined;
  if (kept.length === 1 && kept[0].text === undefined) return { text: body.slice(kept[0].start, kept[0].end), start: kept[0].start };
  let text = '';
  const offsets: number[] = [];
  let previousEnd = -1;
  for (const piece of kept) {
    if (previousEnd !== -1) {
      const adjacent = piece.text === undefined && piece.start >= previousEnd && /^[*_~]*$/.test(body.slice(previousEnd, piece.start));
      if (!adjacent) {
        text += ' ';
        offsets.push(previousEnd);
      }
    }
    if (piece.text !== undefined) {
      text += piece.text;
      for (let index = 0; index < piece.text.length; index++) offsets.push(piece.start);
    } else {
      text += body.slice(piece.start, piece.end);
      for (let offset = piece.start; offset < piece.end; offset++) offsets.push(offset);
    }
    previousEnd = piece.text !== undefined ? piece.start : piece.end;
  }
  offsets.push(previousEnd);
  return { text, start: offsets[0], offsets };
}
