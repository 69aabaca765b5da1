/* SPDX-License-Identifier: MIT */
/*
 * review.c - what an analyst should look at first (`attache review`):
 *
 *   records      the records not yet reviewed - no analyst's change
 *                (corrections.c) names them - by rising confidence
 *                (confidence.c), each with its id as `attache edit` takes it,
 *                its source, sentence and evidence;
 *   duplicate_events  events of one partner and type at most MAX_DAYS_APART
 *                days apart that share a person or a place (the store merges
 *                only reports of the same day);
 *   duplicate_people  people whose names differ by a short form ("Ash
 *                Carter", "Ashton Carter"), a middle name or initial, or a
 *                spelling (a hyphen, a letter or two); tone marks and case
 *                are already one person (the store's name key folds them);
 *                a pair an analyst said is not one (`attache distinct`) is
 *                left out of both lists.
 *
 * A record is reviewed once a change in effect names it - an accept
 * (`attache accept`), an edit: corrections.c writes the id each change
 * resolved to (`resolved`: "12", or "12:5" for person 5 in event 12) beside
 * its kind. A rejected record is gone from the record tables already. (A
 * distinct resolves to two ids, "12 40": it reviews the pair, not either
 * record.)
 */
#include "pipeline.h"
#include "store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DAYS_APART = 3, MAX_WORDS = 16 };

/* The SQL here runs on SQLite and on PostgreSQL (store_db.c). Where the two
 * differ, in date arithmetic only, it is written once with the dialect's
 * date functions as parameters (DUPLICATE_EVENTS). A figure's value is
 * written as results show numbers (110, not SQLite's 110.0), the same on
 * both. A record's number (num) sorts ids as numbers ("12:5" by 12). */
#define VALUE_TEXT(v)                                                                                            \
  "CASE WHEN abs(" v ") >= 1e15 THEN CAST(" v " AS TEXT) WHEN " v " = CAST(" v " AS BIGINT)"                      \
  " THEN CAST(CAST(" v " AS BIGINT) AS TEXT) ELSE CAST(" v " AS TEXT) END"
static const char *const RECORDS_SQL =
    "WITH queue(kind, id, num, confidence, what, source, sentence, evidence) AS ("
    " SELECT 'event', CAST(e.id AS TEXT), e.id, es.confidence,"
    "  e.type || ' ' || coalesce(e.date, '') || ' ' || coalesce((SELECT group_concat(country, ' ') FROM"
    "   (SELECT country FROM event_countries WHERE event_id = e.id ORDER BY country <> 'VN', country) AS c), ''),"
    "  es.source_id, s.idx, s.text"
    " FROM event_sources es JOIN events e ON e.id = es.event_id LEFT JOIN sentences s ON s.id = es.sentence_id"
    " UNION ALL SELECT 'participant', p.event_id || ':' || p.person_id, p.event_id, p.confidence,"
    "  pe.name || ' in ' || e.type || ' ' || coalesce(e.date, ''), p.source_id, s.idx, s.text"
    " FROM participants p JOIN people pe ON pe.id = p.person_id JOIN events e ON e.id = p.event_id"
    " LEFT JOIN event_sources es ON es.event_id = p.event_id AND es.source_id = p.source_id"
    " LEFT JOIN sentences s ON s.id = es.sentence_id"
    " UNION ALL SELECT 'agreement', CAST(a.id AS TEXT), a.id, a.confidence, a.kind || ' ' || a.title, a.source_id,"
    "  s.idx, s.text FROM agreements a LEFT JOIN sentences s ON s.id = a.sentence_id"
    " UNION ALL SELECT 'figure', CAST(f.id AS TEXT), f.id, f.confidence,"
    "  f.metric || ' ' || f.qualifier || ' ' || " VALUE_TEXT("f.value") ","
    "  f.source_id, s.idx, s.text FROM figures f LEFT JOIN sentences s ON s.id = f.sentence_id"
    " UNION ALL SELECT 'relation', CAST(r.id AS TEXT), r.id, r.confidence,"
    "  r.framework || ' ' || r.country_a || ' ' || r.country_b,"
    "  r.source_id, s.idx, s.text FROM relations r LEFT JOIN sentences s ON s.id = r.sentence_id)"
    " SELECT kind, id, confidence, what, source, sentence, evidence FROM queue"
    " WHERE NOT EXISTS (SELECT 1 FROM corrections c WHERE c.kind = queue.kind AND c.resolved = queue.id"
    "  AND c.undone = 0)"
    /* stored before records had a confidence: last, not first */
    " ORDER BY confidence IS NULL, confidence, kind, num, id, source";

/* A date with an unknown year ("XXXX-10-21") is compared within one year.
 * SHIFT(d, n): the day n days from the day d (YYYY-MM-DD); DAYS(a, b): the
 * days from one to the other - in each dialect. */
#define FULL_DATE(d) "CASE WHEN " d " LIKE 'X%' THEN '2000' || substr(" d ", 5) ELSE " d " END"
#define SQLITE_SHIFT(d, n) "date(" d ", '" n " days')"
#define SQLITE_DAYS(a, b) "CAST(abs(julianday(" a ") - julianday(" b ")) AS INTEGER)"
#define PG_SHIFT(d, n) "to_char(CAST(" d " AS date) + (" n "), 'YYYY-MM-DD')"
#define PG_DAYS(a, b) "abs(CAST(" a " AS date) - CAST(" b " AS date))"
#define SHIFTED(SHIFT, d, days) \
  "CASE WHEN " d " LIKE 'X%' THEN 'XXXX' || substr(" SHIFT(FULL_DATE(d), days) ", 5)" \
  " ELSE " SHIFT(d, days) " END"

/* Unless an analyst said the records `a` and `b` of `kind` are not one
 * (`attache distinct`: a change in effect resolved to both ids, "12 40",
 * corrections.c). */
#define NOT_DISTINCT(kind, a, b)                                                                                  \
  "NOT EXISTS (SELECT 1 FROM corrections c WHERE c.op = 'distinct' AND c.kind = '" kind "' AND c.undone = 0"      \
  " AND c.resolved IN (CAST(" a " AS TEXT) || ' ' || CAST(" b " AS TEXT), CAST(" b " AS TEXT) || ' ' || CAST(" a  \
  " AS TEXT)))"

/* Pairs of events of one type and partner (the first partner by code when
 * they share several) whose days are close, with what they have in common. */
#define DUPLICATE_EVENTS(SHIFT, DAYS)                                                                             \
  "WITH dated AS (SELECT id, type, date, place FROM events WHERE length(date) = 10),"                             \
  " near AS (SELECT a.id AS event, b.id AS other, a.type AS type, min(ec.country) AS partner, a.date AS date,"    \
  "  b.date AS other_date, a.place AS place, b.place AS other_place"                                              \
  "  FROM dated a JOIN dated b ON b.type = a.type AND b.id <> a.id"                                                \
  "  AND b.date BETWEEN " SHIFTED(SHIFT, "a.date", "-3") " AND " SHIFTED(SHIFT, "a.date", "+3")                    \
  "  AND (b.date > a.date OR (b.date = a.date AND b.id > a.id))"                                                    \
  "  JOIN event_countries ec ON ec.event_id = a.id AND ec.country <> 'VN'"                                          \
  "  JOIN event_countries ec2 ON ec2.event_id = b.id AND ec2.country = ec.country"                                  \
  "  GROUP BY a.id, b.id, a.type, a.date, b.date, a.place, b.place),"                                               \
  " told AS (SELECT near.*, " DAYS(FULL_DATE("date"), FULL_DATE("other_date")) " AS days,"                        \
  "  coalesce((SELECT group_concat(name, '; ') FROM (SELECT DISTINCT pe.name FROM participants p1"                 \
  "   JOIN participants p2 ON p2.person_id = p1.person_id AND p2.event_id = near.other"                            \
  "   JOIN people pe ON pe.id = p1.person_id WHERE p1.event_id = near.event ORDER BY pe.name) AS n),"               \
  "   CASE WHEN place = other_place THEN place END) AS in_common FROM near)"                                       \
  " SELECT event, other, type, partner, date, other_date, days, in_common FROM told"                               \
  " WHERE in_common IS NOT NULL AND " NOT_DISTINCT("event", "told.event", "told.other") " ORDER BY days, date, event, other"
static const char DUPLICATE_EVENTS_SQLITE[] = DUPLICATE_EVENTS(SQLITE_SHIFT, SQLITE_DAYS);
static const char DUPLICATE_EVENTS_PG[] = DUPLICATE_EVENTS(PG_SHIFT, PG_DAYS);
_Static_assert(MAX_DAYS_APART == 3, "DUPLICATE_EVENTS's window is three days");

/* Pairs of people who share a word of their name (a family name, a given
 * name) of three letters or more, their countries not in conflict, with
 * their name keys: name_variant (below) keeps those that are variants of
 * each other. (The empty word is cut from the name key so that PostgreSQL
 * gives it the key's collation, as its recursive queries want.) */
static const char *const DUPLICATE_PEOPLE_SQL =
    "WITH RECURSIVE split(id, word, rest) AS ("
    "  SELECT id, substr(name_key, 1, 0), name_key || ' ' FROM people"
    "  UNION ALL SELECT id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) FROM split"
    "  WHERE rest <> ''),"
    " words AS (SELECT DISTINCT id, word FROM split WHERE length(word) >= 3),"
    " pairs AS (SELECT DISTINCT a.id AS a, b.id AS b FROM words a JOIN words b ON b.word = a.word AND b.id > a.id)"
    " SELECT pa.id AS person, pa.name AS name, pa.country AS country, pb.id AS other, pb.name AS other_name,"
    "  pb.country AS other_country, pa.name_key AS name_key, pb.name_key AS other_key"
    " FROM pairs JOIN people pa ON pa.id = pairs.a JOIN people pb ON pb.id = pairs.b"
    " WHERE (pa.country IS NULL OR pb.country IS NULL OR pa.country = pb.country)"
    " AND " NOT_DISTINCT("person", "pa.id", "pb.id")
    " ORDER BY pa.name, pb.name, pa.id, pb.id";

/* ---- names ------------------------------------------------------------------ */

typedef struct name_words {
  char buf[256];
  const char *w[MAX_WORDS];
  size_t n;
} name_words;

/* A name key's words with hyphens and dots dropped ("ra - kop" -> "ra kop",
 * "j." -> "j"). */
static void split_name(const char *key, name_words *out) {
  size_t o = 0;
  for (const char *p = key; *p && o + 1 < sizeof out->buf; p++)
    if (*p != '-' && *p != '.') out->buf[o++] = *p;
  out->buf[o] = '\0';
  out->n = 0;
  char *rest = NULL;
  for (char *t = strtok_r(out->buf, " ", &rest); t && out->n < MAX_WORDS; t = strtok_r(NULL, " ", &rest))
    out->w[out->n++] = t;
}

static void joined(const name_words *n, char *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i < n->n; i++)
    for (const char *p = n->w[i]; *p && o + 1 < cap; p++) out[o++] = *p;
  out[o] = '\0';
}

static size_t edit_distance(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  if (na > 255 || nb > 255) return (size_t)-1;
  size_t row[256];
  for (size_t j = 0; j <= nb; j++) row[j] = j;
  for (size_t i = 1; i <= na; i++) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= nb; j++) {
      size_t up = row[j];
      size_t best = diag + (a[i - 1] != b[j - 1]);
      if (row[j] + 1 < best) best = row[j] + 1;
      if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
      row[j] = best;
      diag = up;
    }
  }
  return row[nb];
}

/* A word shortened ("ash" of "ashton", "j" of "james"): by two letters at
 * least, as one letter more makes another Vietnamese name ("an", "anh"). */
static bool is_prefix(const char *shorter, const char *longer) {
  size_t n = strlen(shorter);
  return n + 2 <= strlen(longer) && !strncmp(shorter, longer, n);
}

/* Is every word of `a` a word of `b` or the start of one (is_prefix),
 * each used once, with one word in common at
 * least, and `b` longer or with a short form? */
static bool short_form(const name_words *a, const name_words *b) {
  if (a->n < 2 || a->n > b->n) return false;
  bool used[MAX_WORDS] = {false};
  size_t same = 0, shortened = 0;
  for (size_t i = 0; i < a->n; i++) {
    size_t found = b->n;
    for (size_t j = 0; j < b->n && found == b->n; j++)
      if (!used[j] && !strcmp(a->w[i], b->w[j])) found = j;
    if (found < b->n) {
      same++;
    } else {
      for (size_t j = 0; j < b->n && found == b->n; j++)
        if (!used[j] && is_prefix(a->w[i], b->w[j])) found = j;
      if (found == b->n) return false;
      shortened++;
    }
    used[found] = true;
  }
  return same >= 1 && (shortened > 0 || a->n < b->n);
}

/* Why two name keys may be one person's ("short form", "spelling"), or
 * NULL. */
static const char *name_variant(const char *x, const char *y) {
  name_words a, b;
  split_name(x, &a);
  split_name(y, &b);
  char ja[256], jb[256];
  joined(&a, ja, sizeof ja);
  joined(&b, jb, sizeof jb);
  if (!strcmp(ja, jb)) return "spelling"; /* "Ra-kốp", "Rakốp" */
  if (short_form(&a, &b) || short_form(&b, &a)) return "short form";
  /* One word spelled another way ("shoigu", "shoygu"): a long word, as a
   * letter changes a short Vietnamese syllable into another name ("an",
   * "anh"). */
  if (a.n != b.n) return NULL;
  size_t differ = 0, at = 0;
  for (size_t i = 0; i < a.n; i++)
    if (strcmp(a.w[i], b.w[i])) differ++, at = i;
  if (differ != 1) return NULL;
  size_t len = strlen(a.w[at]) < strlen(b.w[at]) ? strlen(a.w[at]) : strlen(b.w[at]);
  size_t allowed = len >= 8 ? 2 : len >= 5 ? 1 : 0;
  return allowed && edit_distance(a.w[at], b.w[at]) <= allowed ? "spelling" : NULL;
}

/* The likely duplicate people: DUPLICATE_PEOPLE_SQL's pairs whose names
 * name_variant finds variants of each other, with why; `limit` (0: all)
 * from `offset`. */
static attache_status duplicate_people(attache_store *s, attache_result *r, long limit, long offset,
                                       attache_error *err) {
  static const char *const COLS[] = {"person", "name", "country", "other", "other_name", "other_country", "why"};
  enum { NCOLS = sizeof COLS / sizeof *COLS, NREAD = NCOLS + 1 }; /* read: the six, and the two keys */
  at_stmt *st = at_stmt_prepare(s, DUPLICATE_PEOPLE_SQL);
  if (!st) return at_error_set(err, ATTACHE_ERR_IO, "query failed: %s", at_store_errmsg(s));
  size_t t = at_result_table_new(r, "duplicate_people", COLS, NCOLS);
  const char *cells[NREAD];
  bool numeric[NREAD];
  char numbers[NREAD][32];
  long found = 0;
  int rc;
  while ((rc = at_step(st)) == AT_ROW && (limit <= 0 || found < offset + limit)) {
    at_row_read(st, NREAD, cells, numeric, numbers);
    const char *why = cells[6] && cells[7] ? name_variant(cells[6], cells[7]) : NULL;
    if (!why || found++ < offset) continue;
    cells[6] = why;
    numeric[6] = false;
    at_result_row_add(r, t, cells, numeric);
  }
  attache_status status = rc == AT_DONE || rc == AT_ROW
                              ? ATTACHE_OK
                              : at_error_set(err, ATTACHE_ERR_IO, "query failed: %s", at_store_errmsg(s));
  at_stmt_finalize(st);
  return status;
}

attache_status at_query_review(attache_store *s, attache_result *r, const attache_query *q, attache_error *err) {
  /* --limit (and the API's cursor) page each of the three lists alike. */
  long offset = q->offset > 0 ? q->offset : 0;
  char limit[64] = "";
  if (q->limit > 0) snprintf(limit, sizeof limit, " LIMIT %ld OFFSET %ld", q->limit, offset);
  const struct {
    const char *name, *sql;
  } tables[] = {{"records", RECORDS_SQL}, {"duplicate_events", s->pg ? DUPLICATE_EVENTS_PG : DUPLICATE_EVENTS_SQLITE}};
  for (size_t t = 0; t < sizeof tables / sizeof *tables; t++) {
    size_t n = strlen(tables[t].sql) + sizeof limit;
    char *sql = malloc(n);
    if (!sql) at_oom();
    snprintf(sql, n, "%s%s", tables[t].sql, limit);
    attache_status st = at_query_table(s, r, tables[t].name, sql, err);
    free(sql);
    if (st != ATTACHE_OK) return st;
  }
  return duplicate_people(s, r, q->limit, offset, err);
}
