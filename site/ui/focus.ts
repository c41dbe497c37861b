/**
 * Moves focus to an element once the page has drawn the change that put it there: what was
 * added (a letter, a decision) or, when the control used is gone, the heading of its section.
 */
export function focusSoon(id: string): void {
  setTimeout(() => {
    const el = document.getElementById(id);
    if (!el) return;
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus();
  });
}
