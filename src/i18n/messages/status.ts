/**
 * The words of the status vocabularies (connection, sync status, freshness, severity) and the
 * "unknown value" fallback: all StatusBadge shows, kept apart from the rest of the shared copy
 * (messages/common.ts, which includes them) so a host that imports only StatusBadge bundles only these.
 */
export const statusEn = {
  'connection.CONNECTED': 'Connected',
  'connection.EXPIRED': 'Disconnected — token expired',
  'connection.PERMISSION_MISSING': 'Permission missing',
  'connection.DISCONNECTED': 'Disconnected',

  'syncStatus.CONNECTED': 'Connected',
  'syncStatus.CONNECTED_DISABLED': 'Connected (disabled)',
  'syncStatus.PERMISSION_MISSING': 'Permission missing',
  'syncStatus.DISCONNECTED': 'Disconnected',
  'syncStatus.EXPIRED': 'Disconnected — token expired',

  'freshness.FRESH': 'FRESH',
  'freshness.STALE': 'STALE',
  'freshness.OVERDUE': 'OVERDUE',
  'freshness.MISSING': 'MISSING',
  'freshness.UNKNOWN': 'UNKNOWN',

  'severity.critical': 'CRITICAL',
  'severity.warning': 'WARNING',
  'severity.info': 'INFO',

  'common.unknownValue': 'Unknown value: {value}',
} satisfies Record<string, string>;

export const statusFr: Record<keyof typeof statusEn, string> = {
  'connection.CONNECTED': 'Connectée',
  'connection.EXPIRED': 'Déconnectée — jeton expiré',
  'connection.PERMISSION_MISSING': 'Autorisation manquante',
  'connection.DISCONNECTED': 'Déconnectée',

  'syncStatus.CONNECTED': 'Connectée',
  'syncStatus.CONNECTED_DISABLED': 'Connectée (désactivée)',
  'syncStatus.PERMISSION_MISSING': 'Autorisation manquante',
  'syncStatus.DISCONNECTED': 'Déconnectée',
  'syncStatus.EXPIRED': 'Déconnectée — jeton expiré',

  'freshness.FRESH': 'À JOUR',
  'freshness.STALE': 'OBSOLÈTE',
  'freshness.OVERDUE': 'EN RETARD',
  'freshness.MISSING': 'MANQUANTE',
  'freshness.UNKNOWN': 'INCONNUE',

  'severity.critical': 'CRITIQUE',
  'severity.warning': 'AVERTISSEMENT',
  'severity.info': 'INFO',

  'common.unknownValue': 'Valeur inconnue\u00A0: {value}',
};

/** The status words as one area, in English (see `useMessages`; French comes from the LocaleProvider). */
export const statusMessages = statusEn;

export type StatusKey = keyof typeof statusEn;
