/**
 * The one reporter, used by the build, `npm run check` and the tests:
 *   text: `path:line:column  error|warning  message  rule-id`, one line per finding (two spaces
 *         between columns), optionally each followed by an indented note with the rule's page,
 *         then a summary line `N errors, M warnings`;
 *   json: the same findings as an array of objects.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { VFileMessage } from 'vfile-message';

export interface Finding {
  file: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  severity: 'error' | 'warning' | 'info';
  message: string;
  ruleId: string | null;
  source: string | null;
  url: string | null;
  note: string | null;
}

export interface FormatOptions {
  format?: 'text' | 'json';
  /** Absolute file paths are shown relative to this folder; relative ones (to the handbook root) as they are. */
  cwd?: string;
  /** Text only: print each finding's note and rule page on an indented line below it. */
  notes?: boolean;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function displayPath(file: string | undefined, cwd: string | undefined): string {
  if (!file) return '<unknown>';
  if (!cwd || !isAbsolute(file)) return file;
  const shown = relative(cwd, file);
  return (shown || '.').split(sep).join('/');
}

export function toFinding(message: VFileMessage, cwd?: string): Finding {
  const end = message.place && 'end' in message.place ? message.place.end : undefined;
  return {
    file: displayPath(message.file, cwd),
    line: message.line ?? null,
    column: message.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    message: oneLine(message.reason),
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    url: message.url ?? null,
    note: message.note ? oneLine(message.note) : null,
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `N errors, M warnings`, and `, K notes` when there are notes. */
export function summarize(findings: readonly Pick<Finding, 'severity'>[]): string {
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  const notes = count('info');
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}${notes ? `, ${plural(notes, 'note')}` : ''}`;
}

export function formatFinding(finding: Finding, notes = false): string {
  const where = finding.line ? `${finding.file}:${finding.line}:${finding.column ?? 1}` : finding.file;
  const head = `${where}  ${finding.severity}  ${finding.message}  ${finding.ruleId ?? ''}`.trimEnd();
  if (!notes || (!finding.note && !finding.url)) return head;
  const detail = [finding.note, finding.url ? `(${finding.url})` : ''].filter(Boolean).join(' ');
  return `${head}\n    ${detail}`;
}

export function formatFindings(messages: readonly VFileMessage[], options: FormatOptions = {}): string {
  const findings = messages.map((message) => toFinding(message, options.cwd));
  if (options.format === 'json') return JSON.stringify(findings, null, 2);
  return [...findings.map((finding) => formatFinding(finding, options.notes)), summarize(findings)].join('\n');
}
