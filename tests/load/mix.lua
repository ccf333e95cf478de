-- wrk: a mix of the questions people ask, in Teams-shaped activities asking for expectReplies (see teams.lua):
-- levels, durable skills, AI use, coverage, a comparison, a follow-up in the same conversation, a card button click
-- (empty text and a value), a keyword search and an off-topic question.
--   wrk -t2 -c32 -d10s --latency -s tests/load/mix.lua http://127.0.0.1:4101/api/messages -- <nonce>
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local teams = dofile(here .. "teams.lua")

-- Each is sent as often as its weight; level questions are the most common.
local turns = {
    { weight = 1, level = true, text = "What does an Emerging dispatcher do?" },
    { weight = 1, level = true, text = "What does a Developing dispatcher do?" },
    { weight = 1, level = true, text = "What does a Proficient dispatcher do?" },
    { weight = 1, level = true, text = "What does an Advanced dispatcher do?" },
    { weight = 1, text = "communication skills for a senior dispatcher" },
    { weight = 1, text = "how should a new dispatcher use AI?" },
    { weight = 1, text = "is a cab starter covered?" },
    { weight = 1, text = "What's the difference between Developing and Proficient?" },
    { weight = 1, follow_up = true, text = "and at Advanced?" },
    { weight = 1, text = "", value = '{"question":"What does an Advanced dispatcher do?"}' },
    { weight = 1, text = "anything about angry customers?" },
    { weight = 1, text = "what's the capital of France?" },
}

local deck = {}
for index, entry in ipairs(turns) do
    for _ = 1, entry.weight do
        table.insert(deck, index)
    end
end

teams.scenario(turns, function(turn)
    local which = deck[math.random(#deck)]
    local entry = turns[which]
    local asked = turn.memory
    if entry.follow_up and asked[1] then
        -- Follow up in a conversation that was asked a level question earlier, so there is a level to move from.
        turn.conversation = asked[math.random(#asked)]
    elseif entry.level then
        -- The last few dozen only, so the memory stays bounded however long the run.
        asked.next = (asked.next or 0) % 64 + 1
        asked[asked.next] = turn.conversation
    end
    return which
end)
