// The activities the kernel calls, with one retry policy.
import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { RetryPolicy } from '@temporalio/common';
import type { Activities } from '../../activities';

const retry: RetryPolicy = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' };

// Reads and projection writes are short and idempotent: local activities, run by the worker that
// holds the workflow task, without a round trip through a task queue.
export const { saveCase, findCandidates, notify, planSiklusKinerja, planPenilaianTim, pelaksanaUntuk } = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });

// Issuing a numbered document and reserving a team slot matter to the law: regular activities, so every
// attempt is in history. A worker that died mid-activity is retried on another after 10 s.
export const { issueDocument, reservePenugasan, releasePenugasan } = proxyActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });

// Starting a closed case's archive needs Temporal: every attempt in history, like the issue.
export const { mulaiArsip } = proxyActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });
