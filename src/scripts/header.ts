// The header's two <details>, the search and the menu, work without this script. It adds: the field
// takes focus when the search button opens it; Escape closes either and returns to its button; "/"
// opens the search and focuses the field from anywhere (unless the reader is typing in a field); and,
// in browsers that cannot style ::details-content, it opens both on a wide screen, where CSS shows
// them as the full header.
const search = document.querySelector<HTMLDetailsElement>('[data-header-search]');
const menu = document.querySelector<HTMLDetailsElement>('[data-header-menu]');
const field = document.querySelector<HTMLInputElement>('#site-search');
const wide = window.matchMedia('(width > 600px)');

if (!CSS.supports('selector(::details-content)')) {
  const openOnWideScreens = () => {
    if (wide.matches) for (const details of [search, menu]) if (details) details.open = true;
  };
  openOnWideScreens();
  wide.addEventListener('change', openOnWideScreens);
}

search?.querySelector('summary')?.addEventListener('click', () => {
  // The click toggles the details after this handler: look once it has.
  requestAnimationFrame(() => {
    if (search.open) field?.focus();
  });
});

for (const details of [search, menu]) {
  details?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !details.open || wide.matches) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  });
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  if (!field) return;
  event.preventDefault();
  if (search) search.open = true;
  field.focus();
});
