-- POST /api/v1/stock/adjust: +1 / -1 alternately on an item drawn from ITEMS_FILE (one id per line).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local ids = {}
for line in io.lines(os.getenv("ITEMS_FILE")) do ids[#ids + 1] = line end
local counter = 0
request = function()
  counter = counter + 1
  local kind = (counter % 2 == 0) and "increase" or "decrease"
  local id = ids[math.random(1, #ids)]
  return wrk.format(nil, nil, nil,
    '{"item_id":"' .. id .. '","adjustment_type":"' .. kind .. '","quantity":1}')
end
