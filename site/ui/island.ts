import { h, hydrate, render, type ComponentType } from 'preact';

/**
 * Brings a flow drawn at build time (components/Flow.astro) to life: the same component, with
 * the same props read from the page, takes over the markup in place. `fresh` draws it anew
 * instead, for a flow that will not match its build-time markup (a screening inside a case).
 */
export function startFlow<P extends object>(
  id: string,
  component: ComponentType<P>,
  options: { fresh?: boolean } = {},
): void {
  const root = document.getElementById(id)!;
  const props = JSON.parse(document.getElementById(`${id}-props`)!.textContent!) as P;
  if (options.fresh) {
    root.replaceChildren();
    render(h(component, props), root);
  } else hydrate(h(component, props), root);
}
