/** Copy of QualityAlertBanner, QualityAlertList and QualityFlagTable: English, then French with exactly the same keys. */
export const qualityAlertsEn = {
  'alerts.source': 'Source: {label}',
  'alerts.viewSource': 'View source',
  'alerts.listTitle': 'Needs attention',
  'alerts.counts': '{critical} critical, {warning, plural, one {# warning} other {# warnings}}, {info} info',
  'alerts.empty': 'No open flags.',
  'alerts.loading': 'Loading open flags…',
  'quality.title': 'Data quality alerts',
  'quality.severity': 'Severity',
  'quality.code': 'Code',
  'quality.message': 'Message',
  'quality.source': 'Source',
  'quality.empty': 'No open flags.',
  'quality.loading': 'Loading data quality alerts…',
} satisfies Record<string, string>;

export const qualityAlertsFr: Record<keyof typeof qualityAlertsEn, string> = {
  'alerts.source': 'Source\u00A0: {label}',
  'alerts.viewSource': 'Voir la source',
  'alerts.listTitle': 'À traiter',
  'alerts.counts':
    '{critical, plural, one {# critique} other {# critiques}}, {warning, plural, one {# avertissement} other {# avertissements}}, {info} info',
  'alerts.empty': 'Aucune alerte ouverte.',
  'alerts.loading': 'Chargement des alertes ouvertes…',
  'quality.title': 'Alertes de qualité des données',
  'quality.severity': 'Gravité',
  'quality.code': 'Code',
  'quality.message': 'Message',
  'quality.source': 'Source',
  'quality.empty': 'Aucune alerte ouverte.',
  'quality.loading': 'Chargement des alertes de qualité des données…',
};
