import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { fixtureInputs, invalidFixtureInput } from '../fixtures';
import { DataProblems } from '../src/components/DataProblems';
import { readDataSet, type SetAsideItem } from '../src/domain';
import { focusRing } from '../src/theme';
import { copyOf } from './support/copy';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';

/** The `invalid` fixture read item by item: one valid source, three set aside (empty label, unknown platform, unparsable date). */
const invalid = readDataSet(invalidFixtureInput);
const setAside: SetAsideItem[] = invalid.ok ? invalid.setAside : [];

/** The seed with one unknown field on its third source: accepted, reported. */
const withUnknownField = readDataSet({
  ...fixtureInputs.seed,
  sources: fixtureInputs.seed.sources.map((source, index) =>
    index === 2 ? { ...source, createdAt: '2026-01-01T00:00:00Z' } : source,
  ),
});
const warnings = withUnknownField.ok ? withUnknownField.warnings : [];

const meta = {
  title: 'Components/DataProblems',
  component: DataProblems,
  args: { setAside, warnings: [] },
  parameters: {
    docs: {
      description: {
        component:
          "One summary of what was wrong in the host's data (`readDataSet(input)`): each item set aside, once, named by its position, label and id with the reason in the page's language; the unknown fields that were ignored; the technical details (field, reason in English) behind a disclosure. Every valid source still shows in the other panels. Renders nothing when there is nothing to say.",
      },
    },
  },
} satisfies Meta<typeof DataProblems>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The `invalid` fixture: three sources set aside, each named once with its reason. */
export const Default: Story = {
  name: 'Three sources set aside',
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const region = within(canvasElement).getByRole('region', { name: t('page.problems.title') });
    await expect(setAside.map((item) => item.index)).toEqual([1, 2, 3]);
    await expect(region).toHaveTextContent(t('page.problems.setAside', { count: 3 }));
    const items = region.querySelectorAll('li[data-kind="source"]');
    await expect(items).toHaveLength(3);
    await expect(items[0]).toHaveTextContent(t('page.problems.source', { position: 2 }));
    await expect(items[0]).toHaveTextContent(t('dataIssue.label_empty'));
    const details = region.querySelector('details') as HTMLDetailsElement;
    await userEvent.click(within(region).getByText(t('page.problems.details')));
    await expect(details.open).toBe(true);
    await expect(details).toHaveTextContent('sources[2].platform');
    // Leave the picture without the focus ring of the click.
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

export const AllStates: Story = {
  name: 'States at a glance',
  render: (args) => (
    <StatesAtAGlance
      minWidth={320}
      states={[
        { name: 'fixture: invalid', node: <DataProblems {...args} /> },
        { name: 'unknown field only', node: <DataProblems {...args} setAside={[]} warnings={warnings} /> },
        { name: 'initialCount={1}', node: <DataProblems {...args} initialCount={1} /> },
        { name: 'nothing to say', node: <DataProblems {...args} setAside={[]} /> },
      ]}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expectStates(canvasElement, ['fixture: invalid', 'unknown field only', 'initialCount={1}', 'nothing to say']);
    await expect(stateNamed(canvasElement, 'unknown field only')).toHaveTextContent(
      t('page.problems.warnings', { count: 1 }),
    );
    await expect(stateNamed(canvasElement, 'initialCount={1}').querySelectorAll('li[data-kind]')).toHaveLength(1);
    await expect(within(stateNamed(canvasElement, 'initialCount={1}')).getByRole('button')).toHaveTextContent(
      t('common.showMore', { count: 1, remaining: 2 }),
    );
    await expect(stateNamed(canvasElement, 'nothing to say').querySelector('[data-panel]')).toBeNull();
  },
};

/**
 * "Show more" moves focus to the first item it shows (with the focus ring); the last press removes
 * the button and focus stays on an item, never on `<body>`. Nothing here is announced.
 */
export const ShowMoreFocus: Story = {
  name: 'Show more focuses the first item it shows',
  args: { initialCount: 1 },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const region = within(canvasElement).getByRole('region', { name: t('page.problems.title') });
    const items = () => [...region.querySelectorAll<HTMLElement>('li[data-kind]')];
    await expect(items()).toHaveLength(1);
    await userEvent.click(
      within(region).getByRole('button', { name: t('common.showMore', { count: 1, remaining: 2 }) }),
    );
    await waitFor(() => expect(items()[1]).toHaveFocus());
    await expect(items()[1]).toHaveAttribute('tabindex', '-1');
    await expect(items()[1]).toHaveClass(focusRing);
    await userEvent.click(
      within(region).getByRole('button', { name: t('common.showMore', { count: 1, remaining: 1 }) }),
    );
    await waitFor(() => expect(items()[2]).toHaveFocus());
    await expect(within(region).queryByRole('button')).toBeNull();
    await expect(document.activeElement).not.toBe(document.body);
    await expect(within(canvasElement).queryAllByRole('alert')).toHaveLength(0);
  },
};
