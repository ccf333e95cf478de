#!/usr/bin/env node
// Builds the Teams app package: fills manifest.json with the bot's app id and domain, validates it offline
// against Microsoft's schema 1.25 and checks the icons (the same checks as validate.js), then writes the zip with
// manifest.json, color.png and outline.png at its top level (no folder inside, or Teams refuses the upload).
//
//   npm ci --prefix manifest && node manifest/package.js --bot-id <GUID> --domain <host> [--out <file.zip>]
//
// BOT_ID and BOT_DOMAIN may come from the environment instead. --app-id (or TEAMS_APP_ID) is the Teams app's own id,
// which the Microsoft 365 Agents Toolkit creates (teamsApp/create); without it the app takes the bot's id, which Teams
// accepts. --out defaults to manifest/build/skills-bot.zip.
// Exit 1, with the reason, when an argument is missing or wrong or any check fails; nothing is written then.
'use strict';

const fs = require('fs');
const path = require('path');
const yazl = require('yazl');
const yauzl = require('yauzl');
const { PNG } = require('pngjs');

const HERE = __dirname;
const TEMPLATE = path.join(HERE, 'manifest.json');
const ICONS = { color: { file: 'color.png', size: 192 }, outline: { file: 'outline.png', size: 32 } };
const DEFAULT_OUT = path.join(HERE, 'build', 'skills-bot.zip');
const SCHEMA_VERSION = '1.25';
const SCHEMA_FILE = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build', 'json-schemas', 'teams', `v${SCHEMA_VERSION}`, 'MicrosoftTeams.schema.json');
const PACKAGE_FILES = ['manifest.json', ICONS.color.file, ICONS.outline.file];
// A fixed time stamp for every zip entry, so the same inputs give the same bytes.
const ENTRY_TIME = new Date(2000, 0, 1);

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// A host name: dot-separated labels of letters, digits and inner hyphens; no scheme, port or path.
const HOST = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** --bot-id/--domain/--app-id/--out from argv (also --bot-id=VALUE), falling back to BOT_ID, BOT_DOMAIN, TEAMS_APP_ID. */
function parseArgs(argv, env) {
  const options = { botId: env.BOT_ID, domain: env.BOT_DOMAIN, appId: env.TEAMS_APP_ID || undefined, out: undefined };
  const names = { '--bot-id': 'botId', '--domain': 'domain', '--app-id': 'appId', '--out': 'out' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === '--help' || flag === '-h') return { help: true };
    const key = names[flag];
    if (!key) throw new Error(`unknown argument '${argv[i]}'`);
    const value = inline !== undefined ? inline : argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    options[key] = value;
  }
  return options;
}

function checkInputs(botId, domain, appId = botId) {
  const problems = [];
  if (appId && !GUID.test(appId)) problems.push(`the Teams app id '${appId}' is not a GUID`);
  if (!botId) problems.push('the bot id is missing (--bot-id or BOT_ID)');
  else if (!GUID.test(botId)) problems.push(`the bot id '${botId}' is not a GUID (the Azure Bot's Microsoft App ID)`);
  if (!domain) problems.push('the domain is missing (--domain or BOT_DOMAIN)');
  else if (!HOST.test(domain)) problems.push(`the domain '${domain}' is not a host name (no https://, port or path)`);
  return problems;
}

/** The template with the placeholders filled, as an object. Throws when a placeholder is left or unknown. */
function fillTemplate(botId, domain, templateText = fs.readFileSync(TEMPLATE, 'utf8'), appId = botId) {
  const values = { TEAMS_APP_ID: appId, BOT_ID: botId, BOT_DOMAIN: domain };
  const text = templateText.replace(/\$\{\{([A-Z_]+)\}\}/g, (whole, name) => {
    if (!(name in values)) throw new Error(`unknown placeholder ${whole} in manifest.json`);
    return values[name];
  });
  if (text.includes('${{')) throw new Error('a placeholder in manifest.json is malformed');
  return JSON.parse(text);
}

function readSchema() {
  return JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
}

/**
 * Microsoft's own validation (AppManifestUtils.validateAgainstSchema from @microsoft/app-manifest) against the
 * bundled schema read from disk. The package would download a schema it was not given; fetching is made to fail
 * here so a mistake shows up as an error rather than as a download.
 */
async function validateAgainstMicrosoftSchema(manifest, schema) {
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  const originalFetch = globalThis.fetch;
  const originalFetchSchema = AppManifestUtils.fetchSchema;
  const offline = () => { throw new Error('offline: the schema must be read from disk, not downloaded'); };
  globalThis.fetch = offline;
  AppManifestUtils.fetchSchema = offline;
  try {
    return await AppManifestUtils.validateAgainstSchema(manifest, schema);
  } finally {
    globalThis.fetch = originalFetch;
    AppManifestUtils.fetchSchema = originalFetchSchema;
  }
}

/** Rules the schema cannot express: the version pinned, the ids agreeing, the domain used where it should be. */
function checkManifestRules(manifest, botId, domain, appId = botId) {
  const problems = [];
  if (manifest.manifestVersion !== SCHEMA_VERSION) problems.push(`manifestVersion is ${manifest.manifestVersion}, not ${SCHEMA_VERSION}`);
  const schemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`;
  if (manifest.$schema !== schemaUrl) problems.push(`$schema is ${manifest.$schema}, not ${schemaUrl}`);
  if (manifest.id !== appId) problems.push(`id is ${manifest.id}, not the Teams app id ${appId}`);
  const ids = { 'bots[0].botId': manifest.bots?.[0]?.botId, 'composeExtensions[0].botId': manifest.composeExtensions?.[0]?.botId };
  for (const [where, value] of Object.entries(ids)) {
    if (value !== botId) problems.push(`${where} is ${value}, not the bot id ${botId}`);
  }
  if (!(manifest.validDomains || []).includes(domain)) problems.push(`validDomains does not list ${domain}`);
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
    const url = manifest.developer?.[key];
    if (typeof url !== 'string' || !url.startsWith(`https://${domain}/`)) problems.push(`developer.${key} is not on https://${domain}/`);
  }
  for (const icon of Object.keys(ICONS)) {
    if (manifest.icons?.[icon] !== ICONS[icon].file) problems.push(`icons.${icon} is ${manifest.icons?.[icon]}, not ${ICONS[icon].file}`);
  }
  return problems;
}

/** Size and colour rules Teams has for the two icons; returns problems per icon. */
function checkIcon(name, bytes) {
  const { file, size } = ICONS[name];
  let png;
  try {
    png = PNG.sync.read(bytes);
  } catch (error) {
    return [`${file} is not a readable PNG: ${error.message}`];
  }
  const problems = [];
  if (png.width !== size || png.height !== size) problems.push(`${file} is ${png.width}×${png.height}, not ${size}×${size}`);
  if (name === 'outline') {
    let bad = 0;
    let first;
    let white = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = png.data.subarray(i, i + 4);
      const ok = a === 0 || (a === 255 && r === 255 && g === 255 && b === 255);
      if (a === 255 && ok) white++;
      if (!ok) {
        bad++;
        if (!first) first = `(${(i / 4) % png.width},${Math.floor(i / 4 / png.width)}) = rgba(${r},${g},${b},${a})`;
      }
    }
    if (bad > 0) problems.push(`${file}: ${bad} pixel(s) neither white nor fully transparent, first at ${first}`);
    if (white === 0) problems.push(`${file} has no white pixel: the glyph is missing`);
  }
  return problems;
}

function readIcons() {
  return Object.fromEntries(Object.entries(ICONS).map(([name, { file }]) => [name, fs.readFileSync(path.join(HERE, file))]));
}

/** The zip's bytes: manifest.json, color.png and outline.png, all at the top level. */
function zipPackage(manifest, icons) {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'), 'manifest.json', { mtime: ENTRY_TIME });
    zip.addBuffer(icons.color, ICONS.color.file, { mtime: ENTRY_TIME });
    zip.addBuffer(icons.outline, ICONS.outline.file, { mtime: ENTRY_TIME });
    zip.end();
    const chunks = [];
    zip.outputStream.on('data', (chunk) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Every entry of a zip file: name and contents, in the zip's order. */
function readZip(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (openError, zip) => {
      if (openError) return reject(openError);
      const entries = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry) => {
        zip.openReadStream(entry, (readError, stream) => {
          if (readError) return reject(readError);
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** Problems with a written package's layout and contents, compared with what went in. */
function checkZipLayout(entries, manifest, icons) {
  const problems = [];
  const names = entries.map((e) => e.name);
  const expected = [...PACKAGE_FILES].sort();
  if (JSON.stringify([...names].sort()) !== JSON.stringify(expected)) {
    problems.push(`the zip holds [${names.join(', ')}], not exactly [${expected.join(', ')}] at the top level`);
  }
  const byName = Object.fromEntries(entries.map((e) => [e.name, e.data]));
  if (byName['manifest.json']) {
    try {
      if (JSON.stringify(JSON.parse(byName['manifest.json'].toString('utf8'))) !== JSON.stringify(manifest)) {
        problems.push('manifest.json in the zip differs from the filled manifest');
      }
    } catch (error) {
      problems.push(`manifest.json in the zip is not JSON: ${error.message}`);
    }
  }
  for (const name of Object.keys(ICONS)) {
    const data = byName[ICONS[name].file];
    if (data && !data.equals(icons[name])) problems.push(`${ICONS[name].file} in the zip differs from manifest/${ICONS[name].file}`);
  }
  return problems;
}

/** Fills, validates, writes and re-reads the package. Returns the zip's entries; throws with every problem found. */
async function buildPackage(botId, domain, out, appId = botId) {
  const inputProblems = checkInputs(botId, domain, appId);
  if (inputProblems.length) throw new Error(inputProblems.join('; '));
  const manifest = fillTemplate(botId, domain, undefined, appId);
  const icons = readIcons();
  const problems = [
    ...(await validateAgainstMicrosoftSchema(manifest, readSchema())).map((e) => `schema ${SCHEMA_VERSION}: ${e}`),
    ...checkManifestRules(manifest, botId, domain, appId),
    ...Object.keys(ICONS).flatMap((name) => checkIcon(name, icons[name])),
  ];
  if (problems.length) throw new Error(`the package was not written:\n  ${problems.join('\n  ')}`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await zipPackage(manifest, icons));
  const entries = await readZip(out);
  const layoutProblems = checkZipLayout(entries, manifest, icons);
  if (layoutProblems.length) throw new Error(`the written package is wrong:\n  ${layoutProblems.join('\n  ')}`);
  return entries;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`package: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  if (options.help) {
    console.log('usage: node manifest/package.js --bot-id <GUID> --domain <host> [--app-id <GUID>] [--out <file.zip>]  (or BOT_ID, BOT_DOMAIN, TEAMS_APP_ID)');
    return;
  }
  const out = path.resolve(options.out || DEFAULT_OUT);
  try {
    const entries = await buildPackage(options.botId, options.domain, out, options.appId);
    console.log(`wrote ${out}: ${entries.map((e) => `${e.name} (${e.data.length} bytes)`).join(', ')}`);
  } catch (error) {
    console.error(`package: ${error.message}`);
    process.exitCode = 1;
  }
}

module.exports = {
  ICONS, PACKAGE_FILES, SCHEMA_FILE, SCHEMA_VERSION, TEMPLATE,
  checkIcon, checkInputs, checkManifestRules, checkZipLayout, fillTemplate, readIcons, readSchema, readZip,
  validateAgainstMicrosoftSchema, zipPackage, buildPackage,
};

if (require.main === module) main();
