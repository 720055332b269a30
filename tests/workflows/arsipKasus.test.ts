// The archive on the time-skipping test server: a case that closes starts arsipKasus, which waits for
// that close and copies the complete history, the final view and the audit rows into PostgreSQL.
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
import { arsipId } from '../../workflows/shared';
import { DEADLINES } from '../support/cases';
import { workflowSuite } from '../support/workflows';

const suite = workflowSuite();

describe('the archive of a closed case (arsipKasus)', () => {
  it('bengkalis: an expired P1 case is archived once it has closed, its history complete', async () => {
    const req = penunjukanDalamUnit('bengkalis');
    const { nips, staffOf } = involves(req);
    const org = await loadOrg(suite.db.pool, 'bengkalis', [pengusul('bengkalis'), ...nips], staffOf);
    const input = plan(PROFILES.bengkalis, org, req, { caseId: `bengkalis-p1-test-${randomUUID()}`, actorNip: pengusul('bengkalis'), deadlines: DEADLINES });
    await suite.scenario('penunjukanDalamUnit', 'bengkalis-archived', input, async (h) => {
      await h.result();
      const arsip = suite.env.client.workflow.getHandle(arsipId(h.workflowId));
      await arsip.result();
      if (process.env.RECORD_HISTORIES) writeFileSync(join(process.env.RECORD_HISTORIES, 'arsipKasus-bengkalis-expired.json'), historyToJSON(await arsip.fetchHistory()));
    });
    const archived = (await archivedCase(suite.db.pool, input.caseId))!;
    expect(archived).toMatchObject({ status: 'expired', view: { caseId: input.caseId, status: 'expired' }, documents: [], audit: [] });
    expect(archived.runs).toHaveLength(1);
    expect(archived.runs[0].history.events.at(-1)).toHaveProperty('workflowExecutionCompletedEventAttributes');
  });
});
