/** The skeleton's English texts (see types.ts). */
import type { SkeletonTexts } from './types.ts';

export const en: SkeletonTexts = {
  site: { name: 'Our crisis handbook', tagline: 'What we do when something goes wrong on social media' },
  situation: 'A customer complaint',
  roles: {
    lead: { label: 'Social media lead', description: 'Owns the playbooks, approves new wording and decides when to escalate.' },
    agent: { label: 'Community manager', description: 'Answers customers with the templates and keeps the log.' },
  },
  severity: {
    judge: 'Judge each incident on its own: its severity is the highest level any criterion reaches.',
    reach: 'Reach and spread',
    low: { reach: 'One customer or a few; not spreading.', approvals: 'Replies from the templates', outside: 'Reply within the hour.', inside: 'Note it in the log.', moveUp: 'A second similar report, or the post starts to spread.' },
    medium: { reach: 'Several customers, or one post drawing attention.', approvals: 'New wording', outside: 'Update every few hours.', inside: 'Tell the lead now, then daily.', moveUp: 'It spreads fast, or a journalist or a regulator asks.' },
    high: { reach: 'Spreading fast, or a journalist or regulator is asking.', approvals: 'Every public statement', outside: 'Update every two hours, even with no news.', inside: 'Update the team every hour.', moveUp: 'It trends, or someone may come to harm.' },
    critical: { reach: 'Trending, or someone is at risk.', approvals: 'Every message', outside: 'Update at least every hour.', inside: 'Keep a live channel open with the team; the lead alerts management at once.' },
  },
  rule: {
    title: 'Promise only what you can keep',
    summary: 'Never promise a fix or a callback within a set time; promise the next update instead, and keep it.',
    why: 'A missed promise turns one complaint into two, in public.',
    message: "Promises a time you may not keep — say what you'll do, not when",
    good: "We'll reply here as soon as we know more.",
    bad: "We'll call you back in 10 minutes.",
    patterns: ['(?:in|within)\\s+(?:the\\s+next\\s+)?{number}\\s*{unit}'],
  },
  template: {
    title: 'Holding reply',
    customerName: "Customer's first name",
    body: "Hi {{customer_name}}, we're sorry to hear this, and thank you for letting us know. We're looking into it now and will reply here as soon as we know more.",
  },
  tree: {
    title: 'A complaint came in. What now?',
    description: 'Find the next step in two questions.',
    questionReal: 'Is there a real problem behind the post?',
    answerRealYes: 'Yes, something went wrong for the customer',
    answerRealNo: "No, it's only insults or trolling",
    questionKnown: 'Do you already know what happened?',
    answerKnownNo: 'Not yet, or not sure it was us',
    answerKnownYes: 'Yes, and it was our fault',
    moderate: { title: "Don't get drawn in", text: "Don't argue. Take a screenshot, then hide or report only what breaks your community rules. If it threatens anyone, tell the lead at once." },
    hold: { title: 'Reply now, explain later', text: 'Send the holding reply, then find out what happened.' },
    apologise: { title: 'Thank, apologise, fix it', text: "Start from the holding reply, say sorry and what you'll do, and get the lead's OK. Then take the details to private messages, and come back to the thread once it's fixed." },
  },
  playbook: {
    title: 'A customer complaint',
    summary: 'Someone is unhappy in public. Reply fast, find out what happened, fix it.',
    intro: 'Use this when a customer complains in a comment, a post or a review.',
    checklistTitle: 'First steps',
    items: [
      { text: 'Read the whole thread and take screenshots', timing: '0–5 min' },
      { text: 'Send the holding reply', timing: '5–15 min' },
      { text: 'Tell the lead, then find out what happened', timing: '15–30 min' },
    ],
    headingTree: 'Which way to go',
    headingReply: 'The reply',
  },
};
