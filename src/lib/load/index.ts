/**
 * Reads a whole handbook from disk into the typed model, validating every file against the
 * content schemas and collecting every problem (never stopping at the first). Used by
 * `npm run check` and by the build integration before Astro renders a single page.
 */
import { lstat, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { Diagnostics } from '../diagnostics.ts';
import { isLocale, LOCALES, useLocales, type Locale } from '../i18n/locales.ts';
import { useHandbookStrings } from '../i18n/strings/index.ts';
import { readLocaleSettings } from '../settings/locale-settings.ts';
import { I18N_FOLDER, readHandbookStrings } from '../settings/handbook-strings.ts';
import type { Glossary, Guideline, Handbook, InterfaceStrings, Playbook, Roles, Settings, SeverityScale, Source, Template, Tree } from '../model.ts';
import {
  glossarySchema,
  guidelineSchema,
  ID_PATTERN,
  interfaceStringsSchema,
  LOCALE_CODE,
  playbookSchema,
  rolesSchema,
  settingsSchema,
  severityScaleSchema,
  RESERVED_IDS,
  situationsSchema,
  sourceSchema,
  templateSchema,
  treeSchema,
} from '../schema.ts';
import { splitRegisters, REGISTERS } from '../templates/registers.ts';
import { splitFrontMatter } from './front-matter.ts';
import { describeOpenError, readAuthorFile, type ReadResult } from './read-text.ts';
import { reservedKeyPaths } from './reserved.ts';
import { scriptSchemeFields, UNSAFE_LINK_NOTE, unsafeLinksInText } from '../links/safe-links.ts';
import { bodyPointInFile } from '../diagnostics.ts';
import { reportSchemaIssues } from './schema-errors.ts';
import { parseYamlWithPositions, positionOf, type Positions } from './yaml-positions.ts';
import { LAYOUT } from './layout.ts';
import { readLogo } from '../settings/logo.ts';
import { todoMarkersInBody, todoMarkersInYaml, type TodoMarker } from '../todo/markers.ts';

export { LAYOUT } from './layout.ts';

export interface LoadResult {
  handbook: Handbook;
  diagnostics: Diagnostics;
}

/**
 * The locales and interface strings every module reads (src/lib/i18n) follow the handbook being
 * loaded: the one the process started with, or another (a test's fixture, the benchmark's).
 */
export function useHandbookLanguages(root: string): void {
  useLocales(readLocaleSettings(root));
  useHandbookStrings(readHandbookStrings(root));
}

export async function loadHandbook(root: string, diagnostics = new Diagnostics()): Promise<LoadResult> {
  useHandbookLanguages(root);
  const context = new LoadContext(root, diagnostics);
  // A mistyped --root or HANDBOOK_ROOT would otherwise check (and build) an empty handbook, and pass.
  const found = await Promise.all(['content', LAYOUT.playbooks].map((folder) => stat(join(root, folder)).then((entry) => entry.isDirectory(), () => false)));
  if (!found.some(Boolean)) {
    diagnostics.error('.', `No handbook in ${root}: it has neither a content/ nor a playbooks/ folder`, undefined, {
      ruleId: 'handbook-root',
      source: 'schema',
      note: 'Point --root (or HANDBOOK_ROOT) at the folder that holds content/ and playbooks/.',
    });
  }
  const [settings, interfaceStrings, glossary, roles, severity, sources, situations, guidelines, trees, templates, playbooks] = await Promise.all([
    context.settings(),
    context.interfaceStrings(),
    context.glossary(),
    context.roles(),
    context.severity(),
    context.dataFolder(LAYOUT.sources, '.yaml', sourceSchema, (id, data, origin): Source => ({ ...data, id, origin })),
    context.situations(),
    context.dataFolder(LAYOUT.guidelines, '.yaml', guidelineSchema, (id, data, origin): Guideline => ({ ...data, id, origin })),
    context.dataFolder(LAYOUT.trees, '.yaml', treeSchema, (id, data, origin): Tree => ({ ...data, id, origin })),
    context.localeFolders(LAYOUT.templates, '.md', templateSchema, (id, locale, data, body, origin): Template => context.template(id, locale, data, body, origin), (id) => ({ title: id, tone: 'neutral' }), true),
    context.localeFolders(LAYOUT.playbooks, '.mdx', playbookSchema, (slug, locale, data, body, origin): Playbook => ({
      ...data,
      slug,
      locale,
      body: body.text,
      bodyLine: body.line,
      bodyColumn: body.column,
      origin,
    })),
  ]);
  const todoMarkers = context.todoMarkers;
  return { handbook: { root, settings, interfaceStrings, glossary, roles, severity, sources, situations, guidelines, templates, trees, playbooks, todoMarkers }, diagnostics };
}

/**
 * The handbook's single files: settings, glossary, roles and severity scale (the pages read them
 * beside Astro's collections, which hold the folders of files).
 */
export async function loadSingleFiles(root: string, diagnostics = new Diagnostics()): Promise<{ settings: Settings; interfaceStrings: InterfaceStrings[]; glossary: Glossary; roles: Roles; severity: SeverityScale | undefined }> {
  useHandbookLanguages(root);
  const context = new LoadContext(root, diagnostics);
  const [settings, interfaceStrings, glossary, roles, severity] = await Promise.all([context.settings(), context.interfaceStrings(), context.glossary(), context.roles(), context.severity()]);
  return { settings, interfaceStrings, glossary, roles, severity };
}

class LoadContext {
  readonly root: string;
  readonly diagnostics: Diagnostics;
  /** TODO markers in every text read, reported by the checks (src/lib/todo/markers.ts). */
  readonly todoMarkers: TodoMarker[] = [];

  constructor(root: string, diagnostics: Diagnostics) {
    this.root = root;
    this.diagnostics = diagnostics;
  }

  relative(path: string) {
    return relative(this.root, path).split(sep).join('/');
  }

  /**
   * The entries of a folder, sub-folders with a trailing slash. A folder that is not there is empty;
   * one that cannot be read is an error, never silently empty. A symbolic link counts as what it
   * points at; a dangling one as a file, so reading it reports it.
   */
  async list(folder: string): Promise<string[]> {
    let entries;
    try {
      entries = await readdir(join(this.root, folder), { withFileTypes: true });
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') {
        this.diagnostics.error(folder, `Cannot read this folder: ${(error as { code?: string }).code === 'ENOTDIR' ? 'it is a file, not a folder' : describeOpenError(error)}`, undefined, {
          ruleId: 'unreadable-file',
          source: 'schema',
          note: 'Make it a readable folder; the README shows where each kind of file lives.',
        });
      }
      return [];
    }
    const names = await Promise.all(entries.map(async (entry) => {
      if (entry.isSymbolicLink()) {
        const target = await stat(join(this.root, folder, entry.name)).catch(() => undefined);
        return target?.isDirectory() ? `${entry.name}/` : entry.name;
      }
      return entry.isDirectory() ? `${entry.name}/` : entry.name;
    }));
    return names.sort();
  }

  /** A file name must be a valid id, since it becomes part of a stable URL. */
  idFromFile(file: string, name: string, extension: string): string | undefined {
    const id = name.slice(0, -extension.length);
    if (RESERVED_IDS.has(id)) {
      this.diagnostics.error(file, `File name "${name}" is reserved: "${id}" would take the place of the page that lists them all`, undefined, {
        ruleId: 'reserved-id',
        source: 'schema',
        note: `Rename it to say what it is, like "${id}-reply${extension}": the name becomes the id and part of the URL.`,
      });
      return undefined;
    }
    if (ID_PATTERN.test(id)) return id;
    this.diagnostics.error(file, `File name "${name}" is not a valid id`, undefined, {
      ruleId: 'file-name',
      source: 'schema',
      note: `Rename it in lower-case kebab-case, like "my-template${extension}": the name becomes the id and part of the URL.`,
    });
    return undefined;
  }

  /**
   * Reads a folder's files all at once, so the disk works while the YAML of earlier files is parsed;
   * findings are still reported file by file, in name order. A file that cannot be read as UTF-8 text
   * free of control characters has no text here (its problems are reported), so it is left out.
   */
  async readAll(files: string[]): Promise<Map<string, string | undefined>> {
    const results = await Promise.all(files.map((file) => readAuthorFile(join(this.root, file))));
    return new Map(files.map((file, index) => [file, this.accept(file, results[index])]));
  }

  /** Reports what reading found and returns the text, or undefined when the file cannot be used. */
  accept(file: string, result: ReadResult): string | undefined {
    for (const problem of result.problems) {
      const place = problem.line ? { line: problem.line, column: problem.column ?? 1 } : undefined;
      (problem.warning ? this.diagnostics.warn : this.diagnostics.error).call(this.diagnostics, file, problem.reason, place, { ruleId: problem.ruleId, source: 'schema', note: problem.note });
    }
    if (result.text === undefined || result.problems.some((problem) => !problem.warning)) return undefined;
    return result.text;
  }

  readYaml(file: string, text: string, lineOffset = 0): { value: unknown; positions: Positions } | undefined {
    const parsed = parseYamlWithPositions(text, lineOffset);
    for (const error of parsed.errors) {
      this.diagnostics.error(file, error.ruleId && error.ruleId !== 'yaml-syntax' ? error.message : `YAML syntax error: ${error.message}`, error, {
        ruleId: error.ruleId ?? 'yaml-syntax',
        source: 'schema',
        note: error.note ?? 'Fix the YAML syntax: check indentation, colons and quotes.',
      });
    }
    if (parsed.errors.length) return undefined;
    for (const marker of todoMarkersInYaml(text, lineOffset)) this.todoMarkers.push({ file, ...marker });
    // `__proto__` would be dropped on the way to the checks (or change an object's prototype), and
    // `constructor` or `prototype` would shadow what every JavaScript object has.
    const reserved = reservedKeyPaths(parsed.value);
    for (const path of reserved) {
      const key = String(path.at(-1));
      const placeholder = path.length === 2 && path[0] === 'placeholders';
      this.diagnostics.error(file, `"${key}" is a reserved name and cannot be ${placeholder ? 'a placeholder name' : 'a field name'} (field "${path.join('.')}")`, positionOf(parsed.positions, path), {
        ruleId: 'reserved-name',
        source: 'schema',
        note: placeholder ? `Rename the placeholder, like "${key.replace(/_/g, '')}_name", here and in the text.` : 'Rename or remove the field.',
      });
    }
    for (const { path, scheme } of scriptSchemeFields(parsed.value)) {
      this.diagnostics.error(file, `Field "${path.join('.')}" contains a "${scheme}:" address, which runs code when it is followed`, positionOf(parsed.positions, path), {
        ruleId: 'unsafe-link',
        source: 'schema',
        note: UNSAFE_LINK_NOTE,
      });
    }
    return reserved.length ? undefined : parsed;
  }

  /**
   * The file's data, or undefined when it breaks the schema (reported here). `standIns` are values
   * for fields the checks never read (a template's title or tone): when every problem is in such a
   * field, or is an unknown extra field, the file is still checked with those values in place, so
   * one wrong value does not hide the rest of its problems. It has its errors all the same, so the
   * build still fails.
   */
  validate<S extends z.ZodType>(schema: S, file: string, value: unknown, positions: Positions, standIns: Record<string, unknown> = {}): z.output<S> | undefined {
    const result = schema.safeParse(value ?? {});
    if (result.success) return result.data;
    const { issues } = result.error;
    const knownFields = 'shape' in schema && schema.shape && typeof schema.shape === 'object' ? Object.keys(schema.shape) : [];
    reportSchemaIssues(this.diagnostics, file, issues, positions, value, knownFields);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const repaired: Record<string, unknown> = { ...value };
    for (const issue of issues) {
      if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
        for (const key of issue.keys) delete repaired[key];
      } else if (typeof issue.path[0] === 'string' && Object.hasOwn(standIns, issue.path[0])) {
        repaired[issue.path[0]] = standIns[issue.path[0]];
      } else {
        return undefined;
      }
    }
    const again = schema.safeParse(repaired);
    return again.success ? again.data : undefined;
  }

  async dataFolder<S extends z.ZodType, T>(
    folder: string,
    extension: string,
    schema: S,
    make: (id: string, data: z.output<S>, origin: { file: string; positions: Positions }) => T,
  ): Promise<T[]> {
    const entries: T[] = [];
    const names = await this.list(folder);
    const texts = await this.readAll(names.filter((name) => name.endsWith(extension)).map((name) => `${folder}/${name}`));
    for (const name of names) {
      const file = `${folder}/${name}`;
      if (!name.endsWith(extension)) {
        this.unexpectedFile(file, `a ${extension} file`);
        continue;
      }
      const id = this.idFromFile(file, name, extension);
      const text = texts.get(file);
      if (text === undefined) continue;
      const parsed = this.readYaml(file, text);
      if (!id || !parsed) continue;
      const data = this.validate(schema, file, parsed.value, parsed.positions);
      if (data) entries.push(make(id, data, { file, positions: parsed.positions }));
    }
    return entries;
  }

  /**
   * An optional single file's text, or undefined when it is absent. It is read like every author file:
   * a pipe never blocks, a bad encoding or a control character is a finding (and the file is skipped).
   */
  async optionalText(file: string): Promise<string | undefined> {
    const path = join(this.root, file);
    if (!(await lstat(path).then(() => true, () => false))) return undefined;
    return this.accept(file, await readAuthorFile(path));
  }

  /** handbook.config.yaml: optional; a handbook without one gets every default. */
  async settings(): Promise<Settings> {
    const file = LAYOUT.settings;
    const text = await this.optionalText(file);
    if (text === undefined) return settingsSchema.parse({});
    const parsed = await this.readYaml(file, text);
    const data = parsed && this.validate(settingsSchema, file, parsed.value ?? {}, parsed.positions);
    if (!data) return settingsSchema.parse({});
    const origin = { file, positions: parsed.positions };
    if (data.site.logo === undefined) return { ...data, origin };
    const read = await readLogo(this.root, data.site.logo);
    if ('problem' in read) {
      this.diagnostics.error(file, read.problem.reason, positionOf(parsed.positions, ['site', 'logo']), { ruleId: 'settings-logo', source: 'schema', note: read.problem.note });
      return { ...data, origin };
    }
    return { ...data, origin, logo: read.logo };
  }

  /** i18n/<locale>.yaml: the interface strings a handbook brings (optional). */
  async interfaceStrings(): Promise<InterfaceStrings[]> {
    const entries: InterfaceStrings[] = [];
    const names = await this.list(I18N_FOLDER);
    const texts = await this.readAll(names.filter((name) => name.endsWith('.yaml')).map((name) => `${I18N_FOLDER}/${name}`));
    for (const name of names) {
      const file = `${I18N_FOLDER}/${name}`;
      const locale = name.slice(0, -'.yaml'.length);
      if (!name.endsWith('.yaml') || !LOCALE_CODE.test(locale)) {
        this.diagnostics.error(file, `"${name}" is not a strings file: name it after its language, like "de.yaml" or "pt-BR.yaml"`, undefined, {
          ruleId: 'interface-strings',
          source: 'schema',
          note: 'Files in i18n/ hold one language\'s interface strings each, named <locale>.yaml; move anything else out.',
        });
        continue;
      }
      const text = texts.get(file);
      if (text === undefined) continue;
      const parsed = this.readYaml(file, text);
      if (!parsed) continue;
      const strings = this.validate(interfaceStringsSchema, file, parsed.value ?? {}, parsed.positions);
      if (strings) entries.push({ locale, strings: strings as Record<string, string>, origin: { file, positions: parsed.positions } });
    }
    return entries;
  }

  /** content/glossary.yaml: optional. */
  async glossary(): Promise<Glossary> {
    const file = LAYOUT.glossary;
    const text = await this.optionalText(file);
    if (text === undefined) return { entries: {} };
    const parsed = await this.readYaml(file, text);
    const entries = parsed && this.validate(glossarySchema, file, parsed.value ?? {}, parsed.positions);
    return entries ? { entries, origin: { file, positions: parsed.positions } } : { entries: {} };
  }

  /** content/roles.yaml: without it (or when it fails to load) no role exists, which the role checks report. */
  async roles(): Promise<Roles> {
    const file = LAYOUT.roles;
    const text = await this.optionalText(file);
    if (text === undefined) return { entries: [] };
    const parsed = await this.readYaml(file, text);
    const entries = parsed && this.validate(rolesSchema, file, parsed.value ?? [], parsed.positions);
    return { entries: entries ?? [], origin: { file, positions: parsed?.positions } };
  }

  /** content/severity.yaml: undefined when missing or broken (the severity checks say which). */
  async severity(): Promise<SeverityScale | undefined> {
    const file = LAYOUT.severity;
    const text = await this.optionalText(file);
    if (text === undefined) return undefined;
    const parsed = await this.readYaml(file, text);
    const data = parsed && this.validate(severityScaleSchema, file, parsed.value ?? {}, parsed.positions);
    return data ? { ...data, origin: { file, positions: parsed.positions } } : undefined;
  }

  /** A template, its body split into its registers (a bad register marker is an error at its line). */
  template(id: string, locale: Locale, data: z.output<typeof templateSchema>, body: { text: string; line: number; column: number }, origin: { file: string; positions: Positions }): Template {
    const first = data.register === 'informal' ? 'informal' : 'formal';
    const { bodies, problems } = splitRegisters(body.text, body.line, body.column, first);
    for (const problem of problems) {
      this.diagnostics.error(origin.file, `Unknown register "${problem.value}" in a register marker`, problem, {
        ruleId: 'register-marker',
        source: 'schema',
        note: `Write <!-- register: ${REGISTERS.join(' -->  or  <!-- register: ')} -->.`,
      });
    }
    const [main, ...others] = bodies;
    const seen = new Set<string>([main!.register]);
    for (const other of others) {
      if (!seen.has(other.register)) {
        seen.add(other.register);
        continue;
      }
      this.diagnostics.error(origin.file, `The reply has two bodies in the ${other.register} register`, { line: other.line, column: 1 }, {
        ruleId: 'register-marker',
        source: 'schema',
        note: `A template has one body per register: the first is ${first} (set by "register:" in the front matter), a marker starts the other.`,
      });
    }
    return {
      ...data,
      id,
      locale,
      body: main!.text,
      bodyLine: main!.line,
      bodyColumn: main!.column,
      variants: others.map((other) => ({ register: other.register, body: other.text, bodyLine: other.line, bodyColumn: other.column })),
      origin,
    };
  }

  /**
   * The situations file: one list every playbook and template names its situation from. Missing or
   * empty, it is one error here; the references to it are then not reported one by one.
   */
  async situations() {
    const file = LAYOUT.situations;
    const path = join(this.root, file);
    if (!(await lstat(path).then(() => true, () => false))) {
      if (await stat(join(this.root, 'content')).then((entry) => entry.isDirectory(), () => false)) {
        this.diagnostics.error(file, 'The situations file is missing', undefined, {
          ruleId: 'missing-file',
          source: 'schema',
          note: 'Create content/situations.yaml with a list of situations, each with an id and a label (the README shows an example): every playbook and template names its situation from it.',
        });
      }
      return [];
    }
    const text = this.accept(file, await readAuthorFile(path));
    if (text === undefined) return [];
    const parsed = this.readYaml(file, text);
    if (!parsed) return [];
    if (parsed.value === null || parsed.value === undefined || (Array.isArray(parsed.value) && parsed.value.length === 0)) {
      this.diagnostics.error(file, 'The situations file lists no situation', { line: 1, column: 1 }, {
        ruleId: 'empty-file',
        source: 'schema',
        note: 'List the situations, each with an id and a label (the README shows an example): every playbook and template names its situation from this file.',
      });
      return [];
    }
    return this.validate(situationsSchema, file, parsed.value, parsed.positions) ?? [];
  }

  /** `<folder>/<locale>/<id><extension>`: every sub-folder must be one of the six locales. */
  async localeFolders<S extends z.ZodType, T>(
    folder: string,
    extension: string,
    schema: S,
    make: (
      id: string,
      locale: Locale,
      data: z.output<S>,
      body: { text: string; line: number; column: number },
      origin: { file: string; positions: Positions },
    ) => T,
    standIns?: (id: string) => Record<string, unknown>,
    /** Templates: a file with front matter but no text is an error (it would render an empty reply). */
    requireBody = false,
  ): Promise<T[]> {
    const entries: T[] = [];
    for (const name of await this.list(folder)) {
      if (!name.endsWith('/')) {
        this.unexpectedFile(`${folder}/${name}`, `a locale folder (${LOCALES.join(', ')})`);
        continue;
      }
      const locale = name.slice(0, -1);
      if (!LOCALE_CODE.test(locale)) {
        this.diagnostics.error(`${folder}/${locale}`, `"${locale}" is not a locale folder`, undefined, {
          ruleId: 'locale-folder',
          source: 'schema',
          note: `Name locale folders after their language code, like "en" or "pt-BR" (this site builds ${LOCALES.join(', ')}). Rename or move the folder.`,
        });
        continue;
      }
      if (!isLocale(locale)) {
        // A language the settings leave out (a team building two of the default handbook's six) is
        // kept on disk but not built: say so once per folder, so it is never dropped silently.
        this.diagnostics.warn(`${folder}/${locale}`, `The ${locale} folder is not built: "${locale}" is not among the locales in handbook.config.yaml (${LOCALES.join(', ')})`, undefined, {
          ruleId: 'locale-folder',
          source: 'schema',
          note: `Add "${locale}" to locales in handbook.config.yaml to build it, or remove the folder.`,
        });
        continue;
      }
      const fileNames = await this.list(`${folder}/${locale}`);
      const texts = await this.readAll(fileNames.filter((name) => name.endsWith(extension)).map((name) => `${folder}/${locale}/${name}`));
      for (const fileName of fileNames) {
        const file = `${folder}/${locale}/${fileName}`;
        if (!fileName.endsWith(extension)) {
          this.unexpectedFile(file, `a ${extension} file`);
          continue;
        }
        const id = this.idFromFile(file, fileName, extension);
        const text = texts.get(file);
        if (text === undefined) continue;
        const split = splitFrontMatter(text);
        if (split.unclosed) {
          this.diagnostics.error(file, 'The front matter is not closed: the "---" on line 1 has no closing "---"', { line: 1, column: 1 }, {
            ruleId: 'front-matter',
            source: 'schema',
            note: 'Add a line with just "---" after the last field, before the text.',
          });
          continue;
        }
        if (split.yaml === undefined) {
          this.diagnostics.error(file, 'Missing front matter', { line: 1, column: 1 }, {
            ruleId: 'front-matter',
            source: 'schema',
            note: 'Start the file with a YAML block between two "---" lines; the README shows an example.',
          });
          continue;
        }
        const parsed = this.readYaml(file, split.yaml, split.yamlLine - 1);
        if (!id || !parsed) continue;
        const data = this.validate(schema, file, parsed.value, parsed.positions, standIns?.(id));
        if (!data) continue;
        // The body is kept trimmed (it is what a reader copies); its place records where that text
        // starts, so findings still point at the right line and column.
        const leading = /^\s*/.exec(split.body)![0];
        const body = {
          text: split.body.trim(),
          line: split.bodyLine + (leading.match(/\n/g)?.length ?? 0),
          column: leading.length - leading.lastIndexOf('\n'),
        };
        for (const marker of todoMarkersInBody(body.text, { bodyLine: body.line, bodyColumn: body.column })) this.todoMarkers.push({ file, ...marker });
        if (requireBody) {
          for (const link of unsafeLinksInText(body.text)) {
            this.diagnostics.error(file, `A link to a "${link.scheme}:" address in the reply`, bodyPointInFile({ bodyLine: body.line, bodyColumn: body.column }, link), {
              ruleId: 'unsafe-link',
              source: 'schema',
              note: UNSAFE_LINK_NOTE,
            });
          }
        }
        if (requireBody && !body.text) {
          this.diagnostics.error(file, 'The reply is empty: there is no text below the front matter', { line: split.bodyLine, column: 1 }, {
            ruleId: 'empty-template',
            source: 'schema',
            note: 'Write the reply below the closing "---": it is the text the team copies and posts.',
          });
        }
        entries.push(make(id, locale, data, body, { file, positions: parsed.positions }));
      }
    }
    return entries;
  }

  unexpectedFile(file: string, expected: string) {
    this.diagnostics.error(file, `Unexpected file: expected ${expected} here`, undefined, {
      ruleId: 'file-name',
      source: 'schema',
      note: 'Move or rename the file; the README shows where each kind of file lives.',
    });
  }
}
