import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

/*
 * How stand-in executors (bin/standin-executor.js) reach the emulated agent:
 * newline-delimited JSON over a Unix socket whose path is in
 * STANDIN_AGENT_SOCKET. It stands in for the libprocess messages between
 * the executor driver and the agent (RegisterExecutorMessage,
 * ExecutorRegisteredMessage, RunTaskMessage, StatusUpdateMessage and its
 * acknowledgement, KillTaskMessage, ShutdownExecutorMessage,
 * ReregisterExecutorMessage); only what the emulator models is carried.
 */

/** The variable that tells a stand-in executor where its agent listens. */
export const AGENT_SOCKET_VARIABLE = 'STANDIN_AGENT_SOCKET';

/** A status update as an executor sends it. */
export interface ExecutorUpdate {
  type: 'UPDATE';
  taskId: string;
  state: string;
  message: string;
  uuid: string;
}

export type FromExecutor = { type: 'SUBSCRIBE'; frameworkId: string; executorId: string; reregister: boolean; taskLaunched: boolean } | ExecutorUpdate;

export type ToExecutor = { type: 'REGISTERED' } | { type: 'RUN_TASK'; taskId: string; command: string } | { type: 'ACK'; uuid: string } | { type: 'KILL_TASK'; taskId: string } | { type: 'SHUTDOWN' };

/** One executor's connection. */
export class ExecutorConnection {
  constructor(private readonly socket: net.Socket) {}

  send(message: ToExecutor): void {
    if (!this.socket.destroyed) this.socket.write(`${JSON.stringify(message)}\n`);
  }

  get open(): boolean {
    return !this.socket.destroyed;
  }

  close(): void {
    this.socket.destroy();
  }
}

export interface ChannelHandlers {
  onMessage(conn: ExecutorConnection, message: FromExecutor): void;
  onClose(conn: ExecutorConnection): void;
}

/** The agent's end: a Unix socket server, created on first use, that never keeps the test process alive. */
export class ExecutorChannel {
  private server?: net.Server;
  private ready?: Promise<void>;
  private readonly connections = new Set<net.Socket>();

  constructor(
    readonly socketPath: string,
    private readonly handlers: ChannelHandlers,
  ) {}

  /** Listen (once); a stale socket file of an agent that died is replaced, as a restarted agent rebinds its port. */
  listen(): Promise<void> {
    this.ready ??= new Promise<void>((resolve, reject) => {
      fs.mkdirSync(path.dirname(this.socketPath), { recursive: true });
      fs.rmSync(this.socketPath, { force: true });
      const server = net.createServer((socket) => this.accept(socket));
      server.once('error', reject);
      server.listen(this.socketPath, () => {
        server.unref();
        resolve();
      });
      this.server = server;
    });
    return this.ready;
  }

  /** Stop listening and drop every executor's connection (the agent process ended). */
  close(): void {
    for (const socket of this.connections) socket.destroy();
    this.connections.clear();
    this.server?.close();
    this.server = undefined;
    this.ready = undefined;
  }

  private accept(socket: net.Socket): void {
    socket.unref();
    this.connections.add(socket);
    const conn = new ExecutorConnection(socket);
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        this.handlers.onMessage(conn, JSON.parse(line) as FromExecutor);
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.connections.delete(socket);
      this.handlers.onClose(conn);
    });
  }
}
