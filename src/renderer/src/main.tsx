import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './fonts';
import './styles/base.css';
import './styles/slides.css';
import { App } from './app';
import { PresenterApp } from './presenter/presenter-app';

// Main opens each window with ?role=audience or ?role=presenter.
const role = new URLSearchParams(window.location.search).get('role');
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode>{role === 'presenter' ? <PresenterApp /> : <App />}</StrictMode>);
