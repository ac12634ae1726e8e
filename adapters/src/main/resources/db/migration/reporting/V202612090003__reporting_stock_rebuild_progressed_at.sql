-- When a rebuild last brought a page of hazards in: a rebuild silent for minutes was ended with its process, and no
-- longer keeps a new one from starting.
ALTER TABLE reporting.stock_rebuild ADD COLUMN progressed_at TIMESTAMPTZ;
