// Template of every binary (see build.mjs): a small script whose only work
// is to start the bundled program, which lives beside it in ../lib/<name>.js
// (and, for the containerizer, a smaller bundle of the hot agent calls,
// usage and containers, in ../lib/<name>.hot.js). Node reads and compiles
// its entry script whole, so the entry is kept tiny: with the program
// carried inside it (in a comment, earlier in a string literal) every call
// paid for reading and scanning it twice, 8-12 ms of a 20-30 ms budget.
// The loader compiles the program through vm.Script with a V8 code cache,
// so that a fresh process (every agent call is one) skips most of the
// parsing and compiling: the same idea as Node 22's module compile cache,
// which the Node.js versions we support (18, 20) do not have.
//
// The cache is bytecode, so it is only read from a directory owned by the
// running user and writable by nobody else (/var/cache/deimos for root),
// and only from files owned by that user; V8 itself rejects a cache made for
// another source text or Node.js version. DEIMOS_NO_CODE_CACHE=1 turns it
// off; DEIMOS_CODE_CACHE_DIR moves it.
'use strict';
(function deimosLoader(sourceHash, program, cacheKeys, sideBundles) {
  const fs = require('fs');
  const path = require('path');
  // An agent call with a bundle of its own (`usage` -> <name>.hot.js,
  // `recover` -> <name>.recover.js): only the bare call, nothing else on the line.
  const sub = process.argv.length === 3 ? process.argv[2] : undefined;
  const side = sub !== undefined && Object.prototype.hasOwnProperty.call(sideBundles, sub) ? sideBundles[sub] : undefined;
  // __filename is the real path (Node resolves the links to its entry), so
  // /usr/bin/<name> -> /usr/lib/deimos/bin/<name> finds /usr/lib/deimos/lib.
  const bundle = path.join(__dirname, '..', 'lib', `${program}${side ? `.${side}` : ''}.js`);
  let source;
  try {
    source = fs.readFileSync(bundle, 'utf8');
  } catch (err) {
    process.stderr.write(`${program}: cannot read the program ${bundle} (${err.code || err.message}): a damaged installation? reinstall it\n`);
    process.exit(8); // "anything unexpected"
  }
  const vm = require('vm');
  let cacheFile;
  let cached;
  let dir;
  let keyPrefix;
  if (!process.env.DEIMOS_NO_CODE_CACHE) {
    try {
      const uid = typeof process.getuid === 'function' ? process.getuid() : -1;
      dir =
        process.env.DEIMOS_CODE_CACHE_DIR ||
        (uid === 0 ? '/var/cache/deimos' : path.join(require('os').tmpdir(), `deimos-code-cache-${uid}`));
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      } catch {
        /* checked below */
      }
      const d = fs.lstatSync(dir);
      if (d.isDirectory() && d.uid === uid && (d.mode & 0o022) === 0) {
        // One cache per agent subcommand (the build lists them): a cache holds
        // the functions its first run compiled, so `usage` must not start
        // from the cache `launch` wrote. Anything else shares one cache.
        const sub = cacheKeys.includes(process.argv[2]) && process.argv.length === 3 ? process.argv[2] : 'other';
        keyPrefix = `${program}-${sub}-`;
        cacheFile = path.join(dir, `${keyPrefix}${sourceHash}-${process.version}-${process.arch}.v8cache`);
        try {
          const f = fs.lstatSync(cacheFile);
          if (f.isFile() && f.uid === uid && (f.mode & 0o022) === 0) cached = fs.readFileSync(cacheFile);
        } catch {
          /* no cache yet */
        }
      }
    } catch {
      cacheFile = undefined;
    }
  }
  // Node's own CommonJS wrapper, written out: require('module') for
  // Module.wrap would load the module and ES-loader internals (about 1 ms).
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapped, { filename: bundle, cachedData: cached });
  // A --help or --version run compiles little of the program: its cache
  // would serve the next real run of that key poorly, so it writes none.
  const helpOnly = process.argv.slice(2).some((a) => ['--help', '-h', '--version', '-V', 'help'].includes(a));
  if (cacheFile && !helpOnly && (!cached || script.cachedDataRejected)) {
    // Written once, at exit, so that it holds the functions this run compiled.
    process.once('exit', () => {
      const tmp = `${cacheFile}.${process.pid}`;
      try {
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600, flag: 'wx' });
        fs.renameSync(tmp, cacheFile);
        // A new cache for this key means a new program: the same key's caches
        // of earlier builds would never be read again (a build from source
        // has no postinst to remove them), so they go.
        for (const name of fs.readdirSync(dir)) {
          if (name.startsWith(keyPrefix) && name.endsWith('.v8cache') && !name.startsWith(`${keyPrefix}${sourceHash}-`)) {
            try {
              fs.unlinkSync(path.join(dir, name));
            } catch {
              /* another call removed it */
            }
          }
        }
      } catch {
        try {
          fs.unlinkSync(tmp);
        } catch {
          /* nothing to remove */
        }
      }
    });
  }
  script.runInThisContext().call(module.exports, module.exports, require, module, __filename, __dirname);
})(
