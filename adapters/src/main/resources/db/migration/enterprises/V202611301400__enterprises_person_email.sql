-- Optional e-mail addresses of the principal (主要负责人) and the actual controller (实际控制人): notices about the
-- enterprise's major hazards are sent to them in addition to the in-app inbox. Personal data, like the phones.
ALTER TABLE enterprises.enterprise
    ADD COLUMN principal_email  VARCHAR(254),
    ADD COLUMN controller_email VARCHAR(254);
