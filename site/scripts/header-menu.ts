/**
 * On narrow screens the sections and the search box fold behind a "Menu" button, so a page's
 * heading is near the top at 320 px instead of below a screenful of links. Wider screens, and
 * browsers without JavaScript, always show everything.
 */
export function bindHeaderMenu(toggle: HTMLButtonElement | null): void {
  // From here on the `hidden` attributes below decide; prefs-boot.js's early fold is no longer needed.
  const ready = () => document.documentElement.classList.remove('attune-menu-pending');
  if (!toggle) return ready();
  const parts = (toggle.getAttribute('aria-controls') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  // govuk-frontend's own breakpoint for the service navigation (tablet, 641 px).
  const wide = window.matchMedia('(min-width: 40.0625em)');
  let open = false;
  const sync = () => {
    toggle.hidden = wide.matches;
    toggle.setAttribute('aria-expanded', String(open));
    for (const part of parts) part.hidden = !wide.matches && !open;
  };
  toggle.addEventListener('click', () => {
    open = !open;
    sync();
  });
  wide.addEventListener('change', sync);
  sync();
  ready();
}
