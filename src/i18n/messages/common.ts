/** Domain vocabulary and copy shared by every component. Copy is the seed page's. */
export const commonEn = {
  'platform.SHOPIFY': 'Shopify',
  'platform.GA4': 'GA4',
  'platform.GOOGLE_ADS': 'Google Ads',
  'platform.META_ADS': 'Meta Ads',
  'platform.TIKTOK_ADS': 'TikTok Ads',

  'freshnessHelp.FRESH': 'The last successful sync is within the freshness window.',
  'freshnessHelp.STALE': 'The last successful sync is older than the freshness window.',
  'freshnessHelp.OVERDUE': 'Data is overdue — the last successful sync is older than the error window ({hours}).',
  'freshnessHelp.MISSING': 'This source has never synced successfully.',
  'freshnessHelp.UNKNOWN': 'No freshness expectation: the source is disabled or has no window.',

  'flag.schema_changed': 'Schema changed — review required.',
  'flag.mapping_unconfirmed': 'Field mapping unconfirmed — metrics hidden from widgets.',
  'flag.source_stale': 'Data may be outdated — last successful sync exceeds the freshness window',
  'flag.permission_missing': 'Missing permission/scope — cannot sync fully.',
  'flag.source_disconnected': 'Source disconnected.',
  'flag.source_expired': 'Source disconnected — token expired. Reconnect required.',

  'tone.positive': 'OK',
  'tone.caution': 'Attention',
  'tone.critical': 'Problem',
  'tone.info': 'Information',
  'tone.neutral': 'Neutral',

  'role.admin': 'Admin',
  'role.editor': 'Editor',
  'role.viewer': 'Viewer',

  'common.dataMayBeOutdated': 'Data may be outdated',
  'common.invalidData': 'This data could not be shown',
  'common.invalidDataHint': '{count, plural, one {# problem found in the data:} other {# problems found in the data:}}',
  'common.moreIssues': '…and {count, plural, one {# more problem} other {# more problems}}',
  'common.showMore': 'Show {count} more ({remaining} not shown)',
} satisfies Record<string, string>;

/**
 * French of the shared copy. The status words (connection, sync status, freshness, severity) are
 * their own area (./status.ts), which each catalogue adds itself: spread into this object, they
 * would keep it, and so French, in every English bundle (a bundler cannot drop an object literal
 * that spreads another).
 */
export const commonFr: Record<keyof typeof commonEn, string> = {
  'platform.SHOPIFY': 'Shopify',
  'platform.GA4': 'GA4',
  'platform.GOOGLE_ADS': 'Google Ads',
  'platform.META_ADS': 'Meta Ads',
  'platform.TIKTOK_ADS': 'TikTok Ads',

  'freshnessHelp.FRESH': 'La dernière synchronisation réussie est dans la fenêtre de fraîcheur.',
  'freshnessHelp.STALE': 'La dernière synchronisation réussie dépasse la fenêtre de fraîcheur.',
  'freshnessHelp.OVERDUE':
    'Données en retard — la dernière synchronisation réussie dépasse la fenêtre d’erreur ({hours}).',
  'freshnessHelp.MISSING': 'Cette source ne s’est jamais synchronisée avec succès.',
  'freshnessHelp.UNKNOWN': 'Aucune attente de fraîcheur\u00A0: la source est désactivée ou n’a pas de fenêtre.',

  'flag.schema_changed': 'Schéma modifié — vérification requise.',
  'flag.mapping_unconfirmed': 'Correspondance des champs non confirmée — métriques absentes des widgets.',
  'flag.source_stale':
    'Les données peuvent être obsolètes — la dernière synchronisation réussie dépasse la fenêtre de fraîcheur',
  'flag.permission_missing': 'Autorisation/portée manquante — synchronisation incomplète.',
  'flag.source_disconnected': 'Source déconnectée.',
  'flag.source_expired': 'Source déconnectée — jeton expiré. Reconnexion requise.',

  'tone.positive': 'OK',
  'tone.caution': 'Attention',
  'tone.critical': 'Problème',
  'tone.info': 'Information',
  'tone.neutral': 'Neutre',

  'role.admin': 'Administrateur',
  'role.editor': 'Éditeur',
  'role.viewer': 'Lecteur',

  'common.dataMayBeOutdated': 'Les données peuvent être obsolètes',
  'common.invalidData': 'Ces données ne peuvent pas être affichées',
  'common.invalidDataHint':
    '{count, plural, one {# problème trouvé dans les données\u00A0:} other {# problèmes trouvés dans les données\u00A0:}}',
  'common.moreIssues': '…et {count, plural, one {# autre problème} other {# autres problèmes}}',
  'common.showMore': 'Afficher {count} de plus ({remaining, plural, one {# non affichée} other {# non affichées}})',
};

/** The shared vocabulary as one area, in English, for components that only need it (see `useMessages`). */
export const commonMessages = commonEn;

export type CommonKey = keyof typeof commonEn;
