// The archive on the time-skipping test server: a case that closes queues itself, and the pengarsipan
// workflow copies the complete history, the final view and the audit rows into PostgreSQL.
// With RECORD_HISTORIES set, the archive's own history is written beside the case's.
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../db/masterData';
import { penunjukanDalamUnit, pengusul } from '../../demo/penunjukanDalamUnit';
import { involves, plan } from '../../procedures/penunjukanDalamUnit/plan';
import { PROFILES } from '../../profiles';
import { archivedCase } from '../../services/arsip';
import { PostgresArsip } from '../../services/arsipStore';
import { DEADLINES } from '../support/cases';
import { drainArchive, workflowSuite } from '../support/workflows';

const suite = workflowSuite();

describe('the archive of a closed case (pengarsipan)', () => {
  it('bengkalis: an expired P1 case queues itself as it closes, and is archived from the queue, its history complete', async () => {
    const req = penunjukanDalamUnit('bengkalis');
    const { nips, staffOf } = involves(req);
    const org = await loadOrg(suite.db.pool, 'bengkalis', [pengusul('bengkalis'), ...nips], staffOf);
    const input = plan(PROFILES.bengkalis, org, req, { caseId: `bengkalis-p1-test-${randomUUID()}`, actorNip: pengusul('bengkalis'), deadlines: DEADLINES });
    await suite.scenario('penunjukanDalamUnit', 'bengkalis-archived', input, async (h) => {
      await h.result();
      const queued = await suite.db.pool.query('SELECT run_id, whole FROM archive_queue WHERE case_id = $1', [input.caseId]);
      expect(queued.rows).toEqual([{ run_id: (await h.describe()).runId, whole: true }]);
      expect(await archivedCase(new PostgresArsip(suite.db.pool), input.caseId)).toBeUndefined();

      const history = await drainArchive(suite.env, async () => !!(await archivedCase(new PostgresArsip(suite.db.pool), input.caseId)));
      if (process.env.RECORD_HISTORIES) writeFileSync(join(process.env.RECORD_HISTORIES, 'pengarsipan-bengkalis-expired.json'), historyToJSON(history));
    });
    const archived = (await archivedCase(new PostgresArsip(suite.db.pool), input.caseId))!;
    expect(archived).toMatchObject({ status: 'expired', view: { caseId: input.caseId, status: 'expired' }, documents: [], audit: [] });
    expect(archived.runs).toHaveLength(1);
    expect(archived.runs[0].history.events.at(-1)).toHaveProperty('workflowExecutionCompletedEventAttributes');
    expect((await suite.db.pool.query('SELECT count(*)::int AS n FROM archive_queue WHERE case_id = $1', [input.caseId])).rows[0].n).toBe(0);
  });
});
