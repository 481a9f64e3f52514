/**
 * Questions the pages ask of the handbook, kept out of the components so they stay thin and the
 * answers are unit-testable: one locale's view of playbooks, templates, rules and trees.
 */
import type { Locale } from './i18n/locales.ts';
import { pickText, pickTranslation, type Picked } from './i18n/fallback.ts';
import type { Guideline, Handbook, Playbook, Template } from './model.ts';

/** Every id of a kind once, whatever locales it exists in, in a stable order. */
export const templateIds = (handbook: Handbook) => [...new Set(handbook.templates.map((template) => template.id))].sort();
export const playbookSlugs = (handbook: Handbook) => [...new Set(handbook.playbooks.map((playbook) => playbook.slug))].sort();

/** Translations grouped by id, built once per handbook: pages look items up thousands of times. */
const templateIndex = new WeakMap<Handbook, Map<string, Template[]>>();
const playbookIndex = new WeakMap<Handbook, Map<string, Playbook[]>>();

function grouped<T>(cache: WeakMap<Handbook, Map<string, T[]>>, handbook: Handbook, items: T[], key: (item: T) => string) {
  let index = cache.get(handbook);
  if (!index) {
    index = new Map();
    for (const item of items) {
      const group = index.get(key(item));
      if (group) group.push(item);
      else index.set(key(item), [item]);
    }
    cache.set(handbook, index);
  }
  return index;
}

export function templateFor(handbook: Handbook, id: string, locale: Locale): Picked<Template> | undefined {
  return pickTranslation(grouped(templateIndex, handbook, handbook.templates, (template) => template.id).get(id) ?? [], locale);
}

export function playbookFor(handbook: Handbook, slug: string, locale: Locale): Picked<Playbook> | undefined {
  return pickTranslation(grouped(playbookIndex, handbook, handbook.playbooks, (playbook) => playbook.slug).get(slug) ?? [], locale);
}

/** Each playbook once, in `locale` where it exists, else its fallback. */
export function playbooksIn(handbook: Handbook, locale: Locale): Playbook[] {
  return playbookSlugs(handbook).map((slug) => playbookFor(handbook, slug, locale)!.value);
}

export function templatesIn(handbook: Handbook, locale: Locale): Template[] {
  return templateIds(handbook).map((id) => templateFor(handbook, id, locale)!.value);
}

const SEVERITY_RANK: Record<Playbook['severity'], number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Playbooks grouped by situation, the most severe first: in an incident, the worst cases come first. */
export function playbooksBySituation(handbook: Handbook, locale: Locale) {
  const playbooks = playbooksIn(handbook, locale).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const rank = (group: Playbook[]) => Math.min(...group.map((playbook) => SEVERITY_RANK[playbook.severity]));
  return handbook.situations
    .map((situation) => ({
      id: situation.id,
      label: pickText(situation.label, locale).value,
      playbooks: playbooks.filter((playbook) => playbook.situation === situation.id),
    }))
    .filter((group) => group.playbooks.length > 0)
    .sort((a, b) => rank(a.playbooks) - rank(b.playbooks) || a.label.localeCompare(b.label, locale));
}

export const situationLabel = (handbook: Handbook, id: string, locale: Locale) =>
  pickText(handbook.situations.find((situation) => situation.id === id)?.label, locale).value || id;

export const ruleTitle = (rule: Guideline, locale: Locale) => pickText(rule.title, locale).value;

export function ruleById(handbook: Handbook, id: string) {
  return handbook.guidelines.find((rule) => rule.id === id);
}

/** The tree the home page offers first: `triage` when the handbook has it, else the first tree. */
export function firstTree(handbook: Handbook) {
  return handbook.trees.find((tree) => tree.id === 'triage') ?? handbook.trees[0];
}
