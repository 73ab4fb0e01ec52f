-- A fact is found by what kind of fact it is as well as by its words: "My brother is a plumber." is the answer to
-- "what's my brother's job?" and, through the word groups of domain/search_terms.py, to "what does my brother do?",
-- though it holds neither word. The attribute ("job", "employer", "lives_in", "name", ...) joins the text in the
-- search vector; episodes have none. PostgreSQL before 17 cannot change a generated column's expression, so the
-- column and its index are made anew (a rewrite of the table, once).
ALTER TABLE memories DROP COLUMN search;
ALTER TABLE memories ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', text || ' ' || translate(attribute, '_:', '  '))) STORED;
CREATE INDEX memories_user_search ON memories USING gin (user_id, search) WITH (fastupdate = off);
