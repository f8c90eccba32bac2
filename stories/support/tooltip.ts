import { expect, userEvent, waitFor } from 'storybook/test';

/** Tabs to the first tooltip trigger inside `container` (the last one with `last`); returns it and its open tooltip. */
export async function focusTooltipIn(container: HTMLElement, { last = false } = {}) {
  const triggers = [...container.querySelectorAll<HTMLElement>('button[aria-describedby]')].filter(
    (button) =>
      container.ownerDocument.getElementById(button.getAttribute('aria-describedby') ?? '')?.role === 'tooltip',
  );
  const trigger = last ? triggers.at(-1) : triggers[0];
  if (!trigger) throw new Error('no tooltip trigger here');
  for (let tabs = 0; container.ownerDocument.activeElement !== trigger; tabs++) {
    if (tabs > 200) throw new Error('Tab never reached the tooltip trigger');
    await userEvent.tab();
  }
  const tooltip = container.ownerDocument.getElementById(trigger.getAttribute('aria-describedby') ?? '');
  if (!tooltip) throw new Error('the freshness trigger describes no tooltip');
  await waitFor(() => expect(tooltip).toBeVisible());
  return { trigger, tooltip };
}

/** The tooltip's whole box is on screen and drawn on top (nothing clips or covers it). */
export async function expectFullyShown(tooltip: HTMLElement) {
  await expect(tooltip.matches(':popover-open')).toBe(true);
  const box = tooltip.getBoundingClientRect();
  const { clientWidth, clientHeight } = tooltip.ownerDocument.documentElement;
  const outside = [
    box.left < 0 ? `left ${box.left}` : null,
    box.right > clientWidth ? `right ${box.right} > ${clientWidth}` : null,
    box.top < 0 ? `top ${box.top}` : null,
    box.bottom > clientHeight ? `bottom ${box.bottom} > ${clientHeight}` : null,
  ].filter(Boolean);
  await expect(outside).toEqual([]);
  for (const [x, y] of [
    [box.left + 4, box.top + box.height / 2],
    [box.right - 4, box.top + box.height / 2],
    [box.left + box.width / 2, box.bottom - 4],
  ] as const) {
    await expect(tooltip.contains(tooltip.ownerDocument.elementFromPoint(x, y))).toBe(true);
  }
}
