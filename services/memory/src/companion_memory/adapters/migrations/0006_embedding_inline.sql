-- Embeddings stay in the row, not in the TOAST table. A 384-dimension vector is 1,540 bytes, and with a memory's
-- text and search vector many rows passed PostgreSQL's 2 kB TOAST threshold: their embedding was moved out of line,
-- so Recall's search by meaning, which reads every embedding of the user's current memories, fetched each through
-- the TOAST index. Measured on a user with 5,000 memories (services/memory/bench/locomo_bench.py's large user, 2 Dec
-- 2026): the meaning search's execution 15.0 ms -> 6.2 ms (median of 30), buffers read 4,873 -> 1,376; the word
-- search unchanged within noise. PLAIN (never compressed, never out of line) is safe here: a vector is small and
-- of fixed size, and the text and search columns can still move out of line for long memories.
-- Rows written before this migration keep their TOASTed embedding until they are rewritten; to move them in at
-- once: UPDATE memories SET embedding = embedding::text::vector WHERE embedding IS NOT NULL (a full table rewrite).
ALTER TABLE memories ALTER COLUMN embedding SET STORAGE PLAIN;
