// CSS selectors for the data-role and data-kind attributes render-svg.ts writes on Scene groups:
// the one place the HTML page's script and styles spell a role or a ref kind, checked by the types.
import type { EntityKind, SceneRole } from '../../scene/scene.js';

/** Groups of one role, e.g. roleSelector('lane') → [data-role="lane"]. */
export const roleSelector = (role: SceneRole): string => `[data-role="${role}"]`;

/** Groups that stand for one kind of entity, e.g. kindSelector('touchpoint') → [data-kind="touchpoint"]. */
export const kindSelector = (kind: EntityKind): string => `[data-kind="${kind}"]`;
