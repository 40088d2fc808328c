INSERT INTO todos (title) VALUES ('write tests');
INSERT INTO todos (title, done) VALUES ('ship', 1);
