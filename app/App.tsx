import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Header } from './panels/Header.tsx';
import { Palette } from './panels/Palette.tsx';
import { Inspector } from './panels/Inspector.tsx';
import { Notices } from './panels/Notices.tsx';
import { ReadOnlyBanner } from './panels/import-export/ReadOnlyBanner.tsx';
import { DesignCanvas } from './canvas/DesignCanvas.tsx';
import { useUi } from './store/ui-store.ts';
import { useShortcuts } from './panels/use-shortcuts.ts';
import { FailureStyles } from './canvas/impact/FailureStyles.tsx';
import { FailureMenu } from './canvas/impact/FailureMenu.tsx';
import { useFileDrop } from './panels/use-file-drop.ts';
import { PresentationMode } from './panels/presentation/PresentationMode.tsx';
import { BottomPanels } from './panels/BottomPanels.tsx';

export function App() {
  const theme = useUi((s) => s.theme);
  useShortcuts();
  useFileDrop();
  useEffect(() => { document.documentElement.dataset.theme = theme; }, [theme]);
  return (
    <ReactFlowProvider>
      <div className="app">
        <Header />
        <Palette />
        <main className="main"><DesignCanvas /></main>
        <Inspector />
        <BottomPanels />
        <FailureStyles />
        <FailureMenu />
        <Notices />
        <ReadOnlyBanner />
        <PresentationMode />
      </div>
    </ReactFlowProvider>
  );
}
