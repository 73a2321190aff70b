// The checked-in generated code must match what generate.sh makes from
// proto/ today; regenerate with `libs/protocol/generate.sh` when this fails.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const libRoot = path.resolve(__dirname, '..');

describe('generated code', () => {
  let out: string;
  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-protocol-gen-'));
  });
  afterAll(() => {
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('is up to date with proto/ (run libs/protocol/generate.sh if not)', () => {
    execFileSync('bash', [path.join(libRoot, 'generate.sh'), out], { stdio: ['ignore', 'ignore', 'pipe'] });
    for (const file of ['mesos.js', 'mesos.d.ts', 'hot.js', 'hot.d.ts']) {
      const fresh = fs.readFileSync(path.join(out, file), 'utf8');
      const checkedIn = fs.readFileSync(path.join(libRoot, 'src/generated', file), 'utf8');
      expect({ file, same: fresh === checkedIn }).toEqual({ file, same: true });
    }
  }, 60000);

  it('loads only protobufjs/minimal at run time, never a .proto parser', () => {
    for (const generated of ['mesos.js', 'hot.js']) {
      const js = fs.readFileSync(path.join(libRoot, 'src/generated', generated), 'utf8');
      expect({ generated, requires: [...js.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]) }).toEqual({ generated, requires: ['protobufjs/minimal'] });
    }
    const sources = fs.readdirSync(path.join(libRoot, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
    for (const file of sources) {
      const text = fs.readFileSync(path.join(libRoot, 'src', file), 'utf8');
      expect({ file, imports: [...text.matchAll(/from '(protobufjs[^']*)'/g)].map((m) => m[1]) }).toEqual({
        file,
        imports: file === 'long-as-number.ts' ? ['protobufjs/minimal'] : [],
      });
    }
  });
});
