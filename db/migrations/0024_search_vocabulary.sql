-- The distinct terms of the product search index with the number of products holding each, read by
-- the search's typo correction ("honny" → honey) and "did you mean" (decision 68). A view of the index
-- (fts5vocab): it stores nothing. Not named product_search_*, which backups take for FTS5 shadow tables.
CREATE VIRTUAL TABLE IF NOT EXISTS `search_vocab` USING fts5vocab(`product_search`, 'row');
