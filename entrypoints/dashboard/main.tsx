import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/workspace/workspace.css';
import { localizeDocument } from '../../components/i18n';
import { Dashboard } from './Dashboard';
import './style.css';

localizeDocument('dash_title');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Dashboard />
  </StrictMode>,
);
