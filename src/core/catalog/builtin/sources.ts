/**
 * Source keys of `shared/reference/figures.md` §9 and the provenance constructors the built-in catalog uses.
 *
 * Grades: figures.md P and P* → `published` (a P* source says which mirror it was read through); S → `published`
 * only when the press reports the vendor's own number, otherwise `estimate`; arithmetic on cited inputs → `derived`
 * with the formula in the source; anything chosen by us → `estimate` with a one-line reason.
 */
import type { Price, Provenance } from '../../model/catalog';

export const SOURCES = {
  'NV-GB200-HW': 'https://docs.nvidia.com/dgx/dgxgb200-user-guide/hardware.html',
  'NV-MNNVL': 'https://docs.nvidia.com/multi-node-nvlink-systems/multi-node-tuning-guide/system.html',
  'NV-RA-GB200-ARCH':
    'https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-gb200/latest/dgx-superpod-architecture.html',
  'NV-RA-GB200-NET':
    'https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-gb200/latest/network-fabrics.html',
  'STH-GB200': 'https://servethehome.com/?p=76755',
  'YAHOO-STH': 'https://sg.news.yahoo.com/nvidias-exaflop-supercomputer-rack-looks-142212690.html',
  'FUDZILLA-HC25': 'https://mail.fudzilla.net/news/61598-nvidia-shows-off-blackwell-gb200-and-gb300-racks',
  'SERVERSIMPLY-GB300': 'https://www.serversimply.com/blog/inside-supermicro-gb300-nvl72',
  VERDA: 'https://verda.com/blog/gb300-nvl72-architecture',
  PROPHETSTOR: 'https://prophetstor.com/white-papers/why-fixed-flow-gpu-rack-cooling-wastes-energy/',
  'NV-BASEPOD-CORE':
    'https://docs.nvidia.com/dgx-basepod/reference-architecture-infrastructure-foundation-enterprise-ai/latest/core-components.html',
  'NV-DGXH100-UG': 'https://docs.nvidia.com/dgx/dgxh100-user-guide/introduction-to-dgxh100.html',
  'NV-DGXB200-UG': 'https://docs.nvidia.com/dgx/dgxb200-user-guide/introduction-to-dgxb200.html',
  RACKULA: 'GitHub RackulaLives/Rackula, docs/research/3287-external.md',
  'UNANSWERED-DGX': 'https://unanswered.io/guide/nvidia-dgx-power-consumption-watts',
  'NV-RA-H100-NET':
    'https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-h100/latest/network-fabrics.html',
  'NV-QM97-IF': 'https://docs.nvidia.com/networking/display/QM97X0PUB/Interfaces',
  'NV-SN5000-IF': 'https://docs.nvidia.com/networking/display/sn5000/data+interfaces',
  'NETBOX-QM9700': 'GitHub netbox-community/devicetype-library, device-types/Nvidia/QM9700.yaml',
  'NETBOX-SN5600': 'GitHub netbox-community/devicetype-library, device-types/Nvidia/SN5600.yaml',
  'NETBOX-SN2201-PR': 'https://github.com/netbox-community/devicetype-library/pull/3560',
  'NETBOX-AP8868': 'GitHub netbox-community/devicetype-library, device-types/APC/AP8868.yaml',
  'STORAGEREVIEW-XE9680':
    'https://www.storagereview.com/it/review/dell-poweredge-xe9680-the-ultimate-ai-powerhouse',
  'MYNW-821GE': 'http://www.mynw.cn/news/484475.html',
  'CDRINFO-MP':
    'https://cdrinfo.com/d7/content/new-tesla-megapack-energy-module-debut-california-energy-storage-site-report',
  'WIKI-MP': 'https://en.wikipedia.org/wiki/Tesla_Megapack',
  'PVMAG-MP3':
    'http://neiaap.com/article/tesla-unveils-new-generation-of-utility-scale-batteries-megapack-3-and-megablock',
  'ASIANET-MP3':
    'https://newsable.asianetnews.com/markets/tesla-stock-climbs-premarket-on-megapack-3-megablock-launch-musk-promises-cheaper-quicker-energy-storage-articleshow-df7tvxo',
  'SE-FA156194': 'https://www.se.com/tw/zh/faqs/FA156194',
  'GEIST-80': 'http://geistglobal.com/why-are-geist-cord-connected-units-listed-de-rated-amperage',
  'AIDC-FACILITY': 'GitHub haanjack/AIDC-Studio, packages/core/src/catalog/seeds/facility.ts',
  'RESISTANCEZERO-CDU': 'https://resistancezero.com/cdu-checklist.html',
  'COOLNET-RDHX': 'https://www.coolnetpower.com/blog/how-much-heat-can-a-rear-door-heat-exchanger-remove/',
  'ORACLE-SCD5200': 'https://docs.oracle.com/cd/E19764-01/820-7182-11/ProductInformation.html',
  'YOBITEL-RDHX': 'https://www.yobitel.com/knowledge-base/rear-door-heat-exchanger',
  'BELDEN-LOAD': 'https://www.belden.com/blogs/data-center/cabinet-load-ratings-matter-and-changes',
  'NV-RA-B300XDR-ARCH':
    'https://docs.nvidia.com/dgx-superpod/reference-architecture/scalable-infrastructure-b300-xdr/latest/dgx-superpod-architecture.html',
  'NV-GB300-SMOOTHING':
    'NVIDIA technical blog on GB300 NVL72 power smoothing (summarised in shared/POWER.md §3)',
  'POWER-NOTES': 'shared/POWER.md §1 (power-chain figures gathered for podplan, grade S)',
  'STORAGE-NOTES':
    'shared/POWER.md §2-§4 (AI load dynamics, storage layers and power capping gathered for podplan, grade S)',
  'NV-MNNVL-POWER':
    'https://docs.nvidia.com/multi-node-nvlink-systems/multi-node-tuning-guide/power-thermals.html',
  'NVML-SMOOTHING': 'https://docs.nvidia.com/deploy/nvml-api/group__nvmlPowerSmoothing.html',
  'ARXIV-2508.14318': 'Choukse et al., Power Stabilization for AI Training Datacenters, arXiv 2508.14318',
  'ISO-8528-5': 'ISO 8528-5, generating sets: load acceptance classes (summarised in shared/POWER.md §1)',
} as const;

export type SourceKey = keyof typeof SOURCES;

type Keys = SourceKey | readonly SourceKey[];

function cite(keys: Keys): string {
  const list: readonly SourceKey[] = typeof keys === 'string' ? [keys] : keys;
  return list.map((key) => `[${key}] ${SOURCES[key]}`).join('; ');
}

function text(lead: string, keys: Keys | undefined): string {
  const cited = keys === undefined ? '' : cite(keys);
  if (lead === '') return cited;
  return cited === '' ? lead : `${lead}. ${cited}`;
}

/** A figure read from a vendor document (directly, through a named mirror, or as a vendor number in the press). */
export const published = (keys: Keys, note = ''): Provenance => ({
  grade: 'published',
  source: text(note, keys),
});

/** A figure computed from cited inputs; `formula` shows the arithmetic. */
export const derived = (formula: string, keys?: Keys): Provenance => ({
  grade: 'derived',
  source: text(formula, keys),
});

/** A figure we chose; `reason` says why this value. */
export const estimate = (reason: string, keys?: Keys): Provenance => ({
  grade: 'estimate',
  source: text(reason, keys),
});

/**
 * Every built-in price is an illustrative example for demos and sample quotes, never a vendor list price: the
 * `example` flag says so to the BOM, and this provenance says so to the inspector.
 */
export const EXAMPLE_PRICE = estimate('illustrative example price (USD), not a vendor list price or quote');

export const examplePrice = (amount: number): Price => ({ amount, currency: 'USD', example: true });
