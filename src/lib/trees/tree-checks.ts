/**
 * Build-time checks of decision trees. Each problem is an error naming the tree's file and the node,
 * placed on the field where the YAML has it: duplicate ids, a missing start, answers to nodes that do
 * not exist, cycles, unreachable nodes, dead ends, outcomes pointing at missing playbooks, templates or
 * checklists, and labels missing in any of the six locales.
 */
import type { Diagnostics } from '../diagnostics.ts';
import { LOCALES } from '../i18n/locales.ts';
import type { Handbook, Tree } from '../model.ts';
import { failedToLoad } from '../load/layout.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { didYouMean } from '../text/closest.ts';
import { isOutcome, isQuestion } from './tree-model.ts';
import { checkOutcomeFit } from './outcome-fit.ts';

/**
 * How many steps a path from the start may take. Real decision trees are a handful of questions
 * deep; a deeper one is nested that deep in its page's outline, which browsers stop nesting properly
 * at a few hundred elements, and nobody answers a hundred questions in a row during a crisis.
 */
export const MAX_TREE_DEPTH = 100;

export function checkTrees(handbook: Handbook, diagnostics: Diagnostics): void {
  for (const tree of handbook.trees) {
    checkTree(tree, handbook, diagnostics);
    checkOutcomeFit(tree, handbook, diagnostics);
  }
}

function checkTree(tree: Tree, handbook: Handbook, diagnostics: Diagnostics) {
  const error = (ruleId: string, reason: string, field: (string | number)[], note: string) =>
    diagnostics.error(tree.origin.file, reason, positionOf(tree.origin.positions, field), { ruleId, source: 'trees', note });

  const byId = new Map<string, number>();
  tree.nodes.forEach((node, index) => {
    if (byId.has(node.id)) {
      error('tree-duplicate-id', `Duplicate node id "${node.id}" (also node ${byId.get(node.id)! + 1})`, ['nodes', index, 'id'], 'Give every node of a tree its own id.');
    } else byId.set(node.id, index);
  });

  if (!byId.has(tree.start)) {
    error('tree-missing-node', `The start node "${tree.start}" does not exist`, ['start'], 'Set start: to the id of the first question.');
  }

  tree.nodes.forEach((node, index) => {
    const question = isQuestion(node);
    if (question && isOutcome(node)) {
      error('tree-dead-end', `Node "${node.id}" is both a question and an outcome`, ['nodes', index], 'A node either asks a question (question + answers) or ends the path (outcome).');
    } else if (!question && !isOutcome(node)) {
      error('tree-dead-end', `Node "${node.id}" is neither a question nor an outcome: a dead end`, ['nodes', index], 'Give it a question with answers, or an outcome.');
    } else if (question && !node.answers?.length) {
      error('tree-dead-end', `Question "${node.id}" has no answers: a dead end`, ['nodes', index, 'question'], 'Add answers, each with a label and the id of the next node.');
    }
    node.answers?.forEach((answer, answerIndex) => {
      if (!byId.has(answer.next)) {
        error('tree-missing-node', `Answer ${answerIndex + 1} of node "${node.id}" points at node "${answer.next}", which does not exist`, ['nodes', index, 'answers', answerIndex, 'next'], 'Use the id of a node of this tree.');
      }
    });
    const outcome = node.outcome;
    if (outcome) {
      const playbook = outcome.playbook ? handbook.playbooks.find((candidate) => candidate.slug === outcome.playbook) : undefined;
      if (outcome.playbook && !playbook && !failedToLoad(diagnostics, 'playbooks', outcome.playbook)) {
        error('tree-missing-reference', `Outcome "${node.id}" points at playbook "${outcome.playbook}", which does not exist`, ['nodes', index, 'outcome', 'playbook'], `${didYouMean(outcome.playbook, handbook.playbooks.map((candidate) => candidate.slug))}Use the slug of a file in playbooks/<locale>/.`);
      }
      outcome.templates.forEach((id, templateIndex) => {
        if (!handbook.templates.some((template) => template.id === id) && !failedToLoad(diagnostics, 'templates', id)) {
          error('tree-missing-reference', `Outcome "${node.id}" points at template "${id}", which does not exist`, ['nodes', index, 'outcome', 'templates', templateIndex], `${didYouMean(id, handbook.templates.map((template) => template.id))}Use the id of a file in content/templates/<locale>/.`);
        }
      });
      if (outcome.checklist && playbook) {
        // Each locale's page links to the checklist in that locale's playbook, so every translation must have it.
        const versions = handbook.playbooks.filter((candidate) => candidate.slug === playbook.slug);
        const lacking = versions.filter((version) => !version.checklists.some((list) => list.id === outcome.checklist));
        if (lacking.length) {
          const where = lacking.length === versions.length ? '' : ` in ${lacking.map((version) => version.locale).join(', ')}`;
          error('tree-missing-reference', `Outcome "${node.id}" points at checklist "${outcome.checklist}", which playbook "${playbook.slug}" does not have${where}`, ['nodes', index, 'outcome', 'checklist'], `${didYouMean(outcome.checklist, versions.flatMap((version) => version.checklists.map((list) => list.id)))}Use the id of a checklist in that playbook's front matter, or add it to ${lacking.map((version) => version.origin.file).join(', ')}.`);
        }
      }
      if (outcome.checklist && !outcome.playbook) {
        error('tree-missing-reference', `Outcome "${node.id}" names a checklist but no playbook`, ['nodes', index, 'outcome', 'checklist'], 'Add playbook: with the slug of the playbook the checklist belongs to.');
      }
    }
  });

  // Reachability, cycles and depth, by a depth-first walk from the start. Iterative, with its own
  // stack: a tree of thousands of nodes in a chain must be checked, not overflow the call stack.
  const state = new Map<string, 'open' | 'done'>();
  /** Steps from a node down to its deepest end, the node itself included (a cycle counts as an end). */
  const height = new Map<string, number>();
  const reported = new Set<string>();
  if (byId.has(tree.start)) {
    const path: string[] = [];
    const frames: { id: string; next: number }[] = [];
    const enter = (id: string) => {
      state.set(id, 'open');
      path.push(id);
      frames.push({ id, next: 0 });
    };
    enter(tree.start);
    while (frames.length) {
      const frame = frames[frames.length - 1];
      const answers = tree.nodes[byId.get(frame.id)!].answers ?? [];
      if (frame.next >= answers.length) {
        state.set(frame.id, 'done');
        height.set(frame.id, 1 + answers.reduce((deepest, answer) => Math.max(deepest, height.get(answer.next) ?? 0), 0));
        frames.pop();
        path.pop();
        continue;
      }
      const target = answers[frame.next++].next;
      if (!byId.has(target) || state.get(target) === 'done') continue;
      if (state.get(target) === 'open') {
        const cycle = [...path.slice(path.indexOf(target)), target];
        const key = [...cycle].sort().join();
        if (!reported.has(key)) {
          reported.add(key);
          error('tree-cycle', `Cycle: ${cycle.join(' → ')}`, ['nodes', byId.get(frame.id)!, 'answers'], 'Decision trees must end in outcomes; point one of these answers somewhere else.');
        }
        continue;
      }
      enter(target);
    }
  }
  if ((height.get(tree.start) ?? 0) > MAX_TREE_DEPTH) {
    // Follow the deepest way down to the first node past the limit, and report it there.
    let id = tree.start;
    for (let step = 1; step <= MAX_TREE_DEPTH; step++) {
      const answers = tree.nodes[byId.get(id)!].answers ?? [];
      id = answers.reduce((deepest, answer) => ((height.get(answer.next) ?? 0) > (height.get(deepest) ?? 0) ? answer.next : deepest), answers[0].next);
    }
    error('tree-too-deep', `The tree is ${height.get(tree.start)} steps deep: node "${id}" is more than ${MAX_TREE_DEPTH} answers away from the start`, ['nodes', byId.get(id)!, 'id'], `A decision tree may be at most ${MAX_TREE_DEPTH} steps deep, so its outline stays readable and printable: split it into several trees, or ask fewer questions in a row.`);
  }
  tree.nodes.forEach((node, index) => {
    if (!state.has(node.id) && byId.get(node.id) === index && byId.has(tree.start)) {
      error('tree-unreachable', `Node "${node.id}" cannot be reached from the start node "${tree.start}"`, ['nodes', index, 'id'], 'Point an answer at it, or remove it.');
    }
  });

  // Labels in every locale.
  // Typed loosely: zod infers the labels as a string record, not as LocalizedText.
  const label = (text: Readonly<Record<string, string | undefined>> | undefined, what: string, field: (string | number)[], nodeId?: string) => {
    const missing = LOCALES.filter((locale) => !text?.[locale]);
    if (missing.length) {
      error('tree-missing-label', `${nodeId ? `Node "${nodeId}": ` : ''}${what} is missing in ${missing.join(', ')}`, field, `Add ${missing.map((locale) => `${locale}:`).join(' ')} to ${field.join('.')}.`);
    }
  };
  label(tree.title, 'the tree title', ['title']);
  tree.nodes.forEach((node, index) => {
    if (node.question) label(node.question, 'the question', ['nodes', index, 'question'], node.id);
    node.answers?.forEach((answer, answerIndex) => label(answer.label, `the label of answer ${answerIndex + 1}`, ['nodes', index, 'answers', answerIndex], node.id));
    if (node.outcome) {
      label(node.outcome.title, 'the outcome title', ['nodes', index, 'outcome', 'title'], node.id);
      label(node.outcome.text, 'the outcome text', ['nodes', index, 'outcome', 'text'], node.id);
    }
  });
}
