// ASL knowledge in one place: state types, fields, error names, Resource ARNs, Choice operators, the Context
// object, and JSONata functions — data plus short docs linking to the AWS Step Functions developer guide.
// Completion, hover, validation and the graph read these tables; none of them keeps its own list.
// (Intrinsic functions live with their parser and evaluator in engine/intrinsics.)
export * from './guide';
export * from './stateTypes';
export * from './fields';
export * from './errors';
export * from './resources';
export * from './operators';
export * from './context';
export * from './jsonataFunctions';
