import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Header } from './panels/Header.tsx';
import { Palette } from './panels/Palette.tsx';
import { Inspector } from './panels/Inspector.tsx';
import { DiagnosticsPanel } from './panels/diagnostics/DiagnosticsPanel.tsx';
import { Notices } from './panels/Notices.tsx';
import { ReadOnlyBanner } from './panels/import-export/ReadOnlyBanner.tsx';
import { DesignCanvas } from './canvas/DesignCanvas.tsx';
import { useUi } from './store/ui-store.ts';
import { useShortcuts } from './panels/use-shortcuts.ts';
import { ImpactPanel } from './panels/impact/ImpactPanel.tsx';
import { LpmPanel } from './panels/lpm/LpmPanel.tsx';
import { FailureStyles } from './canvas/impact/FailureStyles.tsx';
import { FailureMenu } from './canvas/impact/FailureMenu.tsx';
import { useFileDrop } from './panels/use-file-drop.ts';

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
        <div className="bottom-panels"><DiagnosticsPanel /><ImpactPanel /><LpmPanel /></div>
        <FailureStyles />
        <FailureMenu />
        <Notices />
        <ReadOnlyBanner />
      </div>
    </ReactFlowProvider>
  );
}
