-- Migration number: 0002
ALTER TABLE todos ADD COLUMN due TEXT;
CREATE INDEX todos_by_due ON todos (due);
