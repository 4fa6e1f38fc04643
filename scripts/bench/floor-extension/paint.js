// One full-screen box with one line of text, in a shadow root under the host the bench's paint watch
// looks for (scripts/bench/page-scripts.ts ARM_PAINT_WATCH); a second click removes it.
(() => {
  const present = document.querySelector('[data-sift-reader]');
  if (present) {
    present.remove();
    return;
  }
  const host = document.createElement('floor-overlay');
  host.setAttribute('data-sift-reader', '');
  const box = document.createElement('div');
  box.setAttribute('role', 'dialog');
  box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;color:#000;font:20px serif;padding:2em';
  box.textContent = document.title;
  host.attachShadow({ mode: 'open' }).append(box);
  document.documentElement.append(host);
})();
