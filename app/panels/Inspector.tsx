/** The inspector lives in ./inspector (one file per part); this path stays for the app shell. */
export { Inspector } from './inspector/Inspector.tsx';
