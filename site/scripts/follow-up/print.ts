/**
 * Prints one part of the page and nothing else: everything beside the path from <body> to that
 * part is hidden for print, until the next print. No separate print page, so nothing is stored.
 */
export function markForPrint(el: HTMLElement): void {
  for (const old of document.querySelectorAll('.attune-print-hidden'))
    old.classList.remove('attune-print-hidden');
  for (
    let node: HTMLElement = el;
    node.parentElement && node !== document.body;
    node = node.parentElement
  )
    for (const sibling of node.parentElement.children)
      if (sibling !== node) sibling.classList.add('attune-print-hidden');
  document.documentElement.dataset.printing = el.dataset.print ?? 'part';
}

export function printOnly(el: HTMLElement): void {
  markForPrint(el);
  window.print();
}
