// The simulator's façade: create an execution from a plain definition object and drive it.
export { createExecution, Execution, DefinitionError, DEFAULT_CONTEXT, DEFAULT_START_TIME } from './execution';
export { checkStructure, type StructureProblem } from './structure';
export { parseMockConfig, mockTaskHandler, pickStateMachine, type MockConfig } from './mocks';
export { AWS_LIMITS } from './limits';
export type { MapRunInfo, MapRunExecution, ResultWriterOutput } from './states/map-run';
export { ErrorNames, StatesError } from './errors';
export type {
  HistoryEvent, StateVisit, ExecutionStatus, ExecutionOptions, ExecutionResult, TaskHandler, TaskRequest, TaskResult, Limits,
  ExecutionContextInfo,
} from './types';
