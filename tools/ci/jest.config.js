const { makeJestConfig } = require('../../jest.preset.js');
module.exports = makeJestConfig(__dirname);
