-- Shared by level.lua and mix.lua: sends Teams-like message activities and checks the answers.
--
-- Each wrk thread gets its own number in setup(), so activity ids are unique per thread and request (the bot's
-- redelivery guard answers a repeated id in the same conversation with an empty body), and a run nonce (the script's
-- first argument after --, or the clock) keeps them unique across runs against the same bot. Conversations are drawn
-- from a fixed pool per thread, as a few hundred people chatting with the bot at once.
--
-- A scenario calls teams.scenario(turns, choose): turns lists the messages it sends ({text = ..., value = ...}, value
-- being the JSON of a card button's data), and choose(turn) returns the index of the next one. turn.conversation is
-- the conversation it goes to (drawn at random; choose may change it) and turn.memory is the thread's scratch space.
--
-- Checking every answer hands each body to Lua, which costs wrk CPU on the cores the server uses and lowers a fast
-- server's figure more than a slow one's, so LOAD_CHECK=0 leaves the check out (run.sh's timed rounds) and done()
-- reports only what wrk counts itself: non-2xx responses and the mean bytes per response.

local teams = {}

-- Conversations per wrk thread.
teams.conversations = 300

-- A body under this many bytes is no answer card: an empty {"activities":[]} or an error.
teams.min_body_bytes = 500

local tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47"
local bot_id = "28:8a2f3c1e-5b7d-4e9f-a1c3-6d0e2b4f7a91"

-- Request counters start here, so every id has the same width and a request's Content-Length depends only on its
-- conversation and message: each request is then two prepared strings around the counter.
local first_counter = 1000000000
local id_slot = "@ID@SLOT@@"

local function json_string(s)
    return '"' .. s:gsub('[%c"\\]', function(c)
        return string.format("\\u%04x", c:byte())
    end) .. '"'
end

-- A message activity shaped as Teams sends one in a personal chat, with id_slot where the activity id goes. Teams
-- itself uses normal delivery (no deliveryMode; the bot POSTs its replies to the connector); this one asks for
-- expectReplies, the replies in the response body, which is what the issue's target measures and what the eval and
-- Copilot-style clients use.
local function activity(id_prefix, thread_id, index, stamp, message)
    local user = string.format("%d%04d", thread_id, index)
    local body = '{"type":"message","id":"' .. id_prefix .. id_slot .. '",'
        .. '"timestamp":"' .. stamp .. '","localTimestamp":"' .. stamp .. '","localTimezone":"Europe/London",'
        .. '"serviceUrl":"http://127.0.0.1:1/","channelId":"msteams",'
        .. '"from":{"id":"29:1LoadUser' .. user .. 'x7QzKf2pVn","name":"Load User ' .. user .. '",'
        .. '"aadObjectId":"00000000-0000-4000-8000-' .. string.format("%012d", thread_id * 100000 + index) .. '"},'
        .. '"conversation":{"conversationType":"personal","tenantId":"' .. tenant .. '",'
        .. '"id":"a:1LoadConversation' .. user .. 'Hq3Zr9TtWmB4sYcL"},'
        .. '"recipient":{"id":"' .. bot_id .. '","name":"Skills Bot"},'
        .. '"textFormat":"plain","locale":"en-US","text":' .. json_string(message.text) .. ','
        .. '"entities":[{"type":"clientInfo","locale":"en-US","country":"GB","platform":"Web","timezone":"Europe/London"}],'
        .. '"channelData":{"tenant":{"id":"' .. tenant .. '"}},'
    if message.value then
        body = body .. '"value":' .. message.value .. ','
    end
    return body .. '"deliveryMode":"expectReplies"}'
end

function teams.scenario(turns, choose)
    local threads = {}
    local check = os.getenv("LOAD_CHECK") ~= "0"
    local id_prefix, stamp
    local prepared = {}
    local counter = first_counter
    local turn = { memory = {} }
    local headers = {
        ["Content-Type"] = "application/json; charset=utf-8",
        ["User-Agent"] = "Microsoft-SkypeBotApi (Microsoft-BotFramework/3.0)",
    }

    local function prepare(index, which)
        local http = wrk.format("POST", nil, headers, activity(id_prefix, thread_id, index, stamp, turns[which]))
        local at = http:find(id_slot, 1, true)
        return { http:sub(1, at - 1), http:sub(at + #id_slot) }
    end

    function setup(thread)
        thread:set("thread_id", #threads + 1)
        table.insert(threads, thread)
    end

    function init(args)
        id_prefix = (args[1] or tostring(os.time())) .. "-" .. thread_id .. "-"
        stamp = os.date("!%Y-%m-%dT%H:%M:%S.000Z")
        math.randomseed(os.time() + thread_id * 7919)
        bad_status, small_body, answered = 0, 0, 0
    end

    function request()
        counter = counter + 1
        turn.conversation = math.random(teams.conversations)
        local which = choose(turn)
        local key = turn.conversation * 64 + which
        local parts = prepared[key]
        if not parts then
            parts = prepare(turn.conversation, which)
            prepared[key] = parts
        end
        return parts[1] .. counter .. parts[2]
    end

    if check then
        function response(status, _, body)
            answered = answered + 1
            if status ~= 200 then
                bad_status = bad_status + 1
            elseif #body < teams.min_body_bytes then
                small_body = small_body + 1
            end
        end
    end

    function done(summary)
        local errors = summary.errors
        local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
        -- One line each that run.sh reads; a broken run shows here even without run.sh.
        if check then
            local bad, small, checked = 0, 0, 0
            for _, thread in ipairs(threads) do
                bad = bad + thread:get("bad_status")
                small = small + thread:get("small_body")
                checked = checked + thread:get("answered")
            end
            io.write(string.format("check: %d answered, %d non-200, %d small bodies (<%d bytes), %d socket errors\n",
                checked, bad, small, teams.min_body_bytes, socket_errors))
        end
        io.write(string.format("counted: %d responses, %d non-2xx, %d socket errors, %.0f bytes per response\n",
            summary.requests, errors.status, socket_errors,
            summary.requests > 0 and summary.bytes / summary.requests or 0))
    end
end

return teams
