import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { importMasterData } from '../../db/masterData';
import { tanggalLokal } from '../../domain/dokumen';
import { profileOf } from '../../profiles';
import { ApiError } from '../errors';
import { assertRegion } from '../plugins/auth';
import { errors, ok, Region } from '../schemas/common';
import { ImportSummary, MasterDataImport } from '../schemas/masterData';

export const masterDataRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/master-data/:region', {
    bodyLimit: 50 * 1024 * 1024,
    schema: {
      operationId: 'importMasterData',
      tags: ['master data'],
      summary: 'Bulk import of units, positions and employees with their kedudukan',
      description: 'Idempotent upsert: the same file twice changes nothing. Any invalid row rejects the whole import; every invalid row is listed in error.fields as <sheet>[<row>].<field>.',
      params: Type.Object({ region: Region }),
      body: MasterDataImport,
      response: { 200: ok('What the import created, updated and left unchanged', ImportSummary), ...errors('importMasterData') },
    },
  }, async (req) => {
    const { region } = req.params;
    assertRegion(req, region);
    const profile = profileOf(region);
    const result = await importMasterData(app.deps.pool, region, req.body, profile, tanggalLokal(new Date().toISOString(), profile.zonaWaktu));
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
};
