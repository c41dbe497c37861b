/**
 * A tiny element builder for the page enhancers in site/scripts (tables and lists drawn from a
 * file the person opens): text is always set as text, never parsed as HTML. Flows draw with Preact
 * (site/ui/h.ts) instead.
 */
export type Child = Node | string | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function')
      el.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function append(el: ParentNode, children: Child[]) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child);
  }
}

/** A view's parts as a flat list of nodes: nested lists and empty parts (null, false) drop out. */
export function nodes(children: Child[]): Node[] {
  const box = document.createDocumentFragment();
  append(box, children);
  return [...box.childNodes];
}

/** A button that looks like a link, for actions that are not navigation (Back, Change). */
export function linkButton(
  text: Child,
  onClick: () => void,
  className = 'govuk-link attune-link-button',
  attrs: Attrs = {},
): HTMLElement {
  return h('button', { type: 'button', class: className, onclick: onClick, ...attrs }, text);
}

export function hidden(text: string): HTMLElement {
  return h('span', { class: 'govuk-visually-hidden' }, text);
}

// Downloads moved to the UI kit; re-exported for the views not yet on the runner.
export { downloadJson, downloadText } from '../ui/download';

/** A copy of a <template> in the page: fixed prose is kept in HTML rather than in the script. */
export function fromTemplate(id: string): DocumentFragment {
  const template = document.getElementById(id) as HTMLTemplateElement | null;
  return template
    ? (template.content.cloneNode(true) as DocumentFragment)
    : document.createDocumentFragment();
}
