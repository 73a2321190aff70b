import { makeCodec, type GeneratedType } from './codec-core';
import { mesos } from './root';
import type { Containers, Destroy, Launch, ResourceStatistics, Termination, Update, Usage, Wait } from './types';

/** The messages that cross the containerizer's stdin and stdout. */
export type MessageName = 'Launch' | 'Update' | 'Wait' | 'Destroy' | 'Usage' | 'Termination' | 'Containers' | 'ResourceStatistics';

interface MessageTypes {
  Launch: Launch;
  Update: Update;
  Wait: Wait;
  Destroy: Destroy;
  Usage: Usage;
  Termination: Termination;
  Containers: Containers;
  ResourceStatistics: ResourceStatistics;
}

/** The decoded shape of message `N`. */
export type MessageOf<N extends MessageName> = MessageTypes[N];

const TYPES: Readonly<Record<MessageName, GeneratedType>> = {
  Launch: mesos.containerizer.Launch,
  Update: mesos.containerizer.Update,
  Wait: mesos.containerizer.Wait,
  Destroy: mesos.containerizer.Destroy,
  Usage: mesos.containerizer.Usage,
  Termination: mesos.containerizer.Termination,
  Containers: mesos.containerizer.Containers,
  ResourceStatistics: mesos.ResourceStatistics,
};

const codec = makeCodec<MessageTypes>(TYPES);

/** Decodes one message of the containerizer protocol (see Codec.decode). */
export const decode: <N extends MessageName>(name: N, bytes: Uint8Array) => MessageOf<N> = codec.decode;

/** Checks and encodes one message of the containerizer protocol (see Codec.encode). */
export const encode: <N extends MessageName>(name: N, message: MessageOf<N>) => Uint8Array = codec.encode;
