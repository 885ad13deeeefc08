/** Performance marks for the bench's first-render measure (bench/pane.ts); nothing where marks are missing (jsdom). */
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}
