/**
 * Copy of LegacyRouteNotice. The French "before" text is the seed page's own; `{route}`, `{date}`
 * and `{tickets}` are filled by the component (the route is the host's link).
 */
export const legacyRouteNoticeEn = {
  'legacy.title': 'Legacy route.',
  'legacy.before':
    'This page becomes {route} (sources are configuration, not a main business tab). It stays accessible during the transition ({tickets}).',
  'legacy.beforeUntil':
    'This page becomes {route} (sources are configuration, not a main business tab). It stays accessible during the transition, until {date} ({tickets}).',
  'legacy.after':
    'This page has moved to {route} (sources are configuration, not a main business tab). Update your bookmarks ({tickets}).',
  'legacy.label': 'Legacy route notice',
} satisfies Record<string, string>;

export const legacyRouteNoticeFr: Record<keyof typeof legacyRouteNoticeEn, string> = {
  'legacy.title': 'Legacy route.',
  'legacy.before':
    'Cette page devient {route} (les sources sont de la configuration, pas un onglet métier principal). Elle reste accessible le temps de la transition ({tickets}).',
  'legacy.beforeUntil':
    'Cette page devient {route} (les sources sont de la configuration, pas un onglet métier principal). Elle reste accessible le temps de la transition, jusqu’au {date} ({tickets}).',
  'legacy.after':
    'Cette page a été déplacée vers {route} (les sources sont de la configuration, pas un onglet métier principal). Mettez à jour vos favoris ({tickets}).',
  'legacy.label': 'Avis de route historique',
};
