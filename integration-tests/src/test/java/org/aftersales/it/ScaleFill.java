package org.aftersales.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a migrated and demo-seeded PostgreSQL database with the data of a contractor after some years, by SQL alone
 * ({@code INSERT … SELECT generate_series}) over the demo projects, equipment, users and retention registers: service
 * cases with their clocks, pauses and timeline, owner follow-ups, notifications and retention ledger movements. Every
 * NOT NULL, CHECK and foreign key of the schema holds; ids come from a block of {@code aftersales_seq} beyond anything
 * given out, the sequence is moved past it and {@code case_number_counter} carries the last number of each year, so
 * the application goes on registering cases after the fill. For {@link ScaleBenchmark}; the server must be stopped
 * while it runs (EclipseLink's id blocks and caches).
 *
 * <p>Distributions: {@code received_at} evenly over {@code years} up to now (newest = highest id), most cases CLOSED
 * (3 % CANCELLED), the newest {@code open} cases open over every open status with running clocks (a share of them
 * breached and already notified, a few paused), a handful of open crisis cases (priority), types 60/20/10/10 %
 * (request, consultation, feedback, complaint), classes warranty 45 %, contract 20 %, paid 15 %, handover defect
 * 15 %, construction 5 %, equipment named on 80 %.
 */
final class ScaleFill {

    /** What was made, for the report. */
    record Figures(
            long cases,
            long open,
            long clocks,
            long pauses,
            long events,
            long followUps,
            long notifications,
            long ledger,
            long seconds) {}

    private ScaleFill() {}

    static Figures fill(Connection db, int cases, int ledger, int followUps, int notifications, int years)
            throws SQLException {
        long started = System.nanoTime();
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            // The application writes TIMESTAMPs as the server JVM's local time (Timestamp.from): same machine, same
            // zone.
            sql.execute("SET TIME ZONE '" + ZoneId.systemDefault().getId() + "'");
            sql.execute("SET work_mem = '256MB'");
            sql.execute("SET maintenance_work_mem = '512MB'");
            long open = Math.max(300, cases * 3L / 1000);
            // Main's case list keeps a copy of the project code on each case (V202612070000); older schemas have none.
            boolean projectCode = hasColumn(sql, "service_case", "project_code");
            long base = single(sql, "SELECT nextval('aftersales_seq')") + 100_000;
            // Projects numbered 0..n-1, with their equipment as an array (may be empty).
            sql.execute(
                    "CREATE TEMP TABLE bench_project ON COMMIT DROP AS SELECT (row_number() OVER (ORDER BY p.id)) - 1 AS n,"
                            + " p.id, p.code, coalesce((SELECT array_agg(e.id ORDER BY e.id) FROM equipment_item e"
                            + " WHERE e.project_id = p.id), '{}'::bigint[]) AS equipment FROM project p");
            long projects = single(sql, "SELECT count(*) FROM bench_project");
            if (projects == 0) {
                throw new IllegalStateException("no projects: the demo data was not seeded");
            }
            // The cases, numbered i = 1..N (oldest first), id = base + i.
            sql.execute("CREATE TEMP TABLE bench_case ON COMMIT DROP AS SELECT i, " + base + " + i AS id,"
                    + " date_trunc('second', localtimestamp - ((" + cases + " - i) * (interval '1 day' * 365.25 * "
                    + years + " / " + cases + ")) - (i % 7) * interval '13 minutes') AS received_at,"
                    + " (i > " + (cases - open)
                    + ") AS open, (hashint4(i)::bigint & 2147483647) AS h FROM generate_series(1, " + cases
                    + ") AS i");
            sql.execute("ALTER TABLE bench_case ADD COLUMN yr int, ADD COLUMN seq int");
            sql.execute("UPDATE bench_case b SET yr = extract(year FROM b.received_at)::int,"
                    + " seq = r.rn + coalesce((SELECT c.last_value FROM case_number_counter c"
                    + " WHERE c.counter_year = extract(year FROM b.received_at)::int), 0)"
                    + " FROM (SELECT i, row_number() OVER (PARTITION BY extract(year FROM received_at) ORDER BY"
                    + " received_at, i) AS rn FROM bench_case) r WHERE r.i = b.i");
            sql.execute("CREATE UNIQUE INDEX ON bench_case (i)");
            String status = "CASE WHEN NOT b.open THEN (CASE WHEN b.h % 100 < 3 THEN 'CANCELLED' ELSE 'CLOSED' END)"
                    + " ELSE (ARRAY['REGISTERED','REGISTERED','ANSWERED','ON_SITE_CONFIRMED','DISPATCHED','ARRIVED',"
                    + "'WORK_DONE','SIGNED_OFF'])[1 + b.h % 8] END";
            String type = "CASE WHEN b.h % 10 < 6 THEN 'SERVICE_REQUEST' WHEN b.h % 10 < 8 THEN 'CONSULTATION'"
                    + " WHEN b.h % 10 < 9 THEN 'FEEDBACK' ELSE 'COMPLAINT' END";
            String serviceClass = "CASE WHEN (b.h / 10) % 20 < 9 THEN 'WARRANTY' WHEN (b.h / 10) % 20 < 13 THEN"
                    + " 'CONTRACT' WHEN (b.h / 10) % 20 < 16 THEN 'PAID' WHEN (b.h / 10) % 20 < 19 THEN"
                    + " 'HANDOVER_DEFECT' ELSE 'CONSTRUCTION_PHASE' END";
            sql.execute("CREATE TEMP TABLE bench_case2 ON COMMIT DROP AS SELECT b.*, " + status + " AS status, "
                    + type + " AS case_type, " + serviceClass + " AS service_class,"
                    + " (b.h / 200) % 20 = 0 AS major_matter,"
                    + " (b.i % 997 = 0 OR (b.open AND b.i % 601 = 0)) AS crisis,"
                    + " p.id AS project_id, p.code AS project_code, CASE WHEN cardinality(p.equipment) = 0 OR (b.h / 4000) % 5 = 0 THEN NULL"
                    + " ELSE p.equipment[1 + (b.h / 7) % cardinality(p.equipment)] END AS equipment_item_id,"
                    + " ((b.h / 3) % 120) * interval '1 minute' + interval '20 minutes' AS reply_after,"
                    + " (1 + (b.h / 11) % 20) * interval '1 day' AS close_after"
                    + " FROM bench_case b JOIN bench_project p ON p.n = (b.h / 13) % " + projects);
            sql.execute("CREATE UNIQUE INDEX ON bench_case2 (i)");
            sql.execute("ANALYZE bench_case2");
            // What acts of one part write (issue 16) sits in the part's table since V202612100300; older schemas keep
            // it
            // on service_case.
            boolean parts = !hasColumn(sql, "service_case", "replied_at");
            String repliedAt = "CASE WHEN b.status <> 'REGISTERED' THEN b.received_at + b.reply_after END";
            String leaderReportedAt =
                    "CASE WHEN b.major_matter AND b.status <> 'REGISTERED' THEN b.received_at + b.reply_after END";
            String onSiteConfirmedAt = "CASE WHEN b.case_type = 'SERVICE_REQUEST' AND b.status NOT IN ('REGISTERED',"
                    + "'ANSWERED','CANCELLED') THEN b.received_at + b.reply_after END";
            String arrivedAt = "CASE WHEN b.case_type = 'SERVICE_REQUEST' AND b.status IN ('ARRIVED','WORK_DONE',"
                    + "'SIGNED_OFF','CLOSED') THEN b.received_at + b.reply_after + interval '30 hours' END";
            String answer = "CASE WHEN b.status <> 'REGISTERED' THEN '已答复业主，安排处理。' END";
            sql.execute("INSERT INTO service_case (id, version, created_at, created_by, modified_at, modified_by,"
                    + " case_number, project_id, equipment_item_id, channel, case_type, reporter_name, received_at,"
                    + " description, major_matter, service_class, responsibility, status, crisis, priority_case,"
                    + (parts ? "" : " replied_at, leader_reported_at, on_site_confirmed_at, arrived_at, answer,")
                    + " closed_at, cancelled_at, cancel_reason" + (projectCode ? ", project_code" : "") + ")"
                    + " SELECT b.id, 1, b.received_at, 'specialist',"
                    + " CASE WHEN b.open THEN b.received_at ELSE b.received_at + b.close_after END, 'specialist',"
                    + " 'SC-' || b.yr || '-' || CASE WHEN b.seq < 100000 THEN lpad(b.seq::text, 5, '0') ELSE"
                    + " b.seq::text END, b.project_id, b.equipment_item_id,"
                    + " (ARRAY['PHONE','FAX','EMAIL','HOTLINE','LETTER','VISIT','WEB'])[1 + (b.h / 17) % 7],"
                    + " b.case_type, (ARRAY['张工','李经理','王主任','赵师傅','刘站长','陈工','杨科长','周厂长'])[1 + (b.h / 19) % 8],"
                    + " b.received_at, '运行报告第 ' || b.i || ' 号：' || (ARRAY['鼓风机振动偏大，轴承温度升高。',"
                    + "'加药泵流量不稳，出水总磷超标。','格栅除污机卡阻，电机过载跳闸。','膜组件跨膜压差上升过快。',"
                    + "'在线仪表读数漂移，需要校准。','污泥脱水机滤布跑偏。'])[1 + (b.h / 23) % 6],"
                    + " b.major_matter, b.service_class,"
                    + " CASE b.service_class WHEN 'CONSTRUCTION_PHASE' THEN 'IN_CONSTRUCTION' WHEN 'HANDOVER_DEFECT'"
                    + " THEN 'PROVISIONAL_HANDOVER' WHEN 'WARRANTY' THEN 'WARRANTY' ELSE 'POST_WARRANTY' END,"
                    + " b.status, b.crisis, b.crisis AND b.open,"
                    + (parts
                            ? ""
                            : " " + repliedAt + ", " + leaderReportedAt + ", " + onSiteConfirmedAt + ", " + arrivedAt
                                    + ", " + answer + ",")
                    + " CASE WHEN b.status = 'CLOSED' THEN b.received_at + b.close_after END,"
                    + " CASE WHEN b.status = 'CANCELLED' THEN b.received_at + b.close_after END,"
                    + " CASE WHEN b.status = 'CANCELLED' THEN '业主撤回报修。' END"
                    + (projectCode ? ", b.project_code" : "")
                    + " FROM bench_case2 b");
            if (parts) {
                // Each case's three parts, with the case's id as their own, as the migration gave existing cases.
                String stamps = "b.id, 1, b.received_at, 'specialist', b.received_at, 'specialist', b.id";
                sql.execute("INSERT INTO service_case_intake (id, version, created_at, created_by, modified_at,"
                        + " modified_by, service_case_id, replied_at, leader_reported_at, answer) SELECT " + stamps
                        + ", " + repliedAt + ", " + leaderReportedAt + ", " + answer + " FROM bench_case2 b");
                sql.execute("INSERT INTO service_case_on_site (id, version, created_at, created_by, modified_at,"
                        + " modified_by, service_case_id, on_site_confirmed_at, arrived_at) SELECT " + stamps + ", "
                        + onSiteConfirmedAt + ", " + arrivedAt + " FROM bench_case2 b");
                sql.execute("INSERT INTO service_case_sign_off (id, version, created_at, created_by, modified_at,"
                        + " modified_by, service_case_id) SELECT " + stamps + " FROM bench_case2 b");
            }
            // Clocks: REPLY for requests and complaints, MAJOR_MATTER for major matters, ON_SITE_ARRIVAL once on site.
            // Running = no met_at; 1 in 4 running clocks is past due, its breach already notified by the sweep.
            long clockBase = base + cases + 10;
            String clockCols = "INSERT INTO service_case_clock (id, version, created_at, created_by, modified_at,"
                    + " modified_by, service_case_id, kind, started_at, sla_hours, paused_seconds, paused_since, due_at,"
                    + " met_at, stopped_at, breach_notified_at) ";
            sql.execute(clockCols + "SELECT " + clockBase + " + b.i * 3, 1, b.received_at, 'specialist',"
                    + " b.received_at, 'specialist', b.id, 'REPLY', s.started, 24, 0, NULL, s.started + interval '24 hours',"
                    + " CASE WHEN b.status = 'REGISTERED' THEN NULL ELSE b.received_at + b.reply_after END,"
                    + " CASE WHEN b.status = 'CANCELLED' THEN b.received_at + b.close_after END,"
                    + " CASE WHEN b.status = 'REGISTERED' AND s.started + interval '24 hours' < localtimestamp"
                    + " THEN s.started + interval '24 hours 1 minute' END"
                    + " FROM bench_case2 b CROSS JOIN LATERAL (SELECT CASE WHEN b.status = 'REGISTERED' AND b.h % 4 <> 0"
                    + " THEN localtimestamp - ((b.h / 29) % 20) * interval '1 hour' ELSE b.received_at END AS started) s"
                    + " WHERE b.case_type IN ('SERVICE_REQUEST', 'COMPLAINT')");
            sql.execute(clockCols + "SELECT " + clockBase + " + b.i * 3 + 1, 1, b.received_at, 'specialist',"
                    + " b.received_at, 'specialist', b.id, 'MAJOR_MATTER', b.received_at, 24, 0, NULL,"
                    + " b.received_at + interval '24 hours',"
                    + " CASE WHEN b.status = 'REGISTERED' THEN NULL ELSE b.received_at + b.reply_after END,"
                    + " CASE WHEN b.status = 'CANCELLED' THEN b.received_at + b.close_after END,"
                    + " CASE WHEN b.status = 'REGISTERED' AND b.received_at + interval '24 hours' < localtimestamp"
                    + " THEN b.received_at + interval '24 hours 1 minute' END"
                    + " FROM bench_case2 b WHERE b.major_matter");
            // The arrival clock: started at the on-site confirmation, 72 h; every 10th paused 3 h once (resumed),
            // open ones not yet arrived: running, every 5th of them paused now.
            sql.execute(clockCols + "SELECT " + clockBase + " + b.i * 3 + 2, 1, b.on_site_confirmed_at, 'specialist',"
                    + " b.on_site_confirmed_at, 'specialist', b.id, 'ON_SITE_ARRIVAL', b.on_site_confirmed_at, 72,"
                    + " CASE WHEN b.i % 10 = 0 THEN 10800 ELSE 0 END,"
                    + " CASE WHEN b.arrived_at IS NULL AND b.i % 5 = 0 THEN b.on_site_confirmed_at + interval '1 hour'"
                    + " END,"
                    + " b.on_site_confirmed_at + interval '72 hours' + CASE WHEN b.i % 10 = 0 THEN interval '3 hours'"
                    + " ELSE interval '0' END, b.arrived_at, NULL,"
                    + " CASE WHEN b.arrived_at IS NULL AND b.i % 5 <> 0 AND b.on_site_confirmed_at + interval '75 hours'"
                    + " < localtimestamp THEN b.on_site_confirmed_at + interval '75 hours 1 minute' END"
                    + (parts
                            ? " FROM (SELECT x.id, x.i, o.on_site_confirmed_at, o.arrived_at FROM service_case_on_site o"
                                    + " JOIN bench_case2 x ON x.id = o.service_case_id) b"
                            : " FROM (SELECT c.*, x.i FROM service_case c JOIN bench_case2 x ON x.id = c.id) b")
                    + " WHERE b.on_site_confirmed_at IS NOT NULL");
            long pauseBase = clockBase + cases * 3L + 10;
            sql.execute("INSERT INTO service_case_clock_pause (id, version, created_at, created_by, modified_at,"
                    + " modified_by, clock_id, reason, paused_at, resumed_at)"
                    + " SELECT " + pauseBase + " + (k.id - " + clockBase + "), 1, k.started_at + interval '1 hour',"
                    + " 'engineer', k.started_at + interval '1 hour', 'engineer', k.id, '业主要求改期：现场停产检修。',"
                    + " k.started_at + interval '1 hour', CASE WHEN k.paused_since IS NULL THEN"
                    + " k.started_at + interval '4 hours' END FROM service_case_clock k"
                    + " WHERE k.kind = 'ON_SITE_ARRIVAL' AND k.id > " + clockBase + " AND (k.paused_seconds > 0"
                    + " OR k.paused_since IS NOT NULL)");
            // The timeline: registered, the reply, the end (closed / cancelled).
            long eventBase = pauseBase + cases * 3L + 10;
            String eventCols = "INSERT INTO service_case_event (id, version, created_at, created_by, modified_at,"
                    + " modified_by, service_case_id, claimed_at, kind, actor, detail, entered_at) ";
            sql.execute(eventCols + "SELECT " + eventBase + " + b.i * 3, 1, b.received_at, 'specialist',"
                    + " b.received_at, 'specialist', b.id, b.received_at, 'REGISTERED', 'specialist', NULL, b.received_at"
                    + " FROM bench_case2 b");
            sql.execute(eventCols + "SELECT " + eventBase + " + b.i * 3 + 1, 1, b.received_at + b.reply_after,"
                    + " 'specialist', b.received_at + b.reply_after, 'specialist', b.id, b.received_at + b.reply_after,"
                    + " 'REPLY_RECORDED', 'specialist', '已答复业主', b.received_at + b.reply_after"
                    + " FROM bench_case2 b WHERE b.status <> 'REGISTERED'");
            sql.execute(eventCols + "SELECT " + eventBase + " + b.i * 3 + 2, 1, b.received_at + b.close_after,"
                    + " 'specialist', b.received_at + b.close_after, 'specialist', b.id, b.received_at + b.close_after,"
                    + " b.status, 'specialist', NULL, b.received_at + b.close_after"
                    + " FROM bench_case2 b WHERE b.status IN ('CLOSED', 'CANCELLED')");
            // The numbers given out per year.
            sql.execute("INSERT INTO case_number_counter (counter_year, last_value)"
                    + " SELECT yr, max(seq) FROM bench_case2 GROUP BY yr"
                    + " ON CONFLICT (counter_year) DO UPDATE SET last_value = excluded.last_value");
            // Owner follow-ups every two weeks or so over the projects.
            long followBase = eventBase + cases * 3L + 10;
            sql.execute("INSERT INTO owner_follow_up (id, version, created_at, created_by, modified_at, modified_by,"
                    + " project_id, contacted_at, contact_day, contacted_by, owner_contact_id, contact_name, channel,"
                    + " reached, equipment_status, notes, period_days, next_due_date, service_case_id)"
                    + " SELECT " + followBase + " + f.i, 1, f.at, 'specialist', f.at, 'specialist', p.id, f.at,"
                    + " f.at::date, 'specialist', NULL, '运行主管', (ARRAY['PHONE','VISIT','EMAIL','MESSAGE',"
                    + "'VIDEO_CALL'])[1 + f.i % 5], f.i % 10 <> 0,"
                    + " CASE WHEN f.i % 10 <> 0 THEN (ARRAY['RUNNING_NORMALLY','RUNNING_NORMALLY','RUNNING_NORMALLY',"
                    + "'RUNNING_WITH_PROBLEMS','STOPPED'])[1 + (f.i / 10) % 5] END, '设备运行情况回访。',"
                    + " CASE WHEN f.i % 10 <> 0 THEN 14 END,"
                    + " CASE WHEN f.i % 10 <> 0 THEN f.at::date + 14 END, NULL"
                    + " FROM (SELECT i, date_trunc('second', localtimestamp - (" + followUps
                    + " - i) * (interval '1 day'"
                    + " * 365.25 * " + years + " / " + followUps + ")) AS at FROM generate_series(1, " + followUps
                    + ") AS i) f JOIN bench_project p ON p.n = f.i % " + projects);
            // Each project's next contact as FollowUpPlan keeps it: the last reached contact's next due date.
            sql.execute("UPDATE project p SET follow_up_reached_id = l.id, follow_up_due_date = l.next_due_date"
                    + " FROM (SELECT DISTINCT ON (project_id) project_id, id, next_due_date FROM owner_follow_up"
                    + " WHERE reached ORDER BY project_id, contacted_at DESC, id DESC) l WHERE l.project_id = p.id");
            // Notifications of breaches and urgent cases to the users who get them, 95 % read.
            long noteBase = followBase + followUps + 10;
            sql.execute(
                    "CREATE TEMP TABLE bench_user ON COMMIT DROP AS SELECT (row_number() OVER (ORDER BY id)) - 1"
                            + " AS n, id FROM app_user WHERE username IN ('specialist', 'engineer', 'engineer2', 'leader', 'gm')");
            long users = single(sql, "SELECT count(*) FROM bench_user");
            sql.execute("INSERT INTO notification (id, version, created_at, created_by, modified_at, modified_by,"
                    + " recipient_id, kind, service_case_id, case_number, text_zh, text_en, notified_at, read_at)"
                    + " SELECT " + noteBase + " + x.i, 1, x.at, 'system', x.at, 'system', u.id,"
                    + " (ARRAY['CLOCK_BREACHED','CLOCK_BREACHED','URGENT_CASE','BREACH_ESCALATED','CRISIS'])[1 + x.i % 5],"
                    + " c.id, c.case_number, '服务单 ' || c.case_number || ' 的时限已超。',"
                    + " 'The clock of case ' || c.case_number || ' is breached.', x.at,"
                    + " CASE WHEN x.i % 20 <> 0 THEN x.at + interval '2 hours' END"
                    + " FROM (SELECT i, 1 + ((hashint4(i + 7)::bigint & 2147483647) % " + cases
                    + ") AS ci, date_trunc('second',"
                    + " localtimestamp - (" + notifications + " - i) * (interval '1 day' * 365.25 * " + years + " / "
                    + notifications + ")) AS at FROM generate_series(1, " + notifications + ") AS i) x"
                    + " JOIN bench_user u ON u.n = x.i % " + Math.max(1, users)
                    + " JOIN service_case c ON c.id = " + base + " + x.ci");
            // The retention ledger: movements on the demo registers, held first, deductions and releases small,
            // the register's totals moved to match (its balance check stays true).
            long ledgerBase = noteBase + notifications + 10;
            sql.execute(
                    "CREATE TEMP TABLE bench_retention ON COMMIT DROP AS SELECT (row_number() OVER (ORDER BY id)) - 1"
                            + " AS n, id FROM subcontractor_retention");
            long retentions = single(sql, "SELECT count(*) FROM bench_retention");
            if (retentions > 0) {
                sql.execute(
                        "INSERT INTO retention_entry (id, version, created_at, created_by, modified_at, modified_by,"
                                + " retention_id, kind, amount, entry_date, cause, service_case_id)"
                                + " SELECT " + ledgerBase + " + x.i, 1, x.at, 'finance', x.at, 'finance', r.id,"
                                + " CASE WHEN x.i % 10 < 8 THEN 'HELD' WHEN x.i % 10 = 8 THEN 'DEDUCTED' ELSE 'RELEASED' END,"
                                + " CASE WHEN x.i % 10 < 8 THEN 1000.00 + (x.i % 997) ELSE 100.00 + (x.i % 97) END,"
                                + " x.at::date, CASE WHEN x.i % 10 = 8 THEN '质量问题维修费用扣除' END,"
                                + " CASE WHEN x.i % 10 = 8 THEN " + base
                                + " + 1 + ((hashint4(x.i)::bigint & 2147483647) % " + cases + ") END"
                                + " FROM (SELECT i, date_trunc('second', localtimestamp - (" + ledger
                                + " - i) * (interval"
                                + " '1 day' * 365.25 * " + years + " / " + ledger + ")) AS at FROM generate_series(1, "
                                + ledger
                                + ") AS i) x JOIN bench_retention r ON r.n = x.i % " + retentions);
                sql.execute("UPDATE subcontractor_retention s SET"
                        + " held_amount = t.held, deducted_amount = t.deducted, released_amount = t.released"
                        + " FROM (SELECT retention_id,"
                        + " sum(amount) FILTER (WHERE kind = 'HELD') AS held,"
                        + " coalesce(sum(amount) FILTER (WHERE kind = 'DEDUCTED'), 0) AS deducted,"
                        + " coalesce(sum(amount) FILTER (WHERE kind = 'RELEASED'), 0) AS released"
                        + " FROM retention_entry GROUP BY retention_id) t WHERE t.retention_id = s.id");
            }
            long end = ledgerBase + ledger + 1000;
            sql.execute("SELECT setval('aftersales_seq', " + end + ")");
            db.commit();
            db.setAutoCommit(true);
            for (String table : List.of(
                    "service_case",
                    "service_case_clock",
                    "service_case_clock_pause",
                    "service_case_event",
                    "owner_follow_up",
                    "notification",
                    "retention_entry",
                    "subcontractor_retention",
                    "case_number_counter")) {
                sql.execute("VACUUM ANALYZE " + table);
            }
            return new Figures(
                    single(sql, "SELECT count(*) FROM service_case"),
                    single(sql, "SELECT count(*) FROM service_case WHERE status NOT IN ('CLOSED', 'CANCELLED')"),
                    single(sql, "SELECT count(*) FROM service_case_clock"),
                    single(sql, "SELECT count(*) FROM service_case_clock_pause"),
                    single(sql, "SELECT count(*) FROM service_case_event"),
                    single(sql, "SELECT count(*) FROM owner_follow_up"),
                    single(sql, "SELECT count(*) FROM notification"),
                    single(sql, "SELECT count(*) FROM retention_entry"),
                    (System.nanoTime() - started) / 1_000_000_000L);
        } catch (SQLException | RuntimeException failed) {
            if (!db.getAutoCommit()) {
                db.rollback();
            }
            throw failed;
        }
    }

    static boolean hasColumn(Statement sql, String table, String column) throws SQLException {
        return single(
                        sql,
                        "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema()"
                                + " AND table_name = '" + table + "' AND column_name = '" + column + "'")
                > 0;
    }

    static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    static List<Long> longs(Connection db, String query) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }
}
