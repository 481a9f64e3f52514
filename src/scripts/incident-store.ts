// The incident log and the next-update time in localStorage: read, change, and tell every listener in
// this tab (other tabs hear it through the `storage` event, which this tab never receives for its own
// writes). Every change reads the latest stored value first, so two tabs never overwrite each other.
import { INCIDENT_STORAGE_KEY, NEXT_UPDATE_STORAGE_KEY } from '../lib/incident/keys.ts';
import { endIncident, isRunning, parseIncident, record, startIncident, type HandbookAction, type Incident, type NextUpdateAction } from '../lib/incident/log.ts';
import { nextUpdateFromValues, parseStoredNextUpdate, type NextUpdate } from '../lib/incident/next-update.ts';

const listeners = new Set<() => void>();

/** Calls `listener` after any change to the log or the next update, from this tab or another. */
export function onChange(listener: () => void) {
  if (!listeners.size) {
    window.addEventListener('storage', (event) => {
      if (event.key === null || event.key === INCIDENT_STORAGE_KEY || event.key === NEXT_UPDATE_STORAGE_KEY) for (const each of listeners) each();
    });
  }
  listeners.add(listener);
}

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function set(key: string, value: unknown) {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or turned off: nothing can be kept, and the page says nothing was recorded.
  }
  for (const listener of listeners) listener();
}

export const readIncident = (): Incident | undefined => parseIncident(get(INCIDENT_STORAGE_KEY));
export const readNextUpdate = (): NextUpdate | undefined => parseStoredNextUpdate(get(NEXT_UPDATE_STORAGE_KEY));

/** A new log; a next update set just before (a holding statement copied first) stays. */
export function start(now = Date.now()) {
  set(INCIDENT_STORAGE_KEY, startIncident(now));
}

/** Freezes the log; the countdown stops with it. */
export function end(now = Date.now()) {
  const incident = readIncident();
  if (incident) set(INCIDENT_STORAGE_KEY, endIncident(incident, now));
  set(NEXT_UPDATE_STORAGE_KEY, undefined);
}

export function clear() {
  set(INCIDENT_STORAGE_KEY, undefined);
  set(NEXT_UPDATE_STORAGE_KEY, undefined);
}

function append(action: HandbookAction | NextUpdateAction, now: number) {
  const incident = readIncident();
  if (isRunning(incident)) set(INCIDENT_STORAGE_KEY, record(incident, action, now));
}

export function setNextUpdate(next: NextUpdateAction | undefined, now = Date.now()) {
  set(NEXT_UPDATE_STORAGE_KEY, next && ({ due: next.due, text: next.text } satisfies NextUpdate));
  if (next) append(next, now);
}

/** The reminder for this time went out (in whichever tab got there first). */
export function markNotified(due: number) {
  const next = readNextUpdate();
  if (next?.due === due) set(NEXT_UPDATE_STORAGE_KEY, { ...next, notified: due });
}

/** Something the reader did: into the running log, and a copied next-update time onto the countdown. */
export function handle(action: HandbookAction, now = Date.now()) {
  append(action, now);
  if (action.kind === 'template-copied') {
    const next = nextUpdateFromValues(action.values, new Date(now));
    if (next) setNextUpdate(next, now);
  }
}
