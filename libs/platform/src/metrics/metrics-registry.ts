import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { routeOf } from '../http/route-of';

/**
 * One prom-client Registry per application (not the global default one, so several apps in one
 * test process do not collide). It is injectable by its class: `constructor(metrics: Registry)`
 * and `new Counter({ ..., registers: [metrics] })`.
 */
export function createMetricsRegistry(serviceName: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service: serviceName });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** Records `http_request_duration_seconds{method,route,status_code}` for every response. */
export function httpMetricsMiddleware(registry: Registry): RequestHandler {
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return (request, response, next) => {
    const stop = duration.startTimer();
    response.once('close', () => {
      // Unmatched paths share one label value: arbitrary URLs must not create new series.
      stop({ method: request.method, route: routeOf(request) ?? 'unmatched', status_code: String(response.statusCode) });
    });
    next();
  };
}
