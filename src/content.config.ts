/**
 * Astro content collections over the authors' files. The schemas are the ones the standalone
 * checker uses (src/lib/schema.ts); the build integration has already validated every file with
 * them, with line numbers, before these loaders run.
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import {
  guidelineSchema,
  playbookSchema,
  situationsSchema,
  sourceSchema,
  templateSchema,
  treeSchema,
} from './lib/schema.ts';
import { handbookRoot } from './integration/handbook-root.ts';

const root = handbookRoot();

/**
 * Loads Markdown entries as front matter plus raw body, without rendering them to HTML: templates
 * are parsed and shown by the site's own code (src/lib/templates/reply.ts), never through render(),
 * so rendering 32 × 6 (or, in the benchmark, 1,800) of them at every sync would be wasted work.
 */
function unrendered(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      // `entryTypes` is not in Astro's public LoaderContext type, but the glob loader reads its render
      // functions from it. Should a later Astro drop it, the templates are simply rendered again.
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, object> };
      if (!entryTypes) return loader.load(context);
      const withoutRender = new Map([...entryTypes].map(([extension, type]) => [extension, { ...type, getRenderFunction: undefined }]));
      return loader.load({ ...context, entryTypes: withoutRender } as LoaderContext);
    },
  };
}

export const collections = {
  sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/content/sources` }), schema: sourceSchema }),
  situations: defineCollection({
    loader: file(`${root}/content/situations.yaml`),
    schema: situationsSchema.element,
  }),
  guidelines: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/content/guidelines` }), schema: guidelineSchema }),
  trees: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/content/trees` }), schema: treeSchema }),
  // Ids keep the locale folder: `pl/jc-public-thanks-apology`.
  templates: defineCollection({ loader: unrendered(glob({ pattern: '*/*.md', base: `${root}/content/templates` })), schema: templateSchema }),
  playbooks: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: `${root}/playbooks` }), schema: playbookSchema }),
};
