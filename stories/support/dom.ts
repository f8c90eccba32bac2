/** The one element in `root` that `selector` finds, or an error naming what is missing or repeated. */
export function onlyOne(root: ParentNode, selector: string, what: string): HTMLElement {
  const found = root.querySelectorAll<HTMLElement>(selector);
  if (found.length !== 1) throw new Error(`${found.length} ${what} found, not one`);
  return found[0] as HTMLElement;
}
