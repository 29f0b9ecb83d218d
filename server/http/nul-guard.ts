import type { FastifyInstance } from 'fastify';
import { NUL_RULE, nulPaths } from '@contracts/common';
import { validationError } from './validation';

/**
 * Applies the contracts' NUL rule to every route before its schema: a NUL in a path parameter, a query parameter or
 * any string of the body answers 400 VALIDATION_FAILED naming each field ('querystring.q', 'body.applicant.name'),
 * never a database error (issue #16 point 4; docs/SECURITY.md, "Input").
 */
export function installNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const paths = [
      ...nulPaths(req.params, 'params'),
      ...nulPaths(req.query, 'querystring'),
      ...(Buffer.isBuffer(req.body) ? [] : nulPaths(req.body, 'body')),
    ];
    if (paths.length) throw validationError(paths.map((path) => ({ path, message: NUL_RULE, code: 'nul_character' })));
  });
}
