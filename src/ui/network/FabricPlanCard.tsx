/**
 * One network in the "Plan network" dialog: whether to plan it, its switch models and oversubscription, and the
 * core's sizing per tier (switches, ports used per switch, links, achieved oversubscription) with its reasoning.
 */
import type { Catalog, NetworkRole, PodNetworkPlan, Switch, SwitchUsage } from '../../core';
import { formatQuotient, formatRatio, NETWORK_LABELS, switchesFor } from '../../core';
import { count, gbps } from '../format';
import { FABRIC_COLOURS_CSS } from './fabricColours';

export interface FabricDraft {
  readonly enabled: boolean;
  readonly leaf: string;
  /** '' = the leaf model. */
  readonly spine: string;
  readonly ratio: string;
  readonly fullSu: boolean;
}

export const RATIOS = ['1:1', '2:1', '3:1', '4:1'] as const;

interface Props {
  readonly role: NetworkRole;
  readonly draft: FabricDraft;
  readonly plan: PodNetworkPlan | undefined;
  readonly catalog: Catalog;
  readonly existing: number;
  readonly onChange: (patch: Partial<FabricDraft>) => void;
}

function SwitchOptions({ list, role }: { readonly list: readonly Switch[]; readonly role: NetworkRole }) {
  const own = list.filter((s) => s.fabric === role);
  const other = list.filter((s) => s.fabric !== role);
  const label = (s: Switch) => {
    const ports = s.ports.filter((g) => g.role === 'downlink' || g.role === 'uplink');
    return `${s.name} (${ports.map((g) => `${g.count} × ${gbps(g.speedGbps)}`).join(' + ')})`;
  };
  return (
    <>
      <optgroup label={`Made for ${NETWORK_LABELS[role].toLowerCase()}`}>
        {own.map((s) => (
          <option key={s.sku} value={s.sku}>
            {label(s)}
          </option>
        ))}
      </optgroup>
      <optgroup label="Other networks">
        {other.map((s) => (
          <option key={s.sku} value={s.sku}>
            {label(s)}
          </option>
        ))}
      </optgroup>
    </>
  );
}

const TIER_LABEL = { leaf: 'Leaf', spine: 'Spine', core: 'Core' } as const;

function UsageRow({
  u,
  model,
  links,
}: {
  readonly u: SwitchUsage;
  readonly model: string;
  readonly links: number;
}) {
  return (
    <tr data-tier={u.tier}>
      <th scope="row">{TIER_LABEL[u.tier]}</th>
      <td className="num" data-testid={`count-${u.tier}`}>
        {u.count}
      </td>
      <td>{model}</td>
      <td className="num">{u.ports}</td>
      <td className="num">{u.downUsed}</td>
      <td className="num">{u.upUsed}</td>
      <td className="num">{links.toLocaleString('en-US')}</td>
    </tr>
  );
}

export function FabricPlanCard({ role, draft, plan, catalog, existing, onChange }: Props) {
  const list = switchesFor(catalog, role);
  const s = plan?.sizing;
  const id = `fabric-${role}`;
  const noEndpoints = plan?.status === 'no-endpoints';
  const modelName = (sku: string) => catalog.items.get(sku as never)?.name ?? sku;
  const tierLinks = {
    leaf: s?.links.nodeLeaf ?? 0,
    spine: s?.links.leafSpine ?? 0,
    core: s?.links.spineCore ?? 0,
  };
  return (
    <fieldset
      className={`fabric-card${draft.enabled ? '' : ' off'}`}
      data-testid={`sizing-${role}`}
      data-leaf={s?.counts.leaf ?? 0}
      data-spine={s?.counts.spine ?? 0}
      data-core={s?.counts.core ?? 0}
      data-links={s ? s.links.nodeLeaf + s.links.leafSpine + s.links.spineCore : 0}
      style={{ borderLeftColor: FABRIC_COLOURS_CSS[role] }}
    >
      <legend>
        <label>
          <input
            type="checkbox"
            checked={draft.enabled}
            disabled={noEndpoints}
            onChange={(e) => onChange({ enabled: e.target.checked })}
          />{' '}
          {NETWORK_LABELS[role]}
        </label>
      </legend>
      {noEndpoints ? (
        <p className="muted">No device in the pod has {NETWORK_LABELS[role].toLowerCase()} ports.</p>
      ) : (
        <>
          <div className="fabric-choices">
            <label className="field">
              <span>Leaf switch</span>
              <select
                id={`${id}-leaf`}
                value={draft.leaf}
                disabled={!draft.enabled}
                onChange={(e) => onChange({ leaf: e.target.value })}
              >
                <SwitchOptions list={list} role={role} />
              </select>
            </label>
            <label className="field">
              <span>Spine and core switch</span>
              <select
                value={draft.spine}
                disabled={!draft.enabled}
                onChange={(e) => onChange({ spine: e.target.value })}
              >
                <option value="">Same as the leaf</option>
                <SwitchOptions list={list} role={role} />
              </select>
            </label>
            <label className="field narrow">
              <span>Oversubscription (down:up)</span>
              <select
                value={draft.ratio}
                disabled={!draft.enabled}
                onChange={(e) => onChange({ ratio: e.target.value })}
              >
                {RATIOS.map((r) => (
                  <option key={r} value={r}>
                    {r}
                    {r === '1:1' ? ' (non-blocking)' : ''}
                  </option>
                ))}
              </select>
            </label>
            {role === 'compute' && (
              <label
                className="toggle"
                title="Build a partly filled scalable unit's leaves and leaf–spine links in full, as the reference designs do"
              >
                <input
                  type="checkbox"
                  checked={draft.fullSu}
                  disabled={!draft.enabled}
                  onChange={(e) => onChange({ fullSu: e.target.checked })}
                />{' '}
                Full scalable units
              </label>
            )}
          </div>
          {draft.enabled && plan?.status === 'error' && (
            <p className="fabric-error" role="alert">
              {plan.message}
            </p>
          )}
          {draft.enabled && s && (
            <>
              <p className="fabric-summary">
                {count(plan.nodes.length, 'node')} × {s.portsPerNode} ports at {gbps(s.nodePortGbps)}
                {s.extraPorts > 0 ? ` + ${count(s.extraPorts, 'other port')}` : ''}
                {s.breakout > 1 ? ` · leaf ports broken out ${s.breakout} ×` : ''} · {s.tiers}{' '}
                {s.tiers === 1 ? 'tier (no uplinks)' : 'tiers'}
                {s.tiers > 1 && (
                  <>
                    {' '}
                    · oversubscription <strong>{formatQuotient(s.oversubscription)}</strong> (target{' '}
                    {formatRatio(s.oversubscriptionTarget)})
                  </>
                )}
                {existing > 0 ? ` · replaces ${existing} switch${existing === 1 ? '' : 'es'} in the pod` : ''}
              </p>
              <table className="sizing-table">
                <thead>
                  <tr>
                    <th scope="col">Tier</th>
                    <th scope="col" className="num">
                      Switches
                    </th>
                    <th scope="col">Model</th>
                    <th scope="col" className="num" title="Logical ports per switch, after breakout">
                      Ports each
                    </th>
                    <th
                      scope="col"
                      className="num"
                      title="Ports used towards nodes or the tier below, per switch"
                    >
                      Down used
                    </th>
                    <th scope="col" className="num" title="Ports used towards the tier above, per switch">
                      Up used
                    </th>
                    <th
                      scope="col"
                      className="num"
                      title="Links from this tier down: node–leaf, leaf–spine, spine–core"
                    >
                      Links below
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {s.usage.map((u, i) => (
                    <UsageRow
                      key={`${u.tier}-${i}`}
                      u={u}
                      model={modelName(u.tier === 'leaf' ? draft.leaf : draft.spine || draft.leaf)}
                      links={tierLinks[u.tier]}
                    />
                  ))}
                </tbody>
              </table>
              {s.warnings.map((w) => (
                <p key={w} className="fabric-warning">
                  {w}
                </p>
              ))}
              {plan.leftOut.length > 0 && (
                <p className="muted">Left out (another speed): {plan.leftOut.join('; ')}</p>
              )}
              <details>
                <summary>How this was sized ({s.reasoning.length} steps)</summary>
                <ol className="reasoning">
                  {s.reasoning.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ol>
              </details>
            </>
          )}
        </>
      )}
    </fieldset>
  );
}
