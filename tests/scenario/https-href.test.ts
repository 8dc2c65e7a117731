import { describe, expect, it } from 'vitest';
import { httpsHref } from '../../src/scenario/https-href.js';

describe('source links are https: only', () => {
  it('keeps https: addresses', () => {
    expect(httpsHref('https://www.ecfr.eu/article/x?a=1#b')).toBe('https://www.ecfr.eu/article/x?a=1#b');
    expect(httpsHref('HTTPS://Example.org')).toBe('https://example.org/');
  });

  it('turns every other address into no link', () => {
    for (const url of ['javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'http://example.org', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//example.org', '/relative', 'https:', '', undefined])
      expect(httpsHref(url), String(url)).toBeNull();
  });
});
