import { useState } from 'react';
import { useI18n } from '../../i18n';
import * as styles from './ShowMore.css';

/**
 * How many of `total` items to render, growing by `step` on request; `limit` undefined shows all.
 * Long lists (1,000 sources' worth of flags) stay fast and readable.
 */
export function useShowMore(total: number, limit: number | undefined, step = limit ?? 0) {
  const [shown, setShown] = useState(limit ?? total);
  const visible = limit === undefined ? total : Math.min(shown, total);
  return { visible, remaining: total - visible, more: () => setShown((n) => n + Math.max(1, step)) };
}

export interface ShowMoreButtonProps {
  /** Items not shown yet. Nothing renders when 0. */
  remaining: number;
  /** How many the next press reveals. */
  step: number;
  onMore: () => void;
}

/** "Show 25 more (375 not shown)". */
export function ShowMoreButton({ remaining, step, onMore }: ShowMoreButtonProps) {
  const { t } = useI18n();
  if (remaining <= 0) return null;
  return (
    <button type="button" className={styles.button} onClick={onMore}>
      {t('common.showMore', { count: Math.min(step, remaining), remaining })}
    </button>
  );
}
