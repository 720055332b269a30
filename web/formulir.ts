// The start form of a procedure, generated from its request schema (the registry's TypeBox schema the
// API validates against), and the form's answer turned back into that request. NIP fields choose an
// employee and unit fields a unit of the master data; nested objects are fieldsets; what a form control
// cannot say (a list of objects) is JSON in a text area. The API remains the judge of every field.
import type { TSchema } from '@sinclair/typebox';

export interface Choice { value: string; label: string }
export interface Choices { pegawai: Choice[]; units: Choice[] }

export type Field =
  | { kind: 'group'; name: string; label: string; required: boolean; fields: Field[] }
  | { kind: 'text' | 'textarea' | 'date' | 'number' | 'checkbox' | 'lines' | 'json'; name: string; label: string; required: boolean }
  | { kind: 'select' | 'multiselect'; name: string; label: string; required: boolean; options: Choice[] };

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
  if (isNip(s)) return { ...base, kind: 'select', options: c.pegawai };
  if (isUnit(key, s)) return { ...base, kind: 'select', options: c.units };
  if (s.type === 'object' && s.properties) return { ...base, kind: 'group', fields: fieldsOf(s, c, name) };
  if (s.type === 'array' && s.items) {
    const items = s.items;
    if (isNip(items)) return { ...base, kind: 'multiselect', options: c.pegawai };
    const choices = literalsOf(items);
    if (choices) return { ...base, kind: 'multiselect', options: choices.map((v) => ({ value: v, label: v })) };
    if (items.type === 'string') return { ...base, kind: 'lines' };
    return { ...base, kind: 'json' };
  }
  if (s.type === 'string') return { ...base, kind: s.format === 'date' ? 'date' : (s.maxLength ?? 0) > 200 ? 'textarea' : 'text' };
  if (s.type === 'number' || s.type === 'integer') return { ...base, kind: 'number' };
  if (s.type === 'boolean') return { ...base, kind: 'checkbox' };
  return { ...base, kind: 'json' };
}

/** The fields of an object schema, named by their path ("jangkaWaktu.mulai"). */
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
      default: if (one) out[key] = one;
    }
  }
  return out;
}

/** JSON as typed; text that is not JSON goes as it is, for the API to name the field. */
function parsedOr(text: string): unknown {
  try { return JSON.parse(text); } catch { return text; }
}

/** The form's values as typed, for showing the form again after a refusal. */
export const typedValues = (form: Record<string, FormValue>) => Object.fromEntries(Object.entries(form).map(([k, v]) => [k, [v ?? []].flat()]));

/** An API field ("body.jangkaWaktu.mulai", "body.anggota[0].nip") as the form's field name. */
export const formFieldOf = (apiField: string) => apiField.replace(/^body\./, '').replace(/\[\d+\].*$/, '');
