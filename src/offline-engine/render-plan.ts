/** One call the offline planner decided on. */
export interface PlannedCall {
  skill: string;
  args: Record<string, string | number | boolean>;
}

// Plain YAML scalars only when nothing in them could read as another type or as YAML syntax.
const PLAIN = /^[A-Za-z][\w .,'/&+()-]*$/;
const NOT_A_STRING = /^(true|false|yes|no|on|off|null|~)$/i;

function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return PLAIN.test(value) && !NOT_A_STRING.test(value) && value.trim() === value
    ? value
    : JSON.stringify(value);
}

/** The plan in the YAML shape the planning prompt asks for: `thought:` then `calls:`. */
export function renderPlan(thought: string, calls: readonly PlannedCall[]): string {
  const lines = [`thought: ${scalar(thought)}`, calls.length === 0 ? 'calls: []' : 'calls:'];
  for (const call of calls) {
    lines.push(`  - skill: ${call.skill}`);
    const args = Object.entries(call.args);
    if (args.length === 0) continue;
    lines.push('    args:');
    for (const [name, value] of args) lines.push(`      ${name}: ${scalar(value)}`);
  }
  // The closing newline tells a streaming parser the last call is complete.
  return `${lines.join('\n')}\n`;
}
