import type { Messages } from './en';
import { commonFr } from './messages/common';
import { credentialsFr } from './messages/credentials';
import { dataIssuesFr } from './messages/dataIssues';
import { freshnessCellFr } from './messages/freshnessCell';
import { healthSummaryFr } from './messages/healthSummary';
import { legacyRouteNoticeFr } from './messages/legacyRouteNotice';
import { pageFr } from './messages/page';
import { qualityAlertsFr } from './messages/qualityAlerts';
import { sourceTableFr } from './messages/sourceTable';
import { statusFr } from './messages/status';

/**
 * French catalogue. Must have exactly the keys of `en` (type-checked and unit-tested). Not in the
 * main entry: a host imports it through the package's "./locales/fr" entry (src/locales/fr.ts) and
 * passes it as `messages` with `locale="fr"`, so an English host does not bundle it. No React:
 * server-safe.
 */
export const fr: Messages = {
  ...commonFr,
  ...statusFr,
  ...freshnessCellFr,
  ...healthSummaryFr,
  ...qualityAlertsFr,
  ...legacyRouteNoticeFr,
  ...credentialsFr,
  ...sourceTableFr,
  ...pageFr,
  ...dataIssuesFr,
};
