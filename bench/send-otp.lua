-- POST /api/v1/auth/send-otp with a different valid phone on every request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local counter = 0
request = function()
  counter = counter + 1
  local phone = string.format("7%09d", (counter * 7919 + math.random(0, 999999)) % 1000000000)
  return wrk.format(nil, nil, nil, '{"phone":"' .. phone .. '","purpose":"login"}')
end
