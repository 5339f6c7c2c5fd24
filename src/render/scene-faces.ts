// The bundled fallback faces a Scene's text is drawn with (by the rule layout measured it with,
// assets/fallback-faces.ts faceRuns), in fallback order: what the PNG renderer hands resvg and
// the HTML page embeds. A Latin-only Scene uses none, and never loads their metrics.
import { type FallbackFace, faceRuns } from '../assets/fallback-faces.js';
import { FACES, glyphAdvanceEm, isZeroWidth } from '../assets/font-metrics.js';
import type { FontFaceName, Scene, SceneNode } from '../scene/scene.js';

/** A face and the characters it draws on this Scene, in order of first use. */
export interface FaceUse {
  readonly face: FallbackFace;
  readonly chars: Set<string>;
}

const interDraws = (text: string, weight: FontFaceName): boolean => {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (Number.isNaN(glyphAdvanceEm(FACES[weight], cp)) && !isZeroWidth(cp)) return false;
  }
  return true;
};

/** Adds the faces (and their characters) that `text` in `weight` uses to `uses`, keyed by face id. */
export function addFaceUses(text: string, weight: FontFaceName, uses: Map<string, FaceUse>): void {
  if (interDraws(text, weight)) return;
  for (const run of faceRuns(text, weight)) {
    if (!run.face) continue;
    let use = uses.get(run.face.id);
    if (!use) {
      use = { face: run.face, chars: new Set() };
      uses.set(run.face.id, use);
    }
    for (const ch of run.text) use.chars.add(ch);
  }
}

/** The fallback faces the Scene's text nodes use, by face id. */
export function sceneFaceUses(scene: Scene): Map<string, FaceUse> {
  const uses = new Map<string, FaceUse>();
  const visit = (node: SceneNode): void => {
    if (node.kind === 'group') node.children.forEach(visit);
    else if (node.kind === 'text') for (const line of node.lines) addFaceUses(line.text, node.font.face, uses);
  };
  scene.nodes.forEach(visit);
  return uses;
}
