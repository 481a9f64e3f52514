/** Small in-memory handbooks for unit tests of the checks. */
import type { Guideline, Handbook, Template, Tree } from '../../../src/lib/model.ts';
import type { CheckData } from '../../../src/lib/schema.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';

export function rule(id: string, checks: Partial<CheckData>[], extra: Partial<Guideline> = {}): Guideline {
  return {
    id,
    severity: 'error',
    sources: [],
    title: { en: `Rule ${id}` },
    summary: { en: 's' },
    why: { en: 'w' },
    examples: {},
    checks: checks.map((check) => ({ id: 'check', appliesTo: 'all', ...check }) as CheckData),
    origin: { file: `content/guidelines/${id}.yaml` },
    ...extra,
  };
}

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
    body,
    bodyLine: 10,
    origin: { file: `content/templates/${locale}/${id}.md` },
    ...extra,
  };
}

export function handbook(parts: Partial<Handbook>): Handbook {
  return { root: '/', sources: [], situations: [], guidelines: [], templates: [], trees: [], playbooks: [], ...parts };
}

export function tree(nodes: Tree['nodes'], extra: Partial<Tree> = {}): Tree {
  return { id: 't', title: { en: 'T' }, start: nodes[0]?.id ?? 'a', nodes, origin: { file: 'content/trees/t.yaml' }, ...extra };
}
