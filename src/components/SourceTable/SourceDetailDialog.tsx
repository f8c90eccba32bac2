import { useEffect, useId, useRef, useState } from 'react';
import { flagKey, type Profile, type Role, type SourceView } from '../../domain';
import { useI18n } from '../../i18n';
import { focusRing } from '../../theme/utilities.css';
import { FreshnessCell } from '../FreshnessCell/FreshnessCell';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import * as styles from './SourceDetailDialog.css';

/** The preview-only actions of a source. There is no delete action. */
export const PREVIEW_ACTIONS = ['sync', 'reconnect', 'disconnect'] as const;
export type PreviewAction = (typeof PREVIEW_ACTIONS)[number];

export interface SourceDetailDialogProps {
  /** The source shown; `null` keeps the dialog closed. */
  view: SourceView | null;
  profile: Profile | undefined;
  role: Role;
  onClose: () => void;
  onPreviewAction?: (sourceId: string, action: PreviewAction) => void;
}

/**
 * The detail panel of one source: a native modal `<dialog>` (focus moves in, Escape closes, the
 * opener gets focus back), with its fields, freshness, open flags and preview-only actions.
 */
export function SourceDetailDialog({ view, profile, role, onClose, onPreviewAction }: SourceDetailDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [done, setDone] = useState<PreviewAction | null>(null);
  const sourceId = view?.source.id ?? null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    setDone(null);
    if (sourceId !== null && !dialog.open) dialog.showModal();
    if (sourceId === null && dialog.open) dialog.close();
  }, [sourceId]);

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      // Closed by the browser (e.g. its own Escape handling): tell the owner. A late event from an
      // earlier close, arriving after the dialog reopened, is ignored.
      onClose={() => {
        if (!ref.current?.open) onClose();
      }}
      onKeyDown={(event) => {
        // Escape closes through the owner's state, for real and synthetic key events alike.
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
      data-state={view ? 'open' : 'closed'}
    >
      {view ? (
        <div className={styles.body}>
          <div className={styles.head}>
            <h2 id={titleId} className={styles.title} dir="auto">
              {view.source.label}
            </h2>
            <button type="button" className={`${styles.button} ${focusRing}`} onClick={onClose}>
              {t('sourceTable.detail.close')}
            </button>
          </div>
          <dl className={styles.fields} aria-label={t('sourceTable.detail.fields')}>
            <dt>{t('sourceTable.column.profile')}</dt>
            <dd dir="auto">{profile?.name ?? view.source.profileId}</dd>
            <dt>{t('sourceTable.column.platform')}</dt>
            <dd>{t(`platform.${view.source.platform}`)}</dd>
            <dt>{t('sourceTable.detail.connection')}</dt>
            <dd>
              <StatusBadge connection={view.source.connection} />
            </dd>
            <dt>{t('sourceTable.column.status')}</dt>
            <dd>
              <StatusBadge status={view.status} />
            </dd>
            <dt>{t('sourceTable.detail.enabled')}</dt>
            <dd>{t(view.source.enabled ? 'sourceTable.detail.yes' : 'sourceTable.detail.no')}</dd>
            <dt>{t('sourceTable.detail.freshness')}</dt>
            <dd>
              <FreshnessCell
                freshness={view.freshness}
                lastSuccessfulSyncAt={view.source.lastSuccessfulSyncAt}
                syncStartedAt={view.source.syncStartedAt}
                timeZone={profile?.timeZone ?? 'UTC'}
              />
            </dd>
          </dl>
          <section className={styles.section} aria-labelledby={`${titleId}-flags`}>
            <h3 id={`${titleId}-flags`} className={styles.subtitle}>
              {t('sourceTable.detail.flags')}
            </h3>
            {view.flags.length === 0 ? (
              <p className={styles.help}>{t('sourceTable.detail.noFlags')}</p>
            ) : (
              <ul className={styles.flags}>
                {view.flags.map((flag) => (
                  <li key={flagKey(flag)} data-severity={flag.severity}>
                    <StatusBadge severity={flag.severity} /> {t(`flag.${flag.code}`)}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className={styles.section} aria-labelledby={`${titleId}-actions`}>
            <h3 id={`${titleId}-actions`} className={styles.subtitle}>
              {t('sourceTable.detail.actions')}
            </h3>
            <p className={styles.help}>
              {t(role === 'viewer' ? 'sourceTable.detail.viewerNote' : 'sourceTable.detail.previewNote')}
            </p>
            {role === 'viewer' ? null : (
              <div className={styles.actions}>
                {PREVIEW_ACTIONS.map((action) => (
                  <button
                    key={action}
                    type="button"
                    className={`${styles.button} ${focusRing}`}
                    data-action={action}
                    onClick={() => {
                      onPreviewAction?.(view.source.id, action);
                      setDone(action);
                    }}
                  >
                    {t(`sourceTable.action.${action}`)}
                  </button>
                ))}
              </div>
            )}
            <p className={styles.notice} role="status" data-state={done ? 'previewed' : 'idle'}>
              {done ? t('sourceTable.detail.previewDone', { action: t(`sourceTable.action.${done}`) }) : null}
            </p>
          </section>
        </div>
      ) : null}
    </dialog>
  );
}
