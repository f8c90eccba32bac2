import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

/** The section around the notice: no box of its own, so the page's gap spaces it. */
export const root = style({ minWidth: 0 });

export const id = style({ fontFamily: vars.font.familyMono, fontSize: vars.font.size.sm });

/** The technical details: closed by default, its summary a 24 px target. */
export const details = style({ display: 'grid', gap: vars.space.xs });

globalStyle(`${details} > summary`, { minHeight: 24, cursor: 'pointer' });
