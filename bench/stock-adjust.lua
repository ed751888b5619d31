-- POST /api/v1/stock/adjust: +1 / -1 alternately on an item drawn from ITEMS_FILE (one id per line).
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local ids = read_lines("ITEMS_FILE")
local counter = 0

request = function()
  counter = counter + 1
  local kind = (counter % 2 == 0) and "increase" or "decrease"
  return wrk.format(nil, nil, nil,
    '{"item_id":"' .. ids[math.random(1, #ids)] .. '","adjustment_type":"' .. kind .. '","quantity":1}')
end
