// Entry of the script-tag build `dist/masukan.min.js`: everything in the package, exposed as the global `Masukan`,
// with the elements defined on load.
export * from './index.js';
