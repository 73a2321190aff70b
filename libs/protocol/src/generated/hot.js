/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array;

// Exported root namespace
var $root = $protobuf.roots["deimos-hot"] || ($protobuf.roots["deimos-hot"] = {});

$root.mesos = (function() {

    /**
     * Namespace mesos.
     * @exports mesos
     * @namespace
     */
    var mesos = {};

    mesos.ContainerID = (function() {

        /**
         * Properties of a ContainerID.
         * @typedef {Object} mesos.ContainerID.$Properties
         * @property {string} value ContainerID value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ContainerID.
         * @memberof mesos
         * @interface IContainerID
         * @augments mesos.ContainerID.$Properties
         * @deprecated Use mesos.ContainerID.$Properties instead.
         */

        /**
         * Shape of a ContainerID.
         * @typedef {mesos.ContainerID.$Properties} mesos.ContainerID.$Shape
         */

        /**
         * Constructs a new ContainerID.
         * @memberof mesos
         * @classdesc Represents a ContainerID.
         * @constructor
         * @param {mesos.ContainerID.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ContainerID = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ContainerID value.
         * @member {string} value
         * @memberof mesos.ContainerID
         * @instance
         */
        ContainerID.prototype.value = "";

        /**
         * Creates a new ContainerID instance using the specified properties.
         * @function create
         * @memberof mesos.ContainerID
         * @static
         * @param {mesos.ContainerID.$Properties=} [properties] Properties to set
         * @returns {mesos.ContainerID} ContainerID instance
         * @type {{
         *   (properties: mesos.ContainerID.$Shape): mesos.ContainerID & mesos.ContainerID.$Shape;
         *   (properties?: mesos.ContainerID.$Properties): mesos.ContainerID;
         * }}
         */
        ContainerID.create = function(properties) {
            return new ContainerID(properties);
        };

        /**
         * Encodes the specified ContainerID message. Does not implicitly {@link mesos.ContainerID.verify|verify} messages.
         * @function encode
         * @memberof mesos.ContainerID
         * @static
         * @param {mesos.ContainerID.$Properties} message ContainerID message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ContainerID.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ContainerID message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.ContainerID
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.ContainerID & mesos.ContainerID.$Shape} ContainerID
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ContainerID.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.mesos.ContainerID();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.value = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(message, "value"))
                throw $util.ProtocolError("missing required 'value'", { instance: message });
            return message;
        };

        /**
         * Verifies a ContainerID message.
         * @function verify
         * @memberof mesos.ContainerID
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ContainerID.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isString(message.value))
                return "value: string expected";
            return null;
        };

        return ContainerID;
    })();

    mesos.ResourceStatistics = (function() {

        /**
         * Properties of a ResourceStatistics.
         * @typedef {Object} mesos.ResourceStatistics.$Properties
         * @property {number} timestamp ResourceStatistics timestamp
         * @property {number|null} [processes] ResourceStatistics processes
         * @property {number|null} [threads] ResourceStatistics threads
         * @property {number|null} [cpusUserTimeSecs] ResourceStatistics cpusUserTimeSecs
         * @property {number|null} [cpusSystemTimeSecs] ResourceStatistics cpusSystemTimeSecs
         * @property {number|null} [cpusLimit] ResourceStatistics cpusLimit
         * @property {number|null} [cpusNrPeriods] ResourceStatistics cpusNrPeriods
         * @property {number|null} [cpusNrThrottled] ResourceStatistics cpusNrThrottled
         * @property {number|null} [cpusThrottledTimeSecs] ResourceStatistics cpusThrottledTimeSecs
         * @property {number|null} [memTotalBytes] ResourceStatistics memTotalBytes
         * @property {number|null} [memTotalMemswBytes] ResourceStatistics memTotalMemswBytes
         * @property {number|null} [memLimitBytes] ResourceStatistics memLimitBytes
         * @property {number|null} [memSoftLimitBytes] ResourceStatistics memSoftLimitBytes
         * @property {number|null} [memFileBytes] ResourceStatistics memFileBytes
         * @property {number|null} [memAnonBytes] ResourceStatistics memAnonBytes
         * @property {number|null} [memCacheBytes] ResourceStatistics memCacheBytes
         * @property {number|null} [memRssBytes] ResourceStatistics memRssBytes
         * @property {number|null} [memMappedFileBytes] ResourceStatistics memMappedFileBytes
         * @property {number|null} [memSwapBytes] ResourceStatistics memSwapBytes
         * @property {number|null} [memUnevictableBytes] ResourceStatistics memUnevictableBytes
         * @property {number|null} [memLowPressureCounter] ResourceStatistics memLowPressureCounter
         * @property {number|null} [memMediumPressureCounter] ResourceStatistics memMediumPressureCounter
         * @property {number|null} [memCriticalPressureCounter] ResourceStatistics memCriticalPressureCounter
         * @property {number|null} [diskLimitBytes] ResourceStatistics diskLimitBytes
         * @property {number|null} [diskUsedBytes] ResourceStatistics diskUsedBytes
         * @property {number|null} [netRxPackets] ResourceStatistics netRxPackets
         * @property {number|null} [netRxBytes] ResourceStatistics netRxBytes
         * @property {number|null} [netRxErrors] ResourceStatistics netRxErrors
         * @property {number|null} [netRxDropped] ResourceStatistics netRxDropped
         * @property {number|null} [netTxPackets] ResourceStatistics netTxPackets
         * @property {number|null} [netTxBytes] ResourceStatistics netTxBytes
         * @property {number|null} [netTxErrors] ResourceStatistics netTxErrors
         * @property {number|null} [netTxDropped] ResourceStatistics netTxDropped
         * @property {number|null} [netTcpRttMicrosecsP50] ResourceStatistics netTcpRttMicrosecsP50
         * @property {number|null} [netTcpRttMicrosecsP90] ResourceStatistics netTcpRttMicrosecsP90
         * @property {number|null} [netTcpRttMicrosecsP95] ResourceStatistics netTcpRttMicrosecsP95
         * @property {number|null} [netTcpRttMicrosecsP99] ResourceStatistics netTcpRttMicrosecsP99
         * @property {number|null} [netTcpActiveConnections] ResourceStatistics netTcpActiveConnections
         * @property {number|null} [netTcpTimeWaitConnections] ResourceStatistics netTcpTimeWaitConnections
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ResourceStatistics.
         * @memberof mesos
         * @interface IResourceStatistics
         * @augments mesos.ResourceStatistics.$Properties
         * @deprecated Use mesos.ResourceStatistics.$Properties instead.
         */

        /**
         * Shape of a ResourceStatistics.
         * @typedef {mesos.ResourceStatistics.$Properties} mesos.ResourceStatistics.$Shape
         */

        /**
         * Constructs a new ResourceStatistics.
         * @memberof mesos
         * @classdesc Represents a ResourceStatistics.
         * @constructor
         * @param {mesos.ResourceStatistics.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ResourceStatistics = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ResourceStatistics timestamp.
         * @member {number} timestamp
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.timestamp = 0;

        /**
         * ResourceStatistics processes.
         * @member {number} processes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.processes = 0;

        /**
         * ResourceStatistics threads.
         * @member {number} threads
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.threads = 0;

        /**
         * ResourceStatistics cpusUserTimeSecs.
         * @member {number} cpusUserTimeSecs
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.cpusUserTimeSecs = 0;

        /**
         * ResourceStatistics cpusSystemTimeSecs.
         * @member {number} cpusSystemTimeSecs
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.cpusSystemTimeSecs = 0;

        /**
         * ResourceStatistics cpusLimit.
         * @member {number} cpusLimit
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.cpusLimit = 0;

        /**
         * ResourceStatistics cpusNrPeriods.
         * @member {number} cpusNrPeriods
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.cpusNrPeriods = 0;

        /**
         * ResourceStatistics cpusNrThrottled.
         * @member {number} cpusNrThrottled
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.cpusNrThrottled = 0;

        /**
         * ResourceStatistics cpusThrottledTimeSecs.
         * @member {number} cpusThrottledTimeSecs
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.cpusThrottledTimeSecs = 0;

        /**
         * ResourceStatistics memTotalBytes.
         * @member {number} memTotalBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memTotalMemswBytes.
         * @member {number} memTotalMemswBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memTotalMemswBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memLimitBytes.
         * @member {number} memLimitBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memLimitBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memSoftLimitBytes.
         * @member {number} memSoftLimitBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memSoftLimitBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memFileBytes.
         * @member {number} memFileBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memFileBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memAnonBytes.
         * @member {number} memAnonBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memAnonBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memCacheBytes.
         * @member {number} memCacheBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memCacheBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memRssBytes.
         * @member {number} memRssBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memRssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memMappedFileBytes.
         * @member {number} memMappedFileBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memMappedFileBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memSwapBytes.
         * @member {number} memSwapBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memSwapBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memUnevictableBytes.
         * @member {number} memUnevictableBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memUnevictableBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memLowPressureCounter.
         * @member {number} memLowPressureCounter
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memLowPressureCounter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memMediumPressureCounter.
         * @member {number} memMediumPressureCounter
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memMediumPressureCounter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics memCriticalPressureCounter.
         * @member {number} memCriticalPressureCounter
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.memCriticalPressureCounter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics diskLimitBytes.
         * @member {number} diskLimitBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.diskLimitBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics diskUsedBytes.
         * @member {number} diskUsedBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.diskUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics netRxPackets.
         * @member {number} netRxPackets
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netRxPackets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics netRxBytes.
         * @member {number} netRxBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netRxBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics netRxErrors.
         * @member {number} netRxErrors
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netRxErrors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics netRxDropped.
         * @member {number} netRxDropped
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netRxDropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics netTxPackets.
         * @member {number} netTxPackets
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netTxPackets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics netTxBytes.
         * @member {number} netTxBytes
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netTxBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics netTxErrors.
         * @member {number} netTxErrors
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netTxErrors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics netTxDropped.
         * @member {number} netTxDropped
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netTxDropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResourceStatistics netTcpRttMicrosecsP50.
         * @member {number} netTcpRttMicrosecsP50
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netTcpRttMicrosecsP50 = 0;

        /**
         * ResourceStatistics netTcpRttMicrosecsP90.
         * @member {number} netTcpRttMicrosecsP90
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netTcpRttMicrosecsP90 = 0;

        /**
         * ResourceStatistics netTcpRttMicrosecsP95.
         * @member {number} netTcpRttMicrosecsP95
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netTcpRttMicrosecsP95 = 0;

        /**
         * ResourceStatistics netTcpRttMicrosecsP99.
         * @member {number} netTcpRttMicrosecsP99
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netTcpRttMicrosecsP99 = 0;

        /**
         * ResourceStatistics netTcpActiveConnections.
         * @member {number} netTcpActiveConnections
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netTcpActiveConnections = 0;

        /**
         * ResourceStatistics netTcpTimeWaitConnections.
         * @member {number} netTcpTimeWaitConnections
         * @memberof mesos.ResourceStatistics
         * @instance
         */
        ResourceStatistics.prototype.netTcpTimeWaitConnections = 0;

        /**
         * Creates a new ResourceStatistics instance using the specified properties.
         * @function create
         * @memberof mesos.ResourceStatistics
         * @static
         * @param {mesos.ResourceStatistics.$Properties=} [properties] Properties to set
         * @returns {mesos.ResourceStatistics} ResourceStatistics instance
         * @type {{
         *   (properties: mesos.ResourceStatistics.$Shape): mesos.ResourceStatistics & mesos.ResourceStatistics.$Shape;
         *   (properties?: mesos.ResourceStatistics.$Properties): mesos.ResourceStatistics;
         * }}
         */
        ResourceStatistics.create = function(properties) {
            return new ResourceStatistics(properties);
        };

        /**
         * Encodes the specified ResourceStatistics message. Does not implicitly {@link mesos.ResourceStatistics.verify|verify} messages.
         * @function encode
         * @memberof mesos.ResourceStatistics
         * @static
         * @param {mesos.ResourceStatistics.$Properties} message ResourceStatistics message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ResourceStatistics.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            writer.uint32(/* id 1, wireType 1 =*/9).double(message.timestamp);
            if (message.cpusUserTimeSecs != null && $Object.hasOwnProperty.call(message, "cpusUserTimeSecs"))
                writer.uint32(/* id 2, wireType 1 =*/17).double(message.cpusUserTimeSecs);
            if (message.cpusSystemTimeSecs != null && $Object.hasOwnProperty.call(message, "cpusSystemTimeSecs"))
                writer.uint32(/* id 3, wireType 1 =*/25).double(message.cpusSystemTimeSecs);
            if (message.cpusLimit != null && $Object.hasOwnProperty.call(message, "cpusLimit"))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.cpusLimit);
            if (message.memRssBytes != null && $Object.hasOwnProperty.call(message, "memRssBytes"))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.memRssBytes);
            if (message.memLimitBytes != null && $Object.hasOwnProperty.call(message, "memLimitBytes"))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.memLimitBytes);
            if (message.cpusNrPeriods != null && $Object.hasOwnProperty.call(message, "cpusNrPeriods"))
                writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.cpusNrPeriods);
            if (message.cpusNrThrottled != null && $Object.hasOwnProperty.call(message, "cpusNrThrottled"))
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.cpusNrThrottled);
            if (message.cpusThrottledTimeSecs != null && $Object.hasOwnProperty.call(message, "cpusThrottledTimeSecs"))
                writer.uint32(/* id 9, wireType 1 =*/73).double(message.cpusThrottledTimeSecs);
            if (message.memFileBytes != null && $Object.hasOwnProperty.call(message, "memFileBytes"))
                writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.memFileBytes);
            if (message.memAnonBytes != null && $Object.hasOwnProperty.call(message, "memAnonBytes"))
                writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.memAnonBytes);
            if (message.memMappedFileBytes != null && $Object.hasOwnProperty.call(message, "memMappedFileBytes"))
                writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.memMappedFileBytes);
            if (message.netRxPackets != null && $Object.hasOwnProperty.call(message, "netRxPackets"))
                writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.netRxPackets);
            if (message.netRxBytes != null && $Object.hasOwnProperty.call(message, "netRxBytes"))
                writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.netRxBytes);
            if (message.netRxErrors != null && $Object.hasOwnProperty.call(message, "netRxErrors"))
                writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.netRxErrors);
            if (message.netRxDropped != null && $Object.hasOwnProperty.call(message, "netRxDropped"))
                writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.netRxDropped);
            if (message.netTxPackets != null && $Object.hasOwnProperty.call(message, "netTxPackets"))
                writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.netTxPackets);
            if (message.netTxBytes != null && $Object.hasOwnProperty.call(message, "netTxBytes"))
                writer.uint32(/* id 19, wireType 0 =*/152).uint64(message.netTxBytes);
            if (message.netTxErrors != null && $Object.hasOwnProperty.call(message, "netTxErrors"))
                writer.uint32(/* id 20, wireType 0 =*/160).uint64(message.netTxErrors);
            if (message.netTxDropped != null && $Object.hasOwnProperty.call(message, "netTxDropped"))
                writer.uint32(/* id 21, wireType 0 =*/168).uint64(message.netTxDropped);
            if (message.netTcpRttMicrosecsP50 != null && $Object.hasOwnProperty.call(message, "netTcpRttMicrosecsP50"))
                writer.uint32(/* id 22, wireType 1 =*/177).double(message.netTcpRttMicrosecsP50);
            if (message.netTcpRttMicrosecsP90 != null && $Object.hasOwnProperty.call(message, "netTcpRttMicrosecsP90"))
                writer.uint32(/* id 23, wireType 1 =*/185).double(message.netTcpRttMicrosecsP90);
            if (message.netTcpRttMicrosecsP95 != null && $Object.hasOwnProperty.call(message, "netTcpRttMicrosecsP95"))
                writer.uint32(/* id 24, wireType 1 =*/193).double(message.netTcpRttMicrosecsP95);
            if (message.netTcpRttMicrosecsP99 != null && $Object.hasOwnProperty.call(message, "netTcpRttMicrosecsP99"))
                writer.uint32(/* id 25, wireType 1 =*/201).double(message.netTcpRttMicrosecsP99);
            if (message.diskLimitBytes != null && $Object.hasOwnProperty.call(message, "diskLimitBytes"))
                writer.uint32(/* id 26, wireType 0 =*/208).uint64(message.diskLimitBytes);
            if (message.diskUsedBytes != null && $Object.hasOwnProperty.call(message, "diskUsedBytes"))
                writer.uint32(/* id 27, wireType 0 =*/216).uint64(message.diskUsedBytes);
            if (message.netTcpActiveConnections != null && $Object.hasOwnProperty.call(message, "netTcpActiveConnections"))
                writer.uint32(/* id 28, wireType 1 =*/225).double(message.netTcpActiveConnections);
            if (message.netTcpTimeWaitConnections != null && $Object.hasOwnProperty.call(message, "netTcpTimeWaitConnections"))
                writer.uint32(/* id 29, wireType 1 =*/233).double(message.netTcpTimeWaitConnections);
            if (message.processes != null && $Object.hasOwnProperty.call(message, "processes"))
                writer.uint32(/* id 30, wireType 0 =*/240).uint32(message.processes);
            if (message.threads != null && $Object.hasOwnProperty.call(message, "threads"))
                writer.uint32(/* id 31, wireType 0 =*/248).uint32(message.threads);
            if (message.memLowPressureCounter != null && $Object.hasOwnProperty.call(message, "memLowPressureCounter"))
                writer.uint32(/* id 32, wireType 0 =*/256).uint64(message.memLowPressureCounter);
            if (message.memMediumPressureCounter != null && $Object.hasOwnProperty.call(message, "memMediumPressureCounter"))
                writer.uint32(/* id 33, wireType 0 =*/264).uint64(message.memMediumPressureCounter);
            if (message.memCriticalPressureCounter != null && $Object.hasOwnProperty.call(message, "memCriticalPressureCounter"))
                writer.uint32(/* id 34, wireType 0 =*/272).uint64(message.memCriticalPressureCounter);
            if (message.memTotalBytes != null && $Object.hasOwnProperty.call(message, "memTotalBytes"))
                writer.uint32(/* id 36, wireType 0 =*/288).uint64(message.memTotalBytes);
            if (message.memTotalMemswBytes != null && $Object.hasOwnProperty.call(message, "memTotalMemswBytes"))
                writer.uint32(/* id 37, wireType 0 =*/296).uint64(message.memTotalMemswBytes);
            if (message.memSoftLimitBytes != null && $Object.hasOwnProperty.call(message, "memSoftLimitBytes"))
                writer.uint32(/* id 38, wireType 0 =*/304).uint64(message.memSoftLimitBytes);
            if (message.memCacheBytes != null && $Object.hasOwnProperty.call(message, "memCacheBytes"))
                writer.uint32(/* id 39, wireType 0 =*/312).uint64(message.memCacheBytes);
            if (message.memSwapBytes != null && $Object.hasOwnProperty.call(message, "memSwapBytes"))
                writer.uint32(/* id 40, wireType 0 =*/320).uint64(message.memSwapBytes);
            if (message.memUnevictableBytes != null && $Object.hasOwnProperty.call(message, "memUnevictableBytes"))
                writer.uint32(/* id 41, wireType 0 =*/328).uint64(message.memUnevictableBytes);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ResourceStatistics message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.ResourceStatistics
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.ResourceStatistics & mesos.ResourceStatistics.$Shape} ResourceStatistics
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ResourceStatistics.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.mesos.ResourceStatistics();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 1)
                            break;
                        message.timestamp = reader.double();
                        continue;
                    }
                case 30: {
                        if (wireType !== 0)
                            break;
                        message.processes = reader.uint32();
                        continue;
                    }
                case 31: {
                        if (wireType !== 0)
                            break;
                        message.threads = reader.uint32();
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        message.cpusUserTimeSecs = reader.double();
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        message.cpusSystemTimeSecs = reader.double();
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        message.cpusLimit = reader.double();
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        message.cpusNrPeriods = reader.uint32();
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        message.cpusNrThrottled = reader.uint32();
                        continue;
                    }
                case 9: {
                        if (wireType !== 1)
                            break;
                        message.cpusThrottledTimeSecs = reader.double();
                        continue;
                    }
                case 36: {
                        if (wireType !== 0)
                            break;
                        message.memTotalBytes = reader.uint64();
                        continue;
                    }
                case 37: {
                        if (wireType !== 0)
                            break;
                        message.memTotalMemswBytes = reader.uint64();
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.memLimitBytes = reader.uint64();
                        continue;
                    }
                case 38: {
                        if (wireType !== 0)
                            break;
                        message.memSoftLimitBytes = reader.uint64();
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        message.memFileBytes = reader.uint64();
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        message.memAnonBytes = reader.uint64();
                        continue;
                    }
                case 39: {
                        if (wireType !== 0)
                            break;
                        message.memCacheBytes = reader.uint64();
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.memRssBytes = reader.uint64();
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        message.memMappedFileBytes = reader.uint64();
                        continue;
                    }
                case 40: {
                        if (wireType !== 0)
                            break;
                        message.memSwapBytes = reader.uint64();
                        continue;
                    }
                case 41: {
                        if (wireType !== 0)
                            break;
                        message.memUnevictableBytes = reader.uint64();
                        continue;
                    }
                case 32: {
                        if (wireType !== 0)
                            break;
                        message.memLowPressureCounter = reader.uint64();
                        continue;
                    }
                case 33: {
                        if (wireType !== 0)
                            break;
                        message.memMediumPressureCounter = reader.uint64();
                        continue;
                    }
                case 34: {
                        if (wireType !== 0)
                            break;
                        message.memCriticalPressureCounter = reader.uint64();
                        continue;
                    }
                case 26: {
                        if (wireType !== 0)
                            break;
                        message.diskLimitBytes = reader.uint64();
                        continue;
                    }
                case 27: {
                        if (wireType !== 0)
                            break;
                        message.diskUsedBytes = reader.uint64();
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        message.netRxPackets = reader.uint64();
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        message.netRxBytes = reader.uint64();
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        message.netRxErrors = reader.uint64();
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        message.netRxDropped = reader.uint64();
                        continue;
                    }
                case 18: {
                        if (wireType !== 0)
                            break;
                        message.netTxPackets = reader.uint64();
                        continue;
                    }
                case 19: {
                        if (wireType !== 0)
                            break;
                        message.netTxBytes = reader.uint64();
                        continue;
                    }
                case 20: {
                        if (wireType !== 0)
                            break;
                        message.netTxErrors = reader.uint64();
                        continue;
                    }
                case 21: {
                        if (wireType !== 0)
                            break;
                        message.netTxDropped = reader.uint64();
                        continue;
                    }
                case 22: {
                        if (wireType !== 1)
                            break;
                        message.netTcpRttMicrosecsP50 = reader.double();
                        continue;
                    }
                case 23: {
                        if (wireType !== 1)
                            break;
                        message.netTcpRttMicrosecsP90 = reader.double();
                        continue;
                    }
                case 24: {
                        if (wireType !== 1)
                            break;
                        message.netTcpRttMicrosecsP95 = reader.double();
                        continue;
                    }
                case 25: {
                        if (wireType !== 1)
                            break;
                        message.netTcpRttMicrosecsP99 = reader.double();
                        continue;
                    }
                case 28: {
                        if (wireType !== 1)
                            break;
                        message.netTcpActiveConnections = reader.double();
                        continue;
                    }
                case 29: {
                        if (wireType !== 1)
                            break;
                        message.netTcpTimeWaitConnections = reader.double();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(message, "timestamp"))
                throw $util.ProtocolError("missing required 'timestamp'", { instance: message });
            return message;
        };

        /**
         * Verifies a ResourceStatistics message.
         * @function verify
         * @memberof mesos.ResourceStatistics
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ResourceStatistics.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (typeof message.timestamp !== "number")
                return "timestamp: number expected";
            if (message.processes != null && $Object.hasOwnProperty.call(message, "processes"))
                if (!$util.isInteger(message.processes))
                    return "processes: integer expected";
            if (message.threads != null && $Object.hasOwnProperty.call(message, "threads"))
                if (!$util.isInteger(message.threads))
                    return "threads: integer expected";
            if (message.cpusUserTimeSecs != null && $Object.hasOwnProperty.call(message, "cpusUserTimeSecs"))
                if (typeof message.cpusUserTimeSecs !== "number")
                    return "cpusUserTimeSecs: number expected";
            if (message.cpusSystemTimeSecs != null && $Object.hasOwnProperty.call(message, "cpusSystemTimeSecs"))
                if (typeof message.cpusSystemTimeSecs !== "number")
                    return "cpusSystemTimeSecs: number expected";
            if (message.cpusLimit != null && $Object.hasOwnProperty.call(message, "cpusLimit"))
                if (typeof message.cpusLimit !== "number")
                    return "cpusLimit: number expected";
            if (message.cpusNrPeriods != null && $Object.hasOwnProperty.call(message, "cpusNrPeriods"))
                if (!$util.isInteger(message.cpusNrPeriods))
                    return "cpusNrPeriods: integer expected";
            if (message.cpusNrThrottled != null && $Object.hasOwnProperty.call(message, "cpusNrThrottled"))
                if (!$util.isInteger(message.cpusNrThrottled))
                    return "cpusNrThrottled: integer expected";
            if (message.cpusThrottledTimeSecs != null && $Object.hasOwnProperty.call(message, "cpusThrottledTimeSecs"))
                if (typeof message.cpusThrottledTimeSecs !== "number")
                    return "cpusThrottledTimeSecs: number expected";
            if (message.memTotalBytes != null && $Object.hasOwnProperty.call(message, "memTotalBytes"))
                if (!$util.isInteger(message.memTotalBytes) && !(message.memTotalBytes && $util.isInteger(message.memTotalBytes.low) && $util.isInteger(message.memTotalBytes.high)))
                    return "memTotalBytes: integer|Long expected";
            if (message.memTotalMemswBytes != null && $Object.hasOwnProperty.call(message, "memTotalMemswBytes"))
                if (!$util.isInteger(message.memTotalMemswBytes) && !(message.memTotalMemswBytes && $util.isInteger(message.memTotalMemswBytes.low) && $util.isInteger(message.memTotalMemswBytes.high)))
                    return "memTotalMemswBytes: integer|Long expected";
            if (message.memLimitBytes != null && $Object.hasOwnProperty.call(message, "memLimitBytes"))
                if (!$util.isInteger(message.memLimitBytes) && !(message.memLimitBytes && $util.isInteger(message.memLimitBytes.low) && $util.isInteger(message.memLimitBytes.high)))
                    return "memLimitBytes: integer|Long expected";
            if (message.memSoftLimitBytes != null && $Object.hasOwnProperty.call(message, "memSoftLimitBytes"))
                if (!$util.isInteger(message.memSoftLimitBytes) && !(message.memSoftLimitBytes && $util.isInteger(message.memSoftLimitBytes.low) && $util.isInteger(message.memSoftLimitBytes.high)))
                    return "memSoftLimitBytes: integer|Long expected";
            if (message.memFileBytes != null && $Object.hasOwnProperty.call(message, "memFileBytes"))
                if (!$util.isInteger(message.memFileBytes) && !(message.memFileBytes && $util.isInteger(message.memFileBytes.low) && $util.isInteger(message.memFileBytes.high)))
                    return "memFileBytes: integer|Long expected";
            if (message.memAnonBytes != null && $Object.hasOwnProperty.call(message, "memAnonBytes"))
                if (!$util.isInteger(message.memAnonBytes) && !(message.memAnonBytes && $util.isInteger(message.memAnonBytes.low) && $util.isInteger(message.memAnonBytes.high)))
                    return "memAnonBytes: integer|Long expected";
            if (message.memCacheBytes != null && $Object.hasOwnProperty.call(message, "memCacheBytes"))
                if (!$util.isInteger(message.memCacheBytes) && !(message.memCacheBytes && $util.isInteger(message.memCacheBytes.low) && $util.isInteger(message.memCacheBytes.high)))
                    return "memCacheBytes: integer|Long expected";
            if (message.memRssBytes != null && $Object.hasOwnProperty.call(message, "memRssBytes"))
                if (!$util.isInteger(message.memRssBytes) && !(message.memRssBytes && $util.isInteger(message.memRssBytes.low) && $util.isInteger(message.memRssBytes.high)))
                    return "memRssBytes: integer|Long expected";
            if (message.memMappedFileBytes != null && $Object.hasOwnProperty.call(message, "memMappedFileBytes"))
                if (!$util.isInteger(message.memMappedFileBytes) && !(message.memMappedFileBytes && $util.isInteger(message.memMappedFileBytes.low) && $util.isInteger(message.memMappedFileBytes.high)))
                    return "memMappedFileBytes: integer|Long expected";
            if (message.memSwapBytes != null && $Object.hasOwnProperty.call(message, "memSwapBytes"))
                if (!$util.isInteger(message.memSwapBytes) && !(message.memSwapBytes && $util.isInteger(message.memSwapBytes.low) && $util.isInteger(message.memSwapBytes.high)))
                    return "memSwapBytes: integer|Long expected";
            if (message.memUnevictableBytes != null && $Object.hasOwnProperty.call(message, "memUnevictableBytes"))
                if (!$util.isInteger(message.memUnevictableBytes) && !(message.memUnevictableBytes && $util.isInteger(message.memUnevictableBytes.low) && $util.isInteger(message.memUnevictableBytes.high)))
                    return "memUnevictableBytes: integer|Long expected";
            if (message.memLowPressureCounter != null && $Object.hasOwnProperty.call(message, "memLowPressureCounter"))
                if (!$util.isInteger(message.memLowPressureCounter) && !(message.memLowPressureCounter && $util.isInteger(message.memLowPressureCounter.low) && $util.isInteger(message.memLowPressureCounter.high)))
                    return "memLowPressureCounter: integer|Long expected";
            if (message.memMediumPressureCounter != null && $Object.hasOwnProperty.call(message, "memMediumPressureCounter"))
                if (!$util.isInteger(message.memMediumPressureCounter) && !(message.memMediumPressureCounter && $util.isInteger(message.memMediumPressureCounter.low) && $util.isInteger(message.memMediumPressureCounter.high)))
                    return "memMediumPressureCounter: integer|Long expected";
            if (message.memCriticalPressureCounter != null && $Object.hasOwnProperty.call(message, "memCriticalPressureCounter"))
                if (!$util.isInteger(message.memCriticalPressureCounter) && !(message.memCriticalPressureCounter && $util.isInteger(message.memCriticalPressureCounter.low) && $util.isInteger(message.memCriticalPressureCounter.high)))
                    return "memCriticalPressureCounter: integer|Long expected";
            if (message.diskLimitBytes != null && $Object.hasOwnProperty.call(message, "diskLimitBytes"))
                if (!$util.isInteger(message.diskLimitBytes) && !(message.diskLimitBytes && $util.isInteger(message.diskLimitBytes.low) && $util.isInteger(message.diskLimitBytes.high)))
                    return "diskLimitBytes: integer|Long expected";
            if (message.diskUsedBytes != null && $Object.hasOwnProperty.call(message, "diskUsedBytes"))
                if (!$util.isInteger(message.diskUsedBytes) && !(message.diskUsedBytes && $util.isInteger(message.diskUsedBytes.low) && $util.isInteger(message.diskUsedBytes.high)))
                    return "diskUsedBytes: integer|Long expected";
            if (message.netRxPackets != null && $Object.hasOwnProperty.call(message, "netRxPackets"))
                if (!$util.isInteger(message.netRxPackets) && !(message.netRxPackets && $util.isInteger(message.netRxPackets.low) && $util.isInteger(message.netRxPackets.high)))
                    return "netRxPackets: integer|Long expected";
            if (message.netRxBytes != null && $Object.hasOwnProperty.call(message, "netRxBytes"))
                if (!$util.isInteger(message.netRxBytes) && !(message.netRxBytes && $util.isInteger(message.netRxBytes.low) && $util.isInteger(message.netRxBytes.high)))
                    return "netRxBytes: integer|Long expected";
            if (message.netRxErrors != null && $Object.hasOwnProperty.call(message, "netRxErrors"))
                if (!$util.isInteger(message.netRxErrors) && !(message.netRxErrors && $util.isInteger(message.netRxErrors.low) && $util.isInteger(message.netRxErrors.high)))
                    return "netRxErrors: integer|Long expected";
            if (message.netRxDropped != null && $Object.hasOwnProperty.call(message, "netRxDropped"))
                if (!$util.isInteger(message.netRxDropped) && !(message.netRxDropped && $util.isInteger(message.netRxDropped.low) && $util.isInteger(message.netRxDropped.high)))
                    return "netRxDropped: integer|Long expected";
            if (message.netTxPackets != null && $Object.hasOwnProperty.call(message, "netTxPackets"))
                if (!$util.isInteger(message.netTxPackets) && !(message.netTxPackets && $util.isInteger(message.netTxPackets.low) && $util.isInteger(message.netTxPackets.high)))
                    return "netTxPackets: integer|Long expected";
            if (message.netTxBytes != null && $Object.hasOwnProperty.call(message, "netTxBytes"))
                if (!$util.isInteger(message.netTxBytes) && !(message.netTxBytes && $util.isInteger(message.netTxBytes.low) && $util.isInteger(message.netTxBytes.high)))
                    return "netTxBytes: integer|Long expected";
            if (message.netTxErrors != null && $Object.hasOwnProperty.call(message, "netTxErrors"))
                if (!$util.isInteger(message.netTxErrors) && !(message.netTxErrors && $util.isInteger(message.netTxErrors.low) && $util.isInteger(message.netTxErrors.high)))
                    return "netTxErrors: integer|Long expected";
            if (message.netTxDropped != null && $Object.hasOwnProperty.call(message, "netTxDropped"))
                if (!$util.isInteger(message.netTxDropped) && !(message.netTxDropped && $util.isInteger(message.netTxDropped.low) && $util.isInteger(message.netTxDropped.high)))
                    return "netTxDropped: integer|Long expected";
            if (message.netTcpRttMicrosecsP50 != null && $Object.hasOwnProperty.call(message, "netTcpRttMicrosecsP50"))
                if (typeof message.netTcpRttMicrosecsP50 !== "number")
                    return "netTcpRttMicrosecsP50: number expected";
            if (message.netTcpRttMicrosecsP90 != null && $Object.hasOwnProperty.call(message, "netTcpRttMicrosecsP90"))
                if (typeof message.netTcpRttMicrosecsP90 !== "number")
                    return "netTcpRttMicrosecsP90: number expected";
            if (message.netTcpRttMicrosecsP95 != null && $Object.hasOwnProperty.call(message, "netTcpRttMicrosecsP95"))
                if (typeof message.netTcpRttMicrosecsP95 !== "number")
                    return "netTcpRttMicrosecsP95: number expected";
            if (message.netTcpRttMicrosecsP99 != null && $Object.hasOwnProperty.call(message, "netTcpRttMicrosecsP99"))
                if (typeof message.netTcpRttMicrosecsP99 !== "number")
                    return "netTcpRttMicrosecsP99: number expected";
            if (message.netTcpActiveConnections != null && $Object.hasOwnProperty.call(message, "netTcpActiveConnections"))
                if (typeof message.netTcpActiveConnections !== "number")
                    return "netTcpActiveConnections: number expected";
            if (message.netTcpTimeWaitConnections != null && $Object.hasOwnProperty.call(message, "netTcpTimeWaitConnections"))
                if (typeof message.netTcpTimeWaitConnections !== "number")
                    return "netTcpTimeWaitConnections: number expected";
            return null;
        };

        return ResourceStatistics;
    })();

    mesos.containerizer = (function() {

        /**
         * Namespace containerizer.
         * @memberof mesos
         * @namespace
         */
        var containerizer = {};

        containerizer.Containers = (function() {

            /**
             * Properties of a Containers.
             * @typedef {Object} mesos.containerizer.Containers.$Properties
             * @property {Array.<mesos.ContainerID.$Properties>|null} [containers] Containers containers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Containers.
             * @memberof mesos.containerizer
             * @interface IContainers
             * @augments mesos.containerizer.Containers.$Properties
             * @deprecated Use mesos.containerizer.Containers.$Properties instead.
             */

            /**
             * Shape of a Containers.
             * @typedef {mesos.containerizer.Containers.$Properties} mesos.containerizer.Containers.$Shape
             */

            /**
             * Constructs a new Containers.
             * @memberof mesos.containerizer
             * @classdesc Represents a Containers.
             * @constructor
             * @param {mesos.containerizer.Containers.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Containers = function (properties) {
                this.containers = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Containers containers.
             * @member {Array.<mesos.ContainerID.$Properties>} containers
             * @memberof mesos.containerizer.Containers
             * @instance
             */
            Containers.prototype.containers = $util.emptyArray;

            /**
             * Creates a new Containers instance using the specified properties.
             * @function create
             * @memberof mesos.containerizer.Containers
             * @static
             * @param {mesos.containerizer.Containers.$Properties=} [properties] Properties to set
             * @returns {mesos.containerizer.Containers} Containers instance
             * @type {{
             *   (properties: mesos.containerizer.Containers.$Shape): mesos.containerizer.Containers & mesos.containerizer.Containers.$Shape;
             *   (properties?: mesos.containerizer.Containers.$Properties): mesos.containerizer.Containers;
             * }}
             */
            Containers.create = function(properties) {
                return new Containers(properties);
            };

            /**
             * Encodes the specified Containers message. Does not implicitly {@link mesos.containerizer.Containers.verify|verify} messages.
             * @function encode
             * @memberof mesos.containerizer.Containers
             * @static
             * @param {mesos.containerizer.Containers.$Properties} message Containers message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Containers.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containers != null && message.containers.length)
                    for (var i = 0; i < message.containers.length; ++i)
                        $root.mesos.ContainerID.encode(message.containers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Containers message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.containerizer.Containers
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.containerizer.Containers & mesos.containerizer.Containers.$Shape} Containers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Containers.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.containerizer.Containers();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.containers && message.containers.length))
                                message.containers = [];
                            message.containers.push($root.mesos.ContainerID.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Containers message.
             * @function verify
             * @memberof mesos.containerizer.Containers
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Containers.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.containers != null && $Object.hasOwnProperty.call(message, "containers")) {
                    if (!$Array.isArray(message.containers))
                        return "containers: array expected";
                    for (var i = 0; i < message.containers.length; ++i) {
                        var error = $root.mesos.ContainerID.verify(message.containers[i], _depth + 1);
                        if (error)
                            return "containers." + error;
                    }
                }
                return null;
            };

            return Containers;
        })();

        containerizer.Usage = (function() {

            /**
             * Properties of a Usage.
             * @typedef {Object} mesos.containerizer.Usage.$Properties
             * @property {mesos.ContainerID.$Properties} containerId Usage containerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Usage.
             * @memberof mesos.containerizer
             * @interface IUsage
             * @augments mesos.containerizer.Usage.$Properties
             * @deprecated Use mesos.containerizer.Usage.$Properties instead.
             */

            /**
             * Shape of a Usage.
             * @typedef {mesos.containerizer.Usage.$Properties} mesos.containerizer.Usage.$Shape
             */

            /**
             * Constructs a new Usage.
             * @memberof mesos.containerizer
             * @classdesc Represents a Usage.
             * @constructor
             * @param {mesos.containerizer.Usage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Usage = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Usage containerId.
             * @member {mesos.ContainerID.$Properties} containerId
             * @memberof mesos.containerizer.Usage
             * @instance
             */
            Usage.prototype.containerId = null;

            /**
             * Creates a new Usage instance using the specified properties.
             * @function create
             * @memberof mesos.containerizer.Usage
             * @static
             * @param {mesos.containerizer.Usage.$Properties=} [properties] Properties to set
             * @returns {mesos.containerizer.Usage} Usage instance
             * @type {{
             *   (properties: mesos.containerizer.Usage.$Shape): mesos.containerizer.Usage & mesos.containerizer.Usage.$Shape;
             *   (properties?: mesos.containerizer.Usage.$Properties): mesos.containerizer.Usage;
             * }}
             */
            Usage.create = function(properties) {
                return new Usage(properties);
            };

            /**
             * Encodes the specified Usage message. Does not implicitly {@link mesos.containerizer.Usage.verify|verify} messages.
             * @function encode
             * @memberof mesos.containerizer.Usage
             * @static
             * @param {mesos.containerizer.Usage.$Properties} message Usage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Usage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.mesos.ContainerID.encode(message.containerId, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Usage message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.containerizer.Usage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.containerizer.Usage & mesos.containerizer.Usage.$Shape} Usage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Usage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.containerizer.Usage();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.containerId = $root.mesos.ContainerID.decode(reader, reader.size(), $undefined, _depth + 1, message.containerId);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "containerId"))
                    throw $util.ProtocolError("missing required 'containerId'", { instance: message });
                return message;
            };

            /**
             * Verifies a Usage message.
             * @function verify
             * @memberof mesos.containerizer.Usage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Usage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                {
                    var error = $root.mesos.ContainerID.verify(message.containerId, _depth + 1);
                    if (error)
                        return "containerId." + error;
                }
                return null;
            };

            return Usage;
        })();

        return containerizer;
    })();

    return mesos;
})();

module.exports = $root;
