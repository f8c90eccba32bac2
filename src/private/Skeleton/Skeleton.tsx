import { skeleton } from './Skeleton.css';

/** A placeholder bar while data loads; hidden from assistive technology (a status text says "Loading…"). */
export function Skeleton({ width = '100%' }: { width?: string }) {
  return <span className={skeleton} style={{ width }} aria-hidden="true" data-skeleton="" />;
}
