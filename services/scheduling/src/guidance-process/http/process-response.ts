import type { HandleResult } from '@career/event-sourcing';
import { setETag } from '@career/platform';
import type { Response } from 'express';
import { refuse } from '../../scheduling.errors';
import type { GuidanceProcessEvent } from '../domain/guidance-process.events';
import type { GuidanceProcessState } from '../domain/guidance-process.state';
import { processView, type ProcessView } from '../read-models/process-view';

/**
 * The answer to a change of a process: `ETag` its new revision, the body the process as the
 * command left it (no personal fields: those are in the single GET).
 */
export function processAfter(result: HandleResult<GuidanceProcessState, GuidanceProcessEvent>, response: Response, now: Date): ProcessView {
  // A command that succeeded acted on an opened process; only a stream that is none folds to Empty.
  if (result.state.status === 'Empty') throw refuse('PROCESS.NOT_FOUND');
  setETag(response, result.revision);
  return processView(result.state, result.revision, now);
}
