/**
 * The handbook as one typed graph: what the loader (src/lib/load) produces from the authors' files,
 * and what the checks, the rules engine and the pages read.
 */
import type { Locale } from './i18n/locales.ts';
import type { Positions } from './load/yaml-positions.ts';
import type { TodoMarker } from './todo/markers.ts';
import type { Register } from './templates/registers.ts';
import type { Logo } from './settings/logo.ts';
import type {
  GlossaryData,
  GuidelineData,
  PlaybookData,
  RoleData,
  SettingsData,
  SeverityScaleData,
  SituationData,
  SourceData,
  TemplateData,
  TreeData,
} from './schema.ts';

/** Where an entry came from, so that every finding can name the file, line and column. */
export interface Origin {
  /** Path relative to the handbook root, with forward slashes, e.g. `content/templates/pl/x.md`. */
  file: string;
  /** Line and column of a field, by its dotted path (`checks.0.patterns.pl.2`), where known. */
  positions?: Positions;
}

export interface Source extends SourceData {
  id: string;
  origin: Origin;
}

export interface Guideline extends GuidelineData {
  id: string;
  origin: Origin;
}

export interface Template extends TemplateData {
  id: string;
  locale: Locale;
  /** The reply text, exactly as the author wrote it below the front matter (trimmed); the first register's. */
  body: string;
  /** 1-based line and column of the body's first character in the file, to place findings. */
  bodyLine: number;
  bodyColumn: number;
  /** The reply in the other register, when the file has one (`<!-- register: informal -->`). */
  variants: TemplateVariant[];
  origin: Origin;
}

/** A template's reply in another register: checked like the first body, shown one click away. */
export interface TemplateVariant {
  register: Register;
  body: string;
  bodyLine: number;
  bodyColumn: number;
}

/** The template as it reads in one of its registers, for the checks that read a body. */
export function inRegister(template: Template, variant: TemplateVariant): Template {
  return { ...template, register: variant.register, body: variant.body, bodyLine: variant.bodyLine, bodyColumn: variant.bodyColumn, variants: [] };
}

/** Settings as resolved: every field has its value (a default where the file is silent). */
export interface Settings extends SettingsData {
  origin?: Origin;
  /** `site.logo` read and checked (absent without one, or when it failed its checks). */
  logo?: Logo;
}

/** The handbook's vocabulary per locale (content/glossary.yaml); empty where the handbook has none. */
export interface Glossary {
  entries: GlossaryData;
  origin?: Origin;
}

/** The roles of content/roles.yaml; `origin` is absent when the handbook has no such file. */
export interface Roles {
  entries: Role[];
  origin?: Origin;
}
export type Role = RoleData;

/** content/severity.yaml as loaded; absent when the file is missing or failed to load. */
export interface SeverityScale extends SeverityScaleData {
  origin: Origin;
}

export interface Tree extends TreeData {
  id: string;
  origin: Origin;
}

export interface Playbook extends PlaybookData {
  slug: string;
  locale: Locale;
  /** The MDX body, for reference checks (components used, links). */
  body: string;
  bodyLine: number;
  bodyColumn: number;
  origin: Origin;
}

export type Situation = SituationData;

/** A handbook's interface strings for one locale (i18n/<locale>.yaml). */
export interface InterfaceStrings {
  locale: string;
  strings: Record<string, string>;
  origin: Origin;
}

export interface Handbook {
  /** Absolute path of the handbook root (the folder with content/ and playbooks/). */
  root: string;
  settings: Settings;
  /** The handbook's own interface strings, per locale; empty when it has no i18n/ folder. */
  interfaceStrings?: InterfaceStrings[];
  glossary: Glossary;
  roles: Roles;
  severity?: SeverityScale | undefined;
  sources: Source[];
  situations: Situation[];
  guidelines: Guideline[];
  templates: Template[];
  trees: Tree[];
  playbooks: Playbook[];
  /** TODO markers the loader found in the handbook's texts: unfinished text, reported as errors. */
  todoMarkers?: TodoMarker[];
}

/** Templates grouped by id, then locale: the same id across locales is one template translated. */
export function templatesById(handbook: Handbook): Map<string, Map<Locale, Template>> {
  const byId = new Map<string, Map<Locale, Template>>();
  for (const template of handbook.templates) {
    if (!byId.has(template.id)) byId.set(template.id, new Map());
    byId.get(template.id)!.set(template.locale, template);
  }
  return byId;
}
