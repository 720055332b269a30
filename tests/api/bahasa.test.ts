// A schema's refusal in the language the client asks for: the web app's pages are in Bahasa Indonesia,
// so it sends Accept-Language: id and the field messages come localised by ajv-i18n (its `id` locale) from
// the same Ajv errors; any other client keeps Ajv's English. The one error shape is the same in both.
import { Type } from '@sinclair/typebox';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bahasaOf, registerErrorHandler } from '../../api/errors';
import { PROCEDURES } from '../../procedures';

const app = Fastify({ ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: false, discriminator: true } } });
const P2 = PROCEDURES['penunjukan-lintas-unit'].request;
const permohonan = {
  unitPemilik: 'BAPPEDA-PEREN', unitTujuan: 'KOMINFO-APTIKA', maksud: 'ok', kompetensi: ['analisis data'],
  target: 'dashboard', jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-03-31' }, pegawai: '199001012015031001',
};

beforeAll(async () => {
  registerErrorHandler(app);
  app.post('/p2', { schema: { body: P2 } }, async () => ({ ok: true }));
  app.post('/peran', { schema: { body: Type.Object({ peran: Type.Union([Type.Literal('ketua'), Type.Literal('anggota')]) }, { additionalProperties: false }) } }, async () => ({ ok: true }));
  await app.ready();
});
afterAll(() => app.close());

const send = async (body: unknown, acceptLanguage?: string) =>
  (await app.inject({ method: 'POST', url: '/p2', payload: body as object, headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} })).json().error;

describe('a schema refusal in Bahasa Indonesia', () => {
  it('a field too short or not of its format: Ajv\'s message in Bahasa, the fields named as in English', async () => {
    const { pegawai: _, ...tanpaPegawai } = permohonan;
    const body = { ...tanpaPegawai, maksud: 'ok', jangkaWaktu: { mulai: 'besok', selesai: '2027-03-31' } };
    const en = await send(body);
    const id = await send(body, 'id-ID,id;q=0.9,en;q=0.8');
    expect(id.code).toBe('INVALID_REQUEST');
    expect(id.message).toBe('permintaan tidak sesuai skemanya: perbaiki isian yang disebut lalu kirim lagi');
    expect(id.fields.map((f: { field: string }) => f.field)).toEqual(en.fields.map((f: { field: string }) => f.field));
    const pesan = Object.fromEntries(id.fields.map((f: { field: string; message: string }) => [f.field, f.message]));
    expect(pesan['body.maksud']).toBe('tidak boleh lebih pendek dari 3 karakter');
    expect(pesan['body.jangkaWaktu.mulai']).toBe('harus cocok dengan format "date"');
    expect(Object.values(pesan).join(' ')).not.toMatch(/\bmust\b/);
    expect(Object.keys(pesan)).toEqual(expect.arrayContaining(['body.maksud', 'body.jangkaWaktu.mulai']));
    // English stays the default, word for word Ajv's.
    expect(en.fields.find((f: { field: string }) => f.field === 'body.maksud').message).toBe('must NOT have fewer than 3 characters');
  });

  it('a required field left out: in Bahasa', async () => {
    const { target: _, ...tanpaTarget } = { ...permohonan, maksud: 'penyusunan dashboard' };
    expect((await send(tanpaTarget, 'id')).fields).toEqual([{ field: 'body.target', message: 'harus memiliki properti target' }]);
  });

  it('a value none of those a field takes, a property the request has not: the service\'s own words in Bahasa', async () => {
    const res = await app.inject({ method: 'POST', url: '/peran', payload: { peran: 'wakil', lain: 1 }, headers: { 'accept-language': 'id' } });
    expect(res.headers.vary).toBe('Accept-Language');
    expect(res.json().error.fields).toEqual([
      { field: 'body.lain', message: 'bukan bagian dari permintaan ini: hapus' },
      { field: 'body.peran', message: 'bukan salah satu nilai yang diterima isian ini (lihat /openapi.json)' },
    ]);
  });

  it('reads Accept-Language by weight: Bahasa only when id (or the old in) is preferred', () => {
    expect(bahasaOf(undefined)).toBe('en');
    expect(bahasaOf('id')).toBe('id');
    expect(bahasaOf('id-ID,id;q=0.9,en-US;q=0.8')).toBe('id');
    expect(bahasaOf('in-ID')).toBe('id');
    expect(bahasaOf('en-US,en;q=0.9,id;q=0.8')).toBe('en');
    expect(bahasaOf('en;q=0.5, id;q=0.7')).toBe('id');
    expect(bahasaOf('id;q=0, en')).toBe('en');
    expect(bahasaOf('*')).toBe('en');
  });
});
