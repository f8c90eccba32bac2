import type { HTMLAttributes } from 'react';
import type { Connection, FreshnessState, Severity, SyncStatus } from '../../domain';
import { useMessages } from '../../i18n/LocaleProvider';
import { type CommonKey, commonMessages } from '../../i18n/messages/common';
import type { Tone } from '../../theme/tokens';
import { Badge } from '../Badge/Badge';
import { CONNECTION_TONE, FRESHNESS_TONE, SEVERITY_TONE, SYNC_STATUS_TONE } from './tones';

type Base = Omit<HTMLAttributes<HTMLSpanElement>, 'children'>;

/** Exactly one of `status`, `connection`, `freshness` or `severity`. */
export type StatusBadgeProps = Base &
  (
    | {
        /** The derived sync status of a source ("Connected (disabled)", "Disconnected — token expired"…). */
        status: SyncStatus;
        connection?: never;
        freshness?: never;
        severity?: never;
      }
    | {
        /** The raw connection of a source (`CONNECTED`, `EXPIRED`, `PERMISSION_MISSING`, `DISCONNECTED`). */
        connection: Connection;
        status?: never;
        freshness?: never;
        severity?: never;
      }
    | {
        /** The freshness of a source at the injected time (`FRESH`, `STALE`, `MISSING`, `UNKNOWN`). */
        freshness: FreshnessState;
        status?: never;
        connection?: never;
        severity?: never;
      }
    | {
        /** The severity of a quality flag (`critical`, `warning`, `info`), shown in capitals. */
        severity: Severity;
        status?: never;
        connection?: never;
        freshness?: never;
      }
  );

interface Resolved {
  vocabulary: 'status' | 'connection' | 'freshness' | 'severity';
  value: string;
  tone: Tone;
  key: CommonKey;
}

function resolve(props: StatusBadgeProps): Resolved | { vocabulary: string; value: string } {
  if (props.status !== undefined) {
    const tone = SYNC_STATUS_TONE[props.status];
    return tone
      ? { vocabulary: 'status', value: props.status, tone, key: `syncStatus.${props.status}` }
      : { vocabulary: 'status', value: String(props.status) };
  }
  if (props.connection !== undefined) {
    const tone = CONNECTION_TONE[props.connection];
    return tone
      ? { vocabulary: 'connection', value: props.connection, tone, key: `connection.${props.connection}` }
      : { vocabulary: 'connection', value: String(props.connection) };
  }
  if (props.freshness !== undefined) {
    const tone = FRESHNESS_TONE[props.freshness];
    return tone
      ? { vocabulary: 'freshness', value: props.freshness, tone, key: `freshness.${props.freshness}` }
      : { vocabulary: 'freshness', value: String(props.freshness) };
  }
  const severity = (props as { severity?: Severity }).severity;
  const tone = severity === undefined ? undefined : SEVERITY_TONE[severity];
  return tone && severity
    ? { vocabulary: 'severity', value: severity, tone, key: `severity.${severity}` }
    : { vocabulary: 'severity', value: String(severity) };
}

/**
 * A status as text, shape and colour together — never colour alone. Give it a domain value; the
 * tone and the words (in the current locale) follow from it. Exposes `data-status` and
 * `data-tone` for styling and tests. An unknown value (from untyped host code) shows an explicit
 * "Unknown value" badge rather than a blank.
 */
export function StatusBadge(props: StatusBadgeProps) {
  const { t } = useMessages(commonMessages);
  const { status: _s, connection: _c, freshness: _f, severity: _v, ...rest } = props;
  const resolved = resolve(props);
  if (!('tone' in resolved)) {
    return (
      <Badge {...rest} tone="neutral" data-status="invalid" data-vocabulary={resolved.vocabulary}>
        {t('common.unknownValue', { value: resolved.value })}
      </Badge>
    );
  }
  return (
    <Badge
      {...rest}
      tone={resolved.tone}
      emphasis={resolved.vocabulary === 'severity' ? 'strong' : 'normal'}
      data-status={resolved.value}
      data-vocabulary={resolved.vocabulary}
    >
      {t(resolved.key)}
    </Badge>
  );
}
