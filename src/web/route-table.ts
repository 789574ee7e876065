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

  'GET /search': 'read',
  'GET /search/export': 'read',
  'GET /quotes/:id': 'read',
  'GET /verify': 'read',
  'POST /api/v1/verify': 'read',
  'GET /api/v1/quotes/:id': 'read',
  'GET /api/v1/search': 'read',

  'GET /speakers': 'read',
  'GET /speakers/:id': 'read',
  'GET /speakers/review': 'editor',
  'POST /speakers/review/:matchId/accept': 'editor',
  'POST /speakers/review/:matchId/dismiss': 'editor',
  'POST /speakers/changes/:auditId/undo': 'editor',
  'GET /speakers/:id/manage': 'editor',
  'POST /speakers/:id/rename': 'editor',
  'POST /speakers/:id/aliases': 'editor',
  'POST /speakers/:id/aliases/:aliasId/delete': 'editor',
  'POST /speakers/:id/external-id': 'editor',
  'POST /speakers/:id/merge': 'editor',
  'GET /speakers/:id/split': 'editor',
  'POST /speakers/:id/split': 'editor',

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

  'GET /claims': 'read',
  'GET /claims/:id': 'read',
  'POST /claims/:id/move': 'editor',
  'GET /topics': 'read',
  'GET /topics/:id': 'read',
  'POST /topics/:id/rename': 'editor',
  'POST /topics/:id/merge': 'editor',

  'GET /api/v1/articles/:id': 'read',
  'GET /api/v1/claims': 'read',
  'GET /api/v1/claims/:id': 'read',
  'GET /api/v1/topics': 'read',
  'GET /api/v1/topics/:id': 'read',
  'POST /api/v1/articles': 'editor',
  'GET /api/v1/speakers': 'read',
  'GET /api/v1/speakers/:id': 'read',
  'GET /api/v1/speakers/:id/quotes': 'read',
  'GET /api/v1/fetches/:id': 'editor',
  'POST /api/v1/imports': 'editor',
  'GET /api/v1/imports/:id': 'editor',
};
