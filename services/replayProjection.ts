// Workflow-side, bundled only for verification by replay (services/verifikasi.ts): every projection
// write the replayed code makes (the saveCase local activity's view) goes out through a sink, so the
// view the history produces under today's code can be compared with the stored one. Local activities
// do not run in a replay; their inputs are computed all the same.
import { proxySinks, type Sinks, type WorkflowInterceptorsFactory } from '@temporalio/workflow';

export interface ReplaySinks extends Sinks {
  projection: { written(view: unknown): void };
}

const { projection } = proxySinks<ReplaySinks>();

export const interceptors: WorkflowInterceptorsFactory = () => ({
  outbound: [{
    scheduleLocalActivity(input, next) {
      // A copy: the workflow goes on changing its view after the write.
      if (input.activityType === 'saveCase') projection.written(JSON.parse(JSON.stringify(input.args[0])));
      return next(input);
    },
  }],
});
