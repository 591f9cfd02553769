import { QueryClientProvider } from '@tanstack/react-query';
import { TerrapinProvider } from '@terrapin/react-hooks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createBrowserClient } from './api/client';
import { createAppQueryClient } from './api/query-client';
import './styles.css';

const queryClient = createAppQueryClient();
const terrapin = createBrowserClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TerrapinProvider client={terrapin}>
        <App />
      </TerrapinProvider>
    </QueryClientProvider>
  </StrictMode>,
);
