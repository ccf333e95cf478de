#!/usr/bin/env node
// Renders the golden reply cards to PNG the way a person sees them in Teams (light theme), with the official
// Adaptive Cards renderer (npm adaptivecards 3.0.6) in Debian's headless chromium, driven by playwright-core.
//
//   node tests/cards/render.js [name ...] [--out DIR] [--golden DIR] [--max-height PX]
//
// name: a golden file name with or without .json (default: every golden file).
// --out defaults to tests/cards/out/ (gitignored); --golden to tests/ChatBot.Tests/Cards/Golden.
// Writes NAME.png per card (NAME-2.png ... when a reply has more than one card; NAME.text.png for a reply
// without a card: its text as a plain message), as a person first sees it: folded sections closed. A card with
// sections is then opened as a person would, by clicking each section's title line, and drawn again as
// NAME.open.png; every text run of the card must then be on screen. Each line gives the card's height closed and,
// where it folds, open. The page can reach nothing but loopback and local files.
// Exit 1 when a card fails to render, is taller than --max-height (default 2000 px, about two screens) with its
// sections closed, or hides text that opening every section does not show; 2 when chromium (/usr/bin/chromium, or
// $CHROMIUM_PATH) is missing.
'use strict';

const fs = require('fs');
const path = require('path');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'; // Debian's chromium
const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const CARD_WIDTH = 500; // Teams desktop shows bot cards about 480-520 px wide
const MAX_HEIGHT = 2000; // about two screens: the most a reader should scroll before choosing what to open
const SECTION_TOGGLE = '#frame .ac-selectable[aria-label^="Show or hide"]'; // a folded section's title line
const UMD = require.resolve('adaptivecards/dist/adaptivecards.js');
const LIBRARY_CSS = require.resolve('adaptivecards/dist/adaptivecards.css');

// Close to Teams' light theme (Fluent 2 colours; Segoe UI where installed, else the system sans-serif).
const FONT = "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, " +
  "'Helvetica Neue', 'Liberation Sans', 'DejaVu Sans', sans-serif";
const FOREGROUND = {
  default: { default: '#242424', subtle: '#616161' },
  dark: { default: '#242424', subtle: '#616161' },
  light: { default: '#FFFFFF', subtle: '#F5F5F5' },
  accent: { default: '#5B5FC7', subtle: '#7F85F5' },
  good: { default: '#0E700E', subtle: '#107C10' },
  warning: { default: '#835B00', subtle: '#A16E00' },
  attention: { default: '#C4314B', subtle: '#D13438' },
};
const HOST_CONFIG = {
  supportsInteractivity: true,
  choiceSetInputValueSeparator: ',',
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  imageSizes: { small: 32, medium: 52, large: 100 },
  fontTypes: {
    default: {
      fontFamily: FONT,
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
    monospace: {
      fontFamily: "Consolas, 'Courier New', 'DejaVu Sans Mono', monospace",
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
  },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: FOREGROUND },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: FOREGROUND },
    accent: { backgroundColor: '#E8EBFA', foregroundColors: FOREGROUND },
    good: { backgroundColor: '#F1FAF1', foregroundColors: FOREGROUND },
    attention: { backgroundColor: '#FDF3F4', foregroundColors: FOREGROUND },
    warning: { backgroundColor: '#FFF9F5', foregroundColors: FOREGROUND },
  },
  actions: {
    maxActions: 6,
    spacing: 'Default',
    buttonSpacing: 8,
    showCard: { actionMode: 'Inline', inlineTopMargin: 16, style: 'emphasis' },
    preExpandSingleShowCardAction: false,
    actionsOrientation: 'Horizontal',
    actionAlignment: 'Left',
  },
  adaptiveCard: { allowCustomStyle: false },
  imageSet: { imageSize: 'Medium', maxImageHeight: 100 },
  factSet: {
    title: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Bolder', wrap: true, maxWidth: 150 },
    value: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Default', wrap: true },
    spacing: 16,
  },
};

// Teams-like buttons and links over the library's own stylesheet.
const PAGE_CSS = `
  html, body { margin: 0; padding: 0; background: #F5F5F5; }
  body { padding: 16px; font-family: ${FONT}; }
  #frame { width: ${CARD_WIDTH}px; background: #FFFFFF; border: 1px solid #E0E0E0; border-radius: 6px;
           overflow: hidden; box-sizing: border-box; }
  #frame .ac-adaptiveCard:focus { outline: none; }
  .ac-pushButton { font-family: ${FONT}; font-size: 14px; font-weight: 600; color: #242424; background: #FFFFFF;
                   border: 1px solid #D1D1D1; border-radius: 4px; min-height: 32px; padding: 5px 12px; }
  a.ac-anchor, a.ac-anchor:link, a.ac-anchor:visited { color: #5B5FC7; text-decoration: none; }
  .text-reply { padding: 12px 16px; font-size: 14px; line-height: 20px; color: #242424; white-space: pre-wrap; }
  .text-reply .label { color: #616161; font-size: 12px; margin-bottom: 6px; }
`;

function usage() {
  return 'usage: node tests/cards/render.js [name ...] [--out DIR] [--golden DIR] [--max-height PX]';
}

function parseArgs(argv) {
  const opts = {
    out: path.resolve(__dirname, 'out'),
    golden: path.resolve(__dirname, '..', 'ChatBot.Tests', 'Cards', 'Golden'),
    names: [],
    maxHeight: MAX_HEIGHT,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') opts.help = true;
    else if (a === '--out' || a === '--golden') {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a folder`);
      opts[a.slice(2)] = path.resolve(argv[++i]);
    } else if (a === '--max-height') {
      opts.maxHeight = Number(argv[++i]);
      if (!(opts.maxHeight > 0)) throw new Error('--max-height needs a number of pixels');
    } else if (a.startsWith('--out=')) opts.out = path.resolve(a.slice(6));
    else if (a.startsWith('--golden=')) opts.golden = path.resolve(a.slice(9));
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.names.push(a);
  }
  return opts;
}

function goldenFiles(opts) {
  if (opts.names.length === 0) {
    if (!fs.existsSync(opts.golden)) return [];
    return fs
      .readdirSync(opts.golden)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => path.join(opts.golden, f));
  }
  return opts.names.map((n) => {
    if (fs.existsSync(n) && fs.statSync(n).isFile()) return path.resolve(n);
    return path.join(opts.golden, n.endsWith('.json') ? n : `${n}.json`);
  });
}

function shown(file) {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

function isLocal(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (['file:', 'data:', 'blob:', 'about:'].includes(u.protocol)) return true;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

// Every TextRun's text in a card, trimmed: what must be on screen once every section is open.
function textRuns(node, out = []) {
  if (Array.isArray(node)) node.forEach((item) => textRuns(item, out));
  else if (node && typeof node === 'object') {
    if (node.type === 'TextRun' && typeof node.text === 'string' && node.text.trim() !== '') out.push(node.text.trim());
    for (const [key, value] of Object.entries(node)) if (key !== 'fallback' && value && typeof value === 'object') textRuns(value, out);
  }
  return out;
}

const squash = (text) => text.replace(/\s+/g, ' ');

// Runs in the page: renders one card into #frame with the library's UMD build (window.AdaptiveCards).
function renderInPage({ card, hostConfig }) {
  const AC = window.AdaptiveCards;
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  // The subset of markdown Teams applies to TextBlock text: bold, italic, links, lists, line breaks.
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const inline = (s) =>
      escape(s)
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[^*])\*(?!\s)(.+?)\*/g, '$1<em>$2</em>')
        .replace(/(^|\W)_(?!\s)(.+?)_(?=\W|$)/g, '$1<em>$2</em>')
        .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a class="ac-anchor" href="$2">$1</a>');
    const lines = text.split(/\r?\n/);
    const html = [];
    let list = null;
    for (const line of lines) {
      const m = /^\s*(?:([-*])|(\d+)\.)\s+(.*)$/.exec(line);
      if (m) {
        const tag = m[1] ? 'ul' : 'ol';
        if (list !== tag) {
          if (list) html.push(`</${list}>`);
          html.push(`<${tag} style="margin:0;padding-left:20px">`);
          list = tag;
        }
        html.push(`<li>${inline(m[3])}</li>`);
      } else {
        if (list) html.push(`</${list}>`);
        list = null;
        html.push(line.trim() === '' ? '<br>' : `<p style="margin:0">${inline(line)}</p>`);
      }
    }
    if (list) html.push(`</${list}>`);
    result.outputHtml = html.join('');
    result.didProcess = true;
  };
  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
  adaptiveCard.onExecuteAction = () => {};
  adaptiveCard.parse(card, new AC.SerializationContext(new AC.Version(1, 5)));
  const element = adaptiveCard.render();
  const frame = document.getElementById('frame');
  frame.innerHTML = '';
  if (!element) throw new Error('the renderer returned nothing');
  frame.appendChild(element);
}

function renderTextInPage({ text }) {
  const frame = document.getElementById('frame');
  frame.innerHTML = '';
  const div = document.createElement('div');
  div.className = 'text-reply';
  const label = document.createElement('div');
  label.className = 'label';
  label.textContent = 'text reply (no card)';
  div.appendChild(label);
  div.appendChild(document.createTextNode(text));
  frame.appendChild(div);
}

// Makes the viewport hold the whole card so the screenshot is never cut off, then takes it.
async function shoot(page, frame, box, file) {
  await page.setViewportSize({ width: CARD_WIDTH + 60, height: Math.ceil(box.y + box.height + 16) });
  await frame.screenshot({ path: file, animations: 'disabled' });
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${e.message}\n${usage()}`);
    return 1;
  }
  if (opts.help) {
    console.log(usage());
    return 0;
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} is missing. Install Debian's chromium first (as root):\n  apt-get install -y chromium`);
    return 2;
  }
  const files = goldenFiles(opts);
  if (files.length === 0) {
    console.error(`no golden files (*.json) found in ${opts.golden}`);
    return 1;
  }
  fs.mkdirSync(opts.out, { recursive: true });

  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let failures = 0;
  const blocked = new Set();
  try {
    const context = await browser.newContext({ viewport: { width: CARD_WIDTH + 60, height: 800 }, deviceScaleFactor: 1 });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      blocked.add(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body><div id="frame"></div></body></html>`);
    await page.addStyleTag({ path: LIBRARY_CSS });
    await page.addStyleTag({ content: PAGE_CSS });
    await page.addScriptTag({ path: UMD });

    for (const file of files) {
      const name = path.basename(file, '.json');
      let activity;
      try {
        activity = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        console.log(`FAIL ${name}: ${e.message}`);
        failures++;
        continue;
      }
      const cards = (Array.isArray(activity.attachments) ? activity.attachments : [])
        .filter((a) => a && a.contentType === CARD_CONTENT_TYPE)
        .map((a) => (typeof a.content === 'string' ? JSON.parse(a.content) : a.content));
      const jobs = cards.length
        ? cards.map((card, i) => ({ out: `${name}${i ? `-${i + 1}` : ''}.png`, card }))
        : [{ out: `${name}.text.png`, text: String(activity.text || activity.summary || '') }];
      for (const job of jobs) {
        pageErrors.length = 0;
        try {
          if (job.card) await page.evaluate(renderInPage, { card: job.card, hostConfig: HOST_CONFIG });
          else await page.evaluate(renderTextInPage, { text: job.text });
          await page.evaluate(() => document.fonts.ready);
          const frame = page.locator('#frame');
          const box = await frame.boundingBox();
          if (!box || box.height < 20) throw new Error(`rendered ${box ? Math.round(box.height) : 0} px high`);
          const target = path.join(opts.out, job.out);
          await shoot(page, frame, box, target);
          // Text a person cannot read in full: buttons and single-line text cut off with an ellipsis.
          const clipped = await page.evaluate(() =>
            [...document.querySelectorAll('#frame .ac-pushButton, #frame .ac-textBlock')]
              .filter((el) => el.offsetParent !== null)
              .filter((el) => [el, ...el.querySelectorAll('*')].some((e) => e.scrollWidth > e.clientWidth + 1))
              .map((el) => `${el.classList.contains('ac-pushButton') ? 'button' : 'text'} "${el.textContent.trim()}"`));
          const notes = [];
          const problems = [];
          if (clipped.length) notes.push(`cut off: ${clipped.join(', ')}`);
          if (box.height > opts.maxHeight) problems.push(`${Math.round(box.height)} px tall with its sections closed (limit ${opts.maxHeight})`);
          let size = `${Math.round(box.width)}x${Math.round(box.height)}`;

          // Open every folded section as a person would, by clicking its title line, and look again.
          const sections = job.card ? await page.locator(SECTION_TOGGLE).count() : 0;
          if (sections > 0) {
            for (let i = 0; i < sections; i++) await page.locator(SECTION_TOGGLE).nth(i).click();
            const open = await frame.boundingBox();
            await shoot(page, frame, open, path.join(opts.out, job.out.replace(/\.png$/, '.open.png')));
            const onScreen = squash(await frame.innerText());
            const hidden = textRuns(job.card).filter((run) => !onScreen.includes(squash(run)));
            if (hidden.length) problems.push(`with every section open, still not shown: ${hidden.slice(0, 3).map((run) => JSON.stringify(run)).join(', ')}`);
            size += ` closed, ${Math.round(open.height)} open (${sections} section${sections === 1 ? '' : 's'})`;
          }
          if (pageErrors.length) notes.push(`page errors: ${pageErrors.join(' | ')}`);
          if (problems.length) {
            failures++;
            console.log(`FAIL ${shown(target)} (${size})  ${[...problems, ...notes].join('; ')}`);
          } else {
            const note = notes.length ? `  ${notes.join('; ')}` : '';
            console.log(`ok   ${shown(target)} (${size})${note}`);
          }
        } catch (e) {
          failures++;
          console.log(`FAIL ${job.out}: ${e.message.split('\n')[0]}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  if (blocked.size) console.log(`blocked ${blocked.size} non-local request(s): ${[...blocked].slice(0, 5).join(', ')}`);
  console.log(`rendered into ${opts.out}${failures ? `; ${failures} failed` : ''}`);
  return failures ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exitCode = 1;
  },
);
