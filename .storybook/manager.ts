/**
 * Storybook's UI (sidebar, toolbar, panels) in the design system's colours, from the tokens. The
 * sidebar lists every top-level entry in the sorted order (preview.tsx `storySort`) as one tree:
 * with section headers ("roots"), Storybook would lift the single pages (Guardrails, Rules…) above
 * every section.
 */
import { addons } from 'storybook/manager-api';
import { managerTheme } from './theme';

addons.setConfig({ theme: managerTheme, sidebar: { showRoots: false } });
