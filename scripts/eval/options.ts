import { parseArgs } from 'node:util';
import { PAGE_TYPES, type PageType } from './load-corpus';
import { SYSTEMS, type SystemName } from './systems';

export const EVAL_USAGE = `Usage: npm run eval -- [options]
  --limit N          a stratified sample of N WCXB pages (spread over the types) and as many Readability pages
  --type T           only WCXB pages of type T (${PAGE_TYPES.join(', ')})
  --ids 0001,0002    only these WCXB pages
  --only S[,S]       only these systems (${SYSTEMS.join(', ')}), e.g. --only sift for fast iteration
  --worst N          list the N worst pages of the last run (.eval/results.json) for --type and --only; runs nothing
  --write-baseline   score Sift on the regression sample and rewrite tests/eval/baseline.json
  --help             this help`;

export interface EvalOptions {
  limit?: number;
  type?: PageType;
  ids?: string[];
  systems: SystemName[];
  worst?: number;
  writeBaseline: boolean;
  help: boolean;
}

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} wants a positive whole number, not "${value}"`);
  return n;
}

export function parseEvalOptions(argv: string[]): EvalOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      limit: { type: 'string' },
      type: { type: 'string' },
      ids: { type: 'string' },
      only: { type: 'string' },
      worst: { type: 'string' },
      'write-baseline': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.type !== undefined && !(PAGE_TYPES as readonly string[]).includes(values.type)) {
    throw new Error(`unknown page type "${values.type}"`);
  }
  const systems = values.only ? values.only.split(',') : [...SYSTEMS];
  const unknown = systems.filter((s) => !(SYSTEMS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`unknown system "${unknown.join(', ')}"`);
  return {
    limit: positive('limit', values.limit),
    type: values.type as PageType | undefined,
    ids: values.ids?.split(',').map((id) => id.trim()),
    systems: systems as SystemName[],
    worst: positive('worst', values.worst),
    writeBaseline: values['write-baseline'],
    help: values.help,
  };
}
