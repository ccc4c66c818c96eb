/**
 * Points each island at the chunk that holds its component. The bundler gives every island an
 * entry file of its own, and where the component lives in a shared chunk (the engine's `story`
 * chunk, a chapter's kinds) that file only re-exports it: `export{n as default}from"./story.js";`.
 * Naming the chunk and its export on the island instead saves the page that file, its request
 * and its gzip overhead (67-77 B each, four or five on a chapter: issue 18's script budget).
 * The renderer's file stays: Astro imports its default export.
 */
const ISLAND_FILE = /component-url="([^"]*\/)([^"/]+\.js)" component-export="default"/g;
const REEXPORT = /^\s*export\{(\w+) as default\}from"\.\/([^"/]+\.js)";?\s*$/;

/** `read` gives a script's text by its URL on the site. */
export function skipReexports(html: string, read: (url: string) => string): string {
  return html.replace(ISLAND_FILE, (match, dir: string, file: string) => {
    const reexport = read(dir + file).match(REEXPORT);
    return reexport ? `component-url="${dir}${reexport[2]}" component-export="${reexport[1]}"` : match;
  });
}
