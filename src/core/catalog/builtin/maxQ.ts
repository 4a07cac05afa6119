/**
 * Max-Q-style power caps. NVIDIA describes Max-Q vs Max-P power profiles for GB200 NVL72 (NV-MNNVL-POWER, P) but the
 * per-rack figures come from the press: GB200 NVL72 ≈ 125 kW at Max-P vs ≈ 90 kW at Max-Q (POWER.md §4, S quoting
 * NVIDIA). A tray's capped draw is its max draw scaled by that ratio.
 */
import type { Provenance } from '../../model/catalog';
import { derived, estimate } from './sources';

/** Max-Q / Max-P rack power ratio of GB200 NVL72: 90 kW / 125 kW = 0.72. */
export const NVL72_MAX_Q_RATIO = 90 / 125;

/** GB200 compute tray under Max-Q, W: 5,900 W × 0.72 = 4,248 W. */
export const GB200_TRAY_MAX_Q_W = Math.round(5900 * NVL72_MAX_Q_RATIO);

/** Provenance of a GB200-class capped draw: published ratio, our arithmetic. */
export const maxQFromGb200 = (maxW: string, cappedW: number): Provenance =>
  derived(
    `${maxW} × 90 kW / 125 kW (GB200 NVL72 Max-Q vs Max-P, S quoting NVIDIA; profiles described in NV-MNNVL-POWER) = ${cappedW.toLocaleString('en-US')} W`,
    ['STORAGE-NOTES', 'NV-MNNVL-POWER'],
  );

/** Provenance of a capped draw that assumes the GB200 ratio carries over to a newer platform. */
export const maxQAssumed = (maxW: string, cappedW: number): Provenance =>
  estimate(
    `no Max-Q figure published for this platform; the GB200 NVL72 ratio 90/125 (S) assumed: ${maxW} × 0.72 = ${cappedW.toLocaleString('en-US')} W`,
    ['STORAGE-NOTES', 'NV-MNNVL-POWER'],
  );
