import { createRoot } from 'react-dom/client';
import { BarePage } from './BarePage';

// ?figures=N sets how many labelled figures the page draws (the benchmark uses 10, 30 and 100).
const figures = Number(new URLSearchParams(location.search).get('figures') ?? 30);
const root = document.getElementById('root');
if (root) createRoot(root).render(<BarePage figures={figures} />);
