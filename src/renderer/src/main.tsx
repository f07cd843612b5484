// Mounts the React application: the window's content once the workspace is open, its recovery screen
// while a damaged settings or tag schema file keeps it closed.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { api } from './api/api'
import { WorkspaceRecovery } from './features/recovery/WorkspaceRecovery'
import './i18n/i18n'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <WorkspaceRecovery api={api}>{(notice) => <App startNotice={notice} />}</WorkspaceRecovery>
  </StrictMode>,
)
