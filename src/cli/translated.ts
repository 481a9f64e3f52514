/**
 * `npm run translated -- <file|folder|locale>…`: records that translations are current, by writing
 * the hash of their default-locale source into their `translatedFrom:` line (src/lib/translations).
 * Only that line changes. Exit status 1 when an argument names no translation or a file cannot be
 * recorded, 2 for a usage error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { loadHandbook } from '../lib/load/index.ts';
import { DEFAULT_LOCALE, isLocale } from '../lib/i18n/locales.ts';
import { sourceHash } from '../lib/translations/source-hash.ts';
import { recordTranslatedFrom } from '../lib/translations/record.ts';
import { translationFile } from '../lib/translations/status.ts';

const USAGE = `Usage: npm run translated -- [--root DIR] <file|folder|locale>…
  Records that each translation (a template or playbook outside the default locale) is current with
  its default-locale source: writes translatedFrom: "<hash>" into its front matter, changing only that line.
  file     content/templates/pl/holding.md, playbooks/pl/complaint.mdx
  folder   every translation under it: playbooks/pl, content/templates, . (the whole handbook)
  locale   every translation in that language: pl
  --root   the handbook folder; default $HANDBOOK_ROOT or the current folder`;

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        root: { type: 'string', default: process.env.HANDBOOK_ROOT ?? process.cwd() },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    process.exit(2);
  }
}

const { values, positionals } = parse();
if (values.help || !positionals.length) {
  (values.help ? console.log : console.error)(USAGE);
  process.exit(values.help ? 0 : 2);
}
const root = resolve(values.root);
// npm runs scripts in the project folder; a path the user typed is relative to where they typed it.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();

const { handbook } = await loadHandbook(root);
type Translation = { file: string; hash: () => string | undefined; sourceFile: string };
const translations: Translation[] = [];
for (const template of handbook.templates) {
  if (template.locale === DEFAULT_LOCALE) continue;
  const source = handbook.templates.find((candidate) => candidate.locale === DEFAULT_LOCALE && candidate.id === template.id);
  translations.push({ file: template.origin.file, sourceFile: translationFile('template', DEFAULT_LOCALE, template.id), hash: () => source && sourceHash({ kind: 'template', template: source }) });
}
for (const playbook of handbook.playbooks) {
  if (playbook.locale === DEFAULT_LOCALE) continue;
  const source = handbook.playbooks.find((candidate) => candidate.locale === DEFAULT_LOCALE && candidate.slug === playbook.slug);
  translations.push({ file: playbook.origin.file, sourceFile: translationFile('playbook', DEFAULT_LOCALE, playbook.slug), hash: () => source && sourceHash({ kind: 'playbook', playbook: source }) });
}

/** The handbook-relative path an argument names, trying where the user stands first, then the root. */
function handbookPath(argument: string): string | undefined {
  const candidates = isAbsolute(argument) ? [argument] : [resolve(invokedFrom, argument), resolve(root, argument)];
  for (const candidate of candidates) {
    const path = relative(root, candidate).split(sep).join('/');
    if (!path.startsWith('..') && !isAbsolute(path)) return path;
  }
  return undefined;
}

let failed = false;
const selected = new Map<string, Translation>();
for (const argument of positionals) {
  const path = isLocale(argument) ? undefined : handbookPath(argument);
  const matches = isLocale(argument)
    ? translations.filter((translation) => translation.file.split('/').at(-2) === argument)
    : translations.filter((translation) => path !== undefined && (path === '' || translation.file === path || translation.file.startsWith(`${path}/`)));
  if (!matches.length) {
    const why = isLocale(argument) && argument === DEFAULT_LOCALE ? `${argument} is the default locale: its files are the sources, not translations` : 'it names no translation that loaded (a template or playbook outside the default locale; `npm run check` lists files that fail to load)';
    console.error(`${argument}: nothing recorded: ${why}`);
    failed = true;
  }
  for (const match of matches) selected.set(match.file, match);
}

let written = 0;
let current = 0;
for (const translation of [...selected.values()].sort((a, b) => a.file.localeCompare(b.file))) {
  const hash = translation.hash();
  if (!hash) {
    console.error(`${translation.file}: not recorded: its source ${translation.sourceFile} is missing or does not load`);
    failed = true;
    continue;
  }
  const path = join(root, translation.file);
  const result = recordTranslatedFrom(await readFile(path, 'utf8'), hash);
  if ('error' in result) {
    console.error(`${translation.file}: not recorded: ${result.error}`);
    failed = true;
    continue;
  }
  if (!result.changed) {
    current++;
    continue;
  }
  await writeFile(path, result.text);
  written++;
  console.log(`${translation.file}: translatedFrom ${hash} (${translation.sourceFile})`);
}
console.log(`${written} ${written === 1 ? 'translation' : 'translations'} recorded, ${current} already current.`);
process.exitCode = failed ? 1 : 0;
