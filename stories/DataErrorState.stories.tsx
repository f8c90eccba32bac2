import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { invalidFixtureInput } from '../fixtures';
import { DataErrorState } from '../src/components/DataErrorState';
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
          'The error state of a panel whose data failed validation: a critical notice naming each wrong field (`parseDataSet(input).issues`), never a blank panel or a crash. Every data component shows it for `state="error"`.',
      },
    },
  },
} satisfies Meta<typeof DataErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The `invalid` fixture's three problems, each with its field. */
export const Default: Story = {
  name: 'Invalid fixture (three problems)',
  play: async ({ canvasElement }) => {
    await expect(issues).toHaveLength(3);
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveAttribute('data-state', 'error');
    await expect(alert.querySelector('svg[data-icon="critical"]')).not.toBeNull();
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
    await expect(within(stateNamed(canvasElement, 'title (from the host)')).getByRole('alert')).toHaveTextContent(
      t('sourceTable.error'),
    );
    await expect(within(canvasElement).getAllByRole('alert')).toHaveLength(4);
  },
};
