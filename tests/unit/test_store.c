/* SPDX-License-Identifier: MIT */
/* test_store.c - the knowledge base: one happening and one person across articles. */
#include "support.h"

#include <attache/store.h>

#include "store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char db_path[64];

/* The database and its WAL files, so that no test run leaves them in /tmp. */
static void remove_store_files(void) {
  if (!db_path[0]) return;
  char wal[80], shm[80];
  snprintf(wal, sizeof wal, "%s-wal", db_path);
  snprintf(shm, sizeof shm, "%s-shm", db_path);
  unlink(db_path);
  unlink(wal);
  unlink(shm);
}

static attache_store *fresh_store(void) {
  snprintf(db_path, sizeof db_path, "/tmp/attache-store-%d.db", (int)getpid());
  remove_store_files();
  attache_store *s = NULL;
  attache_error err = {0};
  assert_int_equal(attache_store_open(db_path, 0, &s, &err), ATTACHE_OK);
  return s;
}

static attache_ingest_outcome ingest(attache_store *s, const char *id, const char *text, const char *published) {
  attache_doc_input in = {.id = {id, strlen(id)}, .text = {text, strlen(text)}};
  if (published) in.published = (attache_str){published, strlen(published)};
  attache_ingest_outcome outcome;
  attache_error err = {0};
  assert_int_equal(attache_store_ingest(s, test_lexicon(), &in, NULL, &outcome, NULL, &err), ATTACHE_OK);
  return outcome;
}

static attache_result *ask(attache_store *s, attache_query q) {
  attache_result *r = NULL;
  assert_int_equal(attache_store_query(s, &q, &r, NULL), ATTACHE_OK);
  return r;
}

static void test_one_happening_told_by_two_outlets(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  ingest(s, "a", "Sáng 6/11, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đại sứ Pháp Nicolas Warnery.", "2019-11-06");
  ingest(s, "b", "Ngày 6/11, Thứ trưởng Nguyễn Chí Vịnh tiếp ông Nicolas Warnery, Đại sứ Pháp.", "2019-11-07");
  attache_result *r = ask(s, (attache_query){.kind = ATTACHE_QUERY_EVENTS});
  assert_int_equal(attache_result_rows(r, 0), 1);
  assert_string_equal(attache_result_cell(r, 0, 0, 8), "2"); /* sources */
  attache_result_free(r);
  /* A reception on another day is another event. */
  ingest(s, "c", "Sáng 9/11, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đại sứ Pháp Nicolas Warnery.", "2019-11-09");
  r = ask(s, (attache_query){.kind = ATTACHE_QUERY_EVENTS});
  assert_int_equal(attache_result_rows(r, 0), 2);
  attache_result_free(r);
  attache_store_close(s);
}

static void test_one_person_across_articles(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  ingest(s, "a", "Ngày 27/3, Thượng tướng Nguyễn Chí Vịnh đã hội kiến Bộ trưởng Bộ Quốc phòng Pháp Florence Parly.",
         "2018-03-28");
  ingest(s, "b", "Ngày 8/9, Thứ trưởng Bộ Quốc phòng Nguyễn Chí Vinh đã hội đàm với Thứ trưởng Hàn Quốc Suh Choo-suk.",
         "2019-09-09");
  attache_result *r = ask(s, (attache_query){.kind = ATTACHE_QUERY_PERSON, .arg = "nguyen chi vinh"});
  assert_int_equal(attache_result_rows(r, 0), 1);
  assert_string_equal(attache_result_cell(r, 0, 0, 1), "Nguyễn Chí Vịnh");
  assert_int_equal(attache_result_rows(r, 1), 2); /* offices held at two dates */
  assert_string_equal(attache_result_cell(r, 1, 0, 1), "Thượng tướng");
  assert_string_equal(attache_result_cell(r, 1, 1, 2), "Thứ trưởng Bộ Quốc phòng");
  attache_result_free(r);
  attache_store_close(s);
}

static void test_changed_document_replaces_its_records(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  assert_int_equal(ingest(s, "a", "Hai bên đã ký kết Bản ghi nhớ về hợp tác quân y với Lào.", NULL), ATTACHE_INGEST_NEW);
  assert_int_equal(ingest(s, "a", "Hai bên đã ký kết Bản ghi nhớ về hợp tác quân y với Lào.", NULL),
                   ATTACHE_INGEST_UNCHANGED);
  assert_int_equal(ingest(s, "a", "Hai bên đã ký kết Kế hoạch hợp tác năm 2020 với Lào.", NULL),
                   ATTACHE_INGEST_UPDATED);
  attache_result *r = ask(s, (attache_query){.kind = ATTACHE_QUERY_AGREEMENTS});
  assert_int_equal(attache_result_rows(r, 0), 1);
  assert_string_equal(attache_result_cell(r, 0, 0, 1), "plan");
  attache_result_free(r);
  r = ask(s, (attache_query){.kind = ATTACHE_QUERY_EVENTS});
  assert_int_equal(attache_result_rows(r, 0), 1); /* the old signing is gone with its document */
  attache_result_free(r);
  attache_store_close(s);
}

static void test_untrusted_text_is_data(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  ingest(s, "x'); DROP TABLE sources; --", "Sáng 6/11, Đại tướng Ngô Xuân Lịch đã tiếp Đại sứ \"Pháp\" ' OR 1=1.", NULL);
  attache_result *r = ask(s, (attache_query){.kind = ATTACHE_QUERY_SEARCH, .arg = "' OR 1=1 --"});
  assert_int_equal(attache_result_rows(r, 0), 1);
  attache_result_free(r);
  r = ask(s, (attache_query){.kind = ATTACHE_QUERY_STATS});
  assert_string_equal(attache_result_cell(r, 0, 0, 1), "1");
  attache_result_free(r);
  attache_store_close(s);
  unlink(db_path);
}

/* Two handles on one database take turns. Each ingest must end its
 * transaction with no statement still holding a read snapshot: one left on a
 * row (the person found) would make the other handle's write invisible to it
 * and its next BEGIN IMMEDIATE fail at once with SQLITE_BUSY_SNAPSHOT. */
static void test_two_handles_take_turns(void **state) {
  (void)state;
  attache_store *a = fresh_store(), *b = NULL;
  attache_error err = {0};
  assert_int_equal(attache_store_open(db_path, 0, &b, &err), ATTACHE_OK);
  const char *vinh = "Sáng %d/11, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đại sứ Pháp Nicolas Warnery.";
  char text[160], id[8];
  for (int turn = 0; turn < 6; turn++) {
    snprintf(text, sizeof text, vinh, turn + 1);
    snprintf(id, sizeof id, "d%d", turn);
    assert_int_equal(ingest(turn % 2 ? b : a, id, text, "2019-11-20"), ATTACHE_INGEST_NEW);
  }
  /* What one handle stored, the other sees as stored. */
  assert_int_equal(ingest(a, "d1", "Sáng 2/11, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đại sứ Pháp Nicolas Warnery.",
                          "2019-11-20"),
                   ATTACHE_INGEST_UNCHANGED);
  attache_result *r = ask(b, (attache_query){.kind = ATTACHE_QUERY_PEOPLE});
  assert_int_equal(attache_result_rows(r, 0), 2); /* one Nguyễn Chí Vịnh, one Nicolas Warnery */
  attache_result_free(r);
  attache_store_close(b);
  attache_store_close(a);
}

static attache_status try_ingest(attache_store *s, const char *id, const char *text) {
  attache_doc_input in = {.id = {id, strlen(id)}, .text = {text, strlen(text)}};
  attache_ingest_outcome outcome;
  attache_error err = {0};
  return attache_store_ingest(s, test_lexicon(), &in, NULL, &outcome, NULL, &err);
}

static long count_sources(attache_store *s) {
  attache_result *r = ask(s, (attache_query){.kind = ATTACHE_QUERY_STATS});
  long n = strtol(attache_result_cell(r, 0, 0, 1), NULL, 10);
  attache_result_free(r);
  return n;
}

/* From now on the database refuses to store the document with id "refused". */
static void refuse_document_refused(attache_store *s) {
  assert_int_equal(sqlite3_exec(s->db,
                                "CREATE TEMP TRIGGER refuse BEFORE INSERT ON sources WHEN new.id = 'refused' "
                                "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END",
                                NULL, NULL, NULL),
                   SQLITE_OK);
}

/* The database's failure is told apart from the document's, and a database
 * that takes no more (full) from one that refused one document. */
static void test_database_failure_has_its_own_status(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  const char *text = "Hai bên đã ký kết Bản ghi nhớ về hợp tác quân y với Lào.";
  /* A document that cannot be read stays the document's fault. */
  assert_int_equal(try_ingest(s, "empty", ""), ATTACHE_ERR_EMPTY);
  /* One document refused by the database: the next ones may be stored. */
  refuse_document_refused(s);
  assert_int_equal(try_ingest(s, "refused", text), ATTACHE_ERR_STORE);
  assert_int_equal(attache_store_cannot_write(s), 0);
  assert_int_equal(try_ingest(s, "next", text), ATTACHE_OK);
  /* A full database takes no more, and keeps nothing of the document (long
   * enough to need new pages). */
  char big[8192] = "";
  while (strlen(big) + strlen(text) + 2 < sizeof big) strcat(strcat(big, text), " ");
  long before = count_sources(s);
  assert_int_equal(sqlite3_exec(s->db, "PRAGMA max_page_count = 1", NULL, NULL, NULL), SQLITE_OK);
  assert_int_equal(try_ingest(s, "full", big), ATTACHE_ERR_STORE);
  assert_int_not_equal(attache_store_cannot_write(s), 0);
  assert_int_equal(count_sources(s), before);
  assert_int_equal(sqlite3_exec(s->db, "PRAGMA max_page_count = 1000000", NULL, NULL, NULL), SQLITE_OK);
  assert_int_equal(try_ingest(s, "full", big), ATTACHE_OK);
  assert_int_equal(attache_store_cannot_write(s), 0);
  assert_int_equal(count_sources(s), before + 1);
  attache_store_close(s);
}

/* A batch: its documents are stored together at the commit (another handle
 * sees none before). The first document refused inside a batch rolls it
 * back (its others are the caller's to ingest again); from then on, one
 * refused is undone alone. A batch the database rolls back (here: no room
 * at the commit) is gone whole. attache_store_pending tells each. */
static void test_batch_commits_together_and_fails_alone(void **state) {
  (void)state;
  attache_store *s = fresh_store(), *other = NULL;
  attache_error err = {0};
  assert_int_equal(attache_store_open(db_path, ATTACHE_STORE_READONLY, &other, &err), ATTACHE_OK);
  const char *text = "Hai bên đã ký kết Bản ghi nhớ về hợp tác quân y với Lào.";
  assert_int_equal(attache_store_batch(s, 1, &err), ATTACHE_OK);
  refuse_document_refused(s); /* before the batch's transaction, which its rollback would take it with */
  assert_int_equal(try_ingest(s, "b0", text), ATTACHE_OK);
  assert_int_equal(try_ingest(s, "refused", text), ATTACHE_ERR_STORE);
  assert_int_equal(attache_store_pending(s), 0); /* b0 went with it */
  assert_int_equal(try_ingest(s, "b1", text), ATTACHE_OK);
  assert_int_equal(try_ingest(s, "refused", text), ATTACHE_ERR_STORE);
  assert_int_equal(try_ingest(s, "b2", text), ATTACHE_OK);
  assert_int_equal(attache_store_pending(s), 2);
  assert_int_equal(count_sources(other), 0);
  assert_int_equal(attache_store_commit(s, &err), ATTACHE_OK);
  assert_int_equal(attache_store_pending(s), 0);
  assert_int_equal(count_sources(other), 2);
  /* No room for a long document: the batch it was in is gone, b3 with it. */
  char big[8192] = "";
  while (strlen(big) + strlen(text) + 2 < sizeof big) strcat(strcat(big, text), " ");
  assert_int_equal(try_ingest(s, "b3", text), ATTACHE_OK);
  assert_int_equal(attache_store_pending(s), 1);
  assert_int_equal(sqlite3_exec(s->db, "PRAGMA max_page_count = 1", NULL, NULL, NULL), SQLITE_OK);
  attache_status st = try_ingest(s, "big", big);
  if (st == ATTACHE_OK) st = attache_store_commit(s, &err); /* SQLite may keep the batch until the commit */
  assert_int_equal(st, ATTACHE_ERR_STORE);
  assert_int_not_equal(attache_store_cannot_write(s), 0);
  assert_int_equal(attache_store_commit(s, &err), ATTACHE_OK); /* what is left of the batch, if anything */
  assert_int_equal(attache_store_pending(s), 0);
  assert_int_equal(sqlite3_exec(s->db, "PRAGMA max_page_count = 1000000", NULL, NULL, NULL), SQLITE_OK);
  long stored = count_sources(other);
  assert_true(stored == 2 || stored == 3); /* b3 stays only if SQLite undid "big" alone */
  attache_store_close(other);
  attache_store_close(s);
}

/* A person's summary (their page's row), read on the store's own connection. */
static long person_events(attache_store *s, const char *name) {
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(s->db,
                                      "SELECT ps.events FROM people pe JOIN person_summary ps ON ps.person_id = pe.id"
                                      " WHERE pe.name = ?1",
                                      -1, &st, NULL),
                   SQLITE_OK);
  sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
  long n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1; /* -1: no summary */
  sqlite3_finalize(st);
  return n;
}

/* In a run of batches, people are summarized every few seconds and at the
 * end, not at each commit: one already summarized waits (their counts lag),
 * one new in a batch is summarized with it (their page is found at once). */
static void test_batches_summarize_people_new_at_once_the_others_at_the_end(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  attache_error err = {0};
  assert_int_equal(attache_store_batch(s, 1, &err), ATTACHE_OK);
  assert_int_equal(try_ingest(s, "one", "Ngày 3/5, Thượng tướng Trần Văn Hiếu đã tiếp Đại sứ Pháp Pierre Dumoulin."),
                   ATTACHE_OK);
  assert_int_equal(attache_store_commit(s, &err), ATTACHE_OK); /* the run's first commit summarizes all */
  assert_int_equal(person_events(s, "Trần Văn Hiếu"), 1);
  assert_int_equal(try_ingest(s, "two", "Ngày 9/6, Thượng tướng Trần Văn Hiếu đã hội đàm với Bộ trưởng Quốc phòng "
                                        "Lào Đại tướng Khăm Phon Sổm Vông."),
                   ATTACHE_OK);
  assert_int_equal(attache_store_commit(s, &err), ATTACHE_OK);
  assert_int_equal(person_events(s, "Khăm Phon Sổm Vông"), 1); /* new: summarized with the batch */
  assert_int_equal(person_events(s, "Trần Văn Hiếu"), 1);      /* waits for the run's end */
  assert_int_equal(attache_store_batch(s, 0, &err), ATTACHE_OK);
  assert_int_equal(person_events(s, "Trần Văn Hiếu"), 2);
  attache_store_close(s);
}

/* How many rows one of two SELECTs gives and the other does not. */
static long rows_apart(attache_store *s, const char *a, const char *b) {
  char sql[4096];
  snprintf(sql, sizeof sql, "SELECT (SELECT count(*) FROM (%s EXCEPT %s)) + (SELECT count(*) FROM (%s EXCEPT %s))", a, b,
           b, a);
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  long n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}

/* A batch writes events' summaries, whom people met, people's summaries
 * and a partner's years and people by statements of its own (cheaper than
 * the schema's, which the triggers run an event or a person at a time): the
 * same rows - an event's states with Vietnam first or without Vietnam, a
 * person told by two reports of the same event, a partner's person in two
 * batches, two people who met at two events, a person's latest rank. */
static void test_batch_summaries_are_the_schemas(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  attache_error err = {0};
  assert_int_equal(attache_store_batch(s, 1, &err), ATTACHE_OK);
  assert_int_equal(try_ingest(s, "a", "Ngày 3/5/2025, Thượng tướng Trần Văn Hiếu đã tiếp Đại sứ Pháp Pierre "
                                      "Dumoulin và Đại sứ Ba Lan Adam Nowicz."),
                   ATTACHE_OK);
  assert_int_equal(try_ingest(s, "b", "Ngày 3/5/2025, Thượng tướng Trần Văn Hiếu đã tiếp Đại sứ Pháp Pierre Dumoulin."),
                   ATTACHE_OK);
  assert_int_equal(try_ingest(s, "c", "Hội nghị An ninh quốc tế Moscow lần thứ 12 đã khai mạc ngày 14/8/2024 tại "
                                      "thủ đô của Nga."),
                   ATTACHE_OK);
  assert_int_equal(attache_store_batch(s, 0, &err), ATTACHE_OK);
  /* what the test is about: a person told twice in one event, an event without Vietnam */
  assert_int_equal(rows_apart(s, "SELECT 1", "SELECT count(*) FROM participants GROUP BY event_id, person_id"), 1);
  assert_int_equal(rows_apart(s, "SELECT 'RU'", "SELECT countries FROM event_summary WHERE countries = 'RU'"), 0);
  assert_int_equal(rows_apart(s, "SELECT * FROM event_summary", AT_SUMMARY_OF_EVENTS "1 = 1"), 0);
  assert_int_equal(rows_apart(s, "SELECT " AT_PERSON_MET_COLUMNS " FROM person_met",
                              AT_PERSON_MET_OF_PEOPLE "1 = 1" AT_PERSON_MET_END),
                   0);
  /* a partner's years and people, counted by the batch's own passes: as the
   * schema counts them, and a second batch adds to the rows of the first */
  assert_int_equal(attache_store_batch(s, 1, &err), ATTACHE_OK);
  assert_int_equal(try_ingest(s, "d", "Ngày 12/6/2025, Thiếu tướng Vũ Hải Sản đã tiếp Đại sứ Pháp Pierre Dumoulin."),
                   ATTACHE_OK);
  assert_int_equal(try_ingest(s, "e", "Ngày 9/6/2025, Thượng tướng Trần Văn Hiếu đã hội đàm với Bộ trưởng Quốc phòng "
                                      "Lào Đại tướng Khăm Phon Sổm Vông."),
                   ATTACHE_OK);
  assert_int_equal(try_ingest(s, "f", "Ngày 15/9/2025, Thượng tướng Trần Văn Hiếu đã hội đàm với Bộ trưởng Quốc phòng "
                                      "Lào Đại tướng Khăm Phon Sổm Vông."),
                   ATTACHE_OK);
  /* a person's latest rank and office, by their events' dates (undated
   * last): the same person at an earlier event and at an undated one with
   * other ranks */
  assert_int_equal(try_ingest(s, "g", "Ngày 2/1/2025, Trung tướng Trần Văn Hiếu, Thứ trưởng Bộ Quốc phòng, đã tiếp "
                                      "Đại sứ Ba Lan Adam Nowicz."),
                   ATTACHE_OK);
  assert_int_equal(try_ingest(s, "h", "Đại tướng Trần Văn Hiếu, Chủ nhiệm Tổng cục Chính trị, đã hội đàm với Bộ "
                                      "trưởng Quốc phòng Lào Đại tướng Khăm Phon Sổm Vông."),
                   ATTACHE_OK);
  assert_int_equal(attache_store_commit(s, &err), ATTACHE_OK);
  /* people new in the batch summarized with it, as the schema summarizes them */
  assert_int_equal(rows_apart(s, "SELECT ps.* FROM person_summary ps JOIN people pe ON pe.id = ps.person_id"
                                 " WHERE pe.name = 'Khăm Phon Sổm Vông'",
                              AT_PERSON_SUMMARY_OF_PEOPLE("DESC") "pe.name = 'Khăm Phon Sổm Vông' GROUP BY pe.id"),
                   0);
  assert_int_equal(attache_store_batch(s, 0, &err), ATTACHE_OK);
  assert_int_equal(rows_apart(s, "SELECT 'Thượng tướng'",
                              "SELECT ps.rank FROM person_summary ps JOIN people pe ON pe.id = ps.person_id"
                              " WHERE pe.name = 'Trần Văn Hiếu'"),
                   0);
  assert_int_equal(
      rows_apart(s, "SELECT * FROM person_summary", AT_PERSON_SUMMARY_OF_PEOPLE("DESC") "1 = 1 GROUP BY pe.id"), 0);
  assert_int_equal(rows_apart(s, "SELECT 1", "SELECT 1 FROM partner_people WHERE events = 2"), 0);
  /* whom people met, counted by the batch in C: two people met at two
   * events (one told twice), those new in the second batch and the others */
  assert_int_equal(rows_apart(s, "SELECT 2", "SELECT events FROM person_met WHERE events = 2"), 0);
  assert_int_equal(rows_apart(s, "SELECT " AT_PERSON_MET_COLUMNS " FROM person_met",
                              AT_PERSON_MET_OF_PEOPLE "1 = 1" AT_PERSON_MET_END),
                   0);
  assert_int_equal(rows_apart(s, "SELECT * FROM partner_years",
                              "SELECT country, coalesce(substr(placed, 1, 4), ''), type, count(*)"
                              " FROM event_partner_order GROUP BY 1, 2, 3"),
                   0);
  assert_int_equal(rows_apart(s, "SELECT country, person_id, events, rank, position FROM partner_people",
                              "SELECT country, person_id, count(*), "
                              AT_PARTNER_PERSON_MAX("rank", "x.person_id", "x.country") ", "
                              AT_PARTNER_PERSON_MAX("position", "x.person_id", "x.country")
                              " FROM partner_person_events x GROUP BY 1, 2"),
                   0);
  assert_int_equal(rows_apart(s, "SELECT * FROM event_summary", AT_SUMMARY_OF_EVENTS "1 = 1"), 0);
  attache_store_close(s);
}

/* The plan SQLite chooses for the statements of `q` (query.c writes them to s->plans). */
static char *plan_of(attache_store *s, attache_query q) {
  s->plans = tmpfile();
  assert_non_null(s->plans);
  attache_result_free(ask(s, q));
  long size = ftell(s->plans);
  char *text = calloc(1, (size_t)size + 1);
  assert_non_null(text);
  rewind(s->plans);
  assert_int_equal(fread(text, 1, (size_t)size, s->plans), (size_t)size);
  fclose(s->plans);
  s->plans = NULL;
  return text;
}

/* Does `plan` read `step` after `before` (and not before it)? */
static bool reads_after(const char *plan, const char *step, const char *before) {
  const char *b = strstr(plan, before), *st = strstr(plan, step);
  return b && st && st > b;
}

/* A page of one row (freed here) is row `row` of the whole list `all`. */
static void assert_page_is_row(attache_result *page, const attache_result *all, size_t row) {
  assert_int_equal(attache_result_rows(page, 0), 1);
  for (size_t c = 0; c < attache_result_columns(page, 0); c++) {
    const char *want = attache_result_cell(all, 0, row, c), *got = attache_result_cell(page, 0, 0, c);
    if (want || got) assert_string_equal(got, want);
  }
  attache_result_free(page);
}

/* An events list's first page is read straight off its index, each event's
 * columns joined as it comes (no sort); a page after an offset skips ids on
 * the index and joins the columns of the page's rows only (the skipped rows
 * read whole made 10,000 of them cost 10 ms, not 0.3): its event_summary
 * (sm) is read after the page is chosen. Whatever the filters. A
 * partner's first page unfiltered is a range of partner_events, and the
 * same rows as the pages read the other way. */
static void test_events_pages_read_whole_rows_only_for_the_page(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  for (int day = 3; day <= 5; day++) {
    char id[8], text[128];
    snprintf(id, sizeof id, "d%d", day);
    snprintf(text, sizeof text, "Sáng %d/11, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đại sứ Pháp Nicolas Warnery.", day);
    ingest(s, id, text, "2019-11-09");
  }
  const attache_query lists[] = {
      {.kind = ATTACHE_QUERY_EVENTS, .limit = 1},
      {.kind = ATTACHE_QUERY_EVENTS, .limit = 1, .partner = "FR"},
      {.kind = ATTACHE_QUERY_EVENTS, .limit = 1, .area = "peacekeeping"},
      {.kind = ATTACHE_QUERY_EVENTS, .limit = 1, .partner = "FR", .area = "peacekeeping"},
      {.kind = ATTACHE_QUERY_EVENTS, .limit = 1, .type = "reception"},
  };
  for (size_t i = 0; i < sizeof lists / sizeof *lists; i++) {
    attache_query first = lists[i], skipping = lists[i];
    skipping.offset = 1;
    char *plan = plan_of(s, first);
    /* a partner's unfiltered first page: one range of partner_events, which
     * holds each row's columns (schema step 18 -> 19) */
    if (i == 1) assert_non_null(strstr(plan, "SEARCH p USING PRIMARY KEY"));
    else assert_non_null(strstr(plan, "SEARCH sm"));
    assert_null(strstr(plan, "TEMP B-TREE"));
    free(plan);
    plan = plan_of(s, skipping);
    if (!reads_after(plan, "SEARCH sm", "SCAN page")) fail_msg("list %zu, offset 1: summaries read as rows are skipped:\n%s", i, plan);
    free(plan);
  }
  /* the same rows either way */
  attache_result *all = ask(s, (attache_query){.kind = ATTACHE_QUERY_EVENTS, .partner = "FR"});
  assert_int_equal(attache_result_rows(all, 0), 3);
  for (long offset = 0; offset < 3; offset++) {
    attache_result *r = ask(s, (attache_query){.kind = ATTACHE_QUERY_EVENTS, .partner = "FR", .limit = 1, .offset = offset});
    assert_page_is_row(r, all, (size_t)offset);
  }
  attache_result_free(all);
  attache_store_close(s);
}

/* A person's first page of events is one range of person_events (schema
 * step 21 -> 22), which holds each row's columns in the page's order
 * (undated last); the later pages read the events themselves: the same
 * rows either way, and an event's changed date moves it in both. */
static void test_person_first_page_is_a_range_of_person_events(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  ingest(s, "p1", "Ngày 12/4, Trung tướng Lê Minh Đạo đã tiếp Tùy viên Quốc phòng Ấn Độ Rajiv Menon.", "2022-04-13");
  ingest(s, "p2", "Ngày 2/3, Trung tướng Lê Minh Đạo đã hội đàm với Phó Tổng Tham mưu trưởng Thái Lan.", "2022-03-03");
  ingest(s, "p3", "Trung tướng Lê Minh Đạo đã tiếp Đại sứ Nhật Bản Kenji Sato tại Hà Nội.", NULL);
  long long id = 0;
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(s->db, "SELECT id FROM people WHERE name = 'Lê Minh Đạo'", -1, &st, NULL),
                   SQLITE_OK);
  if (sqlite3_step(st) == SQLITE_ROW) id = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  assert_true(id > 0);
  char arg[24];
  snprintf(arg, sizeof arg, "%lld", id);
  attache_query first = {.kind = ATTACHE_QUERY_PERSON_ID, .arg = arg, .list = "events", .limit = 1};
  char *plan = plan_of(s, first);
  assert_non_null(strstr(plan, "SEARCH p USING PRIMARY KEY"));
  assert_null(strstr(plan, "TEMP B-TREE"));
  free(plan);
  for (int edited = 0; edited < 2; edited++) {
    attache_result *all = ask(s, (attache_query){.kind = ATTACHE_QUERY_PERSON_ID, .arg = arg, .list = "events"});
    size_t n = attache_result_rows(all, 0);
    assert_true(n >= 2);
    for (long offset = 0; offset < (long)n; offset++) {
      attache_query q = first;
      q.offset = offset;
      attache_result *r = ask(s, q);
      assert_page_is_row(r, all, (size_t)offset);
    }
    attache_result_free(all);
    /* an analyst's date on the first event: kept in person_events at once */
    assert_int_equal(sqlite3_exec(s->db, "UPDATE events SET date = '2023-01-05' WHERE id = (SELECT min(id) FROM events)",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
  }
  attache_store_close(s);
}

/* A partner's frameworks are read on relations_partner, which holds each
 * relation's evidence sentence (schema step 22 -> 23): no sentence is
 * looked up. A relation written outside an ingest (an analyst's, or put
 * back) gets its evidence from its sentence, and keeps it with it. */
static void test_frameworks_read_their_evidence_on_the_index(void **state) {
  (void)state;
  attache_store *s = fresh_store();
  ingest(s, "f1", "Ngày 5/9, Thượng tướng Hoàng Xuân Chiến đã tiếp Đại sứ Hàn Quốc tại Hà Nội.", "2023-09-06");
  assert_int_equal(sqlite3_exec(s->db,
                                "INSERT INTO relations(source_id, sentence_id, country_a, country_b, framework, as_of)"
                                " SELECT source_id, id, 'VN', 'KR', 'comprehensive_strategic_partnership', '2023-09-06'"
                                " FROM sentences ORDER BY id LIMIT 1",
                                NULL, NULL, NULL),
                   SQLITE_OK);
  attache_query profile = {.kind = ATTACHE_QUERY_PARTNER, .arg = "KR"};
  char *plan = plan_of(s, profile);
  const char *frameworks = strstr(plan, "plan of frameworks");
  assert_non_null(frameworks);
  assert_non_null(strstr(frameworks, "COVERING INDEX relations_partner"));
  const char *next = strstr(frameworks + 1, "plan of");
  const char *sentences = strstr(frameworks, "sentences");
  assert_true(!sentences || (next && sentences > next));
  free(plan);
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_prepare_v2(s->db, "SELECT text FROM sentences ORDER BY id LIMIT 1", -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  char *text = strdup((const char *)sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  attache_result *r = ask(s, profile);
  size_t t = 0;
  while (t < attache_result_tables(r) && strcmp(attache_result_table_name(r, t), "frameworks")) t++;
  assert_true(t < attache_result_tables(r));
  assert_int_equal(attache_result_rows(r, t), 1);
  size_t c = 0;
  while (strcmp(attache_result_column(r, t, c), "evidence")) c++;
  assert_string_equal(attache_result_cell(r, t, 0, c), text);
  attache_result_free(r);
  /* what is written into it by hand is its sentence's again */
  assert_int_equal(sqlite3_exec(s->db, "UPDATE relations SET evidence = 'x'", NULL, NULL, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(s->db, "SELECT evidence FROM relations", -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  assert_string_equal((const char *)sqlite3_column_text(st, 0), text);
  sqlite3_finalize(st);
  free(text);
  attache_store_close(s);
}

static int teardown_store_and_lexicon(void **state) {
  remove_store_files();
  return test_teardown_lexicon(state);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_one_happening_told_by_two_outlets),
      cmocka_unit_test(test_one_person_across_articles),
      cmocka_unit_test(test_changed_document_replaces_its_records),
      cmocka_unit_test(test_untrusted_text_is_data),
      cmocka_unit_test(test_two_handles_take_turns),
      cmocka_unit_test(test_database_failure_has_its_own_status),
      cmocka_unit_test(test_batch_commits_together_and_fails_alone),
      cmocka_unit_test(test_batches_summarize_people_new_at_once_the_others_at_the_end),
      cmocka_unit_test(test_events_pages_read_whole_rows_only_for_the_page),
      cmocka_unit_test(test_person_first_page_is_a_range_of_person_events),
      cmocka_unit_test(test_frameworks_read_their_evidence_on_the_index),
      cmocka_unit_test(test_batch_summaries_are_the_schemas),
  };
  return cmocka_run_group_tests(tests, NULL, teardown_store_and_lexicon);
}
