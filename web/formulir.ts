// The start form of a procedure, generated from its request schema (the registry's TypeBox schema the
// API validates against), and the form's answer turned back into that request. NIP fields choose an
// employee and unit fields a unit of the master data; nested objects are fieldsets; a list of objects (or
// of employees) is repeated rows, added and removed by the form itself (`_baris`, without a script; htmx
// swaps only the form). What a form control cannot say is JSON in a text area. The API remains the judge
// of every field.
import type { TSchema } from '@sinclair/typebox';

export interface Choice { value: string; label: string }
export interface Choices { pegawai: Choice[]; units: Choice[] }

export type Field =
  | { kind: 'group'; name: string; label: string; required: boolean; fields: Field[] }
  | { kind: 'text' | 'textarea' | 'date' | 'number' | 'checkbox' | 'lines' | 'json'; name: string; label: string; required: boolean }
  | { kind: 'select' | 'multiselect'; name: string; label: string; required: boolean; options: Choice[] }
  /** Repeated rows: `row(i)` are the fields of row i, named `name[i]…`. */
  | { kind: 'list'; name: string; label: string; required: boolean; item: string; row: (i: number) => Field[] };

type Schema = TSchema & { properties?: Record<string, Schema>; required?: string[]; items?: Schema; anyOf?: Schema[]; const?: unknown; enum?: string[] };

/** "unitPemilik" → "Unit pemilik", "ppkTujuan" → "PPK tujuan". */
const label = (name: string) => {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/\b(ppk|puo|pyb|nip|skp)\b/g, (a) => a.toUpperCase());
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const literalsOf = (s: Schema): string[] | undefined =>
  s.enum ?? (s.anyOf?.every((m) => typeof m.const === 'string') ? s.anyOf.map((m) => m.const as string) : undefined);

const isNip = (s: Schema) => s.type === 'string' && s.pattern === '^\\d{18}$';
const isUnit = (name: string, s: Schema) => s.type === 'string' && /^unit/.test(name);

function fieldOf(name: string, key: string, s: Schema, required: boolean, c: Choices): Field {
  const base = { name, label: label(key), required };
  const values = literalsOf(s);
  if (values) return { ...base, kind: 'select', options: values.map((v) => ({ value: v, label: v })) };
  // A NIP of an agency not on this service has no master data here to choose from: typed.
  if (isNip(s)) return c.pegawai.length ? { ...base, kind: 'select', options: c.pegawai } : { ...base, kind: 'text' };
  if (isUnit(key, s) && c.units.length) return { ...base, kind: 'select', options: c.units };
  if (s.type === 'object' && s.properties) return { ...base, kind: 'group', fields: fieldsOf(s, c, name) };
  if (s.type === 'array' && s.items) {
    const items = s.items;
    const choices = literalsOf(items);
    if (choices) return { ...base, kind: 'multiselect', options: choices.map((v) => ({ value: v, label: v })) };
    if (isNip(items) || (items.type === 'object' && items.properties))
      return { ...base, kind: 'list', item: isNip(items) ? 'Pegawai' : ITEM[key] ?? label(singular(key)), row: (i) => rowOf(`${name}[${i}]`, items, c, i) };
    if (items.type === 'string') return { ...base, kind: 'lines' };
    return { ...base, kind: 'json' };
  }
  if (s.type === 'string') return { ...base, kind: s.format === 'date' ? 'date' : (s.maxLength ?? 0) > 200 ? 'textarea' : 'text' };
  if (s.type === 'number' || s.type === 'integer') return { ...base, kind: 'number' };
  if (s.type === 'boolean') return { ...base, kind: 'checkbox' };
  return { ...base, kind: 'json' };
}

/** A row as the form names it: "anggotaLintasUnit" → "Anggota lintas unit"; the API's English names in Bahasa Indonesia. */
const singular = (key: string) => key.replace(/s$/, '');
const ITEM: Record<string, string> = { employees: 'Pegawai' };

/** The fields of row `name` ("anggota[0]"): an object's fields, or the one employee chosen. */
function rowOf(name: string, items: Schema, c: Choices, i: number): Field[] {
  if (items.type === 'object') return fieldsOf(items, c, name);
  return [{ ...fieldOf(name, 'pegawai', items, false, c), label: `Pegawai ${i + 1}` }];
}

/** The fields of an object schema, named by their path ("jangkaWaktu.mulai", "anggota[0].nip"). */
export function fieldsOf(schema: TSchema, c: Choices, prefix = ''): Field[] {
  const s = schema as Schema;
  return Object.entries(s.properties ?? {}).map(([key, p]) => fieldOf(prefix ? `${prefix}.${key}` : key, key, p, (s.required ?? []).includes(key), c));
}

type FormValue = string | string[] | undefined;

/** The form's answer as the request: empty fields left out, numbers and lists as the schema has them. */
export function requestOf(fields: Field[], form: Record<string, FormValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const key = f.name.split('.').at(-1)!;
    const raw = form[f.name];
    const one = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
    const many = (raw === undefined ? [] : [raw].flat()).filter(Boolean);
    switch (f.kind) {
      case 'group': {
        const inner = requestOf(f.fields, form);
        if (Object.keys(inner).length) out[key] = inner;
        break;
      }
      case 'multiselect': if (many.length) out[key] = many; break;
      case 'lines': if (one) out[key] = one.split('\n').map((l) => l.trim()).filter(Boolean); break;
      case 'number': if (one) out[key] = Number(one); break;
      case 'checkbox': if (one) out[key] = true; break;
      case 'json': if (one) out[key] = parsedOr(one); break;
      case 'list': {
        // Rows left empty are no entry; a required list goes even when empty (the API says if it may be).
        const rows = Array.from({ length: rowsOf(f.name, form, f.required) }, (_, i) => f.row(i)).flatMap((row): unknown[] => {
          const [only] = row;
          if (row.length === 1 && only.name.endsWith(']')) return text1(form[only.name]) ? [text1(form[only.name])] : [];
          const inner = requestOf(row, form);
          return Object.keys(inner).length ? [inner] : [];
        });
        if (rows.length || f.required) out[key] = rows;
        break;
      }
      default: if (one) out[key] = one;
    }
  }
  return out;
}

const text1 = (v: FormValue) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';

/** The form's key holding how many rows a list shows (so a row added and still empty stays). */
const countKey = (name: string) => `_jumlah.${name}`;

/** How many rows list `name` shows: as the form last said, else as its values reach, else one if required. */
export function rowsOf(name: string, form: Record<string, FormValue>, required: boolean): number {
  const said = text1(form[countKey(name)]);
  if (/^\d{1,3}$/.test(said) && Number(said) <= 100) return Number(said);
  const prefix = `${name}[`;
  const reached = Object.keys(form).filter((k) => k.startsWith(prefix)).map((k) => Number(k.slice(prefix.length).split(']')[0]) + 1);
  return Math.max(required ? 1 : 0, ...reached.filter(Number.isInteger));
}

/**
 * A row added or removed (`_baris`: "tambah:anggota", "hapus:anggota[1]"): the form as it then stands,
 * the rows after a removed one moved up. Undefined: the form asks for no such change.
 */
export function changeRows(fields: Field[], form: Record<string, FormValue>): { form: Record<string, FormValue>; added?: string } | undefined {
  const asked = text1(form._baris);
  const m = /^(tambah|hapus):(.+?)(?:\[(\d+)\])?$/.exec(asked);
  if (!m) return undefined;
  const [, what, name, index] = m;
  const list = fieldNamed(fields, name);
  if (list?.kind !== 'list') return undefined;
  const n = rowsOf(name, form, list.required);
  const { _baris: _, ...rest } = form;
  if (what === 'tambah') return n >= 100 ? { form: rest } : { form: { ...rest, [countKey(name)]: String(n + 1) }, added: `${name}[${n}]` };
  const k = Number(index);
  if (!Number.isInteger(k) || k >= n) return { form: rest };
  const out: Record<string, FormValue> = {};
  const prefix = `${name}[`;
  for (const [key, v] of Object.entries(rest)) {
    // Row keys ("anggota[2].nip") and the counts of lists inside a row ("_jumlah.anggota[2].cadangan").
    const [lead, path] = key.startsWith('_jumlah.') ? ['_jumlah.', key.slice(8)] : ['', key];
    if (!path.startsWith(prefix)) { out[key] = v; continue; }
    const j = Number(path.slice(prefix.length).split(']')[0]);
    if (j === k) continue;
    out[j > k ? `${lead}${prefix}${j - 1}${path.slice(prefix.length + String(j).length)}` : key] = v;
  }
  out[countKey(name)] = String(n - 1);
  return { form: out };
}

/** JSON as typed; text that is not JSON goes as it is, for the API to name the field. */
function parsedOr(text: string): unknown {
  try { return JSON.parse(text); } catch { return text; }
}

/** The form's values as typed, for showing the form again after a refusal. */
export const typedValues = (form: Record<string, FormValue>) => Object.fromEntries(Object.entries(form).map(([k, v]) => [k, [v ?? []].flat()]));

/**
 * An API field as the form's field name: "body.jangkaWaktu.mulai" → "jangkaWaktu.mulai", a row's
 * "body.anggota[0].nip" as it is, an item of a list typed in one control ("body.kompetensi[1]") → "kompetensi".
 */
export const formFieldOf = (apiField: string, fields: Field[] = []) => {
  const name = apiField.replace(/^body\./, '');
  const item = /^(.*)\[\d+\]$/.exec(name);
  return item && fieldNamed(fields, item[1])?.kind !== 'list' ? item[1] : name;
};

/** The field of that name, among the fields, their groups and the rows of their lists. */
function fieldNamed(fields: Field[], name: string): Field | undefined {
  for (const f of fields) {
    if (f.name === name) return f;
    if (f.kind === 'group' && name.startsWith(`${f.name}.`)) return fieldNamed(f.fields, name);
    const row = f.kind === 'list' && name.startsWith(`${f.name}[`) ? Number(name.slice(f.name.length + 1).split(']')[0]) : NaN;
    if (f.kind === 'list' && Number.isInteger(row)) return fieldNamed(f.row(row), name);
  }
  return undefined;
}
