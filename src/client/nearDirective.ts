/**
 * `client:near`: hydrates an island when its scrolly section comes within one screen of the
 * viewport. A chapter then lays out, at load, the chart the reader sees (and the next), not all
 * ten: hydrating every island at once was about a second of scripting at 4x CPU on the sanctions
 * chapter (Lighthouse TBT; issue 18). It watches the section rather than the island's children
 * (what `client:visible` watches), so it also serves islands that render nothing on the server
 * (the map). Registered in astro.config.mjs; Astro inlines it into each page that uses it.
 */
import type { ClientDirective } from 'astro';

const near: ClientDirective = (load, _options, el) => {
  const target = el.closest('[data-scrolly]') ?? el.parentElement ?? el;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void load().then((hydrate) => hydrate());
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(target);
};

export default near;
