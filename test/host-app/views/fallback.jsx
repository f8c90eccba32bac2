// @ts-check
/**
 * HOST_APP_VIEW = 'fallback': only until IntegrationsSettingsPage is exported by the package.
 * Renders what exists: a StatusBadge per seed source, the figures derived with the package's
 * domain rules, and the HealthSummary component.
 */
import { analyse, HealthSummary, StatusBadge, useNow } from 'integrations-ui';

/** @param {{ data: import('integrations-ui').DataSet }} props */
export function View({ data }) {
  const analysis = analyse(data.sources, useNow());
  return (
    <main>
      <h1>Sources</h1>
      <ul>
        {analysis.sources.map((view) => (
          <li key={view.source.id}>
            {view.source.label} <StatusBadge status={view.status} />
          </li>
        ))}
      </ul>
      <p>Critical issues: {analysis.summary.criticalIssues}</p>
      <HealthSummary sources={data.sources} />
    </main>
  );
}
