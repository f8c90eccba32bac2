import * as table from '../../theme/table.css';

export interface ColumnHeadersProps {
  /** The column titles, already translated, in order. */
  titles: readonly string[];
}

/** The header row of the plain data tables (freshness, quality flags). */
export function ColumnHeaders({ titles }: ColumnHeadersProps) {
  return (
    <thead>
      <tr>
        {titles.map((title) => (
          <th key={title} scope="col" className={table.th}>
            {title}
          </th>
        ))}
      </tr>
    </thead>
  );
}
