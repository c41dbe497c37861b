import { InsetText } from '../ui/components/inset-text';
import { toDom } from '../ui/dom';
import { h as preact } from '../ui/h';
import { nodes, type Child } from './element';

/**
 * The shared inset text for the page enhancers that build elements by hand (/evidence/, the team
 * summary): its markup from site/ui/components, with their own elements put inside.
 */
export function insetText(attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const box = toDom(preact(InsetText, { attributes }));
  box.append(...nodes(children));
  return box;
}
