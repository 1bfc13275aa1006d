#!/usr/bin/env node
// placeholder until the command line lands (issue 18)
console.error('intake: not built yet');
process.exitCode = 70;
