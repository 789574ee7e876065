import { Router } from 'express';
import { requireRole } from '../middleware/auth';
import { openApiDocument } from './openapi';

type Json = Record<string, unknown>;

/** One operation of the document, flattened for the API page. */
interface PageOperation {
  method: string;
  path: string;
  anchor: string;
  summary: string;
  description: string;
  access: string;
  parameters: Array<{ name: string; in: string; required: boolean; type: string; description: string }>;
  example: string | null;
  responses: Array<{ status: string; description: string }>;
}

function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map(String).join(' | ');
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).filter(Boolean).join(' | ');
  const bits = [String(schema.type ?? '')];
  if (schema.pattern) bits.push(`matching ${String(schema.pattern)}`);
  if (schema.minimum !== undefined || schema.maximum !== undefined) bits.push(`${schema.minimum ?? schema.exclusiveMinimum ?? ''}…${schema.maximum ?? ''}`);
  if (schema.default !== undefined) bits.push(`default ${JSON.stringify(schema.default)}`);
  return bits.filter(Boolean).join(', ');
}

/** The document's operations in reading order, for the API page. */
export function pageOperations(doc: Json): PageOperation[] {
  const ops: PageOperation[] = [];
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(methods)) {
      const body = (op.requestBody as { content?: Record<string, { example?: unknown }> } | undefined)?.content?.['application/json']?.example;
      ops.push({
        method: method.toUpperCase(),
        path,
        anchor: `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-'),
        summary: String(op.summary ?? ''),
        description: String(op.description ?? ''),
        access: String(op['x-access'] ?? ''),
        parameters: ((op.parameters as Json[] | undefined) ?? []).map((p) => ({
          name: String(p.name),
          in: String(p.in),
          required: p.required === true,
          type: typeOf(p.schema as Json),
          description: String(p.description ?? ''),
        })),
        example: body === undefined ? null : JSON.stringify(body, null, 2),
        responses: Object.entries(op.responses as Record<string, Json>).map(([status, r]) => ({ status, description: String(r.description ?? '') })),
      });
    }
  }
  return ops;
}

/**
 * The OpenAPI document and the readable API page built from it. Both need read access, like
 * the API they describe: a client that may call the API may read its description (with its
 * bearer token), and an installation closed to anonymous visitors shows nothing of itself.
 */
export function apiDocsRouter(): Router {
  const router = Router();
  let doc: Json | null = null;
  const document = () => (doc ??= openApiDocument());

  router.get('/api/openapi.json', requireRole('read'), (_req, res) => {
    res.json(document());
  });

  router.get('/api', requireRole('read'), (_req, res) => {
    const d = document();
    res.render('api/index', { title: 'API', info: d.info, operations: pageOperations(d) });
  });

  return router;
}
