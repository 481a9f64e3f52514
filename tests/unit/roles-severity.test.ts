import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { runStructureChecks } from '../../src/lib/check.ts';
import { roleLabel, roleListParts, suggestRole } from '../../src/lib/roles.ts';
import { fixtureCopy, replaceIn } from '../helpers/fixtures.ts';

/** Loads and checks a copy of the valid fixture changed by `edit`; findings as `file:line:column severity rule-id reason`, with their notes. */
async function findings(edit: (root: string) => Promise<void>, options: { warnings?: boolean } = {}) {
  const root = await fixtureCopy(edit);
  const { handbook, diagnostics } = await loadHandbook(root);
  runStructureChecks(handbook, diagnostics);
  const messages = diagnostics.messages().filter((message) => (options.warnings ? message.fatal === false && (message.ruleId !== 'missing-translation' || message.file?.startsWith('content/')) : message.fatal));
  return {
    handbook,
    lines: messages.map((message) => `${message.file}:${message.line ?? '-'}:${message.column ?? '-'} ${message.fatal ? 'error' : 'warning'} ${message.ruleId} ${message.reason}`),
    notes: messages.map((message) => message.note ?? ''),
  };
}

const roles = (root: string) => join(root, 'content/roles.yaml');
const severity = (root: string) => join(root, 'content/severity.yaml');

describe('roles', () => {
  it('loads content/roles.yaml: ids, labels and descriptions per language', async () => {
    const { handbook, lines } = await findings(async () => {});
    expect(lines).toEqual([]);
    expect(handbook.roles.entries.map((role) => role.id)).toEqual(['team-lead', 'community-manager']);
    expect(roleLabel(handbook.roles.entries, 'team-lead', 'hu')).toBe('Csapatvezető');
  });

  it('reports a misspelt role in a checklist item at its line and column, with a "did you mean"', async () => {
    const { lines, notes } = await findings((root) => replaceIn(join(root, 'playbooks/hu/complaint.mdx'), '        owner: community-manager', '        owner: comunity-manager'));
    expect(lines).toEqual(['playbooks/hu/complaint.mdx:17:9 error missing-reference Unknown role "comunity-manager" in field "checklists.0.items.0.owner"']);
    expect(notes[0]).toBe('Did you mean "community-manager" (Community manager)? Use the id of a role in content/roles.yaml: team-lead, community-manager.');
  });

  it('suggests the id of a role whose label, in any language, was written where the id belongs', async () => {
    const { lines, notes } = await findings((root) => replaceIn(join(root, 'playbooks/fi/complaint.mdx'), 'owner: team-lead', 'owner: Tiiminvetäjä'));
    expect(lines).toEqual(['playbooks/fi/complaint.mdx:6:1 error missing-reference Unknown role "Tiiminvetäjä" in field "owner"']);
    expect(notes[0]).toMatch(/^Did you mean "team-lead" \(Team lead\)\?/);
  });

  it('lists the roles, without a guess, for an owner that resembles none', async () => {
    const { lines, notes } = await findings((root) => replaceIn(join(root, 'playbooks/en/escalation.mdx'), 'owner: team-lead', 'owner: The whole board'));
    expect(lines).toEqual(['playbooks/en/escalation.mdx:6:1 error missing-reference Unknown role "The whole board" in field "owner"']);
    expect(notes[0]).toBe('Use the id of a role in content/roles.yaml: team-lead, community-manager.');
  });

  it('reports a missing roles.yaml once, not at every owner', async () => {
    const { lines } = await findings((root) => rm(roles(root)));
    expect(lines).toEqual(['content/roles.yaml:-:- error missing-file Missing content/roles.yaml: playbooks, checklists and the severity levels name people by role id']);
  });

  it('reports a broken roles.yaml at its field, and not again at every owner that names its roles', async () => {
    const { lines } = await findings((root) => replaceIn(roles(root), '  description: { en: Decides and approves.', '  descripton: { en: Decides and approves.'));
    expect(lines).toEqual([
      'content/roles.yaml:1:3 error schema Invalid field "0.description": missing; expected object',
      'content/roles.yaml:3:3 error schema Unknown field "0.descripton"',
    ]);
  });

  it('rejects a role id used twice', async () => {
    const { lines } = await findings((root) => replaceIn(roles(root), '- id: community-manager', '- id: team-lead'));
    expect(lines).toContain('content/roles.yaml:4:3 error duplicate-id Duplicate role id "team-lead"');
  });

  it('warns when a translation of a playbook names another owner', async () => {
    const { lines } = await findings((root) => replaceIn(join(root, 'playbooks/ro/complaint.mdx'), 'owner: team-lead', 'owner: community-manager'), { warnings: true });
    expect(lines).toContain('playbooks/ro/complaint.mdx:6:1 warning owner-differs The playbook\'s owner is "community-manager" here but "team-lead" in playbooks/en/complaint.mdx');
  });

  it('warns once per file, counting the texts each language lacks', async () => {
    const { lines } = await findings((root) => replaceIn(roles(root), ', fi: Tiiminvetäjä }', ' }'), { warnings: true });
    expect(lines).toEqual(['content/roles.yaml:2:3 warning missing-translation Missing translations: fi (1 text) (those sites show the English text)']);
  });

  it('falls back to English for a missing label, and to the id for an unknown role', () => {
    const list = [{ id: 'scribe', label: { en: 'Scribe' }, description: { en: 'Keeps the log.' } }];
    expect(roleLabel(list, 'scribe', 'pl')).toBe('Scribe');
    expect(roleLabel(list, 'nobody', 'pl')).toBe('nobody');
    expect(suggestRole('scribe ', list)).toBe('Did you mean "scribe" (Scribe)? ');
    expect(suggestRole('Scirbe', list)).toBe('Did you mean "scribe" (Scribe)? ');
  });

  it('names several roles as each language lists them, each part knowing its role', () => {
    const list = [
      { id: 'legal', label: { en: 'Legal counsel', pl: 'Prawnik' }, description: { en: 'd' } },
      { id: 'approver', label: { en: 'Executive approver', pl: 'Zatwierdzający z zarządu' }, description: { en: 'd' } },
      { id: 'hr', label: { en: 'HR lead', pl: 'Kierownik HR' }, description: { en: 'd' } },
    ];
    expect(roleListParts(list, ['legal', 'approver'], 'pl')).toEqual([{ text: 'Prawnik', role: 'legal' }, { text: ' i ' }, { text: 'Zatwierdzający z zarządu', role: 'approver' }]);
    expect(roleListParts(list, ['legal', 'approver', 'hr'], 'en').map((part) => part.text).join('')).toBe('Legal counsel, Executive approver and HR lead');
  });
});

describe('severity scale', () => {
  it('loads content/severity.yaml: the criteria and the four levels', async () => {
    const { handbook } = await findings(async () => {});
    expect(handbook.severity?.levels.map((level) => level.id)).toEqual(['low', 'medium', 'high', 'critical']);
    expect(handbook.severity?.criteria.map((criterion) => criterion.id)).toEqual(['reach']);
  });

  it('reports an unknown role in an approval at its place, with a "did you mean"', async () => {
    const { lines, notes } = await findings((root) => replaceIn(severity(root), "      - messages: { en: New wording, pl: Nowe teksty, hu: Új szöveg, ro: Texte noi, es: Textos nuevos, fi: Uudet tekstit }\n        by: [team-lead]", "      - messages: { en: New wording, pl: Nowe teksty, hu: Új szöveg, ro: Texte noi, es: Textos nuevos, fi: Uudet tekstit }\n        by: [team-laed]"));
    expect(lines).toEqual(['content/severity.yaml:25:14 error missing-reference Unknown role "team-laed" in field "levels.1.approvals.0.by.0"']);
    expect(notes[0]).toMatch(/^Did you mean "team-lead" \(Team lead\)\?/);
  });

  it('reports an unknown role in an alert list', async () => {
    const { lines } = await findings((root) => replaceIn(severity(root), 'alert: { roles: [team-lead] }', 'alert: { roles: [team-lead, press-office] }'));
    expect(lines).toEqual(['content/severity.yaml:22:33 error missing-reference Unknown role "press-office" in field "levels.1.alert.roles.1"']);
  });

  it('wants the levels low, medium, high and critical: a misspelt one gets a suggestion, not a second finding', async () => {
    const { lines, notes } = await findings((root) => replaceIn(severity(root), '- id: high', '- id: hihg'));
    expect(lines).toEqual(['content/severity.yaml:30:5 error severity-level Unknown severity level "hihg"']);
    expect(notes[0]).toMatch(/^Did you mean "high"\?/);
  });

  it('reports a missing level, and levels out of order', async () => {
    const dropped = await findings((root) => replaceIn(severity(root), /  - id: critical[^]*$/, ''));
    expect(dropped.lines).toEqual(['content/severity.yaml:5:1 error severity-level Missing severity level "critical"']);
    const swapped = await findings(async (root) => {
      await replaceIn(severity(root), '- id: low', '- id: LOW-PLACEHOLDER');
      await replaceIn(severity(root), '- id: medium', '- id: low');
      await replaceIn(severity(root), '- id: LOW-PLACEHOLDER', '- id: medium');
    });
    expect(swapped.lines).toContain('content/severity.yaml:5:1 error severity-level The severity levels are out of order');
  });

  it('wants every level to describe every criterion, and nothing else', async () => {
    const { lines, notes } = await findings(async (root) => {
      await replaceIn(severity(root), '      reach: { en: Several customers.', '      raech: { en: Several customers.');
      await replaceIn(severity(root), "criteria:\n  - id: reach\n    label: { en: Reach, pl: Zasięg, hu: Elérés, ro: Amploare, es: Alcance, fi: Näkyvyys }", "criteria:\n  - id: reach\n    label: { en: Reach, pl: Zasięg, hu: Elérés, ro: Amploare, es: Alcance, fi: Näkyvyys }\n  - id: media\n    label: { en: Media, pl: Media, hu: Sajtó, ro: Presa, es: Medios, fi: Media }");
    });
    expect(lines).toContain('content/severity.yaml:23:7 error severity-criteria Level "medium" describes criterion "raech", which is not in the list of criteria');
    expect(notes[lines.findIndex((line) => line.includes('"raech"'))]).toMatch(/^Did you mean "reach"\?/);
    // "reach" was misspelt, so it is not reported missing too; "media" is missing at every level.
    expect(lines.filter((line) => line.includes('does not say what criterion "reach"'))).toEqual([]);
    expect(lines.filter((line) => line.includes('does not say what criterion "media"'))).toHaveLength(4);
  });

  it('wants to know when to move up from every level but the highest, and nothing to move up to from it', async () => {
    const { lines } = await findings(async (root) => {
      await replaceIn(severity(root), '    moveUp: { en: A journalist asks.', '    moveDownInstead: { en: A journalist asks.');
      await replaceIn(severity(root), '    moveDown: { en: Calm for hours.', '    moveUp: { en: Calm for hours.');
    });
    expect(lines).toContain('content/severity.yaml:29:5 error schema Unknown field "levels.1.moveDownInstead"');
    const fixed = await findings(async (root) => {
      await replaceIn(severity(root), /\n    moveUp: \{ en: A journalist asks\.[^\n]*/, '');
      await replaceIn(severity(root), '    moveDown: { en: Calm for hours.', '    moveUp: { en: Calm for hours.');
    });
    expect(fixed.lines).toEqual([
      'content/severity.yaml:19:5 error severity-level Level "medium" does not say when to move up',
      'content/severity.yaml:50:5 error severity-level Level "critical" is the highest: there is no level to move up to',
    ]);
  });

  it('reports a missing severity.yaml once', async () => {
    const { lines } = await findings((root) => rm(severity(root)));
    expect(lines).toEqual(['content/severity.yaml:-:- error missing-file Missing content/severity.yaml: every severity badge links to the severity page it describes']);
  });

  it('gives the glossary the texts of roles and levels', async () => {
    const root = await fixtureCopy(async (dir) => {
      await writeFile(join(dir, 'content/glossary.yaml'), "en:\n  - term: spreads\n    avoid: ['snowball\\p{L}*']\n");
      await replaceIn(severity(dir), 'moveUp: { en: It spreads.', 'moveUp: { en: It snowballs.');
      await replaceIn(roles(dir), 'description: { en: Replies with templates.', 'description: { en: Replies before it snowballs.');
    });
    const { handbook, diagnostics } = await loadHandbook(root);
    runStructureChecks(handbook, diagnostics);
    const glossary = diagnostics.messages().filter((message) => message.ruleId === 'glossary').map((message) => `${message.file}:${message.line}:${message.column} ${message.reason}`);
    expect(glossary).toEqual(['content/roles.yaml:6:18 “snowballs” → “spreads”', 'content/severity.yaml:18:15 “snowballs” → “spreads”']);
  });
});
