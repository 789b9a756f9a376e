/**
 * Keeps overlapping loads of one view in order. Stream events come in bursts and each may start
 * a load, whose answers can come back in any order: only the newest load may show its answer or
 * its error. `drop()` discards whatever is in flight (on teardown).
 */
export function latestLoad() {
  let generation = 0;
  return {
    /** Starts a load; the returned function says whether it is still the newest. */
    begin(): () => boolean {
      const mine = ++generation;
      return () => mine === generation;
    },
    drop(): void {
      generation++;
    },
  };
}
