import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

/** An item "Show more" can focus: the system's focus ring (`focusRing`), inside a row's box. */
export const item = style({});

// A row's ring is drawn inside it: the table's scrolling frame would clip one drawn outside.
globalStyle(`tr${item}:focus-visible`, { outlineOffset: `calc(-1 * ${vars.focus.width})` });
