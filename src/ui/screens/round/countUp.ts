/** How long a number takes to count up to its value. */
export const COUNT_UP_MS = 700;

/**
 * Shows a number counting up from 0 to `to` (ease-out), through `show`; with reduced motion it
 * shows `to` at once. The final value is always shown, even if the page stops drawing frames.
 * Returns a function that stops the count and shows the final value.
 */
export function countUp(to: number, reducedMotion: boolean, show: (value: number) => void): () => void {
  if (reducedMotion || to <= 0 || typeof requestAnimationFrame !== 'function') {
    show(to);
    return () => {};
  }
  let start = -1;
  let raf = 0;
  const step = (now: number) => {
    if (start < 0) start = now;
    const p = Math.min(1, (now - start) / COUNT_UP_MS);
    show(Math.round(to * (1 - (1 - p) ** 3)));
    if (p < 1) raf = requestAnimationFrame(step);
  };
  show(0);
  raf = requestAnimationFrame(step);
  return () => {
    cancelAnimationFrame(raf);
    show(to);
  };
}
