import { describe, expect, it } from 'vitest';
import { type ColourTokens, darkColours, lightColours, TONES } from '../../src/theme/tokens';
import { contrast } from '../helpers/contrast';

const themes: Array<[string, ColourTokens]> = [
  ['light', lightColours],
  ['dark', darkColours],
];

describe('contrast computed from the tokens', () => {
  it('matches known WCAG values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [name, colours] of themes) {
    for (const tone of TONES) {
      it(`${name}: ${tone} text on its surface is at least 4.5:1`, () => {
        expect(contrast(colours.tone[tone].text, colours.tone[tone].surface)).toBeGreaterThanOrEqual(4.5);
      });
      it(`${name}: ${tone} text on the panel surface is at least 4.5:1`, () => {
        expect(contrast(colours.tone[tone].text, colours.surface)).toBeGreaterThanOrEqual(4.5);
      });
      it(`${name}: ${tone} border against its surface is at least 3:1 (non-text contrast)`, () => {
        expect(contrast(colours.tone[tone].border, colours.surface)).toBeGreaterThanOrEqual(3);
      });
    }
    it(`${name}: body and muted text on background, surface and raised surface are at least 4.5:1`, () => {
      for (const fg of [colours.text, colours.textMuted]) {
        for (const bg of [colours.background, colours.surface, colours.surfaceRaised]) {
          expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
    it(`${name}: accent text and focus ring are legible`, () => {
      expect(contrast(colours.accentText, colours.accent)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.accent, colours.surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.focusRing, colours.background)).toBeGreaterThanOrEqual(3);
    });
  }
});
