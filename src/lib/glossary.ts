/**
 * The handbook's own vocabulary, enforced like a Vale vocabulary: one term per concept in each language.
 * Every text an author writes (template titles, labels and replies in every register; playbook titles,
 * summaries, checklists and bodies; rule texts; tree labels; situation labels; what sources cover;
 * roles and the severity scale) is searched for the variants each glossary entry avoids, and each hit
 * is reported at its place as `"reklamacja" → "skarga"`, with the entry's reason as the fix.
 */
import { bodyPointInFile, type Diagnostics, type Place } from './diagnostics.ts';
import { LOCALES, type Locale } from './i18n/locales.ts';
import type { Handbook, Origin, Template } from './model.ts';
import { inRegister } from './model.ts';
import { positionOf } from './load/yaml-positions.ts';
import { compilePattern, findMatches, PatternError } from './text/match.ts';
import { lineIndex } from './text/normalize.ts';
import { localizedFields } from './localized-texts.ts';

/** One stretch of authored text in a locale, and how to turn an offset in it into a place in its file. */
export interface AuthoredText {
  locale: Locale;
  file: string;
  text: string;
  place: (start: number, end: number) => Place | undefined;
}

/** A text kept in a body (template reply, playbook MDX): offsets map to exact lines and columns. */
function inBody(locale: Locale, file: string, text: string, start: { bodyLine: number; bodyColumn: number }): AuthoredText {
  let index: ReturnType<typeof lineIndex> | undefined;
  return {
    locale,
    file,
    text,
    place: (from, to) => {
      index ??= lineIndex(text);
      const a = bodyPointInFile(start, index(from));
      const b = bodyPointInFile(start, index(to));
      return { ...a, endLine: b.line, endColumn: b.column };
    },
  };
}

/** A YAML field: findings point at the field (a folded scalar's own lines are not kept). */
function inField(locale: Locale, origin: Origin, path: (string | number)[], text: string | undefined): AuthoredText[] {
  if (!text) return [];
  return [{ locale, file: origin.file, text, place: () => positionOf(origin.positions, path) }];
}

function templateTexts(template: Template): AuthoredText[] {
  const { locale, origin } = template;
  return [
    ...inField(locale, origin, ['title'], template.title),
    ...Object.entries(template.placeholders).flatMap(([name, label]) => inField(locale, origin, ['placeholders', name], label)),
    ...[template, ...template.variants.map((variant) => inRegister(template, variant))].map((body) => inBody(locale, origin.file, body.body, body)),
  ];
}

/** Every text an author writes, in the locale it is written in. */
export function authoredTexts(handbook: Handbook): AuthoredText[] {
  const texts: AuthoredText[] = [];
  for (const template of handbook.templates) texts.push(...templateTexts(template));
  for (const playbook of handbook.playbooks) {
    const { locale, origin } = playbook;
    texts.push(...inField(locale, origin, ['title'], playbook.title), ...inField(locale, origin, ['summary'], playbook.summary));
    playbook.checklists.forEach((checklist, c) => {
      texts.push(...inField(locale, origin, ['checklists', c, 'title'], checklist.title));
      checklist.items.forEach((item, i) => texts.push(...inField(locale, origin, ['checklists', c, 'items', i, 'text'], item.text)));
    });
    texts.push(inBody(locale, origin.file, playbook.body, playbook));
  }
  for (const rule of handbook.guidelines) {
    for (const locale of LOCALES) {
      for (const field of ['title', 'summary', 'why'] as const) texts.push(...inField(locale, rule.origin, [field, locale], rule[field][locale]));
      rule.checks.forEach((check, c) => texts.push(...inField(locale, rule.origin, ['checks', c, 'message', locale], check.message?.[locale])));
    }
  }
  for (const tree of handbook.trees) {
    for (const locale of LOCALES) {
      texts.push(...inField(locale, tree.origin, ['title', locale], tree.title[locale]), ...inField(locale, tree.origin, ['description', locale], tree.description?.[locale]));
      tree.nodes.forEach((node, n) => {
        texts.push(...inField(locale, tree.origin, ['nodes', n, 'question', locale], node.question?.[locale]));
        texts.push(...inField(locale, tree.origin, ['nodes', n, 'help', locale], node.help?.[locale]));
        node.answers?.forEach((answer, a) => texts.push(...inField(locale, tree.origin, ['nodes', n, 'answers', a, 'label', locale], answer.label?.[locale])));
        texts.push(...inField(locale, tree.origin, ['nodes', n, 'outcome', 'title', locale], node.outcome?.title?.[locale]));
        texts.push(...inField(locale, tree.origin, ['nodes', n, 'outcome', 'text', locale], node.outcome?.text?.[locale]));
      });
    }
  }
  // situations.yaml keeps no positions yet: a finding there names the file and the label.
  const situations: Origin = { file: 'content/situations.yaml' };
  handbook.situations.forEach((situation, s) => {
    for (const locale of LOCALES) texts.push(...inField(locale, situations, [s, 'label', locale], situation.label[locale]));
  });
  for (const source of handbook.sources) {
    for (const locale of LOCALES) texts.push(...inField(locale, source.origin, ['covers', locale], source.covers[locale]));
  }
  // Roles and the severity scale: every text per locale in them, wherever it sits.
  for (const [origin, data] of [[handbook.roles.origin, handbook.roles.entries], [handbook.severity?.origin, handbook.severity]] as const) {
    if (!origin) continue;
    for (const { path, text } of localizedFields(data)) {
      for (const locale of LOCALES) texts.push(...inField(locale, origin, [...path, locale], text[locale]));
    }
  }
  return texts;
}

export function checkGlossary(handbook: Handbook, diagnostics: Diagnostics): void {
  const { entries, origin } = handbook.glossary;
  if (!origin) return;
  const compiled = new Map<Locale, { term: string; why?: string; severity: 'error' | 'warning'; patterns: RegExp[] }[]>();
  for (const locale of LOCALES) {
    const list = entries[locale] ?? [];
    compiled.set(locale, list.map((entry, e) => ({
      term: entry.term,
      why: entry.why,
      severity: entry.severity,
      patterns: entry.avoid.flatMap((pattern, p) => {
        try {
          return [compilePattern(pattern)];
        } catch (error) {
          if (!(error instanceof PatternError)) throw error;
          diagnostics.error(origin.file, `Unusable pattern in the glossary: ${error.reason}`, positionOf(origin.positions, [locale, e, 'avoid', p]), {
            ruleId: 'glossary-pattern',
            source: 'schema',
            note: 'Write a JavaScript regular expression that matches the words to avoid, like "reklamacj\\p{L}*".',
          });
          return [];
        }
      }),
    })));
  }
  for (const authored of authoredTexts(handbook)) {
    for (const entry of compiled.get(authored.locale) ?? []) {
      for (const match of findMatches(entry.patterns, authored.text)) {
        const add = entry.severity === 'error' ? diagnostics.error : diagnostics.warn;
        add.call(diagnostics, authored.file, `“${match.text}” → “${entry.term}”`, authored.place(match.start, match.end), {
          ruleId: 'glossary',
          source: 'glossary',
          note: entry.why ?? `This handbook says “${entry.term}” (content/glossary.yaml).`,
        });
      }
    }
  }
}
