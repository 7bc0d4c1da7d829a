export * from './code.js';
