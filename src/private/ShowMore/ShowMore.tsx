import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n';
import { focusRing } from '../../theme/utilities.css';
import { Button } from '../Button/Button';
import { cx } from '../cx';
import * as styles from './ShowMore.css';

const ITEM = cx(focusRing, styles.item);

/** What each item of a list or table that grows with "Show more" receives (spread on the `<li>` or `<tr>`). */
export interface ShowMoreItemProps {
  /** Reachable by script, not by Tab: the focus target of "Show more". */
  tabIndex: -1;
  /** The system's focus ring. */
  className: string;
  ref?: (element: HTMLElement | null) => void;
}

/**
 * How many of `total` items to render, growing by `step` on request; `initialCount` undefined shows
 * all. Long lists (1,000 sources' worth of flags) stay fast and readable.
 *
 * Focus: "Show more" moves focus to the first item it revealed (give every item `itemProps(index)`:
 * `tabIndex={-1}` and the focus ring), so the person reads on from there and focus is never lost
 * when the button, having shown the last items, disappears.
 */
export function useShowMore(total: number, initialCount: number | undefined, step = initialCount ?? 0) {
  const [{ shown, revealedFrom }, setShown] = useState<{ shown: number; revealedFrom: number | null }>({
    shown: initialCount ?? total,
    revealedFrom: null,
  });
  const visible = initialCount === undefined ? total : Math.min(shown, total);
  const target = useRef<HTMLElement | null>(null);
  const setTarget = useCallback((element: HTMLElement | null) => {
    target.current = element;
  }, []);
  useEffect(() => {
    if (revealedFrom !== null) target.current?.focus();
  }, [revealedFrom]);
  return {
    visible,
    remaining: total - visible,
    more: () => setShown({ shown: visible + Math.max(1, step), revealedFrom: visible }),
    itemProps: (index: number): ShowMoreItemProps => ({
      tabIndex: -1,
      className: ITEM,
      ref: index === revealedFrom ? setTarget : undefined,
    }),
  };
}

export interface ShowMoreButtonProps {
  /** Items not shown yet. Nothing renders when 0. */
  remaining: number;
  /** How many the next press reveals. */
  step: number;
  onMore: () => void;
}

/** "Show 25 more (375 not shown)". Focus goes to the first item shown (`useShowMore`). */
export function ShowMoreButton({ remaining, step, onMore }: ShowMoreButtonProps) {
  const { t } = useI18n();
  if (remaining <= 0) return null;
  return (
    <Button style={{ justifySelf: 'start' }} onClick={onMore}>
      {t('common.showMore', { count: Math.min(step, remaining), remaining })}
    </Button>
  );
}
