import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { runAllChecks } from '../../src/lib/check.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/valid');

async function withGlossary(glossary: string, edit?: (root: string) => Promise<void>) {
  const root = await mkdtemp(join(tmpdir(), 'handbook-'));
  await cp(VALID, root, { recursive: true });
  await writeFile(join(root, 'content/glossary.yaml'), glossary);
  await edit?.(root);
  const { handbook, diagnostics } = await loadHandbook(root);
  runAllChecks(handbook, diagnostics);
  return diagnostics.messages().filter((message) => message.ruleId?.startsWith('glossary')).map((message) => `${message.file}:${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason} ${message.ruleId}`);
}

describe('glossary', () => {
  it('reports an avoided variant in a template body at its word, in that language only', async () => {
    const found = await withGlossary("pl:\n  - term: skarga\n    avoid: ['reklamacj\\p{L}*']\n    why: W tym podręczniku mówimy „skarga”.\n", async (root) => {
      const file = join(root, 'content/templates/pl/holding.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('Sprawdzamy sprawę', 'Sprawdzamy reklamację'));
      const en = join(root, 'content/templates/en/holding.md');
      await writeFile(en, `${await readFile(en, 'utf8')}\nreklamacja\n`);
    });
    const inTemplates = found.filter((line) => line.startsWith('content/templates/'));
    expect(inTemplates).toHaveLength(1);
    expect(inTemplates[0]).toMatch(/^content\/templates\/pl\/holding\.md:11:\d+ warning “reklamację” → “skarga” glossary$/);
  });

  it('reads rule texts, matches whole words only, and can make a term an error', async () => {
    const found = await withGlossary("en:\n  - term: holding reply\n    avoid: ['interim (?:reply|message)']\n    severity: error\n  - term: fix\n    avoid: ['solve']\n", async (root) => {
      const rule = join(root, 'content/guidelines/no-time-promises.yaml');
      const text = await readFile(rule, 'utf8');
      if (!text.includes('en: No fixed-time promises')) throw new Error('fixture changed');
      await writeFile(rule, text.replace('en: No fixed-time promises', 'en: Send an interim reply and resolve rather than solve'));
    });
    // "resolve" contains "solve" but is another word; "interim reply" is two words in a row.
    expect(found).toEqual([
      'content/guidelines/no-time-promises.yaml:3:10 error “interim reply” → “holding reply” glossary',
      'content/guidelines/no-time-promises.yaml:3:10 warning “solve” → “fix” glossary',
    ]);
  });

  it('reports an unusable pattern at its place', async () => {
    const found = await withGlossary("en:\n  - term: x\n    avoid: ['(unclosed']\n");
    expect(found).toEqual([expect.stringMatching(/^content\/glossary\.yaml:3:\d+ error Unusable pattern in the glossary: invalid regular expression.* glossary-pattern$/)]);
  });
});
