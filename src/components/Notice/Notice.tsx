import type { ReactNode } from 'react';
import type { Tone } from '../../theme/tokens';
import { ToneIcon } from '../Badge/icons';
import * as styles from './Notice.css';

export interface NoticeProps {
  /** Colour and shape of the notice. */
  tone: Tone;
  /** Names the note for assistive technology. */
  label: string;
  /** The bold lead-in ("Legacy route.", "Mock data."). */
  title: string;
  /** The rest of the sentence; may hold links. */
  children?: ReactNode;
  /** Exposed as `data-state` for styling and tests. */
  state?: string;
}

/** A page-level note: tone shape, a bold lead-in and a sentence (`role="note"`, never dismissible). */
export function Notice({ tone, label, title, children, state }: NoticeProps) {
  return (
    <div role="note" aria-label={label} className={`${styles.root} ${styles.tone[tone]}`} data-state={state}>
      <ToneIcon tone={tone} className={styles.icon[tone]} />
      <p className={styles.text}>
        <span className={styles.title}>{title}</span> {children}
      </p>
    </div>
  );
}
