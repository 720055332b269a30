// The activities the kernel calls, with one retry policy.
import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { RetryPolicy } from '@temporalio/common';
import type { Activities } from '../../activities';

const retry: RetryPolicy = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' };

// Reads, projection writes and a work cycle's start (idempotent by the cycle's case id, the assignment's
// own) are short and idempotent: local activities, run by the worker that holds the workflow task,
// without a round trip through a task queue (the assignment waits no workflow task of its own for them).
export const { saveCase, findCandidates, notify, planSiklusKinerja, planPenilaianTim, pelaksanaUntuk, antreArsip, mulaiSiklusKinerja } = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });

// Reserving a team slot matters to the law: a regular activity, so every attempt is in history. A worker
// that died mid-activity is retried on another after 10 s. Cases issued before 'nomor-lokal' numbered
// their documents this way too.
export const { issueDocument, reservePenugasan, releasePenugasan } = proxyActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });

// Numbering a document is one statement (its PDF is not awaited: activities/index.ts, issueDocument): a
// local activity, its number in history as its result, without a round trip through the task queue on
// the decision's path.
// Idempotent by the document's id, so a worker that died mid-way is retried safely.
export const { issueDocument: issueDocumentLocally } = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });

// Starting a closed case's archive (as cases closed before the archive's queue do) needs Temporal: every attempt in history, like the issue.
export const { mulaiArsip } = proxyActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });
