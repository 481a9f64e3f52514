// The browser scripts handle text people type (placeholder values, search queries): none of it may
// reach the HTML parser. This reads every script for the APIs that would parse it as HTML.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPTS = resolve(import.meta.dirname, '../../src/scripts');

describe('client scripts', () => {
  it('never write HTML from strings', async () => {
    const files = (await readdir(SCRIPTS)).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const code = await readFile(join(SCRIPTS, file), 'utf8');
      expect(code, file).not.toMatch(/\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|new Function|\beval\(/);
    }
  });
});
