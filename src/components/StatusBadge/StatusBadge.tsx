import { forwardRef } from 'react';
import type { Connection, FreshnessLevel, Severity, SyncStatus } from '../../domain';
import { useMessages } from '../../i18n/LocaleProvider';
import { type StatusKey, statusMessages } from '../../i18n/messages/status';
import type { Tone } from '../../theme/tokens';
import { Badge, type BadgeProps } from '../Badge/Badge';
import { CONNECTION_TONE, FRESHNESS_TONE, SEVERITY_TONE, SYNC_STATUS_TONE } from './tones';

/** Exactly one of `syncStatus`, `connection`, `freshness` or `severity`. */
export type StatusBadgeProps = Omit<BadgeProps, 'children' | 'tone' | 'icon'> &
  (
    | {
        /** The derived sync status of a source ("Connected (disabled)", "Disconnected — token expired"…). */
        syncStatus: SyncStatus;
        connection?: never;
        freshness?: never;
        severity?: never;
      }
    | {
        /** The raw connection of a source (`CONNECTED`, `EXPIRED`, `PERMISSION_MISSING`, `DISCONNECTED`). */
        connection: Connection;
        syncStatus?: never;
        freshness?: never;
        severity?: never;
      }
    | {
        /**
         * The freshness level of a source at the injected time (`FRESH`, `STALE`, `OVERDUE`, `MISSING`,
         * `UNKNOWN`): give `freshnessLevel(freshness)`, so a source past its error window reads `OVERDUE`.
         */
        freshness: FreshnessLevel;
        syncStatus?: never;
        connection?: never;
        severity?: never;
      }
    | {
        /** The severity of a quality flag (`critical`, `warning`, `info`), shown in capitals. */
        severity: Severity;
        syncStatus?: never;
        connection?: never;
        freshness?: never;
      }
  );

type Vocabulary = 'syncStatus' | 'connection' | 'freshness' | 'severity';

/** Each vocabulary: its prop (also the catalogue prefix of its words) and its tone map. */
const VOCABULARIES: ReadonlyArray<readonly [Vocabulary, Readonly<Record<string, Tone>>]> = [
  ['syncStatus', SYNC_STATUS_TONE],
  ['connection', CONNECTION_TONE],
  ['freshness', FRESHNESS_TONE],
  ['severity', SEVERITY_TONE],
];

interface Resolved {
  vocabulary: Vocabulary;
  value: string;
  /** Undefined for a value outside the vocabulary (untyped host code). */
  tone: Tone | undefined;
  key: StatusKey;
}

function resolve(props: StatusBadgeProps): Resolved {
  const given = props as Partial<Record<Vocabulary, string>>;
  const [vocabulary, tones] =
    VOCABULARIES.find(([name]) => given[name] !== undefined) ?? (VOCABULARIES[3] as (typeof VOCABULARIES)[number]);
  const value = String(given[vocabulary]);
  return {
    vocabulary,
    value,
    tone: Object.hasOwn(tones, value) ? tones[value] : undefined,
    key: `${vocabulary}.${value}` as StatusKey,
  };
}

/**
 * A status as text, shape and colour together — never colour alone. Give it a domain value; the
 * tone and the words (in the current locale) follow from it. Exposes `data-status`,
 * `data-vocabulary` and `data-tone` for styling and tests. An unknown value (from untyped host
 * code) shows an explicit "Unknown value" badge rather than a blank.
 */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(props, ref) {
  const { t } = useMessages(statusMessages);
  const { syncStatus: _s, connection: _c, freshness: _f, severity: _v, ...rest } = props;
  const { vocabulary, value, tone, key } = resolve(props);
  return (
    <Badge
      ref={ref}
      {...rest}
      tone={tone ?? 'neutral'}
      data-status={tone === undefined ? 'invalid' : value}
      data-vocabulary={vocabulary}
    >
      {tone === undefined ? t('common.unknownValue', { value }) : t(key)}
    </Badge>
  );
});
