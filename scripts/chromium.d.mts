export declare const CHROMIUM_ARGS: string[];
export declare const VERSION_FILE: string;
export declare function chromiumPath(): string | null;
export declare function chromiumVersion(path?: string | null): string | null;
export declare function baselineVersion(): string | null;
export declare function browserDrift(
  current?: string | null,
  recorded?: string | null,
): 'same' | 'patch' | 'major' | 'none';
export declare function ensureChromium(options?: { install?: boolean }): string | null;
