/**
 * Spines and cores above a leaf tier.
 *
 * Two tiers: every leaf reaches every spine with the same number of links, so the spine count S divides a leaf's
 * uplinks U (U/S links per pair). S is the smallest divisor of U whose spines have ports enough for every leaf's links.
 * When even S = U (one link per pair) gives a spine more leaves than ports, two tiers cannot connect the fabric.
 *
 * Three tiers: spines give half their ports down and half up (non-blocking above the leaves). Leaves form spine groups
 * of whole SUs, at most ports/2 leaves each; each group gets the smallest divisor of U as its spine count that its
 * leaves fit. Spine j of every group forms core plane j; a plane's core count divides every spine's uplinks (equal
 * links from a spine to each core of its plane) and gives enough core ports.
 */
import type { CorePlanePlan, FabricSwitchSpec, SpineGroupPlan } from './fabricTypes';
import { fmtInt } from './fabricTypes';
import { divisors, gcd, sum } from './switchSpec';

export interface UpperTierParams {
  /** Uplinks each leaf needs before rounding (same order as the leaves). */
  readonly leafUp: readonly number[];
  /** SU of each leaf, for spine groups of whole SUs. */
  readonly leafSu: readonly number[];
  /** Uplinks of a fully provisioned leaf. */
  readonly fullUplinks: number;
  /** Leaves per full SU (0 when the fabric is not rail-optimised). */
  readonly leavesPerSu: number;
  /** Spine and core model after breakout. */
  readonly spine: FabricSwitchSpec;
  readonly maxTiers: 2 | 3;
}

export interface UpperTiers {
  readonly tiers: 1 | 2 | 3;
  readonly spineGroups: readonly SpineGroupPlan[];
  readonly corePlanes: readonly CorePlanePlan[];
  /** Group and links to each spine of its group, per leaf. */
  readonly leafGroup: readonly number[];
  readonly leafLinksPerSpine: readonly number[];
  readonly spines: number;
  readonly cores: number;
  readonly reasoning: readonly string[];
}

/** Links per spine for each leaf when a group has `spines` spines: ceil(up / spines) (a partial leaf rounds up). */
const linksPer = (ups: readonly number[], spines: number): number[] => ups.map((u) => Math.ceil(u / spines));

export function planUpperTiers(p: UpperTierParams): UpperTiers | string {
  const n = p.leafUp.length;
  if (n <= 1) {
    return {
      tiers: 1,
      spineGroups: [],
      corePlanes: [],
      leafGroup: p.leafUp.map(() => 0),
      leafLinksPerSpine: p.leafUp.map(() => 0),
      spines: 0,
      cores: 0,
      reasoning: ['A single leaf reaches every endpoint: no spine tier.'],
    };
  }
  const radix = p.spine.ports;
  if (p.spine.fixedUplinks) return `${p.spine.name} has a fixed uplink group; a spine needs uniform ports.`;
  const two = twoTiers(p, radix);
  if (typeof two !== 'string') return two;
  if (p.maxTiers === 2) return `${two} At most two tiers were asked for.`;
  const three = threeTiers(p, radix);
  if (typeof three === 'string') return three;
  return { ...three, reasoning: [two, ...three.reasoning] };
}

function twoTiers(p: UpperTierParams, radix: number): UpperTiers | string {
  const U = p.fullUplinks;
  const totalUp = sum(p.leafUp);
  const least = Math.max(1, Math.ceil(totalUp / radix));
  let chosen = 0;
  let links: number[] = [];
  for (const s of divisors(U)) {
    const k = linksPer(p.leafUp, s);
    if (sum(k) <= radix) {
      chosen = s;
      links = k;
      break;
    }
  }
  const n = p.leafUp.length;
  if (chosen === 0)
    return `Two tiers: even with ${U} spines (one link from each leaf to each spine) a spine would need ${n} ports for ${n} leaves but has ${radix}; two tiers reach at most ${radix} leaves, so a core tier is needed.`;
  const reasoning: string[] = [];
  const skipped: number[] = [];
  for (let s = least; s < chosen; s++) if (U % s !== 0) skipped.push(s);
  const per = U / chosen;
  let line = `${fmtInt(totalUp)} leaf–spine links over ${radix}-port spines need at least ${least} spine${least === 1 ? '' : 's'}.`;
  line += ` The spine count must divide the ${U} uplink${U === 1 ? '' : 's'} of a full leaf so every leaf reaches every spine with the same number of links`;
  if (skipped.length > 0) {
    const first = skipped[0] ?? 0;
    const ratio = `${U}/${first} = ${(U / first).toFixed(2)}`;
    const list =
      skipped.length === 1 ? `${first}` : `${skipped.slice(0, -1).join(', ')} and ${skipped.at(-1)}`;
    line += `: ${list} ${skipped.length === 1 ? 'does' : 'do'} not (${ratio} is not whole); ${chosen} does`;
  } else if (chosen > least) {
    line += `; ${chosen} is the smallest count that also leaves every spine ports enough`;
  }
  const spinePorts = sum(links);
  // Leaves of a partly filled SU carry fewer uplinks than a full one: say what is cabled now, and what the full
  // count would be, rather than the full count alone.
  const now = [...new Set(links)].sort((a, b) => a - b);
  const perText =
    now.length === 1 && now[0] === per
      ? `${per} link${per === 1 ? '' : 's'} from each leaf to each spine`
      : `${now.join(' or ')} link${now.length === 1 && now[0] === 1 ? '' : 's'} from each leaf to each spine now (${per} once every leaf has its full ${U} uplinks)`;
  line += `. So ${chosen} spine${chosen === 1 ? '' : 's'}, ${perText}, ${spinePorts} of ${radix} ports used on each spine.`;
  reasoning.push(line);
  return {
    tiers: 2,
    spineGroups: [
      {
        leaves: p.leafUp.map((_, i) => i),
        spines: chosen,
        firstSpine: 0,
        downPerSpine: spinePorts,
        upPerSpine: 0,
      },
    ],
    corePlanes: [],
    leafGroup: p.leafUp.map(() => 0),
    leafLinksPerSpine: links,
    spines: chosen,
    cores: 0,
    reasoning,
  };
}

function threeTiers(p: UpperTierParams, radix: number): UpperTiers | string {
  const U = p.fullUplinks;
  const down = Math.floor(radix / 2);
  if (down < 1) return `${p.spine.name} has too few ports for a three-tier fabric.`;
  const n = p.leafUp.length;
  // Spine groups: whole SUs when an SU's leaves fit under one group's spines, else runs of `down` leaves.
  const susPerGroup = p.leavesPerSu > 0 && p.leavesPerSu <= down ? Math.floor(down / p.leavesPerSu) : 0;
  const members: number[][] = [];
  for (let i = 0; i < n; i++) {
    const g = susPerGroup > 0 ? Math.floor((p.leafSu[i] ?? 0) / susPerGroup) : Math.floor(i / down);
    (members[g] ??= []).push(i);
  }
  const groups: SpineGroupPlan[] = [];
  const leafGroup = new Array<number>(n).fill(0);
  const leafLinks = new Array<number>(n).fill(0);
  let firstSpine = 0;
  for (const leaves of members) {
    if (!leaves || leaves.length === 0) continue;
    const ups = leaves.map((i) => p.leafUp[i] ?? 0);
    let spines = U;
    let links = linksPer(ups, U);
    for (const s of divisors(U)) {
      const k = linksPer(ups, s);
      if (sum(k) <= down) {
        spines = s;
        links = k;
        break;
      }
    }
    leaves.forEach((leaf, j) => {
      leafGroup[leaf] = groups.length;
      leafLinks[leaf] = links[j] ?? 0;
    });
    const used = sum(links);
    groups.push({ leaves, spines, firstSpine, downPerSpine: used, upPerSpine: used });
    firstSpine += spines;
  }
  let planes = corePlanesOf(groups, radix);
  let evened = false;
  if (typeof planes === 'string') {
    // A partly filled group's spines carry fewer uplinks (23 beside 32), so no core count divides them all: cable
    // every spine with a full group's uplinks (the spare ones unused by leaves) and size the planes again.
    const most = Math.max(...groups.map((g) => g.upPerSpine));
    groups.forEach((g, i) => (groups[i] = { ...g, upPerSpine: most }));
    planes = corePlanesOf(groups, radix);
    evened = true;
  }
  if (typeof planes === 'string') return planes;
  const firstCore = sum(planes.map((p) => p.cores));
  const full = groups[0];
  const spinesTotal = firstSpine;
  const reasoning = [
    `Three tiers: a spine gives ${down} ports to leaves and ${radix - down} to the core (non-blocking above the leaves). ` +
      (susPerGroup > 0
        ? `A spine group holds ${susPerGroup} SU${susPerGroup === 1 ? '' : 's'} (${susPerGroup * p.leavesPerSu} leaves)`
        : `A spine group holds up to ${down} leaves`) +
      `, so ${fmtInt(n)} leaves form ${groups.length} group${groups.length === 1 ? '' : 's'}; ${full ? `a full group has ${full.spines} spines, each leaf sending ${U / full.spines} link${U / full.spines === 1 ? '' : 's'} to each` : ''}: ${fmtInt(spinesTotal)} spines.`,
    `Spine j of every group forms core plane j (${planes.length} planes); each plane's cores divide every spine's ${full ? full.upPerSpine : 0} uplinks evenly: ${planes[0]?.cores ?? 0} core${planes[0]?.cores === 1 ? '' : 's'} in the first plane, ${fmtInt(firstCore)} cores in all.`,
    ...(evened
      ? [
          `The last group's spines use fewer uplinks than a full group's and no core count divides both evenly, so every spine is cabled with a full group's ${full ? full.upPerSpine : 0} uplinks.`,
        ]
      : []),
  ];
  return {
    tiers: 3,
    spineGroups: groups,
    corePlanes: planes,
    leafGroup,
    leafLinksPerSpine: leafLinks,
    spines: spinesTotal,
    cores: firstCore,
    reasoning,
  };
}

/** Core planes: plane j joins spine j of every group; its core count divides every spine's uplinks. */
function corePlanesOf(groups: readonly SpineGroupPlan[], radix: number): CorePlanePlan[] | string {
  const down = Math.floor(radix / 2);
  const planesCount = Math.max(...groups.map((g) => g.spines));
  const planes: CorePlanePlan[] = [];
  let firstCore = 0;
  for (let j = 0; j < planesCount; j++) {
    const spines: number[] = [];
    const ups: number[] = [];
    for (const g of groups) {
      if (j < g.spines) {
        spines.push(g.firstSpine + j);
        ups.push(g.upPerSpine);
      }
    }
    const common = ups.reduce((a, b) => gcd(a, b), 0);
    const total = sum(ups);
    const cores = divisors(common).find((c) => total / c <= radix);
    if (cores === undefined)
      return `Three tiers: core plane ${j + 1} joins ${spines.length} spines with ${fmtInt(total)} uplinks, more than ${radix}-port cores can take with equal links; the fabric needs more than three tiers at radix ${radix} (three tiers reach about ${fmtInt(radix * down)} leaves).`;
    planes.push({ spines, cores, firstCore });
    firstCore += cores;
  }
  return planes;
}
