export declare const ROOT: string;
export declare const BASELINES: string;
export declare const ATTACHMENTS: string;
export declare const DIFFS: string;
export declare const MANIFEST_LINES: string;
export declare const MANIFEST: string;
export declare const REPORT_DIR: string;

/** One story in one mode, as recorded by the story setup (.storybook/vitest.setup.ts). */
export interface VisualRecord {
  /** The stories file, relative to the project root. */
  file: string;
  mode: string;
  storyId: string;
  title: string;
  name: string;
  /** `expected`: compared with `baseline`; `disabled`: chromatic.disableSnapshot; `skipped`: not run in this mode. */
  screenshot: 'expected' | 'disabled' | 'skipped';
  /** Why the story is not screenshotted in this mode. */
  reason?: string;
  /** The baseline's path relative to the project root. */
  baseline: string;
  /** The Storybook globals of the mode (.storybook/modes.ts), for links to the story in that mode. */
  globals?: Record<string, unknown>;
}

export interface Baseline {
  path: string;
  storiesFile: string;
  mode: string | null;
  storyId: string | null;
}

export declare function listFiles(dir: string): string[];
export declare function listBaselines(): Baseline[];
export declare function readRecords(file?: string): VisualRecord[];
export declare function findOrphans(
  records: VisualRecord[],
  brokenFiles?: string[],
): { orphans: Baseline[]; unchecked: Baseline[] };
