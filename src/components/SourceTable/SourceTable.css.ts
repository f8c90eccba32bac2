import { globalStyle, style, styleVariants } from '@vanilla-extract/css';
import { BUTTON_HEIGHTS } from '../../private/Button/Button.css';
import { HEADER_HEIGHT, ROW_HEIGHTS } from '../../private/Table/density';
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
 * sources), and the controls line up the same in every language. 15rem holds the longest option
 * ("Toutes les plateformes") with the WCAG 1.4.12 text spacing, and still fits a 320 px screen.
 */
export const filterControl = style({ width: '15rem' });

/** Metric chip, count and "Clear filters": centred on the controls' line. */
export const filterActions = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space.md,
  minHeight: BUTTON_HEIGHTS.medium,
});

/**
 * Fixed layout (the columns' widths hold whatever the rows in view are) and a minimum width per
 * table: at it, every header and every cell of the seed fits in two lines of its 48 px row in
 * English and French, with the WCAG 1.4.12 text spacing ("Plateforme" and its sort arrow,
 * "Dernière synchronisation", "Disconnected — token expired"). Narrower screens scroll the table
 * inside its frame.
 */
export const tableLayout = styleVariants({
  connections: { tableLayout: 'fixed', minWidth: 960 },
  syncStatus: { tableLayout: 'fixed', minWidth: 880 },
});

/** A header's sort button starts where the column's text starts. */
export const sortButton = style({ marginInline: `calc(-1 * ${vars.space.sm})` });

export const spacer = style({ padding: 0, border: 0 });

/** The grid (`role="grid"`): its cells take focus. */
export const grid = style({});

// Whatever scrolls a body cell into view in the frame (Tab, Shift+Tab, `scrollIntoView`) leaves it
// below the sticky header row, never under it (WCAG 2.4.12). A margin on the body cells rather than
// a padding on the frame: the frame's padding would also apply to the header's own cells, which a
// sticky header keeps at the top, and focusing one would scroll the table half a view up.
globalStyle(`${grid} > tbody > tr > *`, { scrollMarginTop: HEADER_HEIGHT });
// A cell's button ("View details", centred in its 48 px row): its margins reach the row's edges,
// and its focus ring's width sideways.
const buttonInset = (ROW_HEIGHTS.regular - BUTTON_HEIGHTS.small) / 2;
globalStyle(`${grid} > tbody > tr > * > button`, {
  scrollMarginTop: HEADER_HEIGHT + buttonInset,
  scrollMarginBottom: buttonInset,
  scrollMarginInline: `calc(${vars.focus.width} + ${vars.focus.offset})`,
});

// A cell that takes focus itself draws the system's focus ring inside its edges: the frame clips
// anything drawn outside the table.
globalStyle(`${grid} :is(th, td)[tabindex]:focus-visible`, {
  outline: `${vars.focus.width} solid ${vars.color.focusRing}`,
  outlineOffset: `calc(-1 * ${vars.focus.width})`,
});
globalStyle(`${grid} :is(th, td)[tabindex]:focus:not(:focus-visible)`, { outline: 'none' });
