import type { z } from 'zod';
import type { Diagnostics } from '../diagnostics.ts';
import { didYouMean } from '../text/closest.ts';
import { positionOf, type Positions } from './yaml-positions.ts';

/**
 * Turns zod issues into findings that name the file, the field, its line, what was written and
 * what was expected, with a "did you mean" where the value or field name looks like a slip.
 */
export function reportSchemaIssues(
  diagnostics: Diagnostics,
  file: string,
  issues: z.core.$ZodIssue[],
  positions: Positions | undefined,
  value?: unknown,
  /** The top-level fields the schema knows, to suggest one for a misspelt field name. */
  knownFields: readonly string[] = [],
) {
  for (const issue of issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? issue.path : [...issue.path, key];
      const field = path.length ? path.map(String).join('.') : '(top level)';
      const place = positionOf(positions, path);
      if (key !== undefined) {
        // Suggest a field the schema knows at the top level; deeper down, a misspelt field name usually
        // comes with the right one reported missing.
        const written = valueAt(value, issue.path);
        const candidates = issue.path.length === 0
          ? knownFields
          : issues.filter((other) => other.code === 'invalid_type' && other.path.length === issue.path.length + 1 && issue.path.every((part, index) => other.path[index] === part)).map((other) => String(other.path.at(-1)));
        const absent = candidates.filter((name) => !(written && typeof written === 'object' && name in written));
        diagnostics.error(file, `Unknown field "${field}"`, place, {
          ruleId: 'schema',
          source: 'schema',
          note: `${didYouMean(key, absent)}Remove the field or fix its spelling; the README lists every field of this kind of file.`,
        });
        continue;
      }
      const written = valueAt(value, path);
      const options = issue.code === 'invalid_value' ? issue.values.map(String) : [];
      diagnostics.error(file, `Invalid field "${field}": ${describe(issue, positions?.has(path.map(String).join('.')) ?? true, written)}`, place, {
        ruleId: 'schema',
        source: 'schema',
        note: `${typeof written === 'string' ? didYouMean(written, options) : ''}Fix the value; the README lists every field of this kind of file and what it expects.`,
      });
    }
  }
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** zod leaves out the input, so whether a field is missing comes from the YAML's own positions. */
function describe(issue: z.core.$ZodIssue, present: boolean, written: unknown): string {
  // A record is, to an author, a map of keys: texts per language ({ en: …, pl: … }), patterns per language.
  if (issue.code === 'invalid_type' && !present) return `missing; expected ${issue.expected === 'record' ? 'object' : issue.expected}`;
  if (issue.code === 'invalid_value' && (typeof written === 'string' || typeof written === 'number')) {
    return `${JSON.stringify(written)} is not one of ${issue.values.map((option) => JSON.stringify(option)).join(', ')}`;
  }
  return issue.message;
}
