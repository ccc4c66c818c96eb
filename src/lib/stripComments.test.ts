import { describe, expect, it } from 'vitest';
import { stripComments } from './stripComments';

describe('stripComments', () => {
  it('drops hydration markers and comments from markup nothing hydrates', () => {
    expect(stripComments('<table><!--[--><tr><!--[0--><td>1</td><!--]--></tr><!--]--></table><!-- note -->')).toBe('<table><tr><td>1</td></tr></table>');
  });

  it('keeps them inside an island, a script and a style', () => {
    const island = '<astro-island uid="a" ssr><!--[--><svg><!--[--><rect/><!--]--></svg><!--]--></astro-island>';
    const script = '<script>const s = "<!-- x -->";</script>';
    const style = '<style>/* <!-- y --> */</style>';
    expect(stripComments(`<p>a<!---->b</p>${island}${script}${style}`)).toBe(`<p>ab</p>${island}${script}${style}`);
  });
});
