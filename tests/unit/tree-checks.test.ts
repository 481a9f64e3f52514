import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { checkTrees } from '../../src/lib/trees/tree-checks.ts';
import { treeEdges } from '../../src/lib/trees/tree-outline.ts';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import type { Playbook, Tree } from '../../src/lib/model.ts';
import { treeSchema } from '../../src/lib/schema.ts';
import { parseYamlWithPositions } from '../../src/lib/load/yaml-positions.ts';
import { allPaths, isOutcome, nodesById } from '../../src/lib/trees/tree-model.ts';
import { KINDS_FOR_ACTION } from '../../src/lib/trees/outcome-fit.ts';
import { handbook, template, tree } from './helpers/handbook.ts';

const all = (text: string) => Object.fromEntries(LOCALES.map((locale) => [locale, `${text} ${locale}`])) as { en: string };
const question = (id: string, ...next: string[]) => ({ id, question: all(id), answers: next.map((target) => ({ label: all(target), next: target })) });
const outcome = (id: string, extra = {}) => ({ id, outcome: { action: 'hold' as const, title: all(id), text: all(id), templates: [], ...extra } });

/** Findings on a tree; outcomes in these small trees link no playbook, which has a test of its own. */
const problems = (t: Tree, extra: Parameters<typeof handbook>[0] = {}) => {
  const diagnostics = new Diagnostics();
  checkTrees(handbook({ ...extra, trees: [{ ...t, title: all('T') }] }), diagnostics);
  return diagnostics.messages().map((m) => `${m.ruleId} ${m.reason}`).filter((line) => !line.startsWith('tree-outcome-playbook'));
};

describe('outcome fit', () => {
  const templates = [template('en', 'sorry', 'Sorry.', { kind: 'complaint-reply' }), template('en', 'note', 'Note.', { kind: 'internal' }), template('en', 'answer', 'A.', { kind: 'answer' })];
  it('rejects a reply whose kind does not fit what the outcome says to do', () => {
    const threat = outcome('b', { action: 'escalate', templates: ['note', 'sorry'] });
    expect(problems(tree([question('a', 'b'), threat]), { templates })).toEqual([
      'tree-outcome-fit Outcome "b" (action: escalate) offers template "sorry", a complaint-reply, which does not fit',
    ]);
    const question_ = outcome('b', { action: 'answer', templates: ['answer', 'sorry'] });
    expect(problems(tree([question('a', 'b'), question_]), { templates })).toEqual([
      'tree-outcome-fit Outcome "b" (action: answer) offers template "sorry", a complaint-reply, which does not fit',
    ]);
    expect(problems(tree([question('a', 'b'), outcome('b', { action: 'apologise', templates: ['sorry'] })]), { templates })).toEqual([]);
  });
  it('needs an action on every outcome, and warns about an outcome without a playbook', () => {
    const diagnostics = new Diagnostics();
    const bare = { id: 'b', outcome: { title: all('b'), text: all('b'), templates: [] } };
    checkTrees(handbook({ trees: [{ ...tree([question('a', 'b'), bare]), title: all('T') }] }), diagnostics);
    expect(diagnostics.messages().map((m) => `${m.fatal ? 'error' : 'warning'} ${m.ruleId}`)).toEqual(['error tree-outcome-action']);
    const warned = new Diagnostics();
    checkTrees(handbook({ trees: [{ ...tree([question('a', 'b'), outcome('b')]), title: all('T') }] }), warned);
    expect(warned.messages().map((m) => `${m.fatal ? 'error' : 'warning'} ${m.ruleId}`)).toEqual(['warning tree-outcome-playbook']);
  });
});

describe('tree checks', () => {
  it('accept a sound tree', () => {
    expect(problems(tree([question('a', 'b', 'c'), outcome('b'), outcome('c')]))).toEqual([]);
  });
  it('report duplicate ids', () => {
    expect(problems(tree([question('a', 'b'), outcome('b'), outcome('b')]))).toContain('tree-duplicate-id Duplicate node id "b" (also node 2)');
  });
  it('report answers to missing nodes, and a missing start', () => {
    expect(problems(tree([question('a', 'zz')]))).toContain('tree-missing-node Answer 1 of node "a" points at node "zz", which does not exist');
    expect(problems(tree([outcome('b')], { start: 'a' }))).toContain('tree-missing-node The start node "a" does not exist');
  });
  it('report cycles with their path', () => {
    expect(problems(tree([question('a', 'b'), question('b', 'c', 'd'), question('c', 'a'), outcome('d')]))).toContain('tree-cycle Cycle: a → b → c → a');
  });
  it('report unreachable nodes', () => {
    expect(problems(tree([question('a', 'b'), outcome('b'), outcome('lost')]))).toContain('tree-unreachable Node "lost" cannot be reached from the start node "a"');
  });
  it('report dead ends', () => {
    const found = problems(tree([question('a', 'b', 'c', 'd'), { id: 'b', question: all('b'), answers: [] }, { id: 'c' }, { ...question('d', 'c'), ...outcome('d') }]));
    expect(found).toEqual(expect.arrayContaining([
      'tree-dead-end Question "b" has no answers: a dead end',
      'tree-dead-end Node "c" is neither a question nor an outcome: a dead end',
      'tree-dead-end Node "d" is both a question and an outcome',
    ]));
  });
  it('report outcomes pointing at missing playbooks, templates or checklists', () => {
    const found = problems(tree([question('a', 'b'), outcome('b', { playbook: 'nope', templates: ['nada'], checklist: 'first-15' })]));
    expect(found).toEqual(expect.arrayContaining([
      'tree-missing-reference Outcome "b" points at playbook "nope", which does not exist',
      'tree-missing-reference Outcome "b" points at template "nada", which does not exist',
    ]));
  });
  it('report a label missing in a locale, naming the node and the locales', () => {
    const broken = question('a', 'b');
    broken.answers[0].label = { en: 'Yes', pl: 'Tak' } as typeof broken.answers[0]['label'];
    expect(problems(tree([broken, outcome('b')]))).toEqual(['tree-missing-label Node "a": the label of answer 1 is missing in hu, ro, es, fi']);
  });
});

describe('the default trees', async () => {
  const { handbook: book } = await loadHandbook(resolve(import.meta.dirname, '../..'));
  const templateKinds = new Map(book.templates.map((t) => [`${t.locale}/${t.id}`, t.kind]));

  // A crisis lead signs a path only if, in every language, it ends at a real outcome: a title and advice,
  // an existing playbook (and checklist) in that language, and replies that exist there and fit the action.
  describe.each(LOCALES)('in %s, every path of every tree', (locale) => {
    it.each(['triage', 'reply-or-not', 'compensation'])('%s ends in advice that fits', (id) => {
      const t = book.trees.find((candidate) => candidate.id === id)!;
      const byId = nodesById(t);
      for (const path of allPaths(t)) {
        const where = `${locale} ${id}: ${path.join(' > ')}`;
        path.slice(0, -1).forEach((nodeId) => expect(byId.get(nodeId)!.question?.[locale], where).toBeTruthy());
        const end = byId.get(path[path.length - 1]!)!;
        const outcome = end.outcome!;
        expect(outcome, where).toBeDefined();
        expect(outcome.title?.[locale] && outcome.text?.[locale], where).toBeTruthy();
        const playbook = book.playbooks.find((candidate) => candidate.slug === outcome.playbook && candidate.locale === locale);
        expect(playbook, where).toBeDefined();
        if (outcome.checklist) expect(playbook!.checklists.map((c) => c.id), where).toContain(outcome.checklist);
        for (const template of outcome.templates) {
          const kind = templateKinds.get(`${locale}/${template}`);
          expect(kind, `${where}: ${template}`).toBeDefined();
          expect(KINDS_FOR_ACTION[outcome.action!], `${where}: ${template} (${kind})`).toContain(kind);
        }
      }
    });
  });

  it('put safety first: the triage starts with who may be at risk, and no threat or plain question ends in an apology', () => {
    const triage = book.trees.find((t) => t.id === 'triage')!;
    expect(triage.start).toBe('q-safety');
    const apologies = new Set(book.templates.filter((t) => t.kind === 'complaint-reply' || t.kind === 'apology-statement').map((t) => t.id));
    for (const t of book.trees) {
      const byId = nodesById(t);
      for (const node of t.nodes) {
        for (const answer of node.answers ?? []) {
          if (!/threat|violence|question/i.test(answer.label?.en ?? "")) continue;
          const target = byId.get(answer.next)!;
          if (!target.outcome) continue;
          expect(target.outcome.templates.filter((id) => apologies.has(id)), `${t.id}: ${answer.label?.en}`).toEqual([]);
        }
      }
    }
  });

  it('pass every check', () => {
    const diagnostics = new Diagnostics();
    checkTrees(book, diagnostics);
    expect(diagnostics.messages().map(String)).toEqual([]);
    expect(book.trees.map((t) => t.id).sort()).toEqual(['compensation', 'reply-or-not', 'triage']);
  });
  it.each(['triage', 'reply-or-not', 'compensation'])('%s: every path is walked; every node and outcome is reached and ends at a playbook', (id) => {
    const t = book.trees.find((candidate) => candidate.id === id)!;
    const edges = treeEdges(t);
    const byId = new Map(t.nodes.map((node) => [node.id, node]));
    const visited = new Set<string>();
    const paths: string[][] = [];
    const walk = (path: string[]) => {
      const current = path[path.length - 1];
      visited.add(current);
      const next = edges.get(current) ?? [];
      if (next.length === 0) {
        paths.push(path);
        const end = byId.get(current)!;
        expect(end.outcome, path.join(' > ')).toBeDefined();
        expect(book.playbooks.some((playbook) => playbook.slug === end.outcome!.playbook), path.join(' > ')).toBe(true);
        return;
      }
      for (const target of next) walk([...path, target]);
    };
    walk([t.start]);
    expect([...visited].sort()).toEqual(t.nodes.map((node) => node.id).sort());
    expect(paths.length).toBeGreaterThanOrEqual(t.nodes.filter((node) => node.outcome).length);
  });
});

// ---------- findings placed in the YAML: file, node, rule, line and column ----------

/** A label in all six locales, as a YAML flow map, so a fixture only fails the check it is about. */
const L = (text: string) => `{ ${LOCALES.map((locale) => `${locale}: "${text} ${locale}"`).join(', ')} }`;
const FILE = 'content/trees/fixture.yaml';

/** A tree parsed the way the loader does it: YAML with positions, then the schema. Lines are 1-based. */
function fromYaml(lines: string[]): Tree {
  const parsed = parseYamlWithPositions(lines.join('\n'));
  expect(parsed.errors).toEqual([]);
  return { ...treeSchema.parse(parsed.value), id: 'fixture', origin: { file: FILE, positions: parsed.positions } };
}

function playbook(locale: Playbook['locale'], slug: string, checklists: string[]): Playbook {
  return {
    slug, locale, title: slug, summary: 's', situation: 's', severity: 'low', owner: 'o', lastReviewed: new Date(0), sources: ['s'],
    templates: [], rules: [], checklists: checklists.map((id) => ({ id, title: id, items: [{ text: 'x' }] })),
    body: '', bodyLine: 1, bodyColumn: 1, origin: { file: `playbooks/${locale}/${slug}.mdx` },
  };
}

function findings(t: Tree, parts: Parameters<typeof handbook>[0] = {}) {
  const diagnostics = new Diagnostics();
  checkTrees(handbook({ ...parts, trees: [t] }), diagnostics);
  // Outcomes of these fixtures link no playbook on purpose; that warning has a test of its own.
  return diagnostics.messages().filter((m) => m.ruleId !== 'tree-outcome-playbook').map((m) => ({ file: m.file, ruleId: m.ruleId, source: m.source, fatal: m.fatal, reason: m.reason, line: m.line, column: m.column, note: m.note }));
}

/** The one finding of a rule, checked for what every tree finding must carry. */
function only(found: ReturnType<typeof findings>, ruleId: string) {
  const matching = found.filter((finding) => finding.ruleId === ruleId);
  expect(matching, JSON.stringify(found, null, 2)).toHaveLength(1);
  const [finding] = matching;
  expect(finding).toMatchObject({ file: FILE, source: 'trees', fatal: true });
  expect(finding.note).toMatch(/\S/);
  return finding;
}

const head = (start = 'a') => [`title: ${L('T')}`, `start: ${start}`, 'nodes:'];
const yamlQuestion = (id: string, ...next: string[]) => [`  - id: ${id}`, `    question: ${L(id)}`, '    answers:', ...next.map((target) => `      - { label: ${L(target)}, next: ${target} }`)];
const yamlOutcome = (id: string, ...extra: string[]) => [`  - id: ${id}`, `    outcome: { action: apologise, title: ${L(id)}, text: ${L(id)}${extra.map((field) => `, ${field}`).join('')} }`];

describe('tree findings are placed where the YAML says it', () => {
  it('a sound fixture has no findings', () => {
    expect(findings(fromYaml([...head(), ...yamlQuestion('a', 'b'), ...yamlOutcome('b')]))).toEqual([]);
  });

  it('duplicate id: on the second id', () => {
    // lines: 4 a, 5 question, 6 answers, 7 -> b, 8 b, 9 outcome, 10 b again
    const finding = only(findings(fromYaml([...head(), ...yamlQuestion('a', 'b'), ...yamlOutcome('b'), ...yamlOutcome('b')])), 'tree-duplicate-id');
    expect(finding.reason).toContain('"b"');
    expect([finding.line, finding.column]).toEqual([10, 5]);
  });

  it('missing start: on start', () => {
    const finding = only(findings(fromYaml([...head('nope'), ...yamlOutcome('b')])), 'tree-missing-node');
    expect(finding.reason).toContain('"nope"');
    expect([finding.line, finding.column]).toEqual([2, 1]);
  });

  it('answer to a missing node: on that answer\'s next', () => {
    const finding = only(findings(fromYaml([...head(), ...yamlQuestion('a', 'b', 'ghost'), ...yamlOutcome('b')])), 'tree-missing-node');
    expect(finding.reason).toContain('node "a"');
    expect(finding.reason).toContain('"ghost"');
    const column = `      - { label: ${L('ghost')}, next: ghost }`.indexOf('next:') + 1;
    expect([finding.line, finding.column]).toEqual([8, column]);
  });

  it('cycle: names the path, on the answers of the node that closes it', () => {
    // lines: 4 a (5-7), 8 b (9-12: answers at 10), 13 c (14-16: answers at 15), 17 d
    const found = findings(fromYaml([...head(), ...yamlQuestion('a', 'b'), ...yamlQuestion('b', 'c', 'd'), ...yamlQuestion('c', 'a'), ...yamlOutcome('d')]));
    const finding = only(found, 'tree-cycle');
    expect(finding.reason).toContain('a → b → c → a');
    expect([finding.line, finding.column]).toEqual([15, 5]);
  });

  it('unreachable node: on its id', () => {
    // lines: 4 a, 8 b, 10 lost
    const finding = only(findings(fromYaml([...head(), ...yamlQuestion('a', 'b'), ...yamlOutcome('b'), ...yamlOutcome('lost')])), 'tree-unreachable');
    expect(finding.reason).toContain('"lost"');
    expect([finding.line, finding.column]).toEqual([10, 5]);
  });

  it('question without answers: on its question', () => {
    // lines: 4 a (5-8), 9 b, 10 question, 11 answers: []
    const found = findings(fromYaml([...head(), ...yamlQuestion('a', 'b', 'c'), '  - id: b', `    question: ${L('b')}`, '    answers: []', ...yamlOutcome('c')]));
    const finding = only(found, 'tree-dead-end');
    expect(finding.reason).toContain('"b"');
    expect([finding.line, finding.column]).toEqual([10, 5]);
  });

  it('node that is neither question nor outcome: on the node', () => {
    // lines: 4 a (5-8), 9 b, 10 help, 11 c
    const found = findings(fromYaml([...head(), ...yamlQuestion('a', 'b', 'c'), '  - id: b', `    help: ${L('b')}`, ...yamlOutcome('c')]));
    const finding = only(found, 'tree-dead-end');
    expect(finding.reason).toContain('"b"');
    expect(finding.reason).toContain('neither');
    expect([finding.line, finding.column]).toEqual([9, 5]);
  });

  it('node that is both: on the node', () => {
    // lines: 4 a (5-7), 8 b (9-11), 12 outcome of b, 13 c
    const found = findings(fromYaml([...head(), ...yamlQuestion('a', 'b'), ...yamlQuestion('b', 'c'), `    outcome: { title: ${L('b')}, text: ${L('b')} }`, ...yamlOutcome('c')]));
    const finding = only(found, 'tree-dead-end');
    expect(finding.reason).toContain('"b"');
    expect(finding.reason).toContain('both');
    expect([finding.line, finding.column]).toEqual([8, 5]);
  });

  describe('outcome references', () => {
    const referencing = (...extra: string[]) => fromYaml([...head(), ...yamlQuestion('a', 'b'), ...yamlOutcome('b', ...extra)]);
    const outcomeLine = `    outcome: { action: apologise, title: ${L('b')}, text: ${L('b')}, `;

    it('missing playbook: on playbook', () => {
      const finding = only(findings(referencing('playbook: nope')), 'tree-missing-reference');
      expect(finding.reason).toContain('Outcome "b"');
      expect(finding.reason).toContain('"nope"');
      expect([finding.line, finding.column]).toEqual([9, outcomeLine.length + 1]);
    });

    it('missing template: on that template in the list', () => {
      const found = findings(referencing('playbook: p', 'templates: [here, gone]'), { playbooks: [playbook('en', 'p', [])], templates: [template('en', 'here', 'x')] });
      const finding = only(found, 'tree-missing-reference');
      expect(finding.reason).toContain('Outcome "b"');
      expect(finding.reason).toContain('"gone"');
      const column = `${outcomeLine}playbook: p, templates: [here, `.length + 1;
      expect([finding.line, finding.column]).toEqual([9, column]);
    });

    it('checklist the playbook does not have: on checklist', () => {
      const found = findings(referencing('playbook: p', 'checklist: first-15'), { playbooks: [playbook('en', 'p', ['other'])] });
      const finding = only(found, 'tree-missing-reference');
      expect(finding.reason).toContain('Outcome "b"');
      expect(finding.reason).toContain('"first-15"');
      expect(finding.reason).toContain('"p"');
      expect([finding.line, finding.column]).toEqual([9, `${outcomeLine}playbook: p, `.length + 1]);
    });

    it('a misspelt checklist id gets a suggestion', () => {
      const found = findings(referencing('playbook: p', 'checklist: first-51'), { playbooks: [playbook('en', 'p', ['first-15', 'wrap-up'])] });
      expect(only(found, 'tree-missing-reference').note).toMatch(/^Did you mean "first-15"\? /);
    });

    it('checklist missing in one translation of the playbook: names the locale and the file to fix', () => {
      const found = findings(referencing('playbook: p', 'checklist: first-15'), { playbooks: [playbook('en', 'p', ['first-15']), playbook('pl', 'p', [])] });
      const finding = only(found, 'tree-missing-reference');
      expect(finding.reason).toMatch(/does not have in pl$/);
      expect(finding.note).toContain('playbooks/pl/p.mdx');
    });

    it('checklist without a playbook: on checklist', () => {
      const finding = only(findings(referencing('checklist: first-15')), 'tree-missing-reference');
      expect(finding.reason).toContain('Outcome "b"');
      expect([finding.line, finding.column]).toEqual([9, outcomeLine.length + 1]);
    });

    it('existing playbook, templates and checklist: no finding', () => {
      const found = findings(referencing('playbook: p', 'templates: [here]', 'checklist: first-15'), { playbooks: [playbook('en', 'p', ['first-15']), playbook('fi', 'p', ['first-15'])], templates: [template('en', 'here', 'x')] });
      expect(found).toEqual([]);
    });
  });

  describe('labels missing in a locale', () => {
    it('tree title: on title, listing the locales', () => {
      const found = findings(fromYaml(['title: { en: T, pl: T }', 'start: a', 'nodes:', ...yamlQuestion('a', 'b'), ...yamlOutcome('b')]));
      const finding = only(found, 'tree-missing-label');
      expect(finding.reason).toContain('hu, ro, es, fi');
      expect(finding.note).toContain('title');
      expect([finding.line, finding.column]).toEqual([1, 1]);
    });

    it('question: on the question, naming the node', () => {
      const found = findings(fromYaml([...head(), '  - id: a', '    question: { en: A? }', '    answers:', `      - { label: ${L('b')}, next: b }`, ...yamlOutcome('b')]));
      const finding = only(found, 'tree-missing-label');
      expect(finding.reason).toContain('Node "a"');
      expect(finding.reason).toContain('pl, hu, ro, es, fi');
      expect([finding.line, finding.column]).toEqual([5, 5]);
    });

    it('answer label: on the answer, naming the node and the answer', () => {
      const found = findings(fromYaml([...head(), '  - id: a', `    question: ${L('a')}`, '    answers:', '      - next: b', ...yamlOutcome('b')]));
      const finding = only(found, 'tree-missing-label');
      expect(finding.reason).toContain('Node "a"');
      expect(finding.reason).toContain('answer 1');
      expect(finding.reason).toContain('en, pl, hu, ro, es, fi');
      expect([finding.line, finding.column]).toEqual([7, 9]);
    });

    it('outcome title and text: each on its field', () => {
      // line 8: b, 9: outcome:, 10: title, 11: text
      const found = findings(fromYaml([...head(), ...yamlQuestion('a', 'b'), '  - id: b', '    outcome:', '      title: { en: B, pl: B, hu: B, ro: B, es: B }', '      text: { en: Do B }']));
      const labels = found.filter((finding) => finding.ruleId === 'tree-missing-label');
      expect(labels.map((finding) => [finding.line, finding.column, finding.reason])).toEqual([
        [10, 7, 'Node "b": the outcome title is missing in fi'],
        [11, 7, 'Node "b": the outcome text is missing in pl, hu, ro, es, fi'],
      ]);
      expect(labels.every((finding) => finding.file === FILE && finding.note)).toBe(true);
    });
  });

  it('without positions, a finding still names the file and the node, with no place', () => {
    const bare = { ...fromYaml([...head(), ...yamlQuestion('a', 'ghost')]), origin: { file: FILE } };
    const finding = only(findings(bare), 'tree-missing-node');
    expect(finding.reason).toContain('node "a"');
    expect([finding.line, finding.column]).toEqual([undefined, undefined]);
  });
});

// ---------- the three real tree files, read straight from disk ----------

describe('the real tree files, walked path by path', () => {
  const root = resolve(import.meta.dirname, '../..');
  const expected = {
    triage: { start: 'q-safety', outcomes: ['out-self-harm', 'out-violent-threat', 'out-product-safety', 'out-data-breach', 'out-personal-data', 'out-doxxing', 'out-legal-threat', 'out-hate-speech', 'out-media', 'out-authority', 'out-impersonation', 'out-high-reach', 'out-viral', 'out-misinformation', 'out-own-mistake', 'out-customer-change', 'out-employee', 'out-after-crisis', 'out-troll', 'out-holding', 'out-service-failure', 'out-justified', 'out-let-stand', 'out-acknowledge'] },
    'reply-or-not': { start: 'q-risk', outcomes: ['out-self-harm', 'out-threat', 'out-moderate', 'out-triage', 'out-no-reply', 'out-acknowledge', 'out-go-private', 'out-complaint', 'out-correct', 'out-let-stand', 'out-answer', 'out-holding'] },
    compensation: { start: 'q-paid', outcomes: ['out-refund', 'out-not-known', 'out-no-compensation', 'out-cover-costs', 'out-legal-first', 'out-approval', 'out-gesture', 'out-apology-only'] },
  };

  it.each(Object.entries(expected))('%s: every path ends at an outcome with a playbook; every node and outcome is reached', (id, { start, outcomes }) => {
    const data = treeSchema.parse(parse(readFileSync(resolve(root, `content/trees/${id}.yaml`), 'utf8')));
    expect(data.start).toBe(start);
    const byId = nodesById(data);
    expect(byId.size, 'node ids are unique').toBe(data.nodes.length);
    expect(data.nodes.filter(isOutcome).map((node) => node.id).sort()).toEqual([...outcomes].sort());

    const paths = allPaths(data);
    const exercised = new Set<string>();
    for (const path of paths) {
      path.forEach((step) => exercised.add(step));
      const end = byId.get(path[path.length - 1]);
      expect(end && isOutcome(end), path.join(' > ')).toBe(true);
      const slug = end!.outcome!.playbook;
      expect(slug, path.join(' > ')).toBeDefined();
      expect(existsSync(resolve(root, `playbooks/en/${slug}.mdx`)), `${path.join(' > ')}: playbooks/en/${slug}.mdx`).toBe(true);
    }
    expect(new Set(paths.map((path) => path[path.length - 1]))).toEqual(new Set(outcomes));
    expect([...exercised].sort()).toEqual(data.nodes.map((node) => node.id).sort());
  });
});
