import { ChildProcessError, DeimosError } from '@deimos/errors';
import { engineDown } from './client';

describe('engineDown', () => {
  it('counts an unreachable engine and a timed-out call (also when wrapped) as down', () => {
    expect(engineDown(new ChildProcessError('x', { argv: ['docker'], exitCode: 1, stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.' }))).toBe(true);
    const timedOut = new ChildProcessError('x', { argv: ['docker'], timedOut: true });
    expect(engineDown(timedOut)).toBe(true);
    expect(engineDown(new DeimosError('DOCKER', 'docker inspect did not answer within 10 s', { cause: timedOut }))).toBe(true);
  });
  it('does not retry a real answer', () => {
    expect(engineDown(new ChildProcessError('x', { argv: ['docker'], exitCode: 1, stderr: 'Error: No such container: abc' }))).toBe(false);
    expect(engineDown(new Error('boom'))).toBe(false);
  });
});
