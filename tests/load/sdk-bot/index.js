'use strict';
// The reference point for tests/load/run.sh: a bot on the real Bot Framework SDK (botbuilder's CloudAdapter on
// restify, built as Microsoft's echo-bot sample is) that answers every message with the card our bot returns for the
// same question. It composes nothing, so what it measures is the SDK's turn: reading the activity, the adapter, the
// turn context, building and buffering the reply (expectReplies) and writing it.
//
//   node index.js --card card.json [--fields fields.json] [--port 4103]
//
// --card   the Adaptive Card (the attachment's content) to send
// --fields the reply's other message fields (text, summary, entities, channelData...) as a JSON object, so the
//          reply is the same size as our bot's; without it the reply carries the card and a fixed text
const fs = require('node:fs');
const { parseArgs } = require('node:util');
const restify = require('restify');
const {
    ActivityHandler,
    CardFactory,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    MessageFactory,
} = require('botbuilder');

const { values: args } = parseArgs({
    options: {
        card: { type: 'string' },
        fields: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '4103' },
    },
});
if (!args.card) {
    console.error('usage: node index.js --card <card.json> [--fields <fields.json>] [--port <port>]');
    process.exit(2);
}

const card = JSON.parse(fs.readFileSync(args.card, 'utf8'));
const fields = args.fields ? JSON.parse(fs.readFileSync(args.fields, 'utf8')) : { text: 'Here is the answer.' };

class CannedCardBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            // A fresh activity per turn, as a real bot builds one; the card object itself is shared read-only.
            const reply = MessageFactory.attachment(CardFactory.adaptiveCard(card), fields.text);
            Object.assign(reply, fields);
            await context.sendActivity(reply);
            await next();
        });
    }
}

// No MicrosoftAppId: the SDK's anonymous mode, as our bot runs in the load test.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
    console.error(`turn error: ${error}`);
};
const bot = new CannedCardBot();

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(Number(args.port), args.host, () => {
    console.log(`SDK bot (botbuilder ${require('botbuilder/package.json').version}) listening on http://${args.host}:${args.port}/api/messages`);
});
