import type { RecordedEvent } from './envelope';

/** Turns the payload of `type` at `fromVersion` into the payload of `fromVersion + 1`. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown): unknown;
}

/**
 * Old schema versions are read as the current one, one step at a time, so a stored event is
 * never rewritten (the log is append-only) yet code only ever sees the current shape.
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    upcasters.forEach((u) => this.register(u));
  }

  register(upcaster: Upcaster): this {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (this.steps.has(key)) throw new Error(`duplicate upcaster for ${key}`);
    this.steps.set(key, upcaster);
    return this;
  }

  upcast<E extends RecordedEvent>(event: E): E {
    let current = event;
    for (;;) {
      const step = this.steps.get(`${current.type}@${current.metadata.schemaVersion}`);
      if (!step) return current;
      current = {
        ...current,
        data: step.upcast(current.data),
        metadata: { ...current.metadata, schemaVersion: current.metadata.schemaVersion + 1 },
      };
    }
  }
}

export const noUpcasters = new UpcasterRegistry();
