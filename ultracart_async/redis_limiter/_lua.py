"""The Lua scripts of the Redis limiter: every decision is one atomic script on Redis's clock.

Keys of one limiter name (a Redis Cluster hash tag keeps them in one slot):

* ``state`` (hash): ``stamp`` (Redis time of the last refill), ``factor`` (the adaptive
  multiplier), ``paused`` (Redis time until which everyone waits after a 429), ``throttled``,
  ``consec`` (consecutive 429s) and ``t:<limit>/<period>`` (tokens of each window).
* ``inflight`` (sorted set): one member per in-flight lease, scored by its expiry.
* ``queue`` (sorted set): processes whose head waiter is waiting, scored by arrival.
* ``seen`` (hash): queued process -> Redis time it last asked, so a dead one drops out.
* ``learned`` (set): windows learned from 429s (``UC-REST-ERROR``), shared by all.

Every script that writes sets an expiry on every key: an idle limiter leaves nothing behind.
Every expiry is a whole number of seconds no larger than the cap the caller passes, so
``EXPIRE`` cannot fail and leave a key for ever. What a 429 imposes is bounded here too, with
the bounds of :mod:`ultracart_async._throttle` passed in by the caller: a pause, a learned
window, and a pause or learned window written by an older version (which had no bounds) are
cut back or dropped when read, so one bad answer cannot stall the fleet for good.
Lua turns numbers into integers on the way out, so fractions travel as strings.
"""

from __future__ import annotations

__all__ = ["RELEASE", "RENEW", "STATE"]

#: The one script behind acquire, peek, leave, throttle and success (``ARGV[1]`` is the mode).
#:
#: KEYS: state, inflight, queue, seen, learned.
#: ARGV: mode, instance, lease id, lease seconds, cap, stale seconds, hint factor, hint pause,
#: headroom, max pause, max learned period, max learned limit, max key TTL, window count, then
#: (spec, hint tokens) per window, then the mode's own arguments:
#: throttle: retry-after ("" if none), named window spec ("" if none), adaptive, base backoff,
#: max backoff, min factor; success: adaptive, recovery step.
STATE = r"""
local mode = ARGV[1]
local instance = ARGV[2]
local lease_id = ARGV[3]
local lease = tonumber(ARGV[4])
local cap = tonumber(ARGV[5])
local stale = tonumber(ARGV[6])
local headroom = tonumber(ARGV[9])
local max_pause = tonumber(ARGV[10])
local max_learned_period = tonumber(ARGV[11])
local max_learned_limit = tonumber(ARGV[12])
local max_ttl = tonumber(ARGV[13])
local nw = tonumber(ARGV[14])

local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000

local st = redis.call('HMGET', KEYS[1], 'stamp', 'factor', 'paused', 'throttled', 'consec')
local fresh = (st[1] == false)
local stamp = tonumber(st[1]) or now
local factor = tonumber(st[2]) or tonumber(ARGV[7])
local paused = tonumber(st[3]) or (now + tonumber(ARGV[8]))
local throttled = tonumber(st[4]) or 0
local consec = tonumber(st[5]) or 0
-- A pause past the bound (NaN included) was written before the bound existed: cut it back.
if not (paused <= now + max_pause) then paused = now + max_pause end

-- Headroom holds back part of each bucket, never its last whole token.
local function capacity(limit)
  return math.max(1, limit * (1 - headroom))
end

-- Whether a window from a 429 may be learned (the bounds of ultracart_async._throttle).
local function learnable(l, p)
  return l >= 1 and l <= max_learned_limit and l == math.floor(l)
     and p > 0 and p <= max_learned_period
end

local specs, limits, periods, tokens, known = {}, {}, {}, {}, {}
local function add_window(spec, hint, learned)
  if known[spec] then return end
  local l, p = string.match(spec, '^(%d+)/(.+)$')
  l = tonumber(l)
  p = tonumber(p)
  -- "not (p < math.huge)" also refuses NaN.
  if not l or not p or l < 1 or p <= 0 or not (p < math.huge) or not (l < math.huge) then
    return
  end
  if learned and not learnable(l, p) then return end
  known[spec] = true
  local i = #specs + 1
  specs[i] = spec
  limits[i] = l
  periods[i] = p
  local stored = tonumber(redis.call('HGET', KEYS[1], 't:' .. spec))
  if stored then
    tokens[i] = stored
  elseif fresh and hint then
    -- Redis lost the state (a restart, say): start from what this process last saw.
    tokens[i] = math.min(capacity(l), hint)
  else
    tokens[i] = capacity(l)
  end
end

local idx = 15
for _ = 1, nw do
  add_window(ARGV[idx], tonumber(ARGV[idx + 1]), false)
  idx = idx + 2
end
for _, spec in ipairs(redis.call('SMEMBERS', KEYS[5])) do
  add_window(spec, nil, true)
  if not known[spec] then
    -- Out of bounds (learned before the bounds existed): forget it, for every process.
    redis.call('SREM', KEYS[5], spec)
  end
end

local function rate(i)
  return limits[i] / periods[i] * (1 - headroom)
end

local elapsed = math.max(0, now - stamp)
for i = 1, #specs do
  tokens[i] = math.min(capacity(limits[i]), tokens[i] + elapsed * rate(i) * factor)
end

local function wait_for(needed)
  local wait = math.max(0, paused - now)
  for i = 1, #specs do
    local missing = needed - tokens[i]
    if missing > 1e-9 then
      wait = math.max(wait, missing / (rate(i) * factor))
    end
  end
  return wait
end

redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local inflight = redis.call('ZCARD', KEYS[2])

-- Drop queued processes that stopped asking (dead, or gone elsewhere).
for _, member in ipairs(redis.call('ZRANGE', KEYS[3], 0, -1)) do
  local last = tonumber(redis.call('HGET', KEYS[4], member))
  if not last or last < now - stale then
    redis.call('ZREM', KEYS[3], member)
    redis.call('HDEL', KEYS[4], member)
  end
end

local granted = 0
local wait = 0
local slots_full = 0
local slot_wait = 0
local rank = redis.call('ZRANK', KEYS[3], instance)
local qlen = redis.call('ZCARD', KEYS[3])

if mode == 'acquire' or mode == 'peek' then
  -- Processes ahead in the queue keep their claim: this one needs a token and a slot
  -- beyond theirs.
  local pos = rank or qlen
  wait = wait_for(pos + 1)
  if inflight + pos >= cap then
    slots_full = 1
    local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
    if first[2] then slot_wait = math.max(0, tonumber(first[2]) - now) end
  end
  if mode == 'acquire' then
    if wait <= 0 and slots_full == 0 then
      granted = 1
      for i = 1, #specs do tokens[i] = tokens[i] - 1 end
      redis.call('ZADD', KEYS[2], now + lease, lease_id)
      inflight = inflight + 1
      if rank then
        redis.call('ZREM', KEYS[3], instance)
        qlen = qlen - 1
      end
      redis.call('HDEL', KEYS[4], instance)
    else
      if not rank then
        redis.call('ZADD', KEYS[3], now, instance)
        qlen = qlen + 1
      end
      redis.call('HSET', KEYS[4], instance, now)
    end
  end
elseif mode == 'leave' then
  if rank then
    redis.call('ZREM', KEYS[3], instance)
    qlen = qlen - 1
  end
  redis.call('HDEL', KEYS[4], instance)
elseif mode == 'throttle' then
  local retry_after = tonumber(ARGV[idx])
  local named = ARGV[idx + 1]
  local adaptive = ARGV[idx + 2] == '1'
  local base_backoff = tonumber(ARGV[idx + 3])
  local max_backoff = tonumber(ARGV[idx + 4])
  local min_factor = tonumber(ARGV[idx + 5])
  throttled = throttled + 1
  consec = consec + 1
  local named_i = nil
  if named ~= '' then
    if not known[named] then
      -- The server enforces a window nobody configured: learn it, for every process.
      add_window(named, 0, true)
      if known[named] then
        tokens[#specs] = 0
        redis.call('SADD', KEYS[5], named)
      end
    end
    for i = 1, #specs do
      if specs[i] == named then named_i = i end
    end
  end
  if adaptive then
    factor = math.max(min_factor, factor / 2)
    for i = 1, #specs do tokens[i] = math.min(tokens[i], 0) end
  end
  local pause
  if retry_after and retry_after == retry_after then
    pause = math.min(max_pause, math.max(0, retry_after))
  elseif named_i then
    pause = math.min(max_pause, periods[named_i] / limits[named_i] / factor)
  else
    pause = math.min(max_backoff, base_backoff * 2 ^ (consec - 1))
  end
  paused = math.max(paused, now + pause)
elseif mode == 'success' then
  consec = 0
  if ARGV[idx] == '1' and factor < 1 then
    factor = math.min(1, factor + tonumber(ARGV[idx + 1]))
  end
end

if mode ~= 'peek' then
  local fields = {'stamp', now, 'factor', factor, 'paused', paused,
                  'throttled', throttled, 'consec', consec}
  local longest = 0
  for i = 1, #specs do
    fields[#fields + 1] = 't:' .. specs[i]
    fields[#fields + 1] = tokens[i]
    longest = math.max(longest, periods[i])
  end
  redis.call('HSET', KEYS[1], unpack(fields))
  local ttl = math.ceil(longest + math.max(0, paused - now) + lease + stale) + 60
  -- "not (ttl <= max_ttl)" also catches NaN: EXPIRE refuses anything but an integer.
  if not (ttl <= max_ttl) then ttl = max_ttl end
  for k = 1, 5 do redis.call('EXPIRE', KEYS[k], ttl) end
end

local out = {granted, tostring(wait), slots_full, tostring(slot_wait), inflight,
             tostring(factor), throttled, consec, tostring(math.max(0, paused - now)), qlen,
             fresh and 1 or 0, #specs}
for i = 1, #specs do
  out[#out + 1] = specs[i]
  out[#out + 1] = tostring(tokens[i])
end
return out
"""

#: Give back one lease and tell waiting processes. KEYS: inflight; ARGV: lease id, channel.
RELEASE = r"""
local removed = redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('PUBLISH', ARGV[2], '1')
return removed
"""

#: Extend (or, after Redis lost them, restore) this process's leases.
#: KEYS: inflight; ARGV: lease seconds, ttl seconds, lease ids...
RENEW = r"""
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local expiry = now + tonumber(ARGV[1])
for i = 3, #ARGV do
  redis.call('ZADD', KEYS[1], expiry, ARGV[i])
end
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[2]))
return #ARGV - 2
"""
