import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace mesos. */
export namespace mesos {

    /** Namespace containerizer. */
    namespace containerizer {

        /**
         * Properties of a Launch.
         * @deprecated Use mesos.containerizer.Launch.$Properties instead.
         */
        interface ILaunch extends mesos.containerizer.Launch.$Properties {
        }

        /** Represents a Launch. */
        class Launch {

            /**
             * Constructs a new Launch.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.containerizer.Launch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Launch containerId. */
            containerId: mesos.ContainerID.$Properties;

            /** Launch taskInfo. */
            taskInfo?: (mesos.TaskInfo.$Properties|null);

            /** Launch executorInfo. */
            executorInfo?: (mesos.ExecutorInfo.$Properties|null);

            /** Launch directory. */
            directory: string;

            /** Launch user. */
            user: string;

            /** Launch slaveId. */
            slaveId?: (mesos.SlaveID.$Properties|null);

            /** Launch slavePid. */
            slavePid: string;

            /** Launch checkpoint. */
            checkpoint: boolean;

            /**
             * Creates a new Launch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Launch instance
             */
            static create(properties: mesos.containerizer.Launch.$Shape): mesos.containerizer.Launch & mesos.containerizer.Launch.$Shape;
            static create(properties?: mesos.containerizer.Launch.$Properties): mesos.containerizer.Launch;

            /**
             * Encodes the specified Launch message. Does not implicitly {@link mesos.containerizer.Launch.verify|verify} messages.
             * @param message Launch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.containerizer.Launch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Launch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.containerizer.Launch & mesos.containerizer.Launch.$Shape} Launch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.containerizer.Launch & mesos.containerizer.Launch.$Shape;

            /**
             * Verifies a Launch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Launch {

            /** Properties of a Launch. */
            interface $Properties {

                /** Launch containerId */
                containerId: mesos.ContainerID.$Properties;

                /** Launch taskInfo */
                taskInfo?: (mesos.TaskInfo.$Properties|null);

                /** Launch executorInfo */
                executorInfo?: (mesos.ExecutorInfo.$Properties|null);

                /** Launch directory */
                directory?: (string|null);

                /** Launch user */
                user?: (string|null);

                /** Launch slaveId */
                slaveId?: (mesos.SlaveID.$Properties|null);

                /** Launch slavePid */
                slavePid?: (string|null);

                /** Launch checkpoint */
                checkpoint?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Launch. */
            type $Shape = mesos.containerizer.Launch.$Properties;
        }

        /**
         * Properties of an Update.
         * @deprecated Use mesos.containerizer.Update.$Properties instead.
         */
        interface IUpdate extends mesos.containerizer.Update.$Properties {
        }

        /** Represents an Update. */
        class Update {

            /**
             * Constructs a new Update.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.containerizer.Update.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Update containerId. */
            containerId: mesos.ContainerID.$Properties;

            /** Update resources. */
            resources: mesos.Resource.$Properties[];

            /**
             * Creates a new Update instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Update instance
             */
            static create(properties: mesos.containerizer.Update.$Shape): mesos.containerizer.Update & mesos.containerizer.Update.$Shape;
            static create(properties?: mesos.containerizer.Update.$Properties): mesos.containerizer.Update;

            /**
             * Encodes the specified Update message. Does not implicitly {@link mesos.containerizer.Update.verify|verify} messages.
             * @param message Update message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.containerizer.Update.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Update message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.containerizer.Update & mesos.containerizer.Update.$Shape} Update
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.containerizer.Update & mesos.containerizer.Update.$Shape;

            /**
             * Verifies an Update message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Update {

            /** Properties of an Update. */
            interface $Properties {

                /** Update containerId */
                containerId: mesos.ContainerID.$Properties;

                /** Update resources */
                resources?: (mesos.Resource.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Update. */
            type $Shape = mesos.containerizer.Update.$Properties;
        }

        /**
         * Properties of a Wait.
         * @deprecated Use mesos.containerizer.Wait.$Properties instead.
         */
        interface IWait extends mesos.containerizer.Wait.$Properties {
        }

        /** Represents a Wait. */
        class Wait {

            /**
             * Constructs a new Wait.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.containerizer.Wait.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Wait containerId. */
            containerId: mesos.ContainerID.$Properties;

            /**
             * Creates a new Wait instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Wait instance
             */
            static create(properties: mesos.containerizer.Wait.$Shape): mesos.containerizer.Wait & mesos.containerizer.Wait.$Shape;
            static create(properties?: mesos.containerizer.Wait.$Properties): mesos.containerizer.Wait;

            /**
             * Encodes the specified Wait message. Does not implicitly {@link mesos.containerizer.Wait.verify|verify} messages.
             * @param message Wait message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.containerizer.Wait.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Wait message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.containerizer.Wait & mesos.containerizer.Wait.$Shape} Wait
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.containerizer.Wait & mesos.containerizer.Wait.$Shape;

            /**
             * Verifies a Wait message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Wait {

            /** Properties of a Wait. */
            interface $Properties {

                /** Wait containerId */
                containerId: mesos.ContainerID.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Wait. */
            type $Shape = mesos.containerizer.Wait.$Properties;
        }

        /**
         * Properties of a Destroy.
         * @deprecated Use mesos.containerizer.Destroy.$Properties instead.
         */
        interface IDestroy extends mesos.containerizer.Destroy.$Properties {
        }

        /** Represents a Destroy. */
        class Destroy {

            /**
             * Constructs a new Destroy.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.containerizer.Destroy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Destroy containerId. */
            containerId: mesos.ContainerID.$Properties;

            /**
             * Creates a new Destroy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Destroy instance
             */
            static create(properties: mesos.containerizer.Destroy.$Shape): mesos.containerizer.Destroy & mesos.containerizer.Destroy.$Shape;
            static create(properties?: mesos.containerizer.Destroy.$Properties): mesos.containerizer.Destroy;

            /**
             * Encodes the specified Destroy message. Does not implicitly {@link mesos.containerizer.Destroy.verify|verify} messages.
             * @param message Destroy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.containerizer.Destroy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Destroy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.containerizer.Destroy & mesos.containerizer.Destroy.$Shape} Destroy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.containerizer.Destroy & mesos.containerizer.Destroy.$Shape;

            /**
             * Verifies a Destroy message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Destroy {

            /** Properties of a Destroy. */
            interface $Properties {

                /** Destroy containerId */
                containerId: mesos.ContainerID.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Destroy. */
            type $Shape = mesos.containerizer.Destroy.$Properties;
        }

        /**
         * Properties of a Usage.
         * @deprecated Use mesos.containerizer.Usage.$Properties instead.
         */
        interface IUsage extends mesos.containerizer.Usage.$Properties {
        }

        /** Represents a Usage. */
        class Usage {

            /**
             * Constructs a new Usage.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.containerizer.Usage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Usage containerId. */
            containerId: mesos.ContainerID.$Properties;

            /**
             * Creates a new Usage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Usage instance
             */
            static create(properties: mesos.containerizer.Usage.$Shape): mesos.containerizer.Usage & mesos.containerizer.Usage.$Shape;
            static create(properties?: mesos.containerizer.Usage.$Properties): mesos.containerizer.Usage;

            /**
             * Encodes the specified Usage message. Does not implicitly {@link mesos.containerizer.Usage.verify|verify} messages.
             * @param message Usage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.containerizer.Usage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Usage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.containerizer.Usage & mesos.containerizer.Usage.$Shape} Usage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.containerizer.Usage & mesos.containerizer.Usage.$Shape;

            /**
             * Verifies a Usage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Usage {

            /** Properties of a Usage. */
            interface $Properties {

                /** Usage containerId */
                containerId: mesos.ContainerID.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Usage. */
            type $Shape = mesos.containerizer.Usage.$Properties;
        }

        /**
         * Properties of a Termination.
         * @deprecated Use mesos.containerizer.Termination.$Properties instead.
         */
        interface ITermination extends mesos.containerizer.Termination.$Properties {
        }

        /** Represents a Termination. */
        class Termination {

            /**
             * Constructs a new Termination.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.containerizer.Termination.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Termination killed. */
            killed: boolean;

            /** Termination message. */
            message: string;

            /** Termination status. */
            status: number;

            /** Termination state. */
            state: mesos.TaskState;

            /** Termination reasons. */
            reasons: mesos.TaskStatus.Reason[];

            /**
             * Creates a new Termination instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Termination instance
             */
            static create(properties: mesos.containerizer.Termination.$Shape): mesos.containerizer.Termination & mesos.containerizer.Termination.$Shape;
            static create(properties?: mesos.containerizer.Termination.$Properties): mesos.containerizer.Termination;

            /**
             * Encodes the specified Termination message. Does not implicitly {@link mesos.containerizer.Termination.verify|verify} messages.
             * @param message Termination message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.containerizer.Termination.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Termination message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.containerizer.Termination & mesos.containerizer.Termination.$Shape} Termination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.containerizer.Termination & mesos.containerizer.Termination.$Shape;

            /**
             * Verifies a Termination message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Termination {

            /** Properties of a Termination. */
            interface $Properties {

                /** Termination killed */
                killed?: (boolean|null);

                /** Termination message */
                message?: (string|null);

                /** Termination status */
                status?: (number|null);

                /** Termination state */
                state?: (mesos.TaskState|null);

                /** Termination reasons */
                reasons?: (mesos.TaskStatus.Reason[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Termination. */
            type $Shape = mesos.containerizer.Termination.$Properties;
        }

        /**
         * Properties of a Containers.
         * @deprecated Use mesos.containerizer.Containers.$Properties instead.
         */
        interface IContainers extends mesos.containerizer.Containers.$Properties {
        }

        /** Represents a Containers. */
        class Containers {

            /**
             * Constructs a new Containers.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.containerizer.Containers.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Containers containers. */
            containers: mesos.ContainerID.$Properties[];

            /**
             * Creates a new Containers instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Containers instance
             */
            static create(properties: mesos.containerizer.Containers.$Shape): mesos.containerizer.Containers & mesos.containerizer.Containers.$Shape;
            static create(properties?: mesos.containerizer.Containers.$Properties): mesos.containerizer.Containers;

            /**
             * Encodes the specified Containers message. Does not implicitly {@link mesos.containerizer.Containers.verify|verify} messages.
             * @param message Containers message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.containerizer.Containers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Containers message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.containerizer.Containers & mesos.containerizer.Containers.$Shape} Containers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.containerizer.Containers & mesos.containerizer.Containers.$Shape;

            /**
             * Verifies a Containers message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Containers {

            /** Properties of a Containers. */
            interface $Properties {

                /** Containers containers */
                containers?: (mesos.ContainerID.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Containers. */
            type $Shape = mesos.containerizer.Containers.$Properties;
        }
    }

    /**
     * Properties of a FrameworkID.
     * @deprecated Use mesos.FrameworkID.$Properties instead.
     */
    interface IFrameworkID extends mesos.FrameworkID.$Properties {
    }

    /** Represents a FrameworkID. */
    class FrameworkID {

        /**
         * Constructs a new FrameworkID.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.FrameworkID.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FrameworkID value. */
        value: string;

        /**
         * Creates a new FrameworkID instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FrameworkID instance
         */
        static create(properties: mesos.FrameworkID.$Shape): mesos.FrameworkID & mesos.FrameworkID.$Shape;
        static create(properties?: mesos.FrameworkID.$Properties): mesos.FrameworkID;

        /**
         * Encodes the specified FrameworkID message. Does not implicitly {@link mesos.FrameworkID.verify|verify} messages.
         * @param message FrameworkID message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.FrameworkID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FrameworkID message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.FrameworkID & mesos.FrameworkID.$Shape} FrameworkID
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.FrameworkID & mesos.FrameworkID.$Shape;

        /**
         * Verifies a FrameworkID message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace FrameworkID {

        /** Properties of a FrameworkID. */
        interface $Properties {

            /** FrameworkID value */
            value: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FrameworkID. */
        type $Shape = mesos.FrameworkID.$Properties;
    }

    /**
     * Properties of a SlaveID.
     * @deprecated Use mesos.SlaveID.$Properties instead.
     */
    interface ISlaveID extends mesos.SlaveID.$Properties {
    }

    /** Represents a SlaveID. */
    class SlaveID {

        /**
         * Constructs a new SlaveID.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.SlaveID.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SlaveID value. */
        value: string;

        /**
         * Creates a new SlaveID instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SlaveID instance
         */
        static create(properties: mesos.SlaveID.$Shape): mesos.SlaveID & mesos.SlaveID.$Shape;
        static create(properties?: mesos.SlaveID.$Properties): mesos.SlaveID;

        /**
         * Encodes the specified SlaveID message. Does not implicitly {@link mesos.SlaveID.verify|verify} messages.
         * @param message SlaveID message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.SlaveID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SlaveID message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.SlaveID & mesos.SlaveID.$Shape} SlaveID
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.SlaveID & mesos.SlaveID.$Shape;

        /**
         * Verifies a SlaveID message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace SlaveID {

        /** Properties of a SlaveID. */
        interface $Properties {

            /** SlaveID value */
            value: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SlaveID. */
        type $Shape = mesos.SlaveID.$Properties;
    }

    /**
     * Properties of a TaskID.
     * @deprecated Use mesos.TaskID.$Properties instead.
     */
    interface ITaskID extends mesos.TaskID.$Properties {
    }

    /** Represents a TaskID. */
    class TaskID {

        /**
         * Constructs a new TaskID.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.TaskID.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TaskID value. */
        value: string;

        /**
         * Creates a new TaskID instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TaskID instance
         */
        static create(properties: mesos.TaskID.$Shape): mesos.TaskID & mesos.TaskID.$Shape;
        static create(properties?: mesos.TaskID.$Properties): mesos.TaskID;

        /**
         * Encodes the specified TaskID message. Does not implicitly {@link mesos.TaskID.verify|verify} messages.
         * @param message TaskID message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.TaskID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TaskID message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.TaskID & mesos.TaskID.$Shape} TaskID
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.TaskID & mesos.TaskID.$Shape;

        /**
         * Verifies a TaskID message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace TaskID {

        /** Properties of a TaskID. */
        interface $Properties {

            /** TaskID value */
            value: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TaskID. */
        type $Shape = mesos.TaskID.$Properties;
    }

    /**
     * Properties of an ExecutorID.
     * @deprecated Use mesos.ExecutorID.$Properties instead.
     */
    interface IExecutorID extends mesos.ExecutorID.$Properties {
    }

    /** Represents an ExecutorID. */
    class ExecutorID {

        /**
         * Constructs a new ExecutorID.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.ExecutorID.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ExecutorID value. */
        value: string;

        /**
         * Creates a new ExecutorID instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ExecutorID instance
         */
        static create(properties: mesos.ExecutorID.$Shape): mesos.ExecutorID & mesos.ExecutorID.$Shape;
        static create(properties?: mesos.ExecutorID.$Properties): mesos.ExecutorID;

        /**
         * Encodes the specified ExecutorID message. Does not implicitly {@link mesos.ExecutorID.verify|verify} messages.
         * @param message ExecutorID message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.ExecutorID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ExecutorID message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.ExecutorID & mesos.ExecutorID.$Shape} ExecutorID
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.ExecutorID & mesos.ExecutorID.$Shape;

        /**
         * Verifies an ExecutorID message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace ExecutorID {

        /** Properties of an ExecutorID. */
        interface $Properties {

            /** ExecutorID value */
            value: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ExecutorID. */
        type $Shape = mesos.ExecutorID.$Properties;
    }

    /**
     * Properties of a ContainerID.
     * @deprecated Use mesos.ContainerID.$Properties instead.
     */
    interface IContainerID extends mesos.ContainerID.$Properties {
    }

    /** Represents a ContainerID. */
    class ContainerID {

        /**
         * Constructs a new ContainerID.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.ContainerID.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContainerID value. */
        value: string;

        /**
         * Creates a new ContainerID instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ContainerID instance
         */
        static create(properties: mesos.ContainerID.$Shape): mesos.ContainerID & mesos.ContainerID.$Shape;
        static create(properties?: mesos.ContainerID.$Properties): mesos.ContainerID;

        /**
         * Encodes the specified ContainerID message. Does not implicitly {@link mesos.ContainerID.verify|verify} messages.
         * @param message ContainerID message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.ContainerID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContainerID message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.ContainerID & mesos.ContainerID.$Shape} ContainerID
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.ContainerID & mesos.ContainerID.$Shape;

        /**
         * Verifies a ContainerID message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace ContainerID {

        /** Properties of a ContainerID. */
        interface $Properties {

            /** ContainerID value */
            value: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContainerID. */
        type $Shape = mesos.ContainerID.$Properties;
    }

    /**
     * Properties of a CommandInfo.
     * @deprecated Use mesos.CommandInfo.$Properties instead.
     */
    interface ICommandInfo extends mesos.CommandInfo.$Properties {
    }

    /** Represents a CommandInfo. */
    class CommandInfo {

        /**
         * Constructs a new CommandInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.CommandInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CommandInfo uris. */
        uris: mesos.CommandInfo.URI.$Properties[];

        /** CommandInfo environment. */
        environment?: (mesos.Environment.$Properties|null);

        /** CommandInfo value. */
        value: string;

        /** CommandInfo container. */
        container?: (mesos.CommandInfo.ContainerInfo.$Properties|null);

        /** CommandInfo user. */
        user: string;

        /** CommandInfo shell. */
        shell: boolean;

        /** CommandInfo arguments. */
        arguments: string[];

        /**
         * Creates a new CommandInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CommandInfo instance
         */
        static create(properties: mesos.CommandInfo.$Shape): mesos.CommandInfo & mesos.CommandInfo.$Shape;
        static create(properties?: mesos.CommandInfo.$Properties): mesos.CommandInfo;

        /**
         * Encodes the specified CommandInfo message. Does not implicitly {@link mesos.CommandInfo.verify|verify} messages.
         * @param message CommandInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.CommandInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CommandInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.CommandInfo & mesos.CommandInfo.$Shape} CommandInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.CommandInfo & mesos.CommandInfo.$Shape;

        /**
         * Verifies a CommandInfo message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace CommandInfo {

        /** Properties of a CommandInfo. */
        interface $Properties {

            /** CommandInfo uris */
            uris?: (mesos.CommandInfo.URI.$Properties[]|null);

            /** CommandInfo environment */
            environment?: (mesos.Environment.$Properties|null);

            /** CommandInfo value */
            value?: (string|null);

            /** CommandInfo container */
            container?: (mesos.CommandInfo.ContainerInfo.$Properties|null);

            /** CommandInfo user */
            user?: (string|null);

            /** CommandInfo shell */
            shell?: (boolean|null);

            /** CommandInfo arguments */
            "arguments"?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CommandInfo. */
        type $Shape = mesos.CommandInfo.$Properties;

        /**
         * Properties of a URI.
         * @deprecated Use mesos.CommandInfo.URI.$Properties instead.
         */
        interface IURI extends mesos.CommandInfo.URI.$Properties {
        }

        /** Represents a URI. */
        class URI {

            /**
             * Constructs a new URI.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.CommandInfo.URI.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** URI value. */
            value: string;

            /** URI executable. */
            executable: boolean;

            /** URI extract. */
            extract: boolean;

            /** URI cache. */
            cache: boolean;

            /**
             * Creates a new URI instance using the specified properties.
             * @param [properties] Properties to set
             * @returns URI instance
             */
            static create(properties: mesos.CommandInfo.URI.$Shape): mesos.CommandInfo.URI & mesos.CommandInfo.URI.$Shape;
            static create(properties?: mesos.CommandInfo.URI.$Properties): mesos.CommandInfo.URI;

            /**
             * Encodes the specified URI message. Does not implicitly {@link mesos.CommandInfo.URI.verify|verify} messages.
             * @param message URI message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.CommandInfo.URI.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a URI message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.CommandInfo.URI & mesos.CommandInfo.URI.$Shape} URI
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.CommandInfo.URI & mesos.CommandInfo.URI.$Shape;

            /**
             * Verifies a URI message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace URI {

            /** Properties of a URI. */
            interface $Properties {

                /** URI value */
                value: string;

                /** URI executable */
                executable?: (boolean|null);

                /** URI extract */
                extract?: (boolean|null);

                /** URI cache */
                cache?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a URI. */
            type $Shape = mesos.CommandInfo.URI.$Properties;
        }

        /**
         * Properties of a ContainerInfo.
         * @deprecated Use mesos.CommandInfo.ContainerInfo.$Properties instead.
         */
        interface IContainerInfo extends mesos.CommandInfo.ContainerInfo.$Properties {
        }

        /** Represents a ContainerInfo. */
        class ContainerInfo {

            /**
             * Constructs a new ContainerInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.CommandInfo.ContainerInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerInfo image. */
            image: string;

            /** ContainerInfo options. */
            options: string[];

            /**
             * Creates a new ContainerInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerInfo instance
             */
            static create(properties: mesos.CommandInfo.ContainerInfo.$Shape): mesos.CommandInfo.ContainerInfo & mesos.CommandInfo.ContainerInfo.$Shape;
            static create(properties?: mesos.CommandInfo.ContainerInfo.$Properties): mesos.CommandInfo.ContainerInfo;

            /**
             * Encodes the specified ContainerInfo message. Does not implicitly {@link mesos.CommandInfo.ContainerInfo.verify|verify} messages.
             * @param message ContainerInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.CommandInfo.ContainerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.CommandInfo.ContainerInfo & mesos.CommandInfo.ContainerInfo.$Shape} ContainerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.CommandInfo.ContainerInfo & mesos.CommandInfo.ContainerInfo.$Shape;

            /**
             * Verifies a ContainerInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace ContainerInfo {

            /** Properties of a ContainerInfo. */
            interface $Properties {

                /** ContainerInfo image */
                image: string;

                /** ContainerInfo options */
                options?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerInfo. */
            type $Shape = mesos.CommandInfo.ContainerInfo.$Properties;
        }
    }

    /**
     * Properties of an ExecutorInfo.
     * @deprecated Use mesos.ExecutorInfo.$Properties instead.
     */
    interface IExecutorInfo extends mesos.ExecutorInfo.$Properties {
    }

    /** Represents an ExecutorInfo. */
    class ExecutorInfo {

        /**
         * Constructs a new ExecutorInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.ExecutorInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ExecutorInfo executorId. */
        executorId: mesos.ExecutorID.$Properties;

        /** ExecutorInfo frameworkId. */
        frameworkId?: (mesos.FrameworkID.$Properties|null);

        /** ExecutorInfo command. */
        command: mesos.CommandInfo.$Properties;

        /** ExecutorInfo container. */
        container?: (mesos.ContainerInfo.$Properties|null);

        /** ExecutorInfo resources. */
        resources: mesos.Resource.$Properties[];

        /** ExecutorInfo name. */
        name: string;

        /** ExecutorInfo source. */
        source: string;

        /** ExecutorInfo data. */
        data: Uint8Array;

        /**
         * Creates a new ExecutorInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ExecutorInfo instance
         */
        static create(properties: mesos.ExecutorInfo.$Shape): mesos.ExecutorInfo & mesos.ExecutorInfo.$Shape;
        static create(properties?: mesos.ExecutorInfo.$Properties): mesos.ExecutorInfo;

        /**
         * Encodes the specified ExecutorInfo message. Does not implicitly {@link mesos.ExecutorInfo.verify|verify} messages.
         * @param message ExecutorInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.ExecutorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ExecutorInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.ExecutorInfo & mesos.ExecutorInfo.$Shape} ExecutorInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.ExecutorInfo & mesos.ExecutorInfo.$Shape;

        /**
         * Verifies an ExecutorInfo message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace ExecutorInfo {

        /** Properties of an ExecutorInfo. */
        interface $Properties {

            /** ExecutorInfo executorId */
            executorId: mesos.ExecutorID.$Properties;

            /** ExecutorInfo frameworkId */
            frameworkId?: (mesos.FrameworkID.$Properties|null);

            /** ExecutorInfo command */
            command: mesos.CommandInfo.$Properties;

            /** ExecutorInfo container */
            container?: (mesos.ContainerInfo.$Properties|null);

            /** ExecutorInfo resources */
            resources?: (mesos.Resource.$Properties[]|null);

            /** ExecutorInfo name */
            name?: (string|null);

            /** ExecutorInfo source */
            source?: (string|null);

            /** ExecutorInfo data */
            data?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ExecutorInfo. */
        type $Shape = mesos.ExecutorInfo.$Properties;
    }

    /**
     * Properties of a Value.
     * @deprecated Use mesos.Value.$Properties instead.
     */
    interface IValue extends mesos.Value.$Properties {
    }

    /** Represents a Value. */
    class Value {

        /**
         * Constructs a new Value.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.Value.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Value type. */
        type: mesos.Value.Type;

        /** Value scalar. */
        scalar?: (mesos.Value.Scalar.$Properties|null);

        /** Value ranges. */
        ranges?: (mesos.Value.Ranges.$Properties|null);

        /** Value set. */
        set?: (mesos.Value.Set.$Properties|null);

        /** Value text. */
        text?: (mesos.Value.Text.$Properties|null);

        /**
         * Creates a new Value instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Value instance
         */
        static create(properties: mesos.Value.$Shape): mesos.Value & mesos.Value.$Shape;
        static create(properties?: mesos.Value.$Properties): mesos.Value;

        /**
         * Encodes the specified Value message. Does not implicitly {@link mesos.Value.verify|verify} messages.
         * @param message Value message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Value message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.Value & mesos.Value.$Shape} Value
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.Value & mesos.Value.$Shape;

        /**
         * Verifies a Value message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace Value {

        /** Properties of a Value. */
        interface $Properties {

            /** Value type */
            type: mesos.Value.Type;

            /** Value scalar */
            scalar?: (mesos.Value.Scalar.$Properties|null);

            /** Value ranges */
            ranges?: (mesos.Value.Ranges.$Properties|null);

            /** Value set */
            set?: (mesos.Value.Set.$Properties|null);

            /** Value text */
            text?: (mesos.Value.Text.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Value. */
        type $Shape = mesos.Value.$Properties;

        /** Type enum. */
        enum Type {

            /** SCALAR value */
            SCALAR = 0,

            /** RANGES value */
            RANGES = 1,

            /** SET value */
            SET = 2,

            /** TEXT value */
            TEXT = 3
        }

        /**
         * Properties of a Scalar.
         * @deprecated Use mesos.Value.Scalar.$Properties instead.
         */
        interface IScalar extends mesos.Value.Scalar.$Properties {
        }

        /** Represents a Scalar. */
        class Scalar {

            /**
             * Constructs a new Scalar.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.Value.Scalar.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Scalar value. */
            value: number;

            /**
             * Creates a new Scalar instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Scalar instance
             */
            static create(properties: mesos.Value.Scalar.$Shape): mesos.Value.Scalar & mesos.Value.Scalar.$Shape;
            static create(properties?: mesos.Value.Scalar.$Properties): mesos.Value.Scalar;

            /**
             * Encodes the specified Scalar message. Does not implicitly {@link mesos.Value.Scalar.verify|verify} messages.
             * @param message Scalar message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.Value.Scalar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Scalar message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.Value.Scalar & mesos.Value.Scalar.$Shape} Scalar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.Value.Scalar & mesos.Value.Scalar.$Shape;

            /**
             * Verifies a Scalar message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Scalar {

            /** Properties of a Scalar. */
            interface $Properties {

                /** Scalar value */
                value: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Scalar. */
            type $Shape = mesos.Value.Scalar.$Properties;
        }

        /**
         * Properties of a Range.
         * @deprecated Use mesos.Value.Range.$Properties instead.
         */
        interface IRange extends mesos.Value.Range.$Properties {
        }

        /** Represents a Range. */
        class Range {

            /**
             * Constructs a new Range.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.Value.Range.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Range begin. */
            begin: number;

            /** Range end. */
            end: number;

            /**
             * Creates a new Range instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Range instance
             */
            static create(properties: mesos.Value.Range.$Shape): mesos.Value.Range & mesos.Value.Range.$Shape;
            static create(properties?: mesos.Value.Range.$Properties): mesos.Value.Range;

            /**
             * Encodes the specified Range message. Does not implicitly {@link mesos.Value.Range.verify|verify} messages.
             * @param message Range message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.Value.Range.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Range message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.Value.Range & mesos.Value.Range.$Shape} Range
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.Value.Range & mesos.Value.Range.$Shape;

            /**
             * Verifies a Range message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Range {

            /** Properties of a Range. */
            interface $Properties {

                /** Range begin */
                begin: number;

                /** Range end */
                end: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Range. */
            type $Shape = mesos.Value.Range.$Properties;
        }

        /**
         * Properties of a Ranges.
         * @deprecated Use mesos.Value.Ranges.$Properties instead.
         */
        interface IRanges extends mesos.Value.Ranges.$Properties {
        }

        /** Represents a Ranges. */
        class Ranges {

            /**
             * Constructs a new Ranges.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.Value.Ranges.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ranges range. */
            range: mesos.Value.Range.$Properties[];

            /**
             * Creates a new Ranges instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ranges instance
             */
            static create(properties: mesos.Value.Ranges.$Shape): mesos.Value.Ranges & mesos.Value.Ranges.$Shape;
            static create(properties?: mesos.Value.Ranges.$Properties): mesos.Value.Ranges;

            /**
             * Encodes the specified Ranges message. Does not implicitly {@link mesos.Value.Ranges.verify|verify} messages.
             * @param message Ranges message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.Value.Ranges.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ranges message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.Value.Ranges & mesos.Value.Ranges.$Shape} Ranges
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.Value.Ranges & mesos.Value.Ranges.$Shape;

            /**
             * Verifies a Ranges message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Ranges {

            /** Properties of a Ranges. */
            interface $Properties {

                /** Ranges range */
                range?: (mesos.Value.Range.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ranges. */
            type $Shape = mesos.Value.Ranges.$Properties;
        }

        /**
         * Properties of a Set.
         * @deprecated Use mesos.Value.Set.$Properties instead.
         */
        interface ISet extends mesos.Value.Set.$Properties {
        }

        /** Represents a Set. */
        class Set {

            /**
             * Constructs a new Set.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.Value.Set.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Set item. */
            item: string[];

            /**
             * Creates a new Set instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Set instance
             */
            static create(properties: mesos.Value.Set.$Shape): mesos.Value.Set & mesos.Value.Set.$Shape;
            static create(properties?: mesos.Value.Set.$Properties): mesos.Value.Set;

            /**
             * Encodes the specified Set message. Does not implicitly {@link mesos.Value.Set.verify|verify} messages.
             * @param message Set message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.Value.Set.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Set message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.Value.Set & mesos.Value.Set.$Shape} Set
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.Value.Set & mesos.Value.Set.$Shape;

            /**
             * Verifies a Set message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Set {

            /** Properties of a Set. */
            interface $Properties {

                /** Set item */
                item?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Set. */
            type $Shape = mesos.Value.Set.$Properties;
        }

        /**
         * Properties of a Text.
         * @deprecated Use mesos.Value.Text.$Properties instead.
         */
        interface IText extends mesos.Value.Text.$Properties {
        }

        /** Represents a Text. */
        class Text {

            /**
             * Constructs a new Text.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.Value.Text.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Text value. */
            value: string;

            /**
             * Creates a new Text instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Text instance
             */
            static create(properties: mesos.Value.Text.$Shape): mesos.Value.Text & mesos.Value.Text.$Shape;
            static create(properties?: mesos.Value.Text.$Properties): mesos.Value.Text;

            /**
             * Encodes the specified Text message. Does not implicitly {@link mesos.Value.Text.verify|verify} messages.
             * @param message Text message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.Value.Text.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Text message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.Value.Text & mesos.Value.Text.$Shape} Text
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.Value.Text & mesos.Value.Text.$Shape;

            /**
             * Verifies a Text message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Text {

            /** Properties of a Text. */
            interface $Properties {

                /** Text value */
                value: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Text. */
            type $Shape = mesos.Value.Text.$Properties;
        }
    }

    /**
     * Properties of a Resource.
     * @deprecated Use mesos.Resource.$Properties instead.
     */
    interface IResource extends mesos.Resource.$Properties {
    }

    /** Represents a Resource. */
    class Resource {

        /**
         * Constructs a new Resource.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.Resource.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Resource name. */
        name: string;

        /** Resource type. */
        type: mesos.Value.Type;

        /** Resource scalar. */
        scalar?: (mesos.Value.Scalar.$Properties|null);

        /** Resource ranges. */
        ranges?: (mesos.Value.Ranges.$Properties|null);

        /** Resource set. */
        set?: (mesos.Value.Set.$Properties|null);

        /** Resource role. */
        role: string;

        /**
         * Creates a new Resource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Resource instance
         */
        static create(properties: mesos.Resource.$Shape): mesos.Resource & mesos.Resource.$Shape;
        static create(properties?: mesos.Resource.$Properties): mesos.Resource;

        /**
         * Encodes the specified Resource message. Does not implicitly {@link mesos.Resource.verify|verify} messages.
         * @param message Resource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.Resource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Resource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.Resource & mesos.Resource.$Shape} Resource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.Resource & mesos.Resource.$Shape;

        /**
         * Verifies a Resource message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace Resource {

        /** Properties of a Resource. */
        interface $Properties {

            /** Resource name */
            name: string;

            /** Resource type */
            type: mesos.Value.Type;

            /** Resource scalar */
            scalar?: (mesos.Value.Scalar.$Properties|null);

            /** Resource ranges */
            ranges?: (mesos.Value.Ranges.$Properties|null);

            /** Resource set */
            set?: (mesos.Value.Set.$Properties|null);

            /** Resource role */
            role?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Resource. */
        type $Shape = mesos.Resource.$Properties;
    }

    /**
     * Properties of a ResourceStatistics.
     * @deprecated Use mesos.ResourceStatistics.$Properties instead.
     */
    interface IResourceStatistics extends mesos.ResourceStatistics.$Properties {
    }

    /** Represents a ResourceStatistics. */
    class ResourceStatistics {

        /**
         * Constructs a new ResourceStatistics.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.ResourceStatistics.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ResourceStatistics timestamp. */
        timestamp: number;

        /** ResourceStatistics processes. */
        processes: number;

        /** ResourceStatistics threads. */
        threads: number;

        /** ResourceStatistics cpusUserTimeSecs. */
        cpusUserTimeSecs: number;

        /** ResourceStatistics cpusSystemTimeSecs. */
        cpusSystemTimeSecs: number;

        /** ResourceStatistics cpusLimit. */
        cpusLimit: number;

        /** ResourceStatistics cpusNrPeriods. */
        cpusNrPeriods: number;

        /** ResourceStatistics cpusNrThrottled. */
        cpusNrThrottled: number;

        /** ResourceStatistics cpusThrottledTimeSecs. */
        cpusThrottledTimeSecs: number;

        /** ResourceStatistics memTotalBytes. */
        memTotalBytes: number;

        /** ResourceStatistics memTotalMemswBytes. */
        memTotalMemswBytes: number;

        /** ResourceStatistics memLimitBytes. */
        memLimitBytes: number;

        /** ResourceStatistics memSoftLimitBytes. */
        memSoftLimitBytes: number;

        /** ResourceStatistics memFileBytes. */
        memFileBytes: number;

        /** ResourceStatistics memAnonBytes. */
        memAnonBytes: number;

        /** ResourceStatistics memCacheBytes. */
        memCacheBytes: number;

        /** ResourceStatistics memRssBytes. */
        memRssBytes: number;

        /** ResourceStatistics memMappedFileBytes. */
        memMappedFileBytes: number;

        /** ResourceStatistics memSwapBytes. */
        memSwapBytes: number;

        /** ResourceStatistics memUnevictableBytes. */
        memUnevictableBytes: number;

        /** ResourceStatistics memLowPressureCounter. */
        memLowPressureCounter: number;

        /** ResourceStatistics memMediumPressureCounter. */
        memMediumPressureCounter: number;

        /** ResourceStatistics memCriticalPressureCounter. */
        memCriticalPressureCounter: number;

        /** ResourceStatistics diskLimitBytes. */
        diskLimitBytes: number;

        /** ResourceStatistics diskUsedBytes. */
        diskUsedBytes: number;

        /** ResourceStatistics netRxPackets. */
        netRxPackets: number;

        /** ResourceStatistics netRxBytes. */
        netRxBytes: number;

        /** ResourceStatistics netRxErrors. */
        netRxErrors: number;

        /** ResourceStatistics netRxDropped. */
        netRxDropped: number;

        /** ResourceStatistics netTxPackets. */
        netTxPackets: number;

        /** ResourceStatistics netTxBytes. */
        netTxBytes: number;

        /** ResourceStatistics netTxErrors. */
        netTxErrors: number;

        /** ResourceStatistics netTxDropped. */
        netTxDropped: number;

        /** ResourceStatistics netTcpRttMicrosecsP50. */
        netTcpRttMicrosecsP50: number;

        /** ResourceStatistics netTcpRttMicrosecsP90. */
        netTcpRttMicrosecsP90: number;

        /** ResourceStatistics netTcpRttMicrosecsP95. */
        netTcpRttMicrosecsP95: number;

        /** ResourceStatistics netTcpRttMicrosecsP99. */
        netTcpRttMicrosecsP99: number;

        /** ResourceStatistics netTcpActiveConnections. */
        netTcpActiveConnections: number;

        /** ResourceStatistics netTcpTimeWaitConnections. */
        netTcpTimeWaitConnections: number;

        /**
         * Creates a new ResourceStatistics instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResourceStatistics instance
         */
        static create(properties: mesos.ResourceStatistics.$Shape): mesos.ResourceStatistics & mesos.ResourceStatistics.$Shape;
        static create(properties?: mesos.ResourceStatistics.$Properties): mesos.ResourceStatistics;

        /**
         * Encodes the specified ResourceStatistics message. Does not implicitly {@link mesos.ResourceStatistics.verify|verify} messages.
         * @param message ResourceStatistics message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.ResourceStatistics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResourceStatistics message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.ResourceStatistics & mesos.ResourceStatistics.$Shape} ResourceStatistics
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.ResourceStatistics & mesos.ResourceStatistics.$Shape;

        /**
         * Verifies a ResourceStatistics message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace ResourceStatistics {

        /** Properties of a ResourceStatistics. */
        interface $Properties {

            /** ResourceStatistics timestamp */
            timestamp: number;

            /** ResourceStatistics processes */
            processes?: (number|null);

            /** ResourceStatistics threads */
            threads?: (number|null);

            /** ResourceStatistics cpusUserTimeSecs */
            cpusUserTimeSecs?: (number|null);

            /** ResourceStatistics cpusSystemTimeSecs */
            cpusSystemTimeSecs?: (number|null);

            /** ResourceStatistics cpusLimit */
            cpusLimit?: (number|null);

            /** ResourceStatistics cpusNrPeriods */
            cpusNrPeriods?: (number|null);

            /** ResourceStatistics cpusNrThrottled */
            cpusNrThrottled?: (number|null);

            /** ResourceStatistics cpusThrottledTimeSecs */
            cpusThrottledTimeSecs?: (number|null);

            /** ResourceStatistics memTotalBytes */
            memTotalBytes?: (number|null);

            /** ResourceStatistics memTotalMemswBytes */
            memTotalMemswBytes?: (number|null);

            /** ResourceStatistics memLimitBytes */
            memLimitBytes?: (number|null);

            /** ResourceStatistics memSoftLimitBytes */
            memSoftLimitBytes?: (number|null);

            /** ResourceStatistics memFileBytes */
            memFileBytes?: (number|null);

            /** ResourceStatistics memAnonBytes */
            memAnonBytes?: (number|null);

            /** ResourceStatistics memCacheBytes */
            memCacheBytes?: (number|null);

            /** ResourceStatistics memRssBytes */
            memRssBytes?: (number|null);

            /** ResourceStatistics memMappedFileBytes */
            memMappedFileBytes?: (number|null);

            /** ResourceStatistics memSwapBytes */
            memSwapBytes?: (number|null);

            /** ResourceStatistics memUnevictableBytes */
            memUnevictableBytes?: (number|null);

            /** ResourceStatistics memLowPressureCounter */
            memLowPressureCounter?: (number|null);

            /** ResourceStatistics memMediumPressureCounter */
            memMediumPressureCounter?: (number|null);

            /** ResourceStatistics memCriticalPressureCounter */
            memCriticalPressureCounter?: (number|null);

            /** ResourceStatistics diskLimitBytes */
            diskLimitBytes?: (number|null);

            /** ResourceStatistics diskUsedBytes */
            diskUsedBytes?: (number|null);

            /** ResourceStatistics netRxPackets */
            netRxPackets?: (number|null);

            /** ResourceStatistics netRxBytes */
            netRxBytes?: (number|null);

            /** ResourceStatistics netRxErrors */
            netRxErrors?: (number|null);

            /** ResourceStatistics netRxDropped */
            netRxDropped?: (number|null);

            /** ResourceStatistics netTxPackets */
            netTxPackets?: (number|null);

            /** ResourceStatistics netTxBytes */
            netTxBytes?: (number|null);

            /** ResourceStatistics netTxErrors */
            netTxErrors?: (number|null);

            /** ResourceStatistics netTxDropped */
            netTxDropped?: (number|null);

            /** ResourceStatistics netTcpRttMicrosecsP50 */
            netTcpRttMicrosecsP50?: (number|null);

            /** ResourceStatistics netTcpRttMicrosecsP90 */
            netTcpRttMicrosecsP90?: (number|null);

            /** ResourceStatistics netTcpRttMicrosecsP95 */
            netTcpRttMicrosecsP95?: (number|null);

            /** ResourceStatistics netTcpRttMicrosecsP99 */
            netTcpRttMicrosecsP99?: (number|null);

            /** ResourceStatistics netTcpActiveConnections */
            netTcpActiveConnections?: (number|null);

            /** ResourceStatistics netTcpTimeWaitConnections */
            netTcpTimeWaitConnections?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ResourceStatistics. */
        type $Shape = mesos.ResourceStatistics.$Properties;
    }

    /**
     * Properties of a TaskInfo.
     * @deprecated Use mesos.TaskInfo.$Properties instead.
     */
    interface ITaskInfo extends mesos.TaskInfo.$Properties {
    }

    /** Represents a TaskInfo. */
    class TaskInfo {

        /**
         * Constructs a new TaskInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.TaskInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TaskInfo name. */
        name: string;

        /** TaskInfo taskId. */
        taskId: mesos.TaskID.$Properties;

        /** TaskInfo slaveId. */
        slaveId: mesos.SlaveID.$Properties;

        /** TaskInfo resources. */
        resources: mesos.Resource.$Properties[];

        /** TaskInfo executor. */
        executor?: (mesos.ExecutorInfo.$Properties|null);

        /** TaskInfo command. */
        command?: (mesos.CommandInfo.$Properties|null);

        /** TaskInfo container. */
        container?: (mesos.ContainerInfo.$Properties|null);

        /** TaskInfo data. */
        data: Uint8Array;

        /**
         * Creates a new TaskInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TaskInfo instance
         */
        static create(properties: mesos.TaskInfo.$Shape): mesos.TaskInfo & mesos.TaskInfo.$Shape;
        static create(properties?: mesos.TaskInfo.$Properties): mesos.TaskInfo;

        /**
         * Encodes the specified TaskInfo message. Does not implicitly {@link mesos.TaskInfo.verify|verify} messages.
         * @param message TaskInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.TaskInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TaskInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.TaskInfo & mesos.TaskInfo.$Shape} TaskInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.TaskInfo & mesos.TaskInfo.$Shape;

        /**
         * Verifies a TaskInfo message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace TaskInfo {

        /** Properties of a TaskInfo. */
        interface $Properties {

            /** TaskInfo name */
            name: string;

            /** TaskInfo taskId */
            taskId: mesos.TaskID.$Properties;

            /** TaskInfo slaveId */
            slaveId: mesos.SlaveID.$Properties;

            /** TaskInfo resources */
            resources?: (mesos.Resource.$Properties[]|null);

            /** TaskInfo executor */
            executor?: (mesos.ExecutorInfo.$Properties|null);

            /** TaskInfo command */
            command?: (mesos.CommandInfo.$Properties|null);

            /** TaskInfo container */
            container?: (mesos.ContainerInfo.$Properties|null);

            /** TaskInfo data */
            data?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TaskInfo. */
        type $Shape = mesos.TaskInfo.$Properties;
    }

    /** TaskState enum. */
    enum TaskState {

        /** TASK_STAGING value */
        TASK_STAGING = 6,

        /** TASK_STARTING value */
        TASK_STARTING = 0,

        /** TASK_RUNNING value */
        TASK_RUNNING = 1,

        /** TASK_FINISHED value */
        TASK_FINISHED = 2,

        /** TASK_FAILED value */
        TASK_FAILED = 3,

        /** TASK_KILLED value */
        TASK_KILLED = 4,

        /** TASK_LOST value */
        TASK_LOST = 5,

        /** TASK_ERROR value */
        TASK_ERROR = 7
    }

    /**
     * Properties of a TaskStatus.
     * @deprecated Use mesos.TaskStatus.$Properties instead.
     */
    interface ITaskStatus extends mesos.TaskStatus.$Properties {
    }

    /** Represents a TaskStatus. */
    class TaskStatus {

        /**
         * Constructs a new TaskStatus.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.TaskStatus.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new TaskStatus instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TaskStatus instance
         */
        static create(properties: mesos.TaskStatus.$Shape): mesos.TaskStatus & mesos.TaskStatus.$Shape;
        static create(properties?: mesos.TaskStatus.$Properties): mesos.TaskStatus;

        /**
         * Encodes the specified TaskStatus message. Does not implicitly {@link mesos.TaskStatus.verify|verify} messages.
         * @param message TaskStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.TaskStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TaskStatus message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.TaskStatus & mesos.TaskStatus.$Shape} TaskStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.TaskStatus & mesos.TaskStatus.$Shape;

        /**
         * Verifies a TaskStatus message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace TaskStatus {

        /** Properties of a TaskStatus. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TaskStatus. */
        type $Shape = mesos.TaskStatus.$Properties;

        /** Reason enum. */
        enum Reason {

            /** REASON_COMMAND_EXECUTOR_FAILED value */
            REASON_COMMAND_EXECUTOR_FAILED = 0,

            /** REASON_EXECUTOR_TERMINATED value */
            REASON_EXECUTOR_TERMINATED = 1,

            /** REASON_EXECUTOR_UNREGISTERED value */
            REASON_EXECUTOR_UNREGISTERED = 2,

            /** REASON_FRAMEWORK_REMOVED value */
            REASON_FRAMEWORK_REMOVED = 3,

            /** REASON_GC_ERROR value */
            REASON_GC_ERROR = 4,

            /** REASON_INVALID_FRAMEWORKID value */
            REASON_INVALID_FRAMEWORKID = 5,

            /** REASON_INVALID_OFFERS value */
            REASON_INVALID_OFFERS = 6,

            /** REASON_MASTER_DISCONNECTED value */
            REASON_MASTER_DISCONNECTED = 7,

            /** REASON_CONTAINER_LIMITATION_MEMORY value */
            REASON_CONTAINER_LIMITATION_MEMORY = 8,

            /** REASON_RECONCILIATION value */
            REASON_RECONCILIATION = 9,

            /** REASON_SLAVE_DISCONNECTED value */
            REASON_SLAVE_DISCONNECTED = 10,

            /** REASON_SLAVE_REMOVED value */
            REASON_SLAVE_REMOVED = 11,

            /** REASON_SLAVE_RESTARTED value */
            REASON_SLAVE_RESTARTED = 12,

            /** REASON_SLAVE_UNKNOWN value */
            REASON_SLAVE_UNKNOWN = 13,

            /** REASON_TASK_INVALID value */
            REASON_TASK_INVALID = 14,

            /** REASON_TASK_UNAUTHORIZED value */
            REASON_TASK_UNAUTHORIZED = 15,

            /** REASON_TASK_UNKNOWN value */
            REASON_TASK_UNKNOWN = 16,

            /** REASON_CONTAINER_PREEMPTED value */
            REASON_CONTAINER_PREEMPTED = 17,

            /** REASON_RESOURCES_UNKNOWN value */
            REASON_RESOURCES_UNKNOWN = 18,

            /** REASON_CONTAINER_LIMITATION value */
            REASON_CONTAINER_LIMITATION = 19,

            /** REASON_CONTAINER_LIMITATION_DISK value */
            REASON_CONTAINER_LIMITATION_DISK = 20,

            /** REASON_CONTAINER_LAUNCH_FAILED value */
            REASON_CONTAINER_LAUNCH_FAILED = 21,

            /** REASON_CONTAINER_UPDATE_FAILED value */
            REASON_CONTAINER_UPDATE_FAILED = 22,

            /** REASON_EXECUTOR_REGISTRATION_TIMEOUT value */
            REASON_EXECUTOR_REGISTRATION_TIMEOUT = 23,

            /** REASON_EXECUTOR_REREGISTRATION_TIMEOUT value */
            REASON_EXECUTOR_REREGISTRATION_TIMEOUT = 24
        }
    }

    /**
     * Properties of an Environment.
     * @deprecated Use mesos.Environment.$Properties instead.
     */
    interface IEnvironment extends mesos.Environment.$Properties {
    }

    /** Represents an Environment. */
    class Environment {

        /**
         * Constructs a new Environment.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.Environment.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Environment variables. */
        variables: mesos.Environment.Variable.$Properties[];

        /**
         * Creates a new Environment instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Environment instance
         */
        static create(properties: mesos.Environment.$Shape): mesos.Environment & mesos.Environment.$Shape;
        static create(properties?: mesos.Environment.$Properties): mesos.Environment;

        /**
         * Encodes the specified Environment message. Does not implicitly {@link mesos.Environment.verify|verify} messages.
         * @param message Environment message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.Environment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Environment message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.Environment & mesos.Environment.$Shape} Environment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.Environment & mesos.Environment.$Shape;

        /**
         * Verifies an Environment message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace Environment {

        /** Properties of an Environment. */
        interface $Properties {

            /** Environment variables */
            variables?: (mesos.Environment.Variable.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Environment. */
        type $Shape = mesos.Environment.$Properties;

        /**
         * Properties of a Variable.
         * @deprecated Use mesos.Environment.Variable.$Properties instead.
         */
        interface IVariable extends mesos.Environment.Variable.$Properties {
        }

        /** Represents a Variable. */
        class Variable {

            /**
             * Constructs a new Variable.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.Environment.Variable.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Variable name. */
            name: string;

            /** Variable value. */
            value: string;

            /**
             * Creates a new Variable instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Variable instance
             */
            static create(properties: mesos.Environment.Variable.$Shape): mesos.Environment.Variable & mesos.Environment.Variable.$Shape;
            static create(properties?: mesos.Environment.Variable.$Properties): mesos.Environment.Variable;

            /**
             * Encodes the specified Variable message. Does not implicitly {@link mesos.Environment.Variable.verify|verify} messages.
             * @param message Variable message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.Environment.Variable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Variable message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.Environment.Variable & mesos.Environment.Variable.$Shape} Variable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.Environment.Variable & mesos.Environment.Variable.$Shape;

            /**
             * Verifies a Variable message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace Variable {

            /** Properties of a Variable. */
            interface $Properties {

                /** Variable name */
                name: string;

                /** Variable value */
                value: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Variable. */
            type $Shape = mesos.Environment.Variable.$Properties;
        }
    }

    /**
     * Properties of a Parameter.
     * @deprecated Use mesos.Parameter.$Properties instead.
     */
    interface IParameter extends mesos.Parameter.$Properties {
    }

    /** Represents a Parameter. */
    class Parameter {

        /**
         * Constructs a new Parameter.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.Parameter.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Parameter key. */
        key: string;

        /** Parameter value. */
        value: string;

        /**
         * Creates a new Parameter instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Parameter instance
         */
        static create(properties: mesos.Parameter.$Shape): mesos.Parameter & mesos.Parameter.$Shape;
        static create(properties?: mesos.Parameter.$Properties): mesos.Parameter;

        /**
         * Encodes the specified Parameter message. Does not implicitly {@link mesos.Parameter.verify|verify} messages.
         * @param message Parameter message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.Parameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Parameter message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.Parameter & mesos.Parameter.$Shape} Parameter
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.Parameter & mesos.Parameter.$Shape;

        /**
         * Verifies a Parameter message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace Parameter {

        /** Properties of a Parameter. */
        interface $Properties {

            /** Parameter key */
            key: string;

            /** Parameter value */
            value: string;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Parameter. */
        type $Shape = mesos.Parameter.$Properties;
    }

    /**
     * Properties of a Volume.
     * @deprecated Use mesos.Volume.$Properties instead.
     */
    interface IVolume extends mesos.Volume.$Properties {
    }

    /** Represents a Volume. */
    class Volume {

        /**
         * Constructs a new Volume.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.Volume.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Volume containerPath. */
        containerPath: string;

        /** Volume hostPath. */
        hostPath: string;

        /** Volume mode. */
        mode: mesos.Volume.Mode;

        /**
         * Creates a new Volume instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Volume instance
         */
        static create(properties: mesos.Volume.$Shape): mesos.Volume & mesos.Volume.$Shape;
        static create(properties?: mesos.Volume.$Properties): mesos.Volume;

        /**
         * Encodes the specified Volume message. Does not implicitly {@link mesos.Volume.verify|verify} messages.
         * @param message Volume message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.Volume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Volume message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.Volume & mesos.Volume.$Shape} Volume
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.Volume & mesos.Volume.$Shape;

        /**
         * Verifies a Volume message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace Volume {

        /** Properties of a Volume. */
        interface $Properties {

            /** Volume containerPath */
            containerPath: string;

            /** Volume hostPath */
            hostPath?: (string|null);

            /** Volume mode */
            mode: mesos.Volume.Mode;

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Volume. */
        type $Shape = mesos.Volume.$Properties;

        /** Mode enum. */
        enum Mode {

            /** RW value */
            RW = 1,

            /** RO value */
            RO = 2
        }
    }

    /**
     * Properties of a ContainerInfo.
     * @deprecated Use mesos.ContainerInfo.$Properties instead.
     */
    interface IContainerInfo extends mesos.ContainerInfo.$Properties {
    }

    /** Represents a ContainerInfo. */
    class ContainerInfo {

        /**
         * Constructs a new ContainerInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: mesos.ContainerInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContainerInfo type. */
        type: mesos.ContainerInfo.Type;

        /** ContainerInfo volumes. */
        volumes: mesos.Volume.$Properties[];

        /** ContainerInfo hostname. */
        hostname: string;

        /** ContainerInfo docker. */
        docker?: (mesos.ContainerInfo.DockerInfo.$Properties|null);

        /**
         * Creates a new ContainerInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ContainerInfo instance
         */
        static create(properties: mesos.ContainerInfo.$Shape): mesos.ContainerInfo & mesos.ContainerInfo.$Shape;
        static create(properties?: mesos.ContainerInfo.$Properties): mesos.ContainerInfo;

        /**
         * Encodes the specified ContainerInfo message. Does not implicitly {@link mesos.ContainerInfo.verify|verify} messages.
         * @param message ContainerInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: mesos.ContainerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContainerInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {mesos.ContainerInfo & mesos.ContainerInfo.$Shape} ContainerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.ContainerInfo & mesos.ContainerInfo.$Shape;

        /**
         * Verifies a ContainerInfo message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);
    }

    namespace ContainerInfo {

        /** Properties of a ContainerInfo. */
        interface $Properties {

            /** ContainerInfo type */
            type: mesos.ContainerInfo.Type;

            /** ContainerInfo volumes */
            volumes?: (mesos.Volume.$Properties[]|null);

            /** ContainerInfo hostname */
            hostname?: (string|null);

            /** ContainerInfo docker */
            docker?: (mesos.ContainerInfo.DockerInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContainerInfo. */
        type $Shape = mesos.ContainerInfo.$Properties;

        /** Type enum. */
        enum Type {

            /** DOCKER value */
            DOCKER = 1,

            /** MESOS value */
            MESOS = 2
        }

        /**
         * Properties of a DockerInfo.
         * @deprecated Use mesos.ContainerInfo.DockerInfo.$Properties instead.
         */
        interface IDockerInfo extends mesos.ContainerInfo.DockerInfo.$Properties {
        }

        /** Represents a DockerInfo. */
        class DockerInfo {

            /**
             * Constructs a new DockerInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.ContainerInfo.DockerInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DockerInfo image. */
            image: string;

            /** DockerInfo network. */
            network: mesos.ContainerInfo.DockerInfo.Network;

            /** DockerInfo portMappings. */
            portMappings: mesos.ContainerInfo.DockerInfo.PortMapping.$Properties[];

            /** DockerInfo privileged. */
            privileged: boolean;

            /** DockerInfo parameters. */
            parameters: mesos.Parameter.$Properties[];

            /** DockerInfo forcePullImage. */
            forcePullImage: boolean;

            /**
             * Creates a new DockerInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DockerInfo instance
             */
            static create(properties: mesos.ContainerInfo.DockerInfo.$Shape): mesos.ContainerInfo.DockerInfo & mesos.ContainerInfo.DockerInfo.$Shape;
            static create(properties?: mesos.ContainerInfo.DockerInfo.$Properties): mesos.ContainerInfo.DockerInfo;

            /**
             * Encodes the specified DockerInfo message. Does not implicitly {@link mesos.ContainerInfo.DockerInfo.verify|verify} messages.
             * @param message DockerInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.ContainerInfo.DockerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DockerInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.ContainerInfo.DockerInfo & mesos.ContainerInfo.DockerInfo.$Shape} DockerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.ContainerInfo.DockerInfo & mesos.ContainerInfo.DockerInfo.$Shape;

            /**
             * Verifies a DockerInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);
        }

        namespace DockerInfo {

            /** Properties of a DockerInfo. */
            interface $Properties {

                /** DockerInfo image */
                image: string;

                /** DockerInfo network */
                network?: (mesos.ContainerInfo.DockerInfo.Network|null);

                /** DockerInfo portMappings */
                portMappings?: (mesos.ContainerInfo.DockerInfo.PortMapping.$Properties[]|null);

                /** DockerInfo privileged */
                privileged?: (boolean|null);

                /** DockerInfo parameters */
                parameters?: (mesos.Parameter.$Properties[]|null);

                /** DockerInfo forcePullImage */
                forcePullImage?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DockerInfo. */
            type $Shape = mesos.ContainerInfo.DockerInfo.$Properties;

            /** Network enum. */
            enum Network {

                /** HOST value */
                HOST = 1,

                /** BRIDGE value */
                BRIDGE = 2,

                /** NONE value */
                NONE = 3
            }

            /**
             * Properties of a PortMapping.
             * @deprecated Use mesos.ContainerInfo.DockerInfo.PortMapping.$Properties instead.
             */
            interface IPortMapping extends mesos.ContainerInfo.DockerInfo.PortMapping.$Properties {
            }

            /** Represents a PortMapping. */
            class PortMapping {

                /**
                 * Constructs a new PortMapping.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.ContainerInfo.DockerInfo.PortMapping.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortMapping hostPort. */
                hostPort: number;

                /** PortMapping containerPort. */
                containerPort: number;

                /** PortMapping protocol. */
                protocol: string;

                /**
                 * Creates a new PortMapping instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortMapping instance
                 */
                static create(properties: mesos.ContainerInfo.DockerInfo.PortMapping.$Shape): mesos.ContainerInfo.DockerInfo.PortMapping & mesos.ContainerInfo.DockerInfo.PortMapping.$Shape;
                static create(properties?: mesos.ContainerInfo.DockerInfo.PortMapping.$Properties): mesos.ContainerInfo.DockerInfo.PortMapping;

                /**
                 * Encodes the specified PortMapping message. Does not implicitly {@link mesos.ContainerInfo.DockerInfo.PortMapping.verify|verify} messages.
                 * @param message PortMapping message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.ContainerInfo.DockerInfo.PortMapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortMapping message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.ContainerInfo.DockerInfo.PortMapping & mesos.ContainerInfo.DockerInfo.PortMapping.$Shape} PortMapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.ContainerInfo.DockerInfo.PortMapping & mesos.ContainerInfo.DockerInfo.PortMapping.$Shape;

                /**
                 * Verifies a PortMapping message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);
            }

            namespace PortMapping {

                /** Properties of a PortMapping. */
                interface $Properties {

                    /** PortMapping hostPort */
                    hostPort: number;

                    /** PortMapping containerPort */
                    containerPort: number;

                    /** PortMapping protocol */
                    protocol?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortMapping. */
                type $Shape = mesos.ContainerInfo.DockerInfo.PortMapping.$Properties;
            }
        }
    }
}
