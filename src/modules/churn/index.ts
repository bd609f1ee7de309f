/** Churn prediction: the pure modelling core and the CSV evaluation used by `tenure churn evaluate`. */
export * from './core/index.ts';
