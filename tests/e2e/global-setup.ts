/**
 * Builds the default handbook once (unless E2E_DIST points at a build already made) and serves it on
 * 127.0.0.1 for the browser tests. The URL reaches the tests through `inject('baseUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { join } from 'node:path';
import { buildHandbook, PROJECT_ROOT } from '../helpers/build.ts';
import { serveStatic } from '../helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  let distDir = process.env.E2E_DIST;
  if (!distDir) {
    distDir = join(PROJECT_ROOT, 'tests/.tmp/e2e-dist');
    const result = await buildHandbook(PROJECT_ROOT, { outDir: distDir });
    if (result.code !== 0) throw new Error(`Building the default handbook failed:\n${result.output}`);
  }
  const server = await serveStatic(distDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return () => server.close();
}
