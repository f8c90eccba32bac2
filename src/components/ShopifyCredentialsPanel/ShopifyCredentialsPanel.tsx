import { forwardRef, useId, useMemo } from 'react';
import * as z from 'zod/mini';
import type { UserRole } from '../../domain';
import { SHOPIFY_SCOPES, type ShopifyScopeState, shopifyScopeStateOf } from '../../domain/shopify';
import { markEnglish, useI18n } from '../../i18n';
import { cx } from '../../private/cx';
import { Notice, NoticeText } from '../../private/Notice/Notice';
import type { RootProps } from '../../private/props';
import { SectionHeader, sectionStyles } from '../../private/Section/Section';
import { Heading, type HeadingLevel, subLevel, Text } from '../../private/Typography/Typography';
import type { Tone } from '../../theme/tokens';
import { visuallyHidden } from '../../theme/utilities.css';
import { Badge } from '../Badge/Badge';
import { type SubmissionState, WriteOnlyCredentialField } from '../WriteOnlyCredentialField';
import * as styles from './ShopifyCredentialsPanel.css';

export type ShopifyCredential = 'clientId' | 'clientSecret';

/** What the host knows about one stored credential: never its value. */
export interface CredentialMetadata {
  /** Whether a value is stored. */
  isSet: boolean;
  /** When it was set (ISO string or Date). */
  setAt?: string | Date;
  /** Who set it. */
  setBy?: string;
  /** The host's state of the last submission. @default 'idle' */
  submissionState?: SubmissionState;
  /** The host's error message for `submissionState: 'error'`. */
  error?: string;
}

export type ShopifyCredentialsPanelProps = RootProps<
  'section',
  {
    /** The stored Client ID's metadata. @default not set */
    clientId?: CredentialMetadata;
    /** The stored Client Secret's metadata. @default not set */
    clientSecret?: CredentialMetadata;
    /** Receives a newly typed credential, once per submission; never a mask. */
    onSubmitCredential: (field: ShopifyCredential, value: string) => void;
    /**
     * The person's role. A `viewer` cannot set or replace credentials: each field says so instead of
     * offering an input or a Replace button. @default 'viewer'
     */
    userRole?: UserRole;
    /** Read-only for another reason than the role (e.g. the host's own lock): no typing, no replacing, and `disabledReason` says why. @default false */
    disabled?: boolean;
    /** Why the credentials cannot be changed when `disabled` is set. @default the catalogue's "You cannot change this value here." */
    disabledReason?: string;
    /** Time zone the "set on" dates are shown in. @default 'UTC' */
    timeZone?: string;
    /**
     * Replace the default formats (32 hexadecimal characters; 16+ characters without spaces), with
     * `zod` or `zod/mini` schemas.
     */
    schemas?: Partial<Record<ShopifyCredential, z.core.$ZodType<string>>>;
    /** Heading level of the panel title. @default 2 */
    headingLevel?: HeadingLevel;
  }
>;

/** The fields, in order: each is named `credentials.shopify.<field>`, its hint `credentials.shopify.<field>Hint`. */
const FIELDS: readonly ShopifyCredential[] = ['clientId', 'clientSecret'];

/** The seed page's notices, in order (`credentials.shopify.notice.<notice>`). */
const NOTICES = ['writeOnly', 'calls', 'scope'] as const;

const NOT_SET: CredentialMetadata = { isSet: false };

/** The badge tone of each scope state (worded `credentials.scope.<state>`): only a granted scope is told in the positive tone. */
const SCOPE_TONE: Record<ShopifyScopeState, Tone> = { granted: 'positive', notGranted: 'caution', outOfV1: 'neutral' };

/**
 * Shopify Client ID and Client Secret, write-only, with the seed page's notices (write-only, real
 * calls disabled by default, secrets store for the controlled pilot only) and the V1 scopes:
 * `read_orders` reads "Not granted" until both credentials are stored (`shopifyScopeStateOf`).
 * Each scope exposes `data-scope`, `data-scope-state` and `data-granted`.
 */
export const ShopifyCredentialsPanel = forwardRef<HTMLElement, ShopifyCredentialsPanelProps>(
  function ShopifyCredentialsPanel(
    {
      clientId = NOT_SET,
      clientSecret = NOT_SET,
      onSubmitCredential,
      userRole = 'viewer',
      disabled: disabledProp = false,
      disabledReason: disabledReasonProp,
      timeZone = 'UTC',
      schemas,
      headingLevel = 2,
      className,
      ...rest
    },
    ref,
  ) {
    const { t, locale } = useI18n();
    const titleId = useId();
    const metadata = { clientId, clientSecret };
    const viewer = userRole === 'viewer';
    const disabled = viewer || disabledProp;
    const disabledReason = viewer ? t('credentials.shopify.viewerReason') : disabledReasonProp;
    const stored = { clientId: clientId.isSet, clientSecret: clientSecret.isSet };
    const defaults = useMemo(
      () => ({
        clientId: z.string().check(z.regex(/^[0-9a-f]{32}$/i, t('credentials.shopify.clientIdFormat'))),
        clientSecret: z
          .string()
          .check(
            z.minLength(16, t('credentials.shopify.clientSecretFormat')),
            z.regex(/^\S+$/, t('credentials.shopify.clientSecretFormat')),
          ),
      }),
      [t],
    );

    return (
      <section
        ref={ref}
        className={cx(sectionStyles.section, className)}
        aria-labelledby={titleId}
        data-component="shopify-credentials"
        {...rest}
      >
        <SectionHeader id={titleId} level={headingLevel} title={t('credentials.shopify.title')} />
        <Notice tone="info">
          {NOTICES.map((notice) => (
            <NoticeText key={notice}>{markEnglish(t(`credentials.shopify.notice.${notice}`), locale)}</NoticeText>
          ))}
        </Notice>
        <div className={sectionStyles.header}>
          <Heading level={subLevel(headingLevel)}>{markEnglish(t('credentials.shopify.scopes'), locale)}</Heading>
          <ul className={styles.scopeList}>
            {SHOPIFY_SCOPES.map((entry) => {
              const scopeState = shopifyScopeStateOf(entry, stored);
              return (
                <li
                  key={entry.scope}
                  className={styles.scope}
                  data-scope={entry.scope}
                  data-scope-state={scopeState}
                  data-granted={scopeState === 'granted'}
                >
                  <code className={styles.code}>{entry.scope}</code>
                  <Badge tone={SCOPE_TONE[scopeState]}>
                    {t(`credentials.scope.${scopeState}`)}
                    {scopeState === 'outOfV1' ? (
                      <span className={visuallyHidden}>{`, ${t('credentials.scope.notSelectable')}`}</span>
                    ) : null}
                  </Badge>
                  {scopeState === 'notGranted' ? (
                    <Text as="span" size="sm" tone="muted">
                      {markEnglish(t('credentials.scope.pendingCredentials'), locale)}
                    </Text>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
        <div className={styles.fields}>
          {FIELDS.map((field) => {
            const meta = metadata[field];
            return (
              <WriteOnlyCredentialField
                key={field}
                label={t(`credentials.shopify.${field}`)}
                hint={t(`credentials.shopify.${field}Hint`)}
                isSet={meta.isSet}
                setAt={meta.setAt}
                setBy={meta.setBy}
                submissionState={meta.submissionState}
                error={meta.error}
                timeZone={timeZone}
                disabled={disabled}
                disabledReason={disabledReason}
                schema={schemas?.[field] ?? defaults[field]}
                onSubmit={(value) => onSubmitCredential(field, value)}
              />
            );
          })}
        </div>
      </section>
    );
  },
);
