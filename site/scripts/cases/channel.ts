/**
 * Keeps every open tab of the caseload in step: a change shows everywhere; a lock or delete
 * applies everywhere; an unlocked tab lends its key to a page opened in a case.
 */
export type CasesMessage =
  | { type: 'changed'; ids: string[] }
  | { type: 'removed'; ids: string[] }
  | { type: 'locked' }
  | { type: 'deleted' }
  // Someone is working in another tab, so this one is not idle either.
  | { type: 'active' }
  // A page opened in a case asks an unlocked tab for the key, so the passphrase is not asked
  // again; the key travels in memory from tab to tab, as a CryptoKey that cannot be exported.
  | { type: 'key-wanted'; asker: string }
  | { type: 'key'; asker: string; key: CryptoKey; idleMinutes: number };

const channel =
  typeof BroadcastChannel === 'function' ? new BroadcastChannel('attune-cases') : null;

export const announce = (message: CasesMessage) => channel?.postMessage(message);

/** Calls `handler` with every message from other tabs; returns a function that stops it. */
export function listen(handler: (message: CasesMessage) => void): () => void {
  const heard = (e: MessageEvent<CasesMessage>) => handler(e.data);
  channel?.addEventListener('message', heard);
  return () => channel?.removeEventListener('message', heard);
}
