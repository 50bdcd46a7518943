-- Full-text index of published products. One row per product (rowid = products.id).
-- Texts are folded in the application before they are written (lower case, ё→е, ң→н, ө→о, ү→у),
-- `translit` holds a Latin transliteration of the Cyrillic names so Latin input finds Cyrillic text.
-- Column order matters for bm25 weights: names, translit, body.
CREATE VIRTUAL TABLE `product_search` USING fts5(
  `names`,
  `translit`,
  `body`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
