/**
 * Wraps a loader (of a file fetched on demand) so that it runs once; after a failure, the next call tries again (the
 * network may be back).
 */
export function onDemand(load: () => Promise<unknown>): () => Promise<unknown> {
  let loading: Promise<unknown> | undefined;
  return () =>
    (loading ??= load().catch(error => {
      loading = undefined;
      throw error;
    }));
}
