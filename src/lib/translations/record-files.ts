/**
 * Records `translatedFrom` in translations just written (by `npm run init` or `npm run new`): they are
 * current with their source at that moment, so a later change to the source shows them as outdated.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadHandbook } from '../load/index.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { sourceHash } from './source-hash.ts';
import { recordTranslatedFrom } from './record.ts';

/** `files` are handbook-relative paths; returns those that now record their source. */
export async function recordNewTranslations(root: string, files: readonly string[]): Promise<string[]> {
  const wanted = new Set(files);
  const { handbook } = await loadHandbook(root);
  const hashes = new Map<string, string>();
  for (const template of handbook.templates) {
    if (template.locale === DEFAULT_LOCALE || !wanted.has(template.origin.file)) continue;
    const source = handbook.templates.find((other) => other.locale === DEFAULT_LOCALE && other.id === template.id);
    if (source) hashes.set(template.origin.file, sourceHash({ kind: 'template', template: source }));
  }
  for (const playbook of handbook.playbooks) {
    if (playbook.locale === DEFAULT_LOCALE || !wanted.has(playbook.origin.file)) continue;
    const source = handbook.playbooks.find((other) => other.locale === DEFAULT_LOCALE && other.slug === playbook.slug);
    if (source) hashes.set(playbook.origin.file, sourceHash({ kind: 'playbook', playbook: source }));
  }
  const recorded: string[] = [];
  for (const [file, hash] of hashes) {
    const result = recordTranslatedFrom(await readFile(join(root, file), 'utf8'), hash);
    if ('error' in result) continue;
    if (result.changed) await writeFile(join(root, file), result.text);
    recorded.push(file);
  }
  return recorded;
}
