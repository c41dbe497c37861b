/**
 * Narrows the A to Z list of adjustments to those that serve one need and apply in one setting,
 * both at once, as a practitioner planning a court date for someone with memory needs would ask.
 * The choice is kept in the address (?need=…&setting=…), so it can be bookmarked and shared.
 */
export function bindAdjustmentFilter(form: HTMLFormElement, list: HTMLElement, count: HTMLElement) {
  const need = form.elements.namedItem('need') as HTMLSelectElement;
  const setting = form.elements.namedItem('setting') as HTMLSelectElement;
  const label = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '';
  const apply = () => {
    let shown = 0;
    for (const item of list.querySelectorAll<HTMLElement>('li')) {
      const fits =
        (!need.value || (item.dataset.needs ?? '').split(' ').includes(need.value)) &&
        (!setting.value || (item.dataset.settings ?? '').split(' ').includes(setting.value));
      item.hidden = !fits;
      if (fits) shown++;
    }
    const where = [need.value && `for ${label(need)}`, setting.value && `in ${label(setting)}`]
      .filter(Boolean)
      .join(' ');
    count.textContent = `${shown} ${shown === 1 ? 'adjustment' : 'adjustments'}${where ? ` ${where}` : ''}.`;
  };
  const params = new URLSearchParams(location.search);
  need.value = params.get('need') ?? '';
  setting.value = params.get('setting') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    for (const [name, value] of [
      ['need', need.value],
      ['setting', setting.value],
    ] as const)
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    history.replaceState(null, '', url);
    apply();
  });
  form.addEventListener('change', apply);
  if (need.value || setting.value) apply();
}
