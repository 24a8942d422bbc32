import type { Design } from '../model/index.ts';

/**
 * A large design sent to a worker in pieces: posting a 1,000-partition design in one message costs the main thread
 * one long structured clone (hundreds of ms); in pieces of a thousand records each message is a short task, and the
 * main thread draws frames between them. Pure: the client splits, the worker assembles (and validates nothing more
 * than the shape it gets: the design came from the store, already validated).
 */
export type DomainKind = keyof Design['domain'];

export interface DesignShell {
  /** The design with an empty domain (its top-level fields: format, version, name, scenarios, simulation ...). */
  shell: Design;
  /** The domain's collections, each cut into pieces of at most `size` records: [kind, entries]. */
  pieces: [DomainKind, [string, unknown][]][];
}

export const PIECE_RECORDS = 1000;

export function splitDesign(design: Design, size = PIECE_RECORDS): DesignShell {
  const domain = design.domain as unknown as Record<string, Record<string, unknown>>;
  const empty: Record<string, Record<string, unknown>> = {};
  const pieces: DesignShell['pieces'] = [];
  for (const [kind, records] of Object.entries(domain)) {
    empty[kind] = {};
    const entries = Object.entries(records ?? {});
    for (let i = 0; i < entries.length; i += size) pieces.push([kind as DomainKind, entries.slice(i, i + size)]);
  }
  return { shell: { ...design, domain: empty as unknown as Design['domain'] }, pieces };
}

/** Puts a design together from its shell and pieces (in any order); `done()` hands it over. */
export class DesignAssembly {
  private readonly domain: Record<string, Record<string, unknown>>;
  constructor(private readonly shell: Design) {
    this.domain = {};
    for (const kind of Object.keys(shell.domain)) this.domain[kind] = {};
  }
  add(kind: DomainKind, entries: readonly [string, unknown][]): void {
    const into = (this.domain[kind] ??= {});
    for (const [id, record] of entries) into[id] = record;
  }
  done(): Design {
    return { ...this.shell, domain: this.domain as unknown as Design['domain'] };
  }
}
