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

/** French catalogue. Must have exactly the keys of `en` (type-checked and unit-tested). */
export const fr: Messages = {
  ...commonFr,
  ...freshnessCellFr,
  ...healthSummaryFr,
  ...qualityAlertsFr,
  ...legacyRouteNoticeFr,
  ...credentialsFr,
  ...sourceTableFr,
  ...pageFr,
  ...dataIssuesFr,
};
