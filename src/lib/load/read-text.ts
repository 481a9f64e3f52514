/**
 * Reads an author's file as text without ever hanging, crashing or guessing. A named pipe, a socket
 * or a device would block a plain read forever, a dangling symbolic link throws, a huge file fills
 * the memory, and a file in another encoding (Latin-1, Latin-2, UTF-16) would decode to "informaci�n"
 * and pass: each of these is a finding with the file (and the line, where there is one) instead.
 * The text of a file that can be read is then scanned for characters that must not reach a reply
 * or a page: control characters and the bidirectional overrides that can make text read differently
 * from what it is.
 */
import { open, stat } from 'node:fs/promises';
import { constants } from 'node:fs';

/** Larger than any handbook file should be; a bigger one is almost surely not what the author meant to put there. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface TextProblem {
  ruleId: 'unreadable-file' | 'file-encoding' | 'control-character';
  reason: string;
  note: string;
  line?: number;
  column?: number;
  /** A warning (a replacement character already in the text) rather than an error. */
  warning?: boolean;
}

export type ReadResult = { text: string; problems: TextProblem[] } | { text: undefined; problems: TextProblem[] };

const UNREADABLE_NOTE = 'Replace it with an ordinary file, or move it out of the handbook.';

/** What kind of thing a non-regular file is, for the message. */
function describeKind(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** Why a file could not be opened, in words: a dangling link, a loop of links, no permission. */
export function describeOpenError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'it is a symbolic link to a file that does not exist';
    case 'ELOOP':
      return 'it is a loop of symbolic links';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Opens without blocking (a FIFO opens at once instead of waiting for a writer), checks that what
 * was opened is a regular file of a sane size, and only then reads it.
 */
export async function readAuthorFile(path: string): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    // A socket cannot even be opened (ENXIO): say what it is rather than what open() said.
    const kind = await stat(path).then((stats) => (stats.isFile() ? undefined : describeKind(stats)), () => undefined);
    const reason = kind ? `it is ${kind}, not a regular file` : describeOpenError(error);
    return { text: undefined, problems: [{ ruleId: 'unreadable-file', reason: `Cannot read this file: ${reason}`, note: UNREADABLE_NOTE }] };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      return { text: undefined, problems: [{ ruleId: 'unreadable-file', reason: `Cannot read this file: it is ${describeKind(stats)}, not a regular file`, note: UNREADABLE_NOTE }] };
    }
    if (stats.size > MAX_FILE_BYTES) {
      return {
        text: undefined,
        problems: [{ ruleId: 'unreadable-file', reason: `This file is ${(stats.size / 1024 / 1024).toFixed(1)} MiB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MiB a handbook file may have`, note: 'Split it into smaller files, or move it out of the handbook if it is not content.' }],
      };
    }
    const bytes = await handle.readFile();
    return decodeAuthorText(bytes);
  } catch (error) {
    return { text: undefined, problems: [{ ruleId: 'unreadable-file', reason: `Cannot read this file: ${describeOpenError(error)}`, note: UNREADABLE_NOTE }] };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

const SAVE_AS_UTF8 = 'Save the file as UTF-8 (in most editors: "Save with encoding" or "Reopen with encoding", then UTF-8).';

/** 1-based line and column of a byte offset, counting characters (not bytes) on the line. */
function bytePlace(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  // Columns count characters: the valid UTF-8 before the offset on this line, decoded.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    if (byte < 0x80) {
      index++;
      continue;
    }
    let length: number;
    let min: number;
    if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80];
    else if (byte >= 0xe0 && byte <= 0xef) [length, min] = [3, 0x800];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    if (index + length > bytes.length) return index;
    let code = byte & (0xff >> (length + 1));
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if ((continuation & 0xc0) !== 0x80) return index;
      code = (code << 6) | (continuation & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return index;
    index += length;
  }
  return -1;
}

/** Whether the bytes look like UTF-16 without a byte-order mark: ASCII text with a NUL beside every letter. */
function looksLikeUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'le';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'be';
  return undefined;
}

/** The bytes of a file as text, or the reason they are not UTF-8 text, with the line where that shows. */
export function decodeAuthorText(bytes: Uint8Array): ReadResult {
  const encodingError = (reason: string, place?: { line: number; column: number }): ReadResult => ({
    text: undefined,
    problems: [{ ruleId: 'file-encoding', reason, note: SAVE_AS_UTF8, ...place }],
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const utf32 = bytes[0] === 0xff && bytes[2] === 0 && bytes[3] === 0;
    return encodingError(`The file is encoded as ${utf32 ? 'UTF-32' : 'UTF-16'} (it starts with a ${utf32 ? 'UTF-32' : 'UTF-16'} byte-order mark), not UTF-8`, { line: 1, column: 1 });
  }
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) return encodingError(`The file is encoded as UTF-16 (${utf16 === 'le' ? 'little' : 'big'}-endian, without a byte-order mark), not UTF-8`, { line: 1, column: 1 });
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const byte = bytes[invalid].toString(16).toUpperCase().padStart(2, '0');
    return encodingError(
      `The file is not valid UTF-8: byte 0x${byte} cannot start or continue a character here; it is probably in a legacy encoding such as Latin-1 or Latin-2 (Windows-1252, Windows-1250), where it would be a letter like é or ą`,
      bytePlace(bytes, invalid),
    );
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { text, problems: scanCharacters(text) };
}

/** Names of the characters reported, for the message. */
const NAMED: Record<number, string> = {
  0x00: 'NUL',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/**
 * C0 controls other than tab, line feed and carriage return, DEL, the C1 controls, and the Unicode
 * bidirectional embeddings, overrides and isolates. None has a place in a reply or a page: a control
 * character is invisible but reaches the clipboard, and an override reverses how text reads.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: offset - lineStart + 1 };
}

export function scanCharacters(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  const placeOf = (offset: number) => {
    for (; scanned < offset; scanned++) {
      if (text.charCodeAt(scanned) === 0x0a) {
        line++;
        lineStart = scanned + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  };
  for (const match of text.matchAll(FORBIDDEN)) {
    const code = match[0].codePointAt(0)!;
    const name = NAMED[code] ?? (code >= 0x80 ? 'C1 control' : 'C0 control');
    const bidi = code >= 0x202a;
    problems.push({
      ruleId: 'control-character',
      reason: `${bidi ? 'Bidirectional control character' : 'Control character'} U+${code.toString(16).toUpperCase().padStart(4, '0')} (${name}): invisible, but it would reach the page and the copied text`,
      note: bidi
        ? 'Delete it: it changes the order in which the text around it is displayed. Retype the text if it reads oddly.'
        : 'Delete it (it is invisible in most editors: retype the words around it if you cannot find it).',
      ...placeOf(match.index),
    });
    // Twenty are enough to show that something pasted them in; more would bury the other findings.
    if (problems.length >= 20) break;
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) {
    problems.push({
      ruleId: 'control-character',
      reason: 'Replacement character U+FFFD (�): text that was damaged by a wrong encoding before it was saved',
      note: 'Retype the letter that should be here.',
      warning: true,
      ...lineColumn(text, replacement),
    });
  }
  return problems;
}
