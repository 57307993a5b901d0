/**
 * The header's Search and Menu disclosures: opening Search puts the cursor in its field, so
 * searching is one tap; Escape closes an open panel and returns focus to its button. Without
 * JavaScript the `<details>` elements open and close by themselves.
 */
const panels = document.querySelectorAll<HTMLDetailsElement>('details[data-header-panel]');

for (const panel of panels) {
  panel.addEventListener('toggle', () => {
    if (panel.open) panel.querySelector<HTMLInputElement>('input')?.focus();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !panel.open) return;
    panel.open = false;
    panel.querySelector('summary')?.focus();
  });
}
