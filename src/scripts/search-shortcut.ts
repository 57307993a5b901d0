/**
 * Ctrl+K (⌘K on a Mac) moves focus to the search field: the search page's own field when there
 * is one, otherwise the header's (opening its Search panel). A modifier is required so that typing never triggers it
 * (WCAG 2.1.4, character key shortcuts).
 */
document.addEventListener('keydown', (event) => {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
  const field =
    document.querySelector<HTMLInputElement>('[data-search-app]:not([hidden]) #search-query') ??
    document.querySelector<HTMLInputElement>('#site-search');
  if (!field) return;
  event.preventDefault();
  const panel = field.closest('details');
  if (panel) panel.open = true;
  field.focus();
  field.select();
});
