import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DossierFormParamsSchema, DossierRegisterQuerySchema } from '@contracts/dossier-forms';
import { actorOf } from '../../http';
import type { FormDocument } from '@core/dossier-forms';
import { workerQueue, type WorkerQueue } from '../../infra/worker-queue';
import type { Deps } from '../../http';
import { issueDossierForm, registerPdf, registerXlsx } from './dossier-forms.service';
import { publicBaseUrl } from './public-url';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function send(
  reply: import('fastify').FastifyReply,
  file: { fileName: string; body?: Buffer; stream?: Readable },
  type: string,
  disposition: 'inline' | 'attachment',
) {
  return reply
    .header('content-type', type)
    .header('content-disposition', `${disposition}; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`)
    .header('cache-control', 'private, no-store')
    .send(file.body ?? file.stream);
}

const queues = new WeakMap<Deps, WorkerQueue<FormDocument, Uint8Array>>();

/** The PDF worker queue of an app: how many long PDFs are being laid out or wait (tests watch it). */
export const pdfQueueOf = (deps: Deps) => queues.get(deps);

/** One-stop forms as PDF (Mẫu 01–06 per dossier) and the dossier register (Mẫu 07) as PDF and Excel. */
export const dossierFormsRoutes: FastifyPluginAsyncZod = async (app) => {
  // One worker thread per process lays out long PDFs (the register), one at a time, within a memory limit.
  const pdfQueue = workerQueue<FormDocument, Uint8Array>(new URL('./pdf-worker.ts', import.meta.url), {
    maxWaiting: app.deps.config.REPORT_QUEUE_MAX,
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
  app.addHook('onClose', () => pdfQueue.close());
  queues.set(app.deps, pdfQueue);
  app.get(
    '/api/dossiers/:id/forms/:form.pdf',
    {
      config: { permission: 'dossier.read' },
      schema: {
        tags: ['dossier-forms'],
        summary: 'Văn bản mẫu 01–06 của hồ sơ (PDF) / dossier form 01–06 as PDF',
        params: DossierFormParamsSchema,
      },
    },
    async (req, reply) =>
      send(
        reply,
        await issueDossierForm(app.deps, actorOf(req), req.params.id, req.params.form, publicBaseUrl(req)),
        'application/pdf',
        'inline',
      ),
  );

  app.get(
    '/api/dossier-register.pdf',
    {
      config: { permission: 'dossier.read' },
      schema: {
        tags: ['dossier-forms'],
        summary: 'Sổ theo dõi hồ sơ (Mẫu 07, PDF) / dossier register as PDF',
        querystring: DossierRegisterQuerySchema,
      },
    },
    async (req, reply) => send(reply, await registerPdf(app.deps, actorOf(req), req.query, pdfQueue), 'application/pdf', 'inline'),
  );

  app.get(
    '/api/dossier-register.xlsx',
    {
      config: { permission: 'report.export' },
      schema: {
        tags: ['dossier-forms'],
        summary: 'Sổ theo dõi hồ sơ (Mẫu 07, Excel) / dossier register as Excel',
        querystring: DossierRegisterQuerySchema,
      },
    },
    async (req, reply) => send(reply, await registerXlsx(app.deps, actorOf(req), req.query), XLSX, 'attachment'),
  );
};
