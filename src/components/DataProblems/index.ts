export { DataProblems, type DataProblemsProps } from './DataProblems';
