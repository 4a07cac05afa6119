/**
 * Network planning: fabric sizing (`sizeFabric`, `sizePodNetworks`), the links of a sized fabric (`fabricLinks`,
 * `wireFabric`), a study layout (`fabricStudyLayout`), and cabling (`planCabling`: media, lengths, BOM lines, optic
 * power and `network.*` diagnostics).
 */
export type {
  CorePlanePlan,
  ExtraEndpoints,
  FabricInput,
  FabricInputError,
  FabricSizing,
  FabricSwitchSpec,
  LeafPlan,
  Oversubscription,
  SpineGroupPlan,
  SwitchUsage,
  Tier,
  TierLinks,
} from './fabricTypes';
export { NON_BLOCKING, formatQuotient, formatRatio, parseOversubscription } from './fabricTypes';
export { DEFAULT_PORT_GBPS, DEFAULT_SU_NODES, sizeFabric } from './fabricSizing';
export { maxDownlinks, switchSpecOf, uplinksFor, withBreakout } from './switchSpec';
export type { FabricLinkSpec } from './fabricTopology';
export { fabricLinks } from './fabricTopology';
export type { FabricBinding } from './fabricWiring';
export { wireFabric } from './fabricWiring';
export type { ResolvedPort } from './portNames';
export { endpointPortNames, physicalPort, resolvePort, switchPortNames } from './portNames';
export type { StudyLayoutOptions } from './fabricLayout';
export { fabricStudyLayout } from './fabricLayout';
export type { NetworkChoice, PodNetworkChoices, PodNetworkPlan } from './podNetworks';
export { sizePodNetworks } from './podNetworks';
export type { CableGeometry, PortSite } from './cableLength';
export { DEFAULT_GEOMETRY, DEFAULT_SOLD_LENGTHS_M, cableRouteMm, climbMm, soldLengthM } from './cableLength';
export type { MediumKind, MediumSpec } from './cableMedia';
export { MEDIA, MEDIUM_LABELS, MEDIUM_ORDER, mediaFor } from './cableMedia';
export type { CableBomLine, CableEnd, CableRun, CablingOptions, CablingPlan, DevicePower } from './cabling';
export { planCabling } from './cabling';
