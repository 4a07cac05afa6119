/**
 * A placed device's own power factor (its PSUs at load, kW / kVA), in the inspector of a device fed from PDUs.
 * Empty: the catalog item's figure, else the pod's, shown as the placeholder. Each commit is one undo step; a value
 * outside the layout file's range is refused with the reason and changes nothing.
 */
import type { CatalogItem, DeviceId, DevicePlacement } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { POWER_SETTING_RANGES as R } from '../state/powerSettingRanges';
import { DecimalField } from './fields';

/** Gear whose PSUs plug into PDUs (not a busbar): the items a power factor applies to. */
export const takesPowerFactor = (item: CatalogItem): boolean =>
  (item.kind === 'server' || item.kind === 'switch' || item.kind === 'rackmount') &&
  item.power.inlet !== 'busbar';

export function DevicePowerFactor({
  device,
  item,
}: {
  readonly device: DevicePlacement;
  readonly item: CatalogItem;
}) {
  const store = useEditorStore();
  const podPf = useEditor((s) => s.layout.limits.powerFactor ?? 1);
  if (!takesPowerFactor(item) || !('power' in item)) return null;
  const itemPf = item.power.powerFactor;
  const inherited = itemPf !== undefined ? `${itemPf} (catalog item)` : `${podPf} (pod)`;
  return (
    <DecimalField
      label="Power factor"
      unit="kW/kVA"
      value={device.powerFactor}
      placeholder={inherited}
      min={R.powerFactor[0]}
      max={R.powerFactor[1]}
      clearable
      testId="device-power-factor"
      onCommit={(powerFactor) =>
        dispatch(store, 'updateDevice', { id: device.id as DeviceId, patch: { powerFactor } })
      }
    />
  );
}
