/**
 * src/embed/protocol.ts, the child side of every height protocol an embed speaks: the messages
 * it sends, and which parent messages it answers.
 */
import { describe, expect, it } from 'vitest';
import { datawrapperKey, heightMessages, parentRequest, pymChildId, PING_MESSAGE } from '../../src/embed/protocol';

describe('embed height messages', () => {
  it('keys Datawrapper messages by the frame path and query, so two steps of a chart differ', () => {
    const a = datawrapperKey('chip-routes', '/embed/chip-routes/', '?step=routes-a');
    const b = datawrapperKey('chip-routes', '/embed/chip-routes/', '?step=routes-b');
    expect(a).toBe('/embed/chip-routes/?step=routes-a');
    expect(a).not.toBe(b);
    // The key goes into iframe[src*='...']: nothing that could break that selector.
    expect(datawrapperKey('chip-routes', '/embed/chip-routes/', "?step=x']")).toBe('chip-routes');
    expect(datawrapperKey('chip-routes', '/embed/chip-routes/', '?step=a b')).toBe('chip-routes');
  });

  it('speaks ours, Datawrapper, AMP, and pym and iframe-resizer once they are known', () => {
    const plain = heightMessages({ chart: 'c', key: '/embed/c/' }, 512, 600);
    expect(plain).toEqual([
      { type: 'russia-ai:embed-height', chart: 'c', height: 512 },
      { 'datawrapper-height': { '/embed/c/': 512 } },
      { sentinel: 'amp', type: 'embed-size', height: 512 },
    ]);
    const all = heightMessages({ chart: 'c', key: '/embed/c/', pymId: 'box', resizerId: 'iFrameResizer0' }, 512, 600, 'init');
    expect(all).toContain('pymxPYMxboxxPYMxheightxPYMx512');
    expect(all).toContain('[iFrameSizer]iFrameResizer0:512:600:init');
  });

  it('reads the pym child id from the query pym.Parent adds', () => {
    expect(pymChildId('?step=a&initialWidth=600&childId=example-1&parentTitle=x')).toBe('example-1');
    expect(pymChildId('?step=a')).toBeUndefined();
    expect(pymChildId('?childId=<script>')).toBeUndefined();
  });
});

describe('parent requests', () => {
  it('answers our ping, pym width messages for this child and iframe-resizer init and resize', () => {
    expect(parentRequest({ type: PING_MESSAGE }, undefined)).toEqual({ kind: 'ping' });
    expect(parentRequest('pymxPYMxboxxPYMxwidthxPYMx600', 'box')).toEqual({ kind: 'pym-width' });
    expect(parentRequest('pymxPYMxotherxPYMxwidthxPYMx600', 'box')).toBeUndefined();
    expect(parentRequest('[iFrameSizer]iFrameResizer0:8:false:false:32:true:true:null:bodyOffset:null:null:0:false:parent:scroll:true', undefined)).toEqual({
      kind: 'resizer-init',
      id: 'iFrameResizer0',
    });
    expect(parentRequest('[iFrameSizer]resize', undefined)).toEqual({ kind: 'resizer-resize' });
    expect(parentRequest('[iFrameSizer]message:{"a":1}', undefined)).toBeUndefined();
    for (const junk of [null, 3, 'hello', { type: 'other' }, '[iFrameSizer]', 'x'.repeat(3000)]) expect(parentRequest(junk, 'box')).toBeUndefined();
  });
});
