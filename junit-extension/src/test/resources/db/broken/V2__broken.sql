ALTER TABLE orderz ADD COLUMN note text;
