/**
 * Framing for the camera presets: how far back a perspective camera must stand, looking along a direction, for a set
 * of points to project inside the part of the canvas that overlays leave free. Pure maths on three's vectors.
 */
import { Vector3 } from 'three';

export interface ViewFrame {
  /** Canvas size, CSS px. */
  readonly width: number;
  readonly height: number;
  /** Vertical field of view, degrees. */
  readonly fovDeg: number;
  /** Canvas px covered by overlays at the top and bottom (the band the framing must use). */
  readonly insetTop: number;
  readonly insetBottom: number;
}

export interface Framed {
  readonly position: Vector3;
  readonly target: Vector3;
  readonly distance: number;
}

const UP = new Vector3(0, 1, 0);

/** Pixel position (from the canvas centre, y up) of `p` seen from `eye` looking at `look`, or null behind the eye. */
function project(p: Vector3, eye: Vector3, look: Vector3, view: ViewFrame): { x: number; y: number } | null {
  const f = look.clone().sub(eye).normalize();
  const r = f.clone().cross(UP).normalize();
  const u = r.clone().cross(f);
  const rel = p.clone().sub(eye);
  const z = rel.dot(f);
  if (z <= 1e-6) return null;
  const t = Math.tan((view.fovDeg * Math.PI) / 360);
  const half = view.height / 2;
  return { x: (rel.dot(r) / (z * t)) * half, y: (rel.dot(u) / (z * t)) * half };
}

/**
 * The eye and look-at point that frame `points` from direction `dir` (from the target towards the eye): the
 * points' centre sits in the middle of the free band and the distance is the smallest (within 1 mm) that keeps
 * every point inside it, with `marginPx` to spare.
 */
export function frameFrom(points: readonly Vector3[], dir: Vector3, view: ViewFrame, marginPx = 8): Framed {
  const centre = points
    .reduce((a, p) => a.add(p), new Vector3())
    .multiplyScalar(1 / Math.max(points.length, 1));
  const d = dir.clone().normalize();
  const band = {
    top: view.height / 2 - view.insetTop - marginPx,
    bottom: -view.height / 2 + view.insetBottom + marginPx,
  };
  const halfW = view.width / 2 - marginPx;
  const shot = (dist: number) => lookFrom(centre, d, view, dist);
  const fits = (dist: number) => {
    const { eye, look } = shot(dist);
    return points.every((p) => {
      const s = project(p, eye, look, view);
      return s !== null && Math.abs(s.x) <= halfW && s.y <= band.top && s.y >= band.bottom;
    });
  };
  let lo = 0.05;
  let hi = 1;
  while (!fits(hi) && hi < 2000) hi *= 2;
  while (hi - lo > 0.001) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  const { eye, look } = shot(hi);
  return { position: eye, target: look, distance: hi };
}

/** The eye and look-at point `dist` from `centre` along `dir`, with `centre` in the middle of the free band. */
export function lookFrom(
  centre: Vector3,
  dir: Vector3,
  view: ViewFrame,
  dist: number,
): { eye: Vector3; look: Vector3 } {
  const d = dir.clone().normalize();
  const t = Math.tan((view.fovDeg * Math.PI) / 360);
  // Look above the centre by the band's offset from the canvas middle, so the centre lands mid-band.
  const offsetPx = (view.insetBottom - view.insetTop) / 2;
  const forward = d.clone().multiplyScalar(-1);
  const right = forward.clone().cross(UP).normalize();
  const up = right.clone().cross(forward);
  const look = centre.clone().addScaledVector(up, (-offsetPx * dist * t) / (view.height / 2));
  return { eye: look.clone().addScaledVector(d, dist), look };
}

/** The distance at which `pxPerM` canvas px show one metre at the centre of the view. */
export const distanceForScale = (pxPerM: number, view: ViewFrame): number =>
  view.height / (2 * Math.tan((view.fovDeg * Math.PI) / 360) * pxPerM);
