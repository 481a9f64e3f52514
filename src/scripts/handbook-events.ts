// The one way the handbook's scripts tell the rest of the site what the reader did (answered a tree
// question, ticked an item, copied a reply or a link). They only announce; the incident log
// (src/scripts/incident-watch.ts) listens, and loads its code only when it has something to do.
import type { HandbookAction } from '../lib/incident/log.ts';

export const HANDBOOK_ACTION = 'crisis-playbook:action';

export function announce(action: HandbookAction) {
  document.dispatchEvent(new CustomEvent<HandbookAction>(HANDBOOK_ACTION, { detail: action }));
}

/** The page's title without the site's name, to say where something happened. */
export const pageTitle = () => document.querySelector('main h1')?.textContent?.trim() ?? document.title;
