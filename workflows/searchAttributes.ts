// The case's search attributes: what finds it in the Temporal UI and CLI by its business key
// (`Region="banjar" AND CaseStatus="awaiting-decision"`). One list, which npm start, docker compose, the
// test servers and the worker register, and the kernel upserts as the case moves. Workflow-safe (no I/O).
import { defineSearchAttributeKey, SearchAttributeType, TypedSearchAttributes, type SearchAttributePair } from '@temporalio/common';
import type { CaseView, PlannedCase } from '../domain/kasus';

export const REGION = defineSearchAttributeKey('Region', SearchAttributeType.KEYWORD);
export const PROCEDURE = defineSearchAttributeKey('Procedure', SearchAttributeType.KEYWORD);
export const CASE_STATUS = defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD);
/** The requester's NIP. */
export const PEMOHON = defineSearchAttributeKey('Pemohon', SearchAttributeType.KEYWORD);
/** The NIPs of the employees the case assigns (named in the request, chosen, or on the answer's list). */
export const PEGAWAI = defineSearchAttributeKey('Pegawai', SearchAttributeType.KEYWORD_LIST);
/** The codes of the units the case's subject names (unitPemilik, unitTujuan, unit, unitTarget, …). */
export const UNIT = defineSearchAttributeKey('Unit', SearchAttributeType.KEYWORD_LIST);

export const SEARCH_ATTRIBUTES = [REGION, PROCEDURE, CASE_STATUS, PEMOHON, PEGAWAI, UNIT];

/** `Name=Type` as the Temporal CLI takes it (`temporal server start-dev --search-attribute Region=Keyword`). */
export const cliSearchAttributes = () => SEARCH_ATTRIBUTES.map(({ name, type }) => `${name}=${TypedSearchAttributes.toMetadataType(type)}`);

const isUnitRef = (v: unknown): v is { kode: string; nama: string } =>
  !!v && typeof v === 'object' && typeof (v as { kode?: unknown }).kode === 'string' && typeof (v as { nama?: unknown }).nama === 'string';

/** The values a case is found by now; a list that is still empty is left out (Temporal has it unset). */
export function searchAttributesOf(view: CaseView, input: Pick<PlannedCase, 'pegawai'>): SearchAttributePair[] {
  const pegawai = [...new Set([...(view.assignedEmployees ?? []), view.assignedEmployee, input.pegawai].flatMap((e) => (e ? [e.nip] : [])))];
  const units = [...new Set(Object.values((view.subject ?? {}) as Record<string, unknown>).filter(isUnitRef).map((u) => u.kode))];
  return [
    { key: REGION, value: view.region },
    { key: PROCEDURE, value: view.procedure },
    { key: CASE_STATUS, value: view.status },
    { key: PEMOHON, value: view.pemohon.nip },
    ...(pegawai.length ? [{ key: PEGAWAI, value: pegawai }] : []),
    ...(units.length ? [{ key: UNIT, value: units }] : []),
  ];
}
