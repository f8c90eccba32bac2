import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import {
  CONNECTION_TONE,
  FRESHNESS_TONE,
  SEVERITY_TONE,
  StatusBadge,
  type StatusBadgeProps,
  SYNC_STATUS_TONE,
} from '../src/components/StatusBadge';
import { CONNECTIONS, FRESHNESS_LEVELS, SEVERITIES, SYNC_STATUSES } from '../src/domain';
import type { Tone } from '../src/theme';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';

const meta: Meta<typeof StatusBadge> = {
  title: 'Components/StatusBadge',
  component: StatusBadge,
  argTypes: {
    syncStatus: { control: 'select', options: [undefined, ...SYNC_STATUSES] },
    connection: { control: 'select', options: [undefined, ...CONNECTIONS] },
    freshness: { control: 'select', options: [undefined, ...FRESHNESS_LEVELS] },
    severity: { control: 'select', options: [undefined, ...SEVERITIES] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A status as text + shape + colour (never colour alone). Pass exactly one domain value: `syncStatus`, `connection`, `freshness` or `severity`; the tone and the words follow. `freshness` takes a level (`freshnessLevel(freshness)`): a stale source past its error window reads OVERDUE, in the critical tone.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<typeof StatusBadge>;

/** A story for one value: renders it and checks the words, the tone and the shape a person sees. */
function valueStory(args: StatusBadgeProps, text: string, tone: Tone): Story {
  return {
    args,
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const badge = canvas.getByText(text).closest('[data-tone]') as HTMLElement;
      await expect(badge).toBeVisible();
      await expect(badge).toHaveAttribute('data-tone', tone);
      await expect(badge.querySelector(`svg[data-icon="${tone}"][aria-hidden="true"]`)).not.toBeNull();
    },
  };
}

export const Default: Story = valueStory({ syncStatus: 'CONNECTED' }, 'Connected', 'positive');

export const Playground: Story = {
  args: { freshness: 'STALE' },
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('[data-vocabulary="freshness"]');
    await expect(badge).toHaveAttribute('data-status', 'STALE');
    await expect(badge).toHaveTextContent('STALE');
  },
};

// Sync status (derived from connection + enabled)
export const StatusConnected: Story = {
  ...valueStory({ syncStatus: 'CONNECTED' }, 'Connected', 'positive'),
  name: 'Status: Connected',
};
export const StatusConnectedDisabled: Story = {
  ...valueStory({ syncStatus: 'CONNECTED_DISABLED' }, 'Connected (disabled)', 'neutral'),
  name: 'Status: Connected (disabled)',
};
export const StatusPermissionMissing: Story = {
  ...valueStory({ syncStatus: 'PERMISSION_MISSING' }, 'Permission missing', 'critical'),
  name: 'Status: Permission missing',
};
export const StatusDisconnected: Story = {
  ...valueStory({ syncStatus: 'DISCONNECTED' }, 'Disconnected', 'critical'),
  name: 'Status: Disconnected',
};
export const StatusTokenExpired: Story = {
  ...valueStory({ syncStatus: 'EXPIRED' }, 'Disconnected — token expired', 'critical'),
  name: 'Status: Disconnected — token expired',
};

// Raw connection
export const ConnectionConnected: Story = {
  ...valueStory({ connection: 'CONNECTED' }, 'Connected', 'positive'),
  name: 'Connection: CONNECTED',
};
export const ConnectionExpired: Story = {
  ...valueStory({ connection: 'EXPIRED' }, 'Disconnected — token expired', 'critical'),
  name: 'Connection: EXPIRED',
};
export const ConnectionPermissionMissing: Story = {
  ...valueStory({ connection: 'PERMISSION_MISSING' }, 'Permission missing', 'critical'),
  name: 'Connection: PERMISSION_MISSING',
};
export const ConnectionDisconnected: Story = {
  ...valueStory({ connection: 'DISCONNECTED' }, 'Disconnected', 'critical'),
  name: 'Connection: DISCONNECTED',
};

// Freshness
export const FreshnessFresh: Story = {
  ...valueStory({ freshness: 'FRESH' }, 'FRESH', 'positive'),
  name: 'Freshness: FRESH',
};
export const FreshnessStale: Story = {
  ...valueStory({ freshness: 'STALE' }, 'STALE', 'caution'),
  name: 'Freshness: STALE',
};
/** A stale source past its error window: the level shown to people, critical. */
export const FreshnessOverdue: Story = {
  ...valueStory({ freshness: 'OVERDUE' }, 'OVERDUE', 'critical'),
  name: 'Freshness: OVERDUE',
};
export const FreshnessMissing: Story = {
  ...valueStory({ freshness: 'MISSING' }, 'MISSING', 'critical'),
  name: 'Freshness: MISSING',
};
export const FreshnessUnknown: Story = {
  ...valueStory({ freshness: 'UNKNOWN' }, 'UNKNOWN', 'neutral'),
  name: 'Freshness: UNKNOWN',
};

// Severity
export const SeverityCritical: Story = {
  ...valueStory({ severity: 'critical' }, 'CRITICAL', 'critical'),
  name: 'Severity: CRITICAL',
};
export const SeverityWarning: Story = {
  ...valueStory({ severity: 'warning' }, 'WARNING', 'caution'),
  name: 'Severity: WARNING',
};
export const SeverityInfo: Story = { ...valueStory({ severity: 'info' }, 'INFO', 'info'), name: 'Severity: INFO' };

/** Untyped host code passing a value the vocabulary does not have: an explicit badge, not a blank. */
export const UnknownValue: Story = {
  name: 'Unknown value (bad input)',
  // @ts-expect-error -- deliberately outside the vocabulary, as untyped host code could send
  args: { syncStatus: 'PAUSED' },
  play: async ({ canvasElement }) => {
    const badge = within(canvasElement).getByText('Unknown value: PAUSED').closest('[data-status]');
    await expect(badge).toHaveAttribute('data-status', 'invalid');
  },
};

function Matrix() {
  const rows: Array<[string, StatusBadgeProps[]]> = [
    ['syncStatus', SYNC_STATUSES.map((syncStatus) => ({ syncStatus }))],
    ['connection', CONNECTIONS.map((connection) => ({ connection }))],
    ['freshness', FRESHNESS_LEVELS.map((freshness) => ({ freshness }))],
    ['severity', SEVERITIES.map((severity) => ({ severity }))],
  ];
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: 12, margin: 0, alignItems: 'center' }}>
      {rows.map(([vocabulary, values]) => (
        <div key={vocabulary} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 600 }}>{vocabulary}</dt>
          <dd style={{ margin: 0, display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {values.map((props) => (
              <StatusBadge key={JSON.stringify(props)} {...props} />
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const matrixCount = SYNC_STATUSES.length + CONNECTIONS.length + FRESHNESS_LEVELS.length + SEVERITIES.length;

/** Every value of every vocabulary, each under its prop, with the tone its map gives it. */
const GLANCE: Array<{ name: string; props: StatusBadgeProps; tone: Tone }> = [
  ...SYNC_STATUSES.map((v) => ({ name: `syncStatus="${v}"`, props: { syncStatus: v }, tone: SYNC_STATUS_TONE[v] })),
  ...CONNECTIONS.map((v) => ({ name: `connection="${v}"`, props: { connection: v }, tone: CONNECTION_TONE[v] })),
  ...FRESHNESS_LEVELS.map((v) => ({ name: `freshness="${v}"`, props: { freshness: v }, tone: FRESHNESS_TONE[v] })),
  ...SEVERITIES.map((v) => ({ name: `severity="${v}"`, props: { severity: v }, tone: SEVERITY_TONE[v] })),
  // Untyped host code sending a value outside the vocabulary.
  {
    name: 'syncStatus="PAUSED" (bad input)',
    props: { syncStatus: 'PAUSED' } as unknown as StatusBadgeProps,
    tone: 'neutral',
  },
];

/** Every value of every vocabulary side by side, for review and screenshots. */
export const AllStates: Story = {
  name: 'States at a glance',
  render: () => (
    <StatesAtAGlance
      minWidth={230}
      states={GLANCE.map(({ name, props }) => ({ name, node: <StatusBadge {...props} /> }))}
    />
  ),
  play: async ({ canvasElement }) => {
    await expectStates(
      canvasElement,
      GLANCE.map((state) => state.name),
    );
    await expect(canvasElement.querySelectorAll('[data-tone]')).toHaveLength(matrixCount + 1);
    for (const { name, tone } of GLANCE) {
      const badge = stateNamed(canvasElement, name).querySelector('[data-tone]');
      await expect(badge, name).toHaveAttribute('data-tone', tone);
      // Never colour alone: every badge has words and a shape.
      await expect(badge?.textContent?.trim()).not.toBe('');
      await expect(badge?.querySelector(`svg[data-icon="${tone}"]`)).not.toBeNull();
    }
    await expect(stateNamed(canvasElement, 'syncStatus="PAUSED" (bad input)').firstElementChild).toHaveAttribute(
      'data-status',
      'invalid',
    );
  },
};

/** The same matrix in French. */
export const AllStatesFrench: Story = {
  name: 'All states (French)',
  globals: { locale: 'fr' },
  render: () => <Matrix />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The sync status and the connection EXPIRED share their words: one vocabulary.
    await expect(canvas.getAllByText('Déconnectée — jeton expiré')).toHaveLength(2);
    await expect(canvas.getByText('Connectée (désactivée)')).toBeVisible();
    await expect(canvas.getByText('OBSOLÈTE')).toBeVisible();
    await expect(canvas.getByText('EN RETARD').closest('[data-tone]')).toHaveAttribute('data-tone', 'critical');
    await expect(canvas.getByText('CRITIQUE')).toBeVisible();
    await expect(canvasElement.querySelectorAll('[data-tone]')).toHaveLength(matrixCount);
  },
};
