/** Copy of IntegrationsSettingsPage: English (the seed page's), then French with exactly the same keys. */
export const pageEn = {
  'page.title': 'Sources',
  'page.subtitle': 'Connected data sources per profile, their freshness and their data quality.',
  'page.export': 'Export',
  'page.exportHint': 'Exports the sources list (the host app writes the file).',
  'page.roleLabel': 'Your role: {role}',
  'page.mock.title': 'Mock data.',
  'page.mock.body':
    'Mock-only (IMPL-007): all values come from local fixtures. No real data, no API, no connector, no DB query.',
  'page.section.guardrails': 'Guardrails (V1)',
  'page.panelError': 'The “{panel}” panel could not be shown',
  'page.panelErrorDetail':
    'Something went wrong while showing this panel: {message}. The rest of the page is unaffected.',
  'page.exportBusy': 'Exporting…',
  'page.exportDone': 'Export ready.',
  'page.connectSource': 'Connect a source',
  'page.dataError': 'The sources could not be read',
  'page.nowError': 'The current time given to the page is not valid',
  'page.section.mock': 'Mock data',
  'page.problems.title': 'Data problems',
  'page.problems.setAside':
    '{count, plural, one {# item of the data is not valid and is set aside} other {# items of the data are not valid and are set aside}}; every other source is shown.',
  'page.problems.warnings':
    '{count, plural, one {# item has fields} other {# items have fields}} this page does not use; they were ignored.',
  'page.problems.source': 'Source {position}',
  'page.problems.profile': 'Profile {position}',
  'page.problems.named': '{name} “{label}”',
  'page.problems.details': 'Technical details',
  'page.guardrail.mock': 'Mock-only; no DB query / no API / no connector / no OAuth / no job',
  'page.guardrail.secrets': 'No raw, no secrets',
  'page.guardrail.scope': 'TikTok Ads inactive; Campaign MER absent; multi-touch absent; FX absent',
  'page.guardrail.views': 'Saved Views P1; viewer no export',
  'page.guardrail.labels': 'Source label required; Data Freshness visible; Data Quality warnings visible',
  'page.guardrail.actions': 'Source actions are preview-only (no real job); no hard delete',
} satisfies Record<string, string>;

export const pageFr: Record<keyof typeof pageEn, string> = {
  'page.title': 'Sources',
  'page.subtitle': 'Sources de données connectées par profil, leur fraîcheur et la qualité de leurs données.',
  'page.export': 'Exporter',
  'page.exportHint': 'Exporte la liste des sources (le fichier est écrit par l’application hôte).',
  'page.roleLabel': 'Votre rôle\u00A0: {role}',
  'page.mock.title': 'Données fictives.',
  'page.mock.body':
    'Fictives uniquement (IMPL-007)\u00A0: toutes les valeurs viennent de jeux de données fictifs locaux. Aucune donnée réelle, aucune API, aucun connecteur, aucune requête en base.',
  'page.section.guardrails': 'Garde-fous (V1)',
  'page.panelError': 'Le panneau «\u00A0{panel}\u00A0» ne peut pas être affiché',
  'page.panelErrorDetail':
    'Une erreur s’est produite en affichant ce panneau\u00A0: {message}. Le reste de la page n’est pas affecté.',
  'page.exportBusy': 'Export en cours…',
  'page.exportDone': 'Export prêt.',
  'page.connectSource': 'Connecter une source',
  'page.dataError': 'Les sources n’ont pas pu être lues',
  'page.nowError': 'L’heure actuelle transmise à la page n’est pas valide',
  'page.section.mock': 'Données fictives',
  'page.problems.title': 'Problèmes dans les données',
  'page.problems.setAside':
    '{count, plural, one {# élément des données n’est pas valide et est mis de côté} other {# éléments des données ne sont pas valides et sont mis de côté}}\u00A0; toutes les autres sources sont affichées.',
  'page.problems.warnings':
    '{count, plural, one {# élément a des champs} other {# éléments ont des champs}} que cette page n’utilise pas\u00A0; ils ont été ignorés.',
  'page.problems.source': 'Source {position}',
  'page.problems.profile': 'Profil {position}',
  'page.problems.named': '{name} «\u00A0{label}\u00A0»',
  'page.problems.details': 'Détails techniques',
  'page.guardrail.mock':
    'Fictif uniquement\u202F; aucune requête en base / aucune API / aucun connecteur / aucun OAuth / aucune tâche',
  'page.guardrail.secrets': 'Aucune donnée brute, aucun secret',
  'page.guardrail.scope':
    'TikTok Ads inactif\u202F; Campaign MER absent\u202F; attribution multi-touch absente\u202F; conversion de devises (FX) absente',
  'page.guardrail.views': 'Vues enregistrées en P1\u202F; pas d’export pour le lecteur',
  'page.guardrail.labels':
    'Libellé de source obligatoire\u202F; fraîcheur des données visible\u202F; alertes qualité visibles',
  'page.guardrail.actions':
    'Actions sur les sources en aperçu uniquement (aucune tâche réelle)\u202F; aucune suppression définitive',
};
