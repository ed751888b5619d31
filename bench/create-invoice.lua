-- POST /api/v1/invoices: a sale of 3 distinct items from ITEMS_FILE, 1 each at 100.00, to a party
-- drawn from PARTIES_FILE, dated INVOICE_DATE and issued at once (number, GST, stock movement,
-- party ledger and audit in one transaction).
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local items = read_lines("ITEMS_FILE")
local parties = read_lines("PARTIES_FILE")
local date = os.getenv("INVOICE_DATE")

request = function()
  local lines, taken = {}, {}
  while #lines < 3 do
    local i = math.random(1, #items)
    if not taken[i] then
      taken[i] = true
      lines[#lines + 1] = '{"item_id":"' .. items[i] .. '","quantity":1,"unit_price":"100.00"}'
    end
  end
  return wrk.format(nil, nil, nil, '{"party_id":"' .. parties[math.random(1, #parties)] .. '","invoice_type":"sale",'
    .. '"invoice_date":"' .. date .. '","items":[' .. table.concat(lines, ",") .. ']}')
end
