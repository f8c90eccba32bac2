import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { type PropsWithChildren, useEffect, useState } from 'react';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import type { ThemeName } from './modes';
import { docsThemes } from './theme';

interface GlobalsEvent {
  globals?: Record<string, unknown>;
}

function themeOf(globals: Record<string, unknown> | undefined): ThemeName | undefined {
  const theme = globals?.theme;
  return theme === 'light' || theme === 'dark' ? theme : undefined;
}

/**
 * The `theme` global as the preview last announced it. The preview emits `globalsUpdated` before it
 * renders a docs entry (and `setGlobals` when it starts), and the channel keeps the last payload of
 * each event, so a docs page opened after the toolbar changed starts in the right theme.
 */
function announcedTheme(context: DocsContainerProps['context']): ThemeName {
  const [updated] = (context.channel.last(GLOBALS_UPDATED) ?? []) as GlobalsEvent[];
  const [set] = (context.channel.last(SET_GLOBALS) ?? []) as GlobalsEvent[];
  return (
    themeOf(updated?.globals) ??
    themeOf(set?.globals) ??
    themeOf(context.projectAnnotations.initialGlobals as Record<string, unknown> | undefined) ??
    'light'
  );
}

/**
 * Docs pages in the theme the toolbar selects: Storybook's docs theme (.storybook/theme.ts, from the
 * tokens) for the `theme` global, updated when the global changes while the page is open.
 */
export function ThemedDocsContainer({ context, children }: PropsWithChildren<DocsContainerProps>) {
  const [theme, setTheme] = useState<ThemeName>(() => announcedTheme(context));
  useEffect(() => {
    const onGlobals = (event: GlobalsEvent) => {
      const next = themeOf(event.globals);
      if (next) setTheme(next);
    };
    context.channel.on(GLOBALS_UPDATED, onGlobals);
    context.channel.on(SET_GLOBALS, onGlobals);
    // An update announced between the first render and this effect.
    setTheme(announcedTheme(context));
    return () => {
      context.channel.off(GLOBALS_UPDATED, onGlobals);
      context.channel.off(SET_GLOBALS, onGlobals);
    };
  }, [context]);
  return (
    <div data-docs-theme={theme} style={{ display: 'contents' }}>
      <DocsContainer context={context} theme={docsThemes[theme]}>
        {children}
      </DocsContainer>
    </div>
  );
}
