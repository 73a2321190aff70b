export { decode, encode } from './codec';
export type { MessageName, MessageOf } from './codec';
export { waitStatus } from './status';
export { resourceTotals } from './resources';
export type { ResourceTotals } from './resources';
export { TaskState, TaskStatusReason, ValueType, DockerNetwork, VolumeMode, ContainerInfoType } from './types';
export type {
  Launch,
  Update,
  Wait,
  Destroy,
  Usage,
  Termination,
  Containers,
  ContainerID,
  FrameworkID,
  SlaveID,
  TaskID,
  ExecutorID,
  ResourceStatistics,
  TaskInfo,
  ExecutorInfo,
  CommandInfo,
  CommandUri,
  CommandContainerInfo,
  Resource,
  ValueScalar,
  ValueRanges,
  ValueRange,
  ValueSet,
  ContainerInfo,
  DockerInfo,
  PortMapping,
  Volume,
  Parameter,
  Environment,
  EnvironmentVariable,
} from './types';
