import type { Express } from 'express';
import type { Mount } from '../../src/app';
import type { Access } from '../../src/web/middleware/auth';

/** A route the running app answers, with the access its guard declares. */
export interface RouteInfo {
  method: string;
  path: string;
  access: Access | undefined;
}

/** An Express layer, as far as the walk needs it. */
export type Layer = {
  route?: { path: string; methods: Record<string, boolean>; stack: Array<{ handle: { access?: Access } }> };
  handle: { stack?: Layer[] };
  name: string;
  rawPath?: string;
};

/** Every route of a router and of the routers it mounts (nested routers must be mounted without a path). */
function walk(stack: Layer[], prefix: string, into: RouteInfo[]): void {
  for (const layer of stack) {
    if (layer.route) {
      for (const method of Object.keys(layer.route.methods)) {
        into.push({ method: method.toUpperCase(), path: prefix + layer.route.path, access: layer.route.stack[0]?.handle.access });
      }
    } else if (layer.name === 'router' && layer.handle.stack) {
      if (layer.rawPath !== '/') throw new Error(`a nested router is mounted at ${layer.rawPath}: mount it in app.ts instead`);
      walk(layer.handle.stack, prefix, into);
    }
  }
}

/** Every route the application answers, read from Express itself (the role matrix and the OpenAPI check use it). */
export function routesOf(app: Express): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const m of app.locals.mounts as Mount[]) walk((m.router as unknown as { stack: Layer[] }).stack, m.prefix, routes);
  return routes;
}
