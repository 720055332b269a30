// The workflows' only way to touch the world. Built by a factory so the worker injects its pool and
// logger and tests inject their own. Every activity is idempotent: Temporal retries them.
import { noopMetricMeter, type MetricMeter } from '@temporalio/common';
import { Context } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { auditHeads as readAuditHeads } from '../db/audit';
import { saveCase as storeCase, addNotifications, getCase, type HistoryPosition, type Notification, type WrittenWith } from '../db/cases';
import { issueDocument as storeDocument, type IssueRequest } from '../db/documents';
import { fixIssuedFile, type Penerbitan } from '../documents/berkas';
import { loadOrgOnce, loadUnitStaffOnce, withPlt } from '../db/masterData';
import { casesWithTasksOf, pelaksanaUntuk } from '../db/delegasi';
import { isRegion, profileOf } from '../profiles';
import { releasePenugasan, reservePenugasan } from '../db/penugasan';
import { disableSubscription } from '../db/webhooks';
import { deliverRound, type DeliveryRound } from '../services/webhooks';
import { pruneEvents as pruneOldEvents } from '../db/events';
import type { Penugasan } from '../domain/batasPenugasan';
import type { Prior } from '../domain/events';
import type { Asal, Candidate, CaseRules, CaseView, OfficialRef, PengaturanSiklus } from '../domain/kasus';
import { asCandidate, eligibilityProblems } from '../domain/penugasan';
import { RuleViolation, type Refusal } from '../domain/refusal';
import { loadConfig, type Config } from '../config';
import { archiveCase, archiveQueued, archiveRun, queueArchive, type Antrean } from '../services/arsip';
import { PostgresArsip, type ArsipStore } from '../services/arsipStore';
import { newCaseId, planCase } from '../services/planCase';
import { arsipId, type ArsipInput } from '../workflows/shared';
import { PROCEDURES } from '../procedures';
import { PROCEDURE as P7, hariPenugasan, idSiklusKinerja, pelaksanaOf, type MulaiSiklus, type SiklusKinerjaInput } from '../procedures/siklusKinerja/plan';
import { idTugasPenilaian, planTugas, PROCEDURE as P8, tugasPenilaianTim, type RekomendasiPenilaianKinerjaInput, type TugasPenilaian } from '../procedures/rekomendasiPenilaianKinerja/plan';
import type { PembentukanTimKerjaSubject } from '../procedures/pembentukanTimKerja/plan';

/** Events deleted a statement while pruning: short statements, no long lock on the outbox. */
const PRUNE_BATCH = 5_000;

export interface ActivityDeps {
  pool: Pool;
  log: Logger;
  /**
   * What the activities take from the deployment: which assignments the team limits count
   * (ASSIGNMENT_LIMIT_WINDOW), the deadlines and report cadence of a work cycle an assignment starts;
   * default: the configuration's defaults.
   */
  config?: Pick<Config, 'assignmentWindow' | 'deadlines' | 'laporanKinerja' | 'EVENT_RETENTION_DAYS'>;
  /** The signing certificate and public base URL: an issued document's signed file is fixed at issue. Absent: at its first read (the API's). */
  penerbitan?: Penerbitan;
  /** Where the steps' timings go (the worker's: the SDK runtime's, scraped at WORKER_METRICS_ADDRESS); default: nowhere. */
  meter?: MetricMeter;
  /**
   * Temporal, for what a case starts beside itself (its work cycle, the archive of a case closed before
   * the archive's queue) and what the archive reads: absent, those fail (and are retried) saying so.
   * A client on the worker's own NativeConnection (worker.ts) starts work cycles eagerly.
   */
  temporal?: Client;
  /**
   * The archive of closed cases reads them from Temporal and writes them to its store (services/arsipStore.ts;
   * default: this database's tables): absent, archiving fails (and is retried) with that reason.
   */
  arsip?: { retentionYears: number; store?: ArsipStore };
}

/** The work cycle an assignment continues into: the assignment, the settings its request made, the employee on a list (P3). */
export interface RencanaSiklus {
  penugasan: CaseView;
  pengaturan?: PengaturanSiklus;
  pegawai?: string;
}

/** The worker's step histogram (milliseconds), by step: where a case's time goes on the worker's side. */
export const STEP_METRIC = 'sistem_kerja_worker_step_duration';

function stepTimer(meter: MetricMeter) {
  const histogram = meter.createHistogram(STEP_METRIC, 'float', 'ms', 'Steps of the activities by name (projection write, numbering, PDF, notification …)');
  return async <T>(step: string, f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      histogram.record(performance.now() - t0, { step });
    }
  };
}

/** A view whose only tasks are its first ones, open: the moment its first task becomes visible. */
const firstTasksOpen = (view: CaseView) => view.tasks.length > 0 && view.tasks.every((t) => t.status === 'open') && !view.timeline.some((e) => e.taskId);

export function createActivities({ pool, log, config = loadConfig({}), penerbitan, meter = noopMetricMeter, temporal, arsip }: ActivityDeps) {
  const { assignmentWindow } = config;
  const timed = stepTimer(meter);
  /** The org as of the master data's revision: read once per revision, as the API's plans read it. */
  const orgAsOfRevision = async (r: string, nips: string[], staffOf?: string[]) => (await loadOrgOnce(pool, r, nips, staffOf)).org;
  const sinceStart = meter.createHistogram(`${STEP_METRIC}_since_start`, 'float', 'ms', 'From a case\'s start (its workflow\'s first task) to a moment of it (first task visible)');
  const temporalClient = () => {
    if (!temporal) throw new Error('this worker has no Temporal client (ActivityDeps.temporal)');
    return temporal;
  };
  const archiveDeps = () => {
    if (!arsip) throw new Error('this worker has no archive (ActivityDeps.arsip)');
    return { pool, store: arsip.store ?? new PostgresArsip(pool), temporal: temporalClient(), retentionYears: arsip.retentionYears, penerbitan };
  };
  /** The work cycle of an assignment, planned against the master data as it is now (planSiklusKinerja), as case `caseId`. */
  async function planSiklus(q: RencanaSiklus, caseId: string): Promise<{ input: SiklusKinerjaInput } | { refusal: Refusal }> {
    const { penugasan, pengaturan = {} } = q;
    const p7 = PROCEDURES[P7];
    const request: MulaiSiklus = {
      penugasan: penugasan.caseId,
      ...(q.pegawai ? { pegawai: q.pegawai } : {}),
      // The default cadence, no longer than the assignment itself: then one report, at its end.
      laporan: pengaturan.laporan ?? { ...config.laporanKinerja, setiapHari: Math.min(config.laporanKinerja.setiapHari, pengaturan.hariKerja ?? hariPenugasan(penugasan) ?? Infinity) },
      ...(pengaturan.hariKerja ? { hariKerja: pengaturan.hariKerja } : {}),
      ...(pengaturan.laporanPerRiwayat ? { laporanPerRiwayat: pengaturan.laporanPerRiwayat } : {}),
      ...(pengaturan.penerimaLaporan ? { penerimaLaporan: pengaturan.penerimaLaporan } : {}),
    };
    const related = { [penugasan.caseId]: penugasan };
    const pekerja = pelaksanaOf(penugasan) ?? penugasan.pemohon.nip;
    try {
      // The Plt in force, now, over the org as of the master data's revision.
      const withPltNow = async (r: string, nips: string[], staffOf?: string[]) => withPlt(pool, r, await orgAsOfRevision(r, nips, staffOf));
      const input = await timed('work cycle plan', () => planCase(withPltNow, p7, penugasan.region, request, pekerja, { caseId, deadlines: config.deadlines, related }));
      return { input: input as SiklusKinerjaInput };
    } catch (e) {
      if (e instanceof RuleViolation) return { refusal: e.refusal };
      throw e;
    }
  }

  return {
    /**
     * Projects the case into PostgreSQL: the case page and the inbox; `at`, where in its history the write
     * was made; `prior`, what the case's previous write showed (null: none), for the events between them;
     * `also`, the notifications and archive queue entry that go in with it.
     */
    async saveCase(view: CaseView, at?: HistoryPosition, prior?: Prior | null, also?: WrittenWith): Promise<void> {
      await timed('projection write', () => storeCase(pool, view, at, prior, also));
      if (firstTasksOpen(view)) sinceStart.record(Date.now() - Date.parse(view.startedAt), { step: 'first task visible', procedure: view.procedure });
    },

    /** Employees of a unit who may be assigned by this request, as of now. */
    async findCandidates(q: { region: string; asal: Asal; pegawai?: string; rules: CaseRules }): Promise<Candidate[]> {
      const org = await timed('candidates read', () => loadUnitStaffOnce(pool, q.region, q.asal.unit));
      return Object.values(org.pegawai)
        .filter((p) => (!q.pegawai || p.nip === q.pegawai) && (!q.asal.ppk || p.ppk === q.asal.ppk))
        .filter((p) => eligibilityProblems(q.rules, org, q.asal, p).length === 0)
        .map((p) => asCandidate(org, p));
    },

    /**
     * Numbers and stores one document of the case, then renders, signs and stores its file without
     * awaiting it. The number is what the law needs now; a file that fails here is fixed on its first
     * read instead of holding the case. The file is still on the decision's path: pdfkit lays the
     * document out synchronously when fixIssuedFile is called, before this activity answers, and the rest
     * runs on this thread, which also hands the workflows their next activations (deferring the call
     * shortened this activity from 10-12 to 3 ms, but not the decision; nor did a thread of its own).
     */
    async issueDocument(req: IssueRequest) {
      const { ref, data } = await timed('numbering', () => storeDocument(pool, req));
      log.info({ workflowId: req.caseId, documentId: ref.id, nomor: ref.nomor }, 'document issued');
      // The first file stored wins (a concurrent first read stores the same document's file once), and a
      // worker that dies before leaves it to that first read.
      if (penerbitan)
        void timed('pdf render and sign', () => fixIssuedFile(pool, penerbitan, data)).then(
          (file) => log.info({ workflowId: req.caseId, documentId: ref.id, sha256: file.sha256 }, 'issued file fixed'),
          (err) => log.error({ err, workflowId: req.caseId, documentId: ref.id }, 'issued file not fixed at issue; the API fixes it on first read'),
        );
      return ref;
    },

    /** Reserves a team assignment within the region's limit, or answers the refusal (nothing reserved). */
    async reservePenugasan(p: Penugasan) {
      const result = await timed('team slot reserve', () => reservePenugasan(pool, p, assignmentWindow));
      log.info({ workflowId: p.caseId, nip: p.nip, lingkup: p.lingkup, ok: result.ok }, 'team assignment reserved');
      return result;
    },

    /** Frees the team assignments of a case that ended without them (or of one employee in it). */
    async releasePenugasan(q: { caseId: string; nip?: string }): Promise<number> {
      return releasePenugasan(pool, q);
    },

    /**
     * Plans the work cycle (P7) an issued assignment continues into, against the master data as it is
     * now, by the employee (the ketua of a team) who does the work; the settings the request left out are
     * the deployment's. A refusal (say, no head above the unit to review the result) is answered, not
     * retried: the assignment records it and the cycle can be started through the API once mended.
     */
    async planSiklusKinerja(q: RencanaSiklus): Promise<{ input: SiklusKinerjaInput } | { refusal: Refusal }> {
      return planSiklus(q, newCaseId(q.penugasan.region, PROCEDURES[P7]));
    },

    /**
     * Plans the work cycle as planSiklusKinerja does and starts it (its case id the assignment's own, so a
     * retried start finds the cycle it started), as a case of its own that outlives the assignment, with
     * `memo` (the build the assignment runs under): no second workflow task of the assignment waits for it.
     * Answers the cycle's case id, or the refusal.
     */
    async mulaiSiklusKinerja(q: RencanaSiklus, memo?: Record<string, unknown>): Promise<{ caseId: string } | { refusal: Refusal }> {
      const planned = await planSiklus(q, idSiklusKinerja(q.penugasan, q.pegawai));
      if ('refusal' in planned) return planned;
      const { caseId } = planned.input;
      const client = temporalClient();
      const started = await timed('work cycle start', () => client.workflow.start('siklusKinerja', {
        workflowId: caseId, taskQueue: Context.current().info.taskQueue, args: [planned.input], workflowIdConflictPolicy: 'USE_EXISTING', ...(memo ? { memo } : {}),
        // On the worker's own connection the start answers with the cycle's first workflow task, run here
        // (eager start): no round trip through the task queue's matching for it.
        requestEagerStart: client.connection instanceof NativeConnection,
      }));
      log.info({ workflowId: q.penugasan.caseId, siklusKinerja: caseId, eagerlyStarted: started.eagerlyStarted }, 'work cycle started');
      return { caseId };
    },

    /**
     * The rating tasks of a Tim Kerja whose period has ended: for each member, a P8 case planned for the
     * rater the region names, with a case id of its own per team and member (idTugasPenilaian). A member
     * who cannot be rated so (no rater in the team, a master data gap) is answered with the reason.
     */
    async planPenilaianTim(q: { tim: CaseView<PembentukanTimKerjaSubject> }): Promise<{
      tugas: { nip: string; input: RekomendasiPenilaianKinerjaInput }[];
      tidak: { nip: string; nama: string; citation?: string; message: string }[];
    }> {
      const { tim } = q;
      const profile = profileOf(tim.region);
      const p8 = { ...PROCEDURES[P8], plan: planTugas };
      const { penilai, dinilai } = tugasPenilaianTim(profile, tim);
      const out: Awaited<ReturnType<Activities['planPenilaianTim']>> = { tugas: [], tidak: [] };
      for (const a of dinilai) {
        if (!penilai) {
          const rule = profile.rekomendasiPenilaianKinerja.tugasTim;
          out.tidak.push({ nip: a.nip, nama: a.nama, citation: rule.citation, message: `the team has no ${rule.kedudukan} to rate its members: ${rule.description}` });
          continue;
        }
        const req: TugasPenilaian = { penugasan: tim.caseId, pegawai: a.nip };
        // As the API reads them: the team, then the P3 case that lent the member, if so.
        const related: Record<string, CaseView> = { [tim.caseId]: tim };
        for (const r of p8.related!(req as never, related)) related[r.caseId] ??= (await getCase(pool, r.caseId))!;
        try {
          const input = await timed('rating task plan', () => planCase(orgAsOfRevision, p8, tim.region, req, penilai.nip, { caseId: idTugasPenilaian(tim.caseId, a.nip), deadlines: config.deadlines, related }));
          out.tugas.push({ nip: a.nip, input: input as RekomendasiPenilaianKinerjaInput });
        } catch (e) {
          if (!(e instanceof RuleViolation)) throw e;
          out.tidak.push({ nip: a.nip, nama: a.nama, ...(e.refusal.citation ? { citation: e.refusal.citation } : {}), message: e.refusal.message });
        }
      }
      return out;
    },

    /** Queues a reminder, an escalation or an outcome for the e-office systems to deliver. */
    async notify(n: Notification): Promise<void> {
      await timed('notification', () => addNotifications(pool, n));
      log.info({ workflowId: n.caseId, taskId: n.taskId, kind: n.kind, to: n.to }, 'notification queued');
    },

    /**
     * Who acts for each holder at `at` (null: they themselves), through the region's chain limit, and the
     * mandate's citation: a decision task opens for them, and moves when a delegation starts or ends.
     */
    async pelaksanaUntuk(q: { region: string; holders: OfficialRef[]; at: string }) {
      // An agency not on this service keeps its delegations itself.
      if (!isRegion(q.region)) return { pelaksana: {}, citation: '' };
      const rules = profileOf(q.region).delegasi;
      return { pelaksana: await pelaksanaUntuk(pool, q.region, q.holders, q.at, rules.batasRantai), citation: rules.citation };
    },

    /** The cases with open tasks of these officials (the holder and the delegate of a delegation), to route again. */
    async casesWithTasksOf(q: { region: string; nips: string[] }): Promise<string[]> {
      return casesWithTasksOf(pool, q.region, q.nips);
    },

    /** Starts the archive of a case (or of one run of it) on this task queue, as cases that closed before the queue do; one already started is left to run. */
    async mulaiArsip(q: ArsipInput, memo?: Record<string, unknown>): Promise<void> {
      await temporalClient().workflow.start('arsipKasus', {
        workflowId: arsipId(q.caseId, q.runId), taskQueue: Context.current().info.taskQueue, args: [q], workflowIdConflictPolicy: 'USE_EXISTING', ...(memo ? { memo } : {}),
      });
    },

    /**
     * Copies a closed case (or one closed run of a long case) into the archive; fails while the run still
     * runs, so Temporal retries it until it has closed. (The arsipKasus workflows cases started before the queue.)
     */
    async arsipkan(q: ArsipInput): Promise<void> {
      const d = archiveDeps();
      if (q.runId) await archiveRun(d, q.caseId, q.runId);
      else await archiveCase(d, q.caseId);
      log.info({ workflowId: q.caseId, runId: q.runId }, q.runId ? 'run archived' : 'case archived');
    },

    /** Queues a closed case (or a run a long case continued as new from) for the archive: one local write. */
    async antreArsip(q: Antrean): Promise<void> {
      await queueArchive(pool, q);
    },

    /** Archives what the queue holds that is due, up to `limit`; answers how many it archived and how many are due still. */
    async arsipkanAntrean(q: { limit: number }): Promise<{ archived: number; due: number }> {
      return archiveQueued(archiveDeps(), q.limit, log);
    },

    /**
     * One round of a webhook subscription's deliveries: waits up to `waitMs` for an event, delivers
     * what there is in order, and stops at the first the receiver does not take (the workflow backs off).
     */
    async deliverWebhooks(q: { subscriptionId: string; waitMs: number; timeoutMs: number }): Promise<DeliveryRound> {
      const ctx = Context.current();
      const stopped = () => {
        ctx.heartbeat();
        return ctx.cancellationSignal.aborted;
      };
      return deliverRound(pool, log, q.subscriptionId, { waitMs: q.waitMs, timeoutMs: q.timeoutMs, stopped });
    },

    /** Turns off a subscription whose deliveries failed for the whole failing period, with a notice to its system. */
    async disableWebhook(q: { subscriptionId: string; reason: string; failingSince: string; at: string }): Promise<void> {
      await disableSubscription(pool, q.subscriptionId, q);
      log.warn(q, 'webhook subscription disabled');
    },

    /**
     * Deletes the events older than EVENT_RETENTION_DAYS that every webhook subscription has delivered
     * (or never would), batch by batch; how many.
     */
    async pruneEvents(): Promise<number> {
      let pruned = 0;
      for (let n = PRUNE_BATCH; n === PRUNE_BATCH; pruned += n) {
        Context.current().heartbeat(pruned);
        n = await pruneOldEvents(pool, config.EVENT_RETENTION_DAYS, PRUNE_BATCH);
      }
      if (pruned) log.info({ pruned, retentionDays: config.EVENT_RETENTION_DAYS }, 'old events pruned');
      return pruned;
    },

    /** The audit log's chain heads, for the anchoring workflow; and what each anchored position holds now. */
    async auditHeads(anchored: { chain: string; seq: number }[]) {
      return readAuditHeads(pool, anchored);
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
