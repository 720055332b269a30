// Set once in each worker thread's workflow sandbox, as the first of the modules it preloads
// (services/workflowCode.ts), before the SDK freezes the sandbox's globals. Nothing imports it: outside
// the sandbox it would change the process's own errors.

/**
 * The frames an Error captures in workflow code. The SDK captures a stack, source-mapped frame by frame,
 * for every promise a workflow creates (for its stack-trace query; temporalio/sdk-typescript#1587):
 * at Node's default of 10 frames that was a third of the CPU of replaying the procedures' histories. Five
 * keep where an error or a waiting case stands in our code.
 */
Error.stackTraceLimit = 5;
