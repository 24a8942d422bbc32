import './bench-preload.ts';
import './no-eval.ts';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App.tsx';
import { bootstrap } from './bootstrap.ts';

void bootstrap().then(() => {
  // The first render is committed with its effects in one task (React flushes a synchronous render's effects at
  // once): React Flow's viewport and pane size, and the canvas's fitted view, are set before the first paint,
  // so the first picture drawn is the fitted one (not a picture at another zoom, redrawn a task later).
  const root = createRoot(document.getElementById('root')!);
  flushSync(() => root.render(<StrictMode><App /></StrictMode>));
});
