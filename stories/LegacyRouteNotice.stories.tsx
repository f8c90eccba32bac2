import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { LegacyRouteNotice } from '../src/components/LegacyRouteNotice';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';

const meta = {
  title: 'Components/LegacyRouteNotice',
  component: LegacyRouteNotice,
  parameters: {
    docs: {
      description: {
        component:
          'Tells people that this page moves to `/settings/integrations`, why, and under which tickets (UI-002 / SETTINGS_SOURCES_001), in the current locale. The host supplies the link (an `href`, or `renderLink` for its router). With `sunsetAt` it says until when the old route works, and after that date, that the page has moved.',
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

export const AfterSunset: Story = {
  name: 'After the sunset date',
  args: { sunsetAt: SUNSET },
  parameters: { clock: '2026-07-01T09:00:00Z' },
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('note');
    await expect(note).toHaveAttribute('data-state', 'after');
    await expect(note).toHaveTextContent('This page has moved to /settings/integrations');
    await expect(note).not.toHaveTextContent('stays accessible');
  },
};

export const AfterSunsetFrench: Story = {
  name: 'After the sunset date (French)',
  args: { sunsetAt: SUNSET },
  globals: { locale: 'fr' },
  parameters: { clock: '2026-07-01T09:00:00Z' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent(
      'Cette page a été déplacée vers /settings/integrations',
    );
  },
};

/** Stands in for a host router's navigate(). */
const navigate = fn();

/** The host's router renders the link; the notice only hands it href, class and text. */
export const HostRouterLink: Story = {
  name: 'Link rendered by the host router',
  args: {
    renderLink: ({ href, className, children }) => (
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
    ),
  },
  play: async ({ canvasElement }) => {
    navigate.mockClear();
    const link = within(canvasElement).getByRole('link', { name: '/settings/integrations' });
    await expect(link).toHaveAttribute('data-router-link');
    await userEvent.click(link);
    await expect(navigate).toHaveBeenCalledWith('/settings/integrations');
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
  play: async ({ canvasElement }) => {
    await expectStates(canvasElement, GLANCE_NAMES);
    const states = GLANCE_NAMES.map((name) =>
      within(stateNamed(canvasElement, name)).getByRole('note').getAttribute('data-state'),
    );
    await expect(states).toEqual(['before', 'before', 'after']);
  },
};
