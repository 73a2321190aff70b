#!/usr/bin/env node
// Prunes a protobufjs JSON descriptor (pbjs -t json) to some message types
// and every type they refer to, transitively, so that a call that needs
// only those messages loads a codec of a few kilobytes instead of all of
// mesos.proto (see generate.sh: the hot codec of `usage` and `containers`).
//
//   node prune.mjs FULL.json OUT.json mesos.containerizer.Usage mesos.ResourceStatistics ...
import { readFileSync, writeFileSync } from 'node:fs';

const [full, out, ...wanted] = process.argv.slice(2);
if (!full || !out || wanted.length === 0) {
  console.error('usage: prune.mjs FULL.json OUT.json TYPE...');
  process.exit(1);
}
const root = JSON.parse(readFileSync(full, 'utf8'));
const SCALARS = new Set(['double', 'float', 'int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64', 'fixed32', 'fixed64', 'sfixed32', 'sfixed64', 'bool', 'string', 'bytes']);

function lookup(name) {
  let node = root;
  for (const part of name.split('.')) {
    node = node.nested?.[part];
    if (!node) return undefined;
  }
  return node;
}

/** A type name as protobuf resolves it: relative to the scope, then outwards. */
function resolve(scope, type) {
  if (type.startsWith('.')) return type.slice(1);
  const parts = scope.split('.');
  for (let i = parts.length; i >= 0; i--) {
    const candidate = [...parts.slice(0, i), type].join('.');
    if (lookup(candidate)) return candidate;
  }
  throw new Error(`prune: cannot resolve ${type} from ${scope}`);
}

const keep = new Set();
const queue = [...wanted];
while (queue.length > 0) {
  const name = queue.pop();
  if (keep.has(name)) continue;
  const node = lookup(name);
  if (!node) throw new Error(`prune: no type ${name}`);
  keep.add(name);
  for (const field of Object.values(node.fields ?? {})) {
    if (!SCALARS.has(field.type)) queue.push(resolve(name, field.type));
  }
}

// A tree with the kept types only, each whole (its nested types too), and
// the namespaces that lead to them with their options.
const pruned = { ...(root.options ? { options: root.options } : {}), nested: {} };
for (const name of [...keep].sort()) {
  const parts = name.split('.');
  let src = root;
  let dst = pruned;
  for (const [i, part] of parts.entries()) {
    src = src.nested[part];
    if (i === parts.length - 1) {
      dst.nested[part] = src;
    } else {
      dst.nested[part] ??= { ...(src.options ? { options: src.options } : {}), nested: {} };
      dst = dst.nested[part];
    }
  }
}
writeFileSync(out, `${JSON.stringify(pruned, null, 2)}\n`);
