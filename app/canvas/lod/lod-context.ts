import { createContext } from 'react';

/**
 * Whether the canvas is zoomed out below the detail threshold. Provided once by the canvas so that
 * hundreds of nodes do not each subscribe to React Flow's store (which changes on every measurement).
 */
export const CompactContext = createContext(false);
