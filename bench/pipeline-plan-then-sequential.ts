import type { Gateway, GatewayRequest } from '../src/llm/gateway/create-gateway.ts';
import { SKILLS_HEADING } from '../src/prompts/prompt-markers.ts';
import type { SkillCatalog } from '../src/skills/create-skill-registry.ts';

// The planning prompt's skill list tells the plan call apart from routing and answer calls.
const isPlanningCall = (request: GatewayRequest) =>
  `${request.system ?? ''}${JSON.stringify(request.messages)}`.includes(SKILLS_HEADING);

/**
 * Baseline (a) for the pipeline benchmark, as a real run of the same pipeline: a gateway and a
 * skill registry that together hold every skill call until the whole plan has streamed, then run
 * the calls one after another. One turn at a time: each plan call resets the hold.
 */
export function planThenSequential(
  gateway: Gateway,
  registry: SkillCatalog,
): { gateway: Gateway; registry: SkillCatalog } {
  let planStreamed: Promise<void> = Promise.resolve();
  let previousCall: Promise<unknown> = Promise.resolve();

  const held = (catalog: SkillCatalog): SkillCatalog => ({
    ...catalog,
    invoke(name, args, options) {
      const after = previousCall;
      const call = planStreamed.then(() => after).then(() => catalog.invoke(name, args, options));
      previousCall = call;
      return call;
    },
    scope: (names) => held(catalog.scope(names)),
  });

  return {
    gateway: {
      ...gateway,
      stream(request) {
        if (!isPlanningCall(request)) return gateway.stream(request);
        let resolve = () => {};
        planStreamed = new Promise<void>((settle) => {
          resolve = settle;
        });
        previousCall = planStreamed;
        return (async function* () {
          try {
            yield* gateway.stream(request);
          } finally {
            resolve();
          }
        })();
      },
    },
    registry: held(registry),
  };
}
