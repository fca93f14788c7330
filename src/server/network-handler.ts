import type { Context, Handler } from 'hono';
import { NETWORK_APIS, type Network, type NetworkApiName } from '../network/api/create-network.ts';
import { InvalidInputError } from '../network/api/network-errors.ts';
import { coerceToSchema } from './coerce-to-schema.ts';
import { describeRoute } from './openapi/describe-route.ts';
import { networkRouteDoc } from './openapi/network-route-doc.ts';
import { viewerFromRequest } from './viewer-from-request.ts';

export interface HandlerOptions {
  /** Path parameter → API field, e.g. `{ job_id: 'jobId' }`. */
  params?: Record<string, string>;
  /** Query parameter → API field where they differ, e.g. `{ q: 'query' }`. */
  rename?: Record<string, string>;
}

/**
 * A GET handler that calls one network API with the query and path parameters as its input, as the
 * viewing member. Input errors name the parameters as the client wrote them.
 */
export function networkHandler(
  network: Network,
  name: NetworkApiName,
  options: HandlerOptions = {},
): Handler {
  const toField = new Map(Object.entries({ ...options.rename, ...options.params }));
  const toParameter = new Map([...toField].map(([parameter, field]) => [field, parameter]));
  const displayName = (field: string) => toParameter.get(field) ?? field;
  return describeRoute(networkRouteDoc(name, options), async (c: Context) => {
    const raw: Record<string, string | undefined> = {};
    for (const [parameter, values] of Object.entries(c.req.queries())) {
      if (values.length > 1)
        throw new InvalidInputError([{ field: parameter, message: 'given more than once' }]);
      if (options.params?.[parameter])
        throw new InvalidInputError([{ field: parameter, message: 'unknown parameter' }]);
      raw[toField.get(parameter) ?? parameter] = values[0];
    }
    for (const [parameter, field] of Object.entries(options.params ?? {}))
      raw[field] = c.req.param(parameter);
    try {
      return c.json(
        await callNetwork(network, name, c, coerceToSchema(NETWORK_APIS[name].input, raw, displayName)),
      );
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      throw new InvalidInputError(
        error.issues.map((issue) => ({ ...issue, field: displayName(issue.field) })),
      );
    }
  });
}

/** Calls one API as the request's viewer, cancelled when the client goes away. */
export function callNetwork(
  network: Network,
  name: NetworkApiName,
  c: Context,
  input: unknown,
): Promise<unknown> {
  const api = network[name] as (viewer: unknown, input: unknown, signal: AbortSignal) => Promise<unknown>;
  return api(viewerFromRequest(c), input, c.req.raw.signal);
}
