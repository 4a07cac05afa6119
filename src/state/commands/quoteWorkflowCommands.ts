/** The quote workflow's commands (quote, scenarios), gathered so the registry adds them in one line. */
import type { QuoteCommandArgs } from './quoteCommands';
import { quoteCommands } from './quoteCommands';
import type { ProposalCommandArgs } from './proposalCommands';
import { proposalCommands } from './proposalCommands';
import type { ScenarioCommandArgs } from './scenarioCommands';
import { scenarioCommands } from './scenarioCommands';

export type QuoteWorkflowCommandArgs = QuoteCommandArgs & ScenarioCommandArgs & ProposalCommandArgs;
export const quoteWorkflowCommands = { ...quoteCommands, ...scenarioCommands, ...proposalCommands };
