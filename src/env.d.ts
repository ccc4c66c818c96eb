// The site's own island directive (src/client/nearDirective.ts, registered in astro.config.mjs).
declare module 'astro' {
  interface AstroClientDirectives {
    'client:near'?: boolean;
  }
}
export {};
