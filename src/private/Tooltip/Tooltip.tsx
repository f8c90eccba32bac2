import { type ReactNode, useEffect, useId, useState } from 'react';
import * as styles from './Tooltip.css';

export interface TooltipProps {
  /** What the tooltip explains; rich content (e.g. a `<dl>` of exact times) is fine. */
  content: ReactNode;
  /** The visible trigger content; it is wrapped in a focusable button that the tooltip describes. */
  children: ReactNode;
  /** Extra class on the trigger button. */
  triggerClassName?: string;
}

/**
 * A real tooltip, not a `title`: it opens on keyboard focus as well as hover, stays open while the
 * pointer is over it, closes on Escape (WCAG 1.4.13), and describes its trigger through
 * `aria-describedby` so screen readers read it even when it is closed.
 */
export function Tooltip({ content, children, triggerClassName }: TooltipProps) {
  const id = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = (hovered || focused) && !dismissed;

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointer hover only keeps the tooltip open while hovered (WCAG 1.4.13); the button is the interactive element
    <span
      className={styles.wrapper}
      onMouseEnter={() => {
        setDismissed(false);
        setHovered(true);
      }}
      onMouseLeave={() => setHovered(false)}
      data-state={open ? 'open' : 'closed'}
    >
      <button
        type="button"
        className={[styles.trigger, triggerClassName].filter(Boolean).join(' ')}
        aria-describedby={id}
        onFocus={() => {
          setDismissed(false);
          setFocused(true);
        }}
        onBlur={() => setFocused(false)}
      >
        {children}
      </button>
      <span role="tooltip" id={id} className={styles.bubble} hidden={!open}>
        {content}
      </span>
    </span>
  );
}
