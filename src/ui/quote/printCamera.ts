/**
 * The fixed camera of the proposal's 3D picture, so the printed picture does not depend on where the user left the
 * view. Documented framing: the bounding box of the racks only (floor units such as battery cabinets and CDUs are
 * in the scene but do not widen the frame); looked at from the front of row 0 (+z, where its fronts face), 30° to
 * the right of the row's axis and 32° above the horizontal; a 40° vertical field of view at 16:9; the distance puts
 * the box's bounding sphere inside the vertical field with 8 % to spare.
 */
export interface Aabb {
  readonly min: readonly [number, number, number];
  readonly max: readonly [number, number, number];
}

export const PRINT_CAMERA = { azimuthDeg: 30, elevationDeg: 32, fovDeg: 40, aspect: 16 / 9, margin: 1.08 };

const rad = (deg: number) => (deg * Math.PI) / 180;

export function printCameraPose(box: Aabb): {
  position: [number, number, number];
  target: [number, number, number];
  fovDeg: number;
} {
  const target: [number, number, number] = [0, 1, 2].map((i) => (box.min[i]! + box.max[i]!) / 2) as [
    number,
    number,
    number,
  ];
  const radius = Math.max(0.5, Math.hypot(...[0, 1, 2].map((i) => (box.max[i]! - box.min[i]!) / 2)));
  const dist = (radius * PRINT_CAMERA.margin) / Math.sin(rad(PRINT_CAMERA.fovDeg / 2));
  const az = rad(PRINT_CAMERA.azimuthDeg);
  const el = rad(PRINT_CAMERA.elevationDeg);
  return {
    position: [
      target[0] + dist * Math.cos(el) * Math.sin(az),
      target[1] + dist * Math.sin(el),
      target[2] + dist * Math.cos(el) * Math.cos(az),
    ],
    target,
    fovDeg: PRINT_CAMERA.fovDeg,
  };
}
