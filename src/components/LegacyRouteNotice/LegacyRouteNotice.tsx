import { forwardRef, type ReactNode } from 'react';
import { useNow } from '../../context/NowProvider';
import { legacyRouteStateOf } from '../../domain/legacyRoute';
import { formatDate, interpolateNodes, isValidInstant, markEnglish, useI18n } from '../../i18n';
import * as buttonStyles from '../../private/Button/Button.css';
import { cx } from '../../private/cx';
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
    /**
     * Renders a link with the host's router (e.g. `(p) => <RouterLink to={p.href} className={p.className}>{p.children}</RouterLink>`);
     * a plain `<a>` otherwise. Used for the link in the sentence and, after the sunset, for the
     * button-styled link to the new page.
     */
    renderLink?: (props: LegacyLinkRenderProps) => ReactNode;
    /**
     * When the legacy route stops working (ISO-8601). Before it the notice says until when; from it,
     * in the caution tone, that the route no longer works, with a primary link to the new page.
     */
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
 * current locale, with a link the host supplies. Before the sunset it is information; from the
 * sunset (`legacyRouteStateOf`) it takes the caution tone, says the legacy route no longer works and
 * offers a primary link to the new page. Exposes `data-state` (`before`, `after`) and `data-tone`.
 * A note (`role="note"`) named "Legacy route notice", not a region, and never announced: it is
 * what the page renders with. The seed's lead "Legacy route." is English in every locale and is
 * marked `lang="en"` on a page in another language.
 */
export const LegacyRouteNotice = forwardRef<HTMLDivElement, LegacyRouteNoticeProps>(function LegacyRouteNotice(
  { href = '/settings/integrations', renderLink, sunsetAt, now: explicitNow, tickets = DEFAULT_TICKETS, ...rest },
  ref,
) {
  const { t, intlLocale, locale } = useI18n();
  const now = useNow(explicitNow);
  const hasSunset = sunsetAt !== undefined && isValidInstant(sunsetAt);
  const sunset = legacyRouteStateOf(sunsetAt, now) === 'sunset';
  const key = sunset ? 'legacy.after' : hasSunset ? 'legacy.beforeUntil' : 'legacy.before';
  const link = (props: LegacyLinkRenderProps) => (renderLink ? renderLink(props) : <a {...props} />);
  const ticketNodes = tickets.map((ticket, index) => (
    <span key={ticket}>
      {index > 0 ? ' / ' : null}
      <span className={styles.ticket}>{ticket}</span>
    </span>
  ));
  return (
    <Notice
      ref={ref}
      tone={sunset ? 'caution' : 'info'}
      role="note"
      aria-label={t('legacy.label')}
      data-state={sunset ? 'after' : 'before'}
      actions={
        sunset
          ? link({
              href,
              className: cx(
                buttonStyles.base,
                buttonStyles.variant.primary,
                buttonStyles.size.medium,
                styles.buttonLink,
              ),
              children: t('legacy.goToNewPage'),
            })
          : undefined
      }
      {...rest}
    >
      {/* The seed's lead "Legacy route." is English in every locale: marked so on a page in another language. */}
      <NoticeText title={markEnglish(t('legacy.title'), locale)}>
        {interpolateNodes(t(key), {
          route: link({ href, className: styles.link, children: href }),
          reason: t('legacy.reason'),
          tickets: ticketNodes,
          date: hasSunset ? formatDate(sunsetAt, intlLocale, 'UTC') : '',
        })}
      </NoticeText>
    </Notice>
  );
});
