/** Power and energy as the storage views show them: kW / kWh below a thousand (Wh below 1 kWh), MW / MWh from there. */
export const mw = (kw: number): string =>
  Math.abs(kw) >= 1000 ? `${(kw / 1000).toFixed(2)} MW` : `${kw.toFixed(1)} kW`;

export const mwh = (kwh: number): string => {
  if (Math.abs(kwh) >= 1000) return `${(kwh / 1000).toFixed(2)} MWh`;
  return Math.abs(kwh) >= 1 || kwh === 0 ? `${kwh.toFixed(1)} kWh` : `${(kwh * 1000).toFixed(1)} Wh`;
};
