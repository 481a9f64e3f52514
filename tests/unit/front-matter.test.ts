import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/lib/load/front-matter.ts';

describe('splitFrontMatter', () => {
  it('splits YAML from the body and counts lines', () => {
    const split = splitFrontMatter('---\ntitle: A\nkind: b\n---\nHello\n');
    expect(split.yaml).toBe('title: A\nkind: b');
    expect(split.body).toBe('Hello\n');
    expect(split.bodyLine).toBe(5);
  });
  it('handles CRLF and a byte-order mark', () => {
    const split = splitFrontMatter('\uFEFF---\r\ntitle: A\r\n---\r\nBody');
    expect(split.yaml).toBe('title: A');
    expect(split.body).toBe('Body');
    expect(split.bodyLine).toBe(4);
  });
  it('returns no YAML when there is no front matter', () => {
    expect(splitFrontMatter('Just text').yaml).toBeUndefined();
  });
});
