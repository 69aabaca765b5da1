/* SPDX-License-Identifier: MIT */
/*
 * bench_queries.c - query latency on a knowledge base: runs each analyst
 * question many times and prints the median and 95th percentile in
 * milliseconds, and the query plans of the events lists, a partner's profile
 * and a person's lists, so an index that is not used shows. A benchmark,
 * not a test: it asserts nothing.
 *
 *   bench_queries DB [REPEATS [ONLY]]   (REPEATS 0: the plans only; ONLY: the
 *                                        questions whose name holds it, for a profile)
 */
#include <attache/store.h>

#include "store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* CPU time of this thread: on a machine shared with other work, wall time
 * measures the wait for a core as much as the query. */
static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void plan(attache_store *s, const char *sql) {
  sqlite3_stmt *st;
  char explain[4096];
  snprintf(explain, sizeof explain, "EXPLAIN QUERY PLAN %s", sql);
  if (sqlite3_prepare_v2(s->db, explain, -1, &st, NULL) != SQLITE_OK) return;
  while (sqlite3_step(st) == SQLITE_ROW) printf("    %s\n", (const char *)sqlite3_column_text(st, 3));
  sqlite3_finalize(st);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: bench_queries DB [REPEATS]\n");
    return 2;
  }
  int repeats = argc > 2 ? atoi(argv[2]) : 50;
  attache_store *s = NULL;
  attache_error err = {0};
  if (attache_store_open(argv[1], ATTACHE_STORE_READONLY, &s, &err)) {
    fprintf(stderr, "%s: %s\n", argv[1], err.message);
    return 1;
  }
  const struct {
    const char *name;
    attache_query q;
  } cases[] = {
      {"events --partner FR --since 2020 --limit 100",
       {.kind = ATTACHE_QUERY_EVENTS, .partner = "FR", .since = "2020", .limit = 100}},
      {"events --type talks --until 2005 --limit 100",
       {.kind = ATTACHE_QUERY_EVENTS, .type = "talks", .until = "2005", .limit = 100}},
      {"events --mechanism ADMM-PLUS --limit 100", {.kind = ATTACHE_QUERY_EVENTS, .mechanism = "ADMM-PLUS", .limit = 100}},
      {"events --area peacekeeping --partner JP --limit 100",
       {.kind = ATTACHE_QUERY_EVENTS, .area = "peacekeeping", .partner = "JP", .limit = 100}},
      {"person 'Person 77'", {.kind = ATTACHE_QUERY_PERSON, .arg = "Person 77"}},
      {"figures --metric defense_partners", {.kind = ATTACHE_QUERY_FIGURES, .metric = "defense_partners"}},
      {"search 'doan so 4242'", {.kind = ATTACHE_QUERY_SEARCH, .arg = "đoàn số 4242"}},
      {"partner FR", {.kind = ATTACHE_QUERY_PARTNER, .arg = "FR", .limit = 100}},
      /* what the server's benchmark asks (bench/serve_bench.sh) */
      {"api events partner=FR since=2020 limit=50",
       {.kind = ATTACHE_QUERY_EVENTS, .partner = "FR", .since = "2020", .limit = 50}},
      {"api events type=talks limit=50", {.kind = ATTACHE_QUERY_EVENTS, .type = "talks", .limit = 50}},
      {"api events limit=50 cursor=5000", {.kind = ATTACHE_QUERY_EVENTS, .limit = 50, .offset = 5000}},
      {"api partners/JP", {.kind = ATTACHE_QUERY_PARTNER, .arg = "JP", .limit = 50}},
      {"api people/100077", {.kind = ATTACHE_QUERY_PERSON_ID, .arg = "100077", .limit = 50}},
      {"api figures metric=defense_partners limit=100",
       {.kind = ATTACHE_QUERY_FIGURES, .metric = "defense_partners", .limit = 100}},
      {"api events/2000042", {.kind = ATTACHE_QUERY_EVENT, .arg = "2000042"}},
      {"api search q=doan so 4242", {.kind = ATTACHE_QUERY_SEARCH, .arg = "doan so 4242", .limit = 50}},
  };
  if (repeats > 0) printf("%-52s %14s %14s %8s\n", "query", "median CPU ms", "p95 CPU ms", "rows");
  double *t = calloc((size_t)repeats + 1, sizeof *t);
  for (size_t c = 0; repeats > 0 && c < sizeof cases / sizeof *cases; c++) {
    if (argc > 3 && !strstr(cases[c].name, argv[3])) continue;
    size_t rows = 0;
    for (int i = 0; i < repeats; i++) {
      attache_result *r = NULL;
      double a = now_ms();
      if (attache_store_query(s, &cases[c].q, &r, &err)) {
        fprintf(stderr, "%s: %s\n", cases[c].name, err.message);
        return 1;
      }
      attache_result_json(r);
      t[i] = now_ms() - a;
      rows = attache_result_rows(r, 0);
      attache_result_free(r);
    }
    qsort(t, (size_t)repeats, sizeof *t, compare_doubles);
    printf("%-52s %14.2f %14.2f %8zu\n", cases[c].name, t[repeats / 2], t[(repeats * 95) / 100], rows);
  }
  free(t);
  /* The pages of events lists, as query.c chooses them. */
  printf("plan of events --partner FR --since 2020:\n");
  plan(s, "SELECT o.event_id AS id, o.placed AS placed FROM event_partner_order o JOIN events e ON e.id = o.event_id"
          " WHERE 1 = 1 AND o.country = 'FR' AND o.placed >= '2020' ORDER BY o.placed NULLS LAST, o.event_id LIMIT 50");
  printf("plan of events --type talks:\n");
  plan(s, "SELECT e.id AS id, e.placed AS placed FROM events e WHERE 1 = 1 AND e.type = 'talks'"
          " ORDER BY e.placed NULLS LAST, e.id LIMIT 50");
  printf("plan of events after an event (keyset paging), its first part:\n");
  plan(s, "SELECT e.id AS id, e.placed AS placed FROM events e WHERE 1 = 1 AND (e.placed, e.id) >"
          " ((SELECT placed FROM events WHERE id = 2000042), 2000042) ORDER BY e.placed, e.id LIMIT 50");
  printf("plan of events --mechanism ADMM-PLUS:\n");
  plan(s, "SELECT e.id AS id, e.placed AS placed FROM events e WHERE 1 = 1 AND e.mechanism = 'ADMM-PLUS'"
          " ORDER BY e.placed NULLS LAST, e.id LIMIT 50");
  /* A partner's profile on its summaries (schema step 6 -> 7), and a person's lists. */
  printf("plan of a partner's totals (partners/JP):\n");
  plan(s, "SELECT (SELECT count(*) FROM event_partner_order WHERE country = 'JP') AS events,"
          " (SELECT count(*) FROM partner_people WHERE country = 'JP') AS people,"
          " (SELECT count(*) FROM partner_figures WHERE country = 'JP') AS figures");
  printf("plan of a partner's events by year:\n");
  plan(s, "SELECT nullif(year, '') AS year, type, events AS count FROM partner_years WHERE country = 'JP'"
          " ORDER BY year = '', year, type");
  printf("plan of a partner's people, a page:\n");
  plan(s, "WITH page AS (SELECT pe.id AS id, pe.name AS name, pe.country AS country, pp.events AS events"
          " FROM partner_people pp JOIN people pe ON pe.id = pp.person_id WHERE pp.country = 'JP'"
          " ORDER BY events DESC, pe.name, pe.id LIMIT 50) SELECT page.id, (SELECT max(p.rank)"
          " FROM partner_person_events x JOIN participants p ON p.event_id = x.event_id"
          " AND p.person_id = x.person_id WHERE x.country = 'JP' AND x.person_id = page.id"
          " AND coalesce(p.country, page.country) = 'JP') AS rank FROM page");
  printf("plan of a partner's figures, a page:\n");
  plan(s, "SELECT f.id FROM partner_figures pf JOIN figures f ON f.id = pf.figure_id WHERE pf.country = 'JP'"
          " ORDER BY f.as_of IS NULL, f.as_of, f.id LIMIT 50");
  printf("plan of a partner's timeline, its events:\n");
  plan(s, "SELECT o.placed, o.type, e.id FROM event_partner_order o JOIN events e ON e.id = o.event_id"
          " WHERE o.country = 'JP' AND o.type IN ('visit', 'signing')");
  printf("plan of a person's events after an event (keyset paging):\n");
  plan(s, "SELECT e.id AS id FROM events e WHERE e.id IN (SELECT event_id FROM participants WHERE person_id = 100077)"
          " AND (e.date IS NULL, coalesce(e.date, ''), e.id) > (SELECT date IS NULL, coalesce(date, ''), id"
          " FROM events WHERE id = 2000042) ORDER BY e.date IS NULL, e.date, e.id LIMIT 50");
  printf("plan of the people a person met:\n");
  plan(s, "SELECT pe.id AS id, count(DISTINCT p.event_id) AS events FROM participants p"
          " JOIN people pe ON pe.id = p.person_id WHERE p.event_id IN"
          " (SELECT event_id FROM participants WHERE person_id = 100077) AND p.person_id <> 100077 GROUP BY pe.id"
          " ORDER BY events DESC, pe.name, pe.id LIMIT 50");
  attache_store_close(s);
  return 0;
}
