/**
 * The content model: zod schemas for every kind of file an author writes.
 * The same schemas back the Astro content collections (src/content.config.ts) and the standalone
 * checker (src/lib/load), so `npm run check` and `npm run build` agree on what is valid.
 */
import { z } from 'zod';
import { LOCALES } from './i18n/locales.ts';

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

const localeKeys = Object.fromEntries(LOCALES.map((locale) => [locale, z.string().min(1).optional()]));

/** Text per locale. Only the default locale is required; a missing one falls back with a notice. */
export const localizedText = z
  .object({ ...localeKeys, en: z.string().min(1) } as Record<string, z.ZodType<string | undefined>>)
  .strict();
export type LocalizedText = Partial<Record<(typeof LOCALES)[number], string>> & { en: string };

// ---------- sources ----------
export const sourceSchema = z
  .object({
    title: z.string().min(1),
    language: z.enum(LOCALES),
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
export const patternsByLocale = z
  .object(Object.fromEntries([...LOCALES, '*'].map((key) => [key, z.array(z.string().min(1)).optional()])))
  .strict();
export type PatternsByLocale = Partial<Record<(typeof LOCALES)[number] | '*', string[]>>;

const checkCommon = {
  id,
  severity: z.enum(['error', 'warning']).optional(),
  appliesTo: z.union([z.literal('all'), z.array(z.enum(TEMPLATE_KINDS)).min(1)]).default('all'),
  /** Kinds the check never runs on, even on a template that lists the rule in its `guidelines`. */
  notFor: z.array(z.enum(TEMPLATE_KINDS)).default([]),
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
      /** A match negated in its clause ("this is not your fault") is not a finding. */
      skipNegated: z.boolean().default(true),
      /** A match next to a past marker ("10 minutes ago") is not a finding: for promises of a time. */
      skipPast: z.boolean().default(false),
      /**
       * Word patterns per locale: a paragraph that also says one of these (not negated) has no finding
       * of this check, e.g. an excuse naming the courier in a reply that says "the fault is ours".
       */
      unless: patternsByLocale.default({}),
    })
    .strict(),
  z.object({ ...checkCommon, ...textCheck, type: z.literal('required') }).strict(),
  z
    .object({
      ...checkCommon,
      type: z.literal('length'),
      /** Overrides of the built-in per-channel limits, in characters (X counts by its own rules). */
      limits: z.partialRecord(z.enum(CHANNELS), z.number().int().positive()).optional(),
    })
    .strict(),
  z
    .object({
      ...checkCommon,
      type: z.literal('shouting'),
      /** Words of at least this many letters written all in capitals count as shouting. */
      minLetters: z.number().int().min(2).default(5),
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
    examples: z
      .object(
        Object.fromEntries(
          LOCALES.map((locale) => [locale, z.object({ good: exampleTexts, bad: exampleTexts }).strict().optional()]),
        ),
      )
      .strict(),
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
});

// ---------- translations ----------
/**
 * What a translation was translated from: the short hash of its default-locale source's translatable
 * content (src/lib/translations/source-hash.ts), written by `npm run translated`.
 */
export const translatedFrom = z.string().regex(/^[0-9a-f]{7,64}$/, 'a short hash like "3f9a1c2b7d04", as `npm run translated -- <file>` writes it');

// ---------- templates ----------
export const templateSchema = z
  .object({
    title: z.string().min(1),
    kind: z.enum(TEMPLATE_KINDS),
    situation: id,
    channels: z.array(z.enum(CHANNELS)).min(1),
    tone: z.enum(TONES),
    /** Placeholder name -> label shown in the fill-in form. */
    placeholders: z
      .record(z.string().regex(PLACEHOLDER_NAME, 'a placeholder name in lower snake_case, like customer_name'), z.string().min(1))
      .default({}),
    guidelines: z.array(id).default([]),
    /**
     * The register of the (first) body: formal unless it says otherwise; `neutral` for a text that
     * addresses nobody, which needs no second register. See src/lib/templates/registers.ts.
     */
    register: z.enum(['formal', 'informal', 'neutral']).optional(),
    /**
     * Checks switched off for this template, each with the reason: `{ check: rule-id/check-id, reason }`.
     * The reason is optional here so that a missing one is reported by the rules engine with its place,
     * while the rest of the template is still checked.
     */
    allow: z.array(z.object({ check: z.string().min(1), reason: z.string().optional() }).strict()).default([]),
    /** When the template was last reviewed (optional for templates); overdue after `review.intervalDays`. */
    lastReviewed: isoDate.optional(),
    /** In a translation: the hash of the default-locale template it was translated from. */
    translatedFrom: translatedFrom.optional(),
  })
  .strict();
export type TemplateData = z.infer<typeof templateSchema>;
export type AllowData = TemplateData['allow'][number];

// ---------- glossary: content/glossary.yaml ----------
export const glossaryEntrySchema = z
  .object({
    /** The preferred term, as the message suggests it. */
    term: z.string().min(1),
    /** Variants to avoid: patterns like a rule's (whole words, case-insensitive, `\p{L}*` for endings). */
    avoid: z.array(z.string().min(1)).min(1),
    /** Why, in the entry's language: shown as the fix line. */
    why: z.string().min(1).optional(),
    severity: z.enum(['error', 'warning']).default('warning'),
  })
  .strict();
export const glossarySchema = z.partialRecord(z.enum(LOCALES), z.array(glossaryEntrySchema));
export type GlossaryData = z.infer<typeof glossarySchema>;

// ---------- settings: handbook.config.yaml ----------
/**
 * A locale code as it appears in URLs, folder names and `<html lang>`: a BCP 47 language tag kept
 * simple (`en`, `de`, `pt-BR`, `zh-Hant`). The locales a handbook builds are the settings' `locales`.
 */
export const LOCALE_CODE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/;
export const localeCode = z.string().regex(LOCALE_CODE, 'a language code like "en", "de" or "pt-BR"');
/** A short text per locale in the settings (site name, tagline); any configured locale may be left out. */
const settingsText = z.record(localeCode, z.string().min(1));

/** A CSS hex colour: `#1d4ed8` or `#15c`. */
const hexColour = z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'a hex colour like "#1d4ed8"');

export const settingsSchema = z
  .object({
    /** The site's name and look. Name and tagline fall back to the interface strings' `site.name` / `site.tagline`. */
    site: z
      .object({
        name: settingsText.optional(),
        tagline: settingsText.optional(),
        /** An image shown before the name in the header, relative to the handbook root (`public/logo.svg`). */
        logo: z.string().min(1).optional(),
        /** The accent colour of links, buttons and focus rings; checked for contrast against the page colours. */
        accent: hexColour.optional(),
      })
      .strict()
      .default({}),
    /**
     * The locales the site builds, in the order the language switcher lists them. Without it: the
     * locale folders found under playbooks/ and content/templates/, the default locale first.
     */
    locales: z.array(localeCode).min(1).optional(),
    /** The locale every other falls back to, with a visible notice, and the one the root URL opens. */
    defaultLocale: localeCode.optional(),
    /**
     * The customer-facing register each language's pages show first, for languages whose replies
     * come in two (see src/lib/templates/registers.ts): `{ pl: informal }` for a brand that answers
     * with "ty". A language listed here is expected to have both registers for every public reply.
     */
    register: z.record(localeCode, z.enum(['formal', 'informal'])).default({}),
    /** How long a playbook or template stays current after its `lastReviewed` date. */
    review: z
      .object({ intervalDays: z.number().int().positive().default(180) })
      .strict()
      .default({ intervalDays: 180 }),
    /**
     * Who fills each role (content/roles.yaml) in this team, and how to reach them, shown where
     * the handbook names the role. Optional: a handbook shared between teams leaves it out.
     */
    roster: z
      .array(
        z
          .object({
            role: z.string().min(1),
            name: z.string().min(1),
            /** Phone, e-mail or chat handle, as the team writes it. */
            contact: z.string().min(1).optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type SettingsData = z.infer<typeof settingsSchema>;

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
    title: z.string().min(1),
    summary: z.string().min(1),
    situation: id,
    /** The typical severity of the situation; each incident's actual one is judged with content/severity.yaml. */
    severity: z.enum(SEVERITIES),
    /** A role id (content/roles.yaml), checked with a "did you mean" by src/lib/roles.ts. */
    owner: z.string().min(1),
    lastReviewed: isoDate,
    // A playbook may follow incident-response practice that no source of the handbook covers.
    sources: z.array(id).default([]),
    tree: id.optional(),
    templates: z.array(id).default([]),
    rules: z.array(id).default([]),
    checklists: z.array(checklistSchema).default([]),
    /** In a translation: the hash of the default-locale playbook it was translated from. */
    translatedFrom: translatedFrom.optional(),
  })
  .strict();
export type PlaybookData = z.infer<typeof playbookSchema>;
