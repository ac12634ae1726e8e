-- The import looks training records up by their natural key (enterprise or unit, masked name, last four characters of
-- the ID number, course, first day), one batch of rows at a time: narrowed by the ID digits and the first day.
CREATE INDEX training_record_import_key_idx ON training.training_record (id_last_digits, started_on);
