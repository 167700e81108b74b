import { lazy } from 'react';

/** uPlot loads with the first chart, not with the rest of the app. */
export const TrendChart = lazy(() => import('./TrendChart'));
