// Handoffs (service blueprint): where the `owner` changes from one owned touchpoint to the next,
// in journey order. Found, never written; a handoff into a moment of truth or into a step that can
// fail is a risk. Pure.
import type { Handoff, Stage } from './journey.js';

export function findHandoffs(stages: readonly Stage[]): Handoff[] {
  const owned = stages.flatMap((s) => s.touchpoints).filter((t) => t.owner !== undefined && t.owner.trim() !== '');
  const handoffs: Handoff[] = [];
  for (let i = 1; i < owned.length; i++) {
    const from = owned[i - 1]!;
    const to = owned[i]!;
    if (from.owner!.trim() === to.owner!.trim()) continue;
    handoffs.push({ from: from.id, to: to.id, fromOwner: from.owner!, toOwner: to.owner!, risky: to.critical || to.fails.length > 0 });
  }
  return handoffs;
}
