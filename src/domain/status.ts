import type { Source, SyncStatus } from './schemas';

/** The sync status shown to people, derived from the connection and whether the source is enabled. */
export function syncStatusOf(source: Pick<Source, 'connection' | 'enabled'>): SyncStatus {
  switch (source.connection) {
    case 'CONNECTED':
      return source.enabled ? 'connected' : 'connected_disabled';
    case 'PERMISSION_MISSING':
      return 'permission_missing';
    case 'DISCONNECTED':
      return 'disconnected';
    case 'EXPIRED':
      return 'expired';
  }
}
