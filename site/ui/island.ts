import { h, hydrate, type ComponentType } from 'preact';

/**
 * Brings a flow drawn at build time (components/Flow.astro) to life: the same component, with
 * the same props read from the page, takes over the markup in place.
 */
export function startFlow<P extends object>(id: string, component: ComponentType<P>): void {
  const root = document.getElementById(id)!;
  const props = JSON.parse(document.getElementById(`${id}-props`)!.textContent!) as P;
  hydrate(h(component, props), root);
}
