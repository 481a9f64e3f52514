/**
 * Watches a handbook's content files: `handbook.config.yaml` and the folders content/, playbooks/ and
 * i18n/ with everything in them. Each folder is watched on its own (non-recursive `fs.watch`, which
 * on Linux reports every file written, created, renamed into place or deleted in it, whatever the
 * editor's way of saving); Node's `recursive: true` on Linux watches each file's inode instead and
 * loses a file that an editor replaces by renaming a temporary copy over it. Only those folders are
 * watched, never the root recursively, so a handbook kept inside this project does not put
 * node_modules/ or dist/ under watch. Folders created later are picked up from their parent's events.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { batchPaths } from './debounce.ts';
import { isContentPath, SETTINGS_FILE, WATCHED_FOLDERS } from './recheck.ts';

export interface HandbookWatcher {
  /** Resolves once every folder present at the start is watched. */
  ready: Promise<void>;
  close(): void;
}

export interface WatchOptions {
  /** Quiet time before a burst of events becomes one re-check. */
  debounceMs?: number;
  /** A watch that cannot start (too many watched folders, say): reported, never thrown. */
  onError?: (error: Error) => void;
}

export function watchHandbook(root: string, onChange: (paths: string[]) => void, options: WatchOptions = {}): HandbookWatcher {
  const folders = new Map<string, FSWatcher>();
  /** Files that exist, so that a deleted file is a change and an editor's short-lived temporary file is not. */
  const known = new Set<string>();
  let closed = false;

  const settle = async (paths: string[]) => {
    const changed: string[] = [];
    for (const path of paths) {
      const entry = await stat(join(root, path)).catch(() => undefined);
      if (entry?.isDirectory()) {
        // A folder that has just appeared (copied in, renamed): its files are changes too.
        changed.push(...(await arm(path)));
      } else if (entry) {
        known.add(path);
        changed.push(path);
      } else {
        for (const folder of [...folders.keys()]) {
          if (folder === path || folder.startsWith(`${path}/`)) {
            folders.get(folder)!.close();
            folders.delete(folder);
          }
        }
        const gone = [...known].filter((file) => file === path || file.startsWith(`${path}/`));
        for (const file of gone) known.delete(file);
        changed.push(...gone);
      }
    }
    if (!closed && changed.length) onChange([...new Set(changed)]);
  };
  const batch = batchPaths(options.debounceMs ?? 80, (paths) => void settle(paths));

  /** Watches a folder and every folder in it; returns the files found there, which are known from then on. */
  async function arm(folder: string): Promise<string[]> {
    if (closed || folders.has(folder) || !isContentPath(folder)) return [];
    let watcher: FSWatcher;
    try {
      watcher = watch(join(root, folder), (_event, name) => {
        const path = name ? `${folder}/${String(name)}` : '';
        if (path && isContentPath(path)) batch.add(path);
      });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') options.onError?.(error as Error);
      return [];
    }
    // The folder went away: stop watching it; its parent's events tell when it comes back.
    watcher.on('error', () => {
      watcher.close();
      folders.delete(folder);
    });
    folders.set(folder, watcher);
    const entries = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
    const found = await Promise.all(entries.map(async (entry): Promise<string[]> => {
      const path = `${folder}/${entry.name}`;
      if (!isContentPath(path)) return [];
      if (entry.isDirectory()) return arm(path);
      known.add(path);
      return [path];
    }));
    return found.flat();
  }

  let rootWatcher: FSWatcher | undefined;
  try {
    rootWatcher = watch(root, (_event, name) => {
      const path = name ? String(name) : '';
      if (path === SETTINGS_FILE || (WATCHED_FOLDERS as readonly string[]).includes(path)) batch.add(path);
    });
    rootWatcher.on('error', (error) => options.onError?.(error));
  } catch (error) {
    options.onError?.(error as Error);
  }
  const ready = (async () => {
    await stat(join(root, SETTINGS_FILE)).then(() => known.add(SETTINGS_FILE), () => undefined);
    await Promise.all(WATCHED_FOLDERS.map((folder) => arm(folder)));
  })();

  return {
    ready,
    close() {
      closed = true;
      batch.cancel();
      rootWatcher?.close();
      for (const watcher of folders.values()) watcher.close();
      folders.clear();
    },
  };
}
