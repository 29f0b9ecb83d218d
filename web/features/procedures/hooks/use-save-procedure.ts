import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '@contracts/procedures';
import { useToast } from '@web/lib/use-toast';
import { useCreateProcedure, useReplaceProcedure, useUpdateProcedure } from '../api/mutations';
import { formatDate } from '../utils/format';
import { toProcedureSave, type FormMode, type ProcedureFormValues } from '../utils/procedure-form';

/** Saves the procedure dialog by its mode (create, edit in place, new version), then says so and hands back the result. */
export function useSaveProcedure(mode: FormMode, onSaved: (p: ProcedureDetail) => void) {
  const { t } = useTranslation('procedures');
  const message = useToast();
  const id = mode.kind === 'create' ? '' : mode.procedure.id;
  const create = useCreateProcedure();
  const update = useUpdateProcedure(id);
  const replace = useReplaceProcedure(id);
  const mutation = mode.kind === 'create' ? create : mode.kind === 'edit' ? update : replace;

  const done = (p: ProcedureDetail) => {
    const text =
      mode.kind === 'create'
        ? t('form.created', { code: p.nationalCode })
        : mode.kind === 'edit'
          ? t('form.saved')
          : t('form.replaced', { date: formatDate(p.validFrom) });
    void message.success(text);
    onSaved(p);
  };
  const save = (v: ProcedureFormValues, provinceId: string | undefined) => {
    const request = toProcedureSave(mode, v, provinceId);
    if (request.kind === 'create') create.mutate(request.body, { onSuccess: done });
    else if (request.kind === 'edit') update.mutate(request.body, { onSuccess: done });
    else replace.mutate(request.body, { onSuccess: done });
  };
  return { save, pending: mutation.isPending, error: mutation.error };
}
