import { useMemo, useState } from 'react';
import { StatusBadge } from '../../src/components/StatusBadge';
import type { Profile, Source } from '../../src/domain';
import { useI18n } from '../../src/i18n';

/**
 * The baseline the benchmark compares with: a plain, non-virtualised table of the same data and
 * columns, sorting with `localeCompare` and filtering with `includes` on every change, as a table
 * written without care for scale would.
 */
export function PlainTable({ sources, profiles }: { sources: readonly Source[]; profiles: readonly Profile[] }) {
  const { t } = useI18n();
  const [ascending, setAscending] = useState<boolean | null>(null);
  const [query, setQuery] = useState('');
  const names = useMemo(() => new Map(profiles.map((p) => [p.id, p.name])), [profiles]);
  let rows = sources.filter((s) => s.label.toLowerCase().includes(query.toLowerCase()));
  if (ascending !== null) {
    rows = [...rows].sort((a, b) => (ascending ? 1 : -1) * a.label.localeCompare(b.label));
  }
  return (
    <div>
      <label>
        Search
        <input type="search" value={query} onChange={(event) => setQuery(event.currentTarget.value)} />
      </label>
      <table>
        <thead>
          <tr>
            <th aria-sort={ascending === null ? undefined : ascending ? 'ascending' : 'descending'}>
              <button type="button" onClick={() => setAscending(!ascending)}>
                Source
              </button>
            </th>
            <th>Profile</th>
            <th>Platform</th>
            <th>Status</th>
            <th>Detail</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <td>{s.label}</td>
              <td>{names.get(s.profileId)}</td>
              <td>{t(`platform.${s.platform}`)}</td>
              <td>
                <StatusBadge connection={s.connection} />
              </td>
              <td>
                <button type="button">View details</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
