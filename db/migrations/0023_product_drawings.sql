-- Products without photos no longer store the category's picture: a NULL image means "draw the product's kind" (decision 57).
UPDATE products SET image = NULL WHERE image LIKE '/img/categories/%';
