import type { TextSpacing } from './modes';

/**
 * WCAG 1.4.12 (text spacing): the override a person may apply with a user style sheet or the W3C
 * text-spacing bookmarklet. Content must lose nothing under it: no text cut, clipped or overlapping.
 */
export const WCAG_TEXT_SPACING = {
  lineHeight: '1.5',
  /** Spacing after a paragraph, in em of its font size. */
  paragraphSpacing: '2em',
  letterSpacing: '0.12em',
  wordSpacing: '0.16em',
} as const;

/** The override's rules: for every element `all` selects, and the paragraphs `paragraphs` selects. */
export function textSpacingCss(all: string, paragraphs: string): string {
  const { lineHeight, paragraphSpacing, letterSpacing, wordSpacing } = WCAG_TEXT_SPACING;
  return [
    `${all} { line-height: ${lineHeight} !important; letter-spacing: ${letterSpacing} !important; word-spacing: ${wordSpacing} !important; }`,
    `${paragraphs} { margin-bottom: ${paragraphSpacing} !important; }`,
  ].join('\n');
}

/**
 * Applies the `textSpacing` global. In the canvas (`story` view) the rules cover the story's whole
 * document, as a user style sheet does, so content shown outside the story's root (a modal
 * dialog, a tooltip in the top layer) is spaced too. On a docs page, several stories share the
 * document: the rules cover only the root of the story that asks for them.
 */
export function TextSpacingStyle({ spacing, wholeDocument }: { spacing: TextSpacing; wholeDocument: boolean }) {
  if (spacing !== 'wcag') return null;
  const root = '[data-text-spacing="wcag"]';
  const css = wholeDocument ? textSpacingCss('*', 'p') : textSpacingCss(`${root}, ${root} *`, `${root} p`);
  return <style data-text-spacing-override="">{css}</style>;
}
