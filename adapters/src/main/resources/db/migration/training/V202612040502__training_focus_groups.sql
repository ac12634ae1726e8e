-- The plan's yearly focus groups of training (task 4, seed text: "2024年，重点开展矿山、燃气企业主要负责人和二级三级
-- 医院消防安全责任人集中培训；2025年，重点开展金属冶炼企业主要负责人、重点文物保护等单位消防安全责任人集中培训；2026年，
-- 重点开展大型商业综合体消防安全责任人集中培训"), as versioned data: a change of a group is a new revision of its code,
-- and the newest revision is in force. A group is about the principal (PRINCIPAL) or the fire-safety responsible
-- person (FIRE_SAFETY_RESPONSIBLE) of the enterprises its rule covers: those of the industries listed, the hospitals of
-- the grades listed, the key cultural-relic protection units, the large commercial complexes (any criterion).
-- 燃气企业 is read as the industry URBAN_GAS (城镇燃气), 金属冶炼 as METALLURGY (冶金).
CREATE TABLE training.focus_group
(
    code                      VARCHAR(60)  NOT NULL,
    revision                  INTEGER      NOT NULL CHECK (revision >= 1),
    year                      INTEGER      NOT NULL,
    name                      VARCHAR(100) NOT NULL,
    name_en                   VARCHAR(200) NOT NULL,
    role                      VARCHAR(30)  NOT NULL CHECK (role IN ('PRINCIPAL', 'FIRE_SAFETY_RESPONSIBLE')),
    industries                TEXT[]       NOT NULL DEFAULT '{}',
    hospital_grades           TEXT[]       NOT NULL DEFAULT '{}',
    key_cultural_relic_units  BOOLEAN      NOT NULL DEFAULT FALSE,
    large_commercial_complexes BOOLEAN     NOT NULL DEFAULT FALSE,
    recorded_at               TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (code, revision)
);

INSERT INTO training.focus_group (code, revision, year, name, name_en, role, industries, hospital_grades,
                                  key_cultural_relic_units, large_commercial_complexes)
VALUES ('2024-mine-gas-principals', 1, 2024, '矿山、燃气企业主要负责人', 'Principals of mines and gas enterprises',
        'PRINCIPAL', '{MINES,URBAN_GAS}', '{}', FALSE, FALSE),
       ('2024-hospital-fire-safety', 1, 2024, '二级三级医院消防安全责任人',
        'Fire-safety heads of level-2 and level-3 hospitals', 'FIRE_SAFETY_RESPONSIBLE', '{}', '{LEVEL_2,LEVEL_3}',
        FALSE, FALSE),
       ('2025-metal-smelting-principals', 1, 2025, '金属冶炼企业主要负责人', 'Principals of metal-smelting enterprises',
        'PRINCIPAL', '{METALLURGY}', '{}', FALSE, FALSE),
       ('2025-cultural-relic-fire-safety', 1, 2025, '重点文物保护等单位消防安全责任人',
        'Fire-safety heads of key cultural-relic protection units', 'FIRE_SAFETY_RESPONSIBLE', '{}', '{}', TRUE, FALSE),
       ('2026-commercial-complex-fire-safety', 1, 2026, '大型商业综合体消防安全责任人',
        'Fire-safety heads of large commercial complexes', 'FIRE_SAFETY_RESPONSIBLE', '{}', '{}', FALSE, TRUE);
