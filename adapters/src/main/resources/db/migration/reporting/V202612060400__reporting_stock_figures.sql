-- The monthly stock read model (附表1), fed by the hazards' events and rebuildable from their history.
-- stock_fact: what reporting knows of each hazard, one row per change that matters to 附表1, identified by hazard, kind
--   and instant, so that an event delivered twice, or learnt from the event and from the history, is kept once.
-- stock_hazard: each hazard's line worked out from its facts: where it counts, when it entered the stock and left it,
--   and the days on which it was overdue / listed (spans "from/until;…", until exclusive and empty while open).
-- stock_month: per jurisdiction × industry × month, the changes of the figures; opening and closing stock, overdue
--   and listed are running sums over the months before. Always the sum of the lines' changes.
CREATE TABLE reporting.stock_fact
(
    hazard_id UUID        NOT NULL,
    kind      VARCHAR(30) NOT NULL,
    at        TIMESTAMPTZ NOT NULL,
    day       DATE,
    value     VARCHAR(40),
    PRIMARY KEY (hazard_id, kind, at)
);

CREATE TABLE reporting.stock_hazard
(
    hazard_id         UUID PRIMARY KEY,
    enterprise_id     UUID,
    jurisdiction      VARCHAR(20) NOT NULL,
    industry          VARCHAR(40) NOT NULL,
    entered_on        DATE,
    channel           VARCHAR(30),
    found_by_baseline BOOLEAN,
    closed_on         DATE,
    closed_by         VARCHAR(20),
    overdue_spans     TEXT,
    listed_spans      TEXT
);
CREATE INDEX stock_hazard_scope_idx ON reporting.stock_hazard (jurisdiction, industry) WHERE entered_on IS NOT NULL;
CREATE INDEX stock_hazard_industry_idx ON reporting.stock_hazard (industry) WHERE entered_on IS NOT NULL;
CREATE INDEX stock_hazard_enterprise_idx ON reporting.stock_hazard (enterprise_id) WHERE entered_on IS NOT NULL;

CREATE TABLE reporting.stock_month
(
    jurisdiction           VARCHAR(20) NOT NULL,
    industry               VARCHAR(40) NOT NULL,
    month                  DATE        NOT NULL,
    new_self_inspection    BIGINT      NOT NULL DEFAULT 0,
    new_supervisory        BIGINT      NOT NULL DEFAULT 0,
    new_tip_off            BIGINT      NOT NULL DEFAULT 0,
    new_found_by_baseline  BIGINT      NOT NULL DEFAULT 0,
    written_off            BIGINT      NOT NULL DEFAULT 0,
    cancelled              BIGINT      NOT NULL DEFAULT 0,
    left_found_by_baseline BIGINT      NOT NULL DEFAULT 0,
    overdue_change         BIGINT      NOT NULL DEFAULT 0,
    listed_change          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (jurisdiction, industry, month)
);
CREATE INDEX stock_month_industry_idx ON reporting.stock_month (industry, month);

CREATE TABLE reporting.stock_rebuild
(
    id             UUID PRIMARY KEY,
    requested_by   VARCHAR(100) NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL,
    finished_at    TIMESTAMPTZ,
    status         VARCHAR(10)  NOT NULL,
    hazards_total  BIGINT       NOT NULL,
    hazards_done   BIGINT       NOT NULL,
    failure        TEXT
);
CREATE INDEX stock_rebuild_started_idx ON reporting.stock_rebuild (started_at DESC);
