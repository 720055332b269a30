// The rule a request's field serves, so that a refusal by the schema (400 INVALID_REQUEST) cites its
// article as a rule's refusal does (issue 17): the minimum content of a Surat Permohonan (banjar
// lampiran II.B.1.b, pati lampiran B.2.a.2), a rating's values (PermenPANRB 6/2022), a decision and
// its reasons (the article of the step decided).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getCase } from '../db/cases';
import { NILAI_KINERJA } from '../domain/predikat';
import { isRegion, profileOf } from '../profiles';
import { authorize, caseFacts } from './authorize';
import { ApiError } from './errors';

/** The Surat Permohonan's minimum content: maksud dan tujuan, kompetensi, target, durasi. */
const ISI_MINIMUM = ['maksud', 'kompetensi', 'target', 'jangkaWaktu'];
const NILAI = ['hasilKerja', 'perilakuKerja', 'predikat'];
const DECISION_ROUTE = '/api/v1/cases/:caseId/tasks/:taskId/decision';

/** "penunjukan-lintas-unit" → the profile's section "penunjukanLintasUnit". */
const sectionOf = (region: string, procedure: string) =>
  (profileOf(region) as unknown as Record<string, { minimumContents?: { citation: string } } | undefined>)[procedure.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];

/** A field of POST /cases: what the request must contain, or a rating's values. */
function startCitation(body: unknown, property: string): string | undefined {
  const { procedure, region } = (body ?? {}) as { procedure?: unknown; region?: unknown };
  if (typeof region !== 'string' || !isRegion(region) || typeof procedure !== 'string') return undefined;
  if (ISI_MINIMUM.includes(property)) return sectionOf(region, procedure)?.minimumContents?.citation;
  if (NILAI.includes(property) && procedure === 'rekomendasi-penilaian-kinerja') return NILAI_KINERJA.citation;
  return undefined;
}

/** A decision's fields: the article of the step decided, for a caller who may see the case. */
async function decisionCitation(app: FastifyInstance, req: FastifyRequest): Promise<string | undefined> {
  const { caseId, taskId } = req.params as { caseId: string; taskId: string };
  const view = await getCase(app.deps.pool, caseId);
  if (!view) return undefined;
  const mayRead = await authorize(app, req, { op: 'case.read', case: caseFacts(view) }).then(() => true, () => false);
  return mayRead ? view.tasks.find((t) => t.id === taskId)?.citation : undefined;
}

/** The refusal with each field's citation (and the first as the refusal's) where a rule stands behind the field. */
export async function citeFields(app: FastifyInstance, req: FastifyRequest, e: ApiError): Promise<ApiError> {
  if (e.body.code !== 'INVALID_REQUEST' || !e.body.fields) return e;
  const decision = req.routeOptions.url === DECISION_ROUTE ? await decisionCitation(app, req).catch(() => undefined) : undefined;
  const fields = e.body.fields.map((f) => {
    const property = f.field.split(/[.[]/)[1] ?? '';
    const citation = req.routeOptions.url === '/api/v1/cases' && req.method === 'POST' ? startCitation(req.body, property)
      : ['decision', 'reasons', 'alasan'].includes(property) ? decision : undefined;
    return citation ? { ...f, citation } : f;
  });
  const citation = fields.find((f) => f.citation)?.citation;
  return citation ? new ApiError(e.status, { ...e.body, fields, citation }) : e;
}
