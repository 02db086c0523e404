// The shipped quiz packs, for the e2e tests and the screenshot tools: read
// from the one list, the `builtin_packs!` line of src/core/progress.rs, so
// no script keeps its own copy of the ids.
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** Every shipped pack id, in the order the list shows them. */
export const PACK_IDS = JSON.parse(`[${read('src/core/progress.rs')
  .match(/^builtin_packs!\(([^)]*)\);/m)[1].replace(/,\s*$/, '')}]`);

/** Each pack's content/quiz/<id>.json, parsed, by id. */
export const PACKS = Object.fromEntries(PACK_IDS.map((id) => [id, JSON.parse(read(`content/quiz/${id}.json`))]));
