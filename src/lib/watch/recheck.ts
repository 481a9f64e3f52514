/**
 * What a re-check shows after files change (`npm run check -- --watch` and `npm run dev`): the
 * findings in the changed files, the changed files whose findings went away ("fixed"), how many
 * findings the rest of the handbook has, and one summary line for the whole handbook. Pure: the
 * previous and the new report in, the view out, so it is tested without a file system.
 */
import { formatFinding, summarize, type Finding } from '../report/format.ts';

export interface RecheckView {
  /** The changed files (relative to the handbook root, `/`-separated), sorted. */
  changed: string[];
  /** Every finding in a changed file (or in a folder that holds one), in report order. */
  shown: Finding[];
  /** Changed files that had findings before this change and have none now. */
  fixed: string[];
  /** Findings elsewhere in the handbook. */
  others: number;
  /** The whole handbook: `N errors, M warnings`. */
  summary: string;
  errors: number;
  warnings: number;
}

/**
 * Whether a finding belongs to a changed file: the file itself, or a folder it lies in (a finding on
 * `playbooks/de` is about every file in it), but not the handbook root (`.`), which is about none.
 */
export function concerns(finding: Pick<Finding, 'file'>, changed: string): boolean {
  const file = finding.file.replace(/\/+$/, '');
  if (file === changed) return true;
  return file !== '.' && file !== '' && changed.startsWith(`${file}/`);
}

export function recheckView(previous: readonly Finding[], next: readonly Finding[], changed: Iterable<string>): RecheckView {
  const files = [...new Set(changed)].sort();
  const inChanged = (finding: Finding) => files.some((file) => concerns(finding, file));
  const shown = next.filter(inChanged);
  const fixed = files.filter((file) => previous.some((finding) => concerns(finding, file)) && !next.some((finding) => concerns(finding, file)));
  return {
    changed: files,
    shown,
    fixed,
    others: next.length - shown.length,
    summary: summarize(next),
    errors: next.filter((finding) => finding.severity === 'error').length,
    warnings: next.filter((finding) => finding.severity === 'warning').length,
  };
}

/**
 * The view as terminal text, through the one reporter's line format: the findings in the changed
 * files with their fix lines, `path  fixed` for each file whose findings went away, `path  no
 * findings` for a changed file that had none, then `Handbook: N errors, M warnings`.
 */
export function formatRecheck(view: RecheckView): string {
  const lines = view.shown.map((finding) => formatFinding(finding, true));
  for (const file of view.changed) {
    if (view.fixed.includes(file)) lines.push(`${file}  fixed`);
    else if (!view.shown.some((finding) => concerns(finding, file))) lines.push(`${file}  no findings`);
  }
  const elsewhere = view.others ? ` (${view.others} in other files)` : '';
  lines.push(`Handbook: ${view.summary}${elsewhere}`);
  return lines.join('\n');
}

/**
 * Which paths (relative to the handbook root, `/`-separated) are the authors' content: the settings
 * file and everything under content/, playbooks/ and i18n/, but nothing in a dot-folder, node_modules
 * or dist, and no editor's backup or swap file (`.x.swp`, `x~`, `#x#`).
 */
export const WATCHED_FOLDERS = ['content', 'playbooks', 'i18n'] as const;
export const SETTINGS_FILE = 'handbook.config.yaml';

export function isContentPath(path: string): boolean {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  if (!parts.length) return false;
  if (parts.length === 1) return parts[0] === SETTINGS_FILE || (WATCHED_FOLDERS as readonly string[]).includes(parts[0]);
  if (!(WATCHED_FOLDERS as readonly string[]).includes(parts[0])) return false;
  if (parts.some((part) => part.startsWith('.') || part === 'node_modules' || part === 'dist')) return false;
  const name = parts[parts.length - 1];
  return !name.endsWith('~') && !(name.startsWith('#') && name.endsWith('#')) && !/^\d+$/.test(name);
}
