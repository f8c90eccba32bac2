import { style, styleVariants } from '@vanilla-extract/css';
import { BUTTON_HEIGHTS } from '../../private/Button/Button.css';
import { vars } from '../../theme/contract.css';

/** The filter bar: labelled controls side by side, wrapping on narrow screens. */
export const filters = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-end',
  gap: vars.space.md,
  minWidth: 0,
  margin: 0,
  padding: 0,
  border: 0,
});

export const field = style({ display: 'grid', gap: vars.space.xxs, minWidth: 0, fontSize: vars.font.size.sm });

/**
 * The search field and the filter selects share one width, instead of each select taking the
 * width of its longest option: a profile select of 200 profiles would otherwise have every
 * option's text measured before the table's first paint (about 12 ms of layout at 10,000
 * sources), and the controls line up the same in every language.
 */
export const filterControl = style({ width: '14rem' });

/** Metric chip, count and "Clear filters": centred on the controls' line. */
export const filterActions = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space.md,
  minHeight: BUTTON_HEIGHTS.medium,
});

/** Fixed layout (the columns' widths hold whatever the rows in view are) and a minimum width per table. */
export const tableLayout = styleVariants({
  connections: { tableLayout: 'fixed', minWidth: 920 },
  syncStatus: { tableLayout: 'fixed', minWidth: 840 },
});

/** A header's sort button starts where the column's text starts. */
export const sortButton = style({ marginInline: `calc(-1 * ${vars.space.sm})` });

export const spacer = style({ padding: 0, border: 0 });
