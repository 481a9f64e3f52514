/** `npm run status` as text: a block per language with counts, then one file per line. */
import type { LocaleStatus } from './status.ts';

const day = (date: Date) => date.toISOString().slice(0, 10);
const plural = (count: number, one: string, other = `${one}s`) => `${count} ${count === 1 ? one : other}`;

export function formatStatusText(statuses: readonly LocaleStatus[], options: { today: Date; intervalDays: number; errors?: number }): string {
  const lines = [`Translation and review status on ${day(options.today)} (review interval ${options.intervalDays} days)`];
  if (options.errors) lines.push(`Note: ${plural(options.errors, 'file error')} (run npm run check): files that fail to load are not counted.`);
  for (const status of statuses) {
    const counts = status.isDefault
      ? `default locale: ${status.overdue.length} overdue`
      : `${status.missing.length} missing, ${status.outdated.length} outdated, ${status.overdue.length} overdue${status.unrecorded.length ? `, ${status.unrecorded.length} not recorded` : ''}`;
    lines.push('', `${status.locale}  ${counts}`);
    for (const item of status.missing) lines.push(`  missing   ${item.file}  (${item.kind} "${item.id}", from ${item.sourceFile})`);
    for (const item of status.outdated) lines.push(`  outdated  ${item.file}  (${item.sourceFile} changed; then: npm run translated -- ${item.file})`);
    for (const item of status.overdue) lines.push(`  overdue   ${item.origin.file}  (since ${day(item.overdueSince)}, last reviewed ${day(item.lastReviewed)}${item.owner ? `, owner ${item.owner}` : ''})`);
    if (status.unrecorded.length) lines.push(`  not recorded: ${plural(status.unrecorded.length, 'translation')} without translatedFrom (npm run translated -- ${status.locale} once they are current)`);
  }
  return lines.join('\n');
}
