/** Keeps every open /cases/ tab in step: a change shows everywhere; a lock or delete applies everywhere. */
export type CasesMessage =
  | { type: 'changed'; ids: string[] }
  | { type: 'removed'; ids: string[] }
  | { type: 'locked' }
  | { type: 'deleted' }
  // Someone is working in another tab, so this one is not idle either.
  | { type: 'active' };

const channel =
  typeof BroadcastChannel === 'function' ? new BroadcastChannel('attune-cases') : null;

export const announce = (message: CasesMessage) => channel?.postMessage(message);

export function listen(handler: (message: CasesMessage) => void): void {
  channel?.addEventListener('message', (e: MessageEvent<CasesMessage>) => handler(e.data));
}
