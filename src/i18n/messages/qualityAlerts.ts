/** Copy of QualityAlertBanner and QualityAlertList: English, then French with exactly the same keys. */
export const qualityAlertsEn = {
  'alerts.source': 'Source: {label}',
  'alerts.listTitle': 'Data Quality — open flags',
  'alerts.counts': '{critical} critical, {warning} warning, {info} info',
  'alerts.empty': 'No open flags.',
} satisfies Record<string, string>;

export const qualityAlertsFr: Record<keyof typeof qualityAlertsEn, string> = {
  'alerts.source': 'Source : {label}',
  'alerts.listTitle': 'Qualité des données — alertes ouvertes',
  'alerts.counts': '{critical} critique(s), {warning} avertissement(s), {info} info(s)',
  'alerts.empty': 'Aucune alerte ouverte.',
};
