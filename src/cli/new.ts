/**
 * `npm run new -- template|playbook|tree|rule <id> [--root DIR]`: adds a new entry to a handbook, in every
 * locale its settings configure, with a visible TODO marker in each text to write (the checks report
 * them until they are written). The handbook is --root, else $HANDBOOK_ROOT, else the folder the
 * command was typed in. The file contents come from src/lib/scaffold/new-file.ts.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LOCALE, languageNameIn, LOCALES } from '../lib/i18n/locales.ts';
import { LOCALE_CODE } from '../lib/schema.ts';
import { readLocaleSettings } from '../lib/settings/locale-settings.ts';
import { newLanguage } from '../lib/scaffold/new-language.ts';
import { LAYOUT, loadHandbook } from '../lib/load/index.ts';
import { formatFindings } from '../lib/report/format.ts';
import { invalidId, isNewKind, NEW_KINDS, newFilePaths, newFiles, type NewKind } from '../lib/scaffold/new-file.ts';
import { existingFiles, today, writeFiles } from '../lib/scaffold/write.ts';
import { recordNewTranslations } from '../lib/translations/record-files.ts';

const USAGE = `Usage: npm run new -- ${NEW_KINDS.join('|')} <id> [--root DIR]
       npm run new -- language <code> [--root DIR]
  <id>    the new entry's id in lower-case kebab-case: its file name and part of its URL
  <code>  a language code like de or pt-BR: adds it to the settings' locales and, for a language the
          generator has no interface strings for, writes i18n/<code>.yaml to translate
  --root  the handbook folder; default $HANDBOOK_ROOT, or the folder you are in`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  }
}

const { values, positionals } = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [kind, id, ...rest] = positionals;
if (!kind || !id || rest.length) fail(`Name what to add and its id.\n${USAGE}`);
if (kind === 'language') await addLanguage(id);
if (!isNewKind(kind)) fail(`Unknown kind "${kind}": add one of ${NEW_KINDS.join(', ')}.\n${USAGE}`);
const idProblem = invalidId(id);
if (idProblem) fail(`${idProblem}. Use lower-case letters, digits and single hyphens.`);

/** `new language <code>`: the settings gain the language; its interface strings get a file to translate. */
async function addLanguage(code: string): Promise<never> {
  if (!LOCALE_CODE.test(code)) fail(`"${code}" is not a language code: use one like de, fr or pt-BR.`);
  const root = handbookFolder();
  const settingsPath = join(root, LAYOUT.settings);
  const settingsText = await readFile(settingsPath, 'utf8').catch(() => '');
  const { locales } = readLocaleSettings(root);
  let change;
  try {
    change = newLanguage(code, settingsText, locales);
  } catch (error) {
    fail(`Could not add ${code} to ${LAYOUT.settings}: ${(error as Error).message}.`, 1);
  }
  const taken = await existingFiles(root, change.files.map((file) => file.path));
  if (taken.length) fail(`${taken.join(', ')} exists already: translate the keys the check lists there.`, 1);
  await writeFile(settingsPath, change.settings);
  const written = await writeFiles(root, change.files);
  console.log(`${code} (${languageNameIn('en', code)}) added to locales in ${LAYOUT.settings}.`);
  for (const file of written) console.log(`  ${file}: translate each string and uncomment its key`);
  console.log('\nnpm run check now lists what the new language still lacks: interface strings, tree labels, and the texts that fall back to the default language.');
  process.exit(0);
}

/** --root and HANDBOOK_ROOT as `npm run check` reads them; otherwise where the command was typed. */
function handbookFolder(): string {
  return values.root ? resolve(values.root) : process.env.HANDBOOK_ROOT ? resolve(process.env.HANDBOOK_ROOT) : resolve(process.env.INIT_CWD ?? process.cwd());
}

// --root and HANDBOOK_ROOT as `npm run check` reads them; otherwise where the command was typed
// (npm runs scripts in the project's folder and says where in INIT_CWD).
const root = values.root ? resolve(values.root) : process.env.HANDBOOK_ROOT ? resolve(process.env.HANDBOOK_ROOT) : resolve(process.env.INIT_CWD ?? process.cwd());
const isHandbook = await Promise.all(['content', LAYOUT.playbooks, LAYOUT.settings].map((name) => stat(join(root, name)).then(() => true, () => false)));
if (!isHandbook.some(Boolean)) fail(`No handbook in ${root}: it has no content/, playbooks/ or ${LAYOUT.settings}. Run this in a handbook's folder, or pass --root or HANDBOOK_ROOT.`, 1);

const { handbook, diagnostics } = await loadHandbook(root);
const settingsFindings = diagnostics.messages().filter((message) => message.fatal && String(message.file) === LAYOUT.settings);
if (settingsFindings.length) {
  console.error(formatFindings(settingsFindings, { format: 'text', cwd: root }));
  fail(`Fix ${LAYOUT.settings} first: its languages decide which files to write.`, 1);
}
const { settings } = handbook;
const configured: readonly string[] = settings.locales ?? LOCALES;
const defaultLocale = settings.defaultLocale ?? (settings.locales ? configured[0]! : DEFAULT_LOCALE);
const locales = [defaultLocale, ...configured.filter((locale) => locale !== defaultLocale)];

// The same id in any locale folder, configured or not, is taken.
const entries: Record<NewKind, { ids: string[]; folderLocales: string[] }> = {
  template: { ids: handbook.templates.map((entry) => entry.id), folderLocales: [...new Set(handbook.templates.map((entry) => entry.locale))] },
  playbook: { ids: handbook.playbooks.map((entry) => entry.slug), folderLocales: [...new Set(handbook.playbooks.map((entry) => entry.locale))] },
  tree: { ids: handbook.trees.map((entry) => entry.id), folderLocales: [] },
  rule: { ids: handbook.guidelines.map((entry) => entry.id), folderLocales: [] },
};
const taken = await existingFiles(root, newFilePaths(kind, id, [...new Set([...locales, ...entries[kind].folderLocales])]));
if (taken.length || entries[kind].ids.includes(id)) {
  fail(`A ${kind} "${id}" exists already${taken.length ? ` (${taken.join(', ')})` : ''}. Choose another id, or edit that one.`, 1);
}

const files = newFiles(kind, id, {
  locales,
  registers: settings.register,
  situation: handbook.situations[0]?.id,
  owner: handbook.roles.entries[0]?.id,
  playbook: handbook.playbooks.find((playbook) => playbook.locale === defaultLocale)?.slug ?? handbook.playbooks[0]?.slug,
  today: today(),
});
try {
  const written = await writeFiles(root, files);
  // The translations start current with the (still unwritten) source: writing the source makes them outdated.
  await recordNewTranslations(root, files.map((file) => file.path));
  console.log(`A new ${kind} "${id}" in ${root}:`);
  for (const file of written) console.log(`  ${file}`);
  console.log(`\nWrite the text in place of each TODO marker: npm run check reports every one until it is gone.`);
} catch (error) {
  fail(`Could not write the ${kind}: ${error instanceof Error ? error.message : error}`, 1);
}
