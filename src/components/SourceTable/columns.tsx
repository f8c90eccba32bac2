import { memo, type ReactNode } from 'react';
import type { SourceView } from '../../domain';
import type { SourceTableColumn } from '../../domain/table';
import type { I18n, MessageKey } from '../../i18n';
import { Button } from '../../private/Button/Button';
import { tableStyles } from '../../private/Table/Table';
import { Text } from '../../private/Typography/Typography';
import { StatusBadge } from '../StatusBadge/StatusBadge';

/** Which of the seed page's two tables: connected sources, or sync status. */
export type SourceTableVariant = 'connections' | 'syncStatus';

/** What a cell needs besides its row. */
export interface CellContext {
  t: I18n['t'];
  profileName: (profileId: string) => string;
  formatInstant: (iso: string) => string;
  onOpenDetails: (sourceId: string, button: HTMLButtonElement) => void;
}

export interface ColumnDef {
  id: SourceTableColumn | 'detail';
  header: MessageKey;
  /** Sortable columns carry a sort button in their header. */
  sortable: boolean;
  /** The cell names its row (`<th scope="row">`): the source's label. */
  rowHeader?: boolean;
  /** Relative width (CSS length) in the fixed table layout. */
  width: string;
  /**
   * The body cell holds one widget (a button), which takes focus instead of the cell: `render`
   * gives it `tabIndex` (0 for the grid's one tab stop, -1 otherwise).
   */
  widget?: boolean;
  render: (view: SourceView, context: CellContext, tabIndex: 0 | -1) => ReactNode;
}

/** A row's badge re-renders only when its status (or the locale) changes: most rows a sort or a filter fills keep it. */
const Badge = memo(StatusBadge);

const label: ColumnDef = {
  id: 'label',
  header: 'sourceTable.column.label',
  sortable: true,
  rowHeader: true,
  width: '28%',
  render: ({ source }) => source.label,
};

const profile: ColumnDef = {
  id: 'profile',
  header: 'sourceTable.column.profile',
  sortable: true,
  width: '20%',
  // A profile's name is the host's text, of any length: at most two lines, its full text in its
  // `title`, so the row keeps its height.
  render: ({ source }, { profileName }) => {
    const name = profileName(source.profileId);
    return (
      <bdi className={tableStyles.truncate} title={name}>
        {name}
      </bdi>
    );
  },
};

const platform: ColumnDef = {
  id: 'platform',
  header: 'sourceTable.column.platform',
  sortable: true,
  width: '14%',
  render: ({ source }, { t }) => t(`platform.${source.platform}`),
};

const status: ColumnDef = {
  id: 'status',
  header: 'sourceTable.column.status',
  sortable: true,
  width: '30%',
  render: ({ status: value }) => <Badge syncStatus={value} />,
};

const lastSync: ColumnDef = {
  id: 'lastSync',
  header: 'sourceTable.column.lastSync',
  sortable: true,
  width: '26%',
  render: ({ source }, { t, formatInstant }) => (
    <>
      {source.lastSuccessfulSyncAt === null ? (
        <Text as="span" tone="muted">
          {t('sourceTable.never')}
        </Text>
      ) : (
        <time dateTime={source.lastSuccessfulSyncAt}>{formatInstant(source.lastSuccessfulSyncAt)}</time>
      )}
      {source.syncStartedAt === null ? null : (
        <>
          {' '}
          <Text as="span" size="sm" tone="muted">
            {t('freshnessCell.syncing')}
          </Text>
        </>
      )}
    </>
  ),
};

const detail: ColumnDef = {
  id: 'detail',
  header: 'sourceTable.column.detail',
  sortable: false,
  width: '18%',
  widget: true,
  // Named "View details" and the source's label ("View details GA4 Suisse"): one name per row, the
  // visible words first (WCAG 2.5.3). An attribute, not a hidden element: nothing more to lay out
  // in each row a sort, a filter or a scroll renders.
  render: ({ source }, { t, onOpenDetails }, tabIndex) => {
    const words = t('sourceTable.viewDetails');
    return (
      <Button
        variant="quiet"
        size="small"
        tabIndex={tabIndex}
        data-source-id={source.id}
        aria-haspopup="dialog"
        aria-label={`${words} ${source.label}`}
        onClick={(event) => onOpenDetails(source.id, event.currentTarget)}
      >
        {words}
      </Button>
    );
  },
};

/**
 * The columns of each table, as on the seed page. Both tables show a source's status with the one
 * sync-status vocabulary ("Connected (disabled)", "Disconnected — token expired").
 */
export const COLUMNS: Record<SourceTableVariant, readonly ColumnDef[]> = {
  // The status column fits its longest badge ("Disconnected — token expired") at the table's minimum width.
  connections: [
    { ...label, width: '24%' },
    { ...profile, width: '16%' },
    { ...platform, width: '13%' },
    { ...status, width: '31%' },
    { ...detail, width: '16%' },
  ],
  syncStatus: [{ ...label, width: '26%' }, platform, { ...status, width: '34%' }, lastSync],
};
