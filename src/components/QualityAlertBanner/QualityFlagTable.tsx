import { forwardRef } from 'react';
import { flagKey } from '../../domain';
import { useI18n } from '../../i18n';
import { type DataProps, EMPTY_DATA, useDerived } from '../../private/DataSection';
import { DataTable } from '../../private/DataTable';
import type { RootProps } from '../../private/props';
import { Cell, RowHeaderCell } from '../../private/Table/Table';
import { StatusBadge } from '../StatusBadge/StatusBadge';

export type QualityFlagTableProps = RootProps<
  'section',
  DataProps & {
    /** Render only this many rows at first, with a "Show more" button. @default all rows */
    initialCount?: number;
  }
>;

/**
 * The seed page's "Data quality alerts" table: Severity, Code, Message and the source each open
 * flag concerns. A region named by its heading; the table is named the same.
 *
 * Focus: "Show more" moves focus to the first row it revealed (with the focus ring); the button,
 * gone once every row shows, never leaves focus on `<body>`.
 */
export const QualityFlagTable = forwardRef<HTMLElement, QualityFlagTableProps>(function QualityFlagTable(
  { data = EMPTY_DATA, analysis: given, now, ...rest },
  ref,
) {
  const { t } = useI18n();
  const analysis = useDerived({ data, analysis: given, now });

  return (
    <DataTable
      ref={ref}
      title={t('quality.title')}
      outdated={analysis.possiblyOutdated}
      empty={t('quality.empty')}
      loadingText={t('quality.loading')}
      headers={[t('quality.severity'), t('quality.code'), t('quality.message'), t('quality.source')]}
      // `analyse` returns the flags already sorted critical → warning → info.
      items={analysis.flags}
      row={(flag, rowProps) => (
        <tr
          key={flagKey(flag)}
          {...rowProps}
          data-severity={flag.severity}
          data-code={flag.code}
          data-source-id={flag.sourceId}
        >
          <Cell>
            <StatusBadge severity={flag.severity} />
          </Cell>
          <Cell>
            <code>{flag.code}</code>
          </Cell>
          <Cell>{t(`flag.${flag.code}`)}</Cell>
          <RowHeaderCell>{flag.sourceLabel}</RowHeaderCell>
        </tr>
      )}
      {...rest}
    />
  );
});
