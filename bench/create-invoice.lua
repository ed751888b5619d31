-- POST /api/v1/invoices: a 3-line sale of items from ITEMS_FILE to the party in PARTY_ID, issued at once
-- (numbering, GST, stock movement and audit in one transaction).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local ids = {}
for line in io.lines(os.getenv("ITEMS_FILE")) do ids[#ids + 1] = line end
local party = os.getenv("PARTY_ID")
request = function()
  local lines = {}
  for i = 1, 3 do
    lines[i] = '{"item_id":"' .. ids[math.random(1, #ids)] .. '","quantity":1,"unit_price":"100.00"}'
  end
  return wrk.format(nil, nil, nil, '{"party_id":"' .. party .. '","invoice_type":"sale","invoice_date":"2026-11-23","items":['
    .. table.concat(lines, ",") .. ']}')
end
