/** Joins class names, skipping empty ones: how every component merges the host's `className` with its own. */
export function cx(...names: Array<string | false | null | undefined>): string {
  let out = '';
  for (const name of names) if (name) out = out === '' ? name : `${out} ${name}`;
  return out;
}
