import { describe, expect, it } from 'vitest';
import { keysOf } from './fast-styles';

describe('fast computed styles', () => {
  it('is installed (jsdom internals where web/testing/fast-styles.ts expects them)', () => {
    expect((window as unknown as Record<symbol, string>)[Symbol.for('cchc.fastStyles')]).toBe('installed');
  });

  it.each([
    ['.ant-btn', ['.ant-btn']],
    [':where(.css-dev-only-x).ant-btn-primary:not(:disabled):hover', ['.ant-btn-primary']],
    ['.ant-form-item .ant-form-item-label > label', ['label']],
    ['.a\n.b', ['.b']],
    ['div.c:not(.d)', ['.c']],
    ['#main, .side, span', ['#main', '.side', 'span']],
    ['.x::before', ['.x']],
    ['li:nth-child(2n+1)', ['li']],
    [':is(.a, .b)', null],
    ['[data-k]', null],
    ['*', null],
    ['.tên', null],
    ['.a\\:b', null],
    ['.a, [hidden]', null],
  ])('reads the keys of %j', (selector, keys) => {
    expect(keysOf(selector)).toEqual(keys);
  });

  it('gives the cascade jsdom gives: descendant, media, lists, unreadable selectors, inline style, inheritance', () => {
    const style = document.createElement('style');
    style.textContent = `
      .a .b { display: none }
      .c:not(.d) { visibility: hidden }
      .e
      .f { display: none }
      .tên { display: none }
      @media screen { .g { display: none } }
      @media print { .h { display: none } }
      .h, #i { display: inline }
      :is(.j) { display: none }
      [data-k] { display: none }
      .l { display: none }
    `;
    document.head.append(style);
    const box = document.createElement('div');
    document.body.append(box);
    box.innerHTML = `
      <div class="a"><span class="b" id="b1"></span></div><div class="b" id="b2"></div>
      <p class="c" id="c1"><em id="c1child"></em></p><p class="c d" id="c2"></p>
      <div class="e"><div class="f" id="f1"></div></div>
      <div class="tên" id="t1"></div><div class="g" id="g1"></div><div class="h" id="h1"></div><div id="i"></div>
      <div class="j" id="j1"></div><div data-k id="k1"></div><div class="l" id="l1" style="display: flex"></div>`;
    const display = (id: string) => getComputedStyle(document.getElementById(id)!).display;
    const visibility = (id: string) => getComputedStyle(document.getElementById(id)!).visibility;
    try {
      expect(['b1', 'b2', 'f1', 't1', 'g1', 'h1', 'i', 'j1', 'k1', 'l1'].map(display)).toEqual([
        'none',
        'block',
        'none',
        'none',
        'none',
        'inline',
        'inline',
        'none',
        'none',
        'flex',
      ]);
      expect(['c1', 'c1child', 'c2'].map(visibility)).toEqual(['hidden', 'hidden', 'visible']);
      // A change of class is seen at once.
      document.getElementById('c2')!.classList.remove('d');
      expect(visibility('c2')).toBe('hidden');
    } finally {
      style.remove();
      box.remove();
    }
  });
});
