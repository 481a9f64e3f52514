/**
 * `npm run init -- <folder> [--locales en,pl]`: writes a new handbook skeleton into <folder> (new, or
 * empty but for dot-files): settings, a situation, roles, the severity scale, a rule, a template, a
 * decision tree and a playbook per language, each a short working example that passes `npm run check`.
 * The file contents come from src/lib/scaffold/; this is only the command line around them.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES } from '../lib/i18n/locales.ts';
import { LOCALE_CODE } from '../lib/schema.ts';
import { buildSkeleton } from '../lib/scaffold/skeleton.ts';
import { hasSkeletonTexts } from '../lib/scaffold/texts/index.ts';
import { folderProblem, today, writeFiles } from '../lib/scaffold/write.ts';
import { writeEditorSupport } from '../lib/editor/editor-support.ts';
import { recordNewTranslations } from '../lib/translations/record-files.ts';

const USAGE = `Usage: npm run init -- <folder> [--locales ${LOCALES.join(',')}]
  <folder>   where to write the new handbook: a new folder, or an empty one
  --locales  its languages, the default first (default: ${LOCALES.join(',')})`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        locales: { type: 'string', default: LOCALES.join(',') },
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
if (positionals.length !== 1) fail(`Name one folder for the new handbook.\n${USAGE}`);

const locales = values.locales.split(',').map((locale) => locale.trim()).filter(Boolean);
const invalid = locales.filter((locale) => !LOCALE_CODE.test(locale));
if (!locales.length) fail(`--locales needs at least one language code.\n${USAGE}`);
if (invalid.length) fail(`Not a language code: ${invalid.join(', ')}. Write codes like en, pl or pt-BR, separated by commas.`);
const repeated = locales.filter((locale, index) => locales.indexOf(locale) !== index);
if (repeated.length) fail(`--locales names ${[...new Set(repeated)].join(', ')} twice: name each language once.`);

// npm runs scripts in the project's folder; INIT_CWD is where the command was typed.
const folder = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
const problem = await folderProblem(folder);
if (problem) fail(`${problem}: npm run init writes a new handbook only into a new or empty folder. Choose another folder, or empty this one.`, 1);

const skeleton = buildSkeleton({ locales, today: today() });
try {
  const written = [...(await writeFiles(folder, skeleton.files)), ...(await writeEditorSupport(folder))];
  // Each translation starts current with its source; `npm run status` shows it outdated once the source changes.
  await recordNewTranslations(folder, skeleton.files.map((file) => file.path));
  console.log(`A new handbook in ${folder} (${locales.join(', ')}; default ${locales[0]}):`);
  for (const file of written) console.log(`  ${file}`);
  if (skeleton.untranslated.length) {
    const source = hasSkeletonTexts(locales[0]!) ? locales[0] : 'en';
    console.log(
      `\nThe generator has no skeleton texts in ${skeleton.untranslated.join(', ')}: there, every text is the ${source} one, marked` +
        ` ${skeleton.untranslated.map((locale) => `TODO(${locale}):`).join(', ')}. npm run check reports each marker as an error until the text is written in its language.`,
    );
  }
  console.log(`\nNext, in this project's folder:\n  HANDBOOK_ROOT=${folder} npm start          # build and serve it\n  HANDBOOK_ROOT=${folder} npm run new -- template my-reply   # add a template (or playbook, tree, rule)`);
} catch (error) {
  fail(`Could not write the handbook into ${folder}: ${error instanceof Error ? error.message : error}`, 1);
}
