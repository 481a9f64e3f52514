/**
 * JSON Schemas for editors, generated from the zod schemas of src/lib/schema.ts: the one table below
 * says which schema describes which files, and everything else (the committed schemas/ folder, the
 * project's and a handbook's .vscode/settings.json) is derived from it, so the editor and
 * `npm run check` cannot drift apart. `npm run schemas` writes them; a unit test fails when they are stale.
 */
import { z } from 'zod';
import { LAYOUT } from '../load/layout.ts';
import {
  glossarySchema,
  interfaceStringsSchema,
  guidelineSchema,
  playbookSchema,
  rolesSchema,
  settingsSchema,
  severityScaleSchema,
  situationsSchema,
  sourceSchema,
  templateSchema,
  treeSchema,
} from '../schema.ts';

export interface SchemaTarget {
  /** The file name stem: `schemas/<name>.schema.json`. */
  name: string;
  /** What the files are, as the schema's title (shown by the editor). */
  title: string;
  schema: z.ZodType;
  /** Where the files live, relative to the handbook root. */
  globs: string[];
  /**
   * Whether the schema describes the YAML front matter of Markdown/MDX files rather than a YAML file:
   * the YAML language server does not read front matter, so these are not wired to it (see README).
   */
  frontMatter?: boolean;
}

/** Every kind of file an author writes, with its schema and where it lives. One line per kind. */
export const SCHEMA_TARGETS: readonly SchemaTarget[] = [
  { name: 'settings', title: 'Handbook settings', schema: settingsSchema, globs: [LAYOUT.settings] },
  { name: 'situations', title: 'Situations', schema: situationsSchema, globs: [LAYOUT.situations] },
  { name: 'source', title: 'Source', schema: sourceSchema, globs: [`${LAYOUT.sources}/*.yaml`] },
  { name: 'rule', title: 'Rule (guideline)', schema: guidelineSchema, globs: [`${LAYOUT.guidelines}/*.yaml`] },
  { name: 'tree', title: 'Decision tree', schema: treeSchema, globs: [`${LAYOUT.trees}/*.yaml`] },
  { name: 'roles', title: 'Roles', schema: rolesSchema, globs: [LAYOUT.roles] },
  { name: 'severity', title: 'Severity scale', schema: severityScaleSchema, globs: [LAYOUT.severity] },
  { name: 'glossary', title: 'Glossary', schema: glossarySchema, globs: [LAYOUT.glossary] },
  { name: 'interface-strings', title: 'Interface strings of one language', schema: interfaceStringsSchema, globs: ['i18n/*.yaml'] },
  { name: 'template', title: 'Template front matter', schema: templateSchema, globs: [`${LAYOUT.templates}/*/*.md`], frontMatter: true },
  { name: 'playbook', title: 'Playbook front matter', schema: playbookSchema, globs: [`${LAYOUT.playbooks}/*/*.mdx`], frontMatter: true },
];

/** Where the project keeps the generated schemas, relative to the generator's root. */
export const SCHEMAS_FOLDER = 'schemas';

export function schemaFileName(target: SchemaTarget): string {
  return `${target.name}.schema.json`;
}

/**
 * The JSON Schema of what an author may write (zod's input side: fields with a default are optional).
 * Draft 7: the draft every version of the YAML language server reads.
 * Transforms have no JSON Schema; a field that needs one says so with `.meta()` in the zod schema.
 */
export function jsonSchemaOf(target: SchemaTarget): Record<string, unknown> {
  const generated = z.toJSONSchema(target.schema, { io: 'input', unrepresentable: 'any', target: 'draft-07' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: target.title, ...rest };
}

/** The text of a schema file, as committed: stable key order from the zod schema, two-space indent. */
export function schemaFileText(target: SchemaTarget): string {
  return `${JSON.stringify(jsonSchemaOf(target), null, 2)}\n`;
}

/** The extensions an editor should offer to install for a handbook. */
export const RECOMMENDED_EXTENSIONS = [
  // YAML language server: completion, hover and error underlining in the YAML files.
  'redhat.vscode-yaml',
  // Astro language server: the same for the front matter of templates and playbooks (see README).
  'astro-build.astro-vscode',
] as const;

/**
 * A `.vscode/settings.json` that maps each schema to its files for the YAML language server.
 * `schemaPath` says where a schema file is, relative to the folder VS Code opens.
 */
export function vscodeSettings(schemaPath: (target: SchemaTarget) => string): Record<string, unknown> {
  const yamlSchemas: Record<string, string[]> = {};
  for (const target of SCHEMA_TARGETS) if (!target.frontMatter) yamlSchemas[schemaPath(target)] = target.globs;
  return {
    'yaml.schemas': yamlSchemas,
    // The handbook's files are not in the public schema catalogue; asking it would only cost a download.
    'yaml.schemaStore.enable': false,
    // Front matter: the Astro language server reads the collection schemas Astro writes to .astro/collections/.
    'astro.content-intellisense': true,
  };
}

export function vscodeExtensions(): Record<string, unknown> {
  return { recommendations: [...RECOMMENDED_EXTENSIONS] };
}

export function jsonFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Every file of a folder's editor support, by path relative to that folder: the schemas in
 * `schemaFolder` and the .vscode settings that point at them. The generator's own root keeps its
 * schemas in schemas/; a team's handbook keeps them in .vscode/schemas/ so that it works wherever it is moved.
 * `schemaText` gives a schema file's text (by default generated here).
 */
export function editorSupportFiles(
  schemaFolder: string,
  schemaText: (target: SchemaTarget) => string = schemaFileText,
): Map<string, string> {
  const files = new Map<string, string>();
  for (const target of SCHEMA_TARGETS) files.set(`${schemaFolder}/${schemaFileName(target)}`, schemaText(target));
  files.set('.vscode/settings.json', jsonFileText(vscodeSettings((target) => `./${schemaFolder}/${schemaFileName(target)}`)));
  files.set('.vscode/extensions.json', jsonFileText(vscodeExtensions()));
  return files;
}
