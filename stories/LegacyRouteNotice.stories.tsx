import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { LegacyRouteNotice, type LegacyRouteNoticeProps } from '../src/components/LegacyRouteNotice';
import * as buttonStyles from '../src/private/Button/Button.css';
import { copyOf } from './support/copy';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';

const meta = {
  title: 'Components/LegacyRouteNotice',
  component: LegacyRouteNotice,
  parameters: {
    docs: {
      description: {
        component:
          'Tells people that this page moves to `/settings/integrations`, why, and under which tickets (UI-002 / SETTINGS_SOURCES_001), in the current locale. The host supplies the link (an `href`, or `renderLink` for its router). With `sunsetAt` it says until when the old route works; from that instant it takes the caution tone, says the legacy route no longer works and offers a primary link to the new page.',
      },
    },
  },
} satisfies Meta<typeof LegacyRouteNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

const SUNSET = '2026-06-30T00:00:00Z';

export const Default: Story = {
  name: 'Transition (English)',
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('note', { name: 'Legacy route notice' });
    await expect(note).toHaveTextContent(
      'Legacy route. This page becomes /settings/integrations (sources are configuration, not a main business tab). It stays accessible during the transition (UI-002 / SETTINGS_SOURCES_001).',
    );
    await expect(within(note).getByRole('link', { name: '/settings/integrations' })).toHaveAttribute(
      'href',
      '/settings/integrations',
    );
  },
};

export const Playground: Story = { args: { sunsetAt: SUNSET } };

/** The seed page's own French text, word for word. */
export const French: Story = {
  name: 'Transition (French, the seed text)',
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent(
      'Legacy route. Cette page devient /settings/integrations (les sources sont de la configuration, pas un onglet métier principal). Elle reste accessible le temps de la transition (UI-002 / SETTINGS_SOURCES_001).',
    );
    // The English lead-in is marked as English, the rest is the page's French.
    await expect(within(canvasElement).getByText('Legacy route.')).toHaveAttribute('lang', 'en');
    await expect(within(canvasElement).getByText(/Cette page devient/)).not.toHaveAttribute('lang');
  },
};

export const BeforeSunset: Story = {
  name: 'Before the sunset date',
  args: { sunsetAt: SUNSET },
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('note');
    await expect(note).toHaveAttribute('data-state', 'before');
    await expect(note).toHaveTextContent('until 30 June 2026');
  },
};

/** The button-styled link to the new page: a link (it navigates), with the primary button's classes. */
async function expectPrimaryLinkTo(note: HTMLElement, name: string, href: string) {
  const link = within(note).getByRole('link', { name });
  await expect(link).toHaveAttribute('href', href);
  for (const className of [buttonStyles.base, buttonStyles.variant.primary]) {
    await expect(link).toHaveClass(className);
  }
  return link;
}

/**
 * From the sunset on (the clock is a day after it), the notice escalates: the caution tone instead
 * of information, "no longer works", and a primary link to the new page.
 */
export const AfterSunset: Story = {
  name: 'After its sunset',
  args: { sunsetAt: SUNSET },
  parameters: { clock: '2026-07-01T09:00:00Z' },
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('note', { name: 'Legacy route notice' });
    await expect(note).toHaveAttribute('data-state', 'after');
    await expect(note).toHaveAttribute('data-tone', 'caution');
    await expect(note.querySelector('svg[data-icon="caution"]')).not.toBeNull();
    await expect(note).toHaveTextContent(
      'Legacy route. This legacy route no longer works: it stopped on 30 June 2026. This page is now /settings/integrations',
    );
    await expect(note).not.toHaveTextContent('stays accessible');
    await expectPrimaryLinkTo(note, 'Go to the new page', '/settings/integrations');
  },
};

export const AfterSunsetFrench: Story = {
  name: 'After its sunset (French)',
  args: { sunsetAt: SUNSET },
  globals: { locale: 'fr' },
  parameters: { clock: '2026-07-01T09:00:00Z' },
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('note', { name: 'Avis d’ancienne adresse' });
    await expect(note).toHaveAttribute('data-tone', 'caution');
    await expect(note).toHaveTextContent(
      'Cette ancienne adresse ne fonctionne plus depuis le 30 juin 2026. Cette page est désormais /settings/integrations',
    );
    await expectPrimaryLinkTo(note, 'Aller à la nouvelle page', '/settings/integrations');
  },
};

/** Exactly at the sunset instant the route has stopped: the domain rule is inclusive. */
export const AtSunset: Story = {
  name: 'Exactly at its sunset',
  args: { sunsetAt: SUNSET },
  parameters: { clock: SUNSET },
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('note');
    await expect(note).toHaveAttribute('data-state', 'after');
    await expect(note).toHaveAttribute('data-tone', 'caution');
  },
};

/** Stands in for a host router's navigate(). */
const navigate = fn();

/** A host router's link component: it renders the anchor and navigates without a page load. */
const routerLink: NonNullable<LegacyRouteNoticeProps['renderLink']> = ({ href, className, children }) => (
  <a
    href={href}
    className={className}
    data-router-link=""
    onClick={(event) => {
      event.preventDefault();
      navigate(href);
    }}
  >
    {children}
  </a>
);

/** The host's router renders the link; the notice only hands it href, class and text. */
export const HostRouterLink: Story = {
  name: 'Link rendered by the host router',
  args: {
    renderLink: routerLink,
  },
  play: async ({ canvasElement }) => {
    navigate.mockClear();
    const link = within(canvasElement).getByRole('link', { name: '/settings/integrations' });
    await expect(link).toHaveAttribute('data-router-link');
    await userEvent.click(link);
    await expect(navigate).toHaveBeenCalledWith('/settings/integrations');
  },
};

/** After the sunset, the host's router renders the primary link to the new page as well. */
export const AfterSunsetHostRouter: Story = {
  name: 'After its sunset, link rendered by the host router',
  args: {
    sunsetAt: SUNSET,
    href: '/settings/integrations?from=legacy',
    renderLink: routerLink,
  },
  parameters: { clock: '2026-07-01T09:00:00Z' },
  play: async ({ canvasElement }) => {
    navigate.mockClear();
    const note = within(canvasElement).getByRole('note');
    const link = await expectPrimaryLinkTo(note, 'Go to the new page', '/settings/integrations?from=legacy');
    await expect(link).toHaveAttribute('data-router-link');
    await userEvent.click(link);
    await expect(navigate).toHaveBeenCalledWith('/settings/integrations?from=legacy');
  },
};

const PAST_SUNSET = '2026-04-01T00:00:00Z';
const GLANCE_NAMES = ['no sunsetAt', `sunsetAt="${SUNSET}" (before)`, `sunsetAt="${PAST_SUNSET}" (after)`];

/** Without a sunset date, before it and after it (the clock is the seed's instant), each under its props. */
export const AllStates: Story = {
  name: 'States at a glance',
  render: () => {
    const [none, before, after] = GLANCE_NAMES as [string, string, string];
    return (
      <StatesAtAGlance
        minWidth={480}
        states={[
          { name: none, node: <LegacyRouteNotice /> },
          { name: before, node: <LegacyRouteNotice sunsetAt={SUNSET} /> },
          { name: after, node: <LegacyRouteNotice sunsetAt={PAST_SUNSET} /> },
        ]}
      />
    );
  },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expectStates(canvasElement, GLANCE_NAMES);
    const states = GLANCE_NAMES.map((name) =>
      within(stateNamed(canvasElement, name)).getByRole('note').getAttribute('data-state'),
    );
    await expect(states).toEqual(['before', 'before', 'after']);
    const tones = GLANCE_NAMES.map((name) =>
      within(stateNamed(canvasElement, name)).getByRole('note').getAttribute('data-tone'),
    );
    await expect(tones).toEqual(['info', 'info', 'caution']);
    const [, before, after] = GLANCE_NAMES as [string, string, string];
    const goTo = t('legacy.goToNewPage');
    await expect(within(stateNamed(canvasElement, before)).queryByRole('link', { name: goTo })).toBeNull();
    await expect(within(stateNamed(canvasElement, after)).getByRole('link', { name: goTo })).toBeVisible();
  },
};
