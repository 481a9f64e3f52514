/** Runs `astro build` on a handbook in a child process and returns its output, for build tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/**
 * The environment a user's shell would give the build: Vitest's own variables (NODE_ENV=test,
 * MODE, DEV, PROD, SSR, BASE_URL, VITEST_*) would otherwise leak into the child and change what
 * Astro builds (BASE_URL, for one, overrides the base path).
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TEST|VITEST.*)$/.test(key)) delete env[key];
  }
  return { ...env, ...extra };
}

export interface BuildOptions {
  outDir?: string;
  cacheDir?: string;
  env?: Record<string, string>;
  /** Run the build as another user (tests run as root in CI, where no folder is read-only to root). */
  user?: { uid: number; gid: number };
}

export async function buildHandbook(handbookRoot: string, options: BuildOptions = {}): Promise<BuildResult> {
  const { child, outDir } = await startBuild(handbookRoot, options);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return new Promise((resolvePromise) => child.on('close', (code) => resolvePromise({ code, output, outDir })));
}

/** Starts `astro build` and returns the running process, for tests of builds that overlap. */
export async function startBuild(handbookRoot: string, options: BuildOptions = {}): Promise<{ child: ChildProcess; outDir: string }> {
  const work = await mkdtemp(join(tmpdir(), 'crisis-build-'));
  if (options.user) await chmod(work, 0o777);
  const outDir = options.outDir ?? join(work, 'dist');
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    ...options.user,
    env: userEnv({
      HANDBOOK_ROOT: handbookRoot,
      OUT_DIR: outDir,
      CACHE_DIR: options.cacheDir ?? join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...(options.user ? { HOME: work } : {}),
      ...options.env,
    }),
  });
  return { child, outDir };
}

/** Runs `npm run check`'s CLI on a handbook. */
export async function checkHandbook(handbookRoot: string, args: string[] = [], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', join(PROJECT_ROOT, 'src/cli/check.ts'), '--root', handbookRoot, ...args], {
      cwd: PROJECT_ROOT,
      env: userEnv({ NO_COLOR: '1', ...env }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}
