import type { Kysely } from 'kysely';
import type { Permission } from '@core/access/permissions';
import type { RoleGrant } from '@core/access/scope';
import type { DB } from '@db/types';
import type { Config } from '../config';
import type { DatabaseKind } from '../infra/database';

/** The signed-in person making a request, with the roles they hold. */
export type Actor = {
  userId: string;
  username: string;
  fullName: string;
  unitId: string;
  grants: RoleGrant[];
  sessionId: string;
  csrfToken: string;
};

/** Injected dependencies every module reads from `app.deps`. */
export type Deps = {
  db: Kysely<DB>;
  dbKind: DatabaseKind;
  config: Config;
  now: () => Date;
  version: string;
};

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** The permission this route needs; the auth hook enforces it. */
    permission?: Permission;
    /** Open to anyone (login, health, public lookups); must be said explicitly. */
    public?: boolean;
    /** Needs a signed-in user but no particular permission (own profile, logout). */
    authenticated?: boolean;
  }
}

/** The actor of a route that declared a permission; the hook guarantees it is set. */
export function actorOf(req: { actor: Actor | null }): Actor {
  if (!req.actor) throw new Error('route without auth reached a handler that needs an actor');
  return req.actor;
}
