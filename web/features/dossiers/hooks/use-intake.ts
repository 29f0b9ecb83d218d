import { useMemo, useState } from 'react';
import { Form, type FormInstance } from 'antd';
import { missingDocuments, needsHandlingCommune } from '@core/dossier';
import type { DossierDetail } from '@contracts/dossiers';
import type { IntakeProcedure } from '@contracts/dossier-catalogue';
import { useCreateDossier, useIntakeProcedures, useIntakeUnits } from '../api/dossiers';
import { toIntakeRequest, type IntakeValues } from '../utils/intake';
import { useScans } from './use-scans';

/**
 * The state of a counter intake: the units and procedures to pick from, the chosen procedure and its checklist, whether
 * the handling commune must be named, and the submission with the dossier it created.
 */
export function useIntake(form: FormInstance<IntakeValues>) {
  const [search, setSearch] = useState('');
  const [procedure, setProcedure] = useState<IntakeProcedure | null>(null);
  const [docs, setDocs] = useState<string[]>([]);
  const [created, setCreated] = useState<DossierDetail | null>(null);
  const units = useIntakeUnits();
  const procedures = useIntakeProcedures(search);
  const create = useCreateDossier();
  const scans = useScans();

  const receivingUnitId = Form.useWatch('receivingUnitId', form);
  // The clerk's default receiving unit comes first in the list (the server's default when none is picked).
  const receivingUnit = units.data?.items.find((u) => u.id === receivingUnitId) ?? units.data?.items[0];
  const askCommune = procedure !== null && receivingUnit !== undefined && needsHandlingCommune(procedure.level, receivingUnit.communeId);
  const communes = useMemo(
    () => (units.data?.communes ?? []).filter((c) => c.provinceId === receivingUnit?.provinceId),
    [units.data, receivingUnit],
  );
  const missing = useMemo(() => (procedure ? missingDocuments(procedure.documents, docs) : []), [procedure, docs]);

  return {
    units: units.data?.items ?? [],
    procedures: { items: procedures.data?.items ?? [], loading: procedures.isFetching, search: setSearch },
    procedure,
    pickProcedure: (id: string | undefined) => {
      setProcedure(procedures.data?.items.find((x) => x.id === id) ?? null);
      setDocs([]);
      scans.reset();
    },
    askCommune,
    communes,
    docs,
    setDocs: (ids: string[]) => {
      setDocs(ids);
      scans.keepDocuments(ids);
    },
    missing,
    create,
    scans,
    // The intake stays one atomic, idempotent request; the scans follow it to the dossier it created, each on its own.
    submit: (v: IntakeValues) => {
      if (!procedure) return;
      create.mutate(toIntakeRequest(v, procedure.id, docs, askCommune), {
        onSuccess: (d) => {
          setCreated(d);
          void scans.sendAll(d.id);
        },
      });
    },
    created,
    restart: () => {
      setCreated(null);
      setProcedure(null);
      setDocs([]);
      scans.reset();
      form.resetFields();
    },
  };
}

/** The state of a counter intake (see useIntake). */
export type IntakeState = ReturnType<typeof useIntake>;
