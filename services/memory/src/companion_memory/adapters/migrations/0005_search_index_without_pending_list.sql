-- The full-text index takes each memory as it is written, not into GIN's pending list (the default, fastupdate),
-- which every word search scans, unsorted, until a vacuum merges it: after a burst of writes, searches would
-- depend on when autovacuum last ran. Ingestion measured the same with it (67-70 messages/s on LoCoMo, 1 Dec 2026).
-- The slow Recall right after a user's 5,000 writes turned out to be mostly the planner's stale statistics
-- (services/memory/bench/locomo_bench.py, large_user).
ALTER INDEX memories_user_search SET (fastupdate = off);
