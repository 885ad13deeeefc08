/**
 * A function of a string with its answers kept: the same few names (förvaltningar, headers) come
 * again and again, so each is worked out once. The store is emptied when it grows past `max`
 * entries, so a long run over many different names never holds them all.
 */
export function memoize<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size > max) cache.clear();
    const v = fn(key);
    cache.set(key, v);
    return v;
  };
}
