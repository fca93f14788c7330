import { z } from 'zod';
import { NETWORK_APIS, type NetworkApiName } from '../../network/api/create-network.ts';
import type { RouteDoc } from './describe-route.ts';

/**
 * The doc of a GET route served by `networkHandler`: the API's description, its input schema split
 * into path parameters and query parameters under the names clients use.
 */
export function networkRouteDoc(
  name: NetworkApiName,
  { params = {}, rename = {} }: { params?: Record<string, string>; rename?: Record<string, string> },
): RouteDoc {
  const api = NETWORK_APIS[name];
  const shape = api.input instanceof z.ZodObject ? (api.input.shape as Record<string, z.ZodType>) : {};
  const pathFields = new Set(Object.values(params));
  const pathShape = Object.fromEntries(
    Object.entries(params).flatMap(([param, field]) => (shape[field] ? [[param, shape[field]]] : [])),
  );
  const queryShape = Object.fromEntries(Object.entries(shape).filter(([field]) => !pathFields.has(field)));
  return {
    summary: api.description,
    tags: ['network'],
    params: z.object(pathShape),
    query: z.object(queryShape),
    queryNames: Object.fromEntries(Object.entries(rename).map(([parameter, field]) => [field, parameter])),
    responses: { 200: { description: `the result of the \`${name}\` internal API` } },
  };
}
