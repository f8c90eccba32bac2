// @ts-check
/**
 * The whole page with the seed fixture, as a host app renders it.
 */
import { IntegrationsSettingsPage } from 'integrations-ui';
import { FIXTURE_NOW } from 'integrations-ui/fixtures';

/** The user role the page is rendered for (`role` would be the HTML attribute). */
const PRODUCT_ROLE = 'admin';

/** @param {{ data: import('integrations-ui').DataSet }} props */
export function View({ data }) {
  return (
    <IntegrationsSettingsPage
      data={data}
      now={FIXTURE_NOW}
      userRole={PRODUCT_ROLE}
      onExport={() => undefined}
      onPreviewAction={() => undefined}
      onSubmitCredential={() => undefined}
    />
  );
}
