/** Copy of FreshnessCell: English, then French with exactly the same keys. */
export const freshnessCellEn = {
  'freshnessCell.neverSynced': 'Never synced',
  'freshnessCell.notMonitored': 'Not monitored',
  'freshnessCell.syncing': 'Syncing…',
  'freshnessCell.syncingSince': 'Sync in progress since {time}; the figures above are from the last completed sync.',
  'freshnessCell.on': 'on {date}',
  'freshnessCell.exactUtc': 'UTC',
  'freshnessCell.exactLocal': 'Local ({timeZone})',
  'freshnessCell.window': 'Freshness window: {window}.',
  'freshnessCell.noWindow': 'No freshness window.',
  'freshnessCell.invalidDate': 'Invalid date',
  'freshnessCell.invalidDateDetail': 'The last sync time “{value}” is not a valid date.',
  'freshnessCell.lastSuccessfulSync': 'Last successful sync',
  'freshnessTable.title': 'Data freshness',
  'freshnessTable.source': 'Source',
  'freshnessTable.freshness': 'Freshness',
  'freshnessTable.lastSync': 'Last sync',
  'freshnessTable.empty': 'No sources to show.',
  'freshnessTable.loading': 'Loading data freshness…',
} satisfies Record<string, string>;

export const freshnessCellFr: Record<keyof typeof freshnessCellEn, string> = {
  'freshnessCell.neverSynced': 'Jamais synchronisée',
  'freshnessCell.notMonitored': 'Non surveillée',
  'freshnessCell.syncing': 'Synchronisation…',
  'freshnessCell.syncingSince':
    'Synchronisation en cours depuis {time}\u202F; les valeurs affichées sont celles de la dernière synchronisation terminée.',
  'freshnessCell.on': 'le {date}',
  'freshnessCell.exactUtc': 'UTC',
  'freshnessCell.exactLocal': 'Heure locale ({timeZone})',
  'freshnessCell.window': 'Fenêtre de fraîcheur\u00A0: {window}.',
  'freshnessCell.noWindow': 'Aucune fenêtre de fraîcheur.',
  'freshnessCell.invalidDate': 'Date invalide',
  'freshnessCell.invalidDateDetail':
    'L’heure de dernière synchronisation «\u00A0{value}\u00A0» n’est pas une date valide.',
  'freshnessCell.lastSuccessfulSync': 'Dernière synchronisation réussie',
  'freshnessTable.title': 'Fraîcheur des données',
  'freshnessTable.source': 'Source',
  'freshnessTable.freshness': 'Fraîcheur',
  'freshnessTable.lastSync': 'Dernière synchronisation',
  'freshnessTable.empty': 'Aucune source à afficher.',
  'freshnessTable.loading': 'Chargement de la fraîcheur des données…',
};
