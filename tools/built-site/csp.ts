/**
 * Reading a Content-Security-Policy, so tests can state exactly what each directive allows.
 */

/**
 * A policy's directives and their sources, in order; a repeated directive keeps its first value,
 * as browsers do.
 * @param policy a Content-Security-Policy value, such as "default-src 'none'; img-src 'self'"
 */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * The sources a fetch directive falls back to: its own, else `default-src`'s, as browsers
 * apply them.
 * @param directives from `parseCsp`
 * @param name a fetch directive such as "script-src"
 */
export function effectiveSources(directives: ReadonlyMap<string, string[]>, name: string): string[] {
  return directives.get(name) ?? directives.get('default-src') ?? [];
}
