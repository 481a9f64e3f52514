/**
 * What an outcome tells the team to do decides which replies it may offer. A decision tree that ends
 * "a violent threat: preserve it and pass it to security" must never hand out an apology, and one that
 * ends "answer the question" must not offer "we're sorry we let you down". Every outcome says its
 * `action`; every template it offers must be of a kind that action allows. The table is the handbook's
 * incident-response practice, the same for the default handbook and a team's own.
 */
import type { Diagnostics } from '../diagnostics.ts';
import type { Handbook, Tree } from '../model.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { OUTCOME_ACTIONS, type OutcomeAction, type TemplateKind } from '../schema.ts';

export const KINDS_FOR_ACTION: Record<OutcomeAction, readonly TemplateKind[]> = {
  // A question or a claim we can answer on substance: an answer, not an apology.
  answer: ['answer', 'correction', 'move-to-private', 'private-message', 'holding', 'acknowledgement'],
  // We are at fault, or the complaint is justified.
  apologise: ['complaint-reply', 'apology-statement', 'correction', 'move-to-private', 'private-message', 'compensation', 'follow-up', 'holding', 'acknowledgement'],
  // The facts are not in yet.
  hold: ['holding', 'acknowledgement', 'internal'],
  // Nothing to answer and nothing we will follow up: a reply that promises nothing.
  acknowledge: ['acknowledgement'],
  // Someone is wrong about us.
  correct: ['correction', 'answer', 'holding', 'private-message', 'move-to-private'],
  // Many people are affected or watching: outages, changes, a post going viral.
  inform: ['statement', 'announcement', 'holding', 'complaint-reply', 'correction', 'safety', 'internal', 'acknowledgement'],
  // A notice we may owe people by law (a personal-data breach): notices and statements, never a complaint reply.
  notify: ['announcement', 'statement', 'holding', 'safety', 'correction', 'internal', 'acknowledgement'],
  // Abuse, hate speech, personal data in public: moderate by the published rules.
  moderate: ['moderation', 'private-message', 'internal'],
  // Someone may be at risk: help first.
  protect: ['safety', 'private-message', 'internal'],
  // A threat of violence: preserve, report, pass on; no engagement and no offer of private contact.
  escalate: ['internal'],
  // To someone else in private: a named person, legal, the spokesperson.
  route: ['move-to-private', 'private-message', 'acknowledgement', 'internal'],
  // An accurate critical post: let it stand and watch it.
  monitor: ['internal'],
  // Make it right with money or a gesture.
  compensate: ['compensation', 'private-message', 'complaint-reply', 'follow-up', 'answer'],
};

export function checkOutcomeFit(tree: Tree, handbook: Handbook, diagnostics: Diagnostics): void {
  const kinds = new Map(handbook.templates.map((template) => [template.id, template.kind]));
  tree.nodes.forEach((node, index) => {
    const outcome = node.outcome;
    if (!outcome) return;
    const at = (...field: (string | number)[]) => positionOf(tree.origin.positions, ['nodes', index, 'outcome', ...field]);
    if (!outcome.action) {
      diagnostics.error(tree.origin.file, `Outcome "${node.id}" does not say what to do (its action)`, at(), {
        ruleId: 'tree-outcome-action',
        source: 'trees',
        note: `Add action: one of ${OUTCOME_ACTIONS.join(', ')}. It decides which kinds of reply the outcome may offer.`,
      });
      return;
    }
    if (!outcome.playbook) {
      diagnostics.warn(tree.origin.file, `Outcome "${node.id}" links no playbook`, at(), {
        ruleId: 'tree-outcome-playbook',
        source: 'trees',
        note: 'Add playbook: the slug of the playbook that says what to do next, so the path does not end in a title alone.',
      });
    }
    const allowed = KINDS_FOR_ACTION[outcome.action];
    outcome.templates.forEach((id, templateIndex) => {
      const kind = kinds.get(id);
      if (!kind || allowed.includes(kind)) return;
      diagnostics.error(tree.origin.file, `Outcome "${node.id}" (action: ${outcome.action}) offers template "${id}", a ${kind}, which does not fit`, at('templates', templateIndex), {
        ruleId: 'tree-outcome-fit',
        source: 'trees',
        note: `An outcome that says "${outcome.action}" may offer: ${allowed.join(', ')}. Offer another template, or change the action if the outcome means something else.`,
      });
    });
  });
}
