/** Whether the "Plan a pod" dialog is open. View state only: never saved, never undone. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export const plannerView = createStore<{ readonly open: boolean }>(() => ({ open: false }));

export const openPlanner = (): void => plannerView.setState({ open: true });
export const closePlanner = (): void => plannerView.setState({ open: false });
export const usePlannerOpen = (): boolean => useStore(plannerView, (s) => s.open);
