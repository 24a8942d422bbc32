import { describe, expect, it } from 'vitest';
import { SHARE_PREFIX, shareFragment, shareUrl } from './share-mode.ts';
import { decodeShare, encodeShare } from './io/share.ts';
import { buildDualViosTemplate } from './model/templates/sample.ts';

describe('share links', () => {
  it('puts the encoded design after #share= and reads it back from the fragment', async () => {
    const design = buildDualViosTemplate();
    const code = await encodeShare(design);
    const url = shareUrl(code, { origin: 'https://designer.example', pathname: '/app/', search: '?x=1' });
    expect(url).toBe(`https://designer.example/app/?x=1${SHARE_PREFIX}${code}`);
    const fragment = shareFragment(new URL(url).hash);
    expect(fragment).toBe(code);
    const back = await decodeShare(fragment!);
    expect(back.ok && back.design).toEqual(design);
  });

  it('ignores other fragments', () => {
    expect(shareFragment('')).toBeNull();
    expect(shareFragment('#design=abc')).toBeNull();
    expect(shareFragment('#share=')).toBe('');
  });
});
