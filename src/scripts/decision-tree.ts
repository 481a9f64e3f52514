// One question at a time. The steps are already in the page (server-rendered); this script only
// shows the current one, keeps the path in the URL (`?<tree>=<path>`, one history entry per answer,
// so the back button walks back and a pasted link opens the same step), scrolls the new question into
// view, moves focus to it and announces it.
import { formatPath, parsePath, shortestPath, type Edges } from '../lib/trees/tree-path.ts';
import { announce } from './handbook-events.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-tree]')) {
  const treeId = root.dataset.tree!;
  const start = root.dataset.start!;
  const edges: Edges = new Map(Object.entries(JSON.parse(root.dataset.edges ?? '{}') as Record<string, string[]>));
  const app = root.querySelector<HTMLElement>('[data-tree-app]')!;
  const outline = root.querySelector<HTMLDetailsElement>('[data-tree-outline]');
  const crumbs = root.querySelector<HTMLOListElement>('[data-tree-breadcrumbs]')!;
  const live = root.querySelector<HTMLElement>('[data-tree-live]')!;
  const back = root.querySelector<HTMLButtonElement>('[data-tree-back]')!;
  const restart = root.querySelector<HTMLButtonElement>('[data-tree-restart]')!;
  const steps = new Map([...root.querySelectorAll<HTMLElement>('[data-step]')].map((step) => [step.dataset.step!, step]));
  const headingOf = (id: string) => steps.get(id)?.querySelector<HTMLElement>('[data-step-heading]');
  let path: string[] = [];
  let pushed = 0;

  /** The URL's fragment, decoded; a malformed one (a stray `%`) is no fragment. */
  const currentFragment = (): string => {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch {
      return '';
    }
  };

  /**
   * The step a fragment points into: a node of the outline (`#<tree>-node-<id>`, from search for
   * example), or anything inside a step, such as a reply of an outcome (a link copied from it).
   */
  const stepHolding = (fragment: string): string | undefined => {
    if (!fragment) return undefined;
    const anchor = new RegExp(`^${treeId}-node-(.+)$`).exec(fragment);
    if (anchor) return anchor[1];
    const target = document.getElementById(fragment);
    return target && app.contains(target) ? target.closest<HTMLElement>('[data-step]')?.dataset.step : undefined;
  };

  const pathFromLocation = (): string[] => {
    const fromQuery = new URLSearchParams(location.search).get(treeId);
    if (fromQuery) return parsePath(fromQuery, start, edges);
    const step = stepHolding(currentFragment());
    if (step) return shortestPath(start, step, edges) ?? [start];
    return [start];
  };

  const urlFor = (next: string[]) => {
    const url = new URL(location.href);
    url.hash = '';
    if (next.length > 1) url.searchParams.set(treeId, formatPath(next));
    else url.searchParams.delete(treeId);
    return url;
  };

  const render = (next: string[], moveFocus: boolean) => {
    path = next;
    const current = path[path.length - 1];
    for (const [id, step] of steps) step.hidden = id !== current;
    crumbs.replaceChildren(
      ...path.map((id, index) => {
        const item = document.createElement('li');
        const label = headingOf(id)?.textContent ?? id;
        if (index === path.length - 1) {
          item.textContent = label;
          item.setAttribute('aria-current', 'step');
        } else {
          const link = document.createElement('a');
          link.href = urlFor(path.slice(0, index + 1)).href;
          link.textContent = label;
          link.addEventListener('click', (event) => {
            event.preventDefault();
            go(path.slice(0, index + 1));
          });
          item.append(link);
        }
        return item;
      }),
    );
    crumbs.parentElement!.hidden = path.length < 2;
    back.disabled = path.length < 2;
    if (moveFocus) {
      const heading = headingOf(current);
      if (heading) {
        // On a phone the answer tapped is often low on the screen: bring the new step's top, with its
        // question and first answer (or the outcome's title), into view, then put focus on the question.
        const step = steps.get(current)!;
        const firstAnswer = step.querySelector<HTMLElement>('button[data-next]');
        const top = step.getBoundingClientRect().top;
        const bottom = (firstAnswer ?? heading).getBoundingClientRect().bottom;
        if (top < 0 || bottom > window.innerHeight) step.scrollIntoView({ block: 'start' });
        heading.focus({ preventScroll: true });
      }
      live.textContent = heading?.textContent ?? '';
    }
  };

  const go = (next: string[]) => {
    history.pushState({ tree: treeId }, '', urlFor(next));
    pushed++;
    render(next, true);
  };

  root.addEventListener('click', (event) => {
    const answer = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-next]');
    if (!answer || !app.contains(answer)) return;
    const question = headingOf(path[path.length - 1])?.textContent?.trim() ?? '';
    const next = answer.dataset.next!;
    go([...path, next]);
    announce({
      kind: 'tree-answer',
      tree: document.getElementById(root.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() || treeId,
      question,
      answer: answer.textContent?.trim() ?? '',
      outcome: steps.get(next)?.querySelector('.tree-outcome') ? headingOf(next)?.textContent?.trim() : undefined,
      url: location.href,
    });
  });
  back.addEventListener('click', () => {
    if (pushed > 0) {
      pushed--;
      history.back();
    } else {
      const previous = path.slice(0, -1);
      history.replaceState(null, '', urlFor(previous));
      render(previous, true);
    }
  });
  restart.addEventListener('click', () => go([start]));
  window.addEventListener('popstate', () => render(pathFromLocation(), true));

  app.hidden = false;
  if (outline) {
    outline.open = false;
    // Print shows the whole tree (CSS does it where ::details-content is known; this, elsewhere).
    let wasOpen = false;
    window.addEventListener('beforeprint', () => {
      wasOpen = outline.open;
      outline.open = true;
    });
    window.addEventListener('afterprint', () => (outline.open = wasOpen));
  }
  render(pathFromLocation(), false);
  // The browser looked for the fragment while the step was still hidden: show it now.
  const linked = currentFragment() && document.getElementById(currentFragment());
  if (linked && app.contains(linked)) linked.scrollIntoView();
}
