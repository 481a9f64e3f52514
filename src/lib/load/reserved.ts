/**
 * Names an author may not give a field or a placeholder, because every JavaScript object already has
 * them: `__proto__` is dropped or changes the object's prototype when the data is copied (the
 * placeholder silently disappears), and `constructor` or `prototype` looked up on a plain object
 * answer with a function (a fill-in field showing "function Object() { [native code] }").
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of every mapping key in parsed YAML that is a reserved name, in document order. */
export function reservedKeyPaths(value: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const seen = new Set<object>();
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((item, index) => [index, item])
      : Object.getOwnPropertyNames(node).map((key) => [key, Object.getOwnPropertyDescriptor(node, key)?.value]);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index];
      if (typeof key === 'string' && RESERVED_KEYS.has(key)) found.push([...path, key]);
      stack.push({ node: child, path: [...path, key] });
    }
  }
  return found;
}
