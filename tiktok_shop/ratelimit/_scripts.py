"""The rule of ``_policy.py`` as Lua scripts: each runs atomically inside Redis, on Redis's clock.

Atomic because Redis runs a script to its end before any other command; one clock because every
machine of the fleet reads ``TIME`` from the same server. Floats are written with ``%.17g``, so
they read back bit for bit; every key written gets a TTL in the same script.
"""

from __future__ import annotations

__all__ = ["ACQUIRE", "REPORT"]

ACQUIRE = """
-- KEYS[1]: the bucket (a hash); KEYS[2]: the shop's daily count (a hash: day, used)
-- ARGV[1]: the starting rate; ARGV[2]: the idle TTL (ms); ARGV[3]: the daily quota (0: none)
-- Returns {'go', epoch}, {'wait', seconds} or {'quota', unix time of the reset}.
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local quota = tonumber(ARGV[3])
local day, used = math.floor(now / 86400), 0
if quota > 0 then
  local count = redis.call('HMGET', KEYS[2], 'day', 'used')
  if tonumber(count[1]) == day then used = tonumber(count[2]) end
  if used >= quota then return {'quota', string.format('%d', (day + 1) * 86400)} end
end
local b = redis.call('HMGET', KEYS[1], 'rate', 'next_at', 'paused_until', 'epoch')
local rate = tonumber(b[1]) or tonumber(ARGV[1])
local interval = 1 / rate
local next_at = tonumber(b[2]) or 0
local start = math.max(next_at - interval / 2, tonumber(b[3]) or 0)
if start > now then return {'wait', string.format('%.17g', start - now)} end
next_at = math.max(next_at, now) + interval
redis.call('HSET', KEYS[1], 'rate', string.format('%.17g', rate), 'next_at', string.format('%.17g', next_at))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if quota > 0 then
  redis.call('HSET', KEYS[2], 'day', string.format('%d', day), 'used', string.format('%d', used + 1))
  redis.call('PEXPIREAT', KEYS[2], string.format('%d', ((day + 1) * 86400 + 3600) * 1000))
end
return {'go', b[4] or '0'}
"""

REPORT = """
-- KEYS[1]: the bucket (a hash)
-- ARGV: 'ok' or 'limited', the ticket's epoch, Retry-After (s; 0: none), the starting rate,
--       min_rate, max_rate, increase, decrease, slow_start, the idle TTL (ms)
-- Returns the bucket's new rate.
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local b = redis.call('HMGET', KEYS[1], 'rate', 'epoch', 'probing', 'paused_until')
local rate = tonumber(b[1]) or tonumber(ARGV[4])
local epoch = tonumber(b[2]) or 0
local paused = tonumber(b[4]) or 0
if ARGV[1] == 'ok' then
  local step
  if b[3] == '0' then step = tonumber(ARGV[7]) / rate else step = tonumber(ARGV[9]) end
  rate = math.min(tonumber(ARGV[6]), rate + step)
  redis.call('HSET', KEYS[1], 'rate', string.format('%.17g', rate))
else
  if tonumber(ARGV[2]) == epoch then
    rate = math.max(tonumber(ARGV[5]), rate * tonumber(ARGV[8]))
    redis.call('HSET', KEYS[1], 'rate', string.format('%.17g', rate), 'epoch', string.format('%d', epoch + 1),
               'probing', '0')
  end
  local retry_after = tonumber(ARGV[3])
  if retry_after > 0 and now + retry_after > paused then
    paused = now + retry_after
    redis.call('HSET', KEYS[1], 'paused_until', string.format('%.17g', paused))
  end
end
local ttl = tonumber(ARGV[10]) + math.max(0, math.ceil((paused - now) * 1000))
redis.call('PEXPIRE', KEYS[1], string.format('%d', ttl))
return string.format('%.17g', rate)
"""
