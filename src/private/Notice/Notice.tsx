import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import type { Tone } from '../../theme/tokens';
import { cx } from '../cx';
import { ToneIcon } from '../ToneIcon';
import { toneSurface } from '../tone.css';
import * as styles from './Notice.css';

export interface NoticeProps extends ComponentPropsWithoutRef<'div'> {
  /** Colour and shape. */
  tone: Tone;
  /** What stands before the text instead of the tone's shape (a severity badge, say). @default the tone's icon */
  lead?: ReactNode;
  /** The text: one or more `NoticeText` paragraphs; may hold links. */
  children?: ReactNode;
  /** Actions under the text (Buttons, a link). */
  actions?: ReactNode;
}

/**
 * The one notice/banner of the system (internal): the tone's surface and shape, the words, and
 * optional actions. Never dismissible. The role is the caller's: `note` for page notes, none for
 * what a panel renders with, and a live role only for news (`alert`, or `status` for information,
 * for what appears after the page has loaded: see `./news.ts`).
 */
export const Notice = forwardRef<HTMLDivElement, NoticeProps>(function Notice(
  { tone, lead, children, actions, className, ...rest },
  ref,
) {
  return (
    <div ref={ref} className={cx(styles.root, toneSurface[tone], className)} data-tone={tone} {...rest}>
      <span className={styles.lead}>{lead ?? <ToneIcon tone={tone} />}</span>
      <div className={styles.body}>
        {children}
        {actions ? <div className={styles.actions}>{actions}</div> : null}
      </div>
    </div>
  );
});

export interface NoticeTextProps extends Omit<ComponentPropsWithoutRef<'p'>, 'title'> {
  /** A bold lead-in run into the sentence ("Mock data.", "Legacy route."). */
  title?: ReactNode;
}

/** A paragraph of a notice, with an optional bold lead-in. */
export function NoticeText({ title, children, className, ...rest }: NoticeTextProps) {
  return (
    <p className={cx(styles.text, className)} {...rest}>
      {title ? <span className={styles.title}>{title}</span> : null}
      {title && children ? ' ' : null}
      {children}
    </p>
  );
}
