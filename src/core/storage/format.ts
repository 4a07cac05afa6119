/** Power and energy in the unit a reader expects at their size: MW/MWh from 1 MW(h) up, else kW/kWh. */
export const fmtPowerW = (w: number): string =>
  Math.abs(w) >= 1e6 ? `${(w / 1e6).toFixed(2)} MW` : `${(w / 1000).toFixed(1)} kW`;

export const fmtEnergyWh = (wh: number): string =>
  Math.abs(wh) >= 1e6
    ? `${(wh / 1e6).toFixed(2)} MWh`
    : Math.abs(wh) >= 1000 || wh === 0
      ? `${(wh / 1000).toFixed(1)} kWh`
      : `${wh.toFixed(1)} Wh`;
