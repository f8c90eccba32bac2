import type { Source, SyncStatus } from './schemas';

/** The sync status shown to people, derived from the connection and whether the source is enabled. */
export function syncStatusOf(source: Pick<Source, 'connection' | 'enabled'>): SyncStatus {
  switch (source.connection) {
    case 'CONNECTED':
      return source.enabled ? 'CONNECTED' : 'CONNECTED_DISABLED';
    case 'PERMISSION_MISSING':
      return 'PERMISSION_MISSING';
    case 'DISCONNECTED':
      return 'DISCONNECTED';
    case 'EXPIRED':
      return 'EXPIRED';
  }
}

/**
 * The preview-only actions of a source (nothing is ever started: the host is told which was
 * chosen). There is no delete action. Kept out of the components so that server code can read it.
 */
export const PREVIEW_ACTIONS = ['sync', 'reconnect', 'disconnect'] as const;
export type PreviewAction = (typeof PREVIEW_ACTIONS)[number];
