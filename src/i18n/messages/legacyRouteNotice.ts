/**
 * Copy of LegacyRouteNotice. The French "before" text is the seed page's own; `{route}`, `{reason}`, `{date}`
 * and `{tickets}` are filled by the component (the route is the host's link).
 */
export const legacyRouteNoticeEn = {
  'legacy.title': 'Legacy route.',
  'legacy.before': 'This page becomes {route} {reason}. It stays accessible during the transition ({tickets}).',
  'legacy.beforeUntil':
    'This page becomes {route} {reason}. It stays accessible during the transition, until {date} ({tickets}).',
  'legacy.after':
    'This legacy route no longer works: it stopped on {date}. This page is now {route} {reason}. Update your bookmarks ({tickets}).',
  'legacy.goToNewPage': 'Go to the new page',
  'legacy.label': 'Legacy route notice',
  'legacy.reason': '(sources are configuration, not a main business tab)',
} satisfies Record<string, string>;

export const legacyRouteNoticeFr: Record<keyof typeof legacyRouteNoticeEn, string> = {
  'legacy.title': 'Legacy route.',
  'legacy.before': 'Cette page devient {route} {reason}. Elle reste accessible le temps de la transition ({tickets}).',
  'legacy.beforeUntil':
    'Cette page devient {route} {reason}. Elle reste accessible le temps de la transition, jusqu’au {date} ({tickets}).',
  'legacy.after':
    'Cette ancienne adresse ne fonctionne plus depuis le {date}. Cette page est désormais {route} {reason}. Mettez à jour vos favoris ({tickets}).',
  'legacy.goToNewPage': 'Aller à la nouvelle page',
  'legacy.label': 'Avis d’ancienne adresse',
  'legacy.reason': '(les sources sont de la configuration, pas un onglet métier principal)',
};
