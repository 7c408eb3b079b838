// @ts-check
// A Redis for the relay's tests and load benchmark: its own child process on a free loopback
// port, nothing saved to disk, stopped with the test. Never used by the relay itself.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';

/** Debian's package `redis-server`, which .ci/run installs. */
export const redisServerPath = '/usr/bin/redis-server';

export function hasRedisServer() {
  return existsSync(redisServerPath);
}

/** A loopback port nothing listens on now. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}

/**
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ url: string; pid: number; stop: () => Promise<void> }>}
 */
export async function startThrowawayRedis(options = {}) {
  const port = options.port ?? (await freePort());
  const child = spawn(redisServerPath, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', () => resolve(undefined)));
  try {
    await until(() => accepts(port), 10_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** @param {number} port */
function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * @param {() => Promise<unknown>} condition
 * @param {number} withinMs
 */
async function until(condition, withinMs) {
  const endMs = Date.now() + withinMs;
  while (!(await condition())) {
    if (Date.now() > endMs) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
