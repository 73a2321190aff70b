/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.mesos = (function() {

    /**
     * Namespace mesos.
     * @exports mesos
     * @namespace
     */
    var mesos = {};

    mesos.containerizer = (function() {

        /**
         * Namespace containerizer.
         * @memberof mesos
         * @namespace
         */
        var containerizer = {};

        containerizer.Launch = (function() {

            /**
             * Properties of a Launch.
             * @typedef {Object} mesos.containerizer.Launch.$Properties
             * @property {mesos.ContainerID.$Properties} containerId Launch containerId
             * @property {mesos.TaskInfo.$Properties|null} [taskInfo] Launch taskInfo
             * @property {mesos.ExecutorInfo.$Properties|null} [executorInfo] Launch executorInfo
             * @property {string|null} [directory] Launch directory
             * @property {string|null} [user] Launch user
             * @property {mesos.SlaveID.$Properties|null} [slaveId] Launch slaveId
             * @property {string|null} [slavePid] Launch slavePid
             * @property {boolean|null} [checkpoint] Launch checkpoint
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Launch.
             * @memberof mesos.containerizer
             * @interface ILaunch
             * @augments mesos.containerizer.Launch.$Properties
             * @deprecated Use mesos.containerizer.Launch.$Properties instead.
             */

            /**
             * Shape of a Launch.
             * @typedef {mesos.containerizer.Launch.$Properties} mesos.containerizer.Launch.$Shape
             */

            /**
             * Constructs a new Launch.
             * @memberof mesos.containerizer
             * @classdesc Represents a Launch.
             * @constructor
             * @param {mesos.containerizer.Launch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Launch = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Launch containerId.
             * @member {mesos.ContainerID.$Properties} containerId
             * @memberof mesos.containerizer.Launch
             * @instance
             */
            Launch.prototype.containerId = null;

            /**
             * Launch taskInfo.
             * @member {mesos.TaskInfo.$Properties|null|undefined} taskInfo
             * @memberof mesos.containerizer.Launch
             * @instance
             */
            Launch.prototype.taskInfo = null;

            /**
             * Launch executorInfo.
             * @member {mesos.ExecutorInfo.$Properties|null|undefined} executorInfo
             * @memberof mesos.containerizer.Launch
             * @instance
             */
            Launch.prototype.executorInfo = null;

            /**
             * Launch directory.
             * @member {string} directory
             * @memberof mesos.containerizer.Launch
             * @instance
             */
            Launch.prototype.directory = "";

            /**
             * Launch user.
             * @member {string} user
             * @memberof mesos.containerizer.Launch
             * @instance
             */
            Launch.prototype.user = "";

            /**
             * Launch slaveId.
             * @member {mesos.SlaveID.$Properties|null|undefined} slaveId
             * @memberof mesos.containerizer.Launch
             * @instance
             */
            Launch.prototype.slaveId = null;

            /**
             * Launch slavePid.
             * @member {string} slavePid
             * @memberof mesos.containerizer.Launch
             * @instance
             */
            Launch.prototype.slavePid = "";

            /**
             * Launch checkpoint.
             * @member {boolean} checkpoint
             * @memberof mesos.containerizer.Launch
             * @instance
             */
            Launch.prototype.checkpoint = false;

            /**
             * Creates a new Launch instance using the specified properties.
             * @function create
             * @memberof mesos.containerizer.Launch
             * @static
             * @param {mesos.containerizer.Launch.$Properties=} [properties] Properties to set
             * @returns {mesos.containerizer.Launch} Launch instance
             * @type {{
             *   (properties: mesos.containerizer.Launch.$Shape): mesos.containerizer.Launch & mesos.containerizer.Launch.$Shape;
             *   (properties?: mesos.containerizer.Launch.$Properties): mesos.containerizer.Launch;
             * }}
             */
            Launch.create = function(properties) {
                return new Launch(properties);
            };

            /**
             * Encodes the specified Launch message. Does not implicitly {@link mesos.containerizer.Launch.verify|verify} messages.
             * @function encode
             * @memberof mesos.containerizer.Launch
             * @static
             * @param {mesos.containerizer.Launch.$Properties} message Launch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Launch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.mesos.ContainerID.encode(message.containerId, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.taskInfo != null && $Object.hasOwnProperty.call(message, "taskInfo"))
                    $root.mesos.TaskInfo.encode(message.taskInfo, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.executorInfo != null && $Object.hasOwnProperty.call(message, "executorInfo"))
                    $root.mesos.ExecutorInfo.encode(message.executorInfo, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.directory != null && $Object.hasOwnProperty.call(message, "directory"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.directory);
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.user);
                if (message.slaveId != null && $Object.hasOwnProperty.call(message, "slaveId"))
                    $root.mesos.SlaveID.encode(message.slaveId, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.slavePid != null && $Object.hasOwnProperty.call(message, "slavePid"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.slavePid);
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.checkpoint);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Launch message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.containerizer.Launch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.containerizer.Launch & mesos.containerizer.Launch.$Shape} Launch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Launch.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.mesos.containerizer.Launch();
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
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.taskInfo = $root.mesos.TaskInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.taskInfo);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.executorInfo = $root.mesos.ExecutorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.executorInfo);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.directory = reader.string();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.user = reader.string();
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.slaveId = $root.mesos.SlaveID.decode(reader, reader.size(), $undefined, _depth + 1, message.slaveId);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.slavePid = reader.string();
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.checkpoint = reader.bool();
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
             * Verifies a Launch message.
             * @function verify
             * @memberof mesos.containerizer.Launch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Launch.verify = function (message, _depth) {
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
                if (message.taskInfo != null && $Object.hasOwnProperty.call(message, "taskInfo")) {
                    var error = $root.mesos.TaskInfo.verify(message.taskInfo, _depth + 1);
                    if (error)
                        return "taskInfo." + error;
                }
                if (message.executorInfo != null && $Object.hasOwnProperty.call(message, "executorInfo")) {
                    var error = $root.mesos.ExecutorInfo.verify(message.executorInfo, _depth + 1);
                    if (error)
                        return "executorInfo." + error;
                }
                if (message.directory != null && $Object.hasOwnProperty.call(message, "directory"))
                    if (!$util.isString(message.directory))
                        return "directory: string expected";
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    if (!$util.isString(message.user))
                        return "user: string expected";
                if (message.slaveId != null && $Object.hasOwnProperty.call(message, "slaveId")) {
                    var error = $root.mesos.SlaveID.verify(message.slaveId, _depth + 1);
                    if (error)
                        return "slaveId." + error;
                }
                if (message.slavePid != null && $Object.hasOwnProperty.call(message, "slavePid"))
                    if (!$util.isString(message.slavePid))
                        return "slavePid: string expected";
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    if (typeof message.checkpoint !== "boolean")
                        return "checkpoint: boolean expected";
                return null;
            };

            /**
             * Creates a Launch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.containerizer.Launch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.containerizer.Launch} Launch
             */
            Launch.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.containerizer.Launch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.containerizer.Launch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.containerizer.Launch();
                if (object.containerId != null) {
                    if (!$util.isObject(object.containerId))
                        throw $TypeError(".mesos.containerizer.Launch.containerId: object expected");
                    message.containerId = $root.mesos.ContainerID.fromObject(object.containerId, _depth + 1);
                }
                if (object.taskInfo != null) {
                    if (!$util.isObject(object.taskInfo))
                        throw $TypeError(".mesos.containerizer.Launch.taskInfo: object expected");
                    message.taskInfo = $root.mesos.TaskInfo.fromObject(object.taskInfo, _depth + 1);
                }
                if (object.executorInfo != null) {
                    if (!$util.isObject(object.executorInfo))
                        throw $TypeError(".mesos.containerizer.Launch.executorInfo: object expected");
                    message.executorInfo = $root.mesos.ExecutorInfo.fromObject(object.executorInfo, _depth + 1);
                }
                if (object.directory != null)
                    message.directory = $String(object.directory);
                if (object.user != null)
                    message.user = $String(object.user);
                if (object.slaveId != null) {
                    if (!$util.isObject(object.slaveId))
                        throw $TypeError(".mesos.containerizer.Launch.slaveId: object expected");
                    message.slaveId = $root.mesos.SlaveID.fromObject(object.slaveId, _depth + 1);
                }
                if (object.slavePid != null)
                    message.slavePid = $String(object.slavePid);
                if (object.checkpoint != null)
                    message.checkpoint = $Boolean(object.checkpoint);
                return message;
            };

            /**
             * Creates a plain object from a Launch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.containerizer.Launch
             * @static
             * @param {mesos.containerizer.Launch} message Launch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Launch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.containerId = null;
                    object.taskInfo = null;
                    object.executorInfo = null;
                    object.directory = "";
                    object.user = "";
                    object.slaveId = null;
                    object.slavePid = "";
                    object.checkpoint = false;
                }
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = $root.mesos.ContainerID.toObject(message.containerId, options, _depth + 1);
                if (message.taskInfo != null && $Object.hasOwnProperty.call(message, "taskInfo"))
                    object.taskInfo = $root.mesos.TaskInfo.toObject(message.taskInfo, options, _depth + 1);
                if (message.executorInfo != null && $Object.hasOwnProperty.call(message, "executorInfo"))
                    object.executorInfo = $root.mesos.ExecutorInfo.toObject(message.executorInfo, options, _depth + 1);
                if (message.directory != null && $Object.hasOwnProperty.call(message, "directory"))
                    object.directory = message.directory;
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                if (message.slaveId != null && $Object.hasOwnProperty.call(message, "slaveId"))
                    object.slaveId = $root.mesos.SlaveID.toObject(message.slaveId, options, _depth + 1);
                if (message.slavePid != null && $Object.hasOwnProperty.call(message, "slavePid"))
                    object.slavePid = message.slavePid;
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    object.checkpoint = message.checkpoint;
                return object;
            };

            /**
             * Converts this Launch to JSON.
             * @function toJSON
             * @memberof mesos.containerizer.Launch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Launch.prototype.toJSON = function() {
                return Launch.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Launch;
        })();

        containerizer.Update = (function() {

            /**
             * Properties of an Update.
             * @typedef {Object} mesos.containerizer.Update.$Properties
             * @property {mesos.ContainerID.$Properties} containerId Update containerId
             * @property {Array.<mesos.Resource.$Properties>|null} [resources] Update resources
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Update.
             * @memberof mesos.containerizer
             * @interface IUpdate
             * @augments mesos.containerizer.Update.$Properties
             * @deprecated Use mesos.containerizer.Update.$Properties instead.
             */

            /**
             * Shape of an Update.
             * @typedef {mesos.containerizer.Update.$Properties} mesos.containerizer.Update.$Shape
             */

            /**
             * Constructs a new Update.
             * @memberof mesos.containerizer
             * @classdesc Represents an Update.
             * @constructor
             * @param {mesos.containerizer.Update.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Update = function (properties) {
                this.resources = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Update containerId.
             * @member {mesos.ContainerID.$Properties} containerId
             * @memberof mesos.containerizer.Update
             * @instance
             */
            Update.prototype.containerId = null;

            /**
             * Update resources.
             * @member {Array.<mesos.Resource.$Properties>} resources
             * @memberof mesos.containerizer.Update
             * @instance
             */
            Update.prototype.resources = $util.emptyArray;

            /**
             * Creates a new Update instance using the specified properties.
             * @function create
             * @memberof mesos.containerizer.Update
             * @static
             * @param {mesos.containerizer.Update.$Properties=} [properties] Properties to set
             * @returns {mesos.containerizer.Update} Update instance
             * @type {{
             *   (properties: mesos.containerizer.Update.$Shape): mesos.containerizer.Update & mesos.containerizer.Update.$Shape;
             *   (properties?: mesos.containerizer.Update.$Properties): mesos.containerizer.Update;
             * }}
             */
            Update.create = function(properties) {
                return new Update(properties);
            };

            /**
             * Encodes the specified Update message. Does not implicitly {@link mesos.containerizer.Update.verify|verify} messages.
             * @function encode
             * @memberof mesos.containerizer.Update
             * @static
             * @param {mesos.containerizer.Update.$Properties} message Update message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Update.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.mesos.ContainerID.encode(message.containerId, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.resources != null && message.resources.length)
                    for (var i = 0; i < message.resources.length; ++i)
                        $root.mesos.Resource.encode(message.resources[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Update message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.containerizer.Update
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.containerizer.Update & mesos.containerizer.Update.$Shape} Update
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Update.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.mesos.containerizer.Update();
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
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.mesos.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Verifies an Update message.
             * @function verify
             * @memberof mesos.containerizer.Update
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Update.verify = function (message, _depth) {
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
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources")) {
                    if (!$Array.isArray(message.resources))
                        return "resources: array expected";
                    for (var i = 0; i < message.resources.length; ++i) {
                        var error = $root.mesos.Resource.verify(message.resources[i], _depth + 1);
                        if (error)
                            return "resources." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Update message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.containerizer.Update
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.containerizer.Update} Update
             */
            Update.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.containerizer.Update)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.containerizer.Update: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.containerizer.Update();
                if (object.containerId != null) {
                    if (!$util.isObject(object.containerId))
                        throw $TypeError(".mesos.containerizer.Update.containerId: object expected");
                    message.containerId = $root.mesos.ContainerID.fromObject(object.containerId, _depth + 1);
                }
                if (object.resources) {
                    if (!$Array.isArray(object.resources))
                        throw $TypeError(".mesos.containerizer.Update.resources: array expected");
                    message.resources = $Array(object.resources.length);
                    for (var i = 0; i < object.resources.length; ++i) {
                        if (!$util.isObject(object.resources[i]))
                            throw $TypeError(".mesos.containerizer.Update.resources: object expected");
                        message.resources[i] = $root.mesos.Resource.fromObject(object.resources[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an Update message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.containerizer.Update
             * @static
             * @param {mesos.containerizer.Update} message Update
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Update.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.resources = [];
                if (options.defaults)
                    object.containerId = null;
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = $root.mesos.ContainerID.toObject(message.containerId, options, _depth + 1);
                if (message.resources && message.resources.length) {
                    object.resources = $Array(message.resources.length);
                    for (var j = 0; j < message.resources.length; ++j)
                        object.resources[j] = $root.mesos.Resource.toObject(message.resources[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Update to JSON.
             * @function toJSON
             * @memberof mesos.containerizer.Update
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Update.prototype.toJSON = function() {
                return Update.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Update;
        })();

        containerizer.Wait = (function() {

            /**
             * Properties of a Wait.
             * @typedef {Object} mesos.containerizer.Wait.$Properties
             * @property {mesos.ContainerID.$Properties} containerId Wait containerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Wait.
             * @memberof mesos.containerizer
             * @interface IWait
             * @augments mesos.containerizer.Wait.$Properties
             * @deprecated Use mesos.containerizer.Wait.$Properties instead.
             */

            /**
             * Shape of a Wait.
             * @typedef {mesos.containerizer.Wait.$Properties} mesos.containerizer.Wait.$Shape
             */

            /**
             * Constructs a new Wait.
             * @memberof mesos.containerizer
             * @classdesc Represents a Wait.
             * @constructor
             * @param {mesos.containerizer.Wait.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Wait = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Wait containerId.
             * @member {mesos.ContainerID.$Properties} containerId
             * @memberof mesos.containerizer.Wait
             * @instance
             */
            Wait.prototype.containerId = null;

            /**
             * Creates a new Wait instance using the specified properties.
             * @function create
             * @memberof mesos.containerizer.Wait
             * @static
             * @param {mesos.containerizer.Wait.$Properties=} [properties] Properties to set
             * @returns {mesos.containerizer.Wait} Wait instance
             * @type {{
             *   (properties: mesos.containerizer.Wait.$Shape): mesos.containerizer.Wait & mesos.containerizer.Wait.$Shape;
             *   (properties?: mesos.containerizer.Wait.$Properties): mesos.containerizer.Wait;
             * }}
             */
            Wait.create = function(properties) {
                return new Wait(properties);
            };

            /**
             * Encodes the specified Wait message. Does not implicitly {@link mesos.containerizer.Wait.verify|verify} messages.
             * @function encode
             * @memberof mesos.containerizer.Wait
             * @static
             * @param {mesos.containerizer.Wait.$Properties} message Wait message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Wait.encode = function (message, writer, _depth) {
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
             * Decodes a Wait message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.containerizer.Wait
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.containerizer.Wait & mesos.containerizer.Wait.$Shape} Wait
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Wait.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.mesos.containerizer.Wait();
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
             * Verifies a Wait message.
             * @function verify
             * @memberof mesos.containerizer.Wait
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Wait.verify = function (message, _depth) {
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

            /**
             * Creates a Wait message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.containerizer.Wait
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.containerizer.Wait} Wait
             */
            Wait.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.containerizer.Wait)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.containerizer.Wait: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.containerizer.Wait();
                if (object.containerId != null) {
                    if (!$util.isObject(object.containerId))
                        throw $TypeError(".mesos.containerizer.Wait.containerId: object expected");
                    message.containerId = $root.mesos.ContainerID.fromObject(object.containerId, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Wait message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.containerizer.Wait
             * @static
             * @param {mesos.containerizer.Wait} message Wait
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Wait.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.containerId = null;
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = $root.mesos.ContainerID.toObject(message.containerId, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Wait to JSON.
             * @function toJSON
             * @memberof mesos.containerizer.Wait
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Wait.prototype.toJSON = function() {
                return Wait.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Wait;
        })();

        containerizer.Destroy = (function() {

            /**
             * Properties of a Destroy.
             * @typedef {Object} mesos.containerizer.Destroy.$Properties
             * @property {mesos.ContainerID.$Properties} containerId Destroy containerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Destroy.
             * @memberof mesos.containerizer
             * @interface IDestroy
             * @augments mesos.containerizer.Destroy.$Properties
             * @deprecated Use mesos.containerizer.Destroy.$Properties instead.
             */

            /**
             * Shape of a Destroy.
             * @typedef {mesos.containerizer.Destroy.$Properties} mesos.containerizer.Destroy.$Shape
             */

            /**
             * Constructs a new Destroy.
             * @memberof mesos.containerizer
             * @classdesc Represents a Destroy.
             * @constructor
             * @param {mesos.containerizer.Destroy.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Destroy = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Destroy containerId.
             * @member {mesos.ContainerID.$Properties} containerId
             * @memberof mesos.containerizer.Destroy
             * @instance
             */
            Destroy.prototype.containerId = null;

            /**
             * Creates a new Destroy instance using the specified properties.
             * @function create
             * @memberof mesos.containerizer.Destroy
             * @static
             * @param {mesos.containerizer.Destroy.$Properties=} [properties] Properties to set
             * @returns {mesos.containerizer.Destroy} Destroy instance
             * @type {{
             *   (properties: mesos.containerizer.Destroy.$Shape): mesos.containerizer.Destroy & mesos.containerizer.Destroy.$Shape;
             *   (properties?: mesos.containerizer.Destroy.$Properties): mesos.containerizer.Destroy;
             * }}
             */
            Destroy.create = function(properties) {
                return new Destroy(properties);
            };

            /**
             * Encodes the specified Destroy message. Does not implicitly {@link mesos.containerizer.Destroy.verify|verify} messages.
             * @function encode
             * @memberof mesos.containerizer.Destroy
             * @static
             * @param {mesos.containerizer.Destroy.$Properties} message Destroy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Destroy.encode = function (message, writer, _depth) {
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
             * Decodes a Destroy message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.containerizer.Destroy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.containerizer.Destroy & mesos.containerizer.Destroy.$Shape} Destroy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Destroy.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.mesos.containerizer.Destroy();
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
             * Verifies a Destroy message.
             * @function verify
             * @memberof mesos.containerizer.Destroy
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Destroy.verify = function (message, _depth) {
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

            /**
             * Creates a Destroy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.containerizer.Destroy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.containerizer.Destroy} Destroy
             */
            Destroy.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.containerizer.Destroy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.containerizer.Destroy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.containerizer.Destroy();
                if (object.containerId != null) {
                    if (!$util.isObject(object.containerId))
                        throw $TypeError(".mesos.containerizer.Destroy.containerId: object expected");
                    message.containerId = $root.mesos.ContainerID.fromObject(object.containerId, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Destroy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.containerizer.Destroy
             * @static
             * @param {mesos.containerizer.Destroy} message Destroy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Destroy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.containerId = null;
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = $root.mesos.ContainerID.toObject(message.containerId, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Destroy to JSON.
             * @function toJSON
             * @memberof mesos.containerizer.Destroy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Destroy.prototype.toJSON = function() {
                return Destroy.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Destroy;
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

            /**
             * Creates a Usage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.containerizer.Usage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.containerizer.Usage} Usage
             */
            Usage.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.containerizer.Usage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.containerizer.Usage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.containerizer.Usage();
                if (object.containerId != null) {
                    if (!$util.isObject(object.containerId))
                        throw $TypeError(".mesos.containerizer.Usage.containerId: object expected");
                    message.containerId = $root.mesos.ContainerID.fromObject(object.containerId, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Usage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.containerizer.Usage
             * @static
             * @param {mesos.containerizer.Usage} message Usage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Usage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.containerId = null;
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = $root.mesos.ContainerID.toObject(message.containerId, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Usage to JSON.
             * @function toJSON
             * @memberof mesos.containerizer.Usage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Usage.prototype.toJSON = function() {
                return Usage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Usage;
        })();

        containerizer.Termination = (function() {

            /**
             * Properties of a Termination.
             * @typedef {Object} mesos.containerizer.Termination.$Properties
             * @property {boolean|null} [killed] Termination killed
             * @property {string|null} [message] Termination message
             * @property {number|null} [status] Termination status
             * @property {mesos.TaskState|null} [state] Termination state
             * @property {Array.<mesos.TaskStatus.Reason>|null} [reasons] Termination reasons
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Termination.
             * @memberof mesos.containerizer
             * @interface ITermination
             * @augments mesos.containerizer.Termination.$Properties
             * @deprecated Use mesos.containerizer.Termination.$Properties instead.
             */

            /**
             * Shape of a Termination.
             * @typedef {mesos.containerizer.Termination.$Properties} mesos.containerizer.Termination.$Shape
             */

            /**
             * Constructs a new Termination.
             * @memberof mesos.containerizer
             * @classdesc Represents a Termination.
             * @constructor
             * @param {mesos.containerizer.Termination.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Termination = function (properties) {
                this.reasons = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Termination killed.
             * @member {boolean} killed
             * @memberof mesos.containerizer.Termination
             * @instance
             */
            Termination.prototype.killed = false;

            /**
             * Termination message.
             * @member {string} message
             * @memberof mesos.containerizer.Termination
             * @instance
             */
            Termination.prototype.message = "";

            /**
             * Termination status.
             * @member {number} status
             * @memberof mesos.containerizer.Termination
             * @instance
             */
            Termination.prototype.status = 0;

            /**
             * Termination state.
             * @member {mesos.TaskState} state
             * @memberof mesos.containerizer.Termination
             * @instance
             */
            Termination.prototype.state = 6;

            /**
             * Termination reasons.
             * @member {Array.<mesos.TaskStatus.Reason>} reasons
             * @memberof mesos.containerizer.Termination
             * @instance
             */
            Termination.prototype.reasons = $util.emptyArray;

            /**
             * Creates a new Termination instance using the specified properties.
             * @function create
             * @memberof mesos.containerizer.Termination
             * @static
             * @param {mesos.containerizer.Termination.$Properties=} [properties] Properties to set
             * @returns {mesos.containerizer.Termination} Termination instance
             * @type {{
             *   (properties: mesos.containerizer.Termination.$Shape): mesos.containerizer.Termination & mesos.containerizer.Termination.$Shape;
             *   (properties?: mesos.containerizer.Termination.$Properties): mesos.containerizer.Termination;
             * }}
             */
            Termination.create = function(properties) {
                return new Termination(properties);
            };

            /**
             * Encodes the specified Termination message. Does not implicitly {@link mesos.containerizer.Termination.verify|verify} messages.
             * @function encode
             * @memberof mesos.containerizer.Termination
             * @static
             * @param {mesos.containerizer.Termination.$Properties} message Termination message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Termination.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.killed != null && $Object.hasOwnProperty.call(message, "killed"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.killed);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.state);
                if (message.reasons != null && message.reasons.length)
                    for (var i = 0; i < message.reasons.length; ++i)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.reasons[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Termination message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.containerizer.Termination
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.containerizer.Termination & mesos.containerizer.Termination.$Shape} Termination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Termination.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.containerizer.Termination();
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
                            if (wireType !== 0)
                                break;
                            message.killed = reader.bool();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.message = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.status = reader.int32();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.TaskState[value] !== $undefined)
                                message.state = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                var end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2) {
                                    start = reader.pos;
                                    value = reader.int32();
                                    if ($root.mesos.TaskStatus.Reason[value] !== $undefined) {
                                        if (!(message.reasons && message.reasons.length))
                                            message.reasons = [];
                                        message.reasons.push(value);
                                    } else if (!reader.discardUnknown) {
                                        $util.makeProp(message, "$unknowns", false);
                                        (message.$unknowns || (message.$unknowns = [])).push($util.rawField(5, 0, reader.raw(start, reader.pos)));
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.TaskStatus.Reason[value] !== $undefined) {
                                if (!(message.reasons && message.reasons.length))
                                    message.reasons = [];
                                message.reasons.push(value);
                            } else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
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
             * Verifies a Termination message.
             * @function verify
             * @memberof mesos.containerizer.Termination
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Termination.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.killed != null && $Object.hasOwnProperty.call(message, "killed"))
                    if (typeof message.killed !== "boolean")
                        return "killed: boolean expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isInteger(message.status))
                        return "status: integer expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    switch (message.state) {
                    default:
                        return "state: enum value expected";
                    case 6:
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 7:
                        break;
                    }
                if (message.reasons != null && $Object.hasOwnProperty.call(message, "reasons")) {
                    if (!$Array.isArray(message.reasons))
                        return "reasons: array expected";
                    for (var i = 0; i < message.reasons.length; ++i)
                        switch (message.reasons[i]) {
                        default:
                            return "reasons: enum value[] expected";
                        case 0:
                        case 1:
                        case 2:
                        case 3:
                        case 4:
                        case 5:
                        case 6:
                        case 7:
                        case 8:
                        case 9:
                        case 10:
                        case 11:
                        case 12:
                        case 13:
                        case 14:
                        case 15:
                        case 16:
                        case 17:
                        case 18:
                        case 19:
                        case 20:
                        case 21:
                        case 22:
                        case 23:
                        case 24:
                            break;
                        }
                }
                return null;
            };

            /**
             * Creates a Termination message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.containerizer.Termination
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.containerizer.Termination} Termination
             */
            Termination.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.containerizer.Termination)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.containerizer.Termination: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.containerizer.Termination();
                if (object.killed != null)
                    message.killed = $Boolean(object.killed);
                if (object.message != null)
                    message.message = $String(object.message);
                if (object.status != null)
                    message.status = object.status | 0;
                switch (object.state) {
                case "TASK_STAGING":
                case 6:
                    message.state = 6;
                    break;
                case "TASK_STARTING":
                case 0:
                    message.state = 0;
                    break;
                case "TASK_RUNNING":
                case 1:
                    message.state = 1;
                    break;
                case "TASK_FINISHED":
                case 2:
                    message.state = 2;
                    break;
                case "TASK_FAILED":
                case 3:
                    message.state = 3;
                    break;
                case "TASK_KILLED":
                case 4:
                    message.state = 4;
                    break;
                case "TASK_LOST":
                case 5:
                    message.state = 5;
                    break;
                case "TASK_ERROR":
                case 7:
                    message.state = 7;
                    break;
                default:
                }
                if (object.reasons) {
                    if (!$Array.isArray(object.reasons))
                        throw $TypeError(".mesos.containerizer.Termination.reasons: array expected");
                    message.reasons = [];
                    for (var i = 0; i < object.reasons.length; ++i)
                        switch (object.reasons[i]) {
                        case "REASON_COMMAND_EXECUTOR_FAILED":
                        case 0:
                            message.reasons[message.reasons.length] = 0;
                            break;
                        case "REASON_EXECUTOR_TERMINATED":
                        case 1:
                            message.reasons[message.reasons.length] = 1;
                            break;
                        case "REASON_EXECUTOR_UNREGISTERED":
                        case 2:
                            message.reasons[message.reasons.length] = 2;
                            break;
                        case "REASON_FRAMEWORK_REMOVED":
                        case 3:
                            message.reasons[message.reasons.length] = 3;
                            break;
                        case "REASON_GC_ERROR":
                        case 4:
                            message.reasons[message.reasons.length] = 4;
                            break;
                        case "REASON_INVALID_FRAMEWORKID":
                        case 5:
                            message.reasons[message.reasons.length] = 5;
                            break;
                        case "REASON_INVALID_OFFERS":
                        case 6:
                            message.reasons[message.reasons.length] = 6;
                            break;
                        case "REASON_MASTER_DISCONNECTED":
                        case 7:
                            message.reasons[message.reasons.length] = 7;
                            break;
                        case "REASON_CONTAINER_LIMITATION_MEMORY":
                        case 8:
                            message.reasons[message.reasons.length] = 8;
                            break;
                        case "REASON_RECONCILIATION":
                        case 9:
                            message.reasons[message.reasons.length] = 9;
                            break;
                        case "REASON_SLAVE_DISCONNECTED":
                        case 10:
                            message.reasons[message.reasons.length] = 10;
                            break;
                        case "REASON_SLAVE_REMOVED":
                        case 11:
                            message.reasons[message.reasons.length] = 11;
                            break;
                        case "REASON_SLAVE_RESTARTED":
                        case 12:
                            message.reasons[message.reasons.length] = 12;
                            break;
                        case "REASON_SLAVE_UNKNOWN":
                        case 13:
                            message.reasons[message.reasons.length] = 13;
                            break;
                        case "REASON_TASK_INVALID":
                        case 14:
                            message.reasons[message.reasons.length] = 14;
                            break;
                        case "REASON_TASK_UNAUTHORIZED":
                        case 15:
                            message.reasons[message.reasons.length] = 15;
                            break;
                        case "REASON_TASK_UNKNOWN":
                        case 16:
                            message.reasons[message.reasons.length] = 16;
                            break;
                        case "REASON_CONTAINER_PREEMPTED":
                        case 17:
                            message.reasons[message.reasons.length] = 17;
                            break;
                        case "REASON_RESOURCES_UNKNOWN":
                        case 18:
                            message.reasons[message.reasons.length] = 18;
                            break;
                        case "REASON_CONTAINER_LIMITATION":
                        case 19:
                            message.reasons[message.reasons.length] = 19;
                            break;
                        case "REASON_CONTAINER_LIMITATION_DISK":
                        case 20:
                            message.reasons[message.reasons.length] = 20;
                            break;
                        case "REASON_CONTAINER_LAUNCH_FAILED":
                        case 21:
                            message.reasons[message.reasons.length] = 21;
                            break;
                        case "REASON_CONTAINER_UPDATE_FAILED":
                        case 22:
                            message.reasons[message.reasons.length] = 22;
                            break;
                        case "REASON_EXECUTOR_REGISTRATION_TIMEOUT":
                        case 23:
                            message.reasons[message.reasons.length] = 23;
                            break;
                        case "REASON_EXECUTOR_REREGISTRATION_TIMEOUT":
                        case 24:
                            message.reasons[message.reasons.length] = 24;
                            break;
                        default:
                        }
                }
                return message;
            };

            /**
             * Creates a plain object from a Termination message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.containerizer.Termination
             * @static
             * @param {mesos.containerizer.Termination} message Termination
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Termination.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.reasons = [];
                if (options.defaults) {
                    object.killed = false;
                    object.message = "";
                    object.status = 0;
                    object.state = options.enums === $String ? "TASK_STAGING" : 6;
                }
                if (message.killed != null && $Object.hasOwnProperty.call(message, "killed"))
                    object.killed = message.killed;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.mesos.TaskState[message.state] === $undefined ? message.state : $root.mesos.TaskState[message.state] : message.state;
                if (message.reasons && message.reasons.length) {
                    object.reasons = $Array(message.reasons.length);
                    for (var j = 0; j < message.reasons.length; ++j)
                        object.reasons[j] = options.enums === $String ? $root.mesos.TaskStatus.Reason[message.reasons[j]] === $undefined ? message.reasons[j] : $root.mesos.TaskStatus.Reason[message.reasons[j]] : message.reasons[j];
                }
                return object;
            };

            /**
             * Converts this Termination to JSON.
             * @function toJSON
             * @memberof mesos.containerizer.Termination
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Termination.prototype.toJSON = function() {
                return Termination.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Termination;
        })();

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

            /**
             * Creates a Containers message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.containerizer.Containers
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.containerizer.Containers} Containers
             */
            Containers.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.containerizer.Containers)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.containerizer.Containers: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.containerizer.Containers();
                if (object.containers) {
                    if (!$Array.isArray(object.containers))
                        throw $TypeError(".mesos.containerizer.Containers.containers: array expected");
                    message.containers = $Array(object.containers.length);
                    for (var i = 0; i < object.containers.length; ++i) {
                        if (!$util.isObject(object.containers[i]))
                            throw $TypeError(".mesos.containerizer.Containers.containers: object expected");
                        message.containers[i] = $root.mesos.ContainerID.fromObject(object.containers[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Containers message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.containerizer.Containers
             * @static
             * @param {mesos.containerizer.Containers} message Containers
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Containers.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.containers = [];
                if (message.containers && message.containers.length) {
                    object.containers = $Array(message.containers.length);
                    for (var j = 0; j < message.containers.length; ++j)
                        object.containers[j] = $root.mesos.ContainerID.toObject(message.containers[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Containers to JSON.
             * @function toJSON
             * @memberof mesos.containerizer.Containers
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Containers.prototype.toJSON = function() {
                return Containers.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Containers;
        })();

        return containerizer;
    })();

    mesos.FrameworkID = (function() {

        /**
         * Properties of a FrameworkID.
         * @typedef {Object} mesos.FrameworkID.$Properties
         * @property {string} value FrameworkID value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FrameworkID.
         * @memberof mesos
         * @interface IFrameworkID
         * @augments mesos.FrameworkID.$Properties
         * @deprecated Use mesos.FrameworkID.$Properties instead.
         */

        /**
         * Shape of a FrameworkID.
         * @typedef {mesos.FrameworkID.$Properties} mesos.FrameworkID.$Shape
         */

        /**
         * Constructs a new FrameworkID.
         * @memberof mesos
         * @classdesc Represents a FrameworkID.
         * @constructor
         * @param {mesos.FrameworkID.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var FrameworkID = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FrameworkID value.
         * @member {string} value
         * @memberof mesos.FrameworkID
         * @instance
         */
        FrameworkID.prototype.value = "";

        /**
         * Creates a new FrameworkID instance using the specified properties.
         * @function create
         * @memberof mesos.FrameworkID
         * @static
         * @param {mesos.FrameworkID.$Properties=} [properties] Properties to set
         * @returns {mesos.FrameworkID} FrameworkID instance
         * @type {{
         *   (properties: mesos.FrameworkID.$Shape): mesos.FrameworkID & mesos.FrameworkID.$Shape;
         *   (properties?: mesos.FrameworkID.$Properties): mesos.FrameworkID;
         * }}
         */
        FrameworkID.create = function(properties) {
            return new FrameworkID(properties);
        };

        /**
         * Encodes the specified FrameworkID message. Does not implicitly {@link mesos.FrameworkID.verify|verify} messages.
         * @function encode
         * @memberof mesos.FrameworkID
         * @static
         * @param {mesos.FrameworkID.$Properties} message FrameworkID message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FrameworkID.encode = function (message, writer, _depth) {
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
         * Decodes a FrameworkID message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.FrameworkID
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.FrameworkID & mesos.FrameworkID.$Shape} FrameworkID
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FrameworkID.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.mesos.FrameworkID();
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
         * Verifies a FrameworkID message.
         * @function verify
         * @memberof mesos.FrameworkID
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        FrameworkID.verify = function (message, _depth) {
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

        /**
         * Creates a FrameworkID message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.FrameworkID
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.FrameworkID} FrameworkID
         */
        FrameworkID.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.FrameworkID)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.FrameworkID: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.FrameworkID();
            if (object.value != null)
                message.value = $String(object.value);
            return message;
        };

        /**
         * Creates a plain object from a FrameworkID message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.FrameworkID
         * @static
         * @param {mesos.FrameworkID} message FrameworkID
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        FrameworkID.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                object.value = "";
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            return object;
        };

        /**
         * Converts this FrameworkID to JSON.
         * @function toJSON
         * @memberof mesos.FrameworkID
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        FrameworkID.prototype.toJSON = function() {
            return FrameworkID.toObject(this, $protobuf.util.toJSONOptions);
        };

        return FrameworkID;
    })();

    mesos.SlaveID = (function() {

        /**
         * Properties of a SlaveID.
         * @typedef {Object} mesos.SlaveID.$Properties
         * @property {string} value SlaveID value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SlaveID.
         * @memberof mesos
         * @interface ISlaveID
         * @augments mesos.SlaveID.$Properties
         * @deprecated Use mesos.SlaveID.$Properties instead.
         */

        /**
         * Shape of a SlaveID.
         * @typedef {mesos.SlaveID.$Properties} mesos.SlaveID.$Shape
         */

        /**
         * Constructs a new SlaveID.
         * @memberof mesos
         * @classdesc Represents a SlaveID.
         * @constructor
         * @param {mesos.SlaveID.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var SlaveID = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SlaveID value.
         * @member {string} value
         * @memberof mesos.SlaveID
         * @instance
         */
        SlaveID.prototype.value = "";

        /**
         * Creates a new SlaveID instance using the specified properties.
         * @function create
         * @memberof mesos.SlaveID
         * @static
         * @param {mesos.SlaveID.$Properties=} [properties] Properties to set
         * @returns {mesos.SlaveID} SlaveID instance
         * @type {{
         *   (properties: mesos.SlaveID.$Shape): mesos.SlaveID & mesos.SlaveID.$Shape;
         *   (properties?: mesos.SlaveID.$Properties): mesos.SlaveID;
         * }}
         */
        SlaveID.create = function(properties) {
            return new SlaveID(properties);
        };

        /**
         * Encodes the specified SlaveID message. Does not implicitly {@link mesos.SlaveID.verify|verify} messages.
         * @function encode
         * @memberof mesos.SlaveID
         * @static
         * @param {mesos.SlaveID.$Properties} message SlaveID message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SlaveID.encode = function (message, writer, _depth) {
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
         * Decodes a SlaveID message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.SlaveID
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.SlaveID & mesos.SlaveID.$Shape} SlaveID
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SlaveID.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.mesos.SlaveID();
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
         * Verifies a SlaveID message.
         * @function verify
         * @memberof mesos.SlaveID
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SlaveID.verify = function (message, _depth) {
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

        /**
         * Creates a SlaveID message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.SlaveID
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.SlaveID} SlaveID
         */
        SlaveID.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.SlaveID)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.SlaveID: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.SlaveID();
            if (object.value != null)
                message.value = $String(object.value);
            return message;
        };

        /**
         * Creates a plain object from a SlaveID message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.SlaveID
         * @static
         * @param {mesos.SlaveID} message SlaveID
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SlaveID.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                object.value = "";
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            return object;
        };

        /**
         * Converts this SlaveID to JSON.
         * @function toJSON
         * @memberof mesos.SlaveID
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SlaveID.prototype.toJSON = function() {
            return SlaveID.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SlaveID;
    })();

    mesos.TaskID = (function() {

        /**
         * Properties of a TaskID.
         * @typedef {Object} mesos.TaskID.$Properties
         * @property {string} value TaskID value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TaskID.
         * @memberof mesos
         * @interface ITaskID
         * @augments mesos.TaskID.$Properties
         * @deprecated Use mesos.TaskID.$Properties instead.
         */

        /**
         * Shape of a TaskID.
         * @typedef {mesos.TaskID.$Properties} mesos.TaskID.$Shape
         */

        /**
         * Constructs a new TaskID.
         * @memberof mesos
         * @classdesc Represents a TaskID.
         * @constructor
         * @param {mesos.TaskID.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var TaskID = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TaskID value.
         * @member {string} value
         * @memberof mesos.TaskID
         * @instance
         */
        TaskID.prototype.value = "";

        /**
         * Creates a new TaskID instance using the specified properties.
         * @function create
         * @memberof mesos.TaskID
         * @static
         * @param {mesos.TaskID.$Properties=} [properties] Properties to set
         * @returns {mesos.TaskID} TaskID instance
         * @type {{
         *   (properties: mesos.TaskID.$Shape): mesos.TaskID & mesos.TaskID.$Shape;
         *   (properties?: mesos.TaskID.$Properties): mesos.TaskID;
         * }}
         */
        TaskID.create = function(properties) {
            return new TaskID(properties);
        };

        /**
         * Encodes the specified TaskID message. Does not implicitly {@link mesos.TaskID.verify|verify} messages.
         * @function encode
         * @memberof mesos.TaskID
         * @static
         * @param {mesos.TaskID.$Properties} message TaskID message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TaskID.encode = function (message, writer, _depth) {
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
         * Decodes a TaskID message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.TaskID
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.TaskID & mesos.TaskID.$Shape} TaskID
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TaskID.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.mesos.TaskID();
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
         * Verifies a TaskID message.
         * @function verify
         * @memberof mesos.TaskID
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TaskID.verify = function (message, _depth) {
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

        /**
         * Creates a TaskID message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.TaskID
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.TaskID} TaskID
         */
        TaskID.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.TaskID)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.TaskID: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.TaskID();
            if (object.value != null)
                message.value = $String(object.value);
            return message;
        };

        /**
         * Creates a plain object from a TaskID message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.TaskID
         * @static
         * @param {mesos.TaskID} message TaskID
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TaskID.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                object.value = "";
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            return object;
        };

        /**
         * Converts this TaskID to JSON.
         * @function toJSON
         * @memberof mesos.TaskID
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TaskID.prototype.toJSON = function() {
            return TaskID.toObject(this, $protobuf.util.toJSONOptions);
        };

        return TaskID;
    })();

    mesos.ExecutorID = (function() {

        /**
         * Properties of an ExecutorID.
         * @typedef {Object} mesos.ExecutorID.$Properties
         * @property {string} value ExecutorID value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ExecutorID.
         * @memberof mesos
         * @interface IExecutorID
         * @augments mesos.ExecutorID.$Properties
         * @deprecated Use mesos.ExecutorID.$Properties instead.
         */

        /**
         * Shape of an ExecutorID.
         * @typedef {mesos.ExecutorID.$Properties} mesos.ExecutorID.$Shape
         */

        /**
         * Constructs a new ExecutorID.
         * @memberof mesos
         * @classdesc Represents an ExecutorID.
         * @constructor
         * @param {mesos.ExecutorID.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ExecutorID = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ExecutorID value.
         * @member {string} value
         * @memberof mesos.ExecutorID
         * @instance
         */
        ExecutorID.prototype.value = "";

        /**
         * Creates a new ExecutorID instance using the specified properties.
         * @function create
         * @memberof mesos.ExecutorID
         * @static
         * @param {mesos.ExecutorID.$Properties=} [properties] Properties to set
         * @returns {mesos.ExecutorID} ExecutorID instance
         * @type {{
         *   (properties: mesos.ExecutorID.$Shape): mesos.ExecutorID & mesos.ExecutorID.$Shape;
         *   (properties?: mesos.ExecutorID.$Properties): mesos.ExecutorID;
         * }}
         */
        ExecutorID.create = function(properties) {
            return new ExecutorID(properties);
        };

        /**
         * Encodes the specified ExecutorID message. Does not implicitly {@link mesos.ExecutorID.verify|verify} messages.
         * @function encode
         * @memberof mesos.ExecutorID
         * @static
         * @param {mesos.ExecutorID.$Properties} message ExecutorID message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExecutorID.encode = function (message, writer, _depth) {
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
         * Decodes an ExecutorID message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.ExecutorID
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.ExecutorID & mesos.ExecutorID.$Shape} ExecutorID
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExecutorID.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.mesos.ExecutorID();
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
         * Verifies an ExecutorID message.
         * @function verify
         * @memberof mesos.ExecutorID
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ExecutorID.verify = function (message, _depth) {
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

        /**
         * Creates an ExecutorID message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.ExecutorID
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.ExecutorID} ExecutorID
         */
        ExecutorID.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.ExecutorID)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.ExecutorID: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.ExecutorID();
            if (object.value != null)
                message.value = $String(object.value);
            return message;
        };

        /**
         * Creates a plain object from an ExecutorID message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.ExecutorID
         * @static
         * @param {mesos.ExecutorID} message ExecutorID
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ExecutorID.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                object.value = "";
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            return object;
        };

        /**
         * Converts this ExecutorID to JSON.
         * @function toJSON
         * @memberof mesos.ExecutorID
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ExecutorID.prototype.toJSON = function() {
            return ExecutorID.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ExecutorID;
    })();

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

        /**
         * Creates a ContainerID message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.ContainerID
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.ContainerID} ContainerID
         */
        ContainerID.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.ContainerID)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.ContainerID: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.ContainerID();
            if (object.value != null)
                message.value = $String(object.value);
            return message;
        };

        /**
         * Creates a plain object from a ContainerID message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.ContainerID
         * @static
         * @param {mesos.ContainerID} message ContainerID
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ContainerID.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                object.value = "";
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            return object;
        };

        /**
         * Converts this ContainerID to JSON.
         * @function toJSON
         * @memberof mesos.ContainerID
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ContainerID.prototype.toJSON = function() {
            return ContainerID.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ContainerID;
    })();

    mesos.CommandInfo = (function() {

        /**
         * Properties of a CommandInfo.
         * @typedef {Object} mesos.CommandInfo.$Properties
         * @property {Array.<mesos.CommandInfo.URI.$Properties>|null} [uris] CommandInfo uris
         * @property {mesos.Environment.$Properties|null} [environment] CommandInfo environment
         * @property {string|null} [value] CommandInfo value
         * @property {mesos.CommandInfo.ContainerInfo.$Properties|null} [container] CommandInfo container
         * @property {string|null} [user] CommandInfo user
         * @property {boolean|null} [shell] CommandInfo shell
         * @property {Array.<string>|null} ["arguments"] CommandInfo arguments
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CommandInfo.
         * @memberof mesos
         * @interface ICommandInfo
         * @augments mesos.CommandInfo.$Properties
         * @deprecated Use mesos.CommandInfo.$Properties instead.
         */

        /**
         * Shape of a CommandInfo.
         * @typedef {mesos.CommandInfo.$Properties} mesos.CommandInfo.$Shape
         */

        /**
         * Constructs a new CommandInfo.
         * @memberof mesos
         * @classdesc Represents a CommandInfo.
         * @constructor
         * @param {mesos.CommandInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var CommandInfo = function (properties) {
            this.uris = [];
            this["arguments"] = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CommandInfo uris.
         * @member {Array.<mesos.CommandInfo.URI.$Properties>} uris
         * @memberof mesos.CommandInfo
         * @instance
         */
        CommandInfo.prototype.uris = $util.emptyArray;

        /**
         * CommandInfo environment.
         * @member {mesos.Environment.$Properties|null|undefined} environment
         * @memberof mesos.CommandInfo
         * @instance
         */
        CommandInfo.prototype.environment = null;

        /**
         * CommandInfo value.
         * @member {string} value
         * @memberof mesos.CommandInfo
         * @instance
         */
        CommandInfo.prototype.value = "";

        /**
         * CommandInfo container.
         * @member {mesos.CommandInfo.ContainerInfo.$Properties|null|undefined} container
         * @memberof mesos.CommandInfo
         * @instance
         */
        CommandInfo.prototype.container = null;

        /**
         * CommandInfo user.
         * @member {string} user
         * @memberof mesos.CommandInfo
         * @instance
         */
        CommandInfo.prototype.user = "";

        /**
         * CommandInfo shell.
         * @member {boolean} shell
         * @memberof mesos.CommandInfo
         * @instance
         */
        CommandInfo.prototype.shell = true;

        /**
         * CommandInfo arguments.
         * @member {Array.<string>} arguments
         * @memberof mesos.CommandInfo
         * @instance
         */
        CommandInfo.prototype["arguments"] = $util.emptyArray;

        /**
         * Creates a new CommandInfo instance using the specified properties.
         * @function create
         * @memberof mesos.CommandInfo
         * @static
         * @param {mesos.CommandInfo.$Properties=} [properties] Properties to set
         * @returns {mesos.CommandInfo} CommandInfo instance
         * @type {{
         *   (properties: mesos.CommandInfo.$Shape): mesos.CommandInfo & mesos.CommandInfo.$Shape;
         *   (properties?: mesos.CommandInfo.$Properties): mesos.CommandInfo;
         * }}
         */
        CommandInfo.create = function(properties) {
            return new CommandInfo(properties);
        };

        /**
         * Encodes the specified CommandInfo message. Does not implicitly {@link mesos.CommandInfo.verify|verify} messages.
         * @function encode
         * @memberof mesos.CommandInfo
         * @static
         * @param {mesos.CommandInfo.$Properties} message CommandInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CommandInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uris != null && message.uris.length)
                for (var i = 0; i < message.uris.length; ++i)
                    $root.mesos.CommandInfo.URI.encode(message.uris[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.environment != null && $Object.hasOwnProperty.call(message, "environment"))
                $root.mesos.Environment.encode(message.environment, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.value);
            if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                $root.mesos.CommandInfo.ContainerInfo.encode(message.container, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.user);
            if (message.shell != null && $Object.hasOwnProperty.call(message, "shell"))
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.shell);
            if (message["arguments"] != null && message["arguments"].length)
                for (var i = 0; i < message["arguments"].length; ++i)
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message["arguments"][i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a CommandInfo message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.CommandInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.CommandInfo & mesos.CommandInfo.$Shape} CommandInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CommandInfo.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.mesos.CommandInfo();
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
                        if (!(message.uris && message.uris.length))
                            message.uris = [];
                        message.uris.push($root.mesos.CommandInfo.URI.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.environment = $root.mesos.Environment.decode(reader, reader.size(), $undefined, _depth + 1, message.environment);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.value = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.container = $root.mesos.CommandInfo.ContainerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.user = reader.string();
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.shell = reader.bool();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message["arguments"] && message["arguments"].length))
                            message["arguments"] = [];
                        message["arguments"].push(reader.string());
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
         * Verifies a CommandInfo message.
         * @function verify
         * @memberof mesos.CommandInfo
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CommandInfo.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.uris != null && $Object.hasOwnProperty.call(message, "uris")) {
                if (!$Array.isArray(message.uris))
                    return "uris: array expected";
                for (var i = 0; i < message.uris.length; ++i) {
                    var error = $root.mesos.CommandInfo.URI.verify(message.uris[i], _depth + 1);
                    if (error)
                        return "uris." + error;
                }
            }
            if (message.environment != null && $Object.hasOwnProperty.call(message, "environment")) {
                var error = $root.mesos.Environment.verify(message.environment, _depth + 1);
                if (error)
                    return "environment." + error;
            }
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                if (!$util.isString(message.value))
                    return "value: string expected";
            if (message.container != null && $Object.hasOwnProperty.call(message, "container")) {
                var error = $root.mesos.CommandInfo.ContainerInfo.verify(message.container, _depth + 1);
                if (error)
                    return "container." + error;
            }
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                if (!$util.isString(message.user))
                    return "user: string expected";
            if (message.shell != null && $Object.hasOwnProperty.call(message, "shell"))
                if (typeof message.shell !== "boolean")
                    return "shell: boolean expected";
            if (message["arguments"] != null && $Object.hasOwnProperty.call(message, "arguments")) {
                if (!$Array.isArray(message["arguments"]))
                    return "arguments: array expected";
                for (var i = 0; i < message["arguments"].length; ++i)
                    if (!$util.isString(message["arguments"][i]))
                        return "arguments: string[] expected";
            }
            return null;
        };

        /**
         * Creates a CommandInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.CommandInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.CommandInfo} CommandInfo
         */
        CommandInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.CommandInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.CommandInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.CommandInfo();
            if (object.uris) {
                if (!$Array.isArray(object.uris))
                    throw $TypeError(".mesos.CommandInfo.uris: array expected");
                message.uris = $Array(object.uris.length);
                for (var i = 0; i < object.uris.length; ++i) {
                    if (!$util.isObject(object.uris[i]))
                        throw $TypeError(".mesos.CommandInfo.uris: object expected");
                    message.uris[i] = $root.mesos.CommandInfo.URI.fromObject(object.uris[i], _depth + 1);
                }
            }
            if (object.environment != null) {
                if (!$util.isObject(object.environment))
                    throw $TypeError(".mesos.CommandInfo.environment: object expected");
                message.environment = $root.mesos.Environment.fromObject(object.environment, _depth + 1);
            }
            if (object.value != null)
                message.value = $String(object.value);
            if (object.container != null) {
                if (!$util.isObject(object.container))
                    throw $TypeError(".mesos.CommandInfo.container: object expected");
                message.container = $root.mesos.CommandInfo.ContainerInfo.fromObject(object.container, _depth + 1);
            }
            if (object.user != null)
                message.user = $String(object.user);
            if (object.shell != null)
                message.shell = $Boolean(object.shell);
            if (object["arguments"]) {
                if (!$Array.isArray(object["arguments"]))
                    throw $TypeError(".mesos.CommandInfo.arguments: array expected");
                message["arguments"] = $Array(object["arguments"].length);
                for (var i = 0; i < object["arguments"].length; ++i)
                    message["arguments"][i] = $String(object["arguments"][i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a CommandInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.CommandInfo
         * @static
         * @param {mesos.CommandInfo} message CommandInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CommandInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.arrays || options.defaults) {
                object.uris = [];
                object["arguments"] = [];
            }
            if (options.defaults) {
                object.environment = null;
                object.value = "";
                object.container = null;
                object.user = "";
                object.shell = true;
            }
            if (message.uris && message.uris.length) {
                object.uris = $Array(message.uris.length);
                for (var j = 0; j < message.uris.length; ++j)
                    object.uris[j] = $root.mesos.CommandInfo.URI.toObject(message.uris[j], options, _depth + 1);
            }
            if (message.environment != null && $Object.hasOwnProperty.call(message, "environment"))
                object.environment = $root.mesos.Environment.toObject(message.environment, options, _depth + 1);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                object.container = $root.mesos.CommandInfo.ContainerInfo.toObject(message.container, options, _depth + 1);
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                object.user = message.user;
            if (message.shell != null && $Object.hasOwnProperty.call(message, "shell"))
                object.shell = message.shell;
            if (message["arguments"] && message["arguments"].length) {
                object["arguments"] = $Array(message["arguments"].length);
                for (var j = 0; j < message["arguments"].length; ++j)
                    object["arguments"][j] = message["arguments"][j];
            }
            return object;
        };

        /**
         * Converts this CommandInfo to JSON.
         * @function toJSON
         * @memberof mesos.CommandInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CommandInfo.prototype.toJSON = function() {
            return CommandInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        CommandInfo.URI = (function() {

            /**
             * Properties of a URI.
             * @typedef {Object} mesos.CommandInfo.URI.$Properties
             * @property {string} value URI value
             * @property {boolean|null} [executable] URI executable
             * @property {boolean|null} [extract] URI extract
             * @property {boolean|null} [cache] URI cache
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a URI.
             * @memberof mesos.CommandInfo
             * @interface IURI
             * @augments mesos.CommandInfo.URI.$Properties
             * @deprecated Use mesos.CommandInfo.URI.$Properties instead.
             */

            /**
             * Shape of a URI.
             * @typedef {mesos.CommandInfo.URI.$Properties} mesos.CommandInfo.URI.$Shape
             */

            /**
             * Constructs a new URI.
             * @memberof mesos.CommandInfo
             * @classdesc Represents a URI.
             * @constructor
             * @param {mesos.CommandInfo.URI.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var URI = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * URI value.
             * @member {string} value
             * @memberof mesos.CommandInfo.URI
             * @instance
             */
            URI.prototype.value = "";

            /**
             * URI executable.
             * @member {boolean} executable
             * @memberof mesos.CommandInfo.URI
             * @instance
             */
            URI.prototype.executable = false;

            /**
             * URI extract.
             * @member {boolean} extract
             * @memberof mesos.CommandInfo.URI
             * @instance
             */
            URI.prototype.extract = true;

            /**
             * URI cache.
             * @member {boolean} cache
             * @memberof mesos.CommandInfo.URI
             * @instance
             */
            URI.prototype.cache = false;

            /**
             * Creates a new URI instance using the specified properties.
             * @function create
             * @memberof mesos.CommandInfo.URI
             * @static
             * @param {mesos.CommandInfo.URI.$Properties=} [properties] Properties to set
             * @returns {mesos.CommandInfo.URI} URI instance
             * @type {{
             *   (properties: mesos.CommandInfo.URI.$Shape): mesos.CommandInfo.URI & mesos.CommandInfo.URI.$Shape;
             *   (properties?: mesos.CommandInfo.URI.$Properties): mesos.CommandInfo.URI;
             * }}
             */
            URI.create = function(properties) {
                return new URI(properties);
            };

            /**
             * Encodes the specified URI message. Does not implicitly {@link mesos.CommandInfo.URI.verify|verify} messages.
             * @function encode
             * @memberof mesos.CommandInfo.URI
             * @static
             * @param {mesos.CommandInfo.URI.$Properties} message URI message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            URI.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                if (message.executable != null && $Object.hasOwnProperty.call(message, "executable"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.executable);
                if (message.extract != null && $Object.hasOwnProperty.call(message, "extract"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.extract);
                if (message.cache != null && $Object.hasOwnProperty.call(message, "cache"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.cache);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a URI message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.CommandInfo.URI
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.CommandInfo.URI & mesos.CommandInfo.URI.$Shape} URI
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            URI.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.mesos.CommandInfo.URI();
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
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.executable = reader.bool();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.extract = reader.bool();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.cache = reader.bool();
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
             * Verifies a URI message.
             * @function verify
             * @memberof mesos.CommandInfo.URI
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            URI.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.value))
                    return "value: string expected";
                if (message.executable != null && $Object.hasOwnProperty.call(message, "executable"))
                    if (typeof message.executable !== "boolean")
                        return "executable: boolean expected";
                if (message.extract != null && $Object.hasOwnProperty.call(message, "extract"))
                    if (typeof message.extract !== "boolean")
                        return "extract: boolean expected";
                if (message.cache != null && $Object.hasOwnProperty.call(message, "cache"))
                    if (typeof message.cache !== "boolean")
                        return "cache: boolean expected";
                return null;
            };

            /**
             * Creates a URI message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.CommandInfo.URI
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.CommandInfo.URI} URI
             */
            URI.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.CommandInfo.URI)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.CommandInfo.URI: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.CommandInfo.URI();
                if (object.value != null)
                    message.value = $String(object.value);
                if (object.executable != null)
                    message.executable = $Boolean(object.executable);
                if (object.extract != null)
                    message.extract = $Boolean(object.extract);
                if (object.cache != null)
                    message.cache = $Boolean(object.cache);
                return message;
            };

            /**
             * Creates a plain object from a URI message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.CommandInfo.URI
             * @static
             * @param {mesos.CommandInfo.URI} message URI
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            URI.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.value = "";
                    object.executable = false;
                    object.extract = true;
                    object.cache = false;
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                if (message.executable != null && $Object.hasOwnProperty.call(message, "executable"))
                    object.executable = message.executable;
                if (message.extract != null && $Object.hasOwnProperty.call(message, "extract"))
                    object.extract = message.extract;
                if (message.cache != null && $Object.hasOwnProperty.call(message, "cache"))
                    object.cache = message.cache;
                return object;
            };

            /**
             * Converts this URI to JSON.
             * @function toJSON
             * @memberof mesos.CommandInfo.URI
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            URI.prototype.toJSON = function() {
                return URI.toObject(this, $protobuf.util.toJSONOptions);
            };

            return URI;
        })();

        CommandInfo.ContainerInfo = (function() {

            /**
             * Properties of a ContainerInfo.
             * @typedef {Object} mesos.CommandInfo.ContainerInfo.$Properties
             * @property {string} image ContainerInfo image
             * @property {Array.<string>|null} [options] ContainerInfo options
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerInfo.
             * @memberof mesos.CommandInfo
             * @interface IContainerInfo
             * @augments mesos.CommandInfo.ContainerInfo.$Properties
             * @deprecated Use mesos.CommandInfo.ContainerInfo.$Properties instead.
             */

            /**
             * Shape of a ContainerInfo.
             * @typedef {mesos.CommandInfo.ContainerInfo.$Properties} mesos.CommandInfo.ContainerInfo.$Shape
             */

            /**
             * Constructs a new ContainerInfo.
             * @memberof mesos.CommandInfo
             * @classdesc Represents a ContainerInfo.
             * @constructor
             * @param {mesos.CommandInfo.ContainerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ContainerInfo = function (properties) {
                this.options = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContainerInfo image.
             * @member {string} image
             * @memberof mesos.CommandInfo.ContainerInfo
             * @instance
             */
            ContainerInfo.prototype.image = "";

            /**
             * ContainerInfo options.
             * @member {Array.<string>} options
             * @memberof mesos.CommandInfo.ContainerInfo
             * @instance
             */
            ContainerInfo.prototype.options = $util.emptyArray;

            /**
             * Creates a new ContainerInfo instance using the specified properties.
             * @function create
             * @memberof mesos.CommandInfo.ContainerInfo
             * @static
             * @param {mesos.CommandInfo.ContainerInfo.$Properties=} [properties] Properties to set
             * @returns {mesos.CommandInfo.ContainerInfo} ContainerInfo instance
             * @type {{
             *   (properties: mesos.CommandInfo.ContainerInfo.$Shape): mesos.CommandInfo.ContainerInfo & mesos.CommandInfo.ContainerInfo.$Shape;
             *   (properties?: mesos.CommandInfo.ContainerInfo.$Properties): mesos.CommandInfo.ContainerInfo;
             * }}
             */
            ContainerInfo.create = function(properties) {
                return new ContainerInfo(properties);
            };

            /**
             * Encodes the specified ContainerInfo message. Does not implicitly {@link mesos.CommandInfo.ContainerInfo.verify|verify} messages.
             * @function encode
             * @memberof mesos.CommandInfo.ContainerInfo
             * @static
             * @param {mesos.CommandInfo.ContainerInfo.$Properties} message ContainerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.image);
                if (message.options != null && message.options.length)
                    for (var i = 0; i < message.options.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.options[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ContainerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.CommandInfo.ContainerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.CommandInfo.ContainerInfo & mesos.CommandInfo.ContainerInfo.$Shape} ContainerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.mesos.CommandInfo.ContainerInfo();
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
                            message.image = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.options && message.options.length))
                                message.options = [];
                            message.options.push(reader.string());
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
                if (!$Object.hasOwnProperty.call(message, "image"))
                    throw $util.ProtocolError("missing required 'image'", { instance: message });
                return message;
            };

            /**
             * Verifies a ContainerInfo message.
             * @function verify
             * @memberof mesos.CommandInfo.ContainerInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContainerInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.image))
                    return "image: string expected";
                if (message.options != null && $Object.hasOwnProperty.call(message, "options")) {
                    if (!$Array.isArray(message.options))
                        return "options: array expected";
                    for (var i = 0; i < message.options.length; ++i)
                        if (!$util.isString(message.options[i]))
                            return "options: string[] expected";
                }
                return null;
            };

            /**
             * Creates a ContainerInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.CommandInfo.ContainerInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.CommandInfo.ContainerInfo} ContainerInfo
             */
            ContainerInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.CommandInfo.ContainerInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.CommandInfo.ContainerInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.CommandInfo.ContainerInfo();
                if (object.image != null)
                    message.image = $String(object.image);
                if (object.options) {
                    if (!$Array.isArray(object.options))
                        throw $TypeError(".mesos.CommandInfo.ContainerInfo.options: array expected");
                    message.options = $Array(object.options.length);
                    for (var i = 0; i < object.options.length; ++i)
                        message.options[i] = $String(object.options[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ContainerInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.CommandInfo.ContainerInfo
             * @static
             * @param {mesos.CommandInfo.ContainerInfo} message ContainerInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.options = [];
                if (options.defaults)
                    object.image = "";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = message.image;
                if (message.options && message.options.length) {
                    object.options = $Array(message.options.length);
                    for (var j = 0; j < message.options.length; ++j)
                        object.options[j] = message.options[j];
                }
                return object;
            };

            /**
             * Converts this ContainerInfo to JSON.
             * @function toJSON
             * @memberof mesos.CommandInfo.ContainerInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerInfo.prototype.toJSON = function() {
                return ContainerInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContainerInfo;
        })();

        return CommandInfo;
    })();

    mesos.ExecutorInfo = (function() {

        /**
         * Properties of an ExecutorInfo.
         * @typedef {Object} mesos.ExecutorInfo.$Properties
         * @property {mesos.ExecutorID.$Properties} executorId ExecutorInfo executorId
         * @property {mesos.FrameworkID.$Properties|null} [frameworkId] ExecutorInfo frameworkId
         * @property {mesos.CommandInfo.$Properties} command ExecutorInfo command
         * @property {mesos.ContainerInfo.$Properties|null} [container] ExecutorInfo container
         * @property {Array.<mesos.Resource.$Properties>|null} [resources] ExecutorInfo resources
         * @property {string|null} [name] ExecutorInfo name
         * @property {string|null} [source] ExecutorInfo source
         * @property {Uint8Array|null} [data] ExecutorInfo data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ExecutorInfo.
         * @memberof mesos
         * @interface IExecutorInfo
         * @augments mesos.ExecutorInfo.$Properties
         * @deprecated Use mesos.ExecutorInfo.$Properties instead.
         */

        /**
         * Shape of an ExecutorInfo.
         * @typedef {mesos.ExecutorInfo.$Properties} mesos.ExecutorInfo.$Shape
         */

        /**
         * Constructs a new ExecutorInfo.
         * @memberof mesos
         * @classdesc Represents an ExecutorInfo.
         * @constructor
         * @param {mesos.ExecutorInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ExecutorInfo = function (properties) {
            this.resources = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ExecutorInfo executorId.
         * @member {mesos.ExecutorID.$Properties} executorId
         * @memberof mesos.ExecutorInfo
         * @instance
         */
        ExecutorInfo.prototype.executorId = null;

        /**
         * ExecutorInfo frameworkId.
         * @member {mesos.FrameworkID.$Properties|null|undefined} frameworkId
         * @memberof mesos.ExecutorInfo
         * @instance
         */
        ExecutorInfo.prototype.frameworkId = null;

        /**
         * ExecutorInfo command.
         * @member {mesos.CommandInfo.$Properties} command
         * @memberof mesos.ExecutorInfo
         * @instance
         */
        ExecutorInfo.prototype.command = null;

        /**
         * ExecutorInfo container.
         * @member {mesos.ContainerInfo.$Properties|null|undefined} container
         * @memberof mesos.ExecutorInfo
         * @instance
         */
        ExecutorInfo.prototype.container = null;

        /**
         * ExecutorInfo resources.
         * @member {Array.<mesos.Resource.$Properties>} resources
         * @memberof mesos.ExecutorInfo
         * @instance
         */
        ExecutorInfo.prototype.resources = $util.emptyArray;

        /**
         * ExecutorInfo name.
         * @member {string} name
         * @memberof mesos.ExecutorInfo
         * @instance
         */
        ExecutorInfo.prototype.name = "";

        /**
         * ExecutorInfo source.
         * @member {string} source
         * @memberof mesos.ExecutorInfo
         * @instance
         */
        ExecutorInfo.prototype.source = "";

        /**
         * ExecutorInfo data.
         * @member {Uint8Array} data
         * @memberof mesos.ExecutorInfo
         * @instance
         */
        ExecutorInfo.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new ExecutorInfo instance using the specified properties.
         * @function create
         * @memberof mesos.ExecutorInfo
         * @static
         * @param {mesos.ExecutorInfo.$Properties=} [properties] Properties to set
         * @returns {mesos.ExecutorInfo} ExecutorInfo instance
         * @type {{
         *   (properties: mesos.ExecutorInfo.$Shape): mesos.ExecutorInfo & mesos.ExecutorInfo.$Shape;
         *   (properties?: mesos.ExecutorInfo.$Properties): mesos.ExecutorInfo;
         * }}
         */
        ExecutorInfo.create = function(properties) {
            return new ExecutorInfo(properties);
        };

        /**
         * Encodes the specified ExecutorInfo message. Does not implicitly {@link mesos.ExecutorInfo.verify|verify} messages.
         * @function encode
         * @memberof mesos.ExecutorInfo
         * @static
         * @param {mesos.ExecutorInfo.$Properties} message ExecutorInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExecutorInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            $root.mesos.ExecutorID.encode(message.executorId, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
            if (message.resources != null && message.resources.length)
                for (var i = 0; i < message.resources.length; ++i)
                    $root.mesos.Resource.encode(message.resources[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            $root.mesos.CommandInfo.encode(message.command, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                $root.mesos.FrameworkID.encode(message.frameworkId, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.name);
            if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.source);
            if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                $root.mesos.ContainerInfo.encode(message.container, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an ExecutorInfo message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.ExecutorInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.ExecutorInfo & mesos.ExecutorInfo.$Shape} ExecutorInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExecutorInfo.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.mesos.ExecutorInfo();
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
                        message.executorId = $root.mesos.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executorId);
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.frameworkId = $root.mesos.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.frameworkId);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.command = $root.mesos.CommandInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.container = $root.mesos.ContainerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.resources && message.resources.length))
                            message.resources = [];
                        message.resources.push($root.mesos.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.source = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.data = reader.bytes();
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
            if (!$Object.hasOwnProperty.call(message, "executorId"))
                throw $util.ProtocolError("missing required 'executorId'", { instance: message });
            if (!$Object.hasOwnProperty.call(message, "command"))
                throw $util.ProtocolError("missing required 'command'", { instance: message });
            return message;
        };

        /**
         * Verifies an ExecutorInfo message.
         * @function verify
         * @memberof mesos.ExecutorInfo
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ExecutorInfo.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            {
                var error = $root.mesos.ExecutorID.verify(message.executorId, _depth + 1);
                if (error)
                    return "executorId." + error;
            }
            if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId")) {
                var error = $root.mesos.FrameworkID.verify(message.frameworkId, _depth + 1);
                if (error)
                    return "frameworkId." + error;
            }
            {
                var error = $root.mesos.CommandInfo.verify(message.command, _depth + 1);
                if (error)
                    return "command." + error;
            }
            if (message.container != null && $Object.hasOwnProperty.call(message, "container")) {
                var error = $root.mesos.ContainerInfo.verify(message.container, _depth + 1);
                if (error)
                    return "container." + error;
            }
            if (message.resources != null && $Object.hasOwnProperty.call(message, "resources")) {
                if (!$Array.isArray(message.resources))
                    return "resources: array expected";
                for (var i = 0; i < message.resources.length; ++i) {
                    var error = $root.mesos.Resource.verify(message.resources[i], _depth + 1);
                    if (error)
                        return "resources." + error;
                }
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                if (!$util.isString(message.source))
                    return "source: string expected";
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                    return "data: buffer expected";
            return null;
        };

        /**
         * Creates an ExecutorInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.ExecutorInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.ExecutorInfo} ExecutorInfo
         */
        ExecutorInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.ExecutorInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.ExecutorInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.ExecutorInfo();
            if (object.executorId != null) {
                if (!$util.isObject(object.executorId))
                    throw $TypeError(".mesos.ExecutorInfo.executorId: object expected");
                message.executorId = $root.mesos.ExecutorID.fromObject(object.executorId, _depth + 1);
            }
            if (object.frameworkId != null) {
                if (!$util.isObject(object.frameworkId))
                    throw $TypeError(".mesos.ExecutorInfo.frameworkId: object expected");
                message.frameworkId = $root.mesos.FrameworkID.fromObject(object.frameworkId, _depth + 1);
            }
            if (object.command != null) {
                if (!$util.isObject(object.command))
                    throw $TypeError(".mesos.ExecutorInfo.command: object expected");
                message.command = $root.mesos.CommandInfo.fromObject(object.command, _depth + 1);
            }
            if (object.container != null) {
                if (!$util.isObject(object.container))
                    throw $TypeError(".mesos.ExecutorInfo.container: object expected");
                message.container = $root.mesos.ContainerInfo.fromObject(object.container, _depth + 1);
            }
            if (object.resources) {
                if (!$Array.isArray(object.resources))
                    throw $TypeError(".mesos.ExecutorInfo.resources: array expected");
                message.resources = $Array(object.resources.length);
                for (var i = 0; i < object.resources.length; ++i) {
                    if (!$util.isObject(object.resources[i]))
                        throw $TypeError(".mesos.ExecutorInfo.resources: object expected");
                    message.resources[i] = $root.mesos.Resource.fromObject(object.resources[i], _depth + 1);
                }
            }
            if (object.name != null)
                message.name = $String(object.name);
            if (object.source != null)
                message.source = $String(object.source);
            if (object.data != null)
                if (typeof object.data === "string")
                    $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                else if (object.data.length >= 0)
                    message.data = object.data;
            return message;
        };

        /**
         * Creates a plain object from an ExecutorInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.ExecutorInfo
         * @static
         * @param {mesos.ExecutorInfo} message ExecutorInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ExecutorInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.arrays || options.defaults)
                object.resources = [];
            if (options.defaults) {
                object.executorId = null;
                if (options.bytes === $String)
                    object.data = "";
                else {
                    object.data = [];
                    if (options.bytes !== $Array)
                        object.data = $util.newBuffer(object.data);
                }
                object.command = null;
                object.frameworkId = null;
                object.name = "";
                object.source = "";
                object.container = null;
            }
            if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                object.executorId = $root.mesos.ExecutorID.toObject(message.executorId, options, _depth + 1);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
            if (message.resources && message.resources.length) {
                object.resources = $Array(message.resources.length);
                for (var j = 0; j < message.resources.length; ++j)
                    object.resources[j] = $root.mesos.Resource.toObject(message.resources[j], options, _depth + 1);
            }
            if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                object.command = $root.mesos.CommandInfo.toObject(message.command, options, _depth + 1);
            if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                object.frameworkId = $root.mesos.FrameworkID.toObject(message.frameworkId, options, _depth + 1);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                object.source = message.source;
            if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                object.container = $root.mesos.ContainerInfo.toObject(message.container, options, _depth + 1);
            return object;
        };

        /**
         * Converts this ExecutorInfo to JSON.
         * @function toJSON
         * @memberof mesos.ExecutorInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ExecutorInfo.prototype.toJSON = function() {
            return ExecutorInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ExecutorInfo;
    })();

    mesos.Value = (function() {

        /**
         * Properties of a Value.
         * @typedef {Object} mesos.Value.$Properties
         * @property {mesos.Value.Type} type Value type
         * @property {mesos.Value.Scalar.$Properties|null} [scalar] Value scalar
         * @property {mesos.Value.Ranges.$Properties|null} [ranges] Value ranges
         * @property {mesos.Value.Set.$Properties|null} [set] Value set
         * @property {mesos.Value.Text.$Properties|null} [text] Value text
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Value.
         * @memberof mesos
         * @interface IValue
         * @augments mesos.Value.$Properties
         * @deprecated Use mesos.Value.$Properties instead.
         */

        /**
         * Shape of a Value.
         * @typedef {mesos.Value.$Properties} mesos.Value.$Shape
         */

        /**
         * Constructs a new Value.
         * @memberof mesos
         * @classdesc Represents a Value.
         * @constructor
         * @param {mesos.Value.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Value = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Value type.
         * @member {mesos.Value.Type} type
         * @memberof mesos.Value
         * @instance
         */
        Value.prototype.type = 0;

        /**
         * Value scalar.
         * @member {mesos.Value.Scalar.$Properties|null|undefined} scalar
         * @memberof mesos.Value
         * @instance
         */
        Value.prototype.scalar = null;

        /**
         * Value ranges.
         * @member {mesos.Value.Ranges.$Properties|null|undefined} ranges
         * @memberof mesos.Value
         * @instance
         */
        Value.prototype.ranges = null;

        /**
         * Value set.
         * @member {mesos.Value.Set.$Properties|null|undefined} set
         * @memberof mesos.Value
         * @instance
         */
        Value.prototype.set = null;

        /**
         * Value text.
         * @member {mesos.Value.Text.$Properties|null|undefined} text
         * @memberof mesos.Value
         * @instance
         */
        Value.prototype.text = null;

        /**
         * Creates a new Value instance using the specified properties.
         * @function create
         * @memberof mesos.Value
         * @static
         * @param {mesos.Value.$Properties=} [properties] Properties to set
         * @returns {mesos.Value} Value instance
         * @type {{
         *   (properties: mesos.Value.$Shape): mesos.Value & mesos.Value.$Shape;
         *   (properties?: mesos.Value.$Properties): mesos.Value;
         * }}
         */
        Value.create = function(properties) {
            return new Value(properties);
        };

        /**
         * Encodes the specified Value message. Does not implicitly {@link mesos.Value.verify|verify} messages.
         * @function encode
         * @memberof mesos.Value
         * @static
         * @param {mesos.Value.$Properties} message Value message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Value.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
            if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar"))
                $root.mesos.Value.Scalar.encode(message.scalar, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges"))
                $root.mesos.Value.Ranges.encode(message.ranges, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                $root.mesos.Value.Set.encode(message.set, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                $root.mesos.Value.Text.encode(message.text, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Value message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.Value
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.Value & mesos.Value.$Shape} Value
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Value.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.mesos.Value();
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
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.mesos.Value.Type[value] !== $undefined)
                            message.type = value;
                        else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.scalar = $root.mesos.Value.Scalar.decode(reader, reader.size(), $undefined, _depth + 1, message.scalar);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.ranges = $root.mesos.Value.Ranges.decode(reader, reader.size(), $undefined, _depth + 1, message.ranges);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.set = $root.mesos.Value.Set.decode(reader, reader.size(), $undefined, _depth + 1, message.set);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.text = $root.mesos.Value.Text.decode(reader, reader.size(), $undefined, _depth + 1, message.text);
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
            if (!$Object.hasOwnProperty.call(message, "type"))
                throw $util.ProtocolError("missing required 'type'", { instance: message });
            return message;
        };

        /**
         * Verifies a Value message.
         * @function verify
         * @memberof mesos.Value
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Value.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            switch (message.type) {
            default:
                return "type: enum value expected";
            case 0:
            case 1:
            case 2:
            case 3:
                break;
            }
            if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar")) {
                var error = $root.mesos.Value.Scalar.verify(message.scalar, _depth + 1);
                if (error)
                    return "scalar." + error;
            }
            if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges")) {
                var error = $root.mesos.Value.Ranges.verify(message.ranges, _depth + 1);
                if (error)
                    return "ranges." + error;
            }
            if (message.set != null && $Object.hasOwnProperty.call(message, "set")) {
                var error = $root.mesos.Value.Set.verify(message.set, _depth + 1);
                if (error)
                    return "set." + error;
            }
            if (message.text != null && $Object.hasOwnProperty.call(message, "text")) {
                var error = $root.mesos.Value.Text.verify(message.text, _depth + 1);
                if (error)
                    return "text." + error;
            }
            return null;
        };

        /**
         * Creates a Value message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.Value
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.Value} Value
         */
        Value.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.Value)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.Value: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.Value();
            switch (object.type) {
            case "SCALAR":
            case 0:
                message.type = 0;
                break;
            case "RANGES":
            case 1:
                message.type = 1;
                break;
            case "SET":
            case 2:
                message.type = 2;
                break;
            case "TEXT":
            case 3:
                message.type = 3;
                break;
            default:
            }
            if (object.scalar != null) {
                if (!$util.isObject(object.scalar))
                    throw $TypeError(".mesos.Value.scalar: object expected");
                message.scalar = $root.mesos.Value.Scalar.fromObject(object.scalar, _depth + 1);
            }
            if (object.ranges != null) {
                if (!$util.isObject(object.ranges))
                    throw $TypeError(".mesos.Value.ranges: object expected");
                message.ranges = $root.mesos.Value.Ranges.fromObject(object.ranges, _depth + 1);
            }
            if (object.set != null) {
                if (!$util.isObject(object.set))
                    throw $TypeError(".mesos.Value.set: object expected");
                message.set = $root.mesos.Value.Set.fromObject(object.set, _depth + 1);
            }
            if (object.text != null) {
                if (!$util.isObject(object.text))
                    throw $TypeError(".mesos.Value.text: object expected");
                message.text = $root.mesos.Value.Text.fromObject(object.text, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a Value message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.Value
         * @static
         * @param {mesos.Value} message Value
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Value.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                object.type = options.enums === $String ? "SCALAR" : 0;
                object.scalar = null;
                object.ranges = null;
                object.set = null;
                object.text = null;
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.mesos.Value.Type[message.type] === $undefined ? message.type : $root.mesos.Value.Type[message.type] : message.type;
            if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar"))
                object.scalar = $root.mesos.Value.Scalar.toObject(message.scalar, options, _depth + 1);
            if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges"))
                object.ranges = $root.mesos.Value.Ranges.toObject(message.ranges, options, _depth + 1);
            if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                object.set = $root.mesos.Value.Set.toObject(message.set, options, _depth + 1);
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                object.text = $root.mesos.Value.Text.toObject(message.text, options, _depth + 1);
            return object;
        };

        /**
         * Converts this Value to JSON.
         * @function toJSON
         * @memberof mesos.Value
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Value.prototype.toJSON = function() {
            return Value.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Type enum.
         * @name mesos.Value.Type
         * @enum {number}
         * @property {number} SCALAR=0 SCALAR value
         * @property {number} RANGES=1 RANGES value
         * @property {number} SET=2 SET value
         * @property {number} TEXT=3 TEXT value
         */
        Value.Type = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SCALAR"] = 0;
            values[valuesById[1] = "RANGES"] = 1;
            values[valuesById[2] = "SET"] = 2;
            values[valuesById[3] = "TEXT"] = 3;
            return values;
        })();

        Value.Scalar = (function() {

            /**
             * Properties of a Scalar.
             * @typedef {Object} mesos.Value.Scalar.$Properties
             * @property {number} value Scalar value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Scalar.
             * @memberof mesos.Value
             * @interface IScalar
             * @augments mesos.Value.Scalar.$Properties
             * @deprecated Use mesos.Value.Scalar.$Properties instead.
             */

            /**
             * Shape of a Scalar.
             * @typedef {mesos.Value.Scalar.$Properties} mesos.Value.Scalar.$Shape
             */

            /**
             * Constructs a new Scalar.
             * @memberof mesos.Value
             * @classdesc Represents a Scalar.
             * @constructor
             * @param {mesos.Value.Scalar.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Scalar = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Scalar value.
             * @member {number} value
             * @memberof mesos.Value.Scalar
             * @instance
             */
            Scalar.prototype.value = 0;

            /**
             * Creates a new Scalar instance using the specified properties.
             * @function create
             * @memberof mesos.Value.Scalar
             * @static
             * @param {mesos.Value.Scalar.$Properties=} [properties] Properties to set
             * @returns {mesos.Value.Scalar} Scalar instance
             * @type {{
             *   (properties: mesos.Value.Scalar.$Shape): mesos.Value.Scalar & mesos.Value.Scalar.$Shape;
             *   (properties?: mesos.Value.Scalar.$Properties): mesos.Value.Scalar;
             * }}
             */
            Scalar.create = function(properties) {
                return new Scalar(properties);
            };

            /**
             * Encodes the specified Scalar message. Does not implicitly {@link mesos.Value.Scalar.verify|verify} messages.
             * @function encode
             * @memberof mesos.Value.Scalar
             * @static
             * @param {mesos.Value.Scalar.$Properties} message Scalar message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Scalar.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 1, wireType 1 =*/9).double(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Scalar message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.Value.Scalar
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.Value.Scalar & mesos.Value.Scalar.$Shape} Scalar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Scalar.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.mesos.Value.Scalar();
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
                            message.value = reader.double();
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
             * Verifies a Scalar message.
             * @function verify
             * @memberof mesos.Value.Scalar
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Scalar.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (typeof message.value !== "number")
                    return "value: number expected";
                return null;
            };

            /**
             * Creates a Scalar message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.Value.Scalar
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.Value.Scalar} Scalar
             */
            Scalar.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.Value.Scalar)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.Value.Scalar: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.Value.Scalar();
                if (object.value != null)
                    message.value = $Number(object.value);
                return message;
            };

            /**
             * Creates a plain object from a Scalar message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.Value.Scalar
             * @static
             * @param {mesos.Value.Scalar} message Scalar
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Scalar.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.value = 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                return object;
            };

            /**
             * Converts this Scalar to JSON.
             * @function toJSON
             * @memberof mesos.Value.Scalar
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Scalar.prototype.toJSON = function() {
                return Scalar.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Scalar;
        })();

        Value.Range = (function() {

            /**
             * Properties of a Range.
             * @typedef {Object} mesos.Value.Range.$Properties
             * @property {number} begin Range begin
             * @property {number} end Range end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Range.
             * @memberof mesos.Value
             * @interface IRange
             * @augments mesos.Value.Range.$Properties
             * @deprecated Use mesos.Value.Range.$Properties instead.
             */

            /**
             * Shape of a Range.
             * @typedef {mesos.Value.Range.$Properties} mesos.Value.Range.$Shape
             */

            /**
             * Constructs a new Range.
             * @memberof mesos.Value
             * @classdesc Represents a Range.
             * @constructor
             * @param {mesos.Value.Range.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Range = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Range begin.
             * @member {number} begin
             * @memberof mesos.Value.Range
             * @instance
             */
            Range.prototype.begin = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Range end.
             * @member {number} end
             * @memberof mesos.Value.Range
             * @instance
             */
            Range.prototype.end = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Range instance using the specified properties.
             * @function create
             * @memberof mesos.Value.Range
             * @static
             * @param {mesos.Value.Range.$Properties=} [properties] Properties to set
             * @returns {mesos.Value.Range} Range instance
             * @type {{
             *   (properties: mesos.Value.Range.$Shape): mesos.Value.Range & mesos.Value.Range.$Shape;
             *   (properties?: mesos.Value.Range.$Properties): mesos.Value.Range;
             * }}
             */
            Range.create = function(properties) {
                return new Range(properties);
            };

            /**
             * Encodes the specified Range message. Does not implicitly {@link mesos.Value.Range.verify|verify} messages.
             * @function encode
             * @memberof mesos.Value.Range
             * @static
             * @param {mesos.Value.Range.$Properties} message Range message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Range.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.begin);
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.end);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Range message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.Value.Range
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.Value.Range & mesos.Value.Range.$Shape} Range
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Range.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.mesos.Value.Range();
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
                            if (wireType !== 0)
                                break;
                            message.begin = reader.uint64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.end = reader.uint64();
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
                if (!$Object.hasOwnProperty.call(message, "begin"))
                    throw $util.ProtocolError("missing required 'begin'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "end"))
                    throw $util.ProtocolError("missing required 'end'", { instance: message });
                return message;
            };

            /**
             * Verifies a Range message.
             * @function verify
             * @memberof mesos.Value.Range
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Range.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.begin) && !(message.begin && $util.isInteger(message.begin.low) && $util.isInteger(message.begin.high)))
                    return "begin: integer|Long expected";
                if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                    return "end: integer|Long expected";
                return null;
            };

            /**
             * Creates a Range message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.Value.Range
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.Value.Range} Range
             */
            Range.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.Value.Range)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.Value.Range: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.Value.Range();
                if (object.begin != null)
                    if ($util.Long)
                        message.begin = $util.Long.fromValue(object.begin, true);
                    else if (typeof object.begin === "string")
                        message.begin = $parseInt(object.begin, 10);
                    else if (typeof object.begin === "number")
                        message.begin = object.begin;
                    else if (typeof object.begin === "object")
                        message.begin = new $util.LongBits(object.begin.low >>> 0, object.begin.high >>> 0).toNumber(true);
                if (object.end != null)
                    if ($util.Long)
                        message.end = $util.Long.fromValue(object.end, true);
                    else if (typeof object.end === "string")
                        message.end = $parseInt(object.end, 10);
                    else if (typeof object.end === "number")
                        message.end = object.end;
                    else if (typeof object.end === "object")
                        message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Range message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.Value.Range
             * @static
             * @param {mesos.Value.Range} message Range
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Range.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.begin = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.begin = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.begin != null && $Object.hasOwnProperty.call(message, "begin"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.begin = typeof message.begin === "number" ? $BigInt(message.begin) : $util.Long.fromBits(message.begin.low >>> 0, message.begin.high >>> 0, true).toBigInt();
                    else if (typeof message.begin === "number")
                        object.begin = options.longs === $String ? $String(message.begin) : message.begin;
                    else
                        object.begin = options.longs === $String ? $util.Long.prototype.toString.call(message.begin) : options.longs === $Number ? new $util.LongBits(message.begin.low >>> 0, message.begin.high >>> 0).toNumber(true) : message.begin;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, true).toBigInt();
                    else if (typeof message.end === "number")
                        object.end = options.longs === $String ? $String(message.end) : message.end;
                    else
                        object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber(true) : message.end;
                return object;
            };

            /**
             * Converts this Range to JSON.
             * @function toJSON
             * @memberof mesos.Value.Range
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Range.prototype.toJSON = function() {
                return Range.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Range;
        })();

        Value.Ranges = (function() {

            /**
             * Properties of a Ranges.
             * @typedef {Object} mesos.Value.Ranges.$Properties
             * @property {Array.<mesos.Value.Range.$Properties>|null} [range] Ranges range
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ranges.
             * @memberof mesos.Value
             * @interface IRanges
             * @augments mesos.Value.Ranges.$Properties
             * @deprecated Use mesos.Value.Ranges.$Properties instead.
             */

            /**
             * Shape of a Ranges.
             * @typedef {mesos.Value.Ranges.$Properties} mesos.Value.Ranges.$Shape
             */

            /**
             * Constructs a new Ranges.
             * @memberof mesos.Value
             * @classdesc Represents a Ranges.
             * @constructor
             * @param {mesos.Value.Ranges.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Ranges = function (properties) {
                this.range = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ranges range.
             * @member {Array.<mesos.Value.Range.$Properties>} range
             * @memberof mesos.Value.Ranges
             * @instance
             */
            Ranges.prototype.range = $util.emptyArray;

            /**
             * Creates a new Ranges instance using the specified properties.
             * @function create
             * @memberof mesos.Value.Ranges
             * @static
             * @param {mesos.Value.Ranges.$Properties=} [properties] Properties to set
             * @returns {mesos.Value.Ranges} Ranges instance
             * @type {{
             *   (properties: mesos.Value.Ranges.$Shape): mesos.Value.Ranges & mesos.Value.Ranges.$Shape;
             *   (properties?: mesos.Value.Ranges.$Properties): mesos.Value.Ranges;
             * }}
             */
            Ranges.create = function(properties) {
                return new Ranges(properties);
            };

            /**
             * Encodes the specified Ranges message. Does not implicitly {@link mesos.Value.Ranges.verify|verify} messages.
             * @function encode
             * @memberof mesos.Value.Ranges
             * @static
             * @param {mesos.Value.Ranges.$Properties} message Ranges message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ranges.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.range != null && message.range.length)
                    for (var i = 0; i < message.range.length; ++i)
                        $root.mesos.Value.Range.encode(message.range[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Ranges message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.Value.Ranges
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.Value.Ranges & mesos.Value.Ranges.$Shape} Ranges
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ranges.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.mesos.Value.Ranges();
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
                            if (!(message.range && message.range.length))
                                message.range = [];
                            message.range.push($root.mesos.Value.Range.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Verifies a Ranges message.
             * @function verify
             * @memberof mesos.Value.Ranges
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ranges.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.range != null && $Object.hasOwnProperty.call(message, "range")) {
                    if (!$Array.isArray(message.range))
                        return "range: array expected";
                    for (var i = 0; i < message.range.length; ++i) {
                        var error = $root.mesos.Value.Range.verify(message.range[i], _depth + 1);
                        if (error)
                            return "range." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Ranges message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.Value.Ranges
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.Value.Ranges} Ranges
             */
            Ranges.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.Value.Ranges)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.Value.Ranges: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.Value.Ranges();
                if (object.range) {
                    if (!$Array.isArray(object.range))
                        throw $TypeError(".mesos.Value.Ranges.range: array expected");
                    message.range = $Array(object.range.length);
                    for (var i = 0; i < object.range.length; ++i) {
                        if (!$util.isObject(object.range[i]))
                            throw $TypeError(".mesos.Value.Ranges.range: object expected");
                        message.range[i] = $root.mesos.Value.Range.fromObject(object.range[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Ranges message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.Value.Ranges
             * @static
             * @param {mesos.Value.Ranges} message Ranges
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ranges.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.range = [];
                if (message.range && message.range.length) {
                    object.range = $Array(message.range.length);
                    for (var j = 0; j < message.range.length; ++j)
                        object.range[j] = $root.mesos.Value.Range.toObject(message.range[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Ranges to JSON.
             * @function toJSON
             * @memberof mesos.Value.Ranges
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ranges.prototype.toJSON = function() {
                return Ranges.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ranges;
        })();

        Value.Set = (function() {

            /**
             * Properties of a Set.
             * @typedef {Object} mesos.Value.Set.$Properties
             * @property {Array.<string>|null} [item] Set item
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Set.
             * @memberof mesos.Value
             * @interface ISet
             * @augments mesos.Value.Set.$Properties
             * @deprecated Use mesos.Value.Set.$Properties instead.
             */

            /**
             * Shape of a Set.
             * @typedef {mesos.Value.Set.$Properties} mesos.Value.Set.$Shape
             */

            /**
             * Constructs a new Set.
             * @memberof mesos.Value
             * @classdesc Represents a Set.
             * @constructor
             * @param {mesos.Value.Set.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Set = function (properties) {
                this.item = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Set item.
             * @member {Array.<string>} item
             * @memberof mesos.Value.Set
             * @instance
             */
            Set.prototype.item = $util.emptyArray;

            /**
             * Creates a new Set instance using the specified properties.
             * @function create
             * @memberof mesos.Value.Set
             * @static
             * @param {mesos.Value.Set.$Properties=} [properties] Properties to set
             * @returns {mesos.Value.Set} Set instance
             * @type {{
             *   (properties: mesos.Value.Set.$Shape): mesos.Value.Set & mesos.Value.Set.$Shape;
             *   (properties?: mesos.Value.Set.$Properties): mesos.Value.Set;
             * }}
             */
            Set.create = function(properties) {
                return new Set(properties);
            };

            /**
             * Encodes the specified Set message. Does not implicitly {@link mesos.Value.Set.verify|verify} messages.
             * @function encode
             * @memberof mesos.Value.Set
             * @static
             * @param {mesos.Value.Set.$Properties} message Set message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Set.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.item != null && message.item.length)
                    for (var i = 0; i < message.item.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.item[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Set message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.Value.Set
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.Value.Set & mesos.Value.Set.$Shape} Set
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Set.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.mesos.Value.Set();
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
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.string());
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
             * Verifies a Set message.
             * @function verify
             * @memberof mesos.Value.Set
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Set.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isString(message.item[i]))
                            return "item: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Set message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.Value.Set
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.Value.Set} Set
             */
            Set.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.Value.Set)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.Value.Set: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.Value.Set();
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".mesos.Value.Set.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = $String(object.item[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Set message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.Value.Set
             * @static
             * @param {mesos.Value.Set} message Set
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Set.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.item = [];
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                return object;
            };

            /**
             * Converts this Set to JSON.
             * @function toJSON
             * @memberof mesos.Value.Set
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Set.prototype.toJSON = function() {
                return Set.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Set;
        })();

        Value.Text = (function() {

            /**
             * Properties of a Text.
             * @typedef {Object} mesos.Value.Text.$Properties
             * @property {string} value Text value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Text.
             * @memberof mesos.Value
             * @interface IText
             * @augments mesos.Value.Text.$Properties
             * @deprecated Use mesos.Value.Text.$Properties instead.
             */

            /**
             * Shape of a Text.
             * @typedef {mesos.Value.Text.$Properties} mesos.Value.Text.$Shape
             */

            /**
             * Constructs a new Text.
             * @memberof mesos.Value
             * @classdesc Represents a Text.
             * @constructor
             * @param {mesos.Value.Text.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Text = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Text value.
             * @member {string} value
             * @memberof mesos.Value.Text
             * @instance
             */
            Text.prototype.value = "";

            /**
             * Creates a new Text instance using the specified properties.
             * @function create
             * @memberof mesos.Value.Text
             * @static
             * @param {mesos.Value.Text.$Properties=} [properties] Properties to set
             * @returns {mesos.Value.Text} Text instance
             * @type {{
             *   (properties: mesos.Value.Text.$Shape): mesos.Value.Text & mesos.Value.Text.$Shape;
             *   (properties?: mesos.Value.Text.$Properties): mesos.Value.Text;
             * }}
             */
            Text.create = function(properties) {
                return new Text(properties);
            };

            /**
             * Encodes the specified Text message. Does not implicitly {@link mesos.Value.Text.verify|verify} messages.
             * @function encode
             * @memberof mesos.Value.Text
             * @static
             * @param {mesos.Value.Text.$Properties} message Text message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Text.encode = function (message, writer, _depth) {
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
             * Decodes a Text message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.Value.Text
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.Value.Text & mesos.Value.Text.$Shape} Text
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Text.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.mesos.Value.Text();
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
             * Verifies a Text message.
             * @function verify
             * @memberof mesos.Value.Text
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Text.verify = function (message, _depth) {
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

            /**
             * Creates a Text message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.Value.Text
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.Value.Text} Text
             */
            Text.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.Value.Text)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.Value.Text: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.Value.Text();
                if (object.value != null)
                    message.value = $String(object.value);
                return message;
            };

            /**
             * Creates a plain object from a Text message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.Value.Text
             * @static
             * @param {mesos.Value.Text} message Text
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Text.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.value = "";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this Text to JSON.
             * @function toJSON
             * @memberof mesos.Value.Text
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Text.prototype.toJSON = function() {
                return Text.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Text;
        })();

        return Value;
    })();

    mesos.Resource = (function() {

        /**
         * Properties of a Resource.
         * @typedef {Object} mesos.Resource.$Properties
         * @property {string} name Resource name
         * @property {mesos.Value.Type} type Resource type
         * @property {mesos.Value.Scalar.$Properties|null} [scalar] Resource scalar
         * @property {mesos.Value.Ranges.$Properties|null} [ranges] Resource ranges
         * @property {mesos.Value.Set.$Properties|null} [set] Resource set
         * @property {string|null} [role] Resource role
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Resource.
         * @memberof mesos
         * @interface IResource
         * @augments mesos.Resource.$Properties
         * @deprecated Use mesos.Resource.$Properties instead.
         */

        /**
         * Shape of a Resource.
         * @typedef {mesos.Resource.$Properties} mesos.Resource.$Shape
         */

        /**
         * Constructs a new Resource.
         * @memberof mesos
         * @classdesc Represents a Resource.
         * @constructor
         * @param {mesos.Resource.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Resource = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Resource name.
         * @member {string} name
         * @memberof mesos.Resource
         * @instance
         */
        Resource.prototype.name = "";

        /**
         * Resource type.
         * @member {mesos.Value.Type} type
         * @memberof mesos.Resource
         * @instance
         */
        Resource.prototype.type = 0;

        /**
         * Resource scalar.
         * @member {mesos.Value.Scalar.$Properties|null|undefined} scalar
         * @memberof mesos.Resource
         * @instance
         */
        Resource.prototype.scalar = null;

        /**
         * Resource ranges.
         * @member {mesos.Value.Ranges.$Properties|null|undefined} ranges
         * @memberof mesos.Resource
         * @instance
         */
        Resource.prototype.ranges = null;

        /**
         * Resource set.
         * @member {mesos.Value.Set.$Properties|null|undefined} set
         * @memberof mesos.Resource
         * @instance
         */
        Resource.prototype.set = null;

        /**
         * Resource role.
         * @member {string} role
         * @memberof mesos.Resource
         * @instance
         */
        Resource.prototype.role = "*";

        /**
         * Creates a new Resource instance using the specified properties.
         * @function create
         * @memberof mesos.Resource
         * @static
         * @param {mesos.Resource.$Properties=} [properties] Properties to set
         * @returns {mesos.Resource} Resource instance
         * @type {{
         *   (properties: mesos.Resource.$Shape): mesos.Resource & mesos.Resource.$Shape;
         *   (properties?: mesos.Resource.$Properties): mesos.Resource;
         * }}
         */
        Resource.create = function(properties) {
            return new Resource(properties);
        };

        /**
         * Encodes the specified Resource message. Does not implicitly {@link mesos.Resource.verify|verify} messages.
         * @function encode
         * @memberof mesos.Resource
         * @static
         * @param {mesos.Resource.$Properties} message Resource message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Resource.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
            if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar"))
                $root.mesos.Value.Scalar.encode(message.scalar, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges"))
                $root.mesos.Value.Ranges.encode(message.ranges, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                $root.mesos.Value.Set.encode(message.set, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.role);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Resource message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.Resource
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.Resource & mesos.Resource.$Shape} Resource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Resource.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.mesos.Resource();
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
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.mesos.Value.Type[value] !== $undefined)
                            message.type = value;
                        else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.scalar = $root.mesos.Value.Scalar.decode(reader, reader.size(), $undefined, _depth + 1, message.scalar);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.ranges = $root.mesos.Value.Ranges.decode(reader, reader.size(), $undefined, _depth + 1, message.ranges);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.set = $root.mesos.Value.Set.decode(reader, reader.size(), $undefined, _depth + 1, message.set);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.role = reader.string();
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
            if (!$Object.hasOwnProperty.call(message, "name"))
                throw $util.ProtocolError("missing required 'name'", { instance: message });
            if (!$Object.hasOwnProperty.call(message, "type"))
                throw $util.ProtocolError("missing required 'type'", { instance: message });
            return message;
        };

        /**
         * Verifies a Resource message.
         * @function verify
         * @memberof mesos.Resource
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Resource.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isString(message.name))
                return "name: string expected";
            switch (message.type) {
            default:
                return "type: enum value expected";
            case 0:
            case 1:
            case 2:
            case 3:
                break;
            }
            if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar")) {
                var error = $root.mesos.Value.Scalar.verify(message.scalar, _depth + 1);
                if (error)
                    return "scalar." + error;
            }
            if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges")) {
                var error = $root.mesos.Value.Ranges.verify(message.ranges, _depth + 1);
                if (error)
                    return "ranges." + error;
            }
            if (message.set != null && $Object.hasOwnProperty.call(message, "set")) {
                var error = $root.mesos.Value.Set.verify(message.set, _depth + 1);
                if (error)
                    return "set." + error;
            }
            if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                if (!$util.isString(message.role))
                    return "role: string expected";
            return null;
        };

        /**
         * Creates a Resource message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.Resource
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.Resource} Resource
         */
        Resource.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.Resource)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.Resource: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.Resource();
            if (object.name != null)
                message.name = $String(object.name);
            switch (object.type) {
            case "SCALAR":
            case 0:
                message.type = 0;
                break;
            case "RANGES":
            case 1:
                message.type = 1;
                break;
            case "SET":
            case 2:
                message.type = 2;
                break;
            case "TEXT":
            case 3:
                message.type = 3;
                break;
            default:
            }
            if (object.scalar != null) {
                if (!$util.isObject(object.scalar))
                    throw $TypeError(".mesos.Resource.scalar: object expected");
                message.scalar = $root.mesos.Value.Scalar.fromObject(object.scalar, _depth + 1);
            }
            if (object.ranges != null) {
                if (!$util.isObject(object.ranges))
                    throw $TypeError(".mesos.Resource.ranges: object expected");
                message.ranges = $root.mesos.Value.Ranges.fromObject(object.ranges, _depth + 1);
            }
            if (object.set != null) {
                if (!$util.isObject(object.set))
                    throw $TypeError(".mesos.Resource.set: object expected");
                message.set = $root.mesos.Value.Set.fromObject(object.set, _depth + 1);
            }
            if (object.role != null)
                message.role = $String(object.role);
            return message;
        };

        /**
         * Creates a plain object from a Resource message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.Resource
         * @static
         * @param {mesos.Resource} message Resource
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Resource.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                object.name = "";
                object.type = options.enums === $String ? "SCALAR" : 0;
                object.scalar = null;
                object.ranges = null;
                object.set = null;
                object.role = "*";
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.mesos.Value.Type[message.type] === $undefined ? message.type : $root.mesos.Value.Type[message.type] : message.type;
            if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar"))
                object.scalar = $root.mesos.Value.Scalar.toObject(message.scalar, options, _depth + 1);
            if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges"))
                object.ranges = $root.mesos.Value.Ranges.toObject(message.ranges, options, _depth + 1);
            if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                object.set = $root.mesos.Value.Set.toObject(message.set, options, _depth + 1);
            if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                object.role = message.role;
            return object;
        };

        /**
         * Converts this Resource to JSON.
         * @function toJSON
         * @memberof mesos.Resource
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Resource.prototype.toJSON = function() {
            return Resource.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Resource;
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

        /**
         * Creates a ResourceStatistics message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.ResourceStatistics
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.ResourceStatistics} ResourceStatistics
         */
        ResourceStatistics.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.ResourceStatistics)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.ResourceStatistics: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.ResourceStatistics();
            if (object.timestamp != null)
                message.timestamp = $Number(object.timestamp);
            if (object.processes != null)
                message.processes = object.processes >>> 0;
            if (object.threads != null)
                message.threads = object.threads >>> 0;
            if (object.cpusUserTimeSecs != null)
                message.cpusUserTimeSecs = $Number(object.cpusUserTimeSecs);
            if (object.cpusSystemTimeSecs != null)
                message.cpusSystemTimeSecs = $Number(object.cpusSystemTimeSecs);
            if (object.cpusLimit != null)
                message.cpusLimit = $Number(object.cpusLimit);
            if (object.cpusNrPeriods != null)
                message.cpusNrPeriods = object.cpusNrPeriods >>> 0;
            if (object.cpusNrThrottled != null)
                message.cpusNrThrottled = object.cpusNrThrottled >>> 0;
            if (object.cpusThrottledTimeSecs != null)
                message.cpusThrottledTimeSecs = $Number(object.cpusThrottledTimeSecs);
            if (object.memTotalBytes != null)
                if ($util.Long)
                    message.memTotalBytes = $util.Long.fromValue(object.memTotalBytes, true);
                else if (typeof object.memTotalBytes === "string")
                    message.memTotalBytes = $parseInt(object.memTotalBytes, 10);
                else if (typeof object.memTotalBytes === "number")
                    message.memTotalBytes = object.memTotalBytes;
                else if (typeof object.memTotalBytes === "object")
                    message.memTotalBytes = new $util.LongBits(object.memTotalBytes.low >>> 0, object.memTotalBytes.high >>> 0).toNumber(true);
            if (object.memTotalMemswBytes != null)
                if ($util.Long)
                    message.memTotalMemswBytes = $util.Long.fromValue(object.memTotalMemswBytes, true);
                else if (typeof object.memTotalMemswBytes === "string")
                    message.memTotalMemswBytes = $parseInt(object.memTotalMemswBytes, 10);
                else if (typeof object.memTotalMemswBytes === "number")
                    message.memTotalMemswBytes = object.memTotalMemswBytes;
                else if (typeof object.memTotalMemswBytes === "object")
                    message.memTotalMemswBytes = new $util.LongBits(object.memTotalMemswBytes.low >>> 0, object.memTotalMemswBytes.high >>> 0).toNumber(true);
            if (object.memLimitBytes != null)
                if ($util.Long)
                    message.memLimitBytes = $util.Long.fromValue(object.memLimitBytes, true);
                else if (typeof object.memLimitBytes === "string")
                    message.memLimitBytes = $parseInt(object.memLimitBytes, 10);
                else if (typeof object.memLimitBytes === "number")
                    message.memLimitBytes = object.memLimitBytes;
                else if (typeof object.memLimitBytes === "object")
                    message.memLimitBytes = new $util.LongBits(object.memLimitBytes.low >>> 0, object.memLimitBytes.high >>> 0).toNumber(true);
            if (object.memSoftLimitBytes != null)
                if ($util.Long)
                    message.memSoftLimitBytes = $util.Long.fromValue(object.memSoftLimitBytes, true);
                else if (typeof object.memSoftLimitBytes === "string")
                    message.memSoftLimitBytes = $parseInt(object.memSoftLimitBytes, 10);
                else if (typeof object.memSoftLimitBytes === "number")
                    message.memSoftLimitBytes = object.memSoftLimitBytes;
                else if (typeof object.memSoftLimitBytes === "object")
                    message.memSoftLimitBytes = new $util.LongBits(object.memSoftLimitBytes.low >>> 0, object.memSoftLimitBytes.high >>> 0).toNumber(true);
            if (object.memFileBytes != null)
                if ($util.Long)
                    message.memFileBytes = $util.Long.fromValue(object.memFileBytes, true);
                else if (typeof object.memFileBytes === "string")
                    message.memFileBytes = $parseInt(object.memFileBytes, 10);
                else if (typeof object.memFileBytes === "number")
                    message.memFileBytes = object.memFileBytes;
                else if (typeof object.memFileBytes === "object")
                    message.memFileBytes = new $util.LongBits(object.memFileBytes.low >>> 0, object.memFileBytes.high >>> 0).toNumber(true);
            if (object.memAnonBytes != null)
                if ($util.Long)
                    message.memAnonBytes = $util.Long.fromValue(object.memAnonBytes, true);
                else if (typeof object.memAnonBytes === "string")
                    message.memAnonBytes = $parseInt(object.memAnonBytes, 10);
                else if (typeof object.memAnonBytes === "number")
                    message.memAnonBytes = object.memAnonBytes;
                else if (typeof object.memAnonBytes === "object")
                    message.memAnonBytes = new $util.LongBits(object.memAnonBytes.low >>> 0, object.memAnonBytes.high >>> 0).toNumber(true);
            if (object.memCacheBytes != null)
                if ($util.Long)
                    message.memCacheBytes = $util.Long.fromValue(object.memCacheBytes, true);
                else if (typeof object.memCacheBytes === "string")
                    message.memCacheBytes = $parseInt(object.memCacheBytes, 10);
                else if (typeof object.memCacheBytes === "number")
                    message.memCacheBytes = object.memCacheBytes;
                else if (typeof object.memCacheBytes === "object")
                    message.memCacheBytes = new $util.LongBits(object.memCacheBytes.low >>> 0, object.memCacheBytes.high >>> 0).toNumber(true);
            if (object.memRssBytes != null)
                if ($util.Long)
                    message.memRssBytes = $util.Long.fromValue(object.memRssBytes, true);
                else if (typeof object.memRssBytes === "string")
                    message.memRssBytes = $parseInt(object.memRssBytes, 10);
                else if (typeof object.memRssBytes === "number")
                    message.memRssBytes = object.memRssBytes;
                else if (typeof object.memRssBytes === "object")
                    message.memRssBytes = new $util.LongBits(object.memRssBytes.low >>> 0, object.memRssBytes.high >>> 0).toNumber(true);
            if (object.memMappedFileBytes != null)
                if ($util.Long)
                    message.memMappedFileBytes = $util.Long.fromValue(object.memMappedFileBytes, true);
                else if (typeof object.memMappedFileBytes === "string")
                    message.memMappedFileBytes = $parseInt(object.memMappedFileBytes, 10);
                else if (typeof object.memMappedFileBytes === "number")
                    message.memMappedFileBytes = object.memMappedFileBytes;
                else if (typeof object.memMappedFileBytes === "object")
                    message.memMappedFileBytes = new $util.LongBits(object.memMappedFileBytes.low >>> 0, object.memMappedFileBytes.high >>> 0).toNumber(true);
            if (object.memSwapBytes != null)
                if ($util.Long)
                    message.memSwapBytes = $util.Long.fromValue(object.memSwapBytes, true);
                else if (typeof object.memSwapBytes === "string")
                    message.memSwapBytes = $parseInt(object.memSwapBytes, 10);
                else if (typeof object.memSwapBytes === "number")
                    message.memSwapBytes = object.memSwapBytes;
                else if (typeof object.memSwapBytes === "object")
                    message.memSwapBytes = new $util.LongBits(object.memSwapBytes.low >>> 0, object.memSwapBytes.high >>> 0).toNumber(true);
            if (object.memUnevictableBytes != null)
                if ($util.Long)
                    message.memUnevictableBytes = $util.Long.fromValue(object.memUnevictableBytes, true);
                else if (typeof object.memUnevictableBytes === "string")
                    message.memUnevictableBytes = $parseInt(object.memUnevictableBytes, 10);
                else if (typeof object.memUnevictableBytes === "number")
                    message.memUnevictableBytes = object.memUnevictableBytes;
                else if (typeof object.memUnevictableBytes === "object")
                    message.memUnevictableBytes = new $util.LongBits(object.memUnevictableBytes.low >>> 0, object.memUnevictableBytes.high >>> 0).toNumber(true);
            if (object.memLowPressureCounter != null)
                if ($util.Long)
                    message.memLowPressureCounter = $util.Long.fromValue(object.memLowPressureCounter, true);
                else if (typeof object.memLowPressureCounter === "string")
                    message.memLowPressureCounter = $parseInt(object.memLowPressureCounter, 10);
                else if (typeof object.memLowPressureCounter === "number")
                    message.memLowPressureCounter = object.memLowPressureCounter;
                else if (typeof object.memLowPressureCounter === "object")
                    message.memLowPressureCounter = new $util.LongBits(object.memLowPressureCounter.low >>> 0, object.memLowPressureCounter.high >>> 0).toNumber(true);
            if (object.memMediumPressureCounter != null)
                if ($util.Long)
                    message.memMediumPressureCounter = $util.Long.fromValue(object.memMediumPressureCounter, true);
                else if (typeof object.memMediumPressureCounter === "string")
                    message.memMediumPressureCounter = $parseInt(object.memMediumPressureCounter, 10);
                else if (typeof object.memMediumPressureCounter === "number")
                    message.memMediumPressureCounter = object.memMediumPressureCounter;
                else if (typeof object.memMediumPressureCounter === "object")
                    message.memMediumPressureCounter = new $util.LongBits(object.memMediumPressureCounter.low >>> 0, object.memMediumPressureCounter.high >>> 0).toNumber(true);
            if (object.memCriticalPressureCounter != null)
                if ($util.Long)
                    message.memCriticalPressureCounter = $util.Long.fromValue(object.memCriticalPressureCounter, true);
                else if (typeof object.memCriticalPressureCounter === "string")
                    message.memCriticalPressureCounter = $parseInt(object.memCriticalPressureCounter, 10);
                else if (typeof object.memCriticalPressureCounter === "number")
                    message.memCriticalPressureCounter = object.memCriticalPressureCounter;
                else if (typeof object.memCriticalPressureCounter === "object")
                    message.memCriticalPressureCounter = new $util.LongBits(object.memCriticalPressureCounter.low >>> 0, object.memCriticalPressureCounter.high >>> 0).toNumber(true);
            if (object.diskLimitBytes != null)
                if ($util.Long)
                    message.diskLimitBytes = $util.Long.fromValue(object.diskLimitBytes, true);
                else if (typeof object.diskLimitBytes === "string")
                    message.diskLimitBytes = $parseInt(object.diskLimitBytes, 10);
                else if (typeof object.diskLimitBytes === "number")
                    message.diskLimitBytes = object.diskLimitBytes;
                else if (typeof object.diskLimitBytes === "object")
                    message.diskLimitBytes = new $util.LongBits(object.diskLimitBytes.low >>> 0, object.diskLimitBytes.high >>> 0).toNumber(true);
            if (object.diskUsedBytes != null)
                if ($util.Long)
                    message.diskUsedBytes = $util.Long.fromValue(object.diskUsedBytes, true);
                else if (typeof object.diskUsedBytes === "string")
                    message.diskUsedBytes = $parseInt(object.diskUsedBytes, 10);
                else if (typeof object.diskUsedBytes === "number")
                    message.diskUsedBytes = object.diskUsedBytes;
                else if (typeof object.diskUsedBytes === "object")
                    message.diskUsedBytes = new $util.LongBits(object.diskUsedBytes.low >>> 0, object.diskUsedBytes.high >>> 0).toNumber(true);
            if (object.netRxPackets != null)
                if ($util.Long)
                    message.netRxPackets = $util.Long.fromValue(object.netRxPackets, true);
                else if (typeof object.netRxPackets === "string")
                    message.netRxPackets = $parseInt(object.netRxPackets, 10);
                else if (typeof object.netRxPackets === "number")
                    message.netRxPackets = object.netRxPackets;
                else if (typeof object.netRxPackets === "object")
                    message.netRxPackets = new $util.LongBits(object.netRxPackets.low >>> 0, object.netRxPackets.high >>> 0).toNumber(true);
            if (object.netRxBytes != null)
                if ($util.Long)
                    message.netRxBytes = $util.Long.fromValue(object.netRxBytes, true);
                else if (typeof object.netRxBytes === "string")
                    message.netRxBytes = $parseInt(object.netRxBytes, 10);
                else if (typeof object.netRxBytes === "number")
                    message.netRxBytes = object.netRxBytes;
                else if (typeof object.netRxBytes === "object")
                    message.netRxBytes = new $util.LongBits(object.netRxBytes.low >>> 0, object.netRxBytes.high >>> 0).toNumber(true);
            if (object.netRxErrors != null)
                if ($util.Long)
                    message.netRxErrors = $util.Long.fromValue(object.netRxErrors, true);
                else if (typeof object.netRxErrors === "string")
                    message.netRxErrors = $parseInt(object.netRxErrors, 10);
                else if (typeof object.netRxErrors === "number")
                    message.netRxErrors = object.netRxErrors;
                else if (typeof object.netRxErrors === "object")
                    message.netRxErrors = new $util.LongBits(object.netRxErrors.low >>> 0, object.netRxErrors.high >>> 0).toNumber(true);
            if (object.netRxDropped != null)
                if ($util.Long)
                    message.netRxDropped = $util.Long.fromValue(object.netRxDropped, true);
                else if (typeof object.netRxDropped === "string")
                    message.netRxDropped = $parseInt(object.netRxDropped, 10);
                else if (typeof object.netRxDropped === "number")
                    message.netRxDropped = object.netRxDropped;
                else if (typeof object.netRxDropped === "object")
                    message.netRxDropped = new $util.LongBits(object.netRxDropped.low >>> 0, object.netRxDropped.high >>> 0).toNumber(true);
            if (object.netTxPackets != null)
                if ($util.Long)
                    message.netTxPackets = $util.Long.fromValue(object.netTxPackets, true);
                else if (typeof object.netTxPackets === "string")
                    message.netTxPackets = $parseInt(object.netTxPackets, 10);
                else if (typeof object.netTxPackets === "number")
                    message.netTxPackets = object.netTxPackets;
                else if (typeof object.netTxPackets === "object")
                    message.netTxPackets = new $util.LongBits(object.netTxPackets.low >>> 0, object.netTxPackets.high >>> 0).toNumber(true);
            if (object.netTxBytes != null)
                if ($util.Long)
                    message.netTxBytes = $util.Long.fromValue(object.netTxBytes, true);
                else if (typeof object.netTxBytes === "string")
                    message.netTxBytes = $parseInt(object.netTxBytes, 10);
                else if (typeof object.netTxBytes === "number")
                    message.netTxBytes = object.netTxBytes;
                else if (typeof object.netTxBytes === "object")
                    message.netTxBytes = new $util.LongBits(object.netTxBytes.low >>> 0, object.netTxBytes.high >>> 0).toNumber(true);
            if (object.netTxErrors != null)
                if ($util.Long)
                    message.netTxErrors = $util.Long.fromValue(object.netTxErrors, true);
                else if (typeof object.netTxErrors === "string")
                    message.netTxErrors = $parseInt(object.netTxErrors, 10);
                else if (typeof object.netTxErrors === "number")
                    message.netTxErrors = object.netTxErrors;
                else if (typeof object.netTxErrors === "object")
                    message.netTxErrors = new $util.LongBits(object.netTxErrors.low >>> 0, object.netTxErrors.high >>> 0).toNumber(true);
            if (object.netTxDropped != null)
                if ($util.Long)
                    message.netTxDropped = $util.Long.fromValue(object.netTxDropped, true);
                else if (typeof object.netTxDropped === "string")
                    message.netTxDropped = $parseInt(object.netTxDropped, 10);
                else if (typeof object.netTxDropped === "number")
                    message.netTxDropped = object.netTxDropped;
                else if (typeof object.netTxDropped === "object")
                    message.netTxDropped = new $util.LongBits(object.netTxDropped.low >>> 0, object.netTxDropped.high >>> 0).toNumber(true);
            if (object.netTcpRttMicrosecsP50 != null)
                message.netTcpRttMicrosecsP50 = $Number(object.netTcpRttMicrosecsP50);
            if (object.netTcpRttMicrosecsP90 != null)
                message.netTcpRttMicrosecsP90 = $Number(object.netTcpRttMicrosecsP90);
            if (object.netTcpRttMicrosecsP95 != null)
                message.netTcpRttMicrosecsP95 = $Number(object.netTcpRttMicrosecsP95);
            if (object.netTcpRttMicrosecsP99 != null)
                message.netTcpRttMicrosecsP99 = $Number(object.netTcpRttMicrosecsP99);
            if (object.netTcpActiveConnections != null)
                message.netTcpActiveConnections = $Number(object.netTcpActiveConnections);
            if (object.netTcpTimeWaitConnections != null)
                message.netTcpTimeWaitConnections = $Number(object.netTcpTimeWaitConnections);
            return message;
        };

        /**
         * Creates a plain object from a ResourceStatistics message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.ResourceStatistics
         * @static
         * @param {mesos.ResourceStatistics} message ResourceStatistics
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ResourceStatistics.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                object.timestamp = 0;
                object.cpusUserTimeSecs = 0;
                object.cpusSystemTimeSecs = 0;
                object.cpusLimit = 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memRssBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memRssBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memLimitBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memLimitBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.cpusNrPeriods = 0;
                object.cpusNrThrottled = 0;
                object.cpusThrottledTimeSecs = 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memFileBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memFileBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memAnonBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memAnonBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memMappedFileBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memMappedFileBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.netRxPackets = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.netRxPackets = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.netRxBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.netRxBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.netRxErrors = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.netRxErrors = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.netRxDropped = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.netRxDropped = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.netTxPackets = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.netTxPackets = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.netTxBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.netTxBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.netTxErrors = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.netTxErrors = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.netTxDropped = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.netTxDropped = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.netTcpRttMicrosecsP50 = 0;
                object.netTcpRttMicrosecsP90 = 0;
                object.netTcpRttMicrosecsP95 = 0;
                object.netTcpRttMicrosecsP99 = 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.diskLimitBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.diskLimitBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.diskUsedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.diskUsedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.netTcpActiveConnections = 0;
                object.netTcpTimeWaitConnections = 0;
                object.processes = 0;
                object.threads = 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memLowPressureCounter = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memLowPressureCounter = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memMediumPressureCounter = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memMediumPressureCounter = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memCriticalPressureCounter = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memCriticalPressureCounter = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memTotalMemswBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memTotalMemswBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memSoftLimitBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memSoftLimitBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memCacheBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memCacheBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memSwapBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memSwapBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.memUnevictableBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memUnevictableBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                object.timestamp = options.json && !$isFinite(message.timestamp) ? $String(message.timestamp) : message.timestamp;
            if (message.cpusUserTimeSecs != null && $Object.hasOwnProperty.call(message, "cpusUserTimeSecs"))
                object.cpusUserTimeSecs = options.json && !$isFinite(message.cpusUserTimeSecs) ? $String(message.cpusUserTimeSecs) : message.cpusUserTimeSecs;
            if (message.cpusSystemTimeSecs != null && $Object.hasOwnProperty.call(message, "cpusSystemTimeSecs"))
                object.cpusSystemTimeSecs = options.json && !$isFinite(message.cpusSystemTimeSecs) ? $String(message.cpusSystemTimeSecs) : message.cpusSystemTimeSecs;
            if (message.cpusLimit != null && $Object.hasOwnProperty.call(message, "cpusLimit"))
                object.cpusLimit = options.json && !$isFinite(message.cpusLimit) ? $String(message.cpusLimit) : message.cpusLimit;
            if (message.memRssBytes != null && $Object.hasOwnProperty.call(message, "memRssBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memRssBytes = typeof message.memRssBytes === "number" ? $BigInt(message.memRssBytes) : $util.Long.fromBits(message.memRssBytes.low >>> 0, message.memRssBytes.high >>> 0, true).toBigInt();
                else if (typeof message.memRssBytes === "number")
                    object.memRssBytes = options.longs === $String ? $String(message.memRssBytes) : message.memRssBytes;
                else
                    object.memRssBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memRssBytes) : options.longs === $Number ? new $util.LongBits(message.memRssBytes.low >>> 0, message.memRssBytes.high >>> 0).toNumber(true) : message.memRssBytes;
            if (message.memLimitBytes != null && $Object.hasOwnProperty.call(message, "memLimitBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memLimitBytes = typeof message.memLimitBytes === "number" ? $BigInt(message.memLimitBytes) : $util.Long.fromBits(message.memLimitBytes.low >>> 0, message.memLimitBytes.high >>> 0, true).toBigInt();
                else if (typeof message.memLimitBytes === "number")
                    object.memLimitBytes = options.longs === $String ? $String(message.memLimitBytes) : message.memLimitBytes;
                else
                    object.memLimitBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memLimitBytes) : options.longs === $Number ? new $util.LongBits(message.memLimitBytes.low >>> 0, message.memLimitBytes.high >>> 0).toNumber(true) : message.memLimitBytes;
            if (message.cpusNrPeriods != null && $Object.hasOwnProperty.call(message, "cpusNrPeriods"))
                object.cpusNrPeriods = message.cpusNrPeriods;
            if (message.cpusNrThrottled != null && $Object.hasOwnProperty.call(message, "cpusNrThrottled"))
                object.cpusNrThrottled = message.cpusNrThrottled;
            if (message.cpusThrottledTimeSecs != null && $Object.hasOwnProperty.call(message, "cpusThrottledTimeSecs"))
                object.cpusThrottledTimeSecs = options.json && !$isFinite(message.cpusThrottledTimeSecs) ? $String(message.cpusThrottledTimeSecs) : message.cpusThrottledTimeSecs;
            if (message.memFileBytes != null && $Object.hasOwnProperty.call(message, "memFileBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memFileBytes = typeof message.memFileBytes === "number" ? $BigInt(message.memFileBytes) : $util.Long.fromBits(message.memFileBytes.low >>> 0, message.memFileBytes.high >>> 0, true).toBigInt();
                else if (typeof message.memFileBytes === "number")
                    object.memFileBytes = options.longs === $String ? $String(message.memFileBytes) : message.memFileBytes;
                else
                    object.memFileBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memFileBytes) : options.longs === $Number ? new $util.LongBits(message.memFileBytes.low >>> 0, message.memFileBytes.high >>> 0).toNumber(true) : message.memFileBytes;
            if (message.memAnonBytes != null && $Object.hasOwnProperty.call(message, "memAnonBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memAnonBytes = typeof message.memAnonBytes === "number" ? $BigInt(message.memAnonBytes) : $util.Long.fromBits(message.memAnonBytes.low >>> 0, message.memAnonBytes.high >>> 0, true).toBigInt();
                else if (typeof message.memAnonBytes === "number")
                    object.memAnonBytes = options.longs === $String ? $String(message.memAnonBytes) : message.memAnonBytes;
                else
                    object.memAnonBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memAnonBytes) : options.longs === $Number ? new $util.LongBits(message.memAnonBytes.low >>> 0, message.memAnonBytes.high >>> 0).toNumber(true) : message.memAnonBytes;
            if (message.memMappedFileBytes != null && $Object.hasOwnProperty.call(message, "memMappedFileBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memMappedFileBytes = typeof message.memMappedFileBytes === "number" ? $BigInt(message.memMappedFileBytes) : $util.Long.fromBits(message.memMappedFileBytes.low >>> 0, message.memMappedFileBytes.high >>> 0, true).toBigInt();
                else if (typeof message.memMappedFileBytes === "number")
                    object.memMappedFileBytes = options.longs === $String ? $String(message.memMappedFileBytes) : message.memMappedFileBytes;
                else
                    object.memMappedFileBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memMappedFileBytes) : options.longs === $Number ? new $util.LongBits(message.memMappedFileBytes.low >>> 0, message.memMappedFileBytes.high >>> 0).toNumber(true) : message.memMappedFileBytes;
            if (message.netRxPackets != null && $Object.hasOwnProperty.call(message, "netRxPackets"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.netRxPackets = typeof message.netRxPackets === "number" ? $BigInt(message.netRxPackets) : $util.Long.fromBits(message.netRxPackets.low >>> 0, message.netRxPackets.high >>> 0, true).toBigInt();
                else if (typeof message.netRxPackets === "number")
                    object.netRxPackets = options.longs === $String ? $String(message.netRxPackets) : message.netRxPackets;
                else
                    object.netRxPackets = options.longs === $String ? $util.Long.prototype.toString.call(message.netRxPackets) : options.longs === $Number ? new $util.LongBits(message.netRxPackets.low >>> 0, message.netRxPackets.high >>> 0).toNumber(true) : message.netRxPackets;
            if (message.netRxBytes != null && $Object.hasOwnProperty.call(message, "netRxBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.netRxBytes = typeof message.netRxBytes === "number" ? $BigInt(message.netRxBytes) : $util.Long.fromBits(message.netRxBytes.low >>> 0, message.netRxBytes.high >>> 0, true).toBigInt();
                else if (typeof message.netRxBytes === "number")
                    object.netRxBytes = options.longs === $String ? $String(message.netRxBytes) : message.netRxBytes;
                else
                    object.netRxBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.netRxBytes) : options.longs === $Number ? new $util.LongBits(message.netRxBytes.low >>> 0, message.netRxBytes.high >>> 0).toNumber(true) : message.netRxBytes;
            if (message.netRxErrors != null && $Object.hasOwnProperty.call(message, "netRxErrors"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.netRxErrors = typeof message.netRxErrors === "number" ? $BigInt(message.netRxErrors) : $util.Long.fromBits(message.netRxErrors.low >>> 0, message.netRxErrors.high >>> 0, true).toBigInt();
                else if (typeof message.netRxErrors === "number")
                    object.netRxErrors = options.longs === $String ? $String(message.netRxErrors) : message.netRxErrors;
                else
                    object.netRxErrors = options.longs === $String ? $util.Long.prototype.toString.call(message.netRxErrors) : options.longs === $Number ? new $util.LongBits(message.netRxErrors.low >>> 0, message.netRxErrors.high >>> 0).toNumber(true) : message.netRxErrors;
            if (message.netRxDropped != null && $Object.hasOwnProperty.call(message, "netRxDropped"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.netRxDropped = typeof message.netRxDropped === "number" ? $BigInt(message.netRxDropped) : $util.Long.fromBits(message.netRxDropped.low >>> 0, message.netRxDropped.high >>> 0, true).toBigInt();
                else if (typeof message.netRxDropped === "number")
                    object.netRxDropped = options.longs === $String ? $String(message.netRxDropped) : message.netRxDropped;
                else
                    object.netRxDropped = options.longs === $String ? $util.Long.prototype.toString.call(message.netRxDropped) : options.longs === $Number ? new $util.LongBits(message.netRxDropped.low >>> 0, message.netRxDropped.high >>> 0).toNumber(true) : message.netRxDropped;
            if (message.netTxPackets != null && $Object.hasOwnProperty.call(message, "netTxPackets"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.netTxPackets = typeof message.netTxPackets === "number" ? $BigInt(message.netTxPackets) : $util.Long.fromBits(message.netTxPackets.low >>> 0, message.netTxPackets.high >>> 0, true).toBigInt();
                else if (typeof message.netTxPackets === "number")
                    object.netTxPackets = options.longs === $String ? $String(message.netTxPackets) : message.netTxPackets;
                else
                    object.netTxPackets = options.longs === $String ? $util.Long.prototype.toString.call(message.netTxPackets) : options.longs === $Number ? new $util.LongBits(message.netTxPackets.low >>> 0, message.netTxPackets.high >>> 0).toNumber(true) : message.netTxPackets;
            if (message.netTxBytes != null && $Object.hasOwnProperty.call(message, "netTxBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.netTxBytes = typeof message.netTxBytes === "number" ? $BigInt(message.netTxBytes) : $util.Long.fromBits(message.netTxBytes.low >>> 0, message.netTxBytes.high >>> 0, true).toBigInt();
                else if (typeof message.netTxBytes === "number")
                    object.netTxBytes = options.longs === $String ? $String(message.netTxBytes) : message.netTxBytes;
                else
                    object.netTxBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.netTxBytes) : options.longs === $Number ? new $util.LongBits(message.netTxBytes.low >>> 0, message.netTxBytes.high >>> 0).toNumber(true) : message.netTxBytes;
            if (message.netTxErrors != null && $Object.hasOwnProperty.call(message, "netTxErrors"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.netTxErrors = typeof message.netTxErrors === "number" ? $BigInt(message.netTxErrors) : $util.Long.fromBits(message.netTxErrors.low >>> 0, message.netTxErrors.high >>> 0, true).toBigInt();
                else if (typeof message.netTxErrors === "number")
                    object.netTxErrors = options.longs === $String ? $String(message.netTxErrors) : message.netTxErrors;
                else
                    object.netTxErrors = options.longs === $String ? $util.Long.prototype.toString.call(message.netTxErrors) : options.longs === $Number ? new $util.LongBits(message.netTxErrors.low >>> 0, message.netTxErrors.high >>> 0).toNumber(true) : message.netTxErrors;
            if (message.netTxDropped != null && $Object.hasOwnProperty.call(message, "netTxDropped"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.netTxDropped = typeof message.netTxDropped === "number" ? $BigInt(message.netTxDropped) : $util.Long.fromBits(message.netTxDropped.low >>> 0, message.netTxDropped.high >>> 0, true).toBigInt();
                else if (typeof message.netTxDropped === "number")
                    object.netTxDropped = options.longs === $String ? $String(message.netTxDropped) : message.netTxDropped;
                else
                    object.netTxDropped = options.longs === $String ? $util.Long.prototype.toString.call(message.netTxDropped) : options.longs === $Number ? new $util.LongBits(message.netTxDropped.low >>> 0, message.netTxDropped.high >>> 0).toNumber(true) : message.netTxDropped;
            if (message.netTcpRttMicrosecsP50 != null && $Object.hasOwnProperty.call(message, "netTcpRttMicrosecsP50"))
                object.netTcpRttMicrosecsP50 = options.json && !$isFinite(message.netTcpRttMicrosecsP50) ? $String(message.netTcpRttMicrosecsP50) : message.netTcpRttMicrosecsP50;
            if (message.netTcpRttMicrosecsP90 != null && $Object.hasOwnProperty.call(message, "netTcpRttMicrosecsP90"))
                object.netTcpRttMicrosecsP90 = options.json && !$isFinite(message.netTcpRttMicrosecsP90) ? $String(message.netTcpRttMicrosecsP90) : message.netTcpRttMicrosecsP90;
            if (message.netTcpRttMicrosecsP95 != null && $Object.hasOwnProperty.call(message, "netTcpRttMicrosecsP95"))
                object.netTcpRttMicrosecsP95 = options.json && !$isFinite(message.netTcpRttMicrosecsP95) ? $String(message.netTcpRttMicrosecsP95) : message.netTcpRttMicrosecsP95;
            if (message.netTcpRttMicrosecsP99 != null && $Object.hasOwnProperty.call(message, "netTcpRttMicrosecsP99"))
                object.netTcpRttMicrosecsP99 = options.json && !$isFinite(message.netTcpRttMicrosecsP99) ? $String(message.netTcpRttMicrosecsP99) : message.netTcpRttMicrosecsP99;
            if (message.diskLimitBytes != null && $Object.hasOwnProperty.call(message, "diskLimitBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.diskLimitBytes = typeof message.diskLimitBytes === "number" ? $BigInt(message.diskLimitBytes) : $util.Long.fromBits(message.diskLimitBytes.low >>> 0, message.diskLimitBytes.high >>> 0, true).toBigInt();
                else if (typeof message.diskLimitBytes === "number")
                    object.diskLimitBytes = options.longs === $String ? $String(message.diskLimitBytes) : message.diskLimitBytes;
                else
                    object.diskLimitBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.diskLimitBytes) : options.longs === $Number ? new $util.LongBits(message.diskLimitBytes.low >>> 0, message.diskLimitBytes.high >>> 0).toNumber(true) : message.diskLimitBytes;
            if (message.diskUsedBytes != null && $Object.hasOwnProperty.call(message, "diskUsedBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.diskUsedBytes = typeof message.diskUsedBytes === "number" ? $BigInt(message.diskUsedBytes) : $util.Long.fromBits(message.diskUsedBytes.low >>> 0, message.diskUsedBytes.high >>> 0, true).toBigInt();
                else if (typeof message.diskUsedBytes === "number")
                    object.diskUsedBytes = options.longs === $String ? $String(message.diskUsedBytes) : message.diskUsedBytes;
                else
                    object.diskUsedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.diskUsedBytes) : options.longs === $Number ? new $util.LongBits(message.diskUsedBytes.low >>> 0, message.diskUsedBytes.high >>> 0).toNumber(true) : message.diskUsedBytes;
            if (message.netTcpActiveConnections != null && $Object.hasOwnProperty.call(message, "netTcpActiveConnections"))
                object.netTcpActiveConnections = options.json && !$isFinite(message.netTcpActiveConnections) ? $String(message.netTcpActiveConnections) : message.netTcpActiveConnections;
            if (message.netTcpTimeWaitConnections != null && $Object.hasOwnProperty.call(message, "netTcpTimeWaitConnections"))
                object.netTcpTimeWaitConnections = options.json && !$isFinite(message.netTcpTimeWaitConnections) ? $String(message.netTcpTimeWaitConnections) : message.netTcpTimeWaitConnections;
            if (message.processes != null && $Object.hasOwnProperty.call(message, "processes"))
                object.processes = message.processes;
            if (message.threads != null && $Object.hasOwnProperty.call(message, "threads"))
                object.threads = message.threads;
            if (message.memLowPressureCounter != null && $Object.hasOwnProperty.call(message, "memLowPressureCounter"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memLowPressureCounter = typeof message.memLowPressureCounter === "number" ? $BigInt(message.memLowPressureCounter) : $util.Long.fromBits(message.memLowPressureCounter.low >>> 0, message.memLowPressureCounter.high >>> 0, true).toBigInt();
                else if (typeof message.memLowPressureCounter === "number")
                    object.memLowPressureCounter = options.longs === $String ? $String(message.memLowPressureCounter) : message.memLowPressureCounter;
                else
                    object.memLowPressureCounter = options.longs === $String ? $util.Long.prototype.toString.call(message.memLowPressureCounter) : options.longs === $Number ? new $util.LongBits(message.memLowPressureCounter.low >>> 0, message.memLowPressureCounter.high >>> 0).toNumber(true) : message.memLowPressureCounter;
            if (message.memMediumPressureCounter != null && $Object.hasOwnProperty.call(message, "memMediumPressureCounter"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memMediumPressureCounter = typeof message.memMediumPressureCounter === "number" ? $BigInt(message.memMediumPressureCounter) : $util.Long.fromBits(message.memMediumPressureCounter.low >>> 0, message.memMediumPressureCounter.high >>> 0, true).toBigInt();
                else if (typeof message.memMediumPressureCounter === "number")
                    object.memMediumPressureCounter = options.longs === $String ? $String(message.memMediumPressureCounter) : message.memMediumPressureCounter;
                else
                    object.memMediumPressureCounter = options.longs === $String ? $util.Long.prototype.toString.call(message.memMediumPressureCounter) : options.longs === $Number ? new $util.LongBits(message.memMediumPressureCounter.low >>> 0, message.memMediumPressureCounter.high >>> 0).toNumber(true) : message.memMediumPressureCounter;
            if (message.memCriticalPressureCounter != null && $Object.hasOwnProperty.call(message, "memCriticalPressureCounter"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memCriticalPressureCounter = typeof message.memCriticalPressureCounter === "number" ? $BigInt(message.memCriticalPressureCounter) : $util.Long.fromBits(message.memCriticalPressureCounter.low >>> 0, message.memCriticalPressureCounter.high >>> 0, true).toBigInt();
                else if (typeof message.memCriticalPressureCounter === "number")
                    object.memCriticalPressureCounter = options.longs === $String ? $String(message.memCriticalPressureCounter) : message.memCriticalPressureCounter;
                else
                    object.memCriticalPressureCounter = options.longs === $String ? $util.Long.prototype.toString.call(message.memCriticalPressureCounter) : options.longs === $Number ? new $util.LongBits(message.memCriticalPressureCounter.low >>> 0, message.memCriticalPressureCounter.high >>> 0).toNumber(true) : message.memCriticalPressureCounter;
            if (message.memTotalBytes != null && $Object.hasOwnProperty.call(message, "memTotalBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memTotalBytes = typeof message.memTotalBytes === "number" ? $BigInt(message.memTotalBytes) : $util.Long.fromBits(message.memTotalBytes.low >>> 0, message.memTotalBytes.high >>> 0, true).toBigInt();
                else if (typeof message.memTotalBytes === "number")
                    object.memTotalBytes = options.longs === $String ? $String(message.memTotalBytes) : message.memTotalBytes;
                else
                    object.memTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memTotalBytes) : options.longs === $Number ? new $util.LongBits(message.memTotalBytes.low >>> 0, message.memTotalBytes.high >>> 0).toNumber(true) : message.memTotalBytes;
            if (message.memTotalMemswBytes != null && $Object.hasOwnProperty.call(message, "memTotalMemswBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memTotalMemswBytes = typeof message.memTotalMemswBytes === "number" ? $BigInt(message.memTotalMemswBytes) : $util.Long.fromBits(message.memTotalMemswBytes.low >>> 0, message.memTotalMemswBytes.high >>> 0, true).toBigInt();
                else if (typeof message.memTotalMemswBytes === "number")
                    object.memTotalMemswBytes = options.longs === $String ? $String(message.memTotalMemswBytes) : message.memTotalMemswBytes;
                else
                    object.memTotalMemswBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memTotalMemswBytes) : options.longs === $Number ? new $util.LongBits(message.memTotalMemswBytes.low >>> 0, message.memTotalMemswBytes.high >>> 0).toNumber(true) : message.memTotalMemswBytes;
            if (message.memSoftLimitBytes != null && $Object.hasOwnProperty.call(message, "memSoftLimitBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memSoftLimitBytes = typeof message.memSoftLimitBytes === "number" ? $BigInt(message.memSoftLimitBytes) : $util.Long.fromBits(message.memSoftLimitBytes.low >>> 0, message.memSoftLimitBytes.high >>> 0, true).toBigInt();
                else if (typeof message.memSoftLimitBytes === "number")
                    object.memSoftLimitBytes = options.longs === $String ? $String(message.memSoftLimitBytes) : message.memSoftLimitBytes;
                else
                    object.memSoftLimitBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memSoftLimitBytes) : options.longs === $Number ? new $util.LongBits(message.memSoftLimitBytes.low >>> 0, message.memSoftLimitBytes.high >>> 0).toNumber(true) : message.memSoftLimitBytes;
            if (message.memCacheBytes != null && $Object.hasOwnProperty.call(message, "memCacheBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memCacheBytes = typeof message.memCacheBytes === "number" ? $BigInt(message.memCacheBytes) : $util.Long.fromBits(message.memCacheBytes.low >>> 0, message.memCacheBytes.high >>> 0, true).toBigInt();
                else if (typeof message.memCacheBytes === "number")
                    object.memCacheBytes = options.longs === $String ? $String(message.memCacheBytes) : message.memCacheBytes;
                else
                    object.memCacheBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memCacheBytes) : options.longs === $Number ? new $util.LongBits(message.memCacheBytes.low >>> 0, message.memCacheBytes.high >>> 0).toNumber(true) : message.memCacheBytes;
            if (message.memSwapBytes != null && $Object.hasOwnProperty.call(message, "memSwapBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memSwapBytes = typeof message.memSwapBytes === "number" ? $BigInt(message.memSwapBytes) : $util.Long.fromBits(message.memSwapBytes.low >>> 0, message.memSwapBytes.high >>> 0, true).toBigInt();
                else if (typeof message.memSwapBytes === "number")
                    object.memSwapBytes = options.longs === $String ? $String(message.memSwapBytes) : message.memSwapBytes;
                else
                    object.memSwapBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memSwapBytes) : options.longs === $Number ? new $util.LongBits(message.memSwapBytes.low >>> 0, message.memSwapBytes.high >>> 0).toNumber(true) : message.memSwapBytes;
            if (message.memUnevictableBytes != null && $Object.hasOwnProperty.call(message, "memUnevictableBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memUnevictableBytes = typeof message.memUnevictableBytes === "number" ? $BigInt(message.memUnevictableBytes) : $util.Long.fromBits(message.memUnevictableBytes.low >>> 0, message.memUnevictableBytes.high >>> 0, true).toBigInt();
                else if (typeof message.memUnevictableBytes === "number")
                    object.memUnevictableBytes = options.longs === $String ? $String(message.memUnevictableBytes) : message.memUnevictableBytes;
                else
                    object.memUnevictableBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memUnevictableBytes) : options.longs === $Number ? new $util.LongBits(message.memUnevictableBytes.low >>> 0, message.memUnevictableBytes.high >>> 0).toNumber(true) : message.memUnevictableBytes;
            return object;
        };

        /**
         * Converts this ResourceStatistics to JSON.
         * @function toJSON
         * @memberof mesos.ResourceStatistics
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ResourceStatistics.prototype.toJSON = function() {
            return ResourceStatistics.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ResourceStatistics;
    })();

    mesos.TaskInfo = (function() {

        /**
         * Properties of a TaskInfo.
         * @typedef {Object} mesos.TaskInfo.$Properties
         * @property {string} name TaskInfo name
         * @property {mesos.TaskID.$Properties} taskId TaskInfo taskId
         * @property {mesos.SlaveID.$Properties} slaveId TaskInfo slaveId
         * @property {Array.<mesos.Resource.$Properties>|null} [resources] TaskInfo resources
         * @property {mesos.ExecutorInfo.$Properties|null} [executor] TaskInfo executor
         * @property {mesos.CommandInfo.$Properties|null} [command] TaskInfo command
         * @property {mesos.ContainerInfo.$Properties|null} [container] TaskInfo container
         * @property {Uint8Array|null} [data] TaskInfo data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TaskInfo.
         * @memberof mesos
         * @interface ITaskInfo
         * @augments mesos.TaskInfo.$Properties
         * @deprecated Use mesos.TaskInfo.$Properties instead.
         */

        /**
         * Shape of a TaskInfo.
         * @typedef {mesos.TaskInfo.$Properties} mesos.TaskInfo.$Shape
         */

        /**
         * Constructs a new TaskInfo.
         * @memberof mesos
         * @classdesc Represents a TaskInfo.
         * @constructor
         * @param {mesos.TaskInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var TaskInfo = function (properties) {
            this.resources = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TaskInfo name.
         * @member {string} name
         * @memberof mesos.TaskInfo
         * @instance
         */
        TaskInfo.prototype.name = "";

        /**
         * TaskInfo taskId.
         * @member {mesos.TaskID.$Properties} taskId
         * @memberof mesos.TaskInfo
         * @instance
         */
        TaskInfo.prototype.taskId = null;

        /**
         * TaskInfo slaveId.
         * @member {mesos.SlaveID.$Properties} slaveId
         * @memberof mesos.TaskInfo
         * @instance
         */
        TaskInfo.prototype.slaveId = null;

        /**
         * TaskInfo resources.
         * @member {Array.<mesos.Resource.$Properties>} resources
         * @memberof mesos.TaskInfo
         * @instance
         */
        TaskInfo.prototype.resources = $util.emptyArray;

        /**
         * TaskInfo executor.
         * @member {mesos.ExecutorInfo.$Properties|null|undefined} executor
         * @memberof mesos.TaskInfo
         * @instance
         */
        TaskInfo.prototype.executor = null;

        /**
         * TaskInfo command.
         * @member {mesos.CommandInfo.$Properties|null|undefined} command
         * @memberof mesos.TaskInfo
         * @instance
         */
        TaskInfo.prototype.command = null;

        /**
         * TaskInfo container.
         * @member {mesos.ContainerInfo.$Properties|null|undefined} container
         * @memberof mesos.TaskInfo
         * @instance
         */
        TaskInfo.prototype.container = null;

        /**
         * TaskInfo data.
         * @member {Uint8Array} data
         * @memberof mesos.TaskInfo
         * @instance
         */
        TaskInfo.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new TaskInfo instance using the specified properties.
         * @function create
         * @memberof mesos.TaskInfo
         * @static
         * @param {mesos.TaskInfo.$Properties=} [properties] Properties to set
         * @returns {mesos.TaskInfo} TaskInfo instance
         * @type {{
         *   (properties: mesos.TaskInfo.$Shape): mesos.TaskInfo & mesos.TaskInfo.$Shape;
         *   (properties?: mesos.TaskInfo.$Properties): mesos.TaskInfo;
         * }}
         */
        TaskInfo.create = function(properties) {
            return new TaskInfo(properties);
        };

        /**
         * Encodes the specified TaskInfo message. Does not implicitly {@link mesos.TaskInfo.verify|verify} messages.
         * @function encode
         * @memberof mesos.TaskInfo
         * @static
         * @param {mesos.TaskInfo.$Properties} message TaskInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TaskInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            $root.mesos.TaskID.encode(message.taskId, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            $root.mesos.SlaveID.encode(message.slaveId, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.resources != null && message.resources.length)
                for (var i = 0; i < message.resources.length; ++i)
                    $root.mesos.Resource.encode(message.resources[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                $root.mesos.ExecutorInfo.encode(message.executor, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.data);
            if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                $root.mesos.CommandInfo.encode(message.command, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                $root.mesos.ContainerInfo.encode(message.container, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TaskInfo message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.TaskInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.TaskInfo & mesos.TaskInfo.$Shape} TaskInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TaskInfo.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.mesos.TaskInfo();
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
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.taskId = $root.mesos.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.taskId);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.slaveId = $root.mesos.SlaveID.decode(reader, reader.size(), $undefined, _depth + 1, message.slaveId);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.resources && message.resources.length))
                            message.resources = [];
                        message.resources.push($root.mesos.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.executor = $root.mesos.ExecutorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.executor);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.command = $root.mesos.CommandInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.container = $root.mesos.ContainerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.data = reader.bytes();
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
            if (!$Object.hasOwnProperty.call(message, "name"))
                throw $util.ProtocolError("missing required 'name'", { instance: message });
            if (!$Object.hasOwnProperty.call(message, "taskId"))
                throw $util.ProtocolError("missing required 'taskId'", { instance: message });
            if (!$Object.hasOwnProperty.call(message, "slaveId"))
                throw $util.ProtocolError("missing required 'slaveId'", { instance: message });
            return message;
        };

        /**
         * Verifies a TaskInfo message.
         * @function verify
         * @memberof mesos.TaskInfo
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TaskInfo.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isString(message.name))
                return "name: string expected";
            {
                var error = $root.mesos.TaskID.verify(message.taskId, _depth + 1);
                if (error)
                    return "taskId." + error;
            }
            {
                var error = $root.mesos.SlaveID.verify(message.slaveId, _depth + 1);
                if (error)
                    return "slaveId." + error;
            }
            if (message.resources != null && $Object.hasOwnProperty.call(message, "resources")) {
                if (!$Array.isArray(message.resources))
                    return "resources: array expected";
                for (var i = 0; i < message.resources.length; ++i) {
                    var error = $root.mesos.Resource.verify(message.resources[i], _depth + 1);
                    if (error)
                        return "resources." + error;
                }
            }
            if (message.executor != null && $Object.hasOwnProperty.call(message, "executor")) {
                var error = $root.mesos.ExecutorInfo.verify(message.executor, _depth + 1);
                if (error)
                    return "executor." + error;
            }
            if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                var error = $root.mesos.CommandInfo.verify(message.command, _depth + 1);
                if (error)
                    return "command." + error;
            }
            if (message.container != null && $Object.hasOwnProperty.call(message, "container")) {
                var error = $root.mesos.ContainerInfo.verify(message.container, _depth + 1);
                if (error)
                    return "container." + error;
            }
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                    return "data: buffer expected";
            return null;
        };

        /**
         * Creates a TaskInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.TaskInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.TaskInfo} TaskInfo
         */
        TaskInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.TaskInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.TaskInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.TaskInfo();
            if (object.name != null)
                message.name = $String(object.name);
            if (object.taskId != null) {
                if (!$util.isObject(object.taskId))
                    throw $TypeError(".mesos.TaskInfo.taskId: object expected");
                message.taskId = $root.mesos.TaskID.fromObject(object.taskId, _depth + 1);
            }
            if (object.slaveId != null) {
                if (!$util.isObject(object.slaveId))
                    throw $TypeError(".mesos.TaskInfo.slaveId: object expected");
                message.slaveId = $root.mesos.SlaveID.fromObject(object.slaveId, _depth + 1);
            }
            if (object.resources) {
                if (!$Array.isArray(object.resources))
                    throw $TypeError(".mesos.TaskInfo.resources: array expected");
                message.resources = $Array(object.resources.length);
                for (var i = 0; i < object.resources.length; ++i) {
                    if (!$util.isObject(object.resources[i]))
                        throw $TypeError(".mesos.TaskInfo.resources: object expected");
                    message.resources[i] = $root.mesos.Resource.fromObject(object.resources[i], _depth + 1);
                }
            }
            if (object.executor != null) {
                if (!$util.isObject(object.executor))
                    throw $TypeError(".mesos.TaskInfo.executor: object expected");
                message.executor = $root.mesos.ExecutorInfo.fromObject(object.executor, _depth + 1);
            }
            if (object.command != null) {
                if (!$util.isObject(object.command))
                    throw $TypeError(".mesos.TaskInfo.command: object expected");
                message.command = $root.mesos.CommandInfo.fromObject(object.command, _depth + 1);
            }
            if (object.container != null) {
                if (!$util.isObject(object.container))
                    throw $TypeError(".mesos.TaskInfo.container: object expected");
                message.container = $root.mesos.ContainerInfo.fromObject(object.container, _depth + 1);
            }
            if (object.data != null)
                if (typeof object.data === "string")
                    $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                else if (object.data.length >= 0)
                    message.data = object.data;
            return message;
        };

        /**
         * Creates a plain object from a TaskInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.TaskInfo
         * @static
         * @param {mesos.TaskInfo} message TaskInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TaskInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.arrays || options.defaults)
                object.resources = [];
            if (options.defaults) {
                object.name = "";
                object.taskId = null;
                object.slaveId = null;
                object.executor = null;
                if (options.bytes === $String)
                    object.data = "";
                else {
                    object.data = [];
                    if (options.bytes !== $Array)
                        object.data = $util.newBuffer(object.data);
                }
                object.command = null;
                object.container = null;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                object.taskId = $root.mesos.TaskID.toObject(message.taskId, options, _depth + 1);
            if (message.slaveId != null && $Object.hasOwnProperty.call(message, "slaveId"))
                object.slaveId = $root.mesos.SlaveID.toObject(message.slaveId, options, _depth + 1);
            if (message.resources && message.resources.length) {
                object.resources = $Array(message.resources.length);
                for (var j = 0; j < message.resources.length; ++j)
                    object.resources[j] = $root.mesos.Resource.toObject(message.resources[j], options, _depth + 1);
            }
            if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                object.executor = $root.mesos.ExecutorInfo.toObject(message.executor, options, _depth + 1);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
            if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                object.command = $root.mesos.CommandInfo.toObject(message.command, options, _depth + 1);
            if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                object.container = $root.mesos.ContainerInfo.toObject(message.container, options, _depth + 1);
            return object;
        };

        /**
         * Converts this TaskInfo to JSON.
         * @function toJSON
         * @memberof mesos.TaskInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TaskInfo.prototype.toJSON = function() {
            return TaskInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        return TaskInfo;
    })();

    /**
     * TaskState enum.
     * @name mesos.TaskState
     * @enum {number}
     * @property {number} TASK_STAGING=6 TASK_STAGING value
     * @property {number} TASK_STARTING=0 TASK_STARTING value
     * @property {number} TASK_RUNNING=1 TASK_RUNNING value
     * @property {number} TASK_FINISHED=2 TASK_FINISHED value
     * @property {number} TASK_FAILED=3 TASK_FAILED value
     * @property {number} TASK_KILLED=4 TASK_KILLED value
     * @property {number} TASK_LOST=5 TASK_LOST value
     * @property {number} TASK_ERROR=7 TASK_ERROR value
     */
    mesos.TaskState = (function() {
        var valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[6] = "TASK_STAGING"] = 6;
        values[valuesById[0] = "TASK_STARTING"] = 0;
        values[valuesById[1] = "TASK_RUNNING"] = 1;
        values[valuesById[2] = "TASK_FINISHED"] = 2;
        values[valuesById[3] = "TASK_FAILED"] = 3;
        values[valuesById[4] = "TASK_KILLED"] = 4;
        values[valuesById[5] = "TASK_LOST"] = 5;
        values[valuesById[7] = "TASK_ERROR"] = 7;
        return values;
    })();

    mesos.TaskStatus = (function() {

        /**
         * Properties of a TaskStatus.
         * @typedef {Object} mesos.TaskStatus.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TaskStatus.
         * @memberof mesos
         * @interface ITaskStatus
         * @augments mesos.TaskStatus.$Properties
         * @deprecated Use mesos.TaskStatus.$Properties instead.
         */

        /**
         * Shape of a TaskStatus.
         * @typedef {mesos.TaskStatus.$Properties} mesos.TaskStatus.$Shape
         */

        /**
         * Constructs a new TaskStatus.
         * @memberof mesos
         * @classdesc Represents a TaskStatus.
         * @constructor
         * @param {mesos.TaskStatus.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var TaskStatus = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new TaskStatus instance using the specified properties.
         * @function create
         * @memberof mesos.TaskStatus
         * @static
         * @param {mesos.TaskStatus.$Properties=} [properties] Properties to set
         * @returns {mesos.TaskStatus} TaskStatus instance
         * @type {{
         *   (properties: mesos.TaskStatus.$Shape): mesos.TaskStatus & mesos.TaskStatus.$Shape;
         *   (properties?: mesos.TaskStatus.$Properties): mesos.TaskStatus;
         * }}
         */
        TaskStatus.create = function(properties) {
            return new TaskStatus(properties);
        };

        /**
         * Encodes the specified TaskStatus message. Does not implicitly {@link mesos.TaskStatus.verify|verify} messages.
         * @function encode
         * @memberof mesos.TaskStatus
         * @static
         * @param {mesos.TaskStatus.$Properties} message TaskStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TaskStatus.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TaskStatus message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.TaskStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.TaskStatus & mesos.TaskStatus.$Shape} TaskStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TaskStatus.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.mesos.TaskStatus();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
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
         * Verifies a TaskStatus message.
         * @function verify
         * @memberof mesos.TaskStatus
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TaskStatus.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a TaskStatus message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.TaskStatus
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.TaskStatus} TaskStatus
         */
        TaskStatus.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.TaskStatus)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.TaskStatus: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.mesos.TaskStatus();
        };

        /**
         * Creates a plain object from a TaskStatus message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.TaskStatus
         * @static
         * @param {mesos.TaskStatus} message TaskStatus
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TaskStatus.toObject = function () {
            return {};
        };

        /**
         * Converts this TaskStatus to JSON.
         * @function toJSON
         * @memberof mesos.TaskStatus
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TaskStatus.prototype.toJSON = function() {
            return TaskStatus.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Reason enum.
         * @name mesos.TaskStatus.Reason
         * @enum {number}
         * @property {number} REASON_COMMAND_EXECUTOR_FAILED=0 REASON_COMMAND_EXECUTOR_FAILED value
         * @property {number} REASON_EXECUTOR_TERMINATED=1 REASON_EXECUTOR_TERMINATED value
         * @property {number} REASON_EXECUTOR_UNREGISTERED=2 REASON_EXECUTOR_UNREGISTERED value
         * @property {number} REASON_FRAMEWORK_REMOVED=3 REASON_FRAMEWORK_REMOVED value
         * @property {number} REASON_GC_ERROR=4 REASON_GC_ERROR value
         * @property {number} REASON_INVALID_FRAMEWORKID=5 REASON_INVALID_FRAMEWORKID value
         * @property {number} REASON_INVALID_OFFERS=6 REASON_INVALID_OFFERS value
         * @property {number} REASON_MASTER_DISCONNECTED=7 REASON_MASTER_DISCONNECTED value
         * @property {number} REASON_CONTAINER_LIMITATION_MEMORY=8 REASON_CONTAINER_LIMITATION_MEMORY value
         * @property {number} REASON_RECONCILIATION=9 REASON_RECONCILIATION value
         * @property {number} REASON_SLAVE_DISCONNECTED=10 REASON_SLAVE_DISCONNECTED value
         * @property {number} REASON_SLAVE_REMOVED=11 REASON_SLAVE_REMOVED value
         * @property {number} REASON_SLAVE_RESTARTED=12 REASON_SLAVE_RESTARTED value
         * @property {number} REASON_SLAVE_UNKNOWN=13 REASON_SLAVE_UNKNOWN value
         * @property {number} REASON_TASK_INVALID=14 REASON_TASK_INVALID value
         * @property {number} REASON_TASK_UNAUTHORIZED=15 REASON_TASK_UNAUTHORIZED value
         * @property {number} REASON_TASK_UNKNOWN=16 REASON_TASK_UNKNOWN value
         * @property {number} REASON_CONTAINER_PREEMPTED=17 REASON_CONTAINER_PREEMPTED value
         * @property {number} REASON_RESOURCES_UNKNOWN=18 REASON_RESOURCES_UNKNOWN value
         * @property {number} REASON_CONTAINER_LIMITATION=19 REASON_CONTAINER_LIMITATION value
         * @property {number} REASON_CONTAINER_LIMITATION_DISK=20 REASON_CONTAINER_LIMITATION_DISK value
         * @property {number} REASON_CONTAINER_LAUNCH_FAILED=21 REASON_CONTAINER_LAUNCH_FAILED value
         * @property {number} REASON_CONTAINER_UPDATE_FAILED=22 REASON_CONTAINER_UPDATE_FAILED value
         * @property {number} REASON_EXECUTOR_REGISTRATION_TIMEOUT=23 REASON_EXECUTOR_REGISTRATION_TIMEOUT value
         * @property {number} REASON_EXECUTOR_REREGISTRATION_TIMEOUT=24 REASON_EXECUTOR_REREGISTRATION_TIMEOUT value
         */
        TaskStatus.Reason = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REASON_COMMAND_EXECUTOR_FAILED"] = 0;
            values[valuesById[1] = "REASON_EXECUTOR_TERMINATED"] = 1;
            values[valuesById[2] = "REASON_EXECUTOR_UNREGISTERED"] = 2;
            values[valuesById[3] = "REASON_FRAMEWORK_REMOVED"] = 3;
            values[valuesById[4] = "REASON_GC_ERROR"] = 4;
            values[valuesById[5] = "REASON_INVALID_FRAMEWORKID"] = 5;
            values[valuesById[6] = "REASON_INVALID_OFFERS"] = 6;
            values[valuesById[7] = "REASON_MASTER_DISCONNECTED"] = 7;
            values[valuesById[8] = "REASON_CONTAINER_LIMITATION_MEMORY"] = 8;
            values[valuesById[9] = "REASON_RECONCILIATION"] = 9;
            values[valuesById[10] = "REASON_SLAVE_DISCONNECTED"] = 10;
            values[valuesById[11] = "REASON_SLAVE_REMOVED"] = 11;
            values[valuesById[12] = "REASON_SLAVE_RESTARTED"] = 12;
            values[valuesById[13] = "REASON_SLAVE_UNKNOWN"] = 13;
            values[valuesById[14] = "REASON_TASK_INVALID"] = 14;
            values[valuesById[15] = "REASON_TASK_UNAUTHORIZED"] = 15;
            values[valuesById[16] = "REASON_TASK_UNKNOWN"] = 16;
            values[valuesById[17] = "REASON_CONTAINER_PREEMPTED"] = 17;
            values[valuesById[18] = "REASON_RESOURCES_UNKNOWN"] = 18;
            values[valuesById[19] = "REASON_CONTAINER_LIMITATION"] = 19;
            values[valuesById[20] = "REASON_CONTAINER_LIMITATION_DISK"] = 20;
            values[valuesById[21] = "REASON_CONTAINER_LAUNCH_FAILED"] = 21;
            values[valuesById[22] = "REASON_CONTAINER_UPDATE_FAILED"] = 22;
            values[valuesById[23] = "REASON_EXECUTOR_REGISTRATION_TIMEOUT"] = 23;
            values[valuesById[24] = "REASON_EXECUTOR_REREGISTRATION_TIMEOUT"] = 24;
            return values;
        })();

        return TaskStatus;
    })();

    mesos.Environment = (function() {

        /**
         * Properties of an Environment.
         * @typedef {Object} mesos.Environment.$Properties
         * @property {Array.<mesos.Environment.Variable.$Properties>|null} [variables] Environment variables
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Environment.
         * @memberof mesos
         * @interface IEnvironment
         * @augments mesos.Environment.$Properties
         * @deprecated Use mesos.Environment.$Properties instead.
         */

        /**
         * Shape of an Environment.
         * @typedef {mesos.Environment.$Properties} mesos.Environment.$Shape
         */

        /**
         * Constructs a new Environment.
         * @memberof mesos
         * @classdesc Represents an Environment.
         * @constructor
         * @param {mesos.Environment.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Environment = function (properties) {
            this.variables = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Environment variables.
         * @member {Array.<mesos.Environment.Variable.$Properties>} variables
         * @memberof mesos.Environment
         * @instance
         */
        Environment.prototype.variables = $util.emptyArray;

        /**
         * Creates a new Environment instance using the specified properties.
         * @function create
         * @memberof mesos.Environment
         * @static
         * @param {mesos.Environment.$Properties=} [properties] Properties to set
         * @returns {mesos.Environment} Environment instance
         * @type {{
         *   (properties: mesos.Environment.$Shape): mesos.Environment & mesos.Environment.$Shape;
         *   (properties?: mesos.Environment.$Properties): mesos.Environment;
         * }}
         */
        Environment.create = function(properties) {
            return new Environment(properties);
        };

        /**
         * Encodes the specified Environment message. Does not implicitly {@link mesos.Environment.verify|verify} messages.
         * @function encode
         * @memberof mesos.Environment
         * @static
         * @param {mesos.Environment.$Properties} message Environment message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Environment.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.variables != null && message.variables.length)
                for (var i = 0; i < message.variables.length; ++i)
                    $root.mesos.Environment.Variable.encode(message.variables[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Environment message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.Environment
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.Environment & mesos.Environment.$Shape} Environment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Environment.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.mesos.Environment();
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
                        if (!(message.variables && message.variables.length))
                            message.variables = [];
                        message.variables.push($root.mesos.Environment.Variable.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Verifies an Environment message.
         * @function verify
         * @memberof mesos.Environment
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Environment.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.variables != null && $Object.hasOwnProperty.call(message, "variables")) {
                if (!$Array.isArray(message.variables))
                    return "variables: array expected";
                for (var i = 0; i < message.variables.length; ++i) {
                    var error = $root.mesos.Environment.Variable.verify(message.variables[i], _depth + 1);
                    if (error)
                        return "variables." + error;
                }
            }
            return null;
        };

        /**
         * Creates an Environment message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.Environment
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.Environment} Environment
         */
        Environment.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.Environment)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.Environment: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.Environment();
            if (object.variables) {
                if (!$Array.isArray(object.variables))
                    throw $TypeError(".mesos.Environment.variables: array expected");
                message.variables = $Array(object.variables.length);
                for (var i = 0; i < object.variables.length; ++i) {
                    if (!$util.isObject(object.variables[i]))
                        throw $TypeError(".mesos.Environment.variables: object expected");
                    message.variables[i] = $root.mesos.Environment.Variable.fromObject(object.variables[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an Environment message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.Environment
         * @static
         * @param {mesos.Environment} message Environment
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Environment.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.arrays || options.defaults)
                object.variables = [];
            if (message.variables && message.variables.length) {
                object.variables = $Array(message.variables.length);
                for (var j = 0; j < message.variables.length; ++j)
                    object.variables[j] = $root.mesos.Environment.Variable.toObject(message.variables[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this Environment to JSON.
         * @function toJSON
         * @memberof mesos.Environment
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Environment.prototype.toJSON = function() {
            return Environment.toObject(this, $protobuf.util.toJSONOptions);
        };

        Environment.Variable = (function() {

            /**
             * Properties of a Variable.
             * @typedef {Object} mesos.Environment.Variable.$Properties
             * @property {string} name Variable name
             * @property {string} value Variable value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Variable.
             * @memberof mesos.Environment
             * @interface IVariable
             * @augments mesos.Environment.Variable.$Properties
             * @deprecated Use mesos.Environment.Variable.$Properties instead.
             */

            /**
             * Shape of a Variable.
             * @typedef {mesos.Environment.Variable.$Properties} mesos.Environment.Variable.$Shape
             */

            /**
             * Constructs a new Variable.
             * @memberof mesos.Environment
             * @classdesc Represents a Variable.
             * @constructor
             * @param {mesos.Environment.Variable.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Variable = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Variable name.
             * @member {string} name
             * @memberof mesos.Environment.Variable
             * @instance
             */
            Variable.prototype.name = "";

            /**
             * Variable value.
             * @member {string} value
             * @memberof mesos.Environment.Variable
             * @instance
             */
            Variable.prototype.value = "";

            /**
             * Creates a new Variable instance using the specified properties.
             * @function create
             * @memberof mesos.Environment.Variable
             * @static
             * @param {mesos.Environment.Variable.$Properties=} [properties] Properties to set
             * @returns {mesos.Environment.Variable} Variable instance
             * @type {{
             *   (properties: mesos.Environment.Variable.$Shape): mesos.Environment.Variable & mesos.Environment.Variable.$Shape;
             *   (properties?: mesos.Environment.Variable.$Properties): mesos.Environment.Variable;
             * }}
             */
            Variable.create = function(properties) {
                return new Variable(properties);
            };

            /**
             * Encodes the specified Variable message. Does not implicitly {@link mesos.Environment.Variable.verify|verify} messages.
             * @function encode
             * @memberof mesos.Environment.Variable
             * @static
             * @param {mesos.Environment.Variable.$Properties} message Variable message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Variable.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Variable message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.Environment.Variable
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.Environment.Variable & mesos.Environment.Variable.$Shape} Variable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Variable.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.mesos.Environment.Variable();
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
                            message.name = reader.string();
                            continue;
                        }
                    case 2: {
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
                if (!$Object.hasOwnProperty.call(message, "name"))
                    throw $util.ProtocolError("missing required 'name'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "value"))
                    throw $util.ProtocolError("missing required 'value'", { instance: message });
                return message;
            };

            /**
             * Verifies a Variable message.
             * @function verify
             * @memberof mesos.Environment.Variable
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Variable.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.name))
                    return "name: string expected";
                if (!$util.isString(message.value))
                    return "value: string expected";
                return null;
            };

            /**
             * Creates a Variable message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.Environment.Variable
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.Environment.Variable} Variable
             */
            Variable.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.Environment.Variable)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.Environment.Variable: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.Environment.Variable();
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.value != null)
                    message.value = $String(object.value);
                return message;
            };

            /**
             * Creates a plain object from a Variable message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.Environment.Variable
             * @static
             * @param {mesos.Environment.Variable} message Variable
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Variable.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.name = "";
                    object.value = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this Variable to JSON.
             * @function toJSON
             * @memberof mesos.Environment.Variable
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Variable.prototype.toJSON = function() {
                return Variable.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Variable;
        })();

        return Environment;
    })();

    mesos.Parameter = (function() {

        /**
         * Properties of a Parameter.
         * @typedef {Object} mesos.Parameter.$Properties
         * @property {string} key Parameter key
         * @property {string} value Parameter value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Parameter.
         * @memberof mesos
         * @interface IParameter
         * @augments mesos.Parameter.$Properties
         * @deprecated Use mesos.Parameter.$Properties instead.
         */

        /**
         * Shape of a Parameter.
         * @typedef {mesos.Parameter.$Properties} mesos.Parameter.$Shape
         */

        /**
         * Constructs a new Parameter.
         * @memberof mesos
         * @classdesc Represents a Parameter.
         * @constructor
         * @param {mesos.Parameter.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Parameter = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Parameter key.
         * @member {string} key
         * @memberof mesos.Parameter
         * @instance
         */
        Parameter.prototype.key = "";

        /**
         * Parameter value.
         * @member {string} value
         * @memberof mesos.Parameter
         * @instance
         */
        Parameter.prototype.value = "";

        /**
         * Creates a new Parameter instance using the specified properties.
         * @function create
         * @memberof mesos.Parameter
         * @static
         * @param {mesos.Parameter.$Properties=} [properties] Properties to set
         * @returns {mesos.Parameter} Parameter instance
         * @type {{
         *   (properties: mesos.Parameter.$Shape): mesos.Parameter & mesos.Parameter.$Shape;
         *   (properties?: mesos.Parameter.$Properties): mesos.Parameter;
         * }}
         */
        Parameter.create = function(properties) {
            return new Parameter(properties);
        };

        /**
         * Encodes the specified Parameter message. Does not implicitly {@link mesos.Parameter.verify|verify} messages.
         * @function encode
         * @memberof mesos.Parameter
         * @static
         * @param {mesos.Parameter.$Properties} message Parameter message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Parameter.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
            writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Parameter message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.Parameter
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.Parameter & mesos.Parameter.$Shape} Parameter
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Parameter.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.mesos.Parameter();
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
                        message.key = reader.string();
                        continue;
                    }
                case 2: {
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
            if (!$Object.hasOwnProperty.call(message, "key"))
                throw $util.ProtocolError("missing required 'key'", { instance: message });
            if (!$Object.hasOwnProperty.call(message, "value"))
                throw $util.ProtocolError("missing required 'value'", { instance: message });
            return message;
        };

        /**
         * Verifies a Parameter message.
         * @function verify
         * @memberof mesos.Parameter
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Parameter.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isString(message.key))
                return "key: string expected";
            if (!$util.isString(message.value))
                return "value: string expected";
            return null;
        };

        /**
         * Creates a Parameter message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.Parameter
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.Parameter} Parameter
         */
        Parameter.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.Parameter)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.Parameter: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.Parameter();
            if (object.key != null)
                message.key = $String(object.key);
            if (object.value != null)
                message.value = $String(object.value);
            return message;
        };

        /**
         * Creates a plain object from a Parameter message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.Parameter
         * @static
         * @param {mesos.Parameter} message Parameter
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Parameter.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                object.key = "";
                object.value = "";
            }
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                object.key = message.key;
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            return object;
        };

        /**
         * Converts this Parameter to JSON.
         * @function toJSON
         * @memberof mesos.Parameter
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Parameter.prototype.toJSON = function() {
            return Parameter.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Parameter;
    })();

    mesos.Volume = (function() {

        /**
         * Properties of a Volume.
         * @typedef {Object} mesos.Volume.$Properties
         * @property {string} containerPath Volume containerPath
         * @property {string|null} [hostPath] Volume hostPath
         * @property {mesos.Volume.Mode} mode Volume mode
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Volume.
         * @memberof mesos
         * @interface IVolume
         * @augments mesos.Volume.$Properties
         * @deprecated Use mesos.Volume.$Properties instead.
         */

        /**
         * Shape of a Volume.
         * @typedef {mesos.Volume.$Properties} mesos.Volume.$Shape
         */

        /**
         * Constructs a new Volume.
         * @memberof mesos
         * @classdesc Represents a Volume.
         * @constructor
         * @param {mesos.Volume.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Volume = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Volume containerPath.
         * @member {string} containerPath
         * @memberof mesos.Volume
         * @instance
         */
        Volume.prototype.containerPath = "";

        /**
         * Volume hostPath.
         * @member {string} hostPath
         * @memberof mesos.Volume
         * @instance
         */
        Volume.prototype.hostPath = "";

        /**
         * Volume mode.
         * @member {mesos.Volume.Mode} mode
         * @memberof mesos.Volume
         * @instance
         */
        Volume.prototype.mode = 1;

        /**
         * Creates a new Volume instance using the specified properties.
         * @function create
         * @memberof mesos.Volume
         * @static
         * @param {mesos.Volume.$Properties=} [properties] Properties to set
         * @returns {mesos.Volume} Volume instance
         * @type {{
         *   (properties: mesos.Volume.$Shape): mesos.Volume & mesos.Volume.$Shape;
         *   (properties?: mesos.Volume.$Properties): mesos.Volume;
         * }}
         */
        Volume.create = function(properties) {
            return new Volume(properties);
        };

        /**
         * Encodes the specified Volume message. Does not implicitly {@link mesos.Volume.verify|verify} messages.
         * @function encode
         * @memberof mesos.Volume
         * @static
         * @param {mesos.Volume.$Properties} message Volume message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Volume.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerPath);
            if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostPath);
            writer.uint32(/* id 3, wireType 0 =*/24).int32(message.mode);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Volume message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.Volume
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.Volume & mesos.Volume.$Shape} Volume
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Volume.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.mesos.Volume();
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
                        message.containerPath = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.hostPath = reader.string();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.mesos.Volume.Mode[value] !== $undefined)
                            message.mode = value;
                        else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
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
            if (!$Object.hasOwnProperty.call(message, "containerPath"))
                throw $util.ProtocolError("missing required 'containerPath'", { instance: message });
            if (!$Object.hasOwnProperty.call(message, "mode"))
                throw $util.ProtocolError("missing required 'mode'", { instance: message });
            return message;
        };

        /**
         * Verifies a Volume message.
         * @function verify
         * @memberof mesos.Volume
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Volume.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isString(message.containerPath))
                return "containerPath: string expected";
            if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath"))
                if (!$util.isString(message.hostPath))
                    return "hostPath: string expected";
            switch (message.mode) {
            default:
                return "mode: enum value expected";
            case 1:
            case 2:
                break;
            }
            return null;
        };

        /**
         * Creates a Volume message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.Volume
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.Volume} Volume
         */
        Volume.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.Volume)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.Volume: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.Volume();
            if (object.containerPath != null)
                message.containerPath = $String(object.containerPath);
            if (object.hostPath != null)
                message.hostPath = $String(object.hostPath);
            switch (object.mode) {
            case "RW":
            case 1:
                message.mode = 1;
                break;
            case "RO":
            case 2:
                message.mode = 2;
                break;
            default:
            }
            return message;
        };

        /**
         * Creates a plain object from a Volume message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.Volume
         * @static
         * @param {mesos.Volume} message Volume
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Volume.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                object.containerPath = "";
                object.hostPath = "";
                object.mode = options.enums === $String ? "RW" : 1;
            }
            if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath"))
                object.containerPath = message.containerPath;
            if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath"))
                object.hostPath = message.hostPath;
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                object.mode = options.enums === $String ? $root.mesos.Volume.Mode[message.mode] === $undefined ? message.mode : $root.mesos.Volume.Mode[message.mode] : message.mode;
            return object;
        };

        /**
         * Converts this Volume to JSON.
         * @function toJSON
         * @memberof mesos.Volume
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Volume.prototype.toJSON = function() {
            return Volume.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Mode enum.
         * @name mesos.Volume.Mode
         * @enum {number}
         * @property {number} RW=1 RW value
         * @property {number} RO=2 RO value
         */
        Volume.Mode = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[1] = "RW"] = 1;
            values[valuesById[2] = "RO"] = 2;
            return values;
        })();

        return Volume;
    })();

    mesos.ContainerInfo = (function() {

        /**
         * Properties of a ContainerInfo.
         * @typedef {Object} mesos.ContainerInfo.$Properties
         * @property {mesos.ContainerInfo.Type} type ContainerInfo type
         * @property {Array.<mesos.Volume.$Properties>|null} [volumes] ContainerInfo volumes
         * @property {string|null} [hostname] ContainerInfo hostname
         * @property {mesos.ContainerInfo.DockerInfo.$Properties|null} [docker] ContainerInfo docker
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ContainerInfo.
         * @memberof mesos
         * @interface IContainerInfo
         * @augments mesos.ContainerInfo.$Properties
         * @deprecated Use mesos.ContainerInfo.$Properties instead.
         */

        /**
         * Shape of a ContainerInfo.
         * @typedef {mesos.ContainerInfo.$Properties} mesos.ContainerInfo.$Shape
         */

        /**
         * Constructs a new ContainerInfo.
         * @memberof mesos
         * @classdesc Represents a ContainerInfo.
         * @constructor
         * @param {mesos.ContainerInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ContainerInfo = function (properties) {
            this.volumes = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ContainerInfo type.
         * @member {mesos.ContainerInfo.Type} type
         * @memberof mesos.ContainerInfo
         * @instance
         */
        ContainerInfo.prototype.type = 1;

        /**
         * ContainerInfo volumes.
         * @member {Array.<mesos.Volume.$Properties>} volumes
         * @memberof mesos.ContainerInfo
         * @instance
         */
        ContainerInfo.prototype.volumes = $util.emptyArray;

        /**
         * ContainerInfo hostname.
         * @member {string} hostname
         * @memberof mesos.ContainerInfo
         * @instance
         */
        ContainerInfo.prototype.hostname = "";

        /**
         * ContainerInfo docker.
         * @member {mesos.ContainerInfo.DockerInfo.$Properties|null|undefined} docker
         * @memberof mesos.ContainerInfo
         * @instance
         */
        ContainerInfo.prototype.docker = null;

        /**
         * Creates a new ContainerInfo instance using the specified properties.
         * @function create
         * @memberof mesos.ContainerInfo
         * @static
         * @param {mesos.ContainerInfo.$Properties=} [properties] Properties to set
         * @returns {mesos.ContainerInfo} ContainerInfo instance
         * @type {{
         *   (properties: mesos.ContainerInfo.$Shape): mesos.ContainerInfo & mesos.ContainerInfo.$Shape;
         *   (properties?: mesos.ContainerInfo.$Properties): mesos.ContainerInfo;
         * }}
         */
        ContainerInfo.create = function(properties) {
            return new ContainerInfo(properties);
        };

        /**
         * Encodes the specified ContainerInfo message. Does not implicitly {@link mesos.ContainerInfo.verify|verify} messages.
         * @function encode
         * @memberof mesos.ContainerInfo
         * @static
         * @param {mesos.ContainerInfo.$Properties} message ContainerInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ContainerInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
            if (message.volumes != null && message.volumes.length)
                for (var i = 0; i < message.volumes.length; ++i)
                    $root.mesos.Volume.encode(message.volumes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.docker != null && $Object.hasOwnProperty.call(message, "docker"))
                $root.mesos.ContainerInfo.DockerInfo.encode(message.docker, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.hostname);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ContainerInfo message from the specified reader or buffer.
         * @function decode
         * @memberof mesos.ContainerInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mesos.ContainerInfo & mesos.ContainerInfo.$Shape} ContainerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ContainerInfo.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.mesos.ContainerInfo();
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
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.mesos.ContainerInfo.Type[value] !== $undefined)
                            message.type = value;
                        else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.volumes && message.volumes.length))
                            message.volumes = [];
                        message.volumes.push($root.mesos.Volume.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.hostname = reader.string();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.docker = $root.mesos.ContainerInfo.DockerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.docker);
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
            if (!$Object.hasOwnProperty.call(message, "type"))
                throw $util.ProtocolError("missing required 'type'", { instance: message });
            return message;
        };

        /**
         * Verifies a ContainerInfo message.
         * @function verify
         * @memberof mesos.ContainerInfo
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ContainerInfo.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            switch (message.type) {
            default:
                return "type: enum value expected";
            case 1:
            case 2:
                break;
            }
            if (message.volumes != null && $Object.hasOwnProperty.call(message, "volumes")) {
                if (!$Array.isArray(message.volumes))
                    return "volumes: array expected";
                for (var i = 0; i < message.volumes.length; ++i) {
                    var error = $root.mesos.Volume.verify(message.volumes[i], _depth + 1);
                    if (error)
                        return "volumes." + error;
                }
            }
            if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                if (!$util.isString(message.hostname))
                    return "hostname: string expected";
            if (message.docker != null && $Object.hasOwnProperty.call(message, "docker")) {
                var error = $root.mesos.ContainerInfo.DockerInfo.verify(message.docker, _depth + 1);
                if (error)
                    return "docker." + error;
            }
            return null;
        };

        /**
         * Creates a ContainerInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof mesos.ContainerInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {mesos.ContainerInfo} ContainerInfo
         */
        ContainerInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.mesos.ContainerInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".mesos.ContainerInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.mesos.ContainerInfo();
            switch (object.type) {
            case "DOCKER":
            case 1:
                message.type = 1;
                break;
            case "MESOS":
            case 2:
                message.type = 2;
                break;
            default:
            }
            if (object.volumes) {
                if (!$Array.isArray(object.volumes))
                    throw $TypeError(".mesos.ContainerInfo.volumes: array expected");
                message.volumes = $Array(object.volumes.length);
                for (var i = 0; i < object.volumes.length; ++i) {
                    if (!$util.isObject(object.volumes[i]))
                        throw $TypeError(".mesos.ContainerInfo.volumes: object expected");
                    message.volumes[i] = $root.mesos.Volume.fromObject(object.volumes[i], _depth + 1);
                }
            }
            if (object.hostname != null)
                message.hostname = $String(object.hostname);
            if (object.docker != null) {
                if (!$util.isObject(object.docker))
                    throw $TypeError(".mesos.ContainerInfo.docker: object expected");
                message.docker = $root.mesos.ContainerInfo.DockerInfo.fromObject(object.docker, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a ContainerInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof mesos.ContainerInfo
         * @static
         * @param {mesos.ContainerInfo} message ContainerInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ContainerInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.arrays || options.defaults)
                object.volumes = [];
            if (options.defaults) {
                object.type = options.enums === $String ? "DOCKER" : 1;
                object.docker = null;
                object.hostname = "";
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.mesos.ContainerInfo.Type[message.type] === $undefined ? message.type : $root.mesos.ContainerInfo.Type[message.type] : message.type;
            if (message.volumes && message.volumes.length) {
                object.volumes = $Array(message.volumes.length);
                for (var j = 0; j < message.volumes.length; ++j)
                    object.volumes[j] = $root.mesos.Volume.toObject(message.volumes[j], options, _depth + 1);
            }
            if (message.docker != null && $Object.hasOwnProperty.call(message, "docker"))
                object.docker = $root.mesos.ContainerInfo.DockerInfo.toObject(message.docker, options, _depth + 1);
            if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                object.hostname = message.hostname;
            return object;
        };

        /**
         * Converts this ContainerInfo to JSON.
         * @function toJSON
         * @memberof mesos.ContainerInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ContainerInfo.prototype.toJSON = function() {
            return ContainerInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Type enum.
         * @name mesos.ContainerInfo.Type
         * @enum {number}
         * @property {number} DOCKER=1 DOCKER value
         * @property {number} MESOS=2 MESOS value
         */
        ContainerInfo.Type = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[1] = "DOCKER"] = 1;
            values[valuesById[2] = "MESOS"] = 2;
            return values;
        })();

        ContainerInfo.DockerInfo = (function() {

            /**
             * Properties of a DockerInfo.
             * @typedef {Object} mesos.ContainerInfo.DockerInfo.$Properties
             * @property {string} image DockerInfo image
             * @property {mesos.ContainerInfo.DockerInfo.Network|null} [network] DockerInfo network
             * @property {Array.<mesos.ContainerInfo.DockerInfo.PortMapping.$Properties>|null} [portMappings] DockerInfo portMappings
             * @property {boolean|null} [privileged] DockerInfo privileged
             * @property {Array.<mesos.Parameter.$Properties>|null} [parameters] DockerInfo parameters
             * @property {boolean|null} [forcePullImage] DockerInfo forcePullImage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DockerInfo.
             * @memberof mesos.ContainerInfo
             * @interface IDockerInfo
             * @augments mesos.ContainerInfo.DockerInfo.$Properties
             * @deprecated Use mesos.ContainerInfo.DockerInfo.$Properties instead.
             */

            /**
             * Shape of a DockerInfo.
             * @typedef {mesos.ContainerInfo.DockerInfo.$Properties} mesos.ContainerInfo.DockerInfo.$Shape
             */

            /**
             * Constructs a new DockerInfo.
             * @memberof mesos.ContainerInfo
             * @classdesc Represents a DockerInfo.
             * @constructor
             * @param {mesos.ContainerInfo.DockerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DockerInfo = function (properties) {
                this.portMappings = [];
                this.parameters = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DockerInfo image.
             * @member {string} image
             * @memberof mesos.ContainerInfo.DockerInfo
             * @instance
             */
            DockerInfo.prototype.image = "";

            /**
             * DockerInfo network.
             * @member {mesos.ContainerInfo.DockerInfo.Network} network
             * @memberof mesos.ContainerInfo.DockerInfo
             * @instance
             */
            DockerInfo.prototype.network = 1;

            /**
             * DockerInfo portMappings.
             * @member {Array.<mesos.ContainerInfo.DockerInfo.PortMapping.$Properties>} portMappings
             * @memberof mesos.ContainerInfo.DockerInfo
             * @instance
             */
            DockerInfo.prototype.portMappings = $util.emptyArray;

            /**
             * DockerInfo privileged.
             * @member {boolean} privileged
             * @memberof mesos.ContainerInfo.DockerInfo
             * @instance
             */
            DockerInfo.prototype.privileged = false;

            /**
             * DockerInfo parameters.
             * @member {Array.<mesos.Parameter.$Properties>} parameters
             * @memberof mesos.ContainerInfo.DockerInfo
             * @instance
             */
            DockerInfo.prototype.parameters = $util.emptyArray;

            /**
             * DockerInfo forcePullImage.
             * @member {boolean} forcePullImage
             * @memberof mesos.ContainerInfo.DockerInfo
             * @instance
             */
            DockerInfo.prototype.forcePullImage = false;

            /**
             * Creates a new DockerInfo instance using the specified properties.
             * @function create
             * @memberof mesos.ContainerInfo.DockerInfo
             * @static
             * @param {mesos.ContainerInfo.DockerInfo.$Properties=} [properties] Properties to set
             * @returns {mesos.ContainerInfo.DockerInfo} DockerInfo instance
             * @type {{
             *   (properties: mesos.ContainerInfo.DockerInfo.$Shape): mesos.ContainerInfo.DockerInfo & mesos.ContainerInfo.DockerInfo.$Shape;
             *   (properties?: mesos.ContainerInfo.DockerInfo.$Properties): mesos.ContainerInfo.DockerInfo;
             * }}
             */
            DockerInfo.create = function(properties) {
                return new DockerInfo(properties);
            };

            /**
             * Encodes the specified DockerInfo message. Does not implicitly {@link mesos.ContainerInfo.DockerInfo.verify|verify} messages.
             * @function encode
             * @memberof mesos.ContainerInfo.DockerInfo
             * @static
             * @param {mesos.ContainerInfo.DockerInfo.$Properties} message DockerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DockerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.image);
                if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.network);
                if (message.portMappings != null && message.portMappings.length)
                    for (var i = 0; i < message.portMappings.length; ++i)
                        $root.mesos.ContainerInfo.DockerInfo.PortMapping.encode(message.portMappings[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.privileged != null && $Object.hasOwnProperty.call(message, "privileged"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.privileged);
                if (message.parameters != null && message.parameters.length)
                    for (var i = 0; i < message.parameters.length; ++i)
                        $root.mesos.Parameter.encode(message.parameters[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.forcePullImage != null && $Object.hasOwnProperty.call(message, "forcePullImage"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.forcePullImage);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DockerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof mesos.ContainerInfo.DockerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mesos.ContainerInfo.DockerInfo & mesos.ContainerInfo.DockerInfo.$Shape} DockerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DockerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.ContainerInfo.DockerInfo();
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
                            message.image = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.ContainerInfo.DockerInfo.Network[value] !== $undefined)
                                message.network = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.portMappings && message.portMappings.length))
                                message.portMappings = [];
                            message.portMappings.push($root.mesos.ContainerInfo.DockerInfo.PortMapping.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.privileged = reader.bool();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parameters && message.parameters.length))
                                message.parameters = [];
                            message.parameters.push($root.mesos.Parameter.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.forcePullImage = reader.bool();
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
                if (!$Object.hasOwnProperty.call(message, "image"))
                    throw $util.ProtocolError("missing required 'image'", { instance: message });
                return message;
            };

            /**
             * Verifies a DockerInfo message.
             * @function verify
             * @memberof mesos.ContainerInfo.DockerInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DockerInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isString(message.image))
                    return "image: string expected";
                if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                    switch (message.network) {
                    default:
                        return "network: enum value expected";
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.portMappings != null && $Object.hasOwnProperty.call(message, "portMappings")) {
                    if (!$Array.isArray(message.portMappings))
                        return "portMappings: array expected";
                    for (var i = 0; i < message.portMappings.length; ++i) {
                        var error = $root.mesos.ContainerInfo.DockerInfo.PortMapping.verify(message.portMappings[i], _depth + 1);
                        if (error)
                            return "portMappings." + error;
                    }
                }
                if (message.privileged != null && $Object.hasOwnProperty.call(message, "privileged"))
                    if (typeof message.privileged !== "boolean")
                        return "privileged: boolean expected";
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters")) {
                    if (!$Array.isArray(message.parameters))
                        return "parameters: array expected";
                    for (var i = 0; i < message.parameters.length; ++i) {
                        var error = $root.mesos.Parameter.verify(message.parameters[i], _depth + 1);
                        if (error)
                            return "parameters." + error;
                    }
                }
                if (message.forcePullImage != null && $Object.hasOwnProperty.call(message, "forcePullImage"))
                    if (typeof message.forcePullImage !== "boolean")
                        return "forcePullImage: boolean expected";
                return null;
            };

            /**
             * Creates a DockerInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mesos.ContainerInfo.DockerInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {mesos.ContainerInfo.DockerInfo} DockerInfo
             */
            DockerInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.mesos.ContainerInfo.DockerInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mesos.ContainerInfo.DockerInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.mesos.ContainerInfo.DockerInfo();
                if (object.image != null)
                    message.image = $String(object.image);
                switch (object.network) {
                case "HOST":
                case 1:
                    message.network = 1;
                    break;
                case "BRIDGE":
                case 2:
                    message.network = 2;
                    break;
                case "NONE":
                case 3:
                    message.network = 3;
                    break;
                default:
                }
                if (object.portMappings) {
                    if (!$Array.isArray(object.portMappings))
                        throw $TypeError(".mesos.ContainerInfo.DockerInfo.portMappings: array expected");
                    message.portMappings = $Array(object.portMappings.length);
                    for (var i = 0; i < object.portMappings.length; ++i) {
                        if (!$util.isObject(object.portMappings[i]))
                            throw $TypeError(".mesos.ContainerInfo.DockerInfo.portMappings: object expected");
                        message.portMappings[i] = $root.mesos.ContainerInfo.DockerInfo.PortMapping.fromObject(object.portMappings[i], _depth + 1);
                    }
                }
                if (object.privileged != null)
                    message.privileged = $Boolean(object.privileged);
                if (object.parameters) {
                    if (!$Array.isArray(object.parameters))
                        throw $TypeError(".mesos.ContainerInfo.DockerInfo.parameters: array expected");
                    message.parameters = $Array(object.parameters.length);
                    for (var i = 0; i < object.parameters.length; ++i) {
                        if (!$util.isObject(object.parameters[i]))
                            throw $TypeError(".mesos.ContainerInfo.DockerInfo.parameters: object expected");
                        message.parameters[i] = $root.mesos.Parameter.fromObject(object.parameters[i], _depth + 1);
                    }
                }
                if (object.forcePullImage != null)
                    message.forcePullImage = $Boolean(object.forcePullImage);
                return message;
            };

            /**
             * Creates a plain object from a DockerInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mesos.ContainerInfo.DockerInfo
             * @static
             * @param {mesos.ContainerInfo.DockerInfo} message DockerInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DockerInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.portMappings = [];
                    object.parameters = [];
                }
                if (options.defaults) {
                    object.image = "";
                    object.network = options.enums === $String ? "HOST" : 1;
                    object.privileged = false;
                    object.forcePullImage = false;
                }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = message.image;
                if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                    object.network = options.enums === $String ? $root.mesos.ContainerInfo.DockerInfo.Network[message.network] === $undefined ? message.network : $root.mesos.ContainerInfo.DockerInfo.Network[message.network] : message.network;
                if (message.portMappings && message.portMappings.length) {
                    object.portMappings = $Array(message.portMappings.length);
                    for (var j = 0; j < message.portMappings.length; ++j)
                        object.portMappings[j] = $root.mesos.ContainerInfo.DockerInfo.PortMapping.toObject(message.portMappings[j], options, _depth + 1);
                }
                if (message.privileged != null && $Object.hasOwnProperty.call(message, "privileged"))
                    object.privileged = message.privileged;
                if (message.parameters && message.parameters.length) {
                    object.parameters = $Array(message.parameters.length);
                    for (var j = 0; j < message.parameters.length; ++j)
                        object.parameters[j] = $root.mesos.Parameter.toObject(message.parameters[j], options, _depth + 1);
                }
                if (message.forcePullImage != null && $Object.hasOwnProperty.call(message, "forcePullImage"))
                    object.forcePullImage = message.forcePullImage;
                return object;
            };

            /**
             * Converts this DockerInfo to JSON.
             * @function toJSON
             * @memberof mesos.ContainerInfo.DockerInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DockerInfo.prototype.toJSON = function() {
                return DockerInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Network enum.
             * @name mesos.ContainerInfo.DockerInfo.Network
             * @enum {number}
             * @property {number} HOST=1 HOST value
             * @property {number} BRIDGE=2 BRIDGE value
             * @property {number} NONE=3 NONE value
             */
            DockerInfo.Network = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[1] = "HOST"] = 1;
                values[valuesById[2] = "BRIDGE"] = 2;
                values[valuesById[3] = "NONE"] = 3;
                return values;
            })();

            DockerInfo.PortMapping = (function() {

                /**
                 * Properties of a PortMapping.
                 * @typedef {Object} mesos.ContainerInfo.DockerInfo.PortMapping.$Properties
                 * @property {number} hostPort PortMapping hostPort
                 * @property {number} containerPort PortMapping containerPort
                 * @property {string|null} [protocol] PortMapping protocol
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PortMapping.
                 * @memberof mesos.ContainerInfo.DockerInfo
                 * @interface IPortMapping
                 * @augments mesos.ContainerInfo.DockerInfo.PortMapping.$Properties
                 * @deprecated Use mesos.ContainerInfo.DockerInfo.PortMapping.$Properties instead.
                 */

                /**
                 * Shape of a PortMapping.
                 * @typedef {mesos.ContainerInfo.DockerInfo.PortMapping.$Properties} mesos.ContainerInfo.DockerInfo.PortMapping.$Shape
                 */

                /**
                 * Constructs a new PortMapping.
                 * @memberof mesos.ContainerInfo.DockerInfo
                 * @classdesc Represents a PortMapping.
                 * @constructor
                 * @param {mesos.ContainerInfo.DockerInfo.PortMapping.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PortMapping = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PortMapping hostPort.
                 * @member {number} hostPort
                 * @memberof mesos.ContainerInfo.DockerInfo.PortMapping
                 * @instance
                 */
                PortMapping.prototype.hostPort = 0;

                /**
                 * PortMapping containerPort.
                 * @member {number} containerPort
                 * @memberof mesos.ContainerInfo.DockerInfo.PortMapping
                 * @instance
                 */
                PortMapping.prototype.containerPort = 0;

                /**
                 * PortMapping protocol.
                 * @member {string} protocol
                 * @memberof mesos.ContainerInfo.DockerInfo.PortMapping
                 * @instance
                 */
                PortMapping.prototype.protocol = "";

                /**
                 * Creates a new PortMapping instance using the specified properties.
                 * @function create
                 * @memberof mesos.ContainerInfo.DockerInfo.PortMapping
                 * @static
                 * @param {mesos.ContainerInfo.DockerInfo.PortMapping.$Properties=} [properties] Properties to set
                 * @returns {mesos.ContainerInfo.DockerInfo.PortMapping} PortMapping instance
                 * @type {{
                 *   (properties: mesos.ContainerInfo.DockerInfo.PortMapping.$Shape): mesos.ContainerInfo.DockerInfo.PortMapping & mesos.ContainerInfo.DockerInfo.PortMapping.$Shape;
                 *   (properties?: mesos.ContainerInfo.DockerInfo.PortMapping.$Properties): mesos.ContainerInfo.DockerInfo.PortMapping;
                 * }}
                 */
                PortMapping.create = function(properties) {
                    return new PortMapping(properties);
                };

                /**
                 * Encodes the specified PortMapping message. Does not implicitly {@link mesos.ContainerInfo.DockerInfo.PortMapping.verify|verify} messages.
                 * @function encode
                 * @memberof mesos.ContainerInfo.DockerInfo.PortMapping
                 * @static
                 * @param {mesos.ContainerInfo.DockerInfo.PortMapping.$Properties} message PortMapping message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortMapping.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.hostPort);
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.containerPort);
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.protocol);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PortMapping message from the specified reader or buffer.
                 * @function decode
                 * @memberof mesos.ContainerInfo.DockerInfo.PortMapping
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mesos.ContainerInfo.DockerInfo.PortMapping & mesos.ContainerInfo.DockerInfo.PortMapping.$Shape} PortMapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortMapping.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.mesos.ContainerInfo.DockerInfo.PortMapping();
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
                                if (wireType !== 0)
                                    break;
                                message.hostPort = reader.uint32();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.containerPort = reader.uint32();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.protocol = reader.string();
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
                    if (!$Object.hasOwnProperty.call(message, "hostPort"))
                        throw $util.ProtocolError("missing required 'hostPort'", { instance: message });
                    if (!$Object.hasOwnProperty.call(message, "containerPort"))
                        throw $util.ProtocolError("missing required 'containerPort'", { instance: message });
                    return message;
                };

                /**
                 * Verifies a PortMapping message.
                 * @function verify
                 * @memberof mesos.ContainerInfo.DockerInfo.PortMapping
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PortMapping.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (!$util.isInteger(message.hostPort))
                        return "hostPort: integer expected";
                    if (!$util.isInteger(message.containerPort))
                        return "containerPort: integer expected";
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                        if (!$util.isString(message.protocol))
                            return "protocol: string expected";
                    return null;
                };

                /**
                 * Creates a PortMapping message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof mesos.ContainerInfo.DockerInfo.PortMapping
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {mesos.ContainerInfo.DockerInfo.PortMapping} PortMapping
                 */
                PortMapping.fromObject = function (object, _depth) {
                    if (object instanceof $root.mesos.ContainerInfo.DockerInfo.PortMapping)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".mesos.ContainerInfo.DockerInfo.PortMapping: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.mesos.ContainerInfo.DockerInfo.PortMapping();
                    if (object.hostPort != null)
                        message.hostPort = object.hostPort >>> 0;
                    if (object.containerPort != null)
                        message.containerPort = object.containerPort >>> 0;
                    if (object.protocol != null)
                        message.protocol = $String(object.protocol);
                    return message;
                };

                /**
                 * Creates a plain object from a PortMapping message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof mesos.ContainerInfo.DockerInfo.PortMapping
                 * @static
                 * @param {mesos.ContainerInfo.DockerInfo.PortMapping} message PortMapping
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PortMapping.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.hostPort = 0;
                        object.containerPort = 0;
                        object.protocol = "";
                    }
                    if (message.hostPort != null && $Object.hasOwnProperty.call(message, "hostPort"))
                        object.hostPort = message.hostPort;
                    if (message.containerPort != null && $Object.hasOwnProperty.call(message, "containerPort"))
                        object.containerPort = message.containerPort;
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                        object.protocol = message.protocol;
                    return object;
                };

                /**
                 * Converts this PortMapping to JSON.
                 * @function toJSON
                 * @memberof mesos.ContainerInfo.DockerInfo.PortMapping
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PortMapping.prototype.toJSON = function() {
                    return PortMapping.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PortMapping;
            })();

            return DockerInfo;
        })();

        return ContainerInfo;
    })();

    return mesos;
})();

module.exports = $root;
