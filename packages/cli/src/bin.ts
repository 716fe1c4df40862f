#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { runCli } from './cli.js';
import { processIo } from './io.js';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

void runCli(process.argv.slice(2), processIo(), { version: manifest.version }).then((code) => {
  process.exitCode = code;
});
