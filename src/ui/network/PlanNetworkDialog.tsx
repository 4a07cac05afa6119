/**
 * "Plan network": per network the switch models and oversubscription, the core's sizing with its reasoning, and
 * where the switches go (chosen racks, or new network racks). "Place switches and links" dispatches one
 * `placeNetwork` command: one undo step. The preview runs the same pure planner, so the button is only enabled when
 * the placement works, and its message is the one the command would give. Importing `planningCode` statically puts
 * the planning code in this dialog's chunk (loaded with it), so the command has it when the button dispatches.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { NetworkPlacementTarget, NetworkRole, PodNetworkChoices, Sku } from '../../core';
import {
  defaultChoices,
  existingSwitches,
  NETWORK_ROLES,
  parseOversubscription,
  sizePodNetworks,
} from '../../core';
import { dispatch } from '../../state/commands/registry';
import { planningCode } from '../../state/planningCode';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { freeUText, rackChoices } from '../../state/networkRacks';
import { setNetworkView } from '../../state/networkView';
import { selectCatalog } from '../../state/selectors';
import type { FabricDraft } from './FabricPlanCard';
import { FabricPlanCard } from './FabricPlanCard';

const { placeNetwork } = planningCode;

type Drafts = Readonly<Record<NetworkRole, FabricDraft>>;

function toChoices(drafts: Drafts): PodNetworkChoices {
  const out: { -readonly [K in NetworkRole]?: PodNetworkChoices[K] } = {};
  for (const role of NETWORK_ROLES) {
    const d = drafts[role];
    if (!d.enabled || d.leaf === '') continue;
    const ratio = parseOversubscription(d.ratio);
    out[role] = {
      switch: d.leaf as Sku,
      ...(d.spine !== '' && { spineSwitch: d.spine as Sku }),
      ...(ratio && { oversubscription: ratio }),
      ...(role === 'compute' && { provisionFullSu: d.fullSu }),
    };
  }
  return out;
}

export function PlanNetworkDialog() {
  const store = useEditorStore();
  const layout = useEditor((s) => s.layout);
  const catalog = useEditor(selectCatalog);
  const ref = useRef<HTMLDialogElement>(null);

  const [drafts, setDrafts] = useState<Drafts>(() => {
    const defaults = defaultChoices(catalog);
    const found = sizePodNetworks(layout, catalog, {});
    const out = {} as Record<NetworkRole, FabricDraft>;
    for (const role of NETWORK_ROLES) {
      const d = defaults[role];
      const hasEnds = found.find((p) => p.role === role)?.status !== 'no-endpoints';
      out[role] = {
        enabled: hasEnds && d !== undefined,
        leaf: d?.switch ?? '',
        spine: d?.spineSwitch ?? '',
        ratio: '1:1',
        fullSu: true,
      };
    }
    return out;
  });
  const racks = rackChoices(layout, catalog);
  const [where, setWhere] = useState<'new' | 'racks'>('new');
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [rackSku, setRackSku] = useState<string>('');
  const [replace, setReplace] = useState(true);

  const choices = useMemo(() => toChoices(drafts), [drafts]);
  const target: NetworkPlacementTarget = useMemo(
    () =>
      where === 'new'
        ? rackSku === ''
          ? { kind: 'new-rack' }
          : { kind: 'new-rack', rackSku: rackSku as Sku }
        : { kind: 'racks', racks: racks.filter((r) => chosen.includes(r.id)).map((r) => r.id) },
    [where, rackSku, racks, chosen],
  );
  const preview = useMemo(
    () => placeNetwork(layout, catalog, { choices, target, replaceExisting: replace }),
    [layout, catalog, choices, target, replace],
  );
  // A partly filled compute SU can be cabled as populated or built in full: price both so the choice is stated.
  const fullSu = drafts.compute.fullSu;
  const other = useMemo(() => {
    if (!drafts.compute.enabled) return null;
    const flipped = toChoices({ ...drafts, compute: { ...drafts.compute, fullSu: !fullSu } });
    return placeNetwork(layout, catalog, { choices: flipped, target, replaceExisting: replace });
  }, [drafts, fullSu, layout, catalog, target, replace]);
  const linkTotal = (p: typeof preview | null) =>
    p?.ok ? Object.values(p.value.links).reduce((a, n) => a + (n ?? 0), 0) : null;
  const here = linkTotal(preview);
  const there = linkTotal(other);
  const suChoice =
    here !== null && there !== null && here !== there
      ? { full: fullSu ? here : there, populated: fullSu ? there : here }
      : null;
  const plans = useMemo(
    () => (preview.ok ? preview.value.plans : sizePodNetworks(layout, catalog, choices)),
    [preview, layout, catalog, choices],
  );
  const existingBy = (role: NetworkRole) =>
    replace ? existingSwitches(layout, catalog, new Set([role])).length : 0;

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const close = () => setNetworkView({ planner: false });
  const place = () => {
    if (dispatch(store, 'placeNetwork', { choices, target, replaceExisting: replace }) && preview.ok) close();
  };
  const rackModels = [...catalog.items.values()].filter((i) => i.kind === 'rack');

  return (
    <dialog
      ref={ref}
      className="network-dialog"
      aria-labelledby="plan-network-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <header className="dialog-header">
        <h2 id="plan-network-title">Plan network</h2>
        <button type="button" className="icon" aria-label="Close" onClick={close}>
          ×
        </button>
      </header>
      <div className="dialog-body">
        <p className="muted">
          Each network is sized from the ports the pod&apos;s devices carry on it: the compute fabric
          rail-optimised (port <em>n</em> of every node to a leaf of rail <em>n</em>), the others spread
          evenly over their leaves. The out-of-band network also serves the management port of every switch
          placed here.
        </p>
        {NETWORK_ROLES.map((role) => (
          <FabricPlanCard
            key={role}
            role={role}
            draft={drafts[role]}
            plan={plans.find((p) => p.role === role)}
            catalog={catalog}
            existing={drafts[role].enabled ? existingBy(role) : 0}
            onChange={(patch) => setDrafts((d) => ({ ...d, [role]: { ...d[role], ...patch } }))}
          />
        ))}
        {suChoice && (
          <fieldset className="placement" data-testid="su-choice">
            <legend>The compute fabric&apos;s scalable unit is partly filled</legend>
            <label className="radio">
              <input
                type="radio"
                name="su"
                checked={!fullSu}
                onChange={() => setDrafts((d) => ({ ...d, compute: { ...d.compute, fullSu: false } }))}
                data-testid="su-populated"
              />{' '}
              Cable what is populated: <strong>{suChoice.populated.toLocaleString('en-US')} links</strong>{' '}
              <span className="muted">(leaves and uplinks for the nodes in the pod now)</span>
            </label>
            <label className="radio">
              <input
                type="radio"
                name="su"
                checked={fullSu}
                onChange={() => setDrafts((d) => ({ ...d, compute: { ...d.compute, fullSu: true } }))}
                data-testid="su-full"
              />{' '}
              Build the full SU: <strong>{suChoice.full.toLocaleString('en-US')} links</strong>{' '}
              <span className="muted">
                (every leaf–spine link of a full SU, as reference designs do, so nodes added later plug in)
              </span>
            </label>
          </fieldset>
        )}
        <fieldset className="placement">
          <legend>Where the switches go</legend>
          <label className="radio">
            <input type="radio" name="where" checked={where === 'new'} onChange={() => setWhere('new')} /> New
            network rack at the first free floor position, powered like the pod&apos;s racks
          </label>
          {where === 'new' && (
            <label className="field narrow indent">
              <span>Rack model</span>
              <select value={rackSku} onChange={(e) => setRackSku(e.target.value)}>
                <option value="">The pod&apos;s most common rack</option>
                {rackModels.map((r) => (
                  <option key={r.sku} value={r.sku}>
                    {r.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="radio">
            <input
              type="radio"
              name="where"
              checked={where === 'racks'}
              disabled={racks.length === 0}
              onChange={() => setWhere('racks')}
            />{' '}
            These racks, filled from the top in this order:
          </label>
          {where === 'racks' && (
            <div className="rack-picks indent" role="group" aria-label="Racks for the switches">
              {racks.map((r) => (
                <label key={r.id} className="rack-pick">
                  <input
                    type="checkbox"
                    checked={chosen.includes(r.id)}
                    onChange={(e) =>
                      setChosen((c) => (e.target.checked ? [...c, r.id] : c.filter((x) => x !== r.id)))
                    }
                  />{' '}
                  {r.name} <span className="muted">{freeUText(r)}</span>
                </label>
              ))}
            </div>
          )}
          <label className="toggle">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> Replace
            the switches already on the planned networks (and their links)
          </label>
        </fieldset>
      </div>
      <footer className="dialog-footer">
        <p
          className={preview.ok ? 'preview ok' : 'preview error'}
          role={preview.ok ? 'status' : 'alert'}
          data-testid="plan-preview"
        >
          {preview.ok ? preview.value.preview : preview.error}
        </p>
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!preview.ok}
          onClick={place}
          data-testid="place-network"
        >
          Place switches and links
        </button>
      </footer>
    </dialog>
  );
}
