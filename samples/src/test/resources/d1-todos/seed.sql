INSERT INTO todos (title, due) VALUES ('Write the release notes', '2026-12-10');
INSERT INTO todos (title, done) VALUES ('Fix the flaky test', 1);
