/**
 * Every text of a new handbook's skeleton in one language: one file per language
 * (src/lib/scaffold/texts/<locale>.ts), so a native reader reviews a language in one place.
 * Team-facing texts use the informal register; `template.body` is a reply to a customer, in the formal
 * register where the language has one (Pan/Pani, Ön, dumneavoastră, usted).
 */
export interface SeverityLevelTexts {
  /** What the criterion (reach) looks like at this level. */
  reach: string;
  /** Which messages need approval at this level. */
  approvals: string;
  /** How often to update customers and the public. */
  outside: string;
  /** How often to update the team. */
  inside: string;
  /** What makes an incident at this level the next one (every level but critical). */
  moveUp?: string;
}

export interface SkeletonTexts {
  site: { name: string; tagline: string };
  /** The one situation's label. */
  situation: string;
  roles: {
    /** The playbook's owner. */
    lead: { label: string; description: string };
    /** Answers with the templates. */
    agent: { label: string; description: string };
  };
  severity: {
    judge: string;
    /** The label of the one criterion: reach. */
    reach: string;
    low: SeverityLevelTexts;
    medium: SeverityLevelTexts;
    high: SeverityLevelTexts;
    critical: SeverityLevelTexts;
  };
  rule: {
    title: string;
    summary: string;
    why: string;
    /** The check's message. */
    message: string;
    /** A reply the check passes and one it catches. */
    good: string;
    bad: string;
    /** Regular expressions that catch `bad` and not `good` (nor the template's body). */
    patterns: string[];
  };
  template: {
    title: string;
    /** The label of the {{customer_name}} field. */
    customerName: string;
    /** The reply, with {{customer_name}}. */
    body: string;
  };
  tree: {
    title: string;
    description: string;
    questionReal: string;
    answerRealYes: string;
    answerRealNo: string;
    questionKnown: string;
    answerKnownNo: string;
    answerKnownYes: string;
    moderate: { title: string; text: string };
    hold: { title: string; text: string };
    apologise: { title: string; text: string };
  };
  playbook: {
    title: string;
    summary: string;
    intro: string;
    checklistTitle: string;
    /** Three first steps, each with its timing. */
    items: [ItemTexts, ItemTexts, ItemTexts];
    headingTree: string;
    headingReply: string;
  };
}

export interface ItemTexts {
  text: string;
  timing: string;
}
