/** Arrow keys move between the search field and every result and section link; Escape goes back to the field. */
export function arrowKeysThroughResults(app: HTMLElement, input: HTMLInputElement, list: HTMLElement): void {
  app.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const target = event.target as HTMLElement;
    const position = target === input ? -1 : links.indexOf(target as HTMLAnchorElement);
    if (target !== input && position === -1) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = links[position + 1];
    else if (event.key === 'ArrowUp' && position >= 0) next = position === 0 ? input : links[position - 1];
    else if (event.key === 'Escape' && position >= 0) next = input;
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}
