// skeleton-flash / skeletons: a skeleton appears only if the load is still
// running `delay` ms after it started (200 ms), and once shown stays at
// least `minShow` ms (300 ms) so it does not blink (PATTERNS.md §5).

export const SKELETON_DELAY_MS = 200;
export const SKELETON_MIN_SHOW_MS = 300;

// When the skeleton shows for a load from `start` to `end`: null (never) or
// {from, to} — shown for from ≤ t < to.
export function skeletonWindow(start, end, { delay = SKELETON_DELAY_MS, minShow = SKELETON_MIN_SHOW_MS } = {}) {
  if (end - start <= delay) return null;
  const from = start + delay;
  return { from, to: Math.max(end, from + minShow) };
}

// On the clock: start() when the load starts, done() when its reply came;
// onChange(visible) when the skeleton should appear/disappear; onContent()
// when the content may replace it (at done, or when the minimum ends).
export function createAntiFlash({ clock, delay = SKELETON_DELAY_MS, minShow = SKELETON_MIN_SHOW_MS, onChange = () => {}, onContent = () => {} }) {
  let showTimer = null, shownAt = null, loading = false, visible = false;
  const set = (v) => { if (v !== visible) { visible = v; onChange(v); } };
  return {
    get visible() { return visible; },
    start() {
      loading = true; shownAt = null;
      if (showTimer !== null) clock.clearTimeout(showTimer);
      showTimer = clock.setTimeout(() => { showTimer = null; if (loading) { shownAt = clock.now(); set(true); } }, delay);
    },
    done() {
      loading = false;
      if (showTimer !== null) { clock.clearTimeout(showTimer); showTimer = null; }
      if (!visible) return onContent();
      const left = shownAt + minShow - clock.now();
      if (left <= 0) { set(false); onContent(); } else clock.setTimeout(() => { set(false); onContent(); }, left);
    },
  };
}
