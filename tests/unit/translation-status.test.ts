import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import type { Handbook, Playbook, Template } from '../../src/lib/model.ts';
import { recordTranslatedFrom } from '../../src/lib/translations/record.ts';
import { sourceHash } from '../../src/lib/translations/source-hash.ts';
import { checkTranslations, translationStatus } from '../../src/lib/translations/status.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

function template(locale: string, id: string, body: string, extra: Partial<Template> = {}): Template {
  return {
    id, locale, title: `Title ${id}`, kind: 'holding', situation: 'complaint', channels: ['x'], tone: 'warm', placeholders: { customer_name: 'Name' },
    guidelines: [], allow: [], body, bodyLine: 10, bodyColumn: 1, variants: [], origin: { file: `content/templates/${locale}/${id}.md` }, ...extra,
  } as Template;
}

function playbook(locale: string, slug: string, body: string, extra: Partial<Playbook> = {}): Playbook {
  return {
    slug, locale, title: `Playbook ${slug}`, summary: 'Summary', situation: 'complaint', severity: 'medium', owner: 'comms-lead', lastReviewed: day('2026-11-22'),
    sources: [], templates: [], rules: [], checklists: [], body, bodyLine: 12, bodyColumn: 1, origin: { file: `playbooks/${locale}/${slug}.mdx` }, ...extra,
  } as Playbook;
}

const hashOf = (entry: Template) => sourceHash({ kind: 'template', template: entry });

describe('source hash', () => {
  const base = template('en', 'holding', 'Hi {{customer_name}}, we are on it.');

  it('is short, stable and the same whatever the line endings or outer blank lines', () => {
    expect(hashOf(base)).toMatch(/^[0-9a-f]{12}$/);
    expect(hashOf(base)).toBe(hashOf(template('en', 'holding', 'Hi {{customer_name}}, we are on it.')));
    expect(hashOf(template('en', 'holding', 'A\r\nB\n'))).toBe(hashOf(template('en', 'holding', 'A\nB')));
  });

  it('changes with the text a translator translates: body, title, labels, the other register', () => {
    expect(hashOf(template('en', 'holding', 'Hi {{customer_name}}, we are on it!'))).not.toBe(hashOf(base));
    expect(hashOf({ ...base, title: 'Another title' })).not.toBe(hashOf(base));
    expect(hashOf({ ...base, placeholders: { customer_name: 'First name' } })).not.toBe(hashOf(base));
    expect(hashOf({ ...base, variants: [{ register: 'informal', body: 'Hey', bodyLine: 1, bodyColumn: 1 }] })).not.toBe(hashOf(base));
  });

  it('ignores metadata: review date, recorded hash, channels, tone, rules', () => {
    expect(hashOf({ ...base, lastReviewed: day('2027-01-01'), translatedFrom: 'abcdef123456', channels: ['email'], tone: 'formal', guidelines: ['x'] })).toBe(hashOf(base));
    const source = playbook('en', 'complaint', '## Steps');
    const hash = sourceHash({ kind: 'playbook', playbook: source });
    expect(sourceHash({ kind: 'playbook', playbook: { ...source, lastReviewed: day('2027-05-05'), owner: 'other', severity: 'high' } as Playbook })).toBe(hash);
    expect(sourceHash({ kind: 'playbook', playbook: { ...source, summary: 'Changed' } })).not.toBe(hash);
  });
});

describe('translation status', () => {
  const source = template('en', 'holding', 'Hi, we are on it.');
  const current = hashOf(source);
  const handbook = {
    settings: { review: { intervalDays: 180 } },
    templates: [
      source,
      template('en', 'thanks', 'Thank you.'),
      template('pl', 'holding', 'Cześć, sprawdzamy.', { translatedFrom: current }),
      template('pl', 'thanks', 'Dziękujemy.', { translatedFrom: '000000000000', origin: { file: 'content/templates/pl/thanks.md', positions: { get: (path: string) => (path === 'translatedFrom' ? { line: 9, column: 1 } : undefined), has: () => true } } }),
      template('fi', 'holding', 'Hei, selvitämme.'),
    ],
    playbooks: [playbook('en', 'complaint', '## Steps', { lastReviewed: day('2026-01-01') }), playbook('pl', 'complaint', '## Kroki', { translatedFrom: sourceHash({ kind: 'playbook', playbook: playbook('en', 'complaint', '## Steps') }), lastReviewed: day('2025-12-01') })],
  } as unknown as Handbook;
  const statuses = translationStatus(handbook, { locales: ['en', 'pl', 'fi'], defaultLocale: 'en', today: day('2026-08-01') });

  it('lists per language what is missing, outdated, unrecorded and overdue, in the configured order', () => {
    const summary = statuses.map((status) => ({
      locale: status.locale,
      missing: status.missing.map((item) => item.file),
      outdated: status.outdated.map((item) => `${item.file} <- ${item.sourceFile}`),
      unrecorded: status.unrecorded.map((item) => item.file),
      overdue: status.overdue.map((item) => item.origin.file),
    }));
    expect(summary).toEqual([
      { locale: 'en', missing: [], outdated: [], unrecorded: [], overdue: ['playbooks/en/complaint.mdx'] },
      { locale: 'pl', missing: [], outdated: ['content/templates/pl/thanks.md <- content/templates/en/thanks.md'], unrecorded: [], overdue: ['playbooks/pl/complaint.mdx'] },
      { locale: 'fi', missing: ['playbooks/fi/complaint.mdx', 'content/templates/fi/thanks.md'], outdated: [], unrecorded: ['content/templates/fi/holding.md'], overdue: [] },
    ]);
  });

  it('warns translation-outdated at the translatedFrom line and notes unrecorded ones once per language', () => {
    const diagnostics = new Diagnostics();
    checkTranslations(statuses, diagnostics);
    const lines = diagnostics.messages().map((message) => `${message.file}:${message.line ?? '-'} ${message.fatal === false ? 'warning' : 'info'} ${message.ruleId}`);
    expect(lines).toEqual(['content/templates/fi/holding.md:- info translation-not-recorded', 'content/templates/pl/thanks.md:9 warning translation-outdated']);
    const outdated = diagnostics.messages().find((message) => message.ruleId === 'translation-outdated')!;
    expect(outdated.reason).toMatch(/^Translation outdated: content\/templates\/en\/thanks\.md has changed/);
    expect(outdated.note).toBe('Bring the translation up to date with content/templates/en/thanks.md (`git log -p content/templates/en/thanks.md` shows what changed), then run `npm run translated -- content/templates/pl/thanks.md`.');
  });
});

describe('recording translatedFrom', () => {
  it('replaces the existing line only, keeping every other byte', () => {
    const text = '---\ntitle: X\ntranslatedFrom: "000000000000"\ntone: warm\n---\nBody\n';
    expect(recordTranslatedFrom(text, 'abcdef012345')).toEqual({ text: text.replace('000000000000', 'abcdef012345'), changed: true });
    expect(recordTranslatedFrom(text, '000000000000')).toEqual({ text, changed: false });
  });

  it('adds the line after lastReviewed, or at the end of the front matter, in the file’s line endings', () => {
    expect(recordTranslatedFrom('---\ntitle: X\nlastReviewed: 2026-11-22\nsources: []\n---\nBody', '1234567890ab')).toEqual({ text: '---\ntitle: X\nlastReviewed: 2026-11-22\ntranslatedFrom: "1234567890ab"\nsources: []\n---\nBody', changed: true });
    expect(recordTranslatedFrom('---\r\ntitle: X\r\n---\r\nBody\r\n', '1234567890ab')).toEqual({ text: '---\r\ntitle: X\r\ntranslatedFrom: "1234567890ab"\r\n---\r\nBody\r\n', changed: true });
  });

  it('refuses a file without a closed front matter', () => {
    expect(recordTranslatedFrom('Body only', 'abc1234')).toEqual({ error: expect.stringMatching(/no front matter/) });
    expect(recordTranslatedFrom('---\ntitle: X\n', 'abc1234')).toEqual({ error: expect.stringMatching(/no closing/) });
  });
});
