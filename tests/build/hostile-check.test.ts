/**
 * Hostile input (issue 19): every file an author can write, however broken, gives `npm run check`
 * a located finding and exit code 1 — never a hang, a stack trace, a silent pass, or a cascade of
 * follow-on errors. Each case is the valid fixture with one hostile case of tests/fixtures/hostile/
 * laid over it, or, where the input cannot live in git (a named pipe, a dangling link, a very deep
 * tree), made by the test.
 */
import { execFileSync } from 'node:child_process';
import { rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkHandbook } from '../helpers/build.ts';
import { chainTree, hostileCopy } from '../helpers/fixtures.ts';

/** One expected error: where (`file` or `file:line:col`), its rule id, and words of its message. */
type Expected = [where: string, ruleId: string, words: string];

interface Case {
  /** A folder of tests/fixtures/hostile/, laid over the valid fixture. */
  fixture?: string;
  remove?: string[];
  edit?: (root: string) => Promise<void>;
  /** Every error the check must report, and no other error. */
  errors: Expected[];
  env?: Record<string, string>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const sockets: Server[] = [];
afterAll(async () => {
  await Promise.all(sockets.map((server) => new Promise((resolve) => server.close(resolve))));
});

const CASES: Record<string, Case> = {
  // Hangs
  'a catastrophic pattern in a rule ((a+)+$, (?:\\p{L}+\\s?)+ asap), refused at its line': {
    fixture: 'redos-nested',
    errors: [
      ['content/guidelines/no-time-promises.yaml:20:11', 'unsafe-pattern', 'Unsafe pattern in field "checks.0.patterns.en.0": the repetition "a+" can match the same text in many ways'],
      ['content/guidelines/no-time-promises.yaml:21:11', 'unsafe-pattern', 'Unsafe pattern in field "checks.0.patterns.en.1": the repetition "\\p{L}+" can match the same text in many ways'],
    ],
  },
  'catastrophic pattern variants: overlapping alternatives, bounded nesting, digits': {
    fixture: 'redos-variants',
    errors: [
      ['content/guidelines/no-time-promises.yaml:20:11', 'unsafe-pattern', 'the alternatives "\\w" and "\\d" of the repetition "(?:\\w|\\d)+" can match the same text'],
      ['content/guidelines/no-time-promises.yaml:21:11', 'unsafe-pattern', 'the repeated part "(?:a{1,2})" can match the same text in one round or in several'],
      ['content/guidelines/no-time-promises.yaml:22:11', 'unsafe-pattern', 'the repetition "\\d+" can match the same text in many ways'],
    ],
  },
  'a runaway pattern the analysis cannot see, stopped by the time limit and named': {
    fixture: 'redos-timeout',
    env: { CHECK_STEP_TIME_LIMIT_MS: '3000' },
    errors: [
      ['content/guidelines/no-time-promises.yaml:20:11', 'pattern-timeout', 'Pattern in field "checks.0.patterns.en.0" took longer than 3 s to match template content/templates/en/holding.md, so it was stopped'],
    ],
  },
  'a named pipe among the templates': {
    edit: async (root) => void execFileSync('mkfifo', [join(root, 'content/templates/en/pipe.md')]),
    errors: [['content/templates/en/pipe.md', 'unreadable-file', 'Cannot read this file: it is a named pipe (FIFO), not a regular file']],
  },
  'a socket among the playbooks': {
    edit: async (root) => {
      const server = createServer();
      sockets.push(server);
      await new Promise<void>((resolve) => server.listen(join(root, 'playbooks/en/socket.mdx'), resolve));
    },
    errors: [['playbooks/en/socket.mdx', 'unreadable-file', 'Cannot read this file: it is a socket, not a regular file']],
  },

  // Crashes
  'a billion-laughs alias bomb in a rule file': {
    fixture: 'yaml-alias-bomb',
    errors: [['content/guidelines/no-time-promises.yaml:31:11', 'yaml-aliases', 'YAML aliases (*name) here expand to more than 10,000 values (an "alias bomb")']],
  },
  '101 ordinary aliases in a rule file': {
    fixture: 'yaml-many-aliases',
    errors: [['content/guidelines/no-time-promises.yaml:127:5', 'yaml-aliases', 'More than 100 YAML aliases (*name) in one file']],
  },
  'a YAML merge key': {
    fixture: 'yaml-merge-key',
    errors: [['content/trees/first-steps.yaml:20:7', 'yaml-merge-key', 'YAML merge keys (<<) are not supported']],
  },
  'YAML tags (!!binary, !!js/function)': {
    fixture: 'yaml-tags',
    errors: [
      ['content/sources/field-notes.yaml:1:17', 'yaml-tag', 'YAML tag !!binary is not supported'],
      ['content/sources/field-notes.yaml:11:12', 'yaml-tag', 'YAML tag !!js/function is not supported'],
    ],
  },
  'a dangling symbolic link among the templates': {
    edit: (root) => symlink('/nonexistent/holding.md', join(root, 'content/templates/en/dangling.md')),
    errors: [['content/templates/en/dangling.md', 'unreadable-file', 'Cannot read this file: it is a symbolic link to a file that does not exist']],
  },
  'a loop of symbolic links among the playbooks': {
    edit: async (root) => {
      await symlink('loop-b.mdx', join(root, 'playbooks/en/loop-a.mdx'));
      await symlink('loop-a.mdx', join(root, 'playbooks/en/loop-b.mdx'));
    },
    errors: [
      ['playbooks/en/loop-a.mdx', 'unreadable-file', 'Cannot read this file: it is a loop of symbolic links'],
      ['playbooks/en/loop-b.mdx', 'unreadable-file', 'Cannot read this file: it is a loop of symbolic links'],
    ],
  },
  'a file where a folder belongs, and a file too large to be content': {
    edit: async (root) => {
      await rm(join(root, 'content/sources'), { recursive: true });
      await writeFile(join(root, 'content/sources'), 'not a folder');
      await writeFile(join(root, 'content/templates/en/huge.md'), 'x'.repeat(3 * 1024 * 1024));
    },
    errors: [
      ['content/sources', 'unreadable-file', 'Cannot read this folder: it is a file, not a folder'],
      ['content/templates/en/huge.md', 'unreadable-file', 'This file is 3.0 MiB, more than the 2 MiB a handbook file may have'],
    ],
  },
  'a chain tree of 5,000 nodes': {
    edit: (root) => writeFile(join(root, 'content/trees/deep.yaml'), chainTree(5000)),
    errors: [['content/trees/deep.yaml:104:7', 'tree-too-deep', 'The tree is 5000 steps deep: node "q-101" is more than 100 answers away from the start']],
  },
  'a template id and a playbook slug "index"': {
    fixture: 'reserved-index',
    errors: [
      ['content/templates/en/index.md', 'reserved-id', 'File name "index.md" is reserved'],
      ['playbooks/en/index.mdx', 'reserved-id', 'File name "index.mdx" is reserved'],
    ],
  },

  // Wrong or unsafe site
  'ESM in a playbook (export … await import("node:fs"))': {
    fixture: 'esm-export',
    errors: [['playbooks/en/complaint.mdx:31:1', 'mdx-esm', 'A playbook cannot export code: export const written = (await import("node:fs"))']],
  },
  'script links in a playbook, a reply, a rule text and a tree text (cases, entities, tabs, data:, vbscript:)': {
    fixture: 'script-links',
    errors: [
      ['content/guidelines/no-time-promises.yaml:5:8', 'unsafe-link', 'Field "why.en" contains a "javascript:" address'],
      ['content/templates/en/holding.md:11:127', 'unsafe-link', 'A link to a "vbscript:" address in the reply'],
      ['content/trees/first-steps.yaml:23:15', 'unsafe-link', 'Field "nodes.2.outcome.text.en" contains a "data:" address'],
      ['playbooks/en/complaint.mdx:31:1', 'unsafe-link', 'A link to a "javascript:" address: javascript:alert(1)'],
      ['playbooks/en/complaint.mdx:31:31', 'unsafe-link', 'A link to a "javascript:" address: JaVaScRiPt:alert(1)'],
      ['playbooks/en/complaint.mdx:31:61', 'unsafe-link', 'A link to a "javascript:" address: java\\u0009script:alert(1)'],
      ['playbooks/en/complaint.mdx:31:97', 'unsafe-link', 'A link to a "javascript:" address: javascript:alert(1)'],
      ['playbooks/en/complaint.mdx:33:1', 'unsafe-link', 'An image to a "data:" address: data:text/html;base64,'],
      ['playbooks/en/complaint.mdx:37:1', 'unsafe-link', 'A link definition to a "vbscript:" address: vbscript:msgbox(1)'],
    ],
  },
  'placeholders named constructor, __proto__ and prototype': {
    fixture: 'placeholder-reserved',
    errors: [
      ['content/templates/en/holding.md:9:3', 'reserved-name', '"constructor" is a reserved name and cannot be a placeholder name'],
      ['content/templates/en/holding.md:10:3', 'reserved-name', '"__proto__" is a reserved name and cannot be a placeholder name'],
      ['content/templates/en/holding.md:11:3', 'reserved-name', '"prototype" is a reserved name and cannot be a placeholder name'],
    ],
  },
  'a Latin-1 file': {
    fixture: 'encoding-latin1',
    errors: [['content/templates/es/holding.md:11:93', 'file-encoding', 'The file is not valid UTF-8: byte 0xED']],
  },
  'a Latin-2 file': {
    fixture: 'encoding-latin2',
    errors: [['content/templates/pl/holding.md:2:16', 'file-encoding', 'The file is not valid UTF-8: byte 0xBC']],
  },
  'a Windows-1250 file': {
    fixture: 'encoding-windows1250',
    errors: [['content/templates/hu/holding.md:2:11', 'file-encoding', 'The file is not valid UTF-8: byte 0xF5']],
  },
  'a UTF-16 file with a byte-order mark': {
    fixture: 'encoding-utf16-bom',
    errors: [['content/templates/en/holding.md:1:1', 'file-encoding', 'The file is encoded as UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8']],
  },
  'a UTF-16 file without a byte-order mark, little-endian': {
    fixture: 'encoding-utf16-nobom',
    errors: [['content/templates/en/holding.md:1:1', 'file-encoding', 'The file is encoded as UTF-16 (little-endian, without a byte-order mark), not UTF-8']],
  },
  'a UTF-16 file without a byte-order mark, big-endian': {
    fixture: 'encoding-utf16be-nobom',
    errors: [['content/templates/fi/holding.md:1:1', 'file-encoding', 'The file is encoded as UTF-16 (big-endian, without a byte-order mark), not UTF-8']],
  },
  'an empty template body': {
    fixture: 'empty-template',
    errors: [['content/templates/en/holding.md:11:1', 'empty-template', 'The reply is empty: there is no text below the front matter']],
  },
  'NUL, ESC, bidi overrides and isolates, DEL and a C1 control': {
    fixture: 'control-characters',
    errors: [
      ['content/situations.yaml:2:21', 'control-character', 'Control character U+0085 (C1 control)'],
      ['content/templates/en/holding.md:11:33', 'control-character', 'Control character U+0000 (NUL)'],
      ['content/templates/en/holding.md:11:40', 'control-character', 'Control character U+001B (ESC)'],
      ['content/templates/en/holding.md:11:52', 'control-character', 'Control character U+001B (ESC)'],
      ['content/templates/en/holding.md:11:58', 'control-character', 'Bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE)'],
      ['content/templates/en/holding.md:11:67', 'control-character', 'Bidirectional control character U+202C (POP DIRECTIONAL FORMATTING)'],
      ['playbooks/en/complaint.mdx:23:12', 'control-character', 'Bidirectional control character U+2066 (LEFT-TO-RIGHT ISOLATE)'],
      ['playbooks/en/complaint.mdx:23:22', 'control-character', 'Bidirectional control character U+2069 (POP DIRECTIONAL ISOLATE)'],
      ['playbooks/en/complaint.mdx:23:24', 'control-character', 'Control character U+007F (DEL)'],
    ],
  },
  'impossible and non-ISO review dates': {
    fixture: 'bad-dates',
    errors: [
      ['playbooks/en/complaint.mdx:7:1', 'schema', 'Invalid field "lastReviewed": "2026-02-30" is not a date: February 2026 has 28 days'],
      ['playbooks/es/complaint.mdx:7:1', 'schema', 'Invalid field "lastReviewed": "2025-02-29" is not a date: February 2025 has 28 days'],
      ['playbooks/hu/complaint.mdx:7:1', 'schema', 'Invalid field "lastReviewed": "2026-13-01" is not a date: there is no month 13'],
      ['playbooks/pl/complaint.mdx:7:1', 'schema', 'Invalid field "lastReviewed": 20261122 is not a date written as YYYY-MM-DD'],
      ['playbooks/ro/complaint.mdx:7:1', 'schema', 'Invalid field "lastReviewed": "22.11.2026" is not a date written as YYYY-MM-DD'],
    ],
  },

  // Caught, but badly
  'a missing situations.yaml: one error, no cascade': {
    remove: ['content/situations.yaml'],
    errors: [['content/situations.yaml', 'missing-file', 'The situations file is missing']],
  },
  'an empty situations.yaml: one error, no cascade': {
    fixture: 'situations-empty',
    errors: [['content/situations.yaml:1:1', 'empty-file', 'The situations file lists no situation']],
  },
  'an unknown field in situations.yaml, at its line': {
    fixture: 'situations-unknown-field',
    errors: [['content/situations.yaml:5:3', 'schema', 'Unknown field "1.colour"']],
  },
  'front matter without its closing ---': {
    fixture: 'front-matter-unclosed',
    errors: [['content/templates/en/holding.md:1:1', 'front-matter', 'The front matter is not closed: the "---" on line 1 has no closing "---"']],
  },
  '<Template id={"holding"} />': {
    fixture: 'id-expression',
    errors: [['playbooks/en/complaint.mdx:29:1', 'mdx-expression', 'The id of <Template> must be a plain string, not an expression: id={"holding"}']],
  },
  'an import of a missing file, at its own line': {
    fixture: 'esm-import-missing',
    errors: [['playbooks/en/complaint.mdx:23:1', 'mdx-esm', 'A playbook cannot import code: import Missing from "./missing.mdx"']],
  },
};

describe('npm run check on hostile input', () => {
  for (const [name, hostile] of Object.entries(CASES)) {
    it(name, async () => {
      const root = await hostileCopy(hostile.fixture, { remove: hostile.remove, edit: hostile.edit });
      const { code, stdout, stderr } = await checkHandbook(root, [], hostile.env);
      const errors = stdout.split('\n').filter((line) => /^\S+\s{2}error\s{2}/.test(line));
      for (const [where, ruleId, words] of hostile.errors) {
        const pattern = new RegExp(`^${escape(where)}  error  .*${escape(words)}.*  ${escape(ruleId)}$`);
        expect(errors.some((line) => pattern.test(line)), `${where} ${ruleId} "${words}" in:\n${stdout}`).toBe(true);
      }
      // Exactly these errors: nothing cascades from them.
      expect(errors, stdout).toHaveLength(hostile.errors.length);
      // Notes (allowed exceptions, translations that record no source) fail nothing and may follow.
      expect(stdout).toMatch(new RegExp(`^${hostile.errors.length} errors?, \\d+ warnings?(?:, \\d+ notes?)?$`, 'm'));
      expect(code).toBe(1);
      // A finding, never a crash: no stack frame, nothing on stderr.
      expect(`${stdout}\n${stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(stderr).toBe('');
    });
  }
});
