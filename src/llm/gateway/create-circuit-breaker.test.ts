import { describe, expect, it } from 'vitest';
import { createCircuitBreaker } from './create-circuit-breaker.ts';

describe('circuit breaker', () => {
  it('opens after consecutive failures, lets one probe through after the cool-down, and closes on its success', () => {
    let now = 0;
    const breaker = createCircuitBreaker({ failureThreshold: 2, openMs: 1000, now: () => now });
    breaker.record('failure');
    breaker.record('neutral');
    expect(breaker.state).toBe('closed');
    breaker.record('failure');
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    now = 1000;
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false); // one probe at a time
    breaker.record('success');
    expect(breaker.state).toBe('closed');
  });

  it('reopens when the probe fails, and frees the probe slot when it says nothing', () => {
    let now = 0;
    const breaker = createCircuitBreaker({ failureThreshold: 1, openMs: 100, now: () => now });
    breaker.record('failure');
    now = 100;
    expect(breaker.tryAcquire()).toBe(true);
    breaker.record('neutral');
    expect(breaker.tryAcquire()).toBe(true);
    breaker.record('failure');
    expect(breaker.state).toBe('open');
  });
});
