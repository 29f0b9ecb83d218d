import { useEffect, useMemo, useState } from 'react';
import type { FormInstance } from 'antd';
import { MAX_DOSSIER_FILES, type PublicSubmitResponse } from '@contracts/dossiers';
import { type PublicProcedure } from '@contracts/dossier-catalogue';
import { usePublicProcedures, useReceivingUnits, useSubmitOnline } from '../api/submit';
import type { PickedFile } from '../files';
import { toSubmitRequest, type SubmissionValues } from '../submission';

/**
 * The state of an online submission: procedures matching the search, the chosen one's receiving places (the only one
 * chosen for the citizen) and required documents, the files picked, and the submission with its answer.
 */
export function useOnlineSubmission(form: FormInstance<SubmissionValues>) {
  const [search, setSearch] = useState('');
  const [procedure, setProcedure] = useState<PublicProcedure | null>(null);
  const [files, setFiles] = useState<Record<string, PickedFile>>({});
  const [done, setDone] = useState<PublicSubmitResponse | null>(null);
  const procedures = usePublicProcedures(search);
  const units = useReceivingUnits(procedure?.id ?? null);
  const submit = useSubmitOnline();

  // One receiving place only: choose it for the citizen.
  const only = units.data?.items.length === 1 ? units.data.items[0] : undefined;
  useEffect(() => {
    if (only) form.setFieldValue('receivingUnitId', only.id);
  }, [only, form]);

  const required = useMemo(() => procedure?.documents.filter((d) => d.isRequired) ?? [], [procedure]);
  const missing = required.filter((d) => !files[d.id]);
  return {
    procedures: { items: procedures.data?.items ?? [], loading: procedures.isFetching, search: setSearch },
    units: { items: units.data?.items ?? [], loading: units.isFetching },
    procedure,
    pickProcedure: (id: string | undefined) => {
      setProcedure(procedures.data?.items.find((p) => p.id === id) ?? null);
      setFiles({});
      form.setFieldValue('receivingUnitId', undefined);
      submit.reset();
    },
    files,
    setFiles,
    required,
    missing,
    tooMany: required.length > MAX_DOSSIER_FILES,
    submit,
    send: (v: SubmissionValues) => {
      if (!procedure || !v.receivingUnitId || missing.length > 0) return;
      submit.mutate(toSubmitRequest(v, procedure.id, v.receivingUnitId, files), { onSuccess: setDone });
    },
    done,
    again: () => {
      setDone(null);
      setProcedure(null);
      setFiles({});
      submit.reset();
      form.resetFields();
    },
  };
}

/** The state of an online submission (see useOnlineSubmission). */
export type SubmissionState = ReturnType<typeof useOnlineSubmission>;
