import { forwardRef, type ReactNode } from 'react';
import { useNow } from '../../context/NowProvider';
import { isPastSunset } from '../../domain';
import { catalogues, formatDate, interpolateNodes, isValidInstant, useI18n } from '../../i18n';
import { Notice, NoticeText } from '../../private/Notice/Notice';
import type { RootProps } from '../../private/props';
import * as styles from './LegacyRouteNotice.css';

/** What a host's router needs to render its own link component. */
export interface LegacyLinkRenderProps {
  href: string;
  className: string;
  children: ReactNode;
}

export type LegacyRouteNoticeProps = RootProps<
  'div',
  {
    /** Where the page now lives. @default '/settings/integrations' */
    href?: string;
    /** Renders the link with the host's router (e.g. `(p) => <RouterLink to={p.href} className={p.className}>{p.children}</RouterLink>`); a plain `<a>` otherwise. */
    renderLink?: (props: LegacyLinkRenderProps) => ReactNode;
    /** When the legacy route stops working (ISO-8601). Before it the notice says until when; from it, that the page has moved. */
    sunsetAt?: string;
    /** The instant compared with `sunsetAt`; defaults to the nearest `NowProvider`'s. */
    now?: Date | string;
    /** Ticket references shown with the notice. @default ['UI-002', 'SETTINGS_SOURCES_001'] */
    tickets?: readonly string[];
  }
>;

const DEFAULT_TICKETS = ['UI-002', 'SETTINGS_SOURCES_001'] as const;

/**
 * "This page moves to /settings/integrations": the reason and the ticket references, in the
 * current locale, with a link the host supplies; worded differently before and after the sunset.
 */
export const LegacyRouteNotice = forwardRef<HTMLDivElement, LegacyRouteNoticeProps>(function LegacyRouteNotice(
  { href = '/settings/integrations', renderLink, sunsetAt, now: explicitNow, tickets = DEFAULT_TICKETS, ...rest },
  ref,
) {
  const { t, intlLocale, locale } = useI18n();
  const now = useNow(explicitNow);
  // The seed's lead "Legacy route." is English in every locale: marked so on a page in another language.
  const title = t('legacy.title');
  const titleLang = locale !== 'en' && title === catalogues.en['legacy.title'] ? 'en' : undefined;
  const hasSunset = sunsetAt !== undefined && isValidInstant(sunsetAt);
  const phase = hasSunset && isPastSunset(sunsetAt, now) ? 'after' : 'before';
  const key = phase === 'after' ? 'legacy.after' : hasSunset ? 'legacy.beforeUntil' : 'legacy.before';
  const linkProps = { href, className: styles.link, children: href };
  const route = renderLink ? renderLink(linkProps) : <a {...linkProps} />;
  const ticketNodes = tickets.map((ticket, index) => (
    <span key={ticket}>
      {index > 0 ? ' / ' : null}
      <span className={styles.ticket}>{ticket}</span>
    </span>
  ));
  return (
    <Notice ref={ref} tone="info" role="note" aria-label={t('legacy.label')} data-state={phase} {...rest}>
      <NoticeText title={<span lang={titleLang}>{title}</span>}>
        {interpolateNodes(t(key), {
          route,
          reason: t('legacy.reason'),
          tickets: ticketNodes,
          date: hasSunset ? formatDate(sunsetAt, intlLocale, 'UTC') : '',
        })}
      </NoticeText>
    </Notice>
  );
});
