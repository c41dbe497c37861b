import { useLayoutEffect, useRef } from './h';

/**
 * Focus for an action that moves no step: to what was added (a letter, a decision) or, when the
 * control used is gone, to the heading of its section. The flow calls the function this returns
 * with an element's id; focus moves in the commit of the change that draws it, before anything
 * else the person does, so what they type next is never sent somewhere else.
 */
export function useFocusAfterDraw(): (id: string) => void {
  const next = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!next.current) return;
    const el = document.getElementById(next.current);
    next.current = null;
    if (!el) return;
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus();
  });
  return (id) => {
    next.current = id;
  };
}
