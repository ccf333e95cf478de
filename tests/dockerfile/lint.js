#!/usr/bin/env node
// Checks the Dockerfile without Docker (no engine here, and its base images cannot be pulled): the Dockerfile
// linter of npm dockerfile-utils with every rule an error and any warning a failure, then what the image must be:
// built on the .NET 10 SDK, run on the ASP.NET Core 10 runtime as the image's non-root APP_UID, on port 8080, with
// the seeds in the build, and a .dockerignore that keeps them.
//
//   npm ci --prefix tests/dockerfile && node tests/dockerfile/lint.js
//
// Prints one line per check and `dockerfile: N passed, M failed`; exits 1 when a check fails.
'use strict';

const fs = require('fs');
const path = require('path');
const { validate, ValidationSeverity } = require('dockerfile-utils');
const { DockerfileParser } = require('dockerfile-ast');

const ROOT = path.resolve(__dirname, '..', '..');
const content = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const ignore = fs.readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));

let passed = 0;
let failed = 0;
function check(name, problems) {
  if (problems.length === 0) {
    console.log(`ok    ${name}`);
    passed++;
  } else {
    console.log(`FAIL  ${name}`);
    for (const problem of problems) console.log(`      ${problem}`);
    failed++;
  }
}

const strict = {
  deprecatedMaintainer: ValidationSeverity.ERROR,
  directiveCasing: ValidationSeverity.ERROR,
  emptyContinuationLine: ValidationSeverity.ERROR,
  instructionCasing: ValidationSeverity.ERROR,
  instructionCmdMultiple: ValidationSeverity.ERROR,
  instructionEntrypointMultiple: ValidationSeverity.ERROR,
  instructionHealthcheckMultiple: ValidationSeverity.ERROR,
  instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
  instructionWorkdirRelative: ValidationSeverity.ERROR,
};
check('dockerfile-utils lint: no error and no warning',
  validate(content, strict).map((d) => `line ${d.range.start.line + 1}: ${d.message}`));

const dockerfile = DockerfileParser.parse(content);
const froms = dockerfile.getFROMs();
const stages = [];
for (const instruction of dockerfile.getInstructions()) {
  if (instruction.getKeyword() === 'FROM') stages.push([]);
  // Flags (COPY --from=build) are kept apart from the arguments by the parser; put them back in front.
  const flags = typeof instruction.getFlags === 'function' ? instruction.getFlags().map((flag) => flag.toString() + ' ') : [];
  if (stages.length > 0) stages[stages.length - 1].push([instruction.getKeyword(), flags.join('') + (instruction.getArgumentsContent() || '')]);
}
const build = stages[0] || [];
const runtime = stages[stages.length - 1] || [];
const has = (stage, keyword, pattern) => stage.some(([k, args]) => k === keyword && pattern.test(args));

check('two stages: the .NET 10 SDK builds, the ASP.NET Core 10 runtime runs', [
  ...(froms.length === 2 ? [] : [`${froms.length} FROM instructions, expected 2`]),
  ...(froms[0] && froms[0].getImage() === 'mcr.microsoft.com/dotnet/sdk:10.0' ? [] : ['the first stage is not mcr.microsoft.com/dotnet/sdk:10.0']),
  ...(froms[1] && froms[1].getImage() === 'mcr.microsoft.com/dotnet/aspnet:10.0' ? [] : ['the last stage is not mcr.microsoft.com/dotnet/aspnet:10.0']),
]);
check('the build publishes the bot with the seeds in its context', [
  ...(has(build, 'COPY', /^seeds\/? /) ? [] : ['no COPY of seeds/ in the build stage']),
  ...(has(build, 'RUN', /dotnet publish src\/ChatBot\/ChatBot\.csproj/) ? [] : ['no dotnet publish of src/ChatBot']),
  ...(has(runtime, 'COPY', /--from=build /) ? [] : ['the runtime stage copies nothing from the build']),
]);
check('the runtime runs ChatBot.dll as $APP_UID on port 8080', [
  ...(has(runtime, 'USER', /^\$APP_UID$/) ? [] : ['no USER $APP_UID in the runtime stage']),
  ...(has(runtime, 'EXPOSE', /^8080$/) ? [] : ['no EXPOSE 8080']),
  ...(has(runtime, 'ENTRYPOINT', /^\["dotnet", "ChatBot\.dll"\]$/) ? [] : ['the entry point is not ["dotnet", "ChatBot.dll"]']),
  ...(has(runtime, 'ENV', /ASPNETCORE_(URLS|HTTP_PORTS)|URLS/) ? ['the image sets where the bot listens; the runtime image already does'] : []),
]);
check('.dockerignore keeps src/, seeds/ and .editorconfig and leaves build output out', [
  ...['src', 'seeds', '.editorconfig'].filter((kept) => ignore.some((rule) => rule.replace(/\/$/, '') === kept)).map((kept) => `${kept} is ignored`),
  ...['**/bin/', '**/obj/', '**/node_modules/'].filter((rule) => !ignore.includes(rule)).map((rule) => `${rule} is not ignored`),
]);

console.log(`dockerfile: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
