/** Small in-memory handbooks for unit tests of the checks: objects of the model's types, no files. */
import { Diagnostics } from '../../../src/lib/diagnostics.ts';
import type { Guideline, Handbook, Origin, Template, Tree } from '../../../src/lib/model.ts';
import type { CheckData } from '../../../src/lib/schema.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import { checkTemplates } from '../../../src/lib/rules/index.ts';

/** A rule (guideline) with the given checks; each check defaults to id 'check', appliesTo 'all'. */
export function rule(id: string, checks: Partial<CheckData>[], extra: Partial<Guideline> = {}): Guideline {
  return {
    id,
    severity: 'error',
    sources: [],
    title: { en: `Rule ${id}` },
    summary: { en: 's' },
    why: { en: 'w' },
    examples: {},
    checks: checks.map((check) => ({ id: 'check', appliesTo: 'all', ...(check.type === 'shouting' ? { minLetters: 5 } : {}), ...check }) as CheckData),
    origin: { file: `content/guidelines/${id}.yaml` },
    ...extra,
  };
}

/** A template whose body starts on line 10 of its file (front matter above it). */
export function template(locale: Locale, id: string, body: string, extra: Partial<Template> = {}): Template {
  return {
    id,
    locale,
    title: id,
    kind: 'complaint-reply',
    situation: 's',
    channels: ['facebook'],
    tone: 'warm',
    placeholders: {},
    guidelines: [],
    allow: [],
    body,
    bodyLine: 10,
    bodyColumn: 1,
    variants: [],
    origin: { file: `content/templates/${locale}/${id}.md` },
    ...extra,
  };
}

export function handbook(parts: Partial<Handbook>): Handbook {
  return { root: '/', settings: { register: {}, site: {}, review: { intervalDays: 180 }, roster: [] }, glossary: { entries: {} }, roles: { entries: [] }, sources: [], situations: [], guidelines: [], templates: [], trees: [], playbooks: [], ...parts };
}

export function tree(nodes: Tree['nodes'], extra: Partial<Tree> = {}): Tree {
  return { id: 't', title: { en: 'T' }, start: nodes[0]?.id ?? 'a', nodes, origin: { file: 'content/trees/t.yaml' }, ...extra };
}

/** An origin with field positions, as the loader records them: `{ 'checks.0.patterns.en.1': [7, 9] }`. */
export function origin(file: string, positions: Record<string, [number, number]>): Origin {
  return { file, positions: new Map(Object.entries(positions).map(([path, [line, column]]) => [path, { line, column }])) };
}

/**
 * Runs the rules engine on a handbook; `lines` are compact findings
 * (`file:line:column severity ruleId reason`). Missing-translation warnings are left out unless
 * asked for, since most fixtures exist in one or two locales only.
 */
export function runRules(book: Handbook, options: { translations?: boolean } = {}) {
  const diagnostics = new Diagnostics();
  const report = checkTemplates(book, diagnostics, { ruleUrl: (locale, id) => `/${locale}/rules/${id}/` });
  const messages = diagnostics.messages().filter((m) => options.translations || m.ruleId !== 'missing-translation');
  const lines = messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId} ${m.reason}`);
  return { diagnostics, messages, report, lines, errors: messages.filter((m) => m.fatal).length, warnings: messages.filter((m) => !m.fatal).length };
}
