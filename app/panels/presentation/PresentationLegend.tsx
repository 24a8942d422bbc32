/** The large legend of presentation mode: what the animation's colours and dots mean. */
export function PresentationLegend() {
  return (
    <ul className="pres-legend" aria-label="Legend">
      <li><svg viewBox="0 0 60 16" aria-hidden><line x1="2" y1="8" x2="58" y2="8" className="lg-active" /><circle cx="16" cy="8" r="4" className="lg-dot" /><circle cx="40" cy="8" r="4" className="lg-dot" /></svg>I/O (dots: throughput)</li>
      <li><svg viewBox="0 0 60 16" aria-hidden><line x1="2" y1="8" x2="58" y2="8" className="lg-standby" /></svg>standby</li>
      <li><svg viewBox="0 0 60 16" aria-hidden><line x1="2" y1="8" x2="58" y2="8" className="lg-failing" /></svg>failing over (timer)</li>
      <li><svg viewBox="0 0 60 16" aria-hidden><line x1="2" y1="8" x2="58" y2="8" className="lg-failed" /></svg>failed</li>
      <li><svg viewBox="0 0 60 16" aria-hidden><line x1="2" y1="8" x2="58" y2="8" className="lg-over" /></svg>over capacity</li>
    </ul>
  );
}
