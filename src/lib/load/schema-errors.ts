import type { z } from 'zod';
import type { Diagnostics } from '../diagnostics.ts';
import { positionOf, type Positions } from './yaml-positions.ts';

/** Turns zod issues into findings that name the file, the field, its line, and what was expected. */
export function reportSchemaIssues(
  diagnostics: Diagnostics,
  file: string,
  issues: z.core.$ZodIssue[],
  positions: Positions | undefined,
) {
  for (const issue of issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? issue.path : [...issue.path, key];
      const field = path.length ? path.map(String).join('.') : '(top level)';
      const place = positionOf(positions, path);
      const reason =
        issue.code === 'unrecognized_keys'
          ? `Unknown field "${field}"`
          : `Invalid field "${field}": ${describe(issue, positions?.has(path.map(String).join('.')) ?? true)}`;
      diagnostics.error(file, reason, place, {
        ruleId: 'schema',
        source: 'schema',
        note:
          issue.code === 'unrecognized_keys'
            ? 'Remove the field or fix its spelling; the README lists every field of this kind of file.'
            : 'Fix the value; the README lists every field of this kind of file and what it expects.',
      });
    }
  }
}

/** zod leaves out the input, so whether a field is missing comes from the YAML's own positions. */
function describe(issue: z.core.$ZodIssue, present: boolean): string {
  if (issue.code === 'invalid_type' && !present) return `missing; expected ${issue.expected}`;
  return issue.message;
}
