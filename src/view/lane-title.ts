// A lane's title as a picture shows it: the title the user wrote, else the built-in lane's name
// from the view's catalogue (`lane.<id>`). The one place built-in lane titles come from.
import type { Lane } from '../model/journey.js';
import { say, type Words } from '../words/say.js';

export const laneTitle = (lane: Lane, words: Words): string =>
  lane.kind === 'custom' ? lane.title : (lane.title ?? say(words, `lane.${lane.id}`));
