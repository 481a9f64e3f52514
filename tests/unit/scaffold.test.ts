import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { runAllChecks } from '../../src/lib/check.ts';
import { buildSkeleton, SKELETON_IDS } from '../../src/lib/scaffold/skeleton.ts';
import { invalidId, newFiles, type NewFileContext } from '../../src/lib/scaffold/new-file.ts';
import { SKELETON_TEXTS, skeletonTextsFor } from '../../src/lib/scaffold/texts/index.ts';
import { folderProblem, writeFiles } from '../../src/lib/scaffold/write.ts';
import { recordNewTranslations } from '../../src/lib/translations/record-files.ts';
import { todoMarkersInText } from '../../src/lib/todo/markers.ts';

const SIX = ['en', 'pl', 'hu', 'ro', 'es', 'fi'];

async function written(files: { path: string; text: string }[]) {
  const root = await mkdtemp(join(tmpdir(), 'skeleton-'));
  await writeFiles(root, files);
  // As npm run init and npm run new do: the translations start current with their sources.
  await recordNewTranslations(root, files.map((file) => file.path));
  return root;
}

async function findings(root: string) {
  const { handbook, diagnostics } = await loadHandbook(root);
  runAllChecks(handbook, diagnostics);
  return diagnostics.messages().map((message) => `${message.file}:${message.line ?? '-'}:${message.column ?? '-'} ${message.ruleId} ${message.reason}`);
}

describe('the handbook skeleton', () => {
  it('writes every kind of file, templates and playbooks once per locale', () => {
    const { files, untranslated } = buildSkeleton({ locales: ['en', 'pl'], today: '2026-11-29' });
    expect(untranslated).toEqual([]);
    expect(files.map((file) => file.path)).toEqual([
      'handbook.config.yaml',
      'content/situations.yaml',
      'content/roles.yaml',
      'content/severity.yaml',
      'content/guidelines/no-time-promises.yaml',
      'content/trees/first-response.yaml',
      'content/templates/en/holding-reply.md',
      'content/templates/pl/holding-reply.md',
      'playbooks/en/customer-complaint.mdx',
      'playbooks/pl/customer-complaint.mdx',
      '.gitignore',
      'README.md',
    ]);
    const settings = files[0]!.text;
    expect(settings).toContain('locales: [en, pl]\ndefaultLocale: en\n');
    expect(settings).toContain('review:\n  intervalDays: 180');
    expect(settings).toMatch(/^# /m);
    expect(files.find((file) => file.path === 'playbooks/pl/customer-complaint.mdx')!.text).toContain('lastReviewed: 2026-11-29\n');
  });

  it('passes every check in the six languages with no finding at all', async () => {
    const root = await written(buildSkeleton({ locales: SIX, today: '2026-11-29' }).files);
    expect(await findings(root)).toEqual([]);
  });

  it('has a rule whose check catches each language\'s bad example and lets the template through', async () => {
    // Breaking the template with the bad example must fail the check in every language.
    const root = await written(buildSkeleton({ locales: SIX, today: '2026-11-29' }).files);
    for (const locale of SIX) {
      const file = join(root, `content/templates/${locale}/holding-reply.md`);
      await writeFile(file, `${await readFile(file, 'utf8')}\n${SKELETON_TEXTS[locale]!.rule.bad}\n`);
    }
    const found = (await findings(root)).filter((line) => line.includes(`${SKELETON_IDS.rule}/${SKELETON_IDS.check}`) || line.includes(` ${SKELETON_IDS.rule} `));
    expect(found.map((line) => line.split(':')[0])).toEqual(SIX.map((locale) => `content/templates/${locale}/holding-reply.md`).sort());
  });

  it('writes the default locale\'s texts marked TODO(<locale>) for a language it has no texts for', () => {
    const { files, untranslated } = buildSkeleton({ locales: ['pl', 'de'], today: '2026-11-29' });
    expect(untranslated).toEqual(['de']);
    const de = files.find((file) => file.path === 'content/templates/de/holding-reply.md')!.text;
    expect(de).toContain(`TODO(de): ${SKELETON_TEXTS.pl!.template.body}`);
    expect(todoMarkersInText(files.find((file) => file.path === 'playbooks/pl/customer-complaint.mdx')!.text)).toEqual([]);
    expect(todoMarkersInText(files.find((file) => file.path === 'playbooks/de/customer-complaint.mdx')!.text).length).toBeGreaterThan(5);
    // Patterns are regular expressions, not text: they stay as they are.
    expect(skeletonTextsFor('de', 'pl').texts.rule.patterns).toEqual(SKELETON_TEXTS.pl!.rule.patterns);
    expect(skeletonTextsFor('de', 'xx').texts.site.name).toBe(`TODO(de): ${SKELETON_TEXTS.en!.site.name}`);
  });
});

describe('a folder for a new handbook', () => {
  it('may be new or hold only dot-files, never anything else', async () => {
    const root = await mkdtemp(join(tmpdir(), 'init-'));
    expect(await folderProblem(join(root, 'new'))).toBeUndefined();
    await writeFile(join(root, '.gitkeep'), '');
    expect(await folderProblem(root)).toBeUndefined();
    await writeFile(join(root, 'notes.txt'), '');
    expect(await folderProblem(root)).toBe(`${root} is not empty (it holds notes.txt)`);
    expect(await folderProblem(join(root, 'notes.txt'))).toMatch(/is a file, not a folder$/);
  });
});

describe('npm run new', () => {
  const context: NewFileContext = { locales: SIX, registers: { pl: 'formal' }, situation: 'complaint', owner: 'social-lead', playbook: 'customer-complaint', today: '2026-11-29' };

  it('refuses ids that are not kebab-case or are reserved', () => {
    expect(invalidId('late-reply')).toBeUndefined();
    expect(invalidId('Late_Reply')).toMatch(/not an id in lower-case kebab-case/);
    expect(invalidId('late--reply')).toMatch(/not an id/);
    expect(invalidId('index')).toMatch(/reserved/);
  });

  it('writes a template per locale, in both registers where the settings choose one', () => {
    const files = newFiles('template', 'late-reply', context);
    expect(files.map((file) => file.path)).toEqual(SIX.map((locale) => `content/templates/${locale}/late-reply.md`));
    const pl = files[1]!.text;
    expect(pl).toContain('<!-- register: informal -->');
    expect(todoMarkersInText(pl).map((marker) => marker.text)).toEqual(['TODO: name the template"', 'TODO: write the reply in the formal register', 'TODO: write the reply in the informal register'].map((text) => text.replace(/"$/, '')));
    expect(files[0]!.text).not.toContain('register:');
  });

  it('writes trees and rules as one file with a text in every locale', () => {
    for (const kind of ['tree', 'rule'] as const) {
      const [file, ...more] = newFiles(kind, 'x', context);
      expect(more).toEqual([]);
      for (const locale of SIX) expect(file!.text, `${kind} ${locale}`).toMatch(new RegExp(`^ +${locale}: "TODO: `, 'm'));
    }
  });

  it('leaves only TODO findings, one per marker, and none once the markers are replaced', async () => {
    const files = ['template', 'playbook', 'tree', 'rule'].flatMap((kind) => newFiles(kind as 'template', `new-${kind}`, context));
    const root = await written([...buildSkeleton({ locales: SIX, today: '2026-11-29' }).files, ...files]);
    // A team that answers in Polish in both registers: the skeleton's reply gets its informal version.
    await writeFile(join(root, 'handbook.config.yaml'), 'register:\n  pl: formal\n');
    const holding = join(root, 'content/templates/pl/holding-reply.md');
    await writeFile(holding, `${await readFile(holding, 'utf8')}\n<!-- register: informal -->\nCześć, {{customer_name}}, dzięki za zgłoszenie! Już to sprawdzamy i odpiszemy tutaj, jak tylko będziemy wiedzieć więcej.\n`);
    const found = await findings(root);
    const markers = files.reduce((count, file) => count + (file.text.match(/TODO:/g)?.length ?? 0), 0);
    expect(found.filter((line) => / todo Unfinished text/.test(line))).toHaveLength(markers);
    expect(found.filter((line) => !/ todo /.test(line))).toEqual([]);
    expect(found).toContainEqual(expect.stringMatching(/^content\/templates\/hu\/new-template\.md:\d+:1 todo Unfinished text: “TODO: write the reply”$/));

    for (const file of files) await writeFile(join(root, file.path), (await readFile(join(root, file.path), 'utf8')).replace(/TODO: /g, ''));
    // The English sources changed too: their translations are outdated until they are recorded again.
    expect((await findings(root)).filter((line) => / translation-outdated /.test(line))).toHaveLength(10);
    await recordNewTranslations(root, files.map((file) => file.path));
    expect(await findings(root)).toEqual([]);
  });
});
