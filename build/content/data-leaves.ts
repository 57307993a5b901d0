/**
 * The one walk over parsed content data (frontmatter, the guide's YAML): every leaf with the path
 * to it, so the checks that look for references, typed phone numbers or acronyms share it.
 */

export interface DataLeaf {
  /** Field names and list positions from the top, for example ["steps", 2]. */
  path: PropertyKey[];
  value: unknown;
}

export interface LeafOptions {
  /** Fields not to walk into, for example search keywords. */
  skipField?: (name: string) => boolean;
  /** Values to keep whole instead of walking into, for example references. */
  isLeaf?: (value: unknown) => boolean;
}

/**
 * Every leaf of a value, depth first in field order: lists and plain objects are walked into;
 * strings, numbers, dates and anything `isLeaf` accepts are leaves.
 * @param data parsed data
 * @param options fields to skip and values to keep whole
 * @param path where `data` sits (for the recursion)
 */
export function leavesOf(data: unknown, options: LeafOptions = {}, path: PropertyKey[] = []): DataLeaf[] {
  if (options.isLeaf?.(data)) return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => leavesOf(item, options, [...path, index]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date))
    return Object.entries(data)
      .filter(([name]) => !options.skipField?.(name))
      .flatMap(([name, value]) => leavesOf(value, options, [...path, name]));
  return [{ path, value: data }];
}

/**
 * Every string leaf of a value.
 * @param data parsed data
 * @param options fields to skip
 */
export function stringLeaves(data: unknown, options: LeafOptions = {}): { path: PropertyKey[]; value: string }[] {
  return leavesOf(data, options).filter((leaf): leaf is { path: PropertyKey[]; value: string } => typeof leaf.value === 'string');
}
