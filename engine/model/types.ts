// The typed, error-tolerant view of a state machine that every feature works from.
import type { ObjectNode, ParsedDocument, PropertyNode, StringNode } from '../syntax';

export type QueryLanguage = 'JSONPath' | 'JSONata';

export const STATE_TYPES = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'] as const;
export type StateType = (typeof STATE_TYPES)[number];

/** Where a scope's `StartAt`/`States` object sits: the top level, one Parallel branch, or a Map's processor. */
export type ScopeKind = 'root' | 'branch' | 'itemProcessor' | 'iterator';

export interface Scope {
  readonly kind: ScopeKind;
  /** The object holding `StartAt` and `States`. */
  readonly node: ObjectNode;
  /** The Parallel or Map state that owns this scope; undefined for the root. */
  readonly owner: StateInfo | undefined;
  readonly parent: Scope | undefined;
  /** Branch index for Parallel branches; 0 otherwise. */
  readonly index: number;
  readonly startAt: StringNode | undefined;
  readonly statesNode: ObjectNode | undefined;
  /** A `"QueryLanguage": "JSONata" | "JSONPath"` entry among the states: not a state, the block's default. */
  readonly blockQueryLanguage: PropertyNode | undefined;
  /** The QueryLanguage of the block's states that do not set their own (inherited by nested blocks). */
  readonly queryLanguage: QueryLanguage;
  /** States by name; the first of duplicate names wins (duplicates are reported by validation). */
  readonly states: Map<string, StateInfo>;
  /** Every state of the scope in document order, duplicates included. */
  readonly stateList: StateInfo[];
  /** A stable id: `root`, `A/branch:0`, `A/branch:0/B/processor` — used by the graph and the simulator. */
  readonly id: string;
}

export type TransitionKind = 'next' | 'default' | 'choice' | 'catch';

export interface Transition {
  readonly kind: TransitionKind;
  readonly target: string;
  /** The string node naming the target (the value of Next/Default). */
  readonly node: StringNode;
  /** For choice rules and catchers: their index in Choices / Catch. */
  readonly index: number;
}

export interface StateInfo {
  readonly name: string;
  readonly property: PropertyNode;
  readonly key: StringNode;
  /** The state's object, or undefined when the value is not an object (an error reported by validation). */
  readonly node: ObjectNode | undefined;
  readonly type: string | undefined;
  readonly scope: Scope;
  readonly queryLanguage: QueryLanguage;
  readonly transitions: Transition[];
  /** `End: true`, or a Succeed/Fail state. */
  readonly terminal: boolean;
  readonly childScopes: Scope[];
  /** Names from the top: `['Parallel', 'Inner']` (branch indices are left out). */
  readonly path: string[];
}

export type ReferenceKind = 'startAt' | TransitionKind;

/** A string that names a state: a StartAt, a Next, a Default, a choice rule's Next or a catcher's Next. */
export interface StateReference {
  readonly kind: ReferenceKind;
  readonly target: string;
  readonly node: StringNode;
  /** The scope in which the name must resolve. */
  readonly scope: Scope;
  /** The state whose field holds the reference; undefined for StartAt. */
  readonly from: StateInfo | undefined;
}

export interface StateMachineModel {
  readonly doc: ParsedDocument;
  /** The top-level object, or undefined when the document is not an object. */
  readonly root: ObjectNode | undefined;
  readonly rootScope: Scope | undefined;
  readonly scopes: Scope[];
  readonly states: StateInfo[];
  readonly references: StateReference[];
  readonly queryLanguage: QueryLanguage;
}
