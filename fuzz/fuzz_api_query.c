/* SPDX-License-Identifier: MIT */
/*
 * fuzz_api_query.c - the HTTP API's query strings, as the server reads them
 * (src/server/params.c: split, percent-decoded, checked), then the queries
 * they lead to, run on a small knowledge base built once per process. The
 * input is the raw query string (what follows '?'). A refused string must
 * come with a message in valid UTF-8; an accepted one must hold only valid
 * UTF-8 filters and a limit and cursor in range, and every query's result
 * must be JSON. The same bytes are also tried as the id of a record
 * (/api/partners/{ISO}, /api/sources/{id}, /api/events/{n}, /api/people/{n}).
 */
#include "fuzz.h"

#include <attache/store.h>

#include "params.h"

#include <jansson.h>
#include <string.h>
#include <unistd.h>

/* Two invented documents, enough for every kind of query to find rows. */
static const char *const DOCS[][3] = {
    {"vi-1", "2024-03-12",
     "Sáng 12/3, tại Hà Nội, Thượng tướng Lê Văn An, Thứ trưởng Bộ Quốc phòng đã tiếp Đại sứ Pháp tại Việt Nam "
     "Claire Moreau. Hai bên ký Bản ghi nhớ về hợp tác gìn giữ hòa bình. Năm 2023, Việt Nam cử 250 sĩ quan tham gia "
     "gìn giữ hòa bình."},
    {"en-1", "2024-05-20",
     "Hanoi - Deputy Defence Minister Senior Lieutenant General Pham Minh Duc held talks with Japanese State "
     "Minister of Defence Tanaka Hiroshi on May 19 within the ADMM-Plus framework on training cooperation."},
};

static attache_store *store;
static char dir[] = "/tmp/attache-fuzz-api-XXXXXX";
static char path[sizeof dir + 16];

/* At the end of a run (not after a crash, whose state may be wanted), the
 * knowledge base goes with its directory. */
static void remove_knowledge_base(void) {
  attache_store_close(store);
  static const char *const suffixes[] = {"", "-wal", "-shm", "-journal"};
  char file[sizeof path + 16];
  for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
    snprintf(file, sizeof file, "%s%s", path, suffixes[i]);
    unlink(file);
  }
  rmdir(dir);
}

static attache_store *knowledge_base(void) {
  if (store) return store;
  if (!mkdtemp(dir)) abort();
  snprintf(path, sizeof path, "%s/kb.db", dir);
  atexit(remove_knowledge_base);
  attache_error err = {0};
  if (attache_store_open(path, 0, &store, &err) != ATTACHE_OK) {
    fprintf(stderr, "%s: %s\n", path, err.message);
    abort();
  }
  for (size_t i = 0; i < sizeof DOCS / sizeof DOCS[0]; i++) {
    attache_doc_input in = {.id = {DOCS[i][0], strlen(DOCS[i][0])},
                            .published = {DOCS[i][1], strlen(DOCS[i][1])},
                            .text = {DOCS[i][2], strlen(DOCS[i][2])}};
    attache_ingest_outcome outcome;
    size_t records;
    if (attache_store_ingest(store, fuzz_lexicon(), &in, NULL, &outcome, &records, &err) != ATTACHE_OK) {
      fprintf(stderr, "%s: %s\n", DOCS[i][0], err.message);
      abort();
    }
  }
  return store;
}

static void check_utf8(const char *s) {
  if (s) FUZZ_CHECK(api_valid_utf8(s, strlen(s)));
}

/* Runs the query; an answer must be JSON, a refusal must say why. */
static void run(attache_query *q) {
  attache_result *r = NULL;
  attache_error err = {0};
  attache_status st = attache_store_query(knowledge_base(), q, &r, &err);
  if (st == ATTACHE_OK) {
    json_t *body = json_loads(attache_result_json(r), 0, NULL);
    FUZZ_CHECK(json_is_object(body));
    json_decref(body);
    attache_result_free(r);
  } else {
    FUZZ_CHECK(r == NULL && err.message[0] != '\0');
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *query = malloc(size + 1);
  if (!query) abort();
  memcpy(query, data, size);
  query[size] = '\0';

  api_params p = {0};
  if (api_params_parse(&p, query)) {
    attache_query *q = &p.q;
    check_utf8(q->arg);
    check_utf8(q->partner);
    check_utf8(q->type);
    check_utf8(q->since);
    check_utf8(q->until);
    check_utf8(q->person);
    check_utf8(q->mechanism);
    check_utf8(q->area);
    check_utf8(q->metric);
    FUZZ_CHECK(q->limit >= 0 && q->limit <= API_MAX_LIMIT && q->offset >= 0);
    if (!q->limit) q->limit = 50; /* the server's default for lists */
    static const attache_query_kind lists[] = {ATTACHE_QUERY_EVENTS, ATTACHE_QUERY_PEOPLE, ATTACHE_QUERY_AGREEMENTS,
                                               ATTACHE_QUERY_FIGURES, ATTACHE_QUERY_SEARCH};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
      if (lists[i] == ATTACHE_QUERY_SEARCH && !q->arg) continue;
      q->kind = lists[i];
      run(q);
    }
  } else {
    FUZZ_CHECK(p.message[0] != '\0' && api_valid_utf8(p.message, strlen(p.message)));
  }
  api_params_free(&p);

  static const attache_query_kind records[] = {ATTACHE_QUERY_PARTNER, ATTACHE_QUERY_SOURCE, ATTACHE_QUERY_EVENT,
                                               ATTACHE_QUERY_PERSON_ID};
  for (size_t i = 0; i < sizeof records / sizeof records[0]; i++) {
    if (!api_record_id_ok(records[i], query)) continue;
    attache_query q = {.kind = records[i], .arg = query};
    run(&q);
  }
  free(query);
  return 0;
}
