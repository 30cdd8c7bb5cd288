export { ListView, type ListViewProps } from './ListView.tsx';
