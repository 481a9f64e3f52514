import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/lib/load/index.ts';
import { runAllChecks } from '../../src/lib/check.ts';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { splitRegisters } from '../../src/lib/templates/registers.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/valid');

async function copyWith(edit: (root: string) => Promise<void>) {
  const root = await mkdtemp(join(tmpdir(), 'handbook-'));
  await cp(VALID, root, { recursive: true });
  await edit(root);
  return root;
}

describe('splitRegisters', () => {
  it('splits at the marker and keeps where each body starts', () => {
    const body = 'Dzień dobry, Pani Anno.\n\n<!-- register: informal -->\n\nCześć, Aniu!';
    expect(splitRegisters(body, 10, 1, 'formal')).toEqual({
      bodies: [
        { register: 'formal', text: 'Dzień dobry, Pani Anno.', line: 10, column: 1 },
        { register: 'informal', text: 'Cześć, Aniu!', line: 14, column: 1 },
      ],
      problems: [],
    });
  });

  it('leaves a body without marker whole, and reports a marker with an unknown register', () => {
    expect(splitRegisters('Hi.', 3, 1, 'formal').bodies).toEqual([{ register: 'formal', text: 'Hi.', line: 3, column: 1 }]);
    const { bodies, problems } = splitRegisters('A\n<!-- register: informel -->\nB', 5, 1, 'formal');
    expect(bodies).toHaveLength(1);
    expect(problems).toEqual([{ line: 6, column: 1, value: 'informel' }]);
  });
});

describe('templates in two registers', () => {
  const informal = async (root: string) => {
    // The valid fixture's Polish reply has an informal body already: replace it with one that breaks a rule.
    const file = join(root, 'content/templates/pl/holding.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, `${text.slice(0, text.indexOf('<!-- register: informal -->')).trimEnd()}\n\n<!-- register: informal -->\n\nDzięki, że piszesz! Oddzwonimy za 10 minut.\n`);
  };

  it('loads the second body as a variant, checks it with the rules at its own line, and warns where a chosen register has no variant', async () => {
    const root = await copyWith(async (root) => {
      await informal(root);
      await writeFile(join(root, 'handbook.config.yaml'), 'register:\n  pl: informal\n  hu: formal\n');
    });
    const { handbook, diagnostics } = await loadHandbook(root);
    const pl = handbook.templates.find((template) => template.locale === 'pl')!;
    expect(pl.variants.map((variant) => [variant.register, variant.body])).toEqual([['informal', 'Dzięki, że piszesz! Oddzwonimy za 10 minut.']]);
    expect(pl.body).not.toContain('register');
    expect(handbook.settings.register).toEqual({ pl: 'informal', hu: 'formal' });
    runAllChecks(handbook, diagnostics);
    const lines = diagnostics.messages().map((message) => `${message.file}:${message.line} ${message.ruleId}`);
    const variantLine = (await readFile(join(root, 'content/templates/pl/holding.md'), 'utf8')).split('\n').findIndex((line) => line.startsWith('Dzięki, że')) + 1;
    expect(lines).toContain(`content/templates/pl/holding.md:${variantLine} no-time-promises`);
    expect(lines.filter((line) => line.endsWith('register-variant'))).toEqual([expect.stringMatching(/^content\/templates\/hu\//)]);
  });

  it('reports settings that break the schema at their line', async () => {
    const root = await copyWith(async (root) => writeFile(join(root, 'handbook.config.yaml'), 'register:\n  pl: casual\n'));
    const { diagnostics } = await loadHandbook(root);
    const errors = diagnostics.messages().filter((message) => message.fatal);
    expect(errors.map((message) => `${message.file}:${message.line} ${message.ruleId}`)).toEqual(['handbook.config.yaml:2 schema']);
  });

  it('needs no settings file', async () => {
    const { handbook, diagnostics } = await loadHandbook(await copyWith((root) => rm(join(root, 'handbook.config.yaml'))));
    expect(handbook.settings.register).toEqual({});
    runAllChecks(handbook, diagnostics);
    expect(diagnostics.messages().filter((message) => message.ruleId === 'register-variant')).toEqual([]);
    expect(new Diagnostics().errorCount).toBe(0);
  });
});
