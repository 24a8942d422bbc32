/** The bottom panel: diagnostics from the validation worker. */
export function BottomPanel() {
  return (
    <section className="bottom-panel" role="region" aria-label="Diagnostics">
      <h2>Diagnostics</h2>
      <p className="muted">Validation is not running yet.</p>
    </section>
  );
}
