/**
 * Gathers a burst of file events into one re-check: an editor's save is often several events (write,
 * rename, change of a backup file), and a `git checkout` is hundreds. The paths seen are handed over
 * together once `wait` milliseconds pass without a new one.
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface PathBatcher {
  add(path: string): void;
  /** Drops what is pending, for shutting down. */
  cancel(): void;
}

export function batchPaths(wait: number, flush: (paths: string[]) => void, timers: Timers = realTimers): PathBatcher {
  let pending = new Set<string>();
  let handle: unknown;
  return {
    add(path) {
      pending.add(path);
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = timers.setTimeout(() => {
        handle = undefined;
        const paths = [...pending];
        pending = new Set();
        flush(paths);
      }, wait);
    },
    cancel() {
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = undefined;
      pending = new Set();
    },
  };
}
