import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Storybook is where designers review every state: every exported component is rendered by a
 * "States at a glance" story (every state side by side, with its own screenshot baseline).
 */
const root = join(import.meta.dirname, '..', '..');
const storiesDir = join(root, 'stories');

/** The components the package exports: every `forwardRef` component of `src/components` named in `src/index.ts`. */
function exportedComponents(): string[] {
  const index = readFileSync(join(root, 'src', 'index.ts'), 'utf8');
  const names: string[] = [];
  for (const dir of readdirSync(join(root, 'src', 'components'))) {
    for (const file of readdirSync(join(root, 'src', 'components', dir))) {
      if (!/^[A-Z]\w*\.tsx$/.test(file)) continue;
      const source = readFileSync(join(root, 'src', 'components', dir, file), 'utf8');
      for (const [, name] of source.matchAll(/export const (\w+) = forwardRef</g)) {
        if (name && new RegExp(`\\b${name}\\b`).test(index)) names.push(name);
      }
    }
  }
  return names.sort();
}

/** Each stories file's "States at a glance" story source (from its export to the next top-level export). */
function glanceStories(): { file: string; title: string; body: string; source: string }[] {
  return readdirSync(storiesDir)
    .filter((f) => f.endsWith('.stories.tsx'))
    .flatMap((file) => {
      const source = readFileSync(join(storiesDir, file), 'utf8');
      const title = /title: '([^']+)'/.exec(source)?.[1] ?? '';
      const start = source.search(/export const \w+: Story = \{\s*name: 'States at a glance'/);
      if (start < 0) return [{ file, title, body: '', source }];
      const next = source.slice(start + 1).search(/\nexport /);
      return [{ file, title, body: next < 0 ? source.slice(start) : source.slice(start, start + 1 + next), source }];
    });
}

describe('the designers’ workbench', () => {
  const components = exportedComponents();
  const stories = glanceStories();

  it('finds the exported components', () => {
    expect(components).toContain('SourceDetailDialog');
    expect(components).toContain('IntegrationsSettingsPage');
    expect(components.length).toBeGreaterThanOrEqual(16);
  });

  it('gives every Components/ and Pages/ entry a "States at a glance" story', () => {
    const missing = stories
      .filter((s) => /^(Components|Pages)\//.test(s.title) && s.body === '')
      .map((s) => `${s.title} (${s.file})`);
    expect(missing).toEqual([]);
  });

  it('renders every exported component in a "States at a glance" story', () => {
    const renders = (jsx: string, name: string) => new RegExp(`<${name}[\\s/>]`).test(jsx);
    /** A local helper component of the stories file (e.g. a matrix of states) that the glance story renders. */
    const helpers = (body: string, source: string) =>
      [...body.matchAll(/<([A-Z]\w*)[\s/>]/g)].map(([, helper]) => {
        const start = source.search(new RegExp(`\\nfunction ${helper}\\(`));
        if (start < 0) return '';
        const end = source.indexOf('\n}\n', start);
        return source.slice(start, end < 0 ? undefined : end);
      });
    const shown = (name: string) =>
      stories.some((s) => renders(s.body, name) || helpers(s.body, s.source).some((h) => renders(h, name)));
    expect(components.filter((name) => !shown(name))).toEqual([]);
  });
});
