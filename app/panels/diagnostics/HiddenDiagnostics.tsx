/** Said when the severity filters hide every diagnostic there is: what is hidden, and how to see it again. */
export function HiddenDiagnostics({ hidden, onShow }: { hidden: { label: string; count: number }[]; onShow: () => void }) {
  const what = hidden.map((h) => `${h.count} ${h.count === 1 ? h.label.toLowerCase().replace(/s$/, '') : h.label.toLowerCase()}`).join(', ');
  return (
    <p className="muted diag-hidden" role="note">
      The severity filters above hide every diagnostic ({what}). Press Errors, Warnings or Info to show them again, or{' '}
      <button type="button" onClick={onShow}>Show all</button>
    </p>
  );
}
