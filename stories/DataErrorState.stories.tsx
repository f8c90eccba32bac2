import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { fixtures, invalidFixtureInput } from '../fixtures';
import { DataErrorState } from '../src/components/DataErrorState';
import { FreshnessTable } from '../src/components/FreshnessCell';
import { SourceTable } from '../src/components/SourceTable';
import { type DataIssue, parseDataSet } from '../src/domain';
import { copyOf } from './support/copy';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';

const parsed = parseDataSet(invalidFixtureInput);
/** What is wrong with the `invalid` fixture: an empty label, an unknown platform, an unparsable date. */
const issues: DataIssue[] = parsed.ok ? [] : parsed.issues;

const meta = {
  title: 'Components/DataErrorState',
  component: DataErrorState,
  args: { issues },
  parameters: {
    docs: {
      description: {
        component:
          'The error state of a panel whose data failed validation: a critical notice naming each wrong field (`parseDataSet(input).issues`), never a blank panel or a crash. Every data component shows it for `state="error"`. Only news is announced: no live role by default (a panel that renders with its error shows it as content); `announce` makes it `role="alert"`, which the data components and the page pass when the error replaces what they first rendered.',
      },
    },
  },
} satisfies Meta<typeof DataErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The `invalid` fixture's three problems, each with its field: content, not announced. */
export const Default: Story = {
  name: 'Invalid fixture (three problems)',
  play: async ({ canvasElement }) => {
    await expect(issues).toHaveLength(3);
    const error = canvasElement.querySelector('div[data-state="error"]') as HTMLElement;
    await expect(error).not.toHaveAttribute('role');
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
    await expect(error.querySelector('svg[data-icon="critical"]')).not.toBeNull();
    for (const issue of issues) await expect(error).toHaveTextContent(issue.path);
  },
};

/** Shown after load, in place of what the person saw: `announce` makes it one alert. */
export const Announced: Story = {
  name: 'Announced: appears after load',
  args: { announce: true },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(within(canvasElement).getAllByRole('alert')).toHaveLength(1);
    await expect(alert).toHaveAttribute('data-state', 'error');
    for (const issue of issues) await expect(alert).toHaveTextContent(issue.path);
  },
};

export const AllStates: Story = {
  name: 'States at a glance',
  render: (args, { globals }) => {
    const { t } = copyOf(globals);
    return (
      <StatesAtAGlance
        minWidth={320}
        states={[
          { name: 'fixture: invalid', node: <DataErrorState {...args} /> },
          { name: 'issues: 1', node: <DataErrorState {...args} issues={issues.slice(0, 1)} /> },
          { name: 'maxIssues={1}', node: <DataErrorState {...args} maxIssues={1} /> },
          { name: 'title (from the host)', node: <DataErrorState {...args} title={t('sourceTable.error')} /> },
        ]}
      />
    );
  },
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    await expectStates(canvasElement, ['fixture: invalid', 'issues: 1', 'maxIssues={1}', 'title (from the host)']);
    const items = (name: string) => within(stateNamed(canvasElement, name)).getAllByRole('listitem');
    await expect(items('fixture: invalid')).toHaveLength(3);
    await expect(items('issues: 1')).toHaveLength(1);
    // One issue shown, the other two summarised in one more line.
    await expect(items('maxIssues={1}')).toHaveLength(2);
    await expect(items('maxIssues={1}')[0]).toHaveTextContent(issues[0]?.path ?? '');
    await expect(
      stateNamed(canvasElement, 'title (from the host)').querySelector('div[data-state="error"]'),
    ).toHaveTextContent(t('sourceTable.error'));
    // Rendered with: none is announced.
    await expect(within(canvasElement).queryAllByRole('alert')).toHaveLength(0);
  },
};

/**
 * Two panels of each kind: one shows its data and then fails to reload (its error replaces what
 * the person saw: news), one renders with its error (content).
 */
function PanelsThatFail() {
  const [failed, setFailed] = useState(false);
  const later = failed ? ({ state: 'error', issues } as const) : ({ data: fixtures.seed } as const);
  return (
    <div style={{ display: 'grid', gap: 24 }}>
      <button type="button" style={{ justifySelf: 'start' }} onClick={() => setFailed(true)}>
        Host: the reload fails
      </button>
      <div data-testid="fails-later" style={{ display: 'grid', gap: 24 }}>
        <FreshnessTable {...later} headingLevel={3} />
        <SourceTable {...later} headingLevel={3} maxHeight={240} />
      </div>
      <div data-testid="fails-first" style={{ display: 'grid', gap: 24 }}>
        <FreshnessTable state="error" issues={issues} headingLevel={3} />
        <SourceTable state="error" issues={issues} headingLevel={3} />
      </div>
    </div>
  );
}

/** In a data component and in the source table: `role="alert"` only when the error replaces what was shown. */
export const InPanels: Story = {
  name: 'In a panel: announced only when it replaces what was shown',
  render: () => <PanelsThatFail />,
  play: async ({ canvasElement, globals }) => {
    const { t } = copyOf(globals);
    const later = within(canvasElement).getByTestId('fails-later');
    const first = within(canvasElement).getByTestId('fails-first');
    // On load: the panels that render with their error show it as content.
    await expect(first.querySelectorAll('div[data-state="error"]')).toHaveLength(2);
    await expect(within(canvasElement).queryAllByRole('alert')).toHaveLength(0);
    await expect(canvasElement.querySelector('[aria-live="assertive"]')).toBeNull();

    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Host: the reload fails' }));
    await waitFor(() => expect(within(later).getAllByRole('alert')).toHaveLength(2));
    const [freshness, sources] = within(later).getAllByRole('alert') as [HTMLElement, HTMLElement];
    await expect(freshness).toHaveTextContent(t('common.invalidData'));
    await expect(sources).toHaveTextContent(t('sourceTable.error'));
    for (const issue of issues) await expect(sources).toHaveTextContent(issue.path);
    // The panels that rendered with their error are still not announced.
    await expect(within(first).queryAllByRole('alert')).toHaveLength(0);
  },
};
