import { forwardRef, useId } from 'react';
import { flagKey } from '../../domain';
import { useI18n } from '../../i18n';
import { type DataProps, DataSection, EMPTY_DATA, useDerived } from '../../private/DataSection';
import type { RootProps } from '../../private/props';
import { ShowMoreButton, useShowMore } from '../../private/ShowMore/ShowMore';
import { Cell, HeaderCell, RowHeaderCell, SkeletonRows, Table, TableFrame } from '../../private/Table/Table';
import { StatusBadge } from '../StatusBadge/StatusBadge';

export type QualityFlagTableProps = RootProps<
  'section',
  DataProps & {
    /** Render only this many rows at first, with a "Show more" button. @default all rows */
    initialCount?: number;
  }
>;

/** The seed page's "Data quality alerts" table: Severity, Code, Message and the source each open flag concerns. */
export const QualityFlagTable = forwardRef<HTMLElement, QualityFlagTableProps>(function QualityFlagTable(
  { data = EMPTY_DATA, analysis: given, now, state = 'ready', issues, initialCount, headingLevel, ...rest },
  ref,
) {
  const { t } = useI18n();
  const analysis = useDerived({ data, analysis: given, now });
  // `analyse` returns the flags already sorted critical → warning → info.
  const { flags } = analysis;
  const titleId = `${useId()}-title`;
  const { visible, remaining, more } = useShowMore(flags.length, initialCount);
  const loading = state === 'loading';

  return (
    <DataSection
      ref={ref}
      titleId={titleId}
      title={t('quality.title')}
      headingLevel={headingLevel}
      outdated={analysis.possiblyOutdated}
      state={state}
      issues={issues}
      empty={flags.length === 0 ? t('quality.empty') : null}
      loadingText={t('quality.loading')}
      {...rest}
    >
      <TableFrame labelledBy={titleId}>
        <Table density="regular" aria-labelledby={titleId} aria-busy={loading || undefined}>
          <thead>
            <tr>
              <HeaderCell>{t('quality.severity')}</HeaderCell>
              <HeaderCell>{t('quality.code')}</HeaderCell>
              <HeaderCell>{t('quality.message')}</HeaderCell>
              <HeaderCell>{t('quality.source')}</HeaderCell>
            </tr>
          </thead>
          <tbody>
            {loading ? (
              <SkeletonRows columns={4} />
            ) : (
              flags.slice(0, visible).map((flag) => (
                <tr
                  key={flagKey(flag)}
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
              ))
            )}
          </tbody>
        </Table>
      </TableFrame>
      {loading ? null : <ShowMoreButton remaining={remaining} step={initialCount ?? remaining} onMore={more} />}
    </DataSection>
  );
});
