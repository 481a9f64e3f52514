import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeAuthorText, firstInvalidUtf8, readAuthorFile, scanCharacters } from '../../src/lib/load/read-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));
const problem = (result: ReturnType<typeof decodeAuthorText>) => result.problems.map(({ ruleId, line, column }) => `${ruleId} ${line}:${column}`);

describe('decodeAuthorText', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeAuthorText(bytes([0xef, 0xbb, 0xbf], 'Szia, ő és ș\n'))).toEqual({ text: 'Szia, ő és ș\n', problems: [] });
  });

  it('reports Latin-1, Latin-2 and Windows-1250 bytes at their line and column', () => {
    // "Más información" in Latin-1: á is 0xE1.
    const latin1 = decodeAuthorText(bytes('title: x\n', 'M', [0xe1], 's'));
    expect(latin1.text).toBeUndefined();
    expect(problem(latin1)).toEqual(['file-encoding 2:2']);
    expect(latin1.problems[0].reason).toContain('byte 0xE1');
    // "Więcej" in Latin-2: ę is 0xEA, then "c" is not a continuation byte.
    expect(problem(decodeAuthorText(bytes('ab\ncd\nWi', [0xea], 'cej')))).toEqual(['file-encoding 3:3']);
    // "több" in Windows-1250: ö is 0xF6.
    expect(problem(decodeAuthorText(bytes('ő ', 't', [0xf6], 'bb')))).toEqual(['file-encoding 1:4']);
  });

  it('reports UTF-16 and UTF-32, with or without a byte-order mark', () => {
    const text = 'title: Holding reply\nkind: holding\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeAuthorText(new Uint8Array([0xff, 0xfe, ...le])).problems[0].reason).toContain('UTF-16 (it starts with a UTF-16 byte-order mark)');
    expect(decodeAuthorText(new Uint8Array([0xfe, 0xff, ...be])).problems[0].reason).toContain('UTF-16');
    expect(decodeAuthorText(new Uint8Array(le)).problems[0].reason).toContain('UTF-16 (little-endian, without a byte-order mark)');
    expect(decodeAuthorText(new Uint8Array(be)).problems[0].reason).toContain('UTF-16 (big-endian, without a byte-order mark)');
    expect(decodeAuthorText(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])).problems[0].reason).toContain('UTF-32');
  });

  it('knows overlong forms, encoded surrogates and truncated sequences are not UTF-8', () => {
    expect(firstInvalidUtf8(bytes('ok'))).toBe(-1);
    expect(firstInvalidUtf8(bytes('a', [0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(bytes('ab', [0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(bytes('abc', [0xe2, 0x82]))).toBe(3);
    expect(firstInvalidUtf8(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(bytes('😀 ő'))).toBe(-1);
  });
});

describe('scanCharacters', () => {
  it('reports control characters and bidirectional controls at their place, and nothing in ordinary text', () => {
    expect(scanCharacters('Tab\tand lines\r\nare fine. Zażółć, ő, ș, ä.')).toEqual([]);
    const found = scanCharacters('Hi\u0000 there\n\u001b[31m \u202Eevil\u202C and \u2066x\u2069 \u007f \u0085');
    expect(found.map(({ line, column, reason }) => `${line}:${column} ${reason.split(':')[0]}`)).toEqual([
      '1:3 Control character U+0000 (NUL)',
      '2:1 Control character U+001B (ESC)',
      '2:7 Bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE)',
      '2:12 Bidirectional control character U+202C (POP DIRECTIONAL FORMATTING)',
      '2:18 Bidirectional control character U+2066 (LEFT-TO-RIGHT ISOLATE)',
      '2:20 Bidirectional control character U+2069 (POP DIRECTIONAL ISOLATE)',
      '2:22 Control character U+007F (DEL)',
      '2:24 Control character U+0085 (C1 control)',
    ]);
    expect(found.every((problem) => problem.ruleId === 'control-character' && !problem.warning)).toBe(true);
  });

  it('warns about a replacement character left by an earlier wrong conversion', () => {
    const [found] = scanCharacters('Más\ninformaci\uFFFDn');
    expect(found).toMatchObject({ ruleId: 'control-character', warning: true, line: 2, column: 10 });
  });
});

describe('readAuthorFile', () => {
  it('never blocks on a named pipe or a socket, and names dangling or looping links, folders and huge files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'read-text-'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    await symlink(join(dir, 'missing.md'), join(dir, 'dangling.md'));
    await symlink(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
    await symlink(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
    await mkdir(join(dir, 'folder.md'));
    await writeFile(join(dir, 'huge.md'), Buffer.alloc(2 * 1024 * 1024 + 1, 0x61));
    await writeFile(join(dir, 'fine.md'), 'Hello\n');
    const reason = async (name: string) => (await readAuthorFile(join(dir, name))).problems.map((found) => found.reason).join();
    expect(await reason('pipe.md')).toBe('Cannot read this file: it is a named pipe (FIFO), not a regular file');
    expect(await reason('dangling.md')).toBe('Cannot read this file: it is a symbolic link to a file that does not exist');
    expect(await reason('loop-a.md')).toBe('Cannot read this file: it is a loop of symbolic links');
    expect(await reason('folder.md')).toBe('Cannot read this file: it is a folder, not a regular file');
    expect(await reason('huge.md')).toBe('This file is 2.0 MiB, more than the 2 MiB a handbook file may have');
    expect(await readAuthorFile(join(dir, 'fine.md'))).toEqual({ text: 'Hello\n', problems: [] });
  });
});
