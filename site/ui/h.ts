// The one renderer every flow draws with: Preact's h() has the signature the old hand-made
// builder had, and Preact diffs the page in place, so typed input and focus survive an update.
export { h, Fragment, render, hydrate, type ComponentChildren, type VNode } from 'preact';
export { useEffect, useLayoutEffect, useMemo, useRef, useState, useCallback } from 'preact/hooks';

/** Class names joined with spaces, leaving out the empty ones. */
export const cx = (...names: (string | false | null | undefined)[]): string =>
  names.filter(Boolean).join(' ');
