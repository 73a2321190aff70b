/** The per-container locks (reference §4), in the order they are taken: the one list of their names. */
export const CONTAINER_LOCKS = ['launch', 'wait', 'observe', 'destroy'] as const;
export type ContainerLockName = (typeof CONTAINER_LOCKS)[number];
