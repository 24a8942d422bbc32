import { useEffect, useRef, useState } from 'react';
import { encodeShare, MAX_SHARE_CHARS } from '../../io/share.ts';
import { sanitizeDesign } from '../../io/export/sanitize.ts';
import { useDesign } from '../../store/design-store.ts';
import { shareUrl } from '../../share-mode.ts';
import { Dialog } from './Dialog.tsx';

/** Links longer than this are cut by some mail and chat tools. */
const LONG_LINK = 32_000;

/** Share: the design compressed into the link's fragment (nothing is uploaded), with a Copy button. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const design = useDesign((s) => s.design);
  const [sanitize, setSanitize] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    let live = true;
    setUrl(null);
    setCopied(false);
    encodeShare(sanitize ? sanitizeDesign(design) : design).then(
      (code) => {
        if (!live) return;
        if (code.length > MAX_SHARE_CHARS) setError(`This design is too large for a link (${(code.length / 1024 / 1024).toFixed(1)} MB compressed; links hold up to ${MAX_SHARE_CHARS / 1024 / 1024} MB): save it as a file and send that instead.`);
        else setUrl(shareUrl(code));
      },
      (e: Error) => { if (live) setError(`The link could not be made: ${e.message}`); },
    );
    return () => { live = false; };
  }, [design, sanitize]);
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      field.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  return (
    <Dialog title="Share link" onClose={onClose} className="io-wide">
      <p className="io-hint">The design travels inside the link itself (after the #), compressed; nothing is sent to any server. Whoever opens it sees the design read-only and can make their own copy.</p>
      <label className="io-check"><input type="checkbox" checked={sanitize} onChange={(e) => setSanitize(e.target.checked)} /> Sanitize names, serials and WWPNs</label>
      {error && <p role="alert">{error}</p>}
      <div className="io-link">
        <input ref={field} readOnly aria-label="Share link" value={url ?? 'Making the link…'} onFocus={(e) => e.target.select()} />
        <button type="button" className="primary" disabled={!url} onClick={() => void copy()}>Copy</button>
      </div>
      <p className="io-hint" role="status">{copied ? 'Copied to the clipboard.' : url ? `${url.length.toLocaleString()} characters.` : ''}
        {url && url.length > LONG_LINK ? ' This link is long; some mail and chat tools cut long links, so for a big design send the JSON file instead.' : ''}</p>
      <div className="actions"><button type="button" onClick={onClose}>Close</button></div>
    </Dialog>
  );
}
