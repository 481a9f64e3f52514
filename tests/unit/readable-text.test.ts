import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import type { Paragraph } from 'mdast';
import { bodyOffset, bodyRange, readableBlocks, type TextBlock } from '../../src/lib/rules/readable-text.ts';

const texts = (body: string) => readableBlocks(body).map((block) => block.text);

/** Each character of a block, as the body character it maps to (separators map to a gap). */
const mapsBack = (body: string, block: TextBlock) =>
  [...block.text].every((char, index) => char === ' ' || body[bodyOffset(block, index)] === char);

describe('readable text', () => {
  it('takes plain replies as their paragraphs, exactly where remark puts them', () => {
    const viaRemark = (body: string) => {
      const blocks: [number, number][] = [];
      visit(unified().use(remarkParse).parse(body), 'paragraph', (node: Paragraph) => {
        blocks.push([node.children[0].position!.start.offset!, node.children.at(-1)!.position!.end.offset!]);
      });
      return blocks;
    };
    const bodies = [
      'Hi {{customer_name}}, thanks.\nWe are on it.\n\nBest,\n{{agent_name}}',
      'One line only',
      'Kiitos viestistä.\n\n\nTerveisin, tiimi',
      '  Indented first line\n  and a second one  \n   \nAfter a whitespace-only line.',
      'Thanks! See #support, 10.30 works; 50% off.',
    ];
    for (const body of bodies) {
      expect(readableBlocks(body).map((block) => [block.start, block.start + block.text.length])).toEqual(viaRemark(body));
    }
  });

  it('keeps paragraphs apart, so a phrase never runs across a blank line', () => {
    expect(texts('We will call you in\n\n10 minutes')).toEqual(['We will call you in', '10 minutes']);
  });

  it('joins words split by emphasis into one phrase that maps back to the body', () => {
    const body = 'We will call you **in 10** minutes.';
    const [block] = readableBlocks(body);
    expect(block.text).toBe('We will call you in 10 minutes.');
    expect(mapsBack(body, block)).toBe(true);
    const start = block.text.indexOf('in 10');
    expect(bodyRange(block, start, start + 'in 10 minutes'.length)).toEqual([body.indexOf('in 10'), body.indexOf(' minutes') + ' minutes'.length]);
  });

  it('reads link text and titles, image alt text, code and raw HTML, but not link targets', () => {
    const body = 'See [our page](https://x.test/hacked "we were hacked") and ![a hacker](pic.png) or `code` <b>bold</b>.';
    const [block] = readableBlocks(body);
    expect(block.text).toContain('our page');
    expect(block.text).toContain('we were hacked');
    expect(block.text).toContain('a hacker');
    expect(block.text).toContain('`code`');
    expect(block.text).toContain('<b>');
    expect(block.text).not.toContain('x.test');
    expect(block.text).not.toContain('pic.png');
    expect(mapsBack(body, block)).toBe(true);
  });

  it('reads headings, list items, quotes and code blocks as separate blocks', () => {
    expect(texts('# Hello\n\n- first\n- second\n\n> quoted\n\n    code line')).toEqual(['Hello', 'first', 'second', 'quoted', '    code line']);
  });

  it('separates text across a hard line break', () => {
    expect(texts('call you in\\\n10 minutes')).toEqual(['call you in 10 minutes']);
  });
});
