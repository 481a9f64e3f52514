/**
 * Roles (content/roles.yaml): the people an incident needs, named by id wherever the handbook says
 * who does something, so a role reads the same in every playbook and language. The checks here make
 * every owner a known role (with a "did you mean" for a slip, or for a label written where the id
 * belongs) and keep a playbook's owner the same in all its translations.
 */
import type { Diagnostics } from './diagnostics.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n/locales.ts';
import { pickText } from './i18n/fallback.ts';
import type { Handbook, Origin, Playbook, Role } from './model.ts';
import { hasErrors, LAYOUT } from './load/layout.ts';
import { positionOf } from './load/yaml-positions.ts';
import { closest } from './text/closest.ts';

/** The role's label in `locale` (English where it is missing); the id itself for an unknown role. */
export function roleLabel(roles: readonly Role[], id: string, locale: Locale): string {
  return pickText(roles.find((role) => role.id === id)?.label, locale).value || id;
}

/**
 * `Did you mean "comms-lead" (Communications lead)? ` for an unknown role: a slip in an id, or a role's
 * label (in any language) written where its id belongs, as in a handbook written before roles existed.
 */
export function suggestRole(written: string, roles: readonly Role[]): string {
  const normalized = written.trim().toLowerCase();
  const byLabel = roles.find((role) => Object.values(role.label).some((label) => label?.trim().toLowerCase() === normalized));
  const id =
    byLabel?.id ??
    closest(written, roles.map((role) => role.id)) ??
    (() => {
      const labels = roles.flatMap((role) => Object.values(role.label).filter((label): label is string => !!label).map((label) => ({ label, id: role.id })));
      const near = closest(written, labels.map((entry) => entry.label));
      return labels.find((entry) => entry.label === near)?.id;
    })();
  return id ? `Did you mean "${id}" (${roleLabel(roles, id, DEFAULT_LOCALE)})? ` : '';
}

/** Reports a role id that content/roles.yaml does not define, at its field. */
export function checkRoleId(diagnostics: Diagnostics, roles: readonly Role[], origin: Origin, field: (string | number)[], written: string) {
  if (roles.some((role) => role.id === written)) return;
  diagnostics.error(origin.file, `Unknown role "${written}" in field "${field.join('.')}"`, positionOf(origin.positions, field), {
    ruleId: 'missing-reference',
    source: 'links',
    note: `${suggestRole(written, roles)}Use the id of a role in ${LAYOUT.roles}: ${roles.map((role) => role.id).join(', ')}.`,
  });
}

/**
 * Whether role ids can be checked: roles.yaml exists and loaded. A missing file is one error (not one
 * per owner); a broken file already has its own errors, and every owner would only repeat them.
 */
function rolesUsable(handbook: Handbook, diagnostics: Diagnostics): boolean {
  if (handbook.roles.origin) return !hasErrors(diagnostics, LAYOUT.roles);
  diagnostics.error(LAYOUT.roles, `Missing ${LAYOUT.roles}: playbooks, checklists and the severity levels name people by role id`, undefined, {
    ruleId: 'missing-file',
    source: 'schema',
    note: 'Add the file with the roles your team uses: a list of { id, label, description }, label and description per language (the README shows an example).',
  });
  return false;
}

/** Checks roles.yaml and every owner; false when role ids could not be checked (no usable roles.yaml). */
export function checkRoles(handbook: Handbook, diagnostics: Diagnostics): boolean {
  if (!rolesUsable(handbook, diagnostics)) return false;
  const { entries, origin } = handbook.roles;
  const ids = new Set<string>();
  entries.forEach((role, index) => {
    if (ids.has(role.id)) {
      diagnostics.error(origin!.file, `Duplicate role id "${role.id}"`, positionOf(origin!.positions, [index, 'id']), {
        ruleId: 'duplicate-id',
        source: 'schema',
        note: 'Give each role its own id: playbooks and checklists name their owners by it.',
      });
    }
    ids.add(role.id);
  });
  for (const playbook of handbook.playbooks) {
    checkRoleId(diagnostics, entries, playbook.origin, ['owner'], playbook.owner);
    playbook.checklists.forEach((checklist, c) =>
      checklist.items.forEach((item, i) => {
        if (item.owner !== undefined) checkRoleId(diagnostics, entries, playbook.origin, ['checklists', c, 'items', i, 'owner'], item.owner);
      }),
    );
  }
  // An unknown owner has its own error; comparing it across translations would only repeat it.
  checkOwnerAcrossLocales(handbook.playbooks.filter((playbook) => ids.has(playbook.owner)), diagnostics);
  return true;
}

/**
 * A playbook has one owner, whatever the language it is read in: each translation whose owner differs
 * from the default locale's (or, without it, from the first translation's) gets a warning at its field.
 */
function checkOwnerAcrossLocales(playbooks: readonly Playbook[], diagnostics: Diagnostics) {
  const bySlug = new Map<string, Playbook[]>();
  for (const playbook of playbooks) bySlug.set(playbook.slug, [...(bySlug.get(playbook.slug) ?? []), playbook]);
  for (const versions of bySlug.values()) {
    const ordered = [...versions].sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
    const reference = ordered[0];
    for (const playbook of ordered.slice(1)) {
      if (playbook.owner === reference.owner) continue;
      diagnostics.warn(playbook.origin.file, `The playbook's owner is "${playbook.owner}" here but "${reference.owner}" in ${reference.origin.file}`, positionOf(playbook.origin.positions, ['owner']), {
        ruleId: 'owner-differs',
        source: 'links',
        note: 'A playbook has one owner in every language: use the same role id in each translation.',
      });
    }
  }
}

/**
 * Roles named in a sentence, joined as the language joins a list ("Legal counsel and Executive
 * approver", "Prawnik i Zatwierdzający z zarządu"): each part is a role (to link) or the words between.
 */
export function roleListParts(roles: readonly Role[], ids: readonly string[], locale: Locale): { text: string; role?: string }[] {
  const labels = ids.map((id) => roleLabel(roles, id, locale));
  let element = 0;
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).formatToParts(labels).map((part) => (part.type === 'element' ? { text: part.value, role: ids[element++] } : { text: part.value }));
}
