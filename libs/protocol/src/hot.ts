// The codec of the hot calls, `usage` and `containers`: an agent of
// 0.20-0.22 runs `usage` once a second for every container, each a fresh
// process, so these calls load a codec generated for their three messages
// only (generate.sh prunes proto/ to them and what they refer to) instead of
// all of mesos.proto. Same rules as the full codec (codec-core.ts); the
// lib's second public door, `@deimos/protocol/hot`, so that a bundle of the
// hot calls does not pull in the full generated code through index.ts.
import './long-as-number';
import { makeCodec } from './codec-core';
import { mesos } from './generated/hot';
import type { Containers, ResourceStatistics, Usage } from './types';

interface HotTypes {
  Usage: Usage;
  Containers: Containers;
  ResourceStatistics: ResourceStatistics;
}

export type HotMessageName = keyof HotTypes;

const codec = makeCodec<HotTypes>({
  Usage: mesos.containerizer.Usage,
  Containers: mesos.containerizer.Containers,
  ResourceStatistics: mesos.ResourceStatistics,
});

/** Decodes a message of the hot calls (see Codec.decode). */
export const decodeHot: <N extends HotMessageName>(name: N, bytes: Uint8Array) => HotTypes[N] = codec.decode;

/** Checks and encodes a message of the hot calls (see Codec.encode). */
export const encodeHot: <N extends HotMessageName>(name: N, message: HotTypes[N]) => Uint8Array = codec.encode;
