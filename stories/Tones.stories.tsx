import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Badge } from '../src/components/Badge';
import { toneSurface } from '../src/private/tone.css';
import { TONES, type Tone } from '../src/theme';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';

const meta = {
  title: 'Foundations/Tones',
  component: Badge,
  args: { tone: 'positive', children: 'Connected' },
  argTypes: { tone: { control: 'inline-radio', options: TONES } },
  parameters: {
    docs: {
      description: {
        component:
          'One tone vocabulary for the whole library: `positive`, `caution`, `critical`, `info`, `neutral`. Each tone has its own shape as well as its colours, so no status is told by colour alone. Components take domain values; only this low-level `Badge` takes a tone.',
      },
    },
  },
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const badge = within(canvasElement).getByText('Connected').closest('[data-tone]');
    await expect(badge).toHaveAttribute('data-tone', 'positive');
  },
};

/** Every tone with its text, surface and border colours, as `toneSurface` (src/private/tone.css.ts) defines them. */
export const AllTones: Story = {
  render: () => (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
      {TONES.map((tone) => (
        <li key={tone} style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
          <Badge tone={tone}>{tone}</Badge>
          <span className={toneSurface[tone]} style={{ padding: '8px 12px', borderRadius: 6, border: '1px solid' }}>
            Text on the {tone} surface
          </span>
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement }) => {
    for (const tone of TONES) {
      await expect(canvasElement.querySelector(`[data-tone="${tone}"] svg[data-icon="${tone}"]`)).not.toBeNull();
    }
  },
};

/** The Badge in every tone, with and without its shape, and with a tone outside the vocabulary. */
const BADGE_STATES: Array<{ name: string; tone: string; icon: boolean; shown: Tone }> = [
  ...TONES.map((tone) => ({ name: `tone="${tone}"`, tone, icon: true, shown: tone })),
  ...TONES.map((tone) => ({ name: `tone="${tone}" icon={false}`, tone, icon: false, shown: tone })),
  // Untyped host code: an unknown tone falls back to neutral.
  { name: 'tone="urgent" (bad input)', tone: 'urgent', icon: true, shown: 'neutral' },
];

export const AllStates: Story = {
  name: 'States at a glance',
  render: () => (
    <StatesAtAGlance
      minWidth={200}
      states={BADGE_STATES.map(({ name, tone, icon }) => ({
        name,
        node: (
          <Badge tone={tone as Tone} icon={icon}>
            {tone}
          </Badge>
        ),
      }))}
    />
  ),
  play: async ({ canvasElement }) => {
    await expectStates(
      canvasElement,
      BADGE_STATES.map((state) => state.name),
    );
    for (const { name, icon, shown } of BADGE_STATES) {
      const badge = stateNamed(canvasElement, name).querySelector('[data-tone]');
      await expect(badge, name).toHaveAttribute('data-tone', shown);
      await expect(badge?.querySelector(`svg[data-icon="${shown}"]`) !== null, `${name}: shape`).toBe(icon);
    }
  },
};
