/**
 * `client:near`: starts an island when its scrolly section comes within one screen of the
 * viewport. A chapter then lays out the chart the reader is reaching (and the next), not all
 * ten: starting every island at once was about a second of scripting at 4x CPU on the sanctions
 * chapter (Lighthouse TBT; issue 18). It watches the section rather than the island's children
 * (what `client:visible` watches), so it also serves islands that render nothing on the server
 * (all but the squares: ScrollyIsland.astro). Registered in astro.config.mjs; Astro inlines it
 * into each page that uses it.
 * It starts watching once the page has loaded, so that no island's script competes with the
 * first paint for the network or the main thread (issue 18: on a phone the first section's
 * scripts, fetched at once, put 30 KB more before the largest paint), and then only once the
 * reader scrolls, unless the section is already on screen: every chapter opens on a screen of
 * prose, and drawing the first chart there and then was a 100-300 ms task at 4x CPU while the
 * reader had not moved (Lighthouse TBT). It watches at once when the address names a step, whose
 * chart must show that step's state, and starts at once the island of the section that step is in.
 */
import type { ClientDirective } from 'astro';

const near: ClientDirective = (load, _options, el) => {
  const target = el.closest('[data-scrolly]') ?? el.parentElement ?? el;
  const watch = () => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        // Hydrating in a task after the module's: two shorter tasks, not one long one.
        void load().then(setTimeout);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(target);
  };
  const start = () => {
    if (target.getBoundingClientRect().top < innerHeight) watch();
    else addEventListener('scroll', watch, { once: true });
  };
  // A link to one of this section's steps starts it at once, wherever it is: in the stepper the
  // step is hidden, the browser cannot scroll to it, and the island then brings it into view.
  const named = document.getElementById(location.hash.slice(1));
  if (named && target.contains(named)) void load().then(setTimeout);
  else if (location.hash) watch();
  else if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
};

export default near;
