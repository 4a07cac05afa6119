/** Whether the list of pods kept aside is open. View state only, never saved. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

const keptView = createStore<{ readonly open: boolean }>(() => ({ open: false }));

export const showKeptPods = (open: boolean): void => keptView.setState({ open });
export const useKeptPodsOpen = (): boolean => useStore(keptView, (s) => s.open);
