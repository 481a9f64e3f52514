/**
 * The content model: zod schemas for every kind of file an author writes.
 * The same schemas back the Astro content collections (src/content.config.ts) and the standalone
 * checker (src/lib/load), so `npm run check` and `npm run build` agree on what is valid.
 */
import { z } from 'zod';
import { LOCALES } from './i18n/locales.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PLACEHOLDER_NAME = /^[a-z][a-z0-9_]*$/;

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
     * Checks switched off for this template, each with the reason: `{ check: rule-id/check-id, reason }`.
     * The reason is optional here so that a missing one is reported by the rules engine with its place,
     * while the rest of the template is still checked.
     */
    allow: z.array(z.object({ check: z.string().min(1), reason: z.string().optional() }).strict()).default([]),
  })
  .strict();
export type TemplateData = z.infer<typeof templateSchema>;
export type AllowData = TemplateData['allow'][number];

// ---------- decision trees ----------
const answerSchema = z.object({ label: localizedText.optional(), next: id }).strict();
const outcomeSchema = z
  .object({
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
    severity: z.enum(SEVERITIES),
    owner: z.string().min(1),
    lastReviewed: z.coerce.date(),
    sources: z.array(id).min(1),
    tree: id.optional(),
    templates: z.array(id).default([]),
    rules: z.array(id).default([]),
    checklists: z.array(checklistSchema).default([]),
  })
  .strict();
export type PlaybookData = z.infer<typeof playbookSchema>;
