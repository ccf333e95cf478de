#!/usr/bin/env node
// Checks every golden reply activity with the official Adaptive Cards library (npm adaptivecards 3.0.6),
// plus the rules that library tolerates but Teams does not.
//
//   node tests/cards/validate.js [golden-folder] [--strict]
//
// golden-folder defaults to tests/ChatBot.Tests/Cards/Golden (found from this script's place in the repo).
// One line per golden file, then `cards: N passed, M failed`. Exit 1 when any file fails or none are found.
// Warnings (library hints and deprecations, empty TextRuns and RichTextBlocks) are printed but fail only
// with --strict.
'use strict';

const fs = require('fs');
const path = require('path');
const AC = require('adaptivecards/dist/adaptivecards.js'); // the lib/ entry does not load in Node

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const TARGET_VERSION = new AC.Version(1, 5); // Teams renders bot cards up to schema 1.5
const MAX_REPLY_BYTES = 40000; // whole activity as compact JSON; Teams refuses about 100 KB
const MAX_ACTIONS = 5;

// Library events that are advice rather than errors.
const WARNING_EVENTS = new Set([
  AC.ValidationEvent.Hint,
  AC.ValidationEvent.Deprecated,
  AC.ValidationEvent.RequiredInputsShouldHaveLabel,
  AC.ValidationEvent.RequiredInputsShouldHaveErrorMessage,
]);

function describeSource(source) {
  if (!source) return '';
  let type;
  let id;
  if (typeof source.getJsonTypeName === 'function') {
    type = source.getJsonTypeName();
    id = source.id;
  } else if (typeof source === 'object') {
    type = source.type;
    id = source.id;
  }
  if (!type) return '';
  return id ? `${type}#${id}` : type;
}

function libraryEvent(e, where) {
  const name = AC.ValidationEvent[e.event] || `event ${e.event}`;
  const src = describeSource(e.source);
  return {
    level: WARNING_EVENTS.has(e.event) ? 'warning' : 'error',
    text: `${where}: ${name}${src ? ` (${src})` : ''}: ${e.message}`,
  };
}

// Parses one card with the official library and returns its events.
function libraryCheck(card, label) {
  const problems = [];
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(TARGET_VERSION);
  try {
    adaptiveCard.parse(card, context);
  } catch (err) {
    problems.push({ level: 'error', text: `${label}parser: threw ${err && err.message ? err.message : err}` });
    return problems;
  }
  for (let i = 0; i < context.eventCount; i++) problems.push(libraryEvent(context.getEventAt(i), `${label}parser`));
  const results = adaptiveCard.validateProperties();
  for (const e of results.validationEvents) problems.push(libraryEvent(e, `${label}validate`));
  return problems;
}

function isNonEmptyString(v) {
  return typeof v === 'string' && v.trim() !== '';
}

function isAbsoluteHttpUrl(v) {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

// What the library tolerates but Teams would not render (or would render empty or broken).
function teamsCheck(card, label) {
  const problems = [];
  const err = (p, text) => problems.push({ level: 'error', text: `${label}teams: ${text} at ${p}` });
  // Not errors for Teams (it renders them as nothing), but almost always a slip in the card code.
  const warn = (p, text) => problems.push({ level: 'warning', text: `${label}teams: ${text} at ${p}` });

  if (card.type !== 'AdaptiveCard') err('$', `card type is ${JSON.stringify(card.type)}, not "AdaptiveCard"`);
  if (card.version !== '1.5') err('$.version', `card version is ${JSON.stringify(card.version)}, not "1.5"`);
  if (Array.isArray(card.actions) && card.actions.length > MAX_ACTIONS)
    err('$.actions', `${card.actions.length} card actions (more than ${MAX_ACTIONS})`);

  const ids = new Set();
  const toggles = [];
  const walk = (node, p, inActionSet = false) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${p}[${i}]`, inActionSet));
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (typeof node.id === 'string' && node.id !== '') ids.add(node.id);
    switch (node.type) {
      case 'TextBlock':
        if (!isNonEmptyString(node.text)) err(p, 'TextBlock without text');
        break;
      case 'RichTextBlock':
        if (!Array.isArray(node.inlines) || node.inlines.length === 0) warn(p, 'RichTextBlock without inlines');
        break;
      case 'TextRun':
        if (!isNonEmptyString(node.text)) warn(p, 'empty TextRun');
        break;
      case 'FactSet':
        if (!Array.isArray(node.facts) || node.facts.length === 0) err(p, 'FactSet without facts');
        break;
      case 'Image':
        if (!isNonEmptyString(node.url)) err(p, 'Image without url');
        break;
      case 'Action.OpenUrl':
        if (!isAbsoluteHttpUrl(node.url))
          err(p, `Action.OpenUrl without an absolute http(s) url (${JSON.stringify(node.url)})`);
        break;
      case 'Action.Submit':
        if (node.data === undefined || node.data === null || node.data === '') err(p, 'Action.Submit without data');
        break;
      case 'Action.Execute':
        // Teams: older clients need an Action.Submit fallback, and honour it only inside an ActionSet.
        if (!node.fallback || node.fallback.type !== 'Action.Submit') err(p, 'Action.Execute without an Action.Submit fallback');
        else if (JSON.stringify(node.fallback.data) !== JSON.stringify(node.data))
          err(p, 'Action.Execute whose fallback carries other data');
        if (!inActionSet) err(p, 'Action.Execute outside an ActionSet');
        break;
      case 'Action.ToggleVisibility':
        toggles.push({ p, targets: Array.isArray(node.targetElements) ? node.targetElements : [] });
        break;
      case 'ActionSet':
        if (Array.isArray(node.actions) && node.actions.length > MAX_ACTIONS)
          err(p, `ActionSet with ${node.actions.length} actions (more than ${MAX_ACTIONS})`);
        break;
      default:
        break;
    }
    for (const [key, value] of Object.entries(node)) {
      if (value && typeof value === 'object') walk(value, `${p}.${key}`, node.type === 'ActionSet' && key === 'actions' ? true : inActionSet && key === 'fallback');
    }
  };
  walk(card, '$');
  for (const { p, targets } of toggles) {
    if (targets.length === 0) err(p, 'Action.ToggleVisibility without targetElements');
    for (const target of targets) {
      const id = typeof target === 'string' ? target : target && target.elementId;
      if (!ids.has(id)) err(p, `Action.ToggleVisibility targets ${JSON.stringify(id)}, which no element of the card has`);
    }
  }
  return problems;
}

function checkReply(file) {
  const problems = [];
  const raw = fs.readFileSync(file, 'utf8');
  let activity;
  try {
    activity = JSON.parse(raw);
  } catch (e) {
    return { bytes: Buffer.byteLength(raw), cards: null, problems: [{ level: 'error', text: `not JSON: ${e.message}` }] };
  }
  const bytes = Buffer.byteLength(JSON.stringify(activity), 'utf8');
  if (bytes >= MAX_REPLY_BYTES)
    problems.push({ level: 'error', text: `reply: ${bytes} bytes as compact JSON (limit under ${MAX_REPLY_BYTES})` });
  if (!isNonEmptyString(activity.text) && !isNonEmptyString(activity.summary))
    problems.push({ level: 'error', text: 'reply: no text and no summary (notifications and screen readers show nothing)' });

  const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
  const cardAttachments = attachments
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a && a.contentType === CARD_CONTENT_TYPE);
  for (const { a, i } of cardAttachments) {
    const label = cardAttachments.length > 1 || i > 0 ? `attachments[${i}] ` : '';
    let card = a.content;
    if (typeof card === 'string') {
      try {
        card = JSON.parse(card);
      } catch (e) {
        problems.push({ level: 'error', text: `${label}content is a string that is not JSON: ${e.message}` });
        continue;
      }
    }
    if (!card || typeof card !== 'object' || Array.isArray(card)) {
      problems.push({ level: 'error', text: `${label}content is not a card object` });
      continue;
    }
    problems.push(...libraryCheck(card, label), ...teamsCheck(card, label));
  }
  return { bytes, cards: cardAttachments.length, problems };
}

function main(argv) {
  const strict = argv.includes('--strict');
  const args = argv.filter((a) => a !== '--strict');
  if (args.includes('-h') || args.includes('--help')) {
    console.log('usage: node tests/cards/validate.js [golden-folder] [--strict]');
    return 0;
  }
  const folder = args[0]
    ? path.resolve(args[0])
    : path.resolve(__dirname, '..', 'ChatBot.Tests', 'Cards', 'Golden');

  let files = [];
  if (fs.existsSync(folder) && fs.statSync(folder).isDirectory()) {
    files = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => path.join(folder, f));
  }
  if (files.length === 0) {
    console.log(`no golden files (*.json) found in ${folder}`);
    console.log('cards: 0 passed, 0 failed');
    return 1;
  }

  const width = Math.max(...files.map((f) => path.basename(f, '.json').length));
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const name = path.basename(file, '.json');
    const { bytes, cards, problems } = checkReply(file);
    const errors = problems.filter((p) => p.level === 'error');
    const warnings = problems.filter((p) => p.level === 'warning');
    const ok = errors.length === 0 && (!strict || warnings.length === 0);
    if (ok) passed++;
    else failed++;
    const notes = [];
    if (cards === 0) notes.push('(no card)');
    notes.push(...errors.map((p) => p.text), ...warnings.map((p) => `warning: ${p.text}`));
    const line = `${ok ? 'ok  ' : 'FAIL'} ${String(bytes).padStart(6)}  ${name.padEnd(width)}`;
    console.log(notes.length ? `${line}  ${notes.join('; ')}` : line.trimEnd());
  }
  console.log(`cards: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
