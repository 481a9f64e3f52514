// One-off: merges the six locales' staging files into content/ (rules, source summaries, situation labels).
// Run: npx node --experimental-strip-types staging/merge.ts
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parse, stringify } from 'yaml';

const LOCALES = ['en', 'pl', 'hu', 'ro', 'es', 'fi'];
const load = (path: string) => (existsSync(path) ? parse(readFileSync(path, 'utf8')) : undefined);
const structure = load('staging/guidelines-structure.yaml') as Record<string, any>;
const byLocale = Object.fromEntries(LOCALES.map((locale) => [locale, load(`staging/${locale}/guidelines.yaml`) ?? {}]));
const misc = Object.fromEntries(LOCALES.map((locale) => [locale, load(`staging/${locale}/misc.yaml`) ?? {}]));
const missing: string[] = [];

const perLocale = (pick: (locale: string) => string | undefined, what: string) => {
  const result: Record<string, string> = {};
  for (const locale of LOCALES) {
    const value = pick(locale);
    if (typeof value === 'string' && value.trim()) result[locale] = value.trim();
    else missing.push(`${locale}: ${what}`);
  }
  return result;
};

for (const [id, shape] of Object.entries(structure)) {
  const text = (locale: string) => byLocale[locale][id] ?? {};
  const rule: Record<string, unknown> = {
    severity: shape.severity ?? 'error',
    sources: shape.sources ?? [],
    title: perLocale((l) => text(l).title, `${id}.title`),
    summary: perLocale((l) => text(l).summary, `${id}.summary`),
    why: perLocale((l) => text(l).why, `${id}.why`),
    examples: Object.fromEntries(
      LOCALES.filter((l) => text(l).good && text(l).bad).map((l) => [l, { good: String(text(l).good).trim(), bad: String(text(l).bad).trim() }]),
    ),
  };
  if (shape.checks) {
    rule.checks = shape.checks.map((check: any) => {
      const out: Record<string, unknown> = { ...check };
      if (check.type === 'forbidden' || check.type === 'required') {
        out.message = perLocale((l) => text(l).checks?.[check.id]?.message, `${id}.checks.${check.id}.message`);
        out.patterns = Object.fromEntries(
          LOCALES.map((l) => [l, text(l).checks?.[check.id]?.patterns ?? (missing.push(`${l}: ${id}.checks.${check.id}.patterns`), [])]),
        );
      }
      return out;
    });
  }
  writeFileSync(`content/guidelines/${id}.yaml`, stringify(rule, { lineWidth: 110, singleQuote: true }));
}

for (const file of ['pl-crisis-success', 'hu-negative-crisis', 'ro-social-discontent', 'es-company-crisis', 'fi-customer-service']) {
  const path = `content/sources/${file}.yaml`;
  const source = parse(readFileSync(path, 'utf8'));
  source.covers = perLocale((l) => misc[l].sources?.[file], `sources.${file}`);
  writeFileSync(path, stringify(source, { lineWidth: 110 }));
}

const situations = parse(readFileSync('content/situations.yaml', 'utf8')) as { id: string; label: Record<string, string> }[];
for (const situation of situations) situation.label = perLocale((l) => misc[l].situations?.[situation.id], `situations.${situation.id}`);
writeFileSync('content/situations.yaml', stringify(situations, { lineWidth: 110 }));

console.log(missing.length ? `Missing:\n${missing.join('\n')}` : 'Everything merged.');
