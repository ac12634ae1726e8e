-- How a campaign target is measured from the major-hazard database (campaign.yaml, campaignTargets), and what a
-- reporting obligation reports when the application produces it (reportingObligations[].subject).
ALTER TABLE campaign.campaign_target
    ADD COLUMN measure            VARCHAR(40) UNIQUE
        CHECK (measure IN ('MAJOR_HAZARD_STOCK_CLEARED', 'MAJOR_HAZARD_INCREMENT_CONTAINED',
                           'MAJOR_HAZARD_DYNAMIC_CLEARANCE')),
    ADD COLUMN measured_on        DATE,
    ADD COLUMN found_on_or_before DATE,
    ADD COLUMN at_most            INT CHECK (at_most >= 0);

ALTER TABLE campaign.reporting_obligation
    ADD COLUMN subject VARCHAR(40) UNIQUE CHECK (subject IN ('HAZARD_STOCK_TABLE'));
