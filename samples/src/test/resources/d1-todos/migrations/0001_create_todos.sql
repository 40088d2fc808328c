-- Migration number: 0001
CREATE TABLE todos (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL CHECK (length(title) > 0),
  done INTEGER NOT NULL DEFAULT 0
);
