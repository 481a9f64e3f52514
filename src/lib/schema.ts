/**
 * The content model: zod schemas for every kind of file an author writes.
 * The same schemas back the Astro content collections (src/content.config.ts) and the standalone
 * checker (src/lib/load), so `npm run check` and `npm run build` agree on what is valid.
 */
import { z } from 'zod';
import { DEFAULT_LOCALE } from './i18n/locales.ts';
import { en } from './i18n/strings/en.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PLACEHOLDER_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Ids the routes need for themselves: `index` would be read as the folder's own page by the content
 * loader (`templates/en/index.md` becomes the entry `en`) and by the URL of the list it belongs to.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['index']);

export const id = z.string().regex(ID_PATTERN, 'an id in lower-case kebab-case, like "stay-calm"');

export const TEMPLATE_KINDS = [
  'complaint-reply',
  'private-message',
  'move-to-private',
  'holding',
  'correction',
  'moderation',
  'apology-statement',
  'statement',
  'announcement',
  'follow-up',
  'compensation',
  'internal',
  'answer',
  'acknowledgement',
  'safety',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const CHANNELS = ['x', 'facebook', 'instagram', 'linkedin', 'dm', 'email', 'sms', 'website', 'internal'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TONES = ['warm', 'neutral', 'formal', 'firm'] as const;
export type Tone = (typeof TONES)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * A locale code as it appears in URLs, folder names and `<html lang>`: a BCP 47 language tag kept
 * simple (`en`, `de`, `pt-BR`, `zh-Hant`). The locales a handbook builds are the settings' `locales`.
 */
export const LOCALE_CODE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/;
export const localeCode = z.string().regex(LOCALE_CODE, 'a language code like "en", "de" or "pt-BR"');

/**
 * Text per locale. Only the default locale's text is required (read when a file is validated, so it
 * follows the handbook's settings); a missing one falls back with a notice. A locale the settings do
 * not build may keep its texts (a team that builds two of the default handbook's six languages).
 */
export const localizedText = z.record(localeCode, z.string().min(1)).superRefine((text, context) => {
  if (text[DEFAULT_LOCALE] === undefined) {
    context.addIssue({
      code: 'custom',
      message: `Missing the ${DEFAULT_LOCALE} text: the default locale (defaultLocale in handbook.config.yaml) is the one every other falls back to`,
      input: text,
    });
  }
});
export type LocalizedText = Record<string, string>;

// ---------- sources ----------
export const sourceSchema = z
  .object({
    title: z.string().min(1),
    /** The language the source is written in (any language, not only those the site builds). */
    language: localeCode,
    file: z.string().min(1),
    publisher: z.string().optional(),
    covers: localizedText,
  })
  .strict();
export type SourceData = z.infer<typeof sourceSchema>;

// ---------- situations ----------
export const situationsSchema = z.array(
  z.object({ id, label: localizedText }).strict(),
);
export type SituationData = z.infer<typeof situationsSchema>[number];

// ---------- guidelines (rules) and their template checks ----------
/** Regular expressions per locale; `*` applies to every locale (emoji, for instance). */
export const patternsByLocale = z.record(z.union([localeCode, z.literal('*')]), z.array(z.string().min(1)));
export type PatternsByLocale = Record<string, string[]>;

const checkCommon = {
  id,
  severity: z.enum(['error', 'warning']).optional(),
  appliesTo: z.union([z.literal('all'), z.array(z.enum(TEMPLATE_KINDS)).min(1)]).default('all'),
  notFor: z
    .array(z.enum(TEMPLATE_KINDS))
    .default([])
    .describe("Kinds the check never runs on, even on a template that lists the rule in its `guidelines`."),
  message: localizedText.optional(),
};

/** Text checks: regular expressions and word patterns (src/lib/text/words.ts) per locale. */
const textCheck = {
  patterns: patternsByLocale.default({}),
  words: patternsByLocale.default({}),
};

export const checkSchema = z.discriminatedUnion('type', [
  z
    .object({
      ...checkCommon,
      ...textCheck,
      type: z.literal('forbidden'),
      skipNegated: z.boolean().default(true).describe('A match negated in its clause ("this is not your fault") is not a finding.'),
      skipPast: z
        .boolean()
        .default(false)
        .describe('A match next to a past marker ("10 minutes ago") is not a finding: for promises of a time.'),
      unless: patternsByLocale
        .default({})
        .describe(
          'Word patterns per locale: a paragraph that also says one of these (not negated) has no finding of this check, e.g. an excuse naming the courier in a reply that says "the fault is ours".',
        ),
    })
    .strict(),
  z.object({ ...checkCommon, ...textCheck, type: z.literal('required') }).strict(),
  z
    .object({
      ...checkCommon,
      type: z.literal('length'),
      limits: z
        .partialRecord(z.enum(CHANNELS), z.number().int().positive())
        .optional()
        .describe('Overrides of the built-in per-channel limits, in characters (X counts by its own rules).'),
    })
    .strict(),
  z
    .object({
      ...checkCommon,
      type: z.literal('shouting'),
      minLetters: z
        .number()
        .int()
        .min(2)
        .default(5)
        .describe('Words of at least this many letters written all in capitals count as shouting.'),
    })
    .strict(),
  z.object({ ...checkCommon, type: z.literal('placeholders') }).strict(),
]);
export type CheckData = z.infer<typeof checkSchema>;

const exampleTexts = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const guidelineSchema = z
  .object({
    severity: z.enum(['error', 'warning']).default('error'),
    sources: z.array(id).default([]),
    title: localizedText,
    summary: localizedText,
    why: localizedText,
    /** Per locale, one good and one bad example, or a list of each. */
    examples: z.record(localeCode, z.object({ good: exampleTexts, bad: exampleTexts }).strict()),
    checks: z.array(checkSchema).default([]),
  })
  .strict();
export type GuidelineData = z.infer<typeof guidelineSchema>;

// ---------- dates ----------
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A calendar date written `YYYY-MM-DD`. `new Date()` would turn 2026-02-30 into March 2 and the number
 * 20261122 into a moment of January 1970, so anything else, or a day the month does not have, is an
 * error. Astro's own YAML reader hands over a Date for the same text; the checks have read the text.
 */
export const isoDate = z.unknown().transform((value, context): Date => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (value === undefined || value === null) {
    context.addIssue({ code: 'custom', message: 'missing; expected a date written as YYYY-MM-DD, like 2026-11-22' });
    return z.NEVER;
  }
  const written = typeof value === 'string' ? JSON.stringify(value) : String(value);
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null;
  if (!match) {
    context.addIssue({ code: 'custom', message: `${written} is not a date written as YYYY-MM-DD, like 2026-11-22` });
    return z.NEVER;
  }
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12) {
    context.addIssue({ code: 'custom', message: `${written} is not a date: there is no month ${month}` });
    return z.NEVER;
  }
  if (date.getUTCMonth() !== month - 1 || day < 1) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    context.addIssue({ code: 'custom', message: `${written} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days` });
    return z.NEVER;
  }
  return date;
})
  // A transform has no JSON Schema of its own: editors are told what an author writes (src/lib/editor).
  .meta({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

// ---------- translations ----------
/**
 * What a translation was translated from: the short hash of its default-locale source's translatable
 * content (src/lib/translations/source-hash.ts), written by `npm run translated`.
 */
export const translatedFrom = z.string().regex(/^[0-9a-f]{7,64}$/, 'a short hash like "3f9a1c2b7d04", as `npm run translated -- <file>` writes it');

// ---------- templates ----------
export const templateSchema = z
  .object({
    title: z.string().min(1).describe('The name of the reply, as the template list shows it.'),
    kind: z.enum(TEMPLATE_KINDS).describe('What the reply does; rules apply to kinds (`appliesTo`, `notFor`).'),
    situation: id.describe('The situation it answers: an id from content/situations.yaml.'),
    channels: z.array(z.enum(CHANNELS)).min(1).describe('Where the reply is posted; length limits follow the channel.'),
    tone: z.enum(TONES).describe('The tone the reply is written in.'),
    placeholders: z
      .record(z.string().regex(PLACEHOLDER_NAME, 'a placeholder name in lower snake_case, like customer_name'), z.string().min(1))
      .default({})
      .describe('Placeholder name (`{{customer_name}}` in the text) -> the label shown in the fill-in form.'),
    guidelines: z.array(id).default([]).describe('Rules (content/guidelines/<id>.yaml) this reply is checked against, besides those that apply to every reply.'),
    // A `neutral` text needs no second register. See src/lib/templates/registers.ts.
    register: z
      .enum(['formal', 'informal', 'neutral'])
      .optional()
      .describe('The register of the (first) body: formal unless it says otherwise; `neutral` for a text that addresses nobody.'),
    // The reason is optional here so that a missing one is reported by the rules engine with its place,
    // while the rest of the template is still checked.
    allow: z
      .array(z.object({ check: z.string().min(1), reason: z.string().optional() }).strict())
      .default([])
      .describe('Checks switched off for this template, each with the reason: `{ check: rule-id/check-id, reason }`.'),
    lastReviewed: isoDate.optional().describe('When the template was last reviewed (YYYY-MM-DD); overdue after review.intervalDays of the settings.'),
    translatedFrom: translatedFrom.optional().describe('In a translation: the hash of the default-locale template it was translated from (written by npm run translated).'),
  })
  .strict();
export type TemplateData = z.infer<typeof templateSchema>;
export type AllowData = TemplateData['allow'][number];

// ---------- glossary: content/glossary.yaml ----------
export const glossaryEntrySchema = z
  .object({
    term: z.string().min(1).describe('The preferred term, as the message suggests it.'),
    avoid: z
      .array(z.string().min(1))
      .min(1)
      .describe("Variants to avoid: patterns like a rule's (whole words, case-insensitive, `\\p{L}*` for endings)."),
    why: z.string().min(1).optional().describe("Why, in the entry's language: shown as the fix line."),
    severity: z.enum(['error', 'warning']).default('warning'),
  })
  .strict();
export const glossarySchema = z.record(localeCode, z.array(glossaryEntrySchema));
export type GlossaryData = z.infer<typeof glossarySchema>;

// ---------- settings: handbook.config.yaml ----------
/** A short text per locale in the settings (site name, tagline); any configured locale may be left out. */
const settingsText = z.record(localeCode, z.string().min(1));

/** A CSS hex colour: `#1d4ed8` or `#15c`. */
const hexColour = z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'a hex colour like "#1d4ed8"');

export const settingsSchema = z
  .object({
    site: z
      .object({
        name: settingsText.optional().describe("The site's name per locale; falls back to the interface strings' `site.name`."),
        tagline: settingsText.optional().describe("The line under the name per locale; falls back to the interface strings' `site.tagline`."),
        logo: z
          .string()
          .min(1)
          .optional()
          .describe('An image shown before the name in the header, relative to the handbook root (`public/logo.svg`).'),
        accent: hexColour
          .optional()
          .describe('The accent colour of links, buttons and focus rings, like "#1d4ed8"; checked for contrast against the page colours.'),
      })
      .strict()
      .default({})
      .describe("The site's name and look."),
    locales: z
      .array(localeCode)
      .min(1)
      .optional()
      .describe(
        'The locales the site builds, in the order the language switcher lists them. Without it: the locale folders found under playbooks/ and content/templates/, the default locale first.',
      ),
    defaultLocale: localeCode
      .optional()
      .describe('The locale every other falls back to, with a visible notice, and the one the root URL opens.'),
    // See src/lib/templates/registers.ts.
    register: z
      .record(localeCode, z.enum(['formal', 'informal']))
      .default({})
      .describe(
        'The customer-facing register each language shows first, for languages whose replies come in two: `{ pl: informal }` for a brand that answers with "ty". A language listed here is expected to have both registers for every public reply.',
      ),
    review: z
      .object({
        intervalDays: z
          .number()
          .int()
          .positive()
          .default(180)
          .describe('Days a playbook or template stays current after its `lastReviewed` date (default 180).'),
      })
      .strict()
      .default({ intervalDays: 180 })
      .describe('When a playbook or template is due for review.'),
    roster: z
      .array(
        z
          .object({
            role: z.string().min(1).describe('A role id from content/roles.yaml.'),
            name: z.string().min(1).describe('Who fills the role.'),
            contact: z.string().min(1).optional().describe('Phone, e-mail or chat handle, as the team writes it.'),
          })
          .strict(),
      )
      .default([])
      .describe(
        'Who fills each role (content/roles.yaml) in this team, and how to reach them, shown where the handbook names the role. A handbook shared between teams leaves it out.',
      ),
  })
  .strict();
export type SettingsData = z.infer<typeof settingsSchema>;

// ---------- interface strings: i18n/<locale>.yaml ----------
/**
 * A handbook's interface strings for one language: the keys of the generator's English strings
 * (src/lib/i18n/strings/en.ts), each optional here, with the English text as its description (an
 * editor shows it on hover and completes the keys). Keys a built language lacks, and `{parameters}`
 * lost in translation, are reported by src/lib/i18n/string-checks.ts.
 */
export const interfaceStringsSchema = z
  .object(Object.fromEntries(Object.entries(en).map(([key, text]) => [key, z.string().min(1).optional().describe(`English: ${text}`)])))
  .strict();

// ---------- roles: content/roles.yaml ----------
/** A role a team fills in an incident; checklist items and playbooks name their owner by its id. */
export const roleSchema = z
  .object({
    id,
    label: localizedText,
    /** What the role does, in a sentence. */
    description: localizedText,
  })
  .strict();
export const rolesSchema = z.array(roleSchema);
export type RoleData = z.infer<typeof roleSchema>;

// ---------- severity: content/severity.yaml ----------
/**
 * The severity scale an incident is judged on. Level ids are plain ids in the schema, so that the
 * severity checks (src/lib/severity.ts), not zod, report a misspelt or missing level with a
 * suggestion while the rest of the file is still checked.
 */
export const severityLevelSchema = z
  .object({
    id,
    /** Per criterion id: what this level looks like on that criterion. */
    criteria: z.record(id, localizedText),
    /** Who is told (role ids); `note` says what the ids cannot (nobody beyond the shift, shifts round the clock). */
    alert: z.object({ roles: z.array(z.string().min(1)).default([]), note: localizedText.optional() }).strict(),
    /** Which messages need whose approval before they go out. */
    approvals: z.array(z.object({ messages: localizedText, by: z.array(z.string().min(1)).min(1) }).strict()).min(1),
    /** The default update cadence outside the company (customers, the public) and inside it. */
    updates: z.object({ outside: localizedText, inside: localizedText }).strict(),
    moveUp: localizedText.optional(),
    moveDown: localizedText.optional(),
  })
  .strict();
export const severityScaleSchema = z
  .object({
    /** How to judge an incident's actual severity with the matrix. */
    judge: localizedText,
    criteria: z.array(z.object({ id, label: localizedText }).strict()).min(1),
    levels: z.array(severityLevelSchema).min(1),
  })
  .strict();
export type SeverityScaleData = z.infer<typeof severityScaleSchema>;
export type SeverityLevelData = z.infer<typeof severityLevelSchema>;

// ---------- decision trees ----------
const answerSchema = z.object({ label: localizedText.optional(), next: id }).strict();
/** What an outcome tells the team to do; it decides which kinds of reply fit (src/lib/trees/outcome-fit.ts). */
export const OUTCOME_ACTIONS = ['answer', 'apologise', 'hold', 'acknowledge', 'correct', 'inform', 'notify', 'moderate', 'protect', 'escalate', 'route', 'monitor', 'compensate'] as const;
export type OutcomeAction = (typeof OUTCOME_ACTIONS)[number];

const outcomeSchema = z
  .object({
    // Optional in the schema so that the tree checks report a missing one with the node's id.
    action: z.enum(OUTCOME_ACTIONS).optional(),
    title: localizedText.optional(),
    text: localizedText.optional(),
    playbook: id.optional(),
    templates: z.array(id).default([]),
    /** Id of a checklist in the outcome's playbook. */
    checklist: id.optional(),
  })
  .strict();
export const treeNodeSchema = z
  .object({
    id,
    question: localizedText.optional(),
    help: localizedText.optional(),
    answers: z.array(answerSchema).optional(),
    outcome: outcomeSchema.optional(),
  })
  .strict();
// Labels are optional in the schema so that the tree checks, not zod, report a missing
// label with the tree's file and the node's id (src/lib/trees/tree-checks.ts).
export const treeSchema = z
  .object({
    title: localizedText,
    description: localizedText.optional(),
    start: id,
    nodes: z.array(treeNodeSchema).min(1),
  })
  .strict();
export type TreeData = z.infer<typeof treeSchema>;
export type TreeNodeData = z.infer<typeof treeNodeSchema>;

// ---------- playbooks ----------
export const checklistSchema = z
  .object({
    id,
    title: z.string().min(1),
    items: z
      .array(
        z
          .object({
            text: z.string().min(1),
            /** A role id (content/roles.yaml). */
            owner: z.string().min(1).optional(),
            timing: z.string().min(1).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type ChecklistData = z.infer<typeof checklistSchema>;

export const playbookSchema = z
  .object({
    title: z.string().min(1).describe('The name of the playbook, as the home page lists it.'),
    summary: z.string().min(1).describe('One or two sentences: when to open this playbook and what it gets done.'),
    situation: id.describe('The situation it handles: an id from content/situations.yaml.'),
    severity: z
      .enum(SEVERITIES)
      .describe("The typical severity of the situation; each incident's actual one is judged with content/severity.yaml."),
    // Checked with a "did you mean" by src/lib/roles.ts.
    owner: z.string().min(1).describe('Who keeps the playbook current: a role id from content/roles.yaml.'),
    lastReviewed: isoDate.describe('When the playbook was last reviewed, written YYYY-MM-DD.'),
    // A playbook may follow incident-response practice that no source of the handbook covers.
    sources: z.array(id).default([]).describe('Sources (content/sources/<id>.yaml) the playbook follows.'),
    tree: id.optional().describe('A decision tree (content/trees/<id>.yaml) shown with the playbook.'),
    templates: z.array(id).default([]).describe('Reply templates (content/templates/<locale>/<id>.md) the playbook offers.'),
    rules: z.array(id).default([]).describe('Rules (content/guidelines/<id>.yaml) the playbook lists.'),
    checklists: z.array(checklistSchema).default([]).describe('Checklists, each with an id, a title and items; the body places them by id.'),
    translatedFrom: translatedFrom.optional().describe('In a translation: the hash of the default-locale playbook it was translated from (written by npm run translated).'),
  })
  .strict();
export type PlaybookData = z.infer<typeof playbookSchema>;
