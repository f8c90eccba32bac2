import { useLayoutEffect } from 'react';
import { darkColours, lightColours } from '../src/theme/tokens';
import type { ThemeName } from './modes';

/**
 * The whole canvas in the selected theme: the preview frame's `<body>` takes the theme's background
 * and text colour, and the document its colour scheme, so the area around a story (and a page
 * shorter than the frame) is not left white in dark. The inline styles it found are put back when
 * the story goes (docs pages are themed by .storybook/DocsContainer.tsx instead).
 */
export function CanvasTheme({ theme }: { theme: ThemeName }) {
  useLayoutEffect(() => {
    const colours = theme === 'dark' ? darkColours : lightColours;
    const { body, documentElement } = document;
    const previous = {
      background: body.style.background,
      color: body.style.color,
      colorScheme: documentElement.style.colorScheme,
    };
    body.style.background = colours.background;
    body.style.color = colours.text;
    documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
    return () => {
      body.style.background = previous.background;
      body.style.color = previous.color;
      documentElement.style.colorScheme = previous.colorScheme;
    };
  }, [theme]);
  return null;
}
