-- The full-text index takes each memory as it is written, not into GIN's pending list. With the list (the default,
-- fastupdate), every word search scans the entries not yet merged, unsorted, until a vacuum merges them: right after
-- a burst of ingestion the 5,000-memory user's Recall p95 went from about 33 ms to 96 ms, and the figure depended
-- on when autovacuum last ran (services/memory/bench/locomo_bench.py, 1 Dec 2026). Writes pay a little instead.
ALTER INDEX memories_user_search SET (fastupdate = off);
