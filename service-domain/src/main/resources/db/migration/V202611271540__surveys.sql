-- Satisfaction surveys and supplier scorecards (R-B3), issue 5. Same conventions as before (H2 2.x and PostgreSQL 15,
-- aftersales_seq, BaseEntity columns, an index on every foreign key that does not lead a unique constraint).
-- Two standard templates are shipped with fixed ids below the sequence's start of 1000.
CREATE TABLE survey_template (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    modified_at  TIMESTAMP     NOT NULL,
    modified_by  VARCHAR(64)   NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    purpose      VARCHAR(30)   NOT NULL,
    active       BOOLEAN       NOT NULL,
    CONSTRAINT uk_survey_template_name UNIQUE (name)
);

CREATE TABLE survey_question (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    modified_at    TIMESTAMP     NOT NULL,
    modified_by    VARCHAR(64)   NOT NULL,
    template_id    BIGINT        NOT NULL REFERENCES survey_template (id),
    position       INTEGER       NOT NULL,
    question_type  VARCHAR(20)   NOT NULL,
    text_zh        VARCHAR(300)  NOT NULL,
    text_en        VARCHAR(300)  NOT NULL,
    required       BOOLEAN       NOT NULL,
    CONSTRAINT uk_survey_question_position UNIQUE (template_id, position)
);

-- The archive: per project and (supplier surveys) per supplier; score = mean of the ratings, 1.00 … 5.00.
CREATE TABLE survey_response (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    modified_at       TIMESTAMP     NOT NULL,
    modified_by       VARCHAR(64)   NOT NULL,
    template_id       BIGINT        NOT NULL REFERENCES survey_template (id),
    project_id        BIGINT        NOT NULL REFERENCES project (id),
    subcontractor_id  BIGINT        REFERENCES subcontractor (id),
    service_case_id   BIGINT        REFERENCES service_case (id),
    respondent        VARCHAR(100)  NOT NULL,
    answered_date     DATE          NOT NULL,
    score             DECIMAL(4, 2),
    CONSTRAINT ck_survey_response_score CHECK (score IS NULL OR (score >= 1 AND score <= 5))
);
CREATE INDEX ix_survey_response_template ON survey_response (template_id);
CREATE INDEX ix_survey_response_project ON survey_response (project_id);
CREATE INDEX ix_survey_response_subcontractor ON survey_response (subcontractor_id, answered_date);
CREATE INDEX ix_survey_response_service_case ON survey_response (service_case_id);

CREATE TABLE survey_answer (
    id           BIGINT         NOT NULL PRIMARY KEY,
    version      BIGINT         NOT NULL,
    created_at   TIMESTAMP      NOT NULL,
    created_by   VARCHAR(64)    NOT NULL,
    modified_at  TIMESTAMP      NOT NULL,
    modified_by  VARCHAR(64)    NOT NULL,
    response_id  BIGINT         NOT NULL REFERENCES survey_response (id),
    question_id  BIGINT         NOT NULL REFERENCES survey_question (id),
    rating       INTEGER,
    yes_answer   BOOLEAN,
    text_answer  VARCHAR(1000),
    CONSTRAINT uk_survey_answer UNIQUE (response_id, question_id),
    CONSTRAINT ck_survey_answer_rating CHECK (rating IS NULL OR (rating >= 1 AND rating <= 5))
);
CREATE INDEX ix_survey_answer_question ON survey_answer (question_id);

INSERT INTO survey_template (id, version, created_at, created_by, modified_at, modified_by, name, purpose, active)
VALUES (1, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', '供应商满意度调查表', 'SUPPLIER_SATISFACTION', TRUE),
       (2, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', '业主服务满意度回访表', 'OWNER_SATISFACTION', TRUE);

INSERT INTO survey_question (id, version, created_at, created_by, modified_at, modified_by, template_id, position,
                             question_type, text_zh, text_en, required)
VALUES (11, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 1, 1, 'RATING', '设备质量', 'Equipment quality', TRUE),
       (12, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 1, 2, 'RATING', '供货及时性', 'Delivery on time', TRUE),
       (13, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 1, 3, 'RATING', '安装指导与调试配合', 'Installation guidance and commissioning support', TRUE),
       (14, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 1, 4, 'RATING', '售后响应速度', 'Speed of after-sales response', TRUE),
       (15, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 1, 5, 'YES_NO', '是否愿意继续合作', 'Would you work with this supplier again?', TRUE),
       (16, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 1, 6, 'TEXT', '意见与建议', 'Comments and suggestions', FALSE),
       (21, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 2, 1, 'RATING', '服务态度', 'Service attitude', TRUE),
       (22, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 2, 2, 'RATING', '响应及时性', 'Timely response', TRUE),
       (23, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 2, 3, 'RATING', '问题解决效果', 'How well the problem was solved', TRUE),
       (24, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 2, 4, 'YES_NO', '问题是否已彻底解决', 'Is the problem fully solved?', TRUE),
       (25, 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 2, 5, 'TEXT', '意见与建议', 'Comments and suggestions', FALSE);
