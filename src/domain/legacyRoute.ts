import { isPastSunset } from './age';

/** Whether a legacy route still works (`active`) or has reached its sunset (`sunset`). */
export type LegacyRouteState = 'active' | 'sunset';

/**
 * The state of a legacy route at `now`: `sunset` from the sunset instant on (inclusive), `active`
 * before it, without a sunset date, or with one that is not a date.
 */
export function legacyRouteStateOf(sunsetAt: string | undefined, now: Date): LegacyRouteState {
  return sunsetAt !== undefined && isPastSunset(sunsetAt, now) ? 'sunset' : 'active';
}
