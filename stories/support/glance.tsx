import type { ReactNode } from 'react';
import { expect } from 'storybook/test';
import { vars } from '../../src/theme/contract.css';

/** One state of a "States at a glance" story: its name (a fixture, prop or state value) and what it renders. */
export interface GlanceState {
  name: string;
  node: ReactNode;
}

/**
 * The states of a component side by side, each under its name: a fixture or prop value written as
 * code (`fixture: seed`, `state="loading"`), so the label is the same in every language and reads
 * as the name of the state, not as product copy. `minWidth` is the narrowest a column may get.
 */
export function StatesAtAGlance({ states, minWidth = 260 }: { states: GlanceState[]; minWidth?: number }) {
  return (
    <div
      data-glance=""
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${minWidth}px), 1fr))`,
        gap: vars.space.lg,
        alignItems: 'start',
      }}
    >
      {states.map(({ name, node }) => (
        <figure
          key={name}
          data-state-name={name}
          style={{ margin: 0, display: 'grid', gap: vars.space.xs, minWidth: 0 }}
        >
          <figcaption style={{ color: vars.color.textMuted, fontSize: vars.font.size.xs }}>
            <code style={{ fontFamily: vars.font.familyMono }}>{name}</code>
          </figcaption>
          <div style={{ minWidth: 0 }}>{node}</div>
        </figure>
      ))}
    </div>
  );
}

/** The rendered content of the state named `name` (fails when the story lost it). */
export function stateNamed(canvasElement: HTMLElement, name: string): HTMLElement {
  const figure = [...canvasElement.querySelectorAll<HTMLElement>('figure[data-state-name]')].find(
    (f) => f.dataset.stateName === name,
  );
  const content = figure?.querySelector<HTMLElement>(':scope > div');
  if (!content) throw new Error(`no state named "${name}" at a glance`);
  return content;
}

/** Every state is shown once, in order, under its visible name. */
export async function expectStates(canvasElement: HTMLElement, names: string[]) {
  const figures = [...canvasElement.querySelectorAll<HTMLElement>('figure[data-state-name]')];
  await expect(figures.map((f) => f.dataset.stateName)).toEqual(names);
  for (const figure of figures) {
    const caption = figure.querySelector('figcaption');
    await expect(caption).toBeVisible();
    await expect(caption).toHaveTextContent(figure.dataset.stateName ?? '');
  }
}
