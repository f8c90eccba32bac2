import { useCallback, useState } from 'react';

/**
 * Controlled and uncontrolled use of one value (Radix-style): when `value` is not `undefined` the
 * host owns it, otherwise the component keeps its own state starting from `defaultValue`. Either
 * way `onChange` hears every change.
 */
export function useControllable<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [inner, setInner] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setInner(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [controlled ? value : inner, set];
}
