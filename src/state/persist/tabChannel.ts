/** Messages between tabs of podplan on the same site: "I saved revision n", and who else is open. */

export type TabMessage =
  | { readonly type: 'saved'; readonly rev: number; readonly writer: string }
  | { readonly type: 'hello'; readonly writer: string }
  | { readonly type: 'here'; readonly writer: string };

export interface TabChannel {
  readonly post: (message: TabMessage) => void;
  /** Returns the function that stops listening. */
  readonly listen: (onMessage: (message: TabMessage) => void) => () => void;
}

export const CHANNEL_NAME = 'podplan.autosave';

/** A BroadcastChannel, or null where the browser has none (then conflicts are still caught when saving). */
export function broadcastTabChannel(): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  return {
    post: (message) => channel.postMessage(message),
    listen: (onMessage) => {
      const handler = (e: MessageEvent<TabMessage>) => onMessage(e.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}

/** Tells the user when the same pod is open in another tab: says hello, answers others' hellos. */
export function announcePresence(channel: TabChannel, tabId: string, onOther: () => void): () => void {
  const stop = channel.listen((m) => {
    if (m.writer === tabId) return;
    if (m.type === 'hello') channel.post({ type: 'here', writer: tabId });
    if (m.type === 'hello' || m.type === 'here') onOther();
  });
  channel.post({ type: 'hello', writer: tabId });
  return stop;
}

export const newTabId = (): string =>
  `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
