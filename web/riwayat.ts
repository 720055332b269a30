// A case's Temporal event history as an auditor reads it on the case page: each event that says what the
// case did (started, an Update accepted and by whom, an activity, a timer, a child case, a signal, its
// end), in Bahasa Indonesia; the worker's own bookkeeping (workflow tasks, markers, search attributes)
// counted, not listed. The history itself is the API's (GET /cases/{id}/history), run by run: a long case
// (the work cycle) continues as new, and each run is read through the API's own `?run=`; export has it whole.

export interface Peristiwa { id: number; at: string; jenis: string; rincian?: string }
export interface Riwayat { peristiwa: Peristiwa[]; disembunyikan: number; sumber: string }
/** Every run of the case, first to last, each summarized. */
export interface RiwayatPutaran extends Riwayat { runId: string; ke: number }

type Event = Record<string, any> & { eventId: string; eventTime?: string; eventType: string };

const JENIS: Record<string, string> = {
  WORKFLOW_EXECUTION_STARTED: 'Alur kerja dimulai',
  WORKFLOW_EXECUTION_COMPLETED: 'Alur kerja selesai',
  WORKFLOW_EXECUTION_FAILED: 'Alur kerja gagal',
  WORKFLOW_EXECUTION_TERMINATED: 'Alur kerja dihentikan',
  WORKFLOW_EXECUTION_CANCELED: 'Alur kerja dibatalkan',
  WORKFLOW_EXECUTION_TIMED_OUT: 'Alur kerja melewati batas waktu',
  WORKFLOW_EXECUTION_CONTINUED_AS_NEW: 'Dilanjutkan sebagai putaran baru',
  WORKFLOW_EXECUTION_UPDATE_ACCEPTED: 'Pembaruan diterima',
  WORKFLOW_EXECUTION_SIGNALED: 'Sinyal diterima',
  ACTIVITY_TASK_SCHEDULED: 'Aktivitas dijadwalkan',
  ACTIVITY_TASK_COMPLETED: 'Aktivitas selesai',
  ACTIVITY_TASK_FAILED: 'Aktivitas gagal',
  ACTIVITY_TASK_TIMED_OUT: 'Aktivitas melewati batas waktu',
  TIMER_STARTED: 'Pewaktu dipasang',
  TIMER_FIRED: 'Pewaktu berbunyi',
  TIMER_CANCELED: 'Pewaktu dibatalkan',
  START_CHILD_WORKFLOW_EXECUTION_INITIATED: 'Alur turunan dimulai',
  CHILD_WORKFLOW_EXECUTION_COMPLETED: 'Alur turunan selesai',
  CHILD_WORKFLOW_EXECUTION_FAILED: 'Alur turunan gagal',
};

const decode = (p: { data?: string } | undefined) => {
  try {
    return p?.data ? JSON.parse(Buffer.from(p.data, 'base64').toString('utf8')) : undefined;
  } catch {
    return undefined;
  }
};

/** "172800s" → "2 hari", "3600s" → "1 jam". */
function lama(duration: string | undefined): string | undefined {
  const s = Number(/^(\d+(?:\.\d+)?)s$/.exec(duration ?? '')?.[1]);
  if (!Number.isFinite(s)) return undefined;
  return s >= 86400 ? `${+(s / 86400).toFixed(2)} hari` : s >= 3600 ? `${+(s / 3600).toFixed(2)} jam` : `${+(s / 60).toFixed(2)} menit`;
}

/** What one event names: the Update and who sent it, the activity, the timer's span, the child, the signal. */
function rincianOf(ev: Event): string | undefined {
  const a = Object.values(ev).find((v) => v && typeof v === 'object' && !Array.isArray(v)) as Record<string, any> | undefined;
  if (!a) return undefined;
  switch (ev.eventType.replace(/^EVENT_TYPE_/, '')) {
    case 'WORKFLOW_EXECUTION_STARTED': return a.workflowType?.name;
    case 'WORKFLOW_EXECUTION_UPDATE_ACCEPTED': {
      const input = a.acceptedRequest?.input;
      const arg = decode(input?.args?.payloads?.[0]) ?? {};
      return [input?.name, arg.taskId && `langkah ${arg.taskId}`, arg.actorNip && `oleh NIP ${arg.actorNip}`].filter(Boolean).join(', ');
    }
    case 'WORKFLOW_EXECUTION_SIGNALED': return a.signalName;
    case 'ACTIVITY_TASK_SCHEDULED': return a.activityType?.name;
    case 'ACTIVITY_TASK_FAILED': return a.failure?.message;
    case 'TIMER_STARTED': return lama(a.startToFireTimeout);
    case 'START_CHILD_WORKFLOW_EXECUTION_INITIATED': return [a.workflowType?.name, a.workflowId].filter(Boolean).join(' ');
    case 'WORKFLOW_EXECUTION_FAILED': return a.failure?.message;
    default: return undefined;
  }
}

/** The history summarized: the events that say what the case did, oldest first. */
export function riwayatOf(history: { events?: unknown[] }, sumber: string): Riwayat {
  const events = (history.events ?? []) as Event[];
  const peristiwa = events.flatMap((ev): Peristiwa[] => {
    const jenis = JENIS[ev.eventType?.replace(/^EVENT_TYPE_/, '')];
    if (!jenis) return [];
    const rincian = rincianOf(ev);
    return [{ id: Number(ev.eventId), at: ev.eventTime ?? '', jenis, ...(rincian ? { rincian } : {}) }];
  });
  return { peristiwa, disembunyikan: events.length - peristiwa.length, sumber };
}

/** Every run as the API lists them (`X-History-Runs`, first to last), each run's history summarized. */
export const riwayatSemua = (runs: { runId: string; history: { events?: unknown[] } }[], sumber: string): RiwayatPutaran[] =>
  runs.map((r, i) => ({ runId: r.runId, ke: i + 1, ...riwayatOf(r.history, sumber) }));
