import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** Where a finding sits in a file: 1-based line and column, like unist points. */
export interface Place {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Where a trimmed body (a template's reply, a playbook's MDX) starts in its file. */
export interface BodyStart {
  bodyLine: number;
  bodyColumn: number;
}

/** A 1-based point in a body -> the same point in its file; only the body's first line is shifted. */
export function bodyPointInFile(start: BodyStart, point: { line: number; column: number }): { line: number; column: number } {
  return { line: start.bodyLine + point.line - 1, column: point.line === 1 ? point.column + start.bodyColumn - 1 : point.column };
}

export interface FindingOptions {
  /** Stable id of the rule or check that produced the finding, e.g. `no-unkeepable-promises` or `schema`. */
  ruleId: string;
  /** Which part of the generator reported it: `schema`, `rules`, `trees`, `links`, `i18n`. */
  source?: string;
  /** Page that explains the rule, e.g. `/en/rules/stay-calm/`. */
  url?: string;
  /** How to fix it, shown after the message. */
  note?: string;
}

export interface Finding {
  path: string;
  reason: string;
  place: Place | undefined;
  /** true: an error; false: a warning; undefined: a note (information only, such as an allowed exception). */
  fatal: boolean | undefined;
  options: FindingOptions;
}

/**
 * Collects every finding of a run as vfile messages, one VFile per content file, so that the
 * build, `npm run check` and the tests report through one reporter and nothing stops at the first error.
 */
export class Diagnostics {
  readonly files = new Map<string, VFile>();

  file(path: string): VFile {
    let file = this.files.get(path);
    if (!file) {
      file = new VFile({ path });
      this.files.set(path, file);
    }
    return file;
  }

  error(path: string, reason: string, place: Place | undefined, options: FindingOptions): VFileMessage {
    return this.add(path, reason, place, options, true);
  }

  warn(path: string, reason: string, place: Place | undefined, options: FindingOptions): VFileMessage {
    return this.add(path, reason, place, options, false);
  }

  /** A note: information that fails nothing (vfile's `fatal: undefined`), such as a finding a template allows. */
  info(path: string, reason: string, place: Place | undefined, options: FindingOptions): VFileMessage {
    return this.add(path, reason, place, options, undefined);
  }

  private add(path: string, reason: string, place: Place | undefined, options: FindingOptions, fatal: boolean | undefined) {
    const message = this.file(path).message(reason, {
      place: place
        ? {
            start: { line: place.line, column: place.column },
            end: { line: place.endLine ?? place.line, column: place.endColumn ?? place.column },
          }
        : undefined,
      ruleId: options.ruleId,
      source: options.source,
    });
    message.fatal = fatal;
    if (options.url) message.url = options.url;
    if (options.note) message.note = options.note;
    return message;
  }

  /** Every finding as plain data, to cross a thread boundary; `add(...findings)` takes them back. */
  findings(messages: readonly VFileMessage[] = this.messages()): Finding[] {
    return messages.map((message) => ({
      path: String(message.file),
      reason: message.reason,
      place: message.place && 'start' in message.place
        ? { line: message.place.start.line, column: message.place.start.column, endLine: message.place.end.line, endColumn: message.place.end.column }
        : message.place
          ? { line: message.place.line, column: message.place.column }
          : undefined,
      fatal: message.fatal === true ? true : message.fatal === false ? false : undefined,
      options: { ruleId: message.ruleId ?? '', source: message.source, url: message.url, note: message.note },
    }));
  }

  addFindings(findings: Finding[]): void {
    for (const finding of findings) this.add(finding.path, finding.reason, finding.place, finding.options, finding.fatal);
  }

  /** Every finding, sorted by file, then line and column. */
  messages(): VFileMessage[] {
    return [...this.files.values()]
      .sort((a, b) => String(a.path).localeCompare(String(b.path)))
      .flatMap((file) =>
        [...file.messages].sort(
          (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
        ),
      );
  }

  get errorCount(): number {
    return this.messages().filter((m) => m.fatal === true).length;
  }

  get warningCount(): number {
    return this.messages().filter((m) => m.fatal === false).length;
  }

  get infoCount(): number {
    return this.messages().filter((m) => m.fatal !== true && m.fatal !== false).length;
  }
}
