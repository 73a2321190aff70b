/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array;

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

                return PortMapping;
            })();

            return DockerInfo;
        })();

        return ContainerInfo;
    })();

    return mesos;
})();

module.exports = $root;
