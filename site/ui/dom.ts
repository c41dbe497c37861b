import { render, type VNode } from 'preact';
import { error } from './messages/en-GB.json';
import { setCatalogue } from './messages';

// The components' own words ("There is a problem", "Error:"): the only messages these pages need.
setCatalogue({ error });

/**
 * A shared component drawn once as plain DOM, for the pages whose views still build elements
 * by hand (follow-up, the team summary): their markup then comes from site/ui/components, the
 * one place each GOV.UK component is written, until those pages move onto the runner.
 */
export function toDom<P>(vnode: VNode<P>): HTMLElement {
  const box = document.createElement('div');
  render(vnode, box);
  return box.firstElementChild as HTMLElement;
}
