import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DOSSIER_ACTIONS, ACTION_PERMISSION, DOSSIER_ACTION_LABELS } from '@core/dossier';
import { IdParamsSchema } from '@contracts/common';
import {
  ACTION_BODY_SCHEMAS,
  CodeParamsSchema,
  CreateDossierRequestSchema,
  DOSSIER_FILES_BODY_LIMIT,
  DossierDetailSchema,
  IDEMPOTENCY_KEY_HEADER,
  FileParamsSchema,
  PublicSubmitRequestSchema,
  PublicSubmitResponseSchema,
  UploadDossierFileRequestSchema,
  actionPath,
  type ActionRequest,
} from '@contracts/dossiers';
import { DossierListQuerySchema, DossierListResponseSchema } from '@contracts/dossier-inbox';
import {
  HandlersQuerySchema,
  HandlersResponseSchema,
  IntakeProceduresQuerySchema,
  IntakeProceduresResponseSchema,
  IntakeUnitsResponseSchema,
  PublicProceduresQuerySchema,
  PublicProceduresResponseSchema,
  PublicReceivingUnitsQuerySchema,
  PublicReceivingUnitsResponseSchema,
} from '@contracts/dossier-catalogue';
import {
  PublicCompletionParamsSchema,
  PublicCompletionRequestSchema,
  PublicCompletionStatusRequestSchema,
  PublicCompletionViewSchema,
} from '@contracts/counter-outcomes';
import { actorOf, errorResponses, type Deps } from '../../http';
import { actOnDossier, uploadFile } from './dossiers.actions';
import { receiveDossier, submitOnline } from './dossiers.intake';
import { completeOnline, completionStatus } from './dossiers.online-completion';
import { publicProcedures, publicReceivingUnits } from './dossiers.public';
import { downloadFile, getDossier, getDossierByCode, handlersFor, intakeProcedures, intakeUnits, listDossiers } from './dossiers.read';
import { fillSearchText } from './dossiers.search-text';

const errors = errorResponses(400, 401, 403, 404, 409, 413);
const tags = ['dossiers'];

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Counter intake and the choices of its form (dossier.create). */
function intakeRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/dossiers',
    {
      config: { permission: 'dossier.create' },
      schema: {
        tags,
        summary: 'Tiếp nhận hồ sơ tại quầy / intake at the counter',
        description: 'Header Idempotency-Key (optional): a retry with the same key and body answers the same dossier; another body → 409.',
        body: CreateDossierRequestSchema,
        response: { 201: DossierDetailSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await receiveDossier(deps, actorOf(req), req.body, req.id, req.headers[IDEMPOTENCY_KEY_HEADER])),
  );

  app.get(
    '/api/dossiers/intake/units',
    {
      config: { permission: 'dossier.create' },
      schema: { tags, summary: 'Nơi tiếp nhận của tôi / my receiving units', response: { 200: IntakeUnitsResponseSchema, ...errors } },
    },
    async (req) => intakeUnits(deps, actorOf(req)),
  );

  app.get(
    '/api/dossiers/intake/procedures',
    {
      config: { permission: 'dossier.create' },
      schema: {
        tags,
        summary: 'Thủ tục đang hiệu lực / procedures in effect',
        querystring: IntakeProceduresQuerySchema,
        response: { 200: IntakeProceduresResponseSchema, ...errors },
      },
    },
    async (req) => intakeProcedures(deps, req.query),
  );
}

/** Online submission and the public catalogue of its page (no sign-in, rate-limited per client address). */
function publicRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/public/dossiers',
    {
      bodyLimit: DOSSIER_FILES_BODY_LIMIT,
      config: { public: true, rateLimit: { max: 30, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary: 'Nộp hồ sơ trực tuyến / online submission',
        description: 'Header Idempotency-Key (optional): a retry with the same key and body answers the same dossier; another body → 409.',
        body: PublicSubmitRequestSchema,
        response: { 201: PublicSubmitResponseSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await submitOnline(deps, req.body, req.id, req.headers[IDEMPOTENCY_KEY_HEADER])),
  );

  // The applicant completes a submission sent back with form 02, with the secret the submission page gave them.
  app.post(
    '/api/public/dossiers/:code/completion/status',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Yêu cầu bổ sung hồ sơ trực tuyến / what to add to a sent-back submission',
        security: [],
        params: PublicCompletionParamsSchema,
        body: PublicCompletionStatusRequestSchema,
        response: { 200: PublicCompletionViewSchema, ...errors },
      },
    },
    async (req) => completionStatus(deps, req.params.code, req.body.token),
  );

  app.post(
    '/api/public/dossiers/:code/completion',
    {
      bodyLimit: DOSSIER_FILES_BODY_LIMIT,
      config: { public: true, rateLimit: { max: 30, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary: 'Bổ sung, hoàn thiện hồ sơ trực tuyến / complete a sent-back submission',
        security: [],
        params: PublicCompletionParamsSchema,
        body: PublicCompletionRequestSchema,
        response: { 200: PublicCompletionViewSchema, ...errors },
      },
    },
    async (req) => completeOnline(deps, req.params.code, req.body, req.id),
  );

  // Read-only catalogue data for the public submission page (no personal data), rate-limited per client address.
  app.get(
    '/api/public/procedures',
    {
      config: { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Thủ tục nộp trực tuyến / procedures offered online',
        security: [],
        querystring: PublicProceduresQuerySchema,
        response: { 200: PublicProceduresResponseSchema, ...errors },
      },
    },
    async (req) => publicProcedures(deps, req.query),
  );

  app.get(
    '/api/public/receiving-units',
    {
      config: { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Nơi tiếp nhận hồ sơ trực tuyến / receiving places',
        security: [],
        querystring: PublicReceivingUnitsQuerySchema,
        response: { 200: PublicReceivingUnitsResponseSchema, ...errors },
      },
    },
    async (req) => publicReceivingUnits(deps, req.query.procedureId),
  );
}

/** The inbox, one dossier, the handlers of a step and a stored file (dossier.read). */
function readRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/dossiers',
    {
      config: { permission: 'dossier.read' },
      schema: {
        tags,
        summary: 'Hộp hồ sơ / dossier inbox',
        querystring: DossierListQuerySchema,
        response: { 200: DossierListResponseSchema, ...errors },
      },
    },
    async (req) => listDossiers(deps, actorOf(req), req.query),
  );

  app.get(
    '/api/dossiers/by-code/:code',
    {
      config: { permission: 'dossier.read' },
      schema: {
        tags,
        summary: 'Tìm hồ sơ theo mã / dossier by code',
        params: CodeParamsSchema,
        response: { 200: DossierDetailSchema, ...errors },
      },
    },
    async (req) => getDossierByCode(deps, actorOf(req), req.params.code),
  );

  app.get(
    '/api/dossiers/:id',
    {
      config: { permission: 'dossier.read' },
      schema: {
        tags,
        summary: 'Chi tiết hồ sơ / dossier detail',
        params: IdParamsSchema,
        response: { 200: DossierDetailSchema, ...errors },
      },
    },
    async (req) => getDossier(deps, actorOf(req), req.params.id),
  );

  app.get(
    '/api/dossiers/:id/handlers',
    {
      config: { permission: 'dossier.read' },
      schema: {
        tags,
        summary: 'Người xử lý tại một bước / handlers at a step unit',
        params: IdParamsSchema,
        querystring: HandlersQuerySchema,
        response: { 200: HandlersResponseSchema, ...errors },
      },
    },
    async (req) => handlersFor(deps, actorOf(req), req.params.id, req.query.unitId),
  );

  app.get(
    '/api/dossiers/:id/files/:fileId',
    { config: { permission: 'dossier.read' }, schema: { tags, summary: 'Tải tệp / download a file', params: FileParamsSchema } },
    async (req, reply) => {
      const f = await downloadFile(deps, actorOf(req), req.params.id, req.params.fileId);
      return reply
        .header('content-type', f.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(f.content);
    },
  );
}

/** File upload and one route per action. */
function actionRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/dossiers/:id/files',
    {
      bodyLimit: DOSSIER_FILES_BODY_LIMIT,
      config: { permission: 'dossier.process' },
      schema: {
        tags,
        summary: 'Thêm tệp / upload a file',
        params: IdParamsSchema,
        body: UploadDossierFileRequestSchema,
        response: { 201: DossierDetailSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await uploadFile(deps, actorOf(req), req.params.id, req.body, req.id)),
  );

  // One route per action, each declaring the permission of the action (core/dossier ACTION_PERMISSION).
  for (const action of DOSSIER_ACTIONS) {
    const withFile = action === 'return_result';
    app.post(
      `/api/dossiers/:id/${actionPath(action)}`,
      {
        ...(withFile ? { bodyLimit: DOSSIER_FILES_BODY_LIMIT } : {}),
        config: { permission: ACTION_PERMISSION[action] },
        schema: {
          tags,
          summary: `${DOSSIER_ACTION_LABELS[action].vi} / ${DOSSIER_ACTION_LABELS[action].en}`,
          params: IdParamsSchema,
          body: ACTION_BODY_SCHEMAS[action],
          response: { 200: DossierDetailSchema, ...errors },
        },
      },
      async (req) => actOnDossier(deps, actorOf(req), req.params.id, action, req.body as ActionRequest, req.id),
    );
  }
}

/** Fills the search text of dossiers written before the search column, after start (stopped when the app closes). */
function fillSearchTextAfterStart(app: App, deps: Deps): void {
  // Dossiers written before the search column get their search text after start, in short batches (the app serves
  // meanwhile; until a row is filled, the inbox search finds it only by its ID number).
  let closing = false;
  const filling = fillSearchText(deps.db, { stopped: () => closing })
    .then((n) => n > 0 && app.log.info({ dossiers: n }, 'dossier search text filled'))
    .catch((err: unknown) => app.log.warn({ err }, 'dossier search text fill failed'));
  app.addHook('onClose', async () => {
    closing = true;
    await filling;
  });
}

/** One-stop dossiers under /api/dossiers (intake, inbox, detail, actions, files) and the public online submission. */
export const dossiersRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  fillSearchTextAfterStart(app, deps);
  intakeRoutes(app, deps);
  publicRoutes(app, deps);
  readRoutes(app, deps);
  actionRoutes(app, deps);
};
