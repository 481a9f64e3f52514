// "/" focuses the search field from anywhere, unless the user is typing in a field already.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  const field = document.querySelector<HTMLInputElement>('#site-search');
  if (!field) return;
  event.preventDefault();
  field.focus();
});
