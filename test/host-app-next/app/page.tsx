/**
 * A server component (no 'use client'): it reads the clock and the data on the server, calls the
 * domain rules there, says the count in French with the French catalogue (its own entry, server-safe),
 * and renders the package's page, a client component, with plain props.
 */
import { analyse, createTranslator, IntegrationsSettingsPage, parseDataSet } from 'integrations-ui';
import { fixtureInputs } from 'integrations-ui/fixtures';
import { fr } from 'integrations-ui/locales/fr';
import { connection } from 'next/server';

export default async function Page() {
  // Rendered for each request, so `now` is the time of the request, read once here.
  await connection();
  const clock = new Date();
  const now = clock.toISOString();
  const result = parseDataSet(fixtureInputs.seed);
  if (!result.ok) throw new Error(`The seed does not parse: ${result.message}`);
  const { sources } = analyse(result.data.sources, clock);
  const french = createTranslator('fr', fr);
  return (
    <>
      <p data-testid="server-note" data-now={now}>
        Judged on the server: {sources.length} sources
      </p>
      <p data-testid="server-note-fr" lang="fr">
        {french('sourceTable.count', { count: sources.length, total: sources.length })}
      </p>
      <IntegrationsSettingsPage data={result.data} now={now} locale="en" userRole="admin" />
    </>
  );
}
