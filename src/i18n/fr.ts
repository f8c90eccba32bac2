import type { Messages } from './en';

/** French catalogue. Must have exactly the keys of `en` (type-checked and unit-tested). */
export const fr: Messages = {
  'platform.SHOPIFY': 'Shopify',
  'platform.GA4': 'GA4',
  'platform.GOOGLE_ADS': 'Google Ads',
  'platform.META_ADS': 'Meta Ads',
  'platform.TIKTOK_ADS': 'TikTok Ads',

  'connection.CONNECTED': 'Connectée',
  'connection.EXPIRED': 'Jeton expiré',
  'connection.PERMISSION_MISSING': 'Autorisation manquante',
  'connection.DISCONNECTED': 'Déconnectée',

  'syncStatus.connected': 'Connectée',
  'syncStatus.connected_disabled': 'Connectée (désactivée)',
  'syncStatus.permission_missing': 'Autorisation manquante',
  'syncStatus.disconnected': 'Déconnectée',
  'syncStatus.expired': 'Déconnectée — jeton expiré',

  'freshness.FRESH': 'À JOUR',
  'freshness.STALE': 'OBSOLÈTE',
  'freshness.MISSING': 'MANQUANTE',
  'freshness.UNKNOWN': 'INCONNUE',
  'freshnessHelp.FRESH': 'La dernière synchronisation réussie est dans la fenêtre de fraîcheur.',
  'freshnessHelp.STALE': 'La dernière synchronisation réussie dépasse la fenêtre de fraîcheur.',
  'freshnessHelp.MISSING': 'Cette source ne s’est jamais synchronisée avec succès.',
  'freshnessHelp.UNKNOWN': 'Aucune attente de fraîcheur : la source est désactivée ou n’a pas de fenêtre.',

  'severity.critical': 'CRITIQUE',
  'severity.warning': 'AVERTISSEMENT',
  'severity.info': 'INFO',

  'flag.schema_changed': 'Schéma modifié — vérification requise.',
  'flag.mapping_unconfirmed': 'Mapping des champs non confirmé — métriques masquées des widgets.',
  'flag.source_stale':
    'Les données peuvent être obsolètes — la dernière synchronisation réussie dépasse la fenêtre de fraîcheur',
  'flag.permission_missing': 'Autorisation/scope manquant — synchronisation incomplète.',
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
  'common.unknownValue': 'Valeur inconnue : {value}',
  'common.invalidData': 'Ces données ne peuvent pas être affichées',
  'common.invalidDataHint': '{count} problème(s) trouvé(s) dans les données :',
};
