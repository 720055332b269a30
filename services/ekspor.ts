// A case export for auditors: one JSON bundle with every run's history, the view, the documents (the
// issued PDFs in base64), the case's audit rows and, per chain, the proof that those rows stand in the
// chain as written: every link from the case's first row up to the latest anchor Temporal recorded (the
// other cases' rows as their hashes only). `npm run verify -- <file>` checks it offline.
import type { Client } from '@temporalio/client';
import type { Pool } from 'pg';
import { auditRowsOfCase, hashOf, type AuditRow } from '../db/audit';
import { getCase } from '../db/cases';
import type { CaseView } from '../domain/kasus';
import { auditAnchorsQuery, jangkarAuditId, type AuditAnchor } from '../workflows/shared';
import { archivedCase, buildId, caseRuns, storedDocuments, type ArchivedDocument, type Run } from './arsip';
import type { ArsipStore } from './arsipStore';
import { attributionFindings, compare, documentFindings, replay, report, type Finding, type Verification } from './verifikasi';

export const EXPORT_FORMAT = 'sistem-kerja/ekspor-kasus@1';

export interface Link { seq: number; prevHash: string; hash: string }
/** The chain from the case's first row on; `anchor`: the latest one Temporal recorded, when the links reach it. */
export interface ChainProof { chain: string; links: Link[]; anchor: AuditAnchor | null; note?: string }

export interface CaseExport {
  format: typeof EXPORT_FORMAT;
  caseId: string;
  exportedAt: string;
  /** Whose history: Temporal's, or the archive's once Temporal purged the case. */
  source: 'temporal' | 'archive';
  exportedBy: string;
  runs: Run[];
  view: CaseView;
  documents: ArchivedDocument[];
  audit: { rows: AuditRow[]; proofs: ChainProof[] };
}

/** The bundle of a case; undefined when neither Temporal nor the archive has its history. */
export async function exportCase(pool: Pool, store: ArsipStore, temporal: Client, taskQueue: string, caseId: string, view: CaseView): Promise<CaseExport | undefined> {
  const found = await caseRuns(store, temporal, caseId);
  if (!found) return undefined;
  const [stored, archived, rows] = await Promise.all([storedDocuments(pool, caseId), archivedCase(store, caseId), auditRowsOfCase(pool, caseId)]);
  // Temporal did not answer for the runs: its anchors are not asked for (the proofs say they could not be read).
  const anchors = found.temporalUnanswered ? undefined : await temporal.workflow.getHandle(jangkarAuditId(taskQueue)).query(auditAnchorsQuery).catch(() => undefined);
  const proofs: ChainProof[] = [];
  for (const chain of [...new Set(rows.map((r) => r.chain))]) proofs.push(await chainProof(pool, chain, rows.filter((r) => r.chain === chain), anchors));
  return {
    format: EXPORT_FORMAT, caseId, exportedAt: new Date().toISOString(), source: found.source, exportedBy: buildId(), runs: found.runs,
    view: (await getCase(pool, caseId)) ?? view, documents: stored.length ? stored : archived?.documents ?? [], audit: { rows, proofs },
  };
}

async function chainProof(pool: Pool, chain: string, rows: AuditRow[], anchors: AuditAnchor[] | undefined): Promise<ChainProof> {
  const last = rows.at(-1)!.seq;
  const anchored = anchors?.find((a) => a.chain === chain);
  const reaches = anchored && anchored.seq >= last ? anchored : null;
  const to = reaches?.seq ?? Number((await pool.query('SELECT seq FROM audit_heads WHERE chain = $1', [chain])).rows[0].seq);
  const links = (await pool.query('SELECT seq, prev_hash, hash FROM audit_log WHERE chain = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq', [chain, rows[0].seq, to]))
    .rows.map((r) => ({ seq: Number(r.seq), prevHash: r.prev_hash, hash: r.hash }));
  const note = reaches ? undefined : !anchors ? 'the anchors in Temporal could not be read: the links end at the chain\'s head'
    : `the chain was last anchored at row #${anchored?.seq ?? 0}, before this case's last row #${last}: the links end at the head; export again after the next anchor`;
  return { chain, links, anchor: reaches, ...(note ? { note } : {}) };
}

/** A chain proof against the case's rows: each row's hash recomputed, every link joined, the last at the anchor. */
export function proofFindings(rows: AuditRow[], proofs: ChainProof[]): Finding[] {
  const findings: Finding[] = [];
  const found = (message: string) => findings.push({ kind: 'chain', message });
  for (const row of rows) {
    const link = proofs.find((p) => p.chain === row.chain)?.links.find((l) => l.seq === row.seq);
    if (hashOf(row) !== row.hash) found(`audit row ${row.chain}#${row.seq} was altered: its content no longer gives its hash`);
    if (!link) found(`audit row ${row.chain}#${row.seq} is not in the chain proof`);
    else if (link.hash !== row.hash || link.prevHash !== row.prevHash) found(`audit row ${row.chain}#${row.seq} is not the row the chain holds at #${row.seq}`);
  }
  for (const p of proofs) {
    p.links.forEach((l, i) => {
      const before = p.links[i - 1];
      if (before && (l.prevHash !== before.hash || l.seq !== before.seq + 1)) found(`chain ${p.chain}: row #${l.seq} does not follow #${before.seq}`);
    });
    const end = p.links.at(-1);
    if (p.anchor && (end?.seq !== p.anchor.seq || end.hash !== p.anchor.hash)) found(`chain ${p.chain}: the links end at #${end?.seq} ${end?.hash}, not at the anchor #${p.anchor.seq} ${p.anchor.hash}`);
  }
  return findings;
}

/** Checks an export offline: its histories replayed against this build, its view, documents and audit rows against them, the chain proofs. */
export async function verifyExport(bundle: CaseExport): Promise<Verification & { anchors: ChainProof['anchor'][] }> {
  if (bundle.format !== EXPORT_FORMAT) throw new Error(`not a case export (${EXPORT_FORMAT}): format ${JSON.stringify(bundle.format)}`);
  const replayed = await replay(bundle.caseId, bundle.runs);
  const findings = [
    ...attributionFindings(replayed.view, replayed.updates, bundle.audit.rows),
    ...documentFindings(replayed.view, bundle.documents),
    ...proofFindings(bundle.audit.rows, bundle.audit.proofs),
  ];
  return { ...report(bundle.caseId, 'export', bundle.runs, replayed, [compare('export', replayed.view, bundle.view)], findings), anchors: bundle.audit.proofs.map((p) => p.anchor) };
}
