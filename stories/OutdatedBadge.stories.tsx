import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { type FixtureName, fixtures } from '../fixtures';
import { OutdatedBadge } from '../src/components/OutdatedBadge';
import { analyse } from '../src/domain';
import { copyOf } from './support/copy';
import { seedNow } from './support/fixtures';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';

const meta = {
  title: 'Components/OutdatedBadge',
  component: OutdatedBadge,
  args: { show: true },
  parameters: {
    docs: {
      description: {
        component:
          '"Data may be outdated": a caution badge beside the heading of a panel whose sources include a STALE one. The rule decides (`analyse(sources, now).possiblyOutdated`); with `show={false}` nothing renders.',
      },
    },
  },
} satisfies Meta<typeof OutdatedBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'Shown (a source is stale)',
  play: async ({ canvasElement, globals }) => {
    const badge = within(canvasElement).getByText(copyOf(globals).t('common.dataMayBeOutdated')).closest('[data-tone]');
    await expect(badge).toHaveAttribute('data-tone', 'caution');
    await expect(badge).toHaveAttribute('data-state', 'outdated');
    await expect(badge?.querySelector('svg[data-icon="caution"]')).not.toBeNull();
  },
};

export const Hidden: Story = {
  name: 'Hidden (no source is stale)',
  args: { show: false },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-state="outdated"]')).toBeNull();
  },
};

/** What the rule says for each named fixture at the seed's instant. */
const FIXTURE_NAMES = Object.keys(fixtures) as FixtureName[];
const outdated = (name: FixtureName) => analyse(fixtures[name].sources, seedNow).possiblyOutdated;

export const AllStates: Story = {
  name: 'States at a glance',
  render: (args) => (
    <StatesAtAGlance
      minWidth={280}
      states={FIXTURE_NAMES.map((name) => ({
        name: `fixture: ${name} → show={${outdated(name)}}`,
        node: <OutdatedBadge {...args} show={outdated(name)} />,
      }))}
    />
  ),
  play: async ({ canvasElement }) => {
    const names = FIXTURE_NAMES.map((name) => `fixture: ${name} → show={${outdated(name)}}`);
    await expectStates(canvasElement, names);
    // The rule shows it for some fixtures and not for others: both states are here.
    await expect(FIXTURE_NAMES.filter(outdated).length).toBeGreaterThan(0);
    await expect(FIXTURE_NAMES.filter((name) => !outdated(name)).length).toBeGreaterThan(0);
    for (const name of FIXTURE_NAMES) {
      const badge = stateNamed(canvasElement, `fixture: ${name} → show={${outdated(name)}}`).querySelector(
        '[data-state="outdated"]',
      );
      if (outdated(name)) await expect(badge).toBeVisible();
      else await expect(badge).toBeNull();
    }
  },
};
