// @ts-check
/**
 * HOST_APP_VIEW = 'page': the whole page with the seed fixture, as a host app would render it.
 */
import { IntegrationsSettingsPage } from 'integrations-ui';
import { FIXTURE_NOW } from 'integrations-ui/fixtures';

/** The product role the page is rendered for (not an ARIA role). */
const PRODUCT_ROLE = 'admin';

/** @param {{ data: import('integrations-ui').DataSet }} props */
export function View({ data }) {
  return (
    <IntegrationsSettingsPage
      data={data}
      now={FIXTURE_NOW}
      role={PRODUCT_ROLE}
      onExport={() => undefined}
      onPreviewAction={() => undefined}
      onSubmitCredential={() => undefined}
    />
  );
}
