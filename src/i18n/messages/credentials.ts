/** Copy of the credentials area: English, then French with exactly the same keys. */
export const credentialsEn = {} satisfies Record<string, string>;

export const credentialsFr: Record<keyof typeof credentialsEn, string> = {};
