import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { getCase } from '../../db/cases';
import { caseMasterDataVersions, importMasterData, masterDataChanges, masterDataVersion } from '../../db/masterData';
import { tanggalLokal } from '../../domain/dokumen';
import { profileOf } from '../../profiles';
import { authorize, caseFacts } from '../authorize';
import { ApiError } from '../errors';
import { errors, Id, IsoDateTime, Nip, ok, Region } from '../schemas/common';
import { ImportSummary, MasterDataImport } from '../schemas/masterData';

const Row = Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]);
const Changes = Type.Object({
  region: Type.String(),
  version: Type.Integer({ description: 'the version of the region\'s master data now (0: no import recorded yet)' }),
  since: Type.Integer({ description: 'the changes listed are those of the versions after this one' }),
  plannedAgainst: Type.Optional(Type.Integer({ description: 'with ?case=: the version the case was planned against (= since)' })),
  changes: Type.Array(Type.Object({
    id: Type.Integer(),
    version: Type.Integer(),
    importedAt: IsoDateTime,
    client: Type.String({ description: 'the e-office system the import came through, or official:<NIP> signed in' }),
    actor: Type.Optional(Type.Object({ nip: Nip, via: Type.String({ examples: ['signed-in', 'vouched'] }) })),
    tabel: Type.String({ examples: ['units', 'jabatan', 'pegawai', 'kepala_daerah'] }),
    kunci: Type.String({ description: 'the row\'s key: kode, NIP, or the region for kepala_daerah' }),
    perubahan: Type.Union([Type.Literal('added'), Type.Literal('changed'), Type.Literal('removed')]),
    sebelum: Row,
    sesudah: Row,
  })),
  nextAfter: Type.Optional(Type.String()),
});

export const masterDataRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/master-data/:region', {
    bodyLimit: 50 * 1024 * 1024,
    schema: {
      operationId: 'importMasterData',
      tags: ['master data'],
      summary: 'Bulk import of units, positions and employees with their kedudukan',
      description: 'Idempotent upsert: the same file twice changes nothing. Any invalid row rejects the whole import; every invalid row is listed in error.fields as <sheet>[<row>].<field>. '
        + 'An e-office system with the master-data right, or a kepegawaian admin of the region; each import is a new version, its changes readable at /master-data/{region}/changes.',
      params: Type.Object({ region: Region }),
      body: MasterDataImport,
      response: { 200: ok('What the import created, updated and left unchanged', ImportSummary), ...errors('importMasterData') },
    },
  }, async (req) => {
    const { region } = req.params;
    await authorize(app, req, { op: 'master-data.import', region });
    const profile = profileOf(region);
    const by = { client: req.client, ...(req.actor ? { actor: { nip: req.actor.nip, via: req.actor.via } } : {}) };
    const result = await importMasterData(app.deps.pool, region, req.body, profile, tanggalLokal(new Date().toISOString(), profile.zonaWaktu), by);
    if (!result.ok)
      throw new ApiError(422, {
        code: 'MASTER_DATA_REJECTED',
        message: `${result.rejected.length} invalid row(s); nothing was written. Fix them and send the whole file again.`,
        fields: result.rejected.map((r) => ({
          field: `${r.sheet}[${r.row}]${r.field ? `.${r.field}` : ''}`,
          message: `${r.key}: ${r.reason}`,
          ...(r.citation ? { citation: r.citation } : {}),
        })),
      });
    req.log.info({ region, ...result }, 'master data imported');
    const { ok: _ok, ...counts } = result;
    return { region, ...counts };
  });

  app.get('/master-data/:region/changes', {
    schema: {
      operationId: 'listMasterDataChanges',
      tags: ['master data'],
      summary: 'The history of a region\'s master data: each import (who, through which system, when) and the rows it added, changed or removed, before and after',
      description: 'Oldest first; page with ?after=<nextAfter>. ?since=N: the changes after version N. ?case=<caseId>: the changes since the version that case was planned against — '
        + 'the org as the case saw it is today\'s rows with these changes undone, newest first (each `sebelum`; an added row had none). For the region\'s auditors, kepegawaian admins and e-office systems.',
      params: Type.Object({ region: Region }),
      querystring: Type.Object({
        since: Type.Optional(Type.String({ pattern: '^\\d{1,9}$', maxLength: 9 })),
        case: Type.Optional(Id()),
        limit: Type.Optional(Type.String({ pattern: '^([1-9]|[1-9]\\d|[1-4]\\d\\d|500)$', maxLength: 3, description: '1-500, default 100' })),
        after: Type.Optional(Type.String({ pattern: '^\\d{1,15}$', maxLength: 15, description: 'nextAfter of the previous page' })),
      }),
      response: { 200: ok('The changes, oldest first', Changes), ...errors('listMasterDataChanges') },
    },
  }, async (req) => {
    const { region } = req.params;
    await authorize(app, req, { op: 'master-data.read', region });
    let since = Number(req.query.since ?? 0);
    let plannedAgainst: number | undefined;
    if (req.query.case) {
      const caseId = req.query.case;
      const notFound = () => new ApiError(404, { code: 'CASE_NOT_FOUND', message: `no case ${caseId} planned against the master data of ${region}` });
      const view = await getCase(app.deps.pool, caseId);
      if (!view) throw notFound();
      await authorize(app, req, { op: 'case.read', case: caseFacts(view) }, notFound);
      plannedAgainst = (await caseMasterDataVersions(app.deps.pool, caseId))?.[region];
      if (plannedAgainst === undefined) throw notFound();
      since = plannedAgainst;
    }
    const n = Number(req.query.limit ?? 100);
    const changes = await masterDataChanges(app.deps.pool, region, { since, after: Number(req.query.after ?? 0), limit: n });
    return {
      region, version: await masterDataVersion(app.deps.pool, region), since, ...(plannedAgainst !== undefined ? { plannedAgainst } : {}),
      changes, nextAfter: changes.length === n ? String(changes.at(-1)!.id) : undefined,
    };
  });
};
