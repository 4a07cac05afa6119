/** The inputs of "Plan a pod", each with its default and unit. Changes go to `onChange` as a partial draft. */
import type { Catalog, CatalogItem, CoolingApproach, NetworkRole } from '../../core';
import { NETWORK_LABELS, NETWORK_ROLES, pduUsableW } from '../../core';
import type { PlanDraft } from './planForm';
import { platformOptions } from './planForm';

const COOLING_LABELS: Record<CoolingApproach, string> = {
  air: 'Air to the room',
  'rear-door': 'Air + rear-door heat exchangers',
  'liquid-inrack': 'Direct liquid, in-rack CDUs',
  'liquid-floor': 'Direct liquid, floor CDUs',
};

const itemsOf = (catalog: Catalog, accept: (i: CatalogItem) => boolean) =>
  [...catalog.items.values()].filter(accept);

function NumberField(props: {
  readonly label: string;
  readonly unit: string;
  readonly value: string;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  readonly testId?: string;
  readonly onChange: (v: string) => void;
}) {
  return (
    <label className="field narrow">
      <span>
        {props.label} ({props.unit})
      </span>
      <input
        inputMode="decimal"
        value={props.value}
        placeholder={props.placeholder}
        disabled={props.disabled}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

export function PlanPodForm({
  draft,
  catalog,
  derating,
  onChange,
}: {
  readonly draft: PlanDraft;
  readonly catalog: Catalog;
  /** The pod's PDU derating (fraction of nameplate usable), for the PDU list's kVA figures. */
  readonly derating: number;
  readonly onChange: (patch: Partial<PlanDraft>) => void;
}) {
  const platforms = platformOptions(catalog);
  const racks = itemsOf(catalog, (i) => i.kind === 'rack');
  const pdus = itemsOf(catalog, (i) => i.kind === 'pdu' && i.placement === 'rack-0u');
  const shelves = itemsOf(catalog, (i) => i.kind === 'power-shelf');
  const setNetwork = (role: NetworkRole, patch: Partial<PlanDraft['networks'][NetworkRole]>) =>
    onChange({ networks: { ...draft.networks, [role]: { ...draft.networks[role], ...patch } } });
  return (
    <div className="plan-form">
      <fieldset className="plan-group">
        <legend>Target</legend>
        <label className="radio">
          <input
            type="radio"
            name="plan-target"
            checked={draft.targetKind === 'gpus'}
            onChange={() => onChange({ targetKind: 'gpus' })}
          />{' '}
          GPUs
        </label>
        {draft.targetKind === 'gpus' && (
          <NumberField
            label="Target GPUs"
            unit="count"
            value={draft.gpus}
            testId="plan-gpus"
            onChange={(gpus) => onChange({ gpus })}
          />
        )}
        <label className="radio">
          <input
            type="radio"
            name="plan-target"
            checked={draft.targetKind === 'itMw'}
            onChange={() => onChange({ targetKind: 'itMw' })}
          />{' '}
          IT load
        </label>
        {draft.targetKind === 'itMw' && (
          <NumberField
            label="IT at max draw"
            unit="MW"
            value={draft.itMw}
            onChange={(itMw) => onChange({ itMw })}
          />
        )}
        <label className="radio">
          <input
            type="radio"
            name="plan-target"
            checked={draft.targetKind === 'fill'}
            onChange={() => onChange({ targetKind: 'fill' })}
          />{' '}
          Fill the pod&apos;s envelope
        </label>
      </fieldset>
      <fieldset className="plan-group">
        <legend>Platform and racks</legend>
        <label className="field">
          <span>Platform</span>
          <select
            value={draft.platform}
            data-testid="plan-platform"
            onChange={(e) => onChange({ platform: e.target.value })}
          >
            {platforms.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Compute rack</span>
          <select value={draft.rackSku} onChange={(e) => onChange({ rackSku: e.target.value })}>
            <option value="">Default (42U or the platform&apos;s)</option>
            {racks.map((r) => (
              <option key={r.sku} value={r.sku}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <NumberField
          label="Power per rack accepted"
          unit="kW"
          value={draft.maxRackKw}
          placeholder="rack's design limit"
          onChange={(maxRackKw) => onChange({ maxRackKw })}
        />
      </fieldset>
      <fieldset className="plan-group">
        <legend>Cooling and power</legend>
        <label className="field">
          <span>Cooling</span>
          <select
            value={draft.cooling}
            data-testid="plan-cooling"
            onChange={(e) => onChange({ cooling: e.target.value as PlanDraft['cooling'] })}
          >
            <option value="">Default for the platform</option>
            {(Object.keys(COOLING_LABELS) as CoolingApproach[]).map((c) => (
              <option key={c} value={c}>
                {COOLING_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Power path</span>
          <select
            value={draft.powerPath}
            data-testid="plan-power-path"
            title="2N: either feed alone carries the rack. N+1: the rack still runs with any one circuit lost (fewer PDUs)."
            onChange={(e) => onChange({ powerPath: e.target.value as PlanDraft['powerPath'] })}
          >
            <option value="ab-2n">A/B feeds, 2N</option>
            <option value="n+1">N+1 circuits</option>
          </select>
        </label>
        <label className="field">
          <span>Rack PDU</span>
          <select value={draft.pduSku} onChange={(e) => onChange({ pduSku: e.target.value })}>
            <option value="">Default (most usable kVA)</option>
            {pdus.map((p) => (
              <option key={p.sku} value={p.sku}>
                {p.name}
                {p.kind === 'pdu' &&
                  ` (${(pduUsableW(p, derating) / 1000).toFixed(1)} kVA at ${Math.round(derating * 100)}%)`}
              </option>
            ))}
          </select>
        </label>
        {shelves.length > 0 && (
          <label className="field">
            <span>Power shelf (busbar platforms)</span>
            <select value={draft.powerShelfSku} onChange={(e) => onChange({ powerShelfSku: e.target.value })}>
              <option value="">Default (largest output)</option>
              {shelves.map((s) => (
                <option key={s.sku} value={s.sku}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <fieldset className="plan-group">
        <legend>Site envelope</legend>
        <label className="radio">
          <input
            type="radio"
            name="plan-envelope"
            checked={draft.envelope === 'size' && draft.targetKind !== 'fill'}
            disabled={draft.targetKind === 'fill'}
            onChange={() => onChange({ envelope: 'size' })}
          />{' '}
          Size feed, water and room air to the plan
        </label>
        <label className="radio">
          <input
            type="radio"
            name="plan-envelope"
            checked={draft.envelope === 'pod' || draft.targetKind === 'fill'}
            onChange={() => onChange({ envelope: 'pod' })}
            data-testid="plan-envelope-pod"
          />{' '}
          Hold to these limits:
        </label>
        <div className="plan-limits">
          {(
            [
              ['Utility feed', 'feedKw'],
              ['Facility water', 'waterKw'],
              ['Room air', 'roomAirKw'],
            ] as const
          ).map(([label, key]) => (
            <NumberField
              key={key}
              label={label}
              unit="kW"
              value={draft[key]}
              disabled={draft.envelope === 'size' && draft.targetKind !== 'fill'}
              onChange={(v) => onChange({ [key]: v })}
            />
          ))}
        </div>
        <NumberField
          label="Battery ride-through"
          unit="min"
          value={draft.rideThroughMin}
          placeholder="none"
          onChange={(rideThroughMin) => onChange({ rideThroughMin })}
        />
      </fieldset>
      <fieldset className="plan-group">
        <legend>Networks (sized, placed and wired)</legend>
        {NETWORK_ROLES.map((role) => (
          <div key={role} className="plan-network">
            <label className="toggle">
              <input
                type="checkbox"
                checked={draft.networks[role].on}
                onChange={(e) => setNetwork(role, { on: e.target.checked })}
              />{' '}
              {NETWORK_LABELS[role]}
            </label>
            <label className="field narrow plan-ratio">
              <span className="visually-hidden">{NETWORK_LABELS[role]} oversubscription (down:up)</span>
              <input
                value={draft.networks[role].ratio}
                disabled={!draft.networks[role].on}
                title="Oversubscription at the leaves, down:up (1:1 is non-blocking)"
                onChange={(e) => setNetwork(role, { ratio: e.target.value })}
              />
            </label>
          </div>
        ))}
        <p className="muted">Oversubscription down:up at the leaves; 1:1 is non-blocking.</p>
      </fieldset>
    </div>
  );
}
