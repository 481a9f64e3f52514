/**
 * Cross-references between files: a playbook's sources, tree, templates, rules and the components
 * in its MDX body; a template's situation; a rule's sources; and translations missing in a locale.
 * Each broken reference is reported with the file, the field (or the line in the body) and a fix.
 */
import type { Diagnostics } from './diagnostics.ts';
import { DEFAULT_LOCALE, LOCALES } from './i18n/locales.ts';
import type { Handbook, Origin, Playbook } from './model.ts';
import { failedToLoad, hasErrors, type ReferencedKind } from './load/layout.ts';
import { positionOf } from './load/yaml-positions.ts';
import { didYouMean } from './text/closest.ts';
import { readPlaybookBody } from './playbook-body.ts';

/** The components an MDX playbook may embed, and what their `id` refers to. */
export const PLAYBOOK_COMPONENTS = ['Template', 'Tree', 'Checklist', 'Rule'] as const;
export type PlaybookComponent = (typeof PLAYBOOK_COMPONENTS)[number];

export function checkReferences(handbook: Handbook, diagnostics: Diagnostics): void {
  const sources = new Set(handbook.sources.map((source) => source.id));
  const situations = new Set(handbook.situations.map((situation) => situation.id));
  const rules = new Set(handbook.guidelines.map((rule) => rule.id));
  const trees = new Set(handbook.trees.map((tree) => tree.id));
  const templates = new Set(handbook.templates.map((template) => template.id));

  const missing = (origin: Origin, field: (string | number)[], what: string, value: string, known: Set<string>, fix: string, kind?: ReferencedKind) => {
    if (known.has(value) || (kind && failedToLoad(diagnostics, kind, value))) return;
    diagnostics.error(origin.file, `Unknown ${what} "${value}" in field "${field.join('.')}"`, positionOf(origin.positions, field), {
      ruleId: 'missing-reference',
      source: 'links',
      note: didYouMean(value, known) + fix,
    });
  };

  for (const rule of handbook.guidelines) {
    rule.sources.forEach((source, index) =>
      missing(rule.origin, ['sources', index], 'source', source, sources, 'Use the id of a file in content/sources/.', 'sources'),
    );
  }
  for (const template of handbook.templates) {
    missing(template.origin, ['situation'], 'situation', template.situation, situations, 'Use an id listed in content/situations.yaml.', 'situations');
  }
  for (const playbook of handbook.playbooks) {
    const { origin } = playbook;
    missing(origin, ['situation'], 'situation', playbook.situation, situations, 'Use an id listed in content/situations.yaml.', 'situations');
    playbook.sources.forEach((source, index) =>
      missing(origin, ['sources', index], 'source', source, sources, 'Use the id of a file in content/sources/.', 'sources'),
    );
    if (playbook.tree) missing(origin, ['tree'], 'decision tree', playbook.tree, trees, 'Use the id of a file in content/trees/.', 'trees');
    playbook.templates.forEach((id, index) =>
      missing(origin, ['templates', index], 'template', id, templates, 'Use the id of a file in content/templates/<locale>/.', 'templates'),
    );
    playbook.rules.forEach((id, index) =>
      missing(origin, ['rules', index], 'rule', id, rules, 'Use the id of a file in content/guidelines/.', 'guidelines'),
    );
    checkChecklistIds(playbook, diagnostics);
    checkBodyComponents(playbook, diagnostics, { templates, trees, rules });
  }
  reportMissingPlaybookTranslations(handbook, diagnostics);
}

function checkChecklistIds(playbook: Playbook, diagnostics: Diagnostics) {
  const seen = new Set<string>();
  playbook.checklists.forEach((checklist, index) => {
    if (seen.has(checklist.id)) {
      diagnostics.error(playbook.origin.file, `Duplicate checklist id "${checklist.id}"`, positionOf(playbook.origin.positions, ['checklists', index, 'id']), {
        ruleId: 'duplicate-id',
        source: 'links',
        note: 'Give each checklist of a playbook its own id: ticks are stored per checklist id.',
      });
    }
    seen.add(checklist.id);
  });
}

function checkBodyComponents(
  playbook: Playbook,
  diagnostics: Diagnostics,
  known: { templates: Set<string>; trees: Set<string>; rules: Set<string> },
) {
  const checklists = new Set(playbook.checklists.map((checklist) => checklist.id));
  const targets: Record<PlaybookComponent, { set: Set<string>; what: string; fix: string; kind?: ReferencedKind }> = {
    Template: { set: known.templates, what: 'template', fix: 'Use the id of a file in content/templates/<locale>/.', kind: 'templates' },
    Tree: { set: known.trees, what: 'decision tree', fix: 'Use the id of a file in content/trees/.', kind: 'trees' },
    Rule: { set: known.rules, what: 'rule', fix: 'Use the id of a file in content/guidelines/.', kind: 'guidelines' },
    Checklist: { set: checklists, what: 'checklist', fix: 'Use the id of a checklist declared in this playbook\'s front matter (checklists[].id).' },
  };
  const body = readPlaybookBody(playbook.body, playbook);
  for (const problem of body.problems) {
    diagnostics.error(playbook.origin.file, problem.reason, problem.place, { ruleId: problem.ruleId, source: 'schema', note: problem.note });
  }
  for (const use of body.uses) {
    const place = { line: use.line, column: use.column };
    // The name is the author's: `<constructor>` must not find Object's constructor.
    const target = Object.hasOwn(targets, use.name) ? targets[use.name as PlaybookComponent] : undefined;
    if (!target) {
      diagnostics.error(playbook.origin.file, `Unknown component <${use.name}>`, place, {
        ruleId: 'unknown-component',
        source: 'links',
        note: `Playbooks can use ${PLAYBOOK_COMPONENTS.map((name) => `<${name} id="…" />`).join(', ')}.`,
      });
    } else if (use.idIsExpression) {
      // Reported by readPlaybookBody: the id must be a plain string.
    } else if (!use.id) {
      diagnostics.error(playbook.origin.file, `<${use.name}> needs an id attribute`, place, {
        ruleId: 'missing-reference',
        source: 'links',
        note: `Write <${use.name} id="…" /> with the id of a ${target.what}.`,
      });
    } else if (!target.set.has(use.id) && !(target.kind && failedToLoad(diagnostics, target.kind, use.id))) {
      diagnostics.error(playbook.origin.file, `Unknown ${target.what} "${use.id}" in <${use.name}>`, place, {
        ruleId: 'missing-reference',
        source: 'links',
        note: didYouMean(use.id, target.set) + target.fix,
      });
    }
  }
}

/** A playbook missing in a locale still gets its page there (with a notice): warn once per playbook, naming the files. */
function reportMissingPlaybookTranslations(handbook: Handbook, diagnostics: Diagnostics) {
  const bySlug = new Map<string, Map<string, Playbook>>();
  for (const playbook of handbook.playbooks) {
    if (!bySlug.has(playbook.slug)) bySlug.set(playbook.slug, new Map());
    bySlug.get(playbook.slug)!.set(playbook.locale, playbook);
  }
  for (const [slug, versions] of bySlug) {
    const missing = LOCALES.filter((locale) => !versions.has(locale) && !hasErrors(diagnostics, `playbooks/${locale}/${slug}.mdx`));
    if (!missing.length) continue;
    const fallback = versions.get(DEFAULT_LOCALE) ?? [...versions.values()][0];
    diagnostics.warn(fallback.origin.file, `Missing translation of playbook "${slug}" in ${missing.join(', ')}: ${missing.length > 1 ? 'those pages show' : 'that page shows'} the ${fallback.locale} playbook with a "not translated yet" notice`, undefined, {
      ruleId: 'missing-translation',
      source: 'i18n',
      note: `Add ${missing.map((locale) => `playbooks/${locale}/${slug}.mdx`).join(', ')}.`,
    });
  }
}
