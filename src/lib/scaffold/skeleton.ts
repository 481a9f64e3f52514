/**
 * A new handbook's skeleton as data: every file `npm run init` writes, with its path and text. Each is a
 * short, working example of its kind (settings, situation, roles, severity scale, a rule with one
 * check, a template, a decision tree and a playbook per language), so that the new folder passes
 * `npm run check` and builds at once. Pure: src/cli/init.ts writes the files.
 */
import { LAYOUT } from '../load/layout.ts';
import { SEVERITIES } from '../schema.ts';
import { skeletonTextsFor, type SkeletonTexts } from './texts/index.ts';
import { quote, yamlLocalized } from './yaml.ts';

/** The ids the skeleton's files give each other. */
export const SKELETON_IDS = {
  situation: 'complaint',
  lead: 'social-lead',
  agent: 'community-manager',
  rule: 'no-time-promises',
  check: 'time-promise',
  template: 'holding-reply',
  tree: 'first-response',
  playbook: 'customer-complaint',
  checklist: 'first-steps',
} as const;

export interface SkeletonFile {
  /** Relative to the handbook root, with forward slashes. */
  path: string;
  text: string;
}

export interface Skeleton {
  files: SkeletonFile[];
  /** Locales the generator has no texts for: their files carry the default locale's texts, marked TODO. */
  untranslated: string[];
}

export interface SkeletonOptions {
  /** The handbook's locales, in order; the first is the default locale. */
  locales: readonly string[];
  /** The date playbooks were last reviewed: the day the skeleton is made, as YYYY-MM-DD. */
  today: string;
}

export function buildSkeleton({ locales, today }: SkeletonOptions): Skeleton {
  if (!locales.length) throw new Error('A handbook needs at least one locale');
  const defaultLocale = locales[0]!;
  const texts = new Map<string, SkeletonTexts>();
  const untranslated: string[] = [];
  for (const locale of locales) {
    const found = skeletonTextsFor(locale, defaultLocale);
    texts.set(locale, found.texts);
    if (!found.translated) untranslated.push(locale);
  }
  const pick = (get: (texts: SkeletonTexts) => string) => locales.map((locale) => [locale, get(texts.get(locale)!)] as const);
  const ids = SKELETON_IDS;

  const files: SkeletonFile[] = [
    { path: LAYOUT.settings, text: settingsFile(locales, pick) },
    { path: LAYOUT.situations, text: [`- id: ${ids.situation}`, ...yamlLocalized('label', 2, pick((t) => t.situation))].join('\n') + '\n' },
    { path: LAYOUT.roles, text: rolesFile(pick) },
    { path: LAYOUT.severity, text: severityFile(pick) },
    { path: `${LAYOUT.guidelines}/${ids.rule}.yaml`, text: ruleFile(locales, texts, pick) },
    { path: `${LAYOUT.trees}/${ids.tree}.yaml`, text: treeFile(pick) },
    ...locales.map((locale) => ({ path: `${LAYOUT.templates}/${locale}/${ids.template}.md`, text: templateFile(texts.get(locale)!) })),
    ...locales.map((locale) => ({ path: `${LAYOUT.playbooks}/${locale}/${ids.playbook}.mdx`, text: playbookFile(texts.get(locale)!, today) })),
    { path: '.gitignore', text: GITIGNORE },
    { path: 'README.md', text: teamReadme(locales) },
  ];
  return { files, untranslated };
}

type Pick = (get: (texts: SkeletonTexts) => string) => (readonly [string, string])[];

function settingsFile(locales: readonly string[], pick: Pick): string {
  return [
    '# Settings of this handbook. Every field is optional; the generator\'s README lists them all and',
    '# their defaults.',
    '',
    '# The site\'s name and tagline, per language.',
    'site:',
    ...yamlLocalized('name', 2, pick((t) => t.site.name)),
    ...yamlLocalized('tagline', 2, pick((t) => t.site.tagline)),
    '',
    '# The languages the site builds, in the order the language switcher lists them, and the one the',
    '# others fall back to (with a visible "not translated yet" notice) where a text is missing.',
    `locales: [${locales.join(', ')}]`,
    `defaultLocale: ${locales[0]}`,
    '',
    '# Which register a customer reply shows first in a language that has two (formal: Pan/Pani, Ön,',
    '# dumneavoastră, usted; informal: ty, te, tu, tú). A language listed here needs both versions of',
    '# every public reply, the second after a line <!-- register: informal -->.',
    '# register:',
    '#   pl: informal',
    '',
    '# A playbook whose lastReviewed date is older than this many days is reported as overdue.',
    'review:',
    '  intervalDays: 180',
    '',
  ].join('\n');
}

function rolesFile(pick: Pick): string {
  return [
    '# The roles your team fills in an incident. Playbooks and checklist items name their owner by id.',
    `- id: ${SKELETON_IDS.lead}`,
    ...yamlLocalized('label', 2, pick((t) => t.roles.lead.label)),
    ...yamlLocalized('description', 2, pick((t) => t.roles.lead.description)),
    `- id: ${SKELETON_IDS.agent}`,
    ...yamlLocalized('label', 2, pick((t) => t.roles.agent.label)),
    ...yamlLocalized('description', 2, pick((t) => t.roles.agent.description)),
    '',
  ].join('\n');
}

function severityFile(pick: Pick): string {
  const { lead, agent } = SKELETON_IDS;
  const alert: Record<(typeof SEVERITIES)[number], string[]> = { low: [], medium: [lead], high: [lead], critical: [lead, agent] };
  const approver: Record<(typeof SEVERITIES)[number], string> = { low: agent, medium: lead, high: lead, critical: lead };
  const lines = [
    '# How bad is it? Playbooks carry a typical severity; each incident is judged with this matrix.',
    ...yamlLocalized('judge', 0, pick((t) => t.severity.judge)),
    'criteria:',
    '  - id: reach',
    ...yamlLocalized('label', 4, pick((t) => t.severity.reach)),
    '# Exactly these four levels, in this order: who is alerted, who approves what, how often to update.',
    'levels:',
  ];
  for (const level of SEVERITIES) {
    lines.push(
      `  - id: ${level}`,
      '    criteria:',
      ...yamlLocalized('reach', 6, pick((t) => t.severity[level].reach)),
      `    alert: { roles: [${alert[level].join(', ')}] }`,
      '    approvals:',
      ...yamlLocalized('- messages', 6, pick((t) => t.severity[level].approvals)),
      `        by: [${approver[level]}]`,
      '    updates:',
      ...yamlLocalized('outside', 6, pick((t) => t.severity[level].outside)),
      ...yamlLocalized('inside', 6, pick((t) => t.severity[level].inside)),
      ...(level === 'critical' ? [] : yamlLocalized('moveUp', 4, pick((t) => t.severity[level].moveUp ?? ''))),
    );
  }
  return lines.join('\n') + '\n';
}

function ruleFile(locales: readonly string[], texts: Map<string, SkeletonTexts>, pick: Pick): string {
  return [
    '# A rule: what the team should do, why, and the checks the build runs on every template that lists it.',
    'severity: error            # error stops the build; warning only reports',
    ...yamlLocalized('title', 0, pick((t) => t.rule.title)),
    ...yamlLocalized('summary', 0, pick((t) => t.rule.summary)),
    ...yamlLocalized('why', 0, pick((t) => t.rule.why)),
    '# A good and a bad example per language: the check must pass the good one and catch the bad one.',
    'examples:',
    ...locales.map((locale) => `  ${locale}: { good: ${quote(texts.get(locale)!.rule.good)}, bad: ${quote(texts.get(locale)!.rule.bad)} }`),
    'checks:',
    `  - id: ${SKELETON_IDS.check}`,
    '    type: forbidden         # forbidden | required | length | shouting | placeholders',
    '    appliesTo: all',
    '    skipPast: true          # "10 minutes ago" is no promise',
    ...yamlLocalized('message', 4, pick((t) => t.rule.message)),
    '    # Regular expressions per language (the README\'s pattern guide explains them and word patterns).',
    '    patterns:',
    ...locales.map((locale) => `      ${locale}: [${texts.get(locale)!.rule.patterns.map((pattern) => `'${pattern.replace(/'/g, "''")}'`).join(', ')}]`),
    '',
  ].join('\n');
}

function treeFile(pick: Pick): string {
  const { playbook, template, checklist } = SKELETON_IDS;
  const outcome = (id: string, action: string, key: 'moderate' | 'hold' | 'apologise', extra: string[]) => [
    `  - id: ${id}`,
    '    outcome:',
    `      action: ${action}`,
    ...yamlLocalized('title', 6, pick((t) => t.tree[key].title)),
    ...yamlLocalized('text', 6, pick((t) => t.tree[key].text)),
    `      playbook: ${playbook}`,
    ...extra,
  ];
  const answer = (get: (texts: SkeletonTexts) => string, next: string) => [...yamlLocalized('- label', 6, pick(get)), `        next: ${next}`];
  return [
    '# A decision tree: one question at a time, each answer leading to the next question or an outcome.',
    ...yamlLocalized('title', 0, pick((t) => t.tree.title)),
    ...yamlLocalized('description', 0, pick((t) => t.tree.description)),
    'start: q-real',
    'nodes:',
    '  - id: q-real',
    ...yamlLocalized('question', 4, pick((t) => t.tree.questionReal)),
    '    answers:',
    ...answer((t) => t.tree.answerRealYes, 'q-known'),
    ...answer((t) => t.tree.answerRealNo, 'out-moderate'),
    '  - id: q-known',
    ...yamlLocalized('question', 4, pick((t) => t.tree.questionKnown)),
    '    answers:',
    ...answer((t) => t.tree.answerKnownNo, 'out-hold'),
    ...answer((t) => t.tree.answerKnownYes, 'out-apologise'),
    '  # An outcome\'s action decides which kinds of template it may offer (see the README).',
    ...outcome('out-moderate', 'moderate', 'moderate', []),
    ...outcome('out-hold', 'hold', 'hold', [`      templates: [${template}]`, `      checklist: ${checklist}`]),
    ...outcome('out-apologise', 'apologise', 'apologise', [`      templates: [${template}]`]),
    '',
  ].join('\n');
}

function templateFile(texts: SkeletonTexts): string {
  return [
    '---',
    `title: ${quote(texts.template.title)}`,
    'kind: holding               # what the reply is for; decides which tree outcomes may offer it',
    `situation: ${SKELETON_IDS.situation}`,
    'channels: [x, facebook, instagram, dm]',
    'tone: warm',
    'placeholders:               # every {{placeholder}} in the reply, with the label of its field',
    `  customer_name: ${quote(texts.template.customerName)}`,
    `guidelines: [${SKELETON_IDS.rule}]`,
    '---',
    texts.template.body,
    '',
  ].join('\n');
}

function playbookFile(texts: SkeletonTexts, today: string): string {
  const { playbook } = texts;
  const { situation, lead, agent, tree, template, rule, checklist } = SKELETON_IDS;
  return [
    '---',
    `title: ${quote(playbook.title)}`,
    `summary: ${quote(playbook.summary)}`,
    `situation: ${situation}`,
    'severity: medium            # typical severity: low, medium, high or critical',
    `owner: ${lead}`,
    `lastReviewed: ${today}`,
    `tree: ${tree}`,
    `templates: [${template}]`,
    `rules: [${rule}]`,
    'checklists:',
    `  - id: ${checklist}`,
    `    title: ${quote(playbook.checklistTitle)}`,
    '    items:',
    ...playbook.items.map((item) => `      - { text: ${quote(item.text)}, owner: ${agent}, timing: ${quote(item.timing)} }`),
    '---',
    '',
    playbook.intro,
    '',
    `## ${playbook.checklistTitle}`,
    '',
    `<Checklist id="${checklist}" />`,
    '',
    `## ${playbook.headingTree}`,
    '',
    `<Tree id="${tree}" />`,
    '',
    `## ${playbook.headingReply}`,
    '',
    `<Template id="${template}" />`,
    '',
    `<Rule id="${rule}" />`,
    '',
  ].join('\n');
}

const GITIGNORE = ['# Built sites and caches, if you build into this folder', 'dist/', '.astro/', 'node_modules/', '.DS_Store', ''].join('\n');

function teamReadme(locales: readonly string[]): string {
  return `# Our crisis handbook

The team's crisis handbook, in ${locales.join(', ')}: playbooks, reply templates, a decision tree and
rules, built into a searchable static site by the crisis-playbook generator.

## Build and serve it

In the generator's folder (after \`npm install\` there once):

\`\`\`sh
HANDBOOK_ROOT=/path/to/this/folder npm run check   # every check, with file:line:column for each finding
HANDBOOK_ROOT=/path/to/this/folder npm start       # build the site and serve it on http://127.0.0.1:4321/
HANDBOOK_ROOT=/path/to/this/folder npm run build   # build it into the generator's dist/ (OUT_DIR=… elsewhere)
\`\`\`

## Add content

\`\`\`sh
HANDBOOK_ROOT=/path/to/this/folder npm run new -- template our-reply   # or playbook, tree, rule
\`\`\`

\`npm run new\` writes the file in every language of \`handbook.config.yaml\`, with a \`TODO:\` marker in
each text to write. The checks report every marker as an error until it is replaced, so a handbook
with unfinished text cannot be published.

| what | where |
|---|---|
| settings: name, languages, review interval | \`handbook.config.yaml\` |
| situations, roles, severity levels | \`content/situations.yaml\`, \`content/roles.yaml\`, \`content/severity.yaml\` |
| rules and their checks | \`content/guidelines/<id>.yaml\` |
| reply templates | \`content/templates/<locale>/<id>.md\` |
| decision trees | \`content/trees/<id>.yaml\` |
| playbooks | \`playbooks/<locale>/<id>.mdx\` |

Ids are file names in lower-case kebab-case; they become URLs, so keep them stable. The generator's
README describes every field.
`;
}
