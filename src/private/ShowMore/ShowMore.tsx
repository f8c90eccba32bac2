import { useState } from 'react';
import { useI18n } from '../../i18n';
import { Button } from '../Button/Button';

/**
 * How many of `total` items to render, growing by `step` on request; `initialCount` undefined shows
 * all. Long lists (1,000 sources' worth of flags) stay fast and readable.
 */
export function useShowMore(total: number, initialCount: number | undefined, step = initialCount ?? 0) {
  const [shown, setShown] = useState(initialCount ?? total);
  const visible = initialCount === undefined ? total : Math.min(shown, total);
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
    <Button style={{ justifySelf: 'start' }} onClick={onMore}>
      {t('common.showMore', { count: Math.min(step, remaining), remaining })}
    </Button>
  );
}
