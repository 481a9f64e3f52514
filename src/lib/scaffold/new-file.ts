/**
 * The files `npm run new -- template|playbook|tree|rule <id>` adds to a handbook: every required
 * field filled, every text an author must write a visible `TODO:` marker that the checks report
 * (src/lib/todo/markers.ts) until it is written. Templates and playbooks get one file per configured
 * locale; trees and rules one YAML file whose texts carry every locale. Pure: src/cli/new.ts writes them.
 */
import { LAYOUT } from '../load/layout.ts';
import { ID_PATTERN, RESERVED_IDS, TEMPLATE_KINDS, CHANNELS, TONES, OUTCOME_ACTIONS } from '../schema.ts';
import type { SkeletonFile } from './skeleton.ts';
import { quote, yamlLocalized } from './yaml.ts';

export const NEW_KINDS = ['template', 'playbook', 'tree', 'rule'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

export function isNewKind(value: string): value is NewKind {
  return (NEW_KINDS as readonly string[]).includes(value);
}

export interface NewFileContext {
  /** The handbook's locales, the default first. */
  locales: readonly string[];
  /** The customer-facing register the settings choose per locale: those locales get a reply in both. */
  registers: Readonly<Record<string, string>>;
  /** Ids the new file can refer to, so that it is valid as soon as its texts are written. */
  situation?: string;
  owner?: string;
  playbook?: string;
  /** YYYY-MM-DD, a new playbook's lastReviewed. */
  today: string;
}

/** Why an id cannot be used, or undefined when it can. */
export function invalidId(id: string): string | undefined {
  if (!ID_PATTERN.test(id)) return `"${id}" is not an id in lower-case kebab-case, like "late-delivery"`;
  if (RESERVED_IDS.has(id)) return `"${id}" is reserved: it would take the place of the page that lists them all`;
  return undefined;
}

/** The files a new entry of `kind` takes, relative to the handbook root. */
export function newFilePaths(kind: NewKind, id: string, locales: readonly string[]): string[] {
  switch (kind) {
    case 'template':
      return locales.map((locale) => `${LAYOUT.templates}/${locale}/${id}.md`);
    case 'playbook':
      return locales.map((locale) => `${LAYOUT.playbooks}/${locale}/${id}.mdx`);
    case 'tree':
      return [`${LAYOUT.trees}/${id}.yaml`];
    case 'rule':
      return [`${LAYOUT.guidelines}/${id}.yaml`];
  }
}

export function newFiles(kind: NewKind, id: string, context: NewFileContext): SkeletonFile[] {
  const paths = newFilePaths(kind, id, context.locales);
  switch (kind) {
    case 'template':
      return context.locales.map((locale, index) => ({ path: paths[index]!, text: templateText(context, Boolean(context.registers[locale])) }));
    case 'playbook':
      return context.locales.map((_, index) => ({ path: paths[index]!, text: playbookText(context) }));
    case 'tree':
      return [{ path: paths[0]!, text: treeText(context) }];
    case 'rule':
      return [{ path: paths[0]!, text: ruleText(context) }];
  }
}

const todo = (locales: readonly string[], what: string) => locales.map((locale) => [locale, `TODO: ${what}`] as const);

function templateText(context: NewFileContext, bothRegisters: boolean): string {
  const body = bothRegisters
    ? ['TODO: write the reply in the formal register', '', '<!-- register: informal -->', 'TODO: write the reply in the informal register']
    : ['TODO: write the reply'];
  return [
    '---',
    `title: ${quote('TODO: name the template')}`,
    `kind: holding               # ${TEMPLATE_KINDS.join(' ')}`,
    `situation: ${context.situation ?? 'TODO'}          # an id from content/situations.yaml`,
    `channels: [x, facebook]     # ${CHANNELS.join(' ')}`,
    `tone: neutral               # ${TONES.join(' ')}`,
    'placeholders: {}            # each {{placeholder}} the reply uses, with its field\'s label: { customer_name: "Customer\'s name" }',
    'guidelines: []              # ids of the rules (content/guidelines/) the reply must satisfy',
    '---',
    ...body,
    '',
  ].join('\n');
}

function playbookText(context: NewFileContext): string {
  const owner = context.owner ?? 'TODO';
  return [
    '---',
    `title: ${quote('TODO: name the playbook')}`,
    `summary: ${quote('TODO: say in one sentence when to use it')}`,
    `situation: ${context.situation ?? 'TODO'}          # an id from content/situations.yaml`,
    'severity: medium            # typical severity: low, medium, high or critical',
    `owner: ${owner}              # a role id from content/roles.yaml`,
    `lastReviewed: ${context.today}`,
    'checklists:',
    '  - id: first-steps',
    `    title: ${quote('TODO: name the checklist')}`,
    '    items:',
    `      - { text: ${quote('TODO: write the first step')}, owner: ${owner} }`,
    '---',
    '',
    'TODO: write when to use this playbook and what to do.',
    '',
    '<Checklist id="first-steps" />',
    '',
  ].join('\n');
}

function treeText(context: NewFileContext): string {
  const { locales } = context;
  const outcome = (id: string) => [
    `  - id: ${id}`,
    '    outcome:',
    `      action: hold            # ${OUTCOME_ACTIONS.join(' ')}: decides which templates fit`,
    ...yamlLocalized('title', 6, todo(locales, 'say what to do')),
    ...yamlLocalized('text', 6, todo(locales, 'explain the next step')),
    ...(context.playbook ? [`      playbook: ${context.playbook}`] : ['      # playbook: the-playbook-to-follow']),
    '      templates: []             # ids of templates that fit the action',
  ];
  return [
    ...yamlLocalized('title', 0, todo(locales, "write the tree's question in a few words")),
    'start: q-first',
    'nodes:',
    '  - id: q-first',
    ...yamlLocalized('question', 4, todo(locales, 'ask the first question')),
    '    answers:',
    ...yamlLocalized('- label', 6, todo(locales, 'write the first answer')),
    '        next: out-first',
    ...yamlLocalized('- label', 6, todo(locales, 'write the second answer')),
    '        next: out-second',
    ...outcome('out-first'),
    ...outcome('out-second'),
    '',
  ].join('\n');
}

function ruleText(context: NewFileContext): string {
  const { locales } = context;
  return [
    'severity: error            # error stops the build; warning only reports',
    ...yamlLocalized('title', 0, todo(locales, 'name the rule')),
    ...yamlLocalized('summary', 0, todo(locales, 'say the rule in one sentence')),
    ...yamlLocalized('why', 0, todo(locales, 'say why it matters')),
    'examples:',
    ...locales.map((locale) => `  ${locale}: { good: ${quote('TODO: a reply that follows the rule')}, bad: ${quote('TODO: a reply that breaks it')} }`),
    '# The checks the build runs on every template that lists this rule (the README explains each type):',
    'checks: []',
    '# checks:',
    '#   - id: my-check',
    '#     type: forbidden      # forbidden | required | length | shouting | placeholders',
    '#     patterns:',
    ...locales.map((locale) => `#       ${locale}: ['a regular expression']`),
    '',
  ].join('\n');
}
