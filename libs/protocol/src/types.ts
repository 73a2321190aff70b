import { mesos } from './root';

// Shapes of decoded (and encodable) messages, with the camelCase field names
// protobufjs generates. Required proto2 fields are non-optional here.
//
// On a decoded message an absent optional field reads as its proto2 default
// (`shell` is true, `role` is "*", strings are ""); use
// `Object.prototype.hasOwnProperty.call(msg, field)` to test presence.

export type Launch = mesos.containerizer.Launch.$Properties;
export type Update = mesos.containerizer.Update.$Properties;
export type Wait = mesos.containerizer.Wait.$Properties;
export type Destroy = mesos.containerizer.Destroy.$Properties;
export type Usage = mesos.containerizer.Usage.$Properties;
export type Termination = mesos.containerizer.Termination.$Properties;
export type Containers = mesos.containerizer.Containers.$Properties;

export type ContainerID = mesos.ContainerID.$Properties;
export type FrameworkID = mesos.FrameworkID.$Properties;
export type SlaveID = mesos.SlaveID.$Properties;
export type TaskID = mesos.TaskID.$Properties;
export type ExecutorID = mesos.ExecutorID.$Properties;

export type ResourceStatistics = mesos.ResourceStatistics.$Properties;
export type TaskInfo = mesos.TaskInfo.$Properties;
export type ExecutorInfo = mesos.ExecutorInfo.$Properties;
export type CommandInfo = mesos.CommandInfo.$Properties;
export type CommandUri = mesos.CommandInfo.URI.$Properties;
/** The old-style `CommandInfo.container` (image + options), 0.20-0.26. */
export type CommandContainerInfo = mesos.CommandInfo.ContainerInfo.$Properties;
export type Resource = mesos.Resource.$Properties;
export type ValueScalar = mesos.Value.Scalar.$Properties;
export type ValueRanges = mesos.Value.Ranges.$Properties;
export type ValueRange = mesos.Value.Range.$Properties;
export type ValueSet = mesos.Value.Set.$Properties;
/** The new-style top-level ContainerInfo (`TaskInfo.container`, `ExecutorInfo.container`). */
export type ContainerInfo = mesos.ContainerInfo.$Properties;
export type DockerInfo = mesos.ContainerInfo.DockerInfo.$Properties;
export type PortMapping = mesos.ContainerInfo.DockerInfo.PortMapping.$Properties;
export type Volume = mesos.Volume.$Properties;
export type Parameter = mesos.Parameter.$Properties;
export type Environment = mesos.Environment.$Properties;
export type EnvironmentVariable = mesos.Environment.Variable.$Properties;

// Enums: numeric, with reverse lookup (TaskState[1] === 'TASK_RUNNING').
export const TaskState = mesos.TaskState;
export type TaskState = mesos.TaskState;
export const TaskStatusReason = mesos.TaskStatus.Reason;
export type TaskStatusReason = mesos.TaskStatus.Reason;
export const ValueType = mesos.Value.Type;
export type ValueType = mesos.Value.Type;
export const DockerNetwork = mesos.ContainerInfo.DockerInfo.Network;
export type DockerNetwork = mesos.ContainerInfo.DockerInfo.Network;
export const VolumeMode = mesos.Volume.Mode;
export type VolumeMode = mesos.Volume.Mode;
export const ContainerInfoType = mesos.ContainerInfo.Type;
export type ContainerInfoType = mesos.ContainerInfo.Type;
