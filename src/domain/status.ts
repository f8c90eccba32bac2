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

/**
 * How much weight an action gets: `primary` for the one action the source needs most, `secondary`
 * for the others, `destructive` for the one that breaks the connection.
 */
export type PreviewActionEmphasis = 'primary' | 'secondary' | 'destructive';

/** One preview action of a source, with the weight it is shown with. */
export interface PreviewActionChoice {
  /** The action (`sync`, `reconnect`, `disconnect`). */
  action: PreviewAction;
  /** How much weight it gets: one `primary` per source, `destructive` for Disconnect. */
  emphasis: PreviewActionEmphasis;
}

const RECONNECT_FIRST: readonly PreviewActionChoice[] = [
  { action: 'reconnect', emphasis: 'primary' },
  { action: 'sync', emphasis: 'secondary' },
  { action: 'disconnect', emphasis: 'destructive' },
];

const SYNC_FIRST: readonly PreviewActionChoice[] = [
  { action: 'sync', emphasis: 'primary' },
  { action: 'reconnect', emphasis: 'secondary' },
  { action: 'disconnect', emphasis: 'destructive' },
];

/**
 * The preview actions of a source in the order it needs them: a source whose connection is
 * expired, disconnected or missing a permission needs Reconnect first (primary); a connected one
 * needs Sync now first. Disconnect is always last and destructive.
 */
export function previewActionsFor(source: Pick<Source, 'connection'>): readonly PreviewActionChoice[] {
  return source.connection === 'CONNECTED' ? SYNC_FIRST : RECONNECT_FIRST;
}
