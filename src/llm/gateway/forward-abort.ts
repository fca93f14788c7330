/**
 * Aborts `target` with `source`'s reason once `source` aborts, and returns the function that stops
 * forwarding. Used instead of `AbortSignal.any`, which costs a new signal, weak references and a
 * finalization registration on every call.
 */
export function forwardAbort(source: AbortSignal, target: AbortController): () => void {
  if (source.aborted) {
    target.abort(source.reason);
    return () => {};
  }
  const abortTarget = () => target.abort(source.reason);
  source.addEventListener('abort', abortTarget, { once: true });
  return () => source.removeEventListener('abort', abortTarget);
}
