/**
 * The one reporter: `path:line:column  error|warning  message  rule-id` per finding, then a count;
 * or the same findings as JSON. Used by the build, `npm run check` and the tests.
 */
import type { VFileMessage } from 'vfile-message';

export interface Finding {
  file: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  severity: 'error' | 'warning';
  message: string;
  ruleId: string | null;
  source: string | null;
  url: string | null;
  note: string | null;
}

export function toFinding(message: VFileMessage): Finding {
  return {
    file: message.file,
    line: message.line ?? null,
    column: message.column ?? null,
    endLine: message.place && 'end' in message.place ? message.place.end.line : null,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
    severity: message.fatal ? 'error' : 'warning',
    message: message.reason,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    url: message.url ?? null,
    note: message.note ?? null,
  };
}

export function formatFindings(messages: readonly VFileMessage[], options: { format?: 'text' | 'json'; notes?: boolean } = {}): string {
  const findings = messages.map(toFinding);
  if (options.format === 'json') return JSON.stringify(findings, null, 2);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const lines = findings.map((finding) => {
    const where = finding.line ? `${finding.file}:${finding.line}:${finding.column ?? 1}` : finding.file;
    const head = `${where}  ${finding.severity}  ${finding.message}  ${finding.ruleId ?? ''}`.trimEnd();
    return options.notes && finding.note ? `${head}\n    ${finding.note}${finding.url ? ` (${finding.url})` : ''}` : head;
  });
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'}`);
  return lines.join('\n');
}
