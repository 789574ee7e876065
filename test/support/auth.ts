import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApiToken } from '../../src/services/api-tokens';
import { CLI_ACTOR } from '../../src/services/audit';
import { createUser } from '../../src/services/users';
import type { Role } from '../../src/web/middleware/auth';

/** A user created through the real service, with a unique e-mail address. */
export interface TestUser {
  id: number;
  email: string;
  password: string;
  role: Role;
}

/** Creates a user with the given role. */
export async function createTestUser(ds: DataSource, role: Role): Promise<TestUser> {
  const email = `${role}-${randomUUID().slice(0, 12)}@example.test`;
  const password = `pw-${randomUUID()}`;
  const user = await createUser({ dataSource: ds }, { email, password, role }, CLI_ACTOR);
  return { id: user.id, email, password, role };
}

/** A bearer token for a new user with the given role. */
export async function tokenFor(ds: DataSource, role: Role): Promise<string> {
  const user = await createTestUser(ds, role);
  return (await createApiToken({ dataSource: ds }, user.id, { name: 'tests' }, CLI_ACTOR)).token;
}

/** Reads the CSRF token from a page the agent opens. */
export async function csrfFrom(agent: request.Agent, path = '/login'): Promise<string> {
  const page = await agent.get(path);
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
  if (!token) throw new Error(`no CSRF token on ${path} (status ${page.status})`);
  return token;
}

/** Signs an agent in through the real login form. */
export async function signIn(agent: request.Agent, user: TestUser): Promise<void> {
  const csrf = await csrfFrom(agent, '/login');
  const res = await agent.post('/login').type('form').send({ email: user.email, password: user.password, _csrf: csrf });
  if (res.status !== 303) throw new Error(`sign-in failed with ${res.status}`);
}

/** A supertest agent signed in as a new user with the given role. */
export async function signedInAgent(app: Parameters<typeof request.agent>[0], ds: DataSource, role: Role) {
  const user = await createTestUser(ds, role);
  const agent = request.agent(app);
  await signIn(agent, user);
  return { agent, user };
}
