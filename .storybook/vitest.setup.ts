/**
 * Vitest-only setup for the story projects (never loaded by `storybook dev`): after each story's
 * render, play function and axe check, its root is screenshotted and compared with the committed
 * baseline `test/visual/baselines/<stories file>/<mode>/<story id>.png`.
 */
import type { StoryContext } from '@storybook/react-vite';
import { afterEach, beforeEach, expect } from 'vitest';
import { page } from 'vitest/browser';

beforeEach(async () => {
  await document.fonts.ready;
});

afterEach(async (context) => {
  const story = (context as typeof context & { story?: StoryContext }).story;
  if (!story) return;
  // A story that already failed is reported for that failure; a screenshot would only add noise.
  if (context.task.result?.errors?.length) return;
  const mode = String(story.globals.theme ?? 'light');
  await document.fonts.ready;
  const root = document.querySelector('[data-testid="story-root"]');
  if (!root) throw new Error(`Story ${story.id} rendered no story root to screenshot`);
  await expect.element(page.elementLocator(root)).toMatchScreenshot(`${mode}/${story.id}`);
});
