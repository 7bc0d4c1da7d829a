export * from './code.js';
export * from './opcodes.js';
export * from './repr.js';
export * from './codejson.js';
export * from './marshal.js';
export * from './pyc.js';
export * from './linetable.js';
export * from './exceptiontable.js';
