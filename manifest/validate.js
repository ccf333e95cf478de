#!/usr/bin/env node
// Checks the Teams app package offline, as CI does:
//
//   node manifest/validate.js [--bot-id <GUID>] [--domain <host>] [--app-id <GUID>]     (or BOT_ID, BOT_DOMAIN, TEAMS_APP_ID)
//
// Without values it fills the template with BOT_ID=00000000-0000-0000-0000-000000000000,
// TEAMS_APP_ID=11111111-1111-1111-1111-111111111111 (a different id, so each placeholder is seen to land where it
// belongs) and BOT_DOMAIN=example.invalid. The filled manifest is validated with Microsoft's own validator
// (AppManifestUtils.validateAgainstSchema from npm @microsoft/app-manifest) against the schema 1.25 that package
// bundles, read from disk; nothing is downloaded. Then the icons (sizes, outline white on fully transparent, the
// committed PNGs equal to what make-icons.js draws) and the package itself (built into a temp folder by the same
// code as package.js, then listed: manifest.json, color.png and outline.png at the top level).
// One line per check, then `manifest: N passed, M failed`. Exit 1 when any check fails.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const pkg = require('./package.js');

const SAMPLE = { botId: '00000000-0000-0000-0000-000000000000', appId: '11111111-1111-1111-1111-111111111111', domain: 'example.invalid' };

function parseArgs(argv, env) {
  const options = { botId: env.BOT_ID || SAMPLE.botId, domain: env.BOT_DOMAIN || SAMPLE.domain, appId: env.TEAMS_APP_ID || SAMPLE.appId };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const key = { '--bot-id': 'botId', '--domain': 'domain', '--app-id': 'appId' }[flag];
    if (!key) throw new Error(`unknown argument '${argv[i]}'`);
    const value = inline !== undefined ? inline : argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    options[key] = value;
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2), process.env);
  const results = [];
  // Runs one check: it returns a list of problems (empty = passed), or throws; note() adds a line shown under it.
  const check = async (name, run) => {
    let problems;
    const notes = [];
    try {
      problems = await run((line) => notes.push(line));
    } catch (error) {
      problems = [error.message];
    }
    const passed = problems.length === 0;
    results.push(passed);
    console.log(`${passed ? 'PASS' : 'FAIL'} ${name}`);
    for (const line of [...notes, ...problems]) console.log(`     ${line}`);
    return passed;
  };

  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-bot-manifest-'));
  try {
    console.log(`(filled with BOT_ID=${options.botId}, TEAMS_APP_ID=${options.appId}, BOT_DOMAIN=${options.domain})`);
    await check('inputs: the bot id and app id are GUIDs and the domain a host name', () => pkg.checkInputs(options.botId, options.domain, options.appId));

    let manifest;
    await check('template: every placeholder filled, valid JSON', () => {
      manifest = pkg.fillTemplate(options.botId, options.domain, undefined, options.appId);
      return [];
    });

    let schema;
    await check(`schema: Microsoft's ${pkg.SCHEMA_VERSION} schema read from @microsoft/app-manifest on disk`, () => {
      schema = pkg.readSchema();
      const pinned = schema.properties?.manifestVersion?.const;
      return pinned === pkg.SCHEMA_VERSION ? [] : [`${path.relative(process.cwd(), pkg.SCHEMA_FILE)} pins manifestVersion ${pinned}`];
    });

    await check(`manifest: valid against Microsoft's schema ${pkg.SCHEMA_VERSION} (AppManifestUtils.validateAgainstSchema, offline)`, async () => {
      if (!manifest || !schema) return ['not run: the template or the schema did not load'];
      return pkg.validateAgainstMicrosoftSchema(manifest, schema);
    });

    await check('manifest: version 1.25, the app id as id, the bot id in the bot and the extension, the domain in validDomains and the developer URLs', () =>
      manifest ? pkg.checkManifestRules(manifest, options.botId, options.domain, options.appId) : ['not run: the template did not load']);

    const icons = pkg.readIcons();
    await check(`icons: color.png is a ${pkg.ICONS.color.size}×${pkg.ICONS.color.size} PNG`, () => pkg.checkIcon('color', icons.color));
    await check(`icons: outline.png is a ${pkg.ICONS.outline.size}×${pkg.ICONS.outline.size} PNG, white (255,255,255) on fully transparent only`,
      () => pkg.checkIcon('outline', icons.outline));

    await check('icons: the committed PNGs are what make-icons.js draws', () => {
      const drawn = path.join(temp, 'icons');
      execFileSync(process.execPath, [path.join(__dirname, 'make-icons.js'), drawn], { stdio: 'pipe' });
      return Object.values(pkg.ICONS)
        .filter(({ file }) => !fs.readFileSync(path.join(drawn, file)).equals(fs.readFileSync(path.join(__dirname, file))))
        .map(({ file }) => `${file} differs from make-icons.js's drawing: run node manifest/make-icons.js and commit the PNGs`);
    });

    await check('package: package.js builds a zip with exactly manifest.json, color.png, outline.png at the top level', async (note) => {
      const zip = path.join(temp, 'skills-bot.zip');
      const entries = await pkg.buildPackage(options.botId, options.domain, zip, options.appId);
      // Listed independently of buildPackage's own check, so the line shows what the zip holds.
      const listed = (await pkg.readZip(zip)).map((e) => e.name);
      note(`zip entries: ${listed.join(', ')}`);
      return pkg.checkZipLayout(await pkg.readZip(zip), pkg.fillTemplate(options.botId, options.domain, undefined, options.appId), icons)
        .concat(entries.length === pkg.PACKAGE_FILES.length ? [] : [`package.js wrote ${entries.length} entries`]);
    });
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }

  const passed = results.filter(Boolean).length;
  const failed = results.length - passed;
  console.log(`manifest: ${passed} passed, ${failed} failed`);
  if (failed > 0 || passed === 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`validate: ${error.message}`);
  process.exitCode = 1;
});
