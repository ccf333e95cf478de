-- wrk: the typical level question in a Teams-shaped activity asking for expectReplies (see teams.lua), the level
-- changing per request.
--   wrk -t2 -c32 -d10s --latency -s tests/load/level.lua http://127.0.0.1:4101/api/messages -- <nonce>
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local teams = dofile(here .. "teams.lua")

local turns = {
    { text = "What does a Proficient dispatcher do?" },
    { text = "What does an Emerging dispatcher do?" },
    { text = "What does a Developing dispatcher do?" },
    { text = "What does an Advanced dispatcher do?" },
}

teams.scenario(turns, function()
    return math.random(#turns)
end)
