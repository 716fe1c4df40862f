#!/usr/bin/env node
// The `authmail` command. A file that exists before the build, so package
// managers link it on install; the command itself is dist/bin.js.
import '../dist/bin.js';
