import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace mesos. */
export namespace mesos {

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

    /** Namespace containerizer. */
    namespace containerizer {

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
    }
}
