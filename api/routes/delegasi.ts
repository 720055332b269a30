// Plt/Plh delegations through the API: made and ended by whoever appoints to the position (the region's
// rule, identity/policy.ts), read by the region; each with its history and its workflow (workflows/delegasi.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { endDelegasi, getDelegasi, jabatanOf, listDelegasi, makeDelegasi, type DelegasiRow } from '../../db/delegasi';
import { loadOrg } from '../../db/masterData';
import { checkDelegasi, checkJenis, pengangkatOf, tingkatOf, type Delegasi } from '../../domain/delegasi';
import { profileOf } from '../../profiles';
import { akhiriDelegasiSignal, delegasiWorkflowId, type DelegasiWorkflowInput } from '../../workflows/shared';
import { authorize } from '../authorize';
import { ApiError } from '../errors';
import { actingOfficial, mayAccess } from '../plugins/auth';
import { ActingOfficialHeaders, errors, Id, IsoDate, IsoDateTime, Nip, ok, Region } from '../schemas/common';
import { ANSWER_WITHIN_MS, within } from '../unanswered';
import { Line, Text } from '../../procedures/schemas';

const Jenis = Type.Union([Type.Literal('Plt'), Type.Literal('Plh'), Type.Literal('Pj'), Type.Literal('Pjs')], { description: 'Plh: the holder is temporarily away; Plt: the position is vacant; Pj: a penjabat of the vacant Sekretaris Daerah (Perpres 3/2018); Pjs: a penjabat sementara, of the kepala daerah only (refused: no position of the master data)' });
const Dasar = Type.Object({ nomor: Line({ minLength: 1, description: 'the surat perintah\'s number' }), tanggal: IsoDate }, { description: 'the surat perintah it rests on' });
const Oleh = { oleh: Nip, via: Type.String({ examples: ['signed-in', 'vouched'] }), client: Type.String({ description: 'the e-office system, or official:<NIP> signed in' }) };

const Delegation = Type.Object({
  id: Type.String(),
  region: Type.String(),
  jabatan: Type.String({ description: 'the position held, by its kode in the region\'s master data' }),
  pemegangNip: Type.Optional(Nip),
  delegasiNip: Nip,
  jenis: Jenis,
  mulai: IsoDateTime,
  sampai: IsoDateTime,
  dasar: Dasar,
  dibuat: Type.Object({ ...Oleh, pada: IsoDateTime }),
  riwayat: Type.Array(Type.Object({
    peristiwa: Type.Union([Type.Literal('dibuat'), Type.Literal('diakhiri')]), pada: IsoDateTime, ...Oleh,
    sampaiSebelum: Type.Optional(IsoDateTime), sampaiSesudah: IsoDateTime, alasan: Type.Optional(Type.String()),
  }), { description: 'every change: made, ended early (sampai before and after), by whom and how they were known' }),
}, { $id: 'Delegation', title: 'Delegation', description: 'A Plt/Plh delegation: in force for [mulai, sampai)' });
const DelegationRef = Type.Ref('Delegation');
const Params = Type.Object({ delegationId: Id() });
/** An instant the caller gives: bounded like every input (the door). */
const Waktu = Type.String({ format: 'date-time', maxLength: 35, description: 'ISO 8601 date-time with its offset, e.g. 2026-12-07T08:00:00+08:00' });

const notFound = (id: string) => new ApiError(404, { code: 'DELEGATION_NOT_FOUND', message: `no delegation ${id}` });
const byOf = (req: FastifyRequest) => ({ nip: actingOfficial(req), via: req.actor!.via, client: req.client });

/** The position, and the policy's word on whether the caller appoints to it. */
async function mayAppoint(app: FastifyInstance, req: FastifyRequest, region: string, kode: string) {
  await authorize(app, req, { op: 'delegations.read', region });
  const jabatan = await jabatanOf(app.deps.pool, region, kode);
  if (!jabatan) throw new ApiError(422, { code: 'POSITION_NOT_FOUND', message: `no position ${kode} in the master data of ${region}`, fields: [{ field: 'body.jabatan', message: 'a jabatan kode of the region' }] });
  const org = await loadOrg(app.deps.pool, region, [actingOfficial(req)]);
  const rule = pengangkatOf(profileOf(region).delegasi, org, jabatan);
  await authorize(app, req, { op: 'delegation.make', region, jabatan: kode, appointers: rule.nips, kepegawaian: rule.kepegawaian, citation: rule.citation });
  return jabatan;
}

/** A delegation the caller's regions reach; another region's is not there for them. */
async function readDelegation(app: FastifyInstance, req: FastifyRequest, id: string): Promise<DelegasiRow> {
  const d = await getDelegasi(app.deps.pool, id);
  if (!d || !mayAccess(req, d.region)) throw notFound(id);
  return d;
}

export const delegasiRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(Delegation);

  app.post('/delegations', {
    schema: {
      operationId: 'makeDelegation', tags: ['delegations'], summary: 'Appoint a Plh or Plt to a position for a period',
      description: 'By whoever appoints to the position (the region\'s rule: the Pimpinan PD inside it, the Sekretaris Daerah or the BKPSDM above). From mulai, the decision tasks of its holder go to the delegate; at sampai they go back.',
      headers: ActingOfficialHeaders,
      body: Type.Object({ region: Region, jabatan: Id(), delegasi: Nip, jenis: Jenis, mulai: Waktu, sampai: Waktu, dasar: Dasar }),
      response: { 201: ok('The delegation, made', DelegationRef), ...errors('makeDelegation') },
    },
  }, async (req, reply) => {
    const { region, jabatan: kode, delegasi: delegate, jenis, mulai, sampai, dasar } = req.body;
    const jabatan = await mayAppoint(app, req, region, kode);
    const org = await loadOrg(app.deps.pool, region, [delegate]);
    if (!org.pegawai[delegate]) throw new ApiError(422, { code: 'DELEGATE_NOT_FOUND', message: `${delegate} is not in the master data of ${region}`, fields: [{ field: 'body.delegasi', message: 'an employee of the region' }] });
    const d: Delegasi = { id: `${region}-dlg-${randomUUID()}`, region, jabatan: kode, ...(jabatan.pemegang ? { pemegangNip: jabatan.pemegang } : {}), delegasiNip: delegate, jenis, mulai: new Date(mulai).toISOString(), sampai: new Date(sampai).toISOString(), dasar };
    // The kind fits the position (a Pj of the Sekretaris Daerah only, when vacant; a Pjs of none here).
    checkJenis(d, tingkatOf(org, jabatan));
    const input: DelegasiWorkflowInput = { id: d.id, region, mulai: d.mulai, sampai: d.sampai, nips: [...(d.pemegangNip ? [d.pemegangNip] : []), delegate] };
    await makeDelegasi(app.deps.pool, d, byOf(req), (others, positionOf) => checkDelegasi(profileOf(region).delegasi, d, others, positionOf), () => within(app, ANSWER_WITHIN_MS, () =>
      app.deps.temporal.workflow.start('delegasi', { workflowId: delegasiWorkflowId(d.id), taskQueue: app.deps.config.TASK_QUEUE, args: [input] })));
    req.log.info({ delegation: d.id, jabatan: kode, delegate, jenis }, 'delegation made');
    return reply.status(201).send(await getDelegasi(app.deps.pool, d.id));
  });

  app.get('/delegations', {
    schema: {
      operationId: 'listDelegations', tags: ['delegations'], summary: 'The delegations of a region, newest first',
      querystring: Type.Object({
        region: Region, jabatan: Type.Optional(Id()), nip: Type.Optional(Nip),
        limit: Type.Optional(Type.String({ pattern: '^([1-9]|[1-9]\\d|100)$', maxLength: 3, description: '1-100, default 50' })),
      }),
      response: { 200: ok('The delegations, each with its history', Type.Object({ delegations: Type.Array(DelegationRef) })), ...errors('listDelegations') },
    },
  }, async (req) => {
    const { region, jabatan, nip, limit } = req.query;
    await authorize(app, req, { op: 'delegations.read', region });
    return { delegations: await listDelegasi(app.deps.pool, { regions: [region], jabatan, nip, limit: Number(limit ?? 50) }) };
  });

  app.get('/delegations/:delegationId', {
    schema: {
      operationId: 'getDelegation', tags: ['delegations'], summary: 'A delegation with its history', params: Params,
      response: { 200: ok('The delegation', DelegationRef), ...errors('getDelegation') },
    },
  }, async (req) => readDelegation(app, req, req.params.delegationId));

  app.post('/delegations/:delegationId/end', {
    schema: {
      operationId: 'endDelegation', tags: ['delegations'], summary: 'End a delegation early, or revoke it before it begins',
      description: 'By whoever appoints to the position. At the new end (now, or the sampai given) the tasks go back to the holder.',
      params: Params, headers: ActingOfficialHeaders,
      body: Type.Optional(Type.Object({ sampai: Type.Optional(Waktu), alasan: Type.Optional(Text()) })),
      response: { 200: ok('The delegation as it now ends', DelegationRef), ...errors('endDelegation') },
    },
  }, async (req) => {
    const d = await readDelegation(app, req, req.params.delegationId);
    await mayAppoint(app, req, d.region, d.jabatan);
    const end = await endDelegasi(app.deps.pool, d.id, req.body?.sampai ?? new Date().toISOString(), byOf(req), req.body?.alasan, (at) => within(app, ANSWER_WITHIN_MS, () =>
      app.deps.temporal.workflow.getHandle(delegasiWorkflowId(d.id)).signal(akhiriDelegasiSignal, at)));
    if (!end) throw new ApiError(409, { code: 'DELEGATION_ENDED', message: `delegation ${d.id} ended at ${d.sampai}`, citation: profileOf(d.region).delegasi.citation });
    req.log.info({ delegation: d.id, sampai: end }, 'delegation ended');
    return getDelegasi(app.deps.pool, d.id);
  });
};
