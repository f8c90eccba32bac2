import { useId, useMemo } from 'react';
import { z } from 'zod';
import { type MessageKey, useI18n } from '../../i18n';
import { visuallyHidden } from '../../theme/utilities.css';
import { Badge } from '../Badge/Badge';
import { ToneIcon } from '../Badge/icons';
import { type CredentialStatus, WriteOnlyCredentialField } from '../WriteOnlyCredentialField';
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
  status?: CredentialStatus;
  /** The host's error message for `status: 'error'`. */
  error?: string;
}

export interface ShopifyCredentialsPanelProps {
  /** The stored Client ID's metadata. */
  clientId: CredentialMetadata;
  /** The stored Client Secret's metadata. */
  clientSecret: CredentialMetadata;
  /** Receives a newly typed credential, once per submission; never a mask. */
  onSubmitCredential: (field: ShopifyCredential, value: string) => void;
  /** Read-only (e.g. a viewer): no typing, no replacing. @default false */
  disabled?: boolean;
  /** Time zone the "set on" dates are shown in. @default 'UTC' */
  timeZone?: string;
  /** Replace the default formats (32 hexadecimal characters; 16+ characters without spaces). */
  schemas?: Partial<Record<ShopifyCredential, z.ZodType<string>>>;
  /** Heading level of the panel title. @default 2 */
  headingLevel?: 2 | 3 | 4;
}

/** The Shopify scopes of V1: only `read_orders` is granted; the others are shown, never offered. */
export const SHOPIFY_SCOPES = [
  { scope: 'read_orders', granted: true },
  { scope: 'read_all_orders', granted: false },
  { scope: 'read_customers', granted: false },
] as const;

const FIELDS: ReadonlyArray<{ field: ShopifyCredential; label: MessageKey; hint: MessageKey }> = [
  { field: 'clientId', label: 'credentials.shopify.clientId', hint: 'credentials.shopify.clientIdHint' },
  { field: 'clientSecret', label: 'credentials.shopify.clientSecret', hint: 'credentials.shopify.clientSecretHint' },
];

/**
 * Shopify Client ID and Client Secret, write-only, with the seed page's notices (write-only, real
 * calls disabled by default, secrets store for the controlled pilot only) and the V1 scopes.
 */
export function ShopifyCredentialsPanel({
  clientId,
  clientSecret,
  onSubmitCredential,
  disabled = false,
  timeZone = 'UTC',
  schemas,
  headingLevel = 2,
}: ShopifyCredentialsPanelProps) {
  const { t } = useI18n();
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const metadata = { clientId, clientSecret };
  const defaults = useMemo(
    () => ({
      clientId: z.string().regex(/^[0-9a-f]{32}$/i, t('credentials.shopify.clientIdFormat')),
      clientSecret: z
        .string()
        .min(16, t('credentials.shopify.clientSecretFormat'))
        .regex(/^\S+$/, t('credentials.shopify.clientSecretFormat')),
    }),
    [t],
  );

  return (
    <section className={styles.root} aria-labelledby={titleId} data-component="shopify-credentials">
      <Heading id={titleId} className={styles.title}>
        {t('credentials.shopify.title')}
      </Heading>
      <div className={styles.notice} data-testid="shopify-credentials-notice">
        <ToneIcon tone="info" />
        <div className={styles.noticeText}>
          <p className={styles.paragraph}>{t('credentials.shopify.notice.writeOnly')}</p>
          <p className={styles.paragraph}>{t('credentials.shopify.notice.calls')}</p>
          <p className={styles.paragraph}>{t('credentials.shopify.notice.scope')}</p>
        </div>
      </div>
      <div className={styles.scopes}>
        <SubHeading className={styles.scopesTitle}>{t('credentials.shopify.scopes')}</SubHeading>
        <ul className={styles.scopeList}>
          {SHOPIFY_SCOPES.map(({ scope, granted }) => (
            <li key={scope} className={styles.scope} data-scope={scope} data-granted={granted}>
              <code className={styles.code}>{scope}</code>
              <Badge tone={granted ? 'positive' : 'neutral'}>
                {t(granted ? 'credentials.scope.granted' : 'credentials.scope.outOfV1')}
                {granted ? null : <span className={visuallyHidden}>{`, ${t('credentials.scope.notSelectable')}`}</span>}
              </Badge>
            </li>
          ))}
        </ul>
      </div>
      <div className={styles.fields}>
        {FIELDS.map(({ field, label, hint }) => {
          const meta = metadata[field];
          return (
            <WriteOnlyCredentialField
              key={field}
              label={t(label)}
              hint={t(hint)}
              isSet={meta.isSet}
              setAt={meta.setAt}
              setBy={meta.setBy}
              status={meta.status}
              error={meta.error}
              timeZone={timeZone}
              disabled={disabled}
              schema={schemas?.[field] ?? defaults[field]}
              onSubmit={(value) => onSubmitCredential(field, value)}
            />
          );
        })}
      </div>
    </section>
  );
}
