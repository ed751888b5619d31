-- POST /api/v1/payments: PAYMENT_AMOUNT (default 1.00) received by UPI against one issued invoice,
-- allocated to it in full. INVOICES_FILE has "invoice_id party_id" per line; each thread walks the
-- invoices in turn from its own offset, so the payments spread evenly and an invoice (354.00)
-- receives only a few: none may be refused as an overpayment.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local rows = read_lines("INVOICES_FILE")
local amount = os.getenv("PAYMENT_AMOUNT") or "1.00"
local date = os.getenv("PAYMENT_DATE")
local counter = 0

request = function()
  local invoice, party = rows[((thread_id or 0) * 7919 + counter) % #rows + 1]:match("(%S+)%s+(%S+)")
  counter = counter + 1
  return wrk.format(nil, nil, nil, '{"party_id":"' .. party .. '","transaction_type":"payment_in","transaction_date":"' .. date
    .. '","amount":"' .. amount .. '","payment_mode":"upi","allocations":[{"invoice_id":"' .. invoice .. '","amount":"' .. amount .. '"}]}')
end
