#!/usr/bin/env node
/*
 * Stand-in for the Mesos command executor (`mesos-executor`), for the agent
 * emulator. NOT the real executor: it speaks to the emulated agent over a
 * Unix socket instead of libprocess, and runs its command itself. Each
 * generation's `mesos-executor` in this directory is a two-line wrapper that
 * starts this file with the generation as its first argument.
 *
 * What it copies from the real one (apache/mesos src/launcher/executor.cpp at
 * 0.20.1, 0.22.0, 0.23.0, 0.25.0, 0.28.2, 1.0.4, and stout's flags.hpp):
 * - its flags per generation: `--override` up to 0.28, `--task_command`
 *   (a JSON CommandInfo) from 0.28, only `--task_command` and
 *   `--launcher_dir` in 1.0, plus the rootfs flags from 0.26/0.28; an
 *   unknown flag is refused with "Failed to load unknown flag '<name>'" and
 *   the usage on stderr, exit 1;
 * - `--help`: the usage in stout's format, on stderr with exit 255 before
 *   0.23 (the old `usage()` helper), on stdout with exit 0 after;
 * - the variables its driver requires (MESOS_SLAVE_PID, MESOS_SLAVE_ID,
 *   MESOS_FRAMEWORK_ID, MESOS_EXECUTOR_ID, MESOS_DIRECTORY);
 * - registration before anything runs: the task starts only when the agent
 *   sends it (1.0: after the agent's `update` answered, slave.cpp runTasks);
 * - 1.0 forks the task through `<launcher_dir>/mesos-containerizer launch`
 *   (src/launcher/posix/executor.cpp): here that program must exist and be
 *   executable, or the executor aborts as the real one does; the command is
 *   then run directly;
 * - status updates TASK_RUNNING, then TASK_FINISHED (exit 0), TASK_FAILED
 *   (any other end) or TASK_KILLED (after a kill: SIGTERM to the command's
 *   process group, SIGKILL 3 s later, the 1.0 default grace);
 * - with checkpointing, an agent that goes away is waited for (up to
 *   MESOS_RECOVERY_TIMEOUT, capped here at 60 s) and re-registered with,
 *   sending the updates it has not seen acknowledged; without
 *   checkpointing the executor exits when its agent goes.
 *
 * STANDIN_REGISTER_DELAY_MS delays its registration (a task that ends before
 * its executor registers); STANDIN_EXECUTOR_HANG=1 makes it ignore SIGTERM
 * and never exit after its command (an executor that hangs).
 *
 * The agent's socket is STANDIN_AGENT_SOCKET (set by the emulator in its own
 * environment, which every call inherits). Without it the stand-in runs
 * unattached: it registers with nobody and runs the command at once, for
 * unit tests and manual runs. Status updates are also printed on stdout
 * ("TASK_RUNNING", "TASK_FAILED exit=3") in both modes.
 */
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');

const ME = 'mesos-executor (stand-in)';
const GENERATIONS = {
  '0.20': { flags: ['help', 'override'], oldHelp: true },
  0.22: { flags: ['help', 'override'], oldHelp: true },
  0.23: { flags: ['help', 'override'], oldHelp: false },
  0.25: { flags: ['help', 'override'], oldHelp: false },
  0.28: { flags: ['help', 'override', 'rootfs', 'sandbox_directory', 'working_directory', 'user', 'task_command'], oldHelp: false },
  '1.0': { flags: ['help', 'launcher_dir', 'rootfs', 'sandbox_directory', 'working_directory', 'user', 'task_command'], oldHelp: false },
};
const BOOLEAN_FLAGS = new Set(['help', 'override']);
/** PKGLIBEXECDIR of a default (/usr/local) install: 1.0's --launcher_dir default. */
const DEFAULT_LAUNCHER_DIR = '/usr/local/libexec/mesos';
const KILL_GRACE_MS = 3000;
const MAX_RECOVERY_MS = 60_000;

const generation = process.argv[2];
const gen = GENERATIONS[generation];
if (!gen) {
  process.stderr.write(`${ME}: started without a known generation (${generation}); run it through a generation's mesos-executor\n`);
  process.exit(2);
}

function usage(message) {
  const lines = gen.flags.map((f) => (BOOLEAN_FLAGS.has(f) ? `  --[no-]${f}` : `  --${f}=VALUE`).padEnd(30) + `(stand-in flag of ${generation})`);
  const head = gen.oldHelp ? 'Usage: mesos-executor [...]\n\nSupported options:\n' : 'Usage: mesos-executor [options]\n\n';
  return `${message ? `${message}\n\n` : ''}${head}${lines.join('\n')}\n`;
}

/** stout's flag loading: --name=value, --name / --no-name for booleans, stops at "--"; other words are kept. */
function loadFlags(args) {
  const flags = {};
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      rest.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    let value = eq === -1 ? undefined : arg.slice(eq + 1);
    if (value === undefined && name.startsWith('no-') && BOOLEAN_FLAGS.has(name.slice(3))) {
      name = name.slice(3);
      value = 'false';
    }
    if (!gen.flags.includes(name)) return { error: `Failed to load unknown flag '${name}'` };
    if (value === undefined) {
      if (!BOOLEAN_FLAGS.has(name)) return { error: `Failed to load non-boolean flag '${name}': Missing value` };
      value = 'true';
    }
    flags[name] = BOOLEAN_FLAGS.has(name) ? value === 'true' : value;
  }
  return { flags, rest };
}

const loaded = loadFlags(process.argv.slice(3));
if (loaded.error) {
  process.stderr.write(usage(loaded.error));
  process.exit(1);
}
const { flags, rest } = loaded;
if (flags.help) {
  if (gen.oldHelp) {
    process.stderr.write(usage());
    process.exit(255);
  }
  process.stdout.write(usage());
  process.exit(0);
}

for (const name of ['MESOS_SLAVE_PID', 'MESOS_SLAVE_ID', 'MESOS_FRAMEWORK_ID', 'MESOS_EXECUTOR_ID', 'MESOS_DIRECTORY']) {
  if (!process.env[name]) {
    process.stderr.write(`${ME}: missing ${name} in the environment (the agent sets it at launch)\n`);
    process.exit(1);
  }
}

/** What the executor will run: argv (exec) or a shell string. */
function commandToRun() {
  if (flags.task_command !== undefined) {
    let info;
    try {
      info = JSON.parse(flags.task_command);
    } catch (err) {
      process.stderr.write(`Failed to parse JSON: ${err.message}\n`);
      process.exit(134); // abort()
    }
    if (typeof info.value !== 'string') {
      process.stderr.write(`${ME}: --task_command has no value\n`);
      process.exit(134);
    }
    if (info.shell === false) return { argv: [info.value, ...(info.arguments ?? []).slice(1)], argv0: (info.arguments ?? [])[0] };
    return { shell: info.value };
  }
  if (flags.override) {
    if (rest.length === 0) return undefined;
    return { argv: rest };
  }
  return undefined; // the task's own command, from the agent
}

// ---- the agent channel ----------------------------------------------------

const socketPath = process.env.STANDIN_AGENT_SOCKET;
const checkpoint = process.env.MESOS_CHECKPOINT === '1';
const ids = { frameworkId: process.env.MESOS_FRAMEWORK_ID, executorId: process.env.MESOS_EXECUTOR_ID };
let conn;
let registered = false;
let taskId;
const unacknowledged = [];
let updatesSent = 0;
let child;
let killed = false;
let ended = false;
let hanging = false;
let exitCode = 0;

function recoveryMs() {
  const m = /^(\d+(?:\.\d+)?)(ns|us|ms|secs|mins|hrs)$/.exec(process.env.MESOS_RECOVERY_TIMEOUT ?? '');
  const unit = { ns: 1e-6, us: 1e-3, ms: 1, secs: 1000, mins: 60_000, hrs: 3_600_000 };
  return Math.min(MAX_RECOVERY_MS, m ? Number(m[1]) * unit[m[2]] : 15 * 60_000);
}

function send(message) {
  if (conn && !conn.destroyed) conn.write(`${JSON.stringify(message)}\n`);
}

function update(state, message) {
  process.stdout.write(`${state}${message ? ` ${message}` : ''}\n`);
  if (!socketPath) return;
  const u = { type: 'UPDATE', taskId, state, message: message ?? '', uuid: `${process.pid}-${++updatesSent}` };
  unacknowledged.push(u);
  if (registered) send(u);
}

function connect(reregister) {
  const deadline = Date.now() + (reregister ? recoveryMs() : 0);
  const attempt = () => {
    const c = net.createConnection(socketPath);
    c.once('connect', () => {
      conn = c;
      // Unacknowledged updates are sent again once the agent answers REGISTERED.
      send({ type: 'SUBSCRIBE', ...ids, reregister, taskLaunched: taskId !== undefined });
    });
    c.once('error', (err) => {
      if (conn === c) return; // handled by 'close'
      if (Date.now() < deadline) return void setTimeout(attempt, 100);
      process.stderr.write(`${ME}: could not ${reregister ? 're-register' : 'register'} with the agent at ${socketPath}: ${err.message}\n`);
      stop(1);
    });
    let buffer = '';
    c.on('data', (chunk) => {
      buffer += chunk;
      for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
        onAgentMessage(JSON.parse(buffer.slice(0, nl)));
        buffer = buffer.slice(nl + 1);
      }
    });
    c.on('close', () => {
      if (conn !== c) return;
      conn = undefined;
      registered = false;
      if (hanging || (ended && unacknowledged.length === 0)) return;
      if (!checkpoint) {
        process.stderr.write(`${ME}: the agent went away and the framework does not checkpoint; shutting down\n`);
        shutdown();
        return;
      }
      process.stderr.write(`${ME}: the agent went away; waiting for it to come back\n`);
      connect(true);
    });
  };
  attempt();
}

function onAgentMessage(m) {
  if (m.type === 'REGISTERED') {
    registered = true;
    for (const u of unacknowledged) send(u);
  } else if (m.type === 'RUN_TASK') {
    if (taskId === undefined) {
      taskId = m.taskId;
      runTask(m.command);
    }
  } else if (m.type === 'ACK') {
    const i = unacknowledged.findIndex((u) => u.uuid === m.uuid);
    if (i !== -1) unacknowledged.splice(i, 1);
    if (ended && !hanging && unacknowledged.length === 0) stop(exitCode);
  } else if (m.type === 'KILL_TASK') {
    kill();
  } else if (m.type === 'SHUTDOWN') {
    shutdown();
  }
}

// ---- the task --------------------------------------------------------------

function runTask(taskCommand) {
  if (generation === '1.0') {
    const helper = path.join(flags.launcher_dir ?? DEFAULT_LAUNCHER_DIR, 'mesos-containerizer');
    try {
      fs.accessSync(helper, fs.constants.X_OK);
    } catch (err) {
      process.stderr.write(`Failed to launch '${helper} launch <POSSIBLY-SENSITIVE-DATA>': ${err.message}\n`);
      process.exit(134);
    }
  }
  const command = commandToRun() ?? (taskCommand ? { shell: taskCommand } : undefined);
  if (!command) {
    process.stderr.write(`${ME}: no command to run (--override with nothing after it, and no task command)\n`);
    stop(1);
    return;
  }
  // What it was given, for tests: the agent-facing variables (on stderr).
  for (const line of Object.keys(process.env)
    .filter((k) => /^(LIBPROCESS|MESOS)_/.test(k))
    .sort())
    process.stderr.write(`env ${line}=${process.env[line]}\n`);
  const [file, ...args] = command.shell !== undefined ? ['sh', '-c', command.shell] : command.argv;
  // Reported first, so that the line stands before the command's own output (stdout on a pipe is synchronous on Linux).
  update('TASK_RUNNING');
  child = spawn(file, args, { stdio: 'inherit', detached: true, argv0: command.argv0 });
  child.once('error', (err) => {
    process.stderr.write(`Failed to exec: ${err.message}\n`);
    finish(127, null);
  });
  child.once('exit', (code, signal) => finish(code, signal));
}

function kill() {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    if (!child) {
      killed = true;
      finish(null, 'SIGKILL');
    }
    return;
  }
  killed = true;
  const group = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* gone */
    }
  };
  group('SIGTERM');
  setTimeout(() => group('SIGKILL'), KILL_GRACE_MS).unref();
}

function finish(code, signal) {
  if (ended) return;
  ended = true;
  if (killed) update('TASK_KILLED');
  else if (code === 0) update('TASK_FINISHED');
  else update('TASK_FAILED', signal ? `signal=${signal}` : `exit=${code}`);
  if (process.env.STANDIN_EXECUTOR_HANG === '1') {
    // For tests of executors that hang: ignores SIGTERM, never exits.
    hanging = true;
    process.on('SIGTERM', () => undefined);
    process.stderr.write('hanging (STANDIN_EXECUTOR_HANG=1)\n');
    setInterval(() => undefined, 1000);
    return;
  }
  exitCode = code ?? 1;
  if (!socketPath) stop(exitCode);
  // Attached: exit once the agent acknowledged the terminal update (or after 5 s, as the driver gives up).
  else setTimeout(() => stop(exitCode), 5000).unref();
}

function shutdown() {
  if (child && child.exitCode === null && child.signalCode === null) kill();
  else stop(exitCode);
  setTimeout(() => stop(exitCode), KILL_GRACE_MS + 1000).unref();
}

function stop(status) {
  if (conn) conn.end();
  process.exit(status);
}

if (socketPath) {
  // For tests of a task that ends before its executor registers (a busy agent, a slow executor start).
  setTimeout(() => connect(false), Number(process.env.STANDIN_REGISTER_DELAY_MS ?? 0));
} else {
  taskId = 'unattached';
  runTask(undefined);
}
