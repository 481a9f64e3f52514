/**
 * The short hash a translation records in `translatedFrom:`: it stands for what a translator
 * translates in the default-locale file (the text fields and the body), and for nothing else, so
 * that re-dating the source (`lastReviewed`), recording a translation (`translatedFrom`) or
 * changing metadata (owner, severity, channels, rule lists) does not make every translation outdated.
 */
import { createHash } from 'node:crypto';
import type { Playbook, Template } from '../model.ts';

/** Hex characters kept of the SHA-256: 12 (48 bits) tell a changed source apart in any handbook. */
export const SOURCE_HASH_LENGTH = 12;

/** Text as a translator sees it: the same whatever the line endings, the Unicode form or the outer blank lines. */
function normalized(text: string | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** The translatable content of a template: title, fill-in labels, exception reasons and every register's reply. */
export function templateTranslatable(template: Pick<Template, 'title' | 'placeholders' | 'allow' | 'body' | 'register' | 'variants'>): unknown {
  return {
    title: normalized(template.title),
    placeholders: Object.keys(template.placeholders ?? {}).sort().map((name) => [name, normalized(template.placeholders[name])]),
    allow: (template.allow ?? []).map((exception) => normalized(exception.reason)),
    bodies: [
      [template.register === 'informal' ? 'informal' : 'formal', normalized(template.body)],
      ...(template.variants ?? []).map((variant) => [variant.register, normalized(variant.body)]),
    ],
  };
}

/** The translatable content of a playbook: title, summary, checklists' texts and the MDX body. */
export function playbookTranslatable(playbook: Pick<Playbook, 'title' | 'summary' | 'checklists' | 'body'>): unknown {
  return {
    title: normalized(playbook.title),
    summary: normalized(playbook.summary),
    checklists: (playbook.checklists ?? []).map((list) => [list.id, normalized(list.title), list.items.map((item) => [normalized(item.text), normalized(item.timing)])]),
    body: normalized(playbook.body),
  };
}

export function hashTranslatable(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, SOURCE_HASH_LENGTH);
}

/** The hash a translation of this default-locale file records in `translatedFrom:`. */
export function sourceHash(entry: { kind: 'template'; template: Parameters<typeof templateTranslatable>[0] } | { kind: 'playbook'; playbook: Parameters<typeof playbookTranslatable>[0] }): string {
  return hashTranslatable(entry.kind === 'template' ? templateTranslatable(entry.template) : playbookTranslatable(entry.playbook));
}
