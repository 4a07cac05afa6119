/**
 * The planning code the editor runs on demand: "Plan network" (size, place, wire), the one-click fixes and "how many
 * more fit" with Fill rack / Fill pod. It is its own chunk, off the first screen (`planning.ts` loads it); a surface
 * that imports this module statically (the Plan network dialog) has it loaded with itself.
 */
import { fixFor, headroomInPod, headroomInRack, placeNetwork } from '../core';
import { providePlanning } from './planning';

export const planningCode = { fixFor, headroomInPod, headroomInRack, placeNetwork };

providePlanning(planningCode);
