/**
 * The folders a build writes to, claimed before it writes anything. Two builds started at once in the
 * same folder would empty and fill the same `dist/` (and Astro's cache) in turn: the second stops
 * with a missing-chunk stack trace, or both "pass" and leave files of the other behind. A read-only
 * `dist/` would end the build in a bundler backtrace. Each is a one-line error naming the folder.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class OutputFolderError extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.name = 'OutputFolderError';
    this.hint = hint;
  }
}

const code = (error: unknown) => (typeof error === 'object' && error && 'code' in error ? String((error as { code: unknown }).code) : '');

function why(error: unknown): string {
  switch (code(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'it is on a read-only file system';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file is in the way of the folder';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Creates the folder if needed and proves that files can be written into it and removed. */
export function assertWritable(folder: string, what: string): void {
  const probe = join(folder, `.write-test-${process.pid}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (error) {
    try {
      rmSync(probe, { force: true });
    } catch {
      // The folder is not there or not writable: there is no probe to remove.
    }
    throw new OutputFolderError(`Cannot write the ${what} ${folder}: ${why(error)}`, `Make ${folder} writable (or remove it, so the build creates it), or build elsewhere with OUT_DIR=/another/folder.`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return code(error) === 'EPERM';
  }
}

/** The lock file of a folder: beside it, since a build empties the folder itself. */
export const lockFileOf = (folder: string) => join(dirname(folder), `.${basename(folder)}.build-lock`);

/**
 * Claims a folder for this process until `release` (or the process's exit). A lock left by a build
 * that no longer runs is taken over; one held by a running build is an error naming it.
 */
export function lockFolder(folder: string, what: string): { release(): void } {
  const lock = lockFileOf(folder);
  const mine = JSON.stringify({ pid: process.pid, started: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(dirname(lock), { recursive: true });
      const handle = openSync(lock, 'wx');
      writeFileSync(handle, mine);
      closeSync(handle);
      const release = () => {
        try {
          if (readFileSync(lock, 'utf8') === mine) unlinkSync(lock);
        } catch {
          // Already gone: nothing to release.
        }
        process.off('exit', release);
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if (code(error) !== 'EEXIST') throw new OutputFolderError(`Cannot lock the ${what} ${folder}: ${why(error)}`, `Make ${dirname(folder)} writable, or build elsewhere with OUT_DIR=/another/folder.`);
      let holder: { pid?: number; started?: string } = {};
      try {
        holder = JSON.parse(readFileSync(lock, 'utf8')) as typeof holder;
      } catch {
        // Unreadable or half-written: treat it as left behind.
      }
      if (typeof holder.pid === 'number' && holder.pid !== process.pid && alive(holder.pid)) {
        throw new OutputFolderError(
          `Another build (process ${holder.pid}, started ${holder.started ?? 'earlier'}) is writing the ${what} ${folder}`,
          `Wait for it to finish and build again, or build elsewhere with OUT_DIR=/another/folder. If no build is running, delete ${lock}.`,
        );
      }
      // Left by a build that ended without cleaning up: take it over.
      rmSync(lock, { force: true });
    }
  }
  throw new OutputFolderError(`Cannot lock the ${what} ${folder}: another build keeps claiming it`, `Wait for the other builds to finish, then build again.`);
}
