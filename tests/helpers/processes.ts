/**
 * Long-running child processes for tests of live checks (`astro dev`, `check --watch`): started in a
 * process group of their own, their output collected, waited on by what they print (never by time),
 * and stopped with the whole group, so no server or watcher outlives a test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT, userEnv } from './build.ts';

export interface Running {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr together. */
  output(): string;
  /** Everything printed since `mark` was last called (or since the start). */
  since(): string;
  mark(): void;
  /** Resolves when `pattern` appears in the output printed after the last mark; rejects on exit or after `timeout` ms. */
  waitFor(pattern: RegExp, timeout?: number): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
}

export function startProcess(args: string[], env: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: userEnv({ NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env }),
  });
  let text = '';
  let from = 0;
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk.toString();
    for (const listener of [...listeners]) listener();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => text,
    since: () => text.slice(from),
    mark() {
      from = text.length;
    },
    waitFor(pattern, timeout = 30_000) {
      const start = from;
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = text.slice(start).match(pattern);
          if (match) done(() => resolve(match));
        };
        const done = (then: () => void) => {
          listeners.delete(check);
          clearTimeout(timer);
          then();
        };
        const timer = setTimeout(() => done(() => reject(new Error(`Timed out waiting for ${pattern} in:\n${text.slice(start)}`))), timeout);
        listeners.add(check);
        void exited.then(() => done(() => reject(new Error(`The process exited before printing ${pattern}:\n${text}`))));
        check();
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const kill = (signal: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // already gone
        }
      };
      kill('SIGINT');
      const timer = setTimeout(() => kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A port free on 127.0.0.1 at the time of asking. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const CHECK_CLI = ['--experimental-strip-types', '--no-warnings', join(PROJECT_ROOT, 'src/cli/check.ts')];
export const ASTRO_CLI = [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs')];
