import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DossierFormParamsSchema, DossierRegisterQuerySchema } from '@contracts/dossier-forms';
import { actorOf } from '../../http';
import { issueDossierForm, registerPdf, registerXlsx, type IssuedFile } from './dossier-forms.service';
import { publicBaseUrl } from './public-url';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function send(reply: import('fastify').FastifyReply, file: IssuedFile, type: string, disposition: 'inline' | 'attachment') {
  return reply
    .header('content-type', type)
    .header('content-disposition', `${disposition}; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`)
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/** One-stop forms as PDF (Mẫu 01–06 per dossier) and the dossier register (Mẫu 07) as PDF and Excel. */
export const dossierFormsRoutes: FastifyPluginAsyncZod = async (app) => {
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
    async (req, reply) => send(reply, await registerPdf(app.deps, actorOf(req), req.query), 'application/pdf', 'inline'),
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
