import type { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@career/auth';
import type { Response } from 'express';
import { expectedRevisionOf, setRevision } from '../../shared/http';
import { fromRequest } from '../../shared/system-context';
import { RunGuidanceProcessCommand } from '../commands/guidance-process.command';
import type { GuidanceProcessResult } from '../commands/guidance-process.handler';
import type { GuidanceProcessCommand } from '../guidance-process.commands';
import { processView, type ProcessState, type ProcessView } from '../process-view';

type WithoutMetadata<C> = C extends GuidanceProcessCommand ? Omit<C, 'metadata'> : never;

/** Sends a guidance-process command with the request's time and If-Match, and sets the ETag. */
export async function runProcessCommand(
  commands: CommandBus,
  processId: string,
  command: WithoutMetadata<GuidanceProcessCommand>,
  context: RequestContext,
  ifMatch: string | undefined,
  response: Response,
): Promise<GuidanceProcessResult> {
  const withTime = { ...command, metadata: { now: context.now } } as GuidanceProcessCommand;
  const result = await commands.execute<RunGuidanceProcessCommand, GuidanceProcessResult>(
    new RunGuidanceProcessCommand(processId, withTime, fromRequest(context), expectedRevisionOf(ifMatch)),
  );
  setRevision(response, result.nextExpectedRevision);
  return result;
}

/** The process as the command left it (no personal fields: those are in the single GET). */
export function viewAfter(result: GuidanceProcessResult, now: Date): ProcessView {
  return processView(result.state as ProcessState, result.nextExpectedRevision, now);
}
