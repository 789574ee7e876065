import type { Access } from './middleware/auth';

/**
 * Who may use each route: the reference the role-matrix test checks the running app
 * against. A route missing here, or guarded differently in its router, fails that test.
 * public: anyone · read: signed-in users (and anonymous visitors when the installation
 * allows it) · viewer / editor / admin: that role and above.
 */
export const ROUTE_TABLE: Record<string, Access> = {
  'GET /healthz': 'public',
  'GET /login': 'public',
  'POST /login': 'public',
  'POST /logout': 'public',
  'GET /setup': 'public',
  'POST /setup': 'public',

  'GET /': 'read',
  'GET /articles': 'read',
  'GET /articles/:id': 'read',
  'GET /articles/:id/snapshots/:snapshotId': 'read',
  'GET /articles/new': 'editor',
  'POST /articles': 'editor',
  'GET /fetches/:id': 'editor',

  'GET /feeds': 'editor',
  'POST /feeds': 'editor',
  'GET /feeds/:id': 'editor',
  'POST /feeds/:id/poll': 'editor',
  'POST /feeds/:id/active': 'editor',

  'GET /imports': 'editor',
  'POST /imports': 'editor',
  'GET /imports/:id': 'editor',
  'POST /imports/:id/retry': 'editor',

  'GET /account/tokens': 'viewer',
  'POST /account/tokens': 'viewer',
  'POST /account/tokens/:id/revoke': 'viewer',

  'GET /admin/users': 'admin',
  'POST /admin/users': 'admin',
  'POST /admin/users/:id': 'admin',
  'GET /admin/settings': 'admin',
  'POST /admin/settings': 'admin',
  'GET /admin/audit': 'admin',

  'GET /api/v1/articles/:id': 'read',
  'POST /api/v1/articles': 'editor',
  'GET /api/v1/fetches/:id': 'editor',
  'POST /api/v1/imports': 'editor',
  'GET /api/v1/imports/:id': 'editor',
};
