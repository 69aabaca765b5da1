/* SPDX-License-Identifier: MIT */
/*
 * bench_queries.c - query latency on a knowledge base: runs each analyst
 * question many times and prints the median and 95th percentile in
 * milliseconds, and the query plans of every statement each question runs,
 * so an index that is not used shows. A benchmark, not a test: it asserts
 * nothing.
 *
 *   bench_queries DB [REPEATS [ONLY]]   (REPEATS 0: the plans only; ONLY: the
 *                                        questions whose name holds it, for a profile)
 *   bench_queries DB ROUNDS cold:partners|cold:people|cold:mixed
 *     the pages as first asked after an ingest (bench/serve_bench.sh's cold
 *     rows): every partner's profile, or 400 people's pages, in turn, ROUNDS
 *     times, so that each misses the processor's caches the one before warmed;
 *     mixed: a partner's profile and a person's page by turns (a server's
 *     handle asked both, and so the statements of both)
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

/* The ids `sql` gives, as text, added to ids[*n] on. */
static char (*read_ids(attache_store *s, const char *sql, char (*ids)[24], size_t *n))[24] {
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
    fprintf(stderr, "%s\n", sqlite3_errmsg(s->db));
    exit(1);
  }
  while (sqlite3_step(st) == SQLITE_ROW) {
    ids = realloc(ids, (*n + 1) * sizeof *ids);
    if (!ids) exit(1);
    snprintf(ids[(*n)++], sizeof *ids, "%s", (const char *)sqlite3_column_text(st, 0));
  }
  sqlite3_finalize(st);
  return ids;
}

/* The cold rows: the profiles of every partner (the list serve_bench.sh asks)
 * or the pages of 400 people spread over the ids, each asked in turn; or
 * (mixed) the first 197 of each, a partner's and a person's by turns. */
static int cold(attache_store *s, int rounds, const char *which) {
  static const char PARTNERS[] = "SELECT code FROM (SELECT country AS code FROM event_countries UNION SELECT country_b"
                                 " FROM relations UNION SELECT country FROM agreement_parties) ORDER BY code",
                    PEOPLE[] = "SELECT person_id FROM person_summary ORDER BY (person_id * 2654435761) % 4294967296"
                               " LIMIT 400";
  bool partners = !strcmp(which, "cold:partners"), mixed = !strcmp(which, "cold:mixed");
  char(*ids)[24] = NULL;
  size_t n = 0;
  ids = read_ids(s, partners || mixed ? PARTNERS : PEOPLE, ids, &n);
  if (mixed) { /* partner, person, partner, person, ... */
    size_t half = n;
    ids = read_ids(s, PEOPLE, ids, &n);
    char(*turns)[24] = calloc(2 * half + 1, sizeof *turns);
    if (!turns) return 1;
    for (size_t i = 0; i < half; i++) {
      memcpy(turns[2 * i], ids[i], sizeof *ids);
      memcpy(turns[2 * i + 1], ids[half + i % (n - half)], sizeof *ids);
    }
    free(ids);
    ids = turns;
    n = 2 * half;
  }
  size_t total = n * (size_t)rounds, k = 0;
  double *t = calloc(total + 1, sizeof *t);
  for (int round = 0; round < rounds; round++)
    for (size_t i = 0; i < n; i++) {
      bool partner = partners || (mixed && i % 2 == 0);
      attache_query q = {.kind = partner ? ATTACHE_QUERY_PARTNER : ATTACHE_QUERY_PERSON_ID, .arg = ids[i], .limit = 50};
      attache_result *r = NULL;
      attache_error err = {0};
      double a = now_ms();
      if (attache_store_query(s, &q, &r, &err)) {
        fprintf(stderr, "%s %s: %s\n", which, ids[i], err.message);
        return 1;
      }
      attache_result_json(r);
      attache_result_free(r);
      t[k++] = now_ms() - a;
    }
  double sum = 0;
  for (size_t i = 0; i < total; i++) sum += t[i];
  qsort(t, total, sizeof *t, compare_doubles);
  printf("%-52s %14s %14s %14s\n", "query", "median CPU ms", "p95 CPU ms", "mean CPU ms");
  printf("%-52s %14.3f %14.3f %14.3f\n", which, t[total / 2], t[(total * 95) / 100], total ? sum / (double)total : 0);
  free(t);
  free(ids);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: bench_queries DB [REPEATS]\n");
    return 2;
  }
  /* as the attache command (and so its server) runs SQLite (src/cli/main.c) */
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  sqlite3_config(SQLITE_CONFIG_PAGECACHE, (void *)NULL, 0, 0);
  int repeats = argc > 2 ? atoi(argv[2]) : 50;
  attache_store *s = NULL;
  attache_error err = {0};
  if (attache_store_open(argv[1], ATTACHE_STORE_READONLY, &s, &err)) {
    fprintf(stderr, "%s: %s\n", argv[1], err.message);
    return 1;
  }
  if (argc > 3 && !strncmp(argv[3], "cold:", 5)) {
    int status = cold(s, repeats, argv[3]);
    attache_store_close(s);
    return status;
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
      {"api events type=talks until=2005 limit=50",
       {.kind = ATTACHE_QUERY_EVENTS, .type = "talks", .until = "2005", .limit = 50}},
      {"api events mechanism=ADMM-PLUS limit=50", {.kind = ATTACHE_QUERY_EVENTS, .mechanism = "ADMM-PLUS", .limit = 50}},
      {"api events area=peacekeeping limit=50", {.kind = ATTACHE_QUERY_EVENTS, .area = "peacekeeping", .limit = 50}},
      {"api events area=peacekeeping partner=JP limit=50",
       {.kind = ATTACHE_QUERY_EVENTS, .area = "peacekeeping", .partner = "JP", .limit = 50}},
      {"api events limit=50 cursor=e2500000", {.kind = ATTACHE_QUERY_EVENTS, .limit = 50, .after = 2500000}},
      {"api events limit=50 cursor=10000", {.kind = ATTACHE_QUERY_EVENTS, .limit = 50, .offset = 10000}},
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
      rows = attache_result_rows(r, 0);
      attache_result_free(r); /* a server frees each answer too */
      t[i] = now_ms() - a;
    }
    qsort(t, (size_t)repeats, sizeof *t, compare_doubles);
    printf("%-52s %14.2f %14.2f %8zu\n", cases[c].name, t[repeats / 2], t[(repeats * 95) / 100], rows);
  }
  free(t);
  /* The plans SQLite chooses for every statement each question runs, its
   * parameters bound (query.c writes them when s->plans is set). */
  s->plans = stdout;
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    if (argc > 3 && !strstr(cases[c].name, argv[3])) continue;
    printf("plans of %s:\n", cases[c].name);
    attache_result *r = NULL;
    if (attache_store_query(s, &cases[c].q, &r, &err) == ATTACHE_OK) attache_result_free(r);
  }
  s->plans = NULL;
  attache_store_close(s);
  return 0;
}
