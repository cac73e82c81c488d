// Page-wide keyboard shortcuts (Space, [ ], N, P) must not steal keys from someone typing.

/** True when a key press belongs to a text field or carries a modifier, and shortcuts should leave it alone. */
export function isTyping(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return true;
  const target = e.target as HTMLElement | null;
  // The date slider is an <input> too, but shortcuts work on it.
  return Boolean(target?.closest('input:not([type="range"]), textarea, select, [contenteditable="true"]'));
}
