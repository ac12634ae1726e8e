-- Each monthly row also keeps the running sums up to and including its month (stock_after: the stock at the month's
-- end; baseline_after: of it, found on or before the plan's baseline; overdue_after, listed_after: overdue and listed
-- at the month's end). 附表1 of a month then reads one row per jurisdiction × industry — the last at or before the
-- month — instead of summing every month before it.
-- stock_pair: every jurisdiction × industry that has monthly rows; writers lock its row while they change the pair's
-- months, so the running sums are kept in order.
ALTER TABLE reporting.stock_month
    ADD COLUMN stock_after    BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN baseline_after BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN overdue_after  BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN listed_after   BIGINT NOT NULL DEFAULT 0;

CREATE TABLE reporting.stock_pair
(
    jurisdiction VARCHAR(20) NOT NULL,
    industry     VARCHAR(40) NOT NULL,
    PRIMARY KEY (jurisdiction, industry)
);
CREATE INDEX stock_pair_industry_idx ON reporting.stock_pair (industry);

-- Works the pairs and the running sums out again from the monthly changes (the last step of a rebuild).
CREATE FUNCTION reporting.recompute_stock_balances() RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO reporting.stock_pair (jurisdiction, industry)
SELECT DISTINCT jurisdiction, industry FROM reporting.stock_month
ON CONFLICT DO NOTHING;

UPDATE reporting.stock_month m
SET stock_after    = s.stock_after,
    baseline_after = s.baseline_after,
    overdue_after  = s.overdue_after,
    listed_after   = s.listed_after
FROM (SELECT jurisdiction, industry, month,
             CAST(sum(new_self_inspection + new_supervisory + new_tip_off - written_off - cancelled) OVER w AS BIGINT)
                 AS stock_after,
             CAST(sum(new_found_by_baseline - left_found_by_baseline) OVER w AS BIGINT) AS baseline_after,
             CAST(sum(overdue_change) OVER w AS BIGINT) AS overdue_after,
             CAST(sum(listed_change) OVER w AS BIGINT) AS listed_after
      FROM reporting.stock_month
      WINDOW w AS (PARTITION BY jurisdiction, industry ORDER BY month)) s
WHERE m.jurisdiction = s.jurisdiction
  AND m.industry = s.industry
  AND m.month = s.month
  AND (m.stock_after, m.baseline_after, m.overdue_after, m.listed_after)
      IS DISTINCT FROM (s.stock_after, s.baseline_after, s.overdue_after, s.listed_after);
$$;

SELECT reporting.recompute_stock_balances();
