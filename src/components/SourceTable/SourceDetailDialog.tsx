import { forwardRef, type ReactNode, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import { flagKey, type PreviewAction, type Profile, type SourceView, type UserRole } from '../../domain';
import { type PreviewActionEmphasis, previewActionsFor } from '../../domain/status';
import { useI18n } from '../../i18n';
import { Button, type ButtonProps } from '../../private/Button/Button';
import { cx } from '../../private/cx';
import type { RootProps } from '../../private/props';
import { Heading, Text } from '../../private/Typography/Typography';
import { toneSurface } from '../../private/tone.css';
import { FreshnessCell } from '../FreshnessCell/FreshnessCell';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import * as styles from './SourceDetailDialog.css';

export type SourceDetailDialogProps = RootProps<
  'dialog',
  {
    /** The source shown, as `analyse` derived it; `null` keeps the dialog closed. */
    source: SourceView | null;
    /** The source's profile: its name, and the time zone of the exact sync times. */
    profile?: Profile;
    /** The person's role. A `viewer` sees every detail but no action (actions are preview-only for everyone). @default 'viewer' */
    userRole?: UserRole;
    /**
     * `true`: a modal over the page (focus held inside, the page inert). `false`: an open panel in the
     * page's flow, e.g. a side panel or a review sheet showing several sources at once.
     * @default true
     */
    modal?: boolean;
    /** The person closed the dialog (Close, Escape): set `source` to `null`. */
    onClose: () => void;
    /** A preview action was chosen. No job is ever started. */
    onPreviewAction?: (sourceId: string, action: PreviewAction) => void;
  }
>;

/** The button variant of each emphasis the domain gives an action. */
const VARIANT = {
  primary: 'primary',
  secondary: 'secondary',
  destructive: 'danger',
} as const satisfies Record<PreviewActionEmphasis, NonNullable<ButtonProps['variant']>>;

/**
 * The detail panel of one source: a native modal `<dialog>` (focus moves in, Escape closes, the
 * opener gets focus back), with its fields, freshness, open flags and preview-only actions, in the
 * order the source needs them (`previewActionsFor`: Reconnect first when the connection is broken,
 * Sync now first otherwise; Disconnect last, destructive). Each action button exposes
 * `data-action`, `data-emphasis` and `data-variant`. Its parts (open flags, actions) are headed
 * subsections of the dialog, not regions: the dialog is the one thing named by the source.
 */
export const SourceDetailDialog = forwardRef<HTMLDialogElement, SourceDetailDialogProps>(function SourceDetailDialog(
  { source, profile, userRole = 'viewer', modal = true, onClose, onPreviewAction, className, onKeyDown, ...rest },
  ref,
) {
  const { t } = useI18n();
  const own = useRef<HTMLDialogElement>(null);
  // The host's ref and the dialog's own (which opens and closes it) are the same element.
  useImperativeHandle(ref, () => own.current as HTMLDialogElement, []);
  const titleId = `${useId()}-title`;
  const [done, setDone] = useState<PreviewAction | null>(null);
  const sourceId = source?.source.id ?? null;

  useEffect(() => {
    const dialog = own.current;
    if (!dialog) return;
    setDone(null);
    // In the page's flow, the `open` attribute is rendered (below): open from the first paint, on
    // a server render too, and without moving focus into it.
    if (!modal) {
      // Switched from modal to in-flow while open: reopen it in the flow.
      if (dialog.open && dialog.matches(':modal')) {
        dialog.close();
        dialog.show();
      }
      return;
    }
    if (sourceId === null) {
      if (dialog.open) dialog.close();
      return;
    }
    // Opened, or switched from in-flow to modal while open (an open dialog cannot change its kind:
    // React has removed the attribute, or it is closed here, then it opens as a modal).
    if (dialog.open && !dialog.matches(':modal')) dialog.close();
    if (!dialog.open) dialog.showModal();
  }, [sourceId, modal]);

  return (
    <dialog
      ref={own}
      className={cx(styles.dialog, modal ? null : styles.inline, className)}
      aria-labelledby={titleId}
      data-state={source ? 'open' : 'closed'}
      data-modal={modal}
      open={!modal && source !== null ? true : undefined}
      {...rest}
      // Closed by the browser (e.g. its own Escape handling): tell the owner. A late event from an
      // earlier close, arriving after the dialog reopened, is ignored.
      onClose={() => {
        if (!own.current?.open) onClose();
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        // Escape closes through the owner's state, for real and synthetic key events alike.
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {source ? (
        <div className={styles.body}>
          <div className={styles.head}>
            <Heading level={2} id={titleId} dir="auto">
              {source.source.label}
            </Heading>
            <Button onClick={onClose}>{t('sourceTable.detail.close')}</Button>
          </div>
          <dl className={styles.fields} aria-label={t('sourceTable.detail.fields')}>
            <Field label={t('sourceTable.column.profile')}>
              <Text as="span" dir="auto">
                {profile?.name ?? source.source.profileId}
              </Text>
            </Field>
            <Field label={t('sourceTable.column.platform')}>
              <Text as="span">{t(`platform.${source.source.platform}`)}</Text>
            </Field>
            <Field label={t('sourceTable.column.status')}>
              <StatusBadge syncStatus={source.status} />
            </Field>
            <Field label={t('sourceTable.detail.enabled')}>
              <Text as="span">{t(source.source.enabled ? 'sourceTable.detail.yes' : 'sourceTable.detail.no')}</Text>
            </Field>
            <Field label={t('sourceTable.detail.freshness')}>
              <FreshnessCell
                freshness={source.freshness}
                lastSuccessfulSyncAt={source.source.lastSuccessfulSyncAt}
                syncStartedAt={source.source.syncStartedAt}
                timeZone={profile?.timeZone ?? 'UTC'}
              />
            </Field>
          </dl>
          <div className={styles.section} data-part="flags">
            <Heading level={3} id={`${titleId}-flags`}>
              {t('sourceTable.detail.flags')}
            </Heading>
            {source.flags.length === 0 ? (
              <Text size="sm" tone="muted">
                {t('sourceTable.detail.noFlags')}
              </Text>
            ) : (
              <ul className={styles.flags}>
                {source.flags.map((flag) => (
                  <li key={flagKey(flag)} data-severity={flag.severity}>
                    <StatusBadge severity={flag.severity} /> <Text as="span">{t(`flag.${flag.code}`)}</Text>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className={styles.section} data-part="actions">
            <Heading level={3} id={`${titleId}-actions`}>
              {t('sourceTable.detail.actions')}
            </Heading>
            <Text size="sm" tone="muted">
              {t(userRole === 'viewer' ? 'sourceTable.detail.viewerNote' : 'sourceTable.detail.previewNote')}
            </Text>
            {userRole === 'viewer' ? null : (
              <div className={styles.actions}>
                {previewActionsFor(source.source).map(({ action, emphasis }) => (
                  <Button
                    key={action}
                    variant={VARIANT[emphasis]}
                    data-action={action}
                    data-emphasis={emphasis}
                    onClick={() => {
                      onPreviewAction?.(source.source.id, action);
                      setDone(action);
                    }}
                  >
                    {t(`sourceTable.action.${action}`)}
                  </Button>
                ))}
              </div>
            )}
            <Text
              role="status"
              weight="medium"
              tone="inherit"
              className={cx(styles.notice, done ? toneSurface.info : null)}
              data-state={done ? 'previewed' : 'idle'}
            >
              {done ? t('sourceTable.detail.previewDone', { action: t(`sourceTable.action.${done}`) }) : null}
            </Text>
          </div>
        </div>
      ) : null}
    </dialog>
  );
});

/** One term and its value in the fields list. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>
        <Text as="span" tone="muted" weight="bold">
          {label}
        </Text>
      </dt>
      <dd>{children}</dd>
    </>
  );
}
