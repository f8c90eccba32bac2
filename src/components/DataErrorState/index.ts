export { DataErrorState, type DataErrorStateProps } from './DataErrorState';
