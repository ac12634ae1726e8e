-- What identifies an enterprise for the plan's yearly training focus (task 4): the grade of a hospital, whether it is a
-- key cultural-relic protection unit or a large commercial complex, and its fire-safety responsible person (消防安全
-- 责任人; personal data like the principal; both name and phone, or neither).
ALTER TABLE enterprises.enterprise
    ADD COLUMN hospital_grade           VARCHAR(20) NOT NULL DEFAULT 'NONE'
        CHECK (hospital_grade IN ('NONE', 'LEVEL_1', 'LEVEL_2', 'LEVEL_3')),
    ADD COLUMN key_cultural_relic_unit  BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN large_commercial_complex BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN fire_safety_name         VARCHAR(50),
    ADD COLUMN fire_safety_phone        VARCHAR(20),
    ADD CONSTRAINT enterprise_fire_safety_person CHECK ((fire_safety_name IS NULL) = (fire_safety_phone IS NULL));
