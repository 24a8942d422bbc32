import { createContext } from 'react';
import type { Picture } from '../picture/picture.ts';

/** The picture (boxes, ports, routes) of the design on screen, provided once by the canvas for its edges. */
export const PictureContext = createContext<Picture | null>(null);
