/** Natural order of names and device names (app/model/natural.ts, where the engine reads it too). */
export { natural } from '../model/natural.ts';
