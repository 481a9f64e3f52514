// Filters the template index by channel, situation and tone, in the page, with no server.
// The choice is mirrored in the query string so a filtered list can be shared.
const form = document.querySelector<HTMLFormElement>('[data-template-filter]');
const items = [...document.querySelectorAll<HTMLElement>('[data-template-list] > li')];
const count = document.querySelector<HTMLElement>('[data-filter-count]');

if (form && count) {
  form.hidden = false;
  const params = new URLSearchParams(location.search);
  for (const select of form.querySelectorAll('select')) select.value = params.get(select.name) ?? '';

  const apply = () => {
    const chosen = Object.fromEntries([...form.querySelectorAll('select')].map((select) => [select.name, select.value]));
    let shown = 0;
    for (const item of items) {
      const matches = Object.entries(chosen).every(([name, value]) => !value || (item.dataset[name] ?? '').split(' ').includes(value));
      item.hidden = !matches;
      if (matches) shown++;
    }
    count.textContent = shown ? count.dataset.template!.replace('{count}', String(shown)) : count.dataset.none!;
    const query = new URLSearchParams(Object.entries(chosen).filter(([, value]) => value));
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
