import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/workspace/workspace.css';
import { Dashboard } from './Dashboard';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Dashboard />
  </StrictMode>,
);
