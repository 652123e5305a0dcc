export * from './state';
export * from './actions';
export * from './reducer';
