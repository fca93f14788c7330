/** A dependency outside the network (e.g. a search API) failed or answered badly; reported as `unavailable`. */
export class UnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UnavailableError';
  }
}
