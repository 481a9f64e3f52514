/**
 * Writes a synthetic handbook of N playbooks in six locales: each playbook with three templates and a
 * checklist, one decision tree per ten playbooks, and the default handbook's rules, sources, situations,
 * roles and severity scale, so the rules engine does real work. The texts pass every default rule.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const LOCALES = ['en', 'pl', 'hu', 'ro', 'es', 'fi'] as const;

const REPLY: Record<(typeof LOCALES)[number], string> = {
  en: 'Hi {{customer_name}}, thank you for letting us know, and we are sorry for the trouble. We are checking case {{case_number}} and will reply in this thread as soon as we know more.',
  pl: 'Dzień dobry, {{customer_name}}, dziękujemy za zgłoszenie i przepraszamy za kłopot. Sprawdzamy sprawę {{case_number}} i odpiszemy w tym wątku, gdy tylko będziemy wiedzieć więcej.',
  hu: 'Kedves {{customer_name}}, köszönjük, hogy jelezte, és elnézést kérünk a kellemetlenségért. Utánanézünk a(z) {{case_number}} ügynek, és amint többet tudunk, itt válaszolunk.',
  ro: 'Bună ziua, {{customer_name}}, vă mulțumim că ne-ați scris și ne pare rău pentru neplăcere. Verificăm cazul {{case_number}} și revenim aici imediat ce aflăm mai multe.',
  es: 'Hola, {{customer_name}}, gracias por avisarnos y disculpe las molestias. Estamos revisando el caso {{case_number}} y le responderemos aquí en cuanto sepamos más.',
  fi: 'Hei {{customer_name}}, kiitos viestistäsi ja pahoittelemme harmia. Selvitämme tapausta {{case_number}} ja vastaamme tähän heti, kun tiedämme enemmän.',
};

const pad = (n: number) => String(n).padStart(4, '0');

export async function writeSyntheticHandbook(root: string, playbooks: number, defaultHandbook: string) {
  await mkdir(join(root, 'content'), { recursive: true });
  for (const folder of ['guidelines', 'sources']) await cp(join(defaultHandbook, 'content', folder), join(root, 'content', folder), { recursive: true });
  for (const file of ['situations.yaml', 'roles.yaml', 'severity.yaml']) await cp(join(defaultHandbook, 'content', file), join(root, 'content', file));
  await mkdir(join(root, 'content/trees'), { recursive: true });

  const trees = Math.max(1, Math.ceil(playbooks / 10));
  for (let tree = 0; tree < trees; tree++) {
    const label = (text: string) => `{ ${LOCALES.map((locale) => `${locale}: "${text} (${locale})"`).join(', ')} }`;
    const target = pad(tree * 10);
    await writeFile(
      join(root, 'content/trees', `tree-${pad(tree)}.yaml`),
      [
        `title: ${label(`Tree ${tree}`)}`,
        'start: q-start',
        'nodes:',
        '  - id: q-start',
        `    question: ${label('Is the customer right?')}`,
        '    answers:',
        `      - { label: ${label('Yes')}, next: out-yes }`,
        `      - { label: ${label('No')}, next: out-no }`,
        '  - id: out-yes',
        `    outcome: { action: apologise, title: ${label('Apologise')}, text: ${label('Thank, apologise, fix.')}, playbook: playbook-${target}, templates: [template-${target}-a], checklist: first-15 }`,
        '  - id: out-no',
        `    outcome: { action: answer, title: ${label('Explain')}, text: ${label('Share the facts kindly.')}, playbook: playbook-${target} }`,
        '',
      ].join('\n'),
    );
  }

  for (const locale of LOCALES) {
    await mkdir(join(root, 'content/templates', locale), { recursive: true });
    await mkdir(join(root, 'playbooks', locale), { recursive: true });
    for (let index = 0; index < playbooks; index++) {
      const id = pad(index);
      for (const suffix of ['a', 'b', 'c']) {
        await writeFile(
          join(root, 'content/templates', locale, `template-${id}-${suffix}.md`),
          `---\ntitle: Template ${id}${suffix} (${locale})\nkind: complaint-reply\nsituation: justified-complaint\nchannels: [facebook, email]\ntone: warm\nplaceholders:\n  customer_name: Name\n  case_number: Case\n---\n${REPLY[locale]}\n`,
        );
      }
      await writeFile(
        join(root, 'playbooks', locale, `playbook-${id}.mdx`),
        `---\ntitle: Playbook ${id} (${locale})\nsummary: A synthetic playbook for the benchmark.\nsituation: justified-complaint\nseverity: medium\nowner: social-lead\nlastReviewed: 2026-11-22\nsources: [ro-social-discontent]\ntree: tree-${pad(Math.floor(index / 10))}\ntemplates: [template-${id}-a, template-${id}-b, template-${id}-c]\nchecklists:\n  - id: first-15\n    title: First 15 minutes\n    items:\n      - { text: Read the thread, owner: social-lead, timing: 0-5 min }\n      - { text: Reply, owner: social-lead, timing: 5-15 min }\n---\n\n## Steps\n\n1. Read.\n2. Reply.\n\n<Checklist id="first-15" />\n\n<Template id="template-${id}-a" />\n\n<Template id="template-${id}-b" />\n\n<Template id="template-${id}-c" />\n`,
      );
    }
  }
}
