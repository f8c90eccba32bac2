import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser (measure and place before the frame is painted), `useEffect`
 * on a server render, where there is no layout and React 18 would warn about a layout effect.
 */
export const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
