#!/usr/bin/env node
// End-to-end: the bot as a person sees it in Teams, through the Microsoft 365 Agents Playground (a local
// Teams-like client, npm @microsoft/m365agentsplayground) driven headless with playwright-core and Debian's chromium.
//
//   npm ci --prefix tests/e2e && node tests/e2e/run.js
//
// Starts the bot (dotnet run, anonymous mode) and the Playground, both on 127.0.0.1 and free ports, waits for both,
// then runs the steps below in one browser page. The page can reach nothing but loopback. Prints one line per step
// and `e2e: N passed, M failed`; exit 1 when a step fails, 2 when it could not start. Screenshots and both
// processes' logs go to tests/e2e/out/ (gitignored). Everything is bounded in time; both processes are killed at the
// end, also on failure or Ctrl-C.
//
// Environment (all optional):
//   E2E_NO_BUILD=1        pass --no-build to dotnet run (CI, after its own build)
//   E2E_BOT_PORT=N        the bot's port (default: a free one; 3978 is often taken by a bot someone is running)
//   E2E_PLAYGROUND_PORT=N the Playground's port (default: a free one)
//   E2E_TIMEOUT_S=N       overall limit (default 300); E2E_STEP_TIMEOUT_S=N per step (default 45)
//   E2E_START_TIMEOUT_S=N limit for the bot to answer /readyz (store loaded) (default 180: dotnet run may build first)
//   E2E_HEADED=1          show the browser (needs a display)
//   CHROMIUM_PATH         default /usr/bin/chromium
'use strict';

const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const http = require('http');
const { spawn } = require('child_process');

const HERE = __dirname;
const ROOT = path.resolve(HERE, '..', '..');
const OUT = path.join(HERE, 'out');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const seconds = (name, fallback) => 1000 * (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback);
const OVERALL_MS = seconds('E2E_TIMEOUT_S', 300);
const STEP_MS = seconds('E2E_STEP_TIMEOUT_S', 45);
const START_MS = seconds('E2E_START_TIMEOUT_S', 180);
const QUIET_MS = 1000; // a turn is over when the bot has answered and nothing arrived for this long
const BOT_NAME = 'Test Bot'; // the name the Playground gives the bot

const PROFICIENT = [
  'Complex dispatch coordination', 'Non-routine problem resolution', 'Customer escalation handling',
  'Multi-channel communications', 'Schedule optimization', 'Records accuracy and compliance',
  'Vendor and repair management', 'Geographic information systems', 'Expert system utilization',
  'Cross-functional coordination',
];

const started = Date.now();
let passed = 0;
let failed = 0;
const children = [];
let browserContext = null;
let profileDir = null;

function log(line) { process.stdout.write(line + '\n'); }

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
  });
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2000 }, (response) => { response.resume(); resolve(response.statusCode); });
    request.on('timeout', () => { request.destroy(); resolve(0); });
    request.on('error', () => resolve(0));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, test, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what}: the process exited with ${child.exitCode} (see its log in tests/e2e/out/)`);
    if (await test()) return;
    await sleep(300);
  }
  throw new Error(`${what}: not ready after ${Math.round(timeoutMs / 1000)} s (see its log in tests/e2e/out/)`);
}

// Each child gets its own process group so that killing it also kills what it started (dotnet run -> ChatBot).
function start(name, command, args, options) {
  const logFile = path.join(OUT, `${name}.log`);
  const fd = fs.openSync(logFile, 'w');
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  child.name = name;
  children.push(child);
  return child;
}

function killAll() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
  }
}

async function stopAll() {
  if (browserContext) { await Promise.race([browserContext.close().catch(() => {}), sleep(5000)]); browserContext = null; }
  killAll();
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && children.some((child) => child.exitCode === null && child.signalCode === null)) await sleep(100);
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
  }
  if (profileDir) {
    try { fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); } catch { /* best effort */ }
    profileDir = null;
  }
}

// ---- what the page's websockets say: bot messages and the Playground's request log --------------------------------

const traffic = { lastFrameAt: 0, requests: [], messages: [] };

function watchSockets(page) {
  page.on('websocket', (socket) => {
    socket.on('framereceived', (frame) => {
      traffic.lastFrameAt = Date.now();
      let data;
      try { data = JSON.parse(String(frame.payload)); } catch { return; }
      if (socket.url().includes('/_ws/log/')) {
        const entry = data && data.log;
        if (entry && entry.activityName && entry.to === 'User Application') {
          traffic.requests.push({ at: Date.now(), activity: entry.activityName, status: entry.response && entry.response.statusCode, body: entry.response && entry.response.body, request: entry.request && entry.request.body });
        }
      } else if (data && data.message) {
        traffic.messages.push({ at: Date.now(), action: data.action, conversation: data.actionConversationId, message: data.message });
      }
    });
  });
}

// A turn is over when the Playground logged the bot's HTTP answer to the request sent after `since` (matching
// `activity`: a regular expression on its activity name, or a test of the whole logged request), and then the
// sockets were quiet for QUIET_MS (asynchronous replies arrive through the mock connector before that).
async function waitTurn(since, activity, timeoutMs = STEP_MS) {
  const deadline = Date.now() + timeoutMs;
  const matches = typeof activity === 'function' ? activity : (request) => activity.test(request.activity);
  let answered = null;
  while (Date.now() < deadline) {
    answered = answered || traffic.requests.find((request) => request.at >= since && matches(request));
    if (answered && Date.now() - traffic.lastFrameAt >= QUIET_MS) {
      if (!(answered.status >= 200 && answered.status < 300)) throw new Error(`the bot answered ${answered.activity} with HTTP ${answered.status}`);
      return answered;
    }
    await sleep(100);
  }
  throw new Error(answered ? 'the turn did not settle in time' : `the Playground logged no answer to a ${activity} request`);
}

// ---- page helpers ---------------------------------------------------------------------------------------------------

async function typeInEditor(page, editor, text) {
  await editor.click();
  await page.keyboard.type(text, { delay: 5 });
}

async function mentionBot(page, editor) {
  await typeInEditor(page, editor, '@' + BOT_NAME.split(' ')[0]);
  const option = page.getByRole('menuitem', { name: BOT_NAME });
  await option.waitFor({ state: 'visible', timeout: 10000 });
  await option.click();
  await page.keyboard.type(' ', { delay: 5 });
}

async function expectText(locator, texts, what) {
  const deadline = Date.now() + 10000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = (await locator.innerText({ timeout: 5000 }).catch(() => '')) || '';
    const missing = texts.filter((text) => !seen.includes(text));
    if (missing.length === 0) return seen;
    await sleep(250);
  }
  const missing = texts.filter((text) => !seen.includes(text));
  throw new Error(`${what}: missing ${missing.map((text) => JSON.stringify(text)).join(', ')}`);
}

const lastCard = (page) => page.locator('.ac-adaptiveCard').last();

const isCardAction = (request) => request.activity === 'invoke' && request.request && request.request.name === 'adaptiveCard/action';

// Clicks a button of the last card, which is an Action.Execute: the Playground sends the adaptiveCard/action invoke
// and puts the card the bot answers with in place of the clicked one. Checks what a person would see (no new message,
// as many cards as before, the new card where the old one was) and what the Playground and the bot exchanged (the
// invoke named the clicked message; the answer was 200 with an Adaptive Card). Returns that exchange.
async function clickInPlace(page, title, conversationType) {
  const cards = await page.locator('.ac-adaptiveCard').count();
  const clicked = traffic.messages.filter((message) => (message.message.attachments || []).length > 0).pop();
  const since = Date.now();
  await lastCard(page).getByRole('button', { name: title, exact: true }).click();
  const answered = await waitTurn(since, isCardAction);
  const sent = answered.request;
  const action = sent.value && sent.value.action;
  if (!action || action.type !== 'Action.Execute' || !action.data || !action.data.question) throw new Error(`the click sent ${JSON.stringify(sent.value).slice(0, 200)}`);
  if (sent.conversation.conversationType !== conversationType) throw new Error(`the click came from a ${sent.conversation.conversationType} conversation, not ${conversationType}`);
  if (clicked && sent.replyToId !== clicked.message.messageId) throw new Error(`the invoke named message ${sent.replyToId}, not the card's ${clicked.message.messageId}`);
  const body = answered.body || {};
  if (body.statusCode !== 200 || body.type !== 'application/vnd.microsoft.card.adaptive' || !body.value || body.value.type !== 'AdaptiveCard') {
    throw new Error(`the bot answered the invoke with ${JSON.stringify(body).slice(0, 200)}`);
  }
  const posted = traffic.messages.filter((message) => message.at >= since);
  if (posted.length) throw new Error(`the click posted ${posted.length} new message(s) instead of changing the card`);
  const after = await page.locator('.ac-adaptiveCard').count();
  if (after !== cards) throw new Error(`${cards} card(s) before the click, ${after} after`);
  return { action, card: body.value };
}

async function openConversation(page, name) {
  const since = Date.now();
  await page.getByRole('treeitem', { name, exact: true }).click();
  // The first visit sends installationUpdate + conversationUpdate, and the bot answers with its welcome.
  await sleep(500);
  if (traffic.requests.some((request) => request.at >= since)) await waitTurn(since, /Update$/).catch(() => {});
}

// The search command as the Teams app manifest declares it (manifest/manifest.json).
function searchCommand() {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest', 'manifest.json'), 'utf8'));
  const command = manifest.composeExtensions[0].commands.find((candidate) => candidate.type === 'query');
  return { id: command.id, parameter: command.parameters[0].name };
}

// ---- the steps ------------------------------------------------------------------------------------------------------

const steps = [
  ['personal chat: one welcome message, the card', async (page) => {
    await page.getByRole('treeitem', { name: 'Personal Chat', exact: true }).waitFor({ timeout: STEP_MS });
    await expectText(page.locator('.ac-adaptiveCard').first(), ['Skills Bot', 'What I cover', 'Occupations I hold'], 'welcome card');
    const welcome = traffic.messages.filter((message) => message.action === 'createMessage');
    if (welcome.length !== 1) throw new Error(`the welcome arrived as ${welcome.length} messages`);
    // A text bubble repeating the card would be text outside any card.
    const repeated = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((element) => element.children.length === 0 && element.textContent.includes('I answer questions about occupational skills frameworks'))
      .filter((element) => !element.closest('.ac-adaptiveCard')).length);
    if (repeated) throw new Error('a text outside the card repeats the welcome');
  }],
  ['personal chat: "what does a proficient dispatcher do" lists the ten Proficient statements', async (page) => {
    const since = Date.now();
    await typeInEditor(page, page.locator('[data-lexical-editor="true"]').first(), 'what does a proficient dispatcher do');
    await page.keyboard.press('Enter');
    await waitTurn(since, /^message$/);
    const card = lastCard(page);
    const text = await expectText(card, ['Proficient', ...PROFICIENT], 'the Proficient card');
    await card.scrollIntoViewIfNeeded();
    return `${PROFICIENT.length} statement titles` + (text.includes('Dispatch operations strategy') ? ' (but also an Advanced title!)' : '');
  }],
  ['personal chat: the card\'s "Advanced level" button turns the card into the Advanced level, in place', async (page) => {
    await clickInPlace(page, 'Advanced level', 'personal');
    const text = await expectText(lastCard(page), ['Advanced level', 'Dispatch operations strategy'], 'the Advanced card');
    if (text.includes('Complex dispatch coordination')) throw new Error('the card still shows the Proficient statements');
  }],
  ['channel: an @mention question is answered in its thread', async (page) => {
    await openConversation(page, 'My Team - General');
    const question = 'what does an advanced dispatcher do';
    const since = Date.now();
    await mentionBot(page, page.locator('[data-lexical-editor="true"]').first());
    await page.keyboard.type(question, { delay: 5 });
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    const answered = await waitTurn(since, /^message$/);
    const sent = answered.request || {};
    const replies = traffic.messages.filter((message) => message.at >= since);
    if (replies.length === 0) throw new Error('no message from the bot arrived');
    const outside = replies.filter((message) => !String(message.conversation).includes(';messageid='));
    if (outside.length) throw new Error(`the bot answered outside the thread (in ${outside[0].conversation})`);
    const mentioned = (sent.entities || []).some((entity) => entity.type === 'mention');
    if (!mentioned) throw new Error('the message reached the bot without a mention entity');
    // The thread: the innermost element holding both the post and the bot's answer.
    const thread = page.locator('div').filter({ hasText: question }).filter({ hasText: 'Dispatch operations strategy' }).last();
    await expectText(thread, [BOT_NAME, question, 'Dispatch operations strategy'], 'the thread');
    await thread.scrollIntoViewIfNeeded();
    return `bot got "${(sent.text || '').replace(/\s+/g, ' ').slice(0, 60)}"`;
  }],
  ['group chat: "compare developing and proficient" with an @mention shows both levels', async (page) => {
    await openConversation(page, 'Group Chat');
    const since = Date.now();
    const editor = page.locator('[data-lexical-editor="true"]').first();
    await mentionBot(page, editor);
    await page.keyboard.type('compare developing and proficient', { delay: 5 });
    await page.keyboard.press('Enter');
    await waitTurn(since, /^message$/);
    const card = lastCard(page);
    await expectText(card, ['Developing', 'Proficient', 'Worker and vehicle deployment', 'Complex dispatch coordination'], 'the comparison card');
    await card.scrollIntoViewIfNeeded();
  }],
  ['group chat: the comparison card\'s "Proficient level" button changes that card in place, no new message', async (page) => {
    const { action } = await clickInPlace(page, 'Proficient level', 'groupChat');
    const card = lastCard(page);
    const text = await expectText(card, ['Proficient level', ...PROFICIENT], 'the Proficient card');
    if (text.includes('Worker and vehicle deployment')) throw new Error('the card still shows the comparison');
    await card.scrollIntoViewIfNeeded();
    return `Action.Execute "${action.title}" (verb ${action.verb}) -> 200 with the Proficient card in place of the comparison`;
  }],
  ['message extension: searching "radio" returns results', async (page) => {
    await openConversation(page, 'Personal Chat');
    await page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
    await page.getByText('Search Command', { exact: true }).click();
    // The Playground reads no manifest: give it the command and parameter names Teams would take from it, or the
    // query arrives with a nameless parameter.
    const command = searchCommand();
    await page.getByText('Specify Command ID or Parameter').click();
    await page.getByPlaceholder('Command ID').fill(command.id);
    await page.getByPlaceholder('Parameter name').fill(command.parameter);
    const box = page.getByPlaceholder('Enter a search term');
    await box.waitFor({ timeout: 10000 });
    const since = Date.now();
    await box.fill('radio');
    await box.press('Enter');
    const answered = await waitTurn(since, /^(invoke|composeExtension\/query)$/);
    const asked = (answered.request && answered.request.value && answered.request.value.parameters) || [];
    if (!asked.some((parameter) => parameter.name === command.parameter && parameter.value === 'radio')) {
      throw new Error(`the query reached the bot as ${JSON.stringify(asked)}`);
    }
    const result = answered.body && answered.body.composeExtension;
    const count = result && Array.isArray(result.attachments) ? result.attachments.length : 0;
    if (!result || result.type !== 'result' || count === 0) throw new Error(`the bot's answer has no results: ${JSON.stringify(answered.body).slice(0, 200)}`);
    const titles = result.attachments.map((attachment) => attachment.preview && attachment.preview.content && attachment.preview.content.title).filter(Boolean);
    if (titles.length !== count) throw new Error('a result has no preview title');
    // What the person sees: the result list, or (Playground 0.2.28) its note that results whose previews carry a
    // tap action cannot be shown there ("Unable to reach app"), so the check above on the bot's answer is the one.
    const dialog = page.locator('div').filter({ has: page.getByPlaceholder('Enter a search term') }).filter({ hasText: 'Search-Based Message Extension' }).last();
    const shown = await dialog.getByText(titles[0], { exact: true }).first().isVisible().catch(() => false);
    if (!shown && !(await page.getByText('tap action is not supported', { exact: false }).first().isVisible().catch(() => false))) {
      throw new Error('the dialog shows neither the results nor the Playground\'s tap-action note');
    }
    const note = shown ? 'shown in the dialog' : 'the Playground cannot display results with a tap action (it says so): checked the answer it received';
    return `${command.id}/${command.parameter}="radio": ${count} result(s), first "${titles.slice(0, 3).join('", "')}"; ${note}`;
  }],
];

// ---- main -----------------------------------------------------------------------------------------------------------

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const file of fs.readdirSync(OUT)) if (/\.(png|log|json)$/.test(file)) fs.rmSync(path.join(OUT, file));
  if (!fs.existsSync(CHROMIUM)) { log(`e2e: chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`); return 2; }
  let chromium, playgroundCli;
  try {
    ({ chromium } = require('playwright-core'));
    playgroundCli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    log('e2e: node packages missing: run `npm ci --prefix tests/e2e` first'); return 2;
  }

  const botPort = Number(process.env.E2E_BOT_PORT) || await freePort();
  const playgroundPort = Number(process.env.E2E_PLAYGROUND_PORT) || await freePort();
  for (const port of [botPort, playgroundPort]) {
    if (await portInUse(port)) { log(`e2e: port ${port} on 127.0.0.1 is already in use`); return 2; }
  }
  const botUrl = `http://127.0.0.1:${botPort}`;
  const playgroundUrl = `http://127.0.0.1:${playgroundPort}`;

  // No launch profile (its 3978 may be a bot someone is running); --urls pins the free port whatever the environment says.
  const bot = start('bot', 'dotnet', ['run', '--project', 'src/ChatBot', '--no-launch-profile',
    ...(process.env.E2E_NO_BUILD === '1' ? ['--no-build'] : []), '--', '--urls', botUrl], {
    cwd: ROOT,
    env: { ...process.env, ASPNETCORE_URLS: botUrl, ASPNETCORE_ENVIRONMENT: 'Development', DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  const playground = start('playground', process.execPath, ['--require', path.join(HERE, 'loopback.js'), playgroundCli, 'start',
    '--app-endpoint', `${botUrl}/api/messages`, '--channel-id', 'msteams', '--port', String(playgroundPort),
    '--service-url', `${playgroundUrl}/_connector`, '--disable-telemetry'], {
    cwd: OUT, // it writes devTools/m365agentsplayground.log into its working directory
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', BROWSER: 'none' },
  });

  try {
    await waitFor('the Playground', async () => (await httpStatus(playgroundUrl + '/')) === 200, 30000, playground);
    await waitFor('the bot', async () => (await httpStatus(botUrl + '/readyz')) === 200, START_MS, bot);
  } catch (error) {
    log(`e2e: could not start: ${error.message}`); return 2;
  }
  log(`e2e: bot ${botUrl} and Playground ${playgroundUrl} ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'));
  browserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: process.env.E2E_HEADED !== '1',
    viewport: { width: 1400, height: 1500 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, // our handlers close it and stop the rest
    timeout: 30000,
  });
  browserContext.setDefaultTimeout(STEP_MS);
  const blocked = new Set();
  await browserContext.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || ['data:', 'blob:'].includes(url.protocol)) return route.continue();
    blocked.add(url.hostname);
    return route.abort();
  });
  const page = browserContext.pages()[0] || await browserContext.newPage();
  watchSockets(page);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(playgroundUrl + '/', { timeout: 30000 });

  for (const [index, [name, run]] of steps.entries()) {
    const stepStarted = Date.now();
    let outcome;
    try {
      const note = await Promise.race([run(page),
        sleep(STEP_MS).then(() => { throw new Error(`step timed out after ${STEP_MS / 1000} s`); })]);
      outcome = { ok: true, note };
    } catch (error) {
      outcome = { ok: false, note: String(error && error.message ? error.message : error).split('\n')[0] };
    }
    const shot = path.join(OUT, `${String(index + 1).padStart(2, '0')}-${name.split(':')[0].replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: shot, timeout: 10000 }).catch(() => {});
    const time = ((Date.now() - stepStarted) / 1000).toFixed(1);
    log(`${outcome.ok ? 'PASS' : 'FAIL'} ${index + 1}. ${name} (${time} s${outcome.note ? '; ' + outcome.note : ''}) -> ${path.relative(ROOT, shot)}`);
    if (outcome.ok) passed++; else failed++;
  }
  fs.writeFileSync(path.join(OUT, 'traffic.json'), JSON.stringify(traffic, null, 1));
  if (blocked.size) log(`e2e: blocked non-loopback requests to ${[...blocked].sort().join(', ')}`);
  if (pageErrors.length) log(`e2e: ${pageErrors.length} page error(s), first: ${pageErrors[0].slice(0, 200)}`);
  log(`e2e: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return failed === 0 ? 0 : 1;
}

let finished = false;
async function finish(code) {
  if (finished) return;
  finished = true;
  await stopAll();
  process.exit(code);
}

const overall = setTimeout(() => {
  log(`e2e: overall timeout after ${OVERALL_MS / 1000} s`);
  log(`e2e: ${passed} passed, ${failed + 1} failed`);
  finish(1);
}, OVERALL_MS);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { log(`e2e: ${signal}, stopping`); finish(130); });
process.on('exit', killAll); // last resort: never leave the bot or the Playground running

main().then((code) => { clearTimeout(overall); return finish(code); }, (error) => {
  clearTimeout(overall);
  log(`e2e: error: ${error && error.stack ? error.stack : error}`);
  log(`e2e: ${passed} passed, ${failed + 1} failed`);
  return finish(1);
});
