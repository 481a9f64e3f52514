/**
 * Storage keys for checklist ticks. A tick is stored per locale, playbook and checklist, so state never
 * leaks between lists or languages, and per item by a hash of its text, so editing one item does not
 * move the ticks of the others.
 */
export const CHECKLIST_STORAGE_PREFIX = 'crisis-playbook:checklist:';

export function checklistStorageKey(locale: string, slug: string, checklistId: string): string {
  return `${CHECKLIST_STORAGE_PREFIX}${locale}/${slug}/${checklistId}`;
}

/** A short, stable key for an item's text (FNV-1a, 32 bits, base 36). */
export function itemKey(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.normalize('NFC')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
