import type { ReactNode } from 'react';
import type { SourceView } from '../../domain';
import type { SourceTableColumn } from '../../domain/table';
import type { I18n, MessageKey } from '../../i18n';
import { focusRing, visuallyHidden } from '../../theme/utilities.css';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import * as styles from './SourceTable.css';

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
  /** Relative width (CSS length) in the fixed table layout. */
  width: string;
  render: (view: SourceView, context: CellContext) => ReactNode;
}

const label: ColumnDef = {
  id: 'label',
  header: 'sourceTable.column.label',
  sortable: true,
  width: '28%',
  render: ({ source }) => (
    <span className={styles.truncate} dir="auto" title={source.label}>
      {source.label}
    </span>
  ),
};

const profile: ColumnDef = {
  id: 'profile',
  header: 'sourceTable.column.profile',
  sortable: true,
  width: '20%',
  render: ({ source }, { profileName }) => (
    <span className={styles.truncate} dir="auto">
      {profileName(source.profileId)}
    </span>
  ),
};

const platform: ColumnDef = {
  id: 'platform',
  header: 'sourceTable.column.platform',
  sortable: true,
  width: '14%',
  render: ({ source }, { t }) => t(`platform.${source.platform}`),
};

const connection: ColumnDef = {
  id: 'connection',
  header: 'sourceTable.column.connection',
  sortable: true,
  width: '20%',
  render: ({ source }) => <StatusBadge connection={source.connection} />,
};

const status: ColumnDef = {
  id: 'status',
  header: 'sourceTable.column.status',
  sortable: true,
  width: '30%',
  render: ({ status: value }) => <StatusBadge status={value} />,
};

const lastSync: ColumnDef = {
  id: 'lastSync',
  header: 'sourceTable.column.lastSync',
  sortable: true,
  width: '26%',
  render: ({ source }, { t, formatInstant }) => (
    <>
      {source.lastSuccessfulSyncAt === null ? (
        <span className={styles.muted}>{t('sourceTable.never')}</span>
      ) : (
        <time dateTime={source.lastSuccessfulSyncAt}>{formatInstant(source.lastSuccessfulSyncAt)}</time>
      )}
      {source.syncStartedAt === null ? null : <span className={styles.syncing}>{t('freshnessCell.syncing')}</span>}
    </>
  ),
};

const detail: ColumnDef = {
  id: 'detail',
  header: 'sourceTable.column.detail',
  sortable: false,
  width: '18%',
  render: ({ source }, { t, onOpenDetails }) => (
    <button
      type="button"
      className={`${styles.linkButton} ${focusRing}`}
      data-source-id={source.id}
      aria-haspopup="dialog"
      onClick={(event) => onOpenDetails(source.id, event.currentTarget)}
    >
      {t('sourceTable.viewDetails')}
      <span className={visuallyHidden} dir="auto">
        {' '}
        {source.label}
      </span>
    </button>
  ),
};

/** The columns of each table, as on the seed page. */
export const COLUMNS: Record<SourceTableVariant, readonly ColumnDef[]> = {
  connections: [label, profile, platform, connection, detail],
  syncStatus: [label, platform, status, lastSync],
};
