import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

export const dialog = style({
  width: 'min(560px, calc(100vw - 32px))',
  maxHeight: 'calc(100vh - 32px)',
  padding: 0,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.lg,
  background: vars.color.surface,
  color: vars.color.text,
  fontFamily: vars.font.family,
  selectors: { '&::backdrop': { background: 'rgba(14, 16, 20, 0.55)' } },
});

/** Not modal: a panel in the page's flow, as wide as its container. */
export const inline = style({ position: 'static', width: '100%', margin: 0 });

export const body = style({
  display: 'grid',
  gap: vars.space.lg,
  padding: vars.space.xl,
  '@media': { '(max-width: 480px)': { padding: vars.space.lg } },
});

export const head = style({
  display: 'flex',
  alignItems: 'flex-start',
  justifyContent: 'space-between',
  gap: vars.space.md,
});

/** Term and value side by side; stacked on a narrow screen. */
export const fields = style({
  display: 'grid',
  gridTemplateColumns: 'max-content minmax(0, 1fr)',
  gap: `${vars.space.sm} ${vars.space.lg}`,
  margin: 0,
  overflowWrap: 'anywhere',
  '@media': { '(max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: vars.space.xxs } },
});

globalStyle(`${fields} > dd`, { margin: 0, minWidth: 0 });

export const section = style({ display: 'grid', gap: vars.space.sm });

export const flags = style({ display: 'grid', gap: vars.space.xs, margin: 0, padding: 0, listStyle: 'none' });

export const actions = style({ display: 'flex', flexWrap: 'wrap', gap: vars.space.sm });

/** The "no job was started" note: boxed once there is something to say (colours: `toneSurface.info`). */
export const notice = style({
  selectors: {
    '&[data-state="previewed"]': {
      padding: vars.space.sm,
      border: '1px solid',
      borderRadius: vars.radius.sm,
    },
  },
});
