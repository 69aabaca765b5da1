/* SPDX-License-Identifier: MIT */
/*
 * serve.c - `attache serve`: the read-only HTTP JSON API over the knowledge
 * base and the web UI's files, on libmicrohttpd (a thread pool, keep-alive,
 * graceful shutdown on SIGINT/SIGTERM). Every parameter is checked before it
 * reaches a query; every query binds its values; every response carries a
 * Content-Security-Policy so that article text can never run as code.
 */
#include "../cli/cli.h"
#include "../cli/csv.h"
#include "../export/export.h"
#include "labels.h"
#include "params.h"
#include "write.h"

#include <attache/corrections.h>
#include <attache/store.h>

#include <arpa/inet.h>
#include <errno.h>
#include <jansson.h>
#include <malloc.h>
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char SERVE_USAGE[] =
    "usage: attache serve [options]\n"
    "\n"
    "Serves the knowledge base: a JSON API under /api/ (see /api/openapi.json)\n"
    "and the web UI at /. Reads are open; writes (analysts' changes) need a\n"
    "token from `attache token create NAME`. Stops cleanly on Ctrl-C.\n"
    "\n"
    "options:\n"
    "  --db DB          the database: a file, or postgresql://USER@HOST:PORT/NAME\n"
    "                   (default: $ATTACHE_DB, else attache.db)\n"
    "  --bind ADDR      the address to listen on (default: 127.0.0.1)\n"
    "  --port N         the port (default: 8080; 0 picks a free one)\n"
    "  --web DIR        the UI's files (default: $ATTACHE_WEB, else the web/\n"
    "                   installed with attache or of its source tree)\n"
    "  --threads N      worker threads (default: one per core)\n"
    "  --per-address N  connections one client address may hold at once\n"
    "                   (default: 32; raise it behind a proxy)\n"
    "  --data DIR       the data files of /api/export and of the UI's labels of\n"
    "                   ranks, offices, mechanisms and countries (default: as\n"
    "                   for extract)\n"
    "  -h, --help       show this help\n"
    "\n"
    "exit codes: 0 stopped cleanly; 2 bad command line; 3 the database could\n"
    "not be opened or the port could not be bound.\n";

enum { DEFAULT_LIMIT = 50, MAX_URL = 2048 };

/* Connections: one address may hold PER_ADDRESS at once unless told
 * otherwise (a browser opens 6; a proxy in front or a load generator needs
 * more: --per-address), all together at most MAX_CONNECTIONS (fewer if the process may open fewer
 * files), and a connection that sends nothing for IDLE_SECONDS is closed, so
 * idle sockets from one client cannot lock the others out. */
enum { MAX_CONNECTIONS = 1000, PER_ADDRESS = 32, IDLE_SECONDS = 10 };

static const char CSP[] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                          "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/* ---- a pool of read-only store handles, one per request in flight ---------- */

typedef struct pool {
  attache_store **stores;
  bool *busy;
  int n;
  pthread_mutex_t lock;
  pthread_cond_t freed;
} pool;

static attache_store *pool_take(pool *p, int *slot) {
  pthread_mutex_lock(&p->lock);
  for (;;) {
    for (int i = 0; i < p->n; i++)
      if (!p->busy[i]) {
        p->busy[i] = true;
        *slot = i;
        pthread_mutex_unlock(&p->lock);
        return p->stores[i];
      }
    pthread_cond_wait(&p->freed, &p->lock);
  }
}

static void pool_give(pool *p, int slot) {
  pthread_mutex_lock(&p->lock);
  p->busy[slot] = false;
  pthread_cond_signal(&p->freed);
  pthread_mutex_unlock(&p->lock);
}

/* Whole-table answers (stats, partners, countries) are costly on a large
 * database and change only when it does: they are kept until the database
 * file changes (or the server writes to it), or for a minute at most. So
 * are the pages of partners and people (their profiles: each long list one
 * page), by their URL (PROFILE_SLOTS of them, the one asked least recently
 * giving way): they are the costliest answers about one record (a
 * partner's some 3 million instructions, a dozen statements and 50 KB of
 * JSON; a person's 2 million), and analysts ask for the same few. */
enum { CACHE_STATS, CACHE_PARTNERS, CACHE_COUNTRIES, CACHE_PROFILES, PROFILE_SLOTS = 32 };
enum { CACHE_SLOTS = CACHE_PROFILES + PROFILE_SLOTS, CACHE_SECONDS = 60 };
/* The longest page kept (a profile's pages of 1,000 rows are not): at most
 * PROFILE_SLOTS times this of memory. A profile of 50 rows a list is ~50 KB. */
enum { PROFILE_MAX_BYTES = 256 << 10 };

typedef struct cached {
  char *body;
  char *url; /* a profile's: the path and query it answers */
  time_t made, used;
  struct timespec db_mtime;
  unsigned long writes; /* the server's writes (server.writes_done) when it was made */
} cached;

/* The handle writes go through (the write API): one, kept open from the
 * first write on, as writes take their turn in the database anyway (SQLite's
 * write lock, PostgreSQL's advisory lock); opened again after a write the
 * database failed (a lost connection). */
typedef struct writer {
  attache_store *store;
  pthread_mutex_t lock;
} writer;

typedef struct server {
  pool stores;
  writer writes;
  const char *web_dir;
  const char *db_path;
  const export_data *exports; /* the data files of /api/export */
  const char *labels; /* /api/labels, read from data/ at start */
  pthread_mutex_t cache_lock;
  cached cache[CACHE_SLOTS];
  unsigned long writes_done; /* writes through the write API (under cache_lock): each makes every answer kept stale */
  pthread_mutex_t log_lock; /* the rate of libmicrohttpd's messages */
  time_t log_minute;
  unsigned long log_shown, log_dropped;
} server;

static struct timespec db_mtime(const server *srv) {
  char wal[4096];
  struct stat st;
  struct timespec t = {0};
  snprintf(wal, sizeof wal, "%s-wal", srv->db_path);
  if (stat(wal, &st) == 0 || stat(srv->db_path, &st) == 0) t = st.st_mtim;
  return t;
}

/* The state of the database an answer is made from: its file's time, and
 * the server's own writes (a file's time may not move when two writes come
 * within the same tick of the kernel's clock), and when it was looked at. */
typedef struct db_state {
  struct timespec mtime, at;
  unsigned long writes;
} db_state;

/* A file's time is the kernel's coarse clock (a tick: 1-10 ms): an answer
 * begun within this long of the database's last change is not kept, as
 * another write within the same tick would leave the time as it is. */
#define CACHE_SETTLED_NS 50000000LL

static bool settled(const db_state *s) {
  long long ns = (long long)(s->at.tv_sec - s->mtime.tv_sec) * 1000000000LL + (s->at.tv_nsec - s->mtime.tv_nsec);
  return ns >= CACHE_SETTLED_NS;
}

/* The slot that holds (or will hold) the answer of `slot`: itself, or for
 * CACHE_PROFILES the profile slot of `url`, else the one used least
 * recently (its old answer freed). Under cache_lock. */
static cached *cache_slot_of(server *srv, int slot, const char *url, bool for_put) {
  if (slot != CACHE_PROFILES) return &srv->cache[slot];
  cached *oldest = &srv->cache[CACHE_PROFILES];
  for (int i = CACHE_PROFILES; i < CACHE_SLOTS; i++) {
    cached *c = &srv->cache[i];
    if (c->url && !strcmp(c->url, url)) return c;
    if (!c->url || (oldest->url && c->used < oldest->used)) oldest = c;
  }
  if (!for_put) return NULL;
  free(oldest->url);
  oldest->url = strdup(url);
  free(oldest->body);
  oldest->body = NULL;
  return oldest->url ? oldest : NULL;
}

/* A copy of the cached body for `slot` (a profile's: of `url`), or NULL
 * when there is none fresh. *seen is the database's state it was checked
 * against: an answer computed after this call is stored with it, so a
 * concurrent ingest or write makes it stale. */
static char *cache_get(server *srv, int slot, const char *url, db_state *seen) {
  /* A PostgreSQL database has no file whose time says it changed: its answers are never kept. */
  if (strstr(srv->db_path, "://")) return NULL;
  seen->mtime = db_mtime(srv);
  clock_gettime(CLOCK_REALTIME, &seen->at);
  char *copy = NULL;
  pthread_mutex_lock(&srv->cache_lock);
  seen->writes = srv->writes_done;
  cached *c = cache_slot_of(srv, slot, url, false);
  time_t now = time(NULL);
  if (c && c->body && now - c->made < CACHE_SECONDS && c->writes == seen->writes &&
      c->db_mtime.tv_sec == seen->mtime.tv_sec && c->db_mtime.tv_nsec == seen->mtime.tv_nsec) {
    copy = strdup(c->body); /* NULL (out of memory) is a miss: the answer is computed again */
    c->used = now;
  }
  pthread_mutex_unlock(&srv->cache_lock);
  return copy;
}

static void cache_put(server *srv, int slot, const char *url, const char *body, db_state seen) {
  if (strstr(srv->db_path, "://") || !settled(&seen) || (slot == CACHE_PROFILES && strlen(body) > PROFILE_MAX_BYTES))
    return;
  pthread_mutex_lock(&srv->cache_lock);
  cached *c = cache_slot_of(srv, slot, url, true);
  if (c) {
    free(c->body);
    c->body = strdup(body); /* NULL (out of memory): nothing kept */
    c->made = c->used = time(NULL);
    c->db_mtime = seen.mtime;
    c->writes = seen.writes;
  }
  pthread_mutex_unlock(&srv->cache_lock);
}

/* ---- responses ------------------------------------------------------------------ */

/* The headers every answer carries. */
static void add_headers(struct MHD_Response *r, const char *type, const char *cache) {
  MHD_add_response_header(r, "Content-Type", type);
  MHD_add_response_header(r, "Content-Security-Policy", CSP);
  MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
  MHD_add_response_header(r, "Cache-Control", cache ? cache : "no-store");
}

static enum MHD_Result respond(struct MHD_Connection *conn, unsigned status, const char *type, const char *body,
                            size_t len, bool copy, const char *cache) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(len, (void *)body, copy ? MHD_RESPMEM_MUST_COPY : MHD_RESPMEM_MUST_FREE);
  if (!r) return MHD_NO;
  add_headers(r, type, cache);
  if (status == MHD_HTTP_METHOD_NOT_ALLOWED) MHD_add_response_header(r, "Allow", "GET, HEAD");
  if (status == MHD_HTTP_UNAUTHORIZED) MHD_add_response_header(r, "WWW-Authenticate", "Bearer");
  enum MHD_Result ret = MHD_queue_response(conn, status, r);
  MHD_destroy_response(r);
  return ret;
}

/* `body` (allocated; taken) as a file to download named `name`. */
static enum MHD_Result send_download(struct MHD_Connection *conn, const char *type, char *body, size_t len,
                                     const char *name) {
  struct MHD_Response *r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
  if (!r) {
    free(body);
    return MHD_NO;
  }
  add_headers(r, type, NULL);
  char disposition[192];
  snprintf(disposition, sizeof disposition, "attachment; filename=\"%s\"", name);
  MHD_add_response_header(r, "Content-Disposition", disposition);
  enum MHD_Result ret = MHD_queue_response(conn, MHD_HTTP_OK, r);
  MHD_destroy_response(r);
  return ret;
}

static enum MHD_Result send_json(struct MHD_Connection *conn, unsigned status, json_t *body) {
  char *text = json_dumps(body, JSON_COMPACT | JSON_PRESERVE_ORDER);
  json_decref(body);
  if (!text) return MHD_NO;
  return respond(conn, status, "application/json; charset=utf-8", text, strlen(text), false, NULL);
}

static enum MHD_Result send_error(struct MHD_Connection *conn, unsigned status, const char *code, const char *message) {
  json_t *e = json_object();
  json_object_set_new(e, "code", json_string(code));
  json_t *m = json_string(message);
  json_object_set_new(e, "message", m ? m : json_string("(the message was not UTF-8)"));
  json_t *root = json_object();
  json_object_set_new(root, "error", e);
  return send_json(conn, status, root);
}

/* ---- the API ------------------------------------------------------------------------ */

extern const char OPENAPI_JSON[];

/* The changes: /api/history (all), /api/history/{kind}/{id} (one record's). */
static enum MHD_Result history(server *srv, struct MHD_Connection *conn, const char *path) {
  char kind[32] = "";
  const char *id = NULL;
  if (path[12] == '/') {
    const char *k = path + 13, *slash = strchr(k, '/');
    if (!slash || (size_t)(slash - k) >= sizeof kind || !slash[1])
      return send_error(conn, MHD_HTTP_NOT_FOUND, "not_found", "use /api/history/{kind}/{id}");
    memcpy(kind, k, (size_t)(slash - k));
    kind[slash - k] = '\0';
    id = slash + 1;
  }
  int slot;
  attache_store *store = pool_take(&srv->stores, &slot);
  attache_result *r = NULL;
  attache_error err = {0};
  attache_status st = attache_store_history(store, *kind ? kind : NULL, id, 0, &r, &err);
  pool_give(&srv->stores, slot);
  if (st == ATTACHE_ERR_ARG) return send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter", err.message);
  if (st != ATTACHE_OK) return send_error(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "query failed");
  char *text = strdup(attache_result_json(r));
  attache_result_free(r);
  if (!text) return MHD_NO;
  return respond(conn, MHD_HTTP_OK, "application/json; charset=utf-8", text, strlen(text), false, NULL);
}


/* A list's rows as CSV (the same writer as the CLI's: RFC 4180, formulas
 * neutralised), to be downloaded as NAME.csv. */
static enum MHD_Result send_csv(struct MHD_Connection *conn, const attache_result *r) {
  char *body = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&body, &len);
  if (!f) return send_error(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "out of memory");
  csv_writer w = {.out = f};
  size_t cols = attache_result_columns(r, 0), rows = attache_result_rows(r, 0);
  for (size_t c = 0; c < cols; c++) csv_cell(&w, attache_result_column(r, 0, c));
  csv_end_row(&w);
  for (size_t i = 0; i < rows; i++) {
    for (size_t c = 0; c < cols; c++) csv_cell(&w, attache_result_cell(r, 0, i, c));
    csv_end_row(&w);
  }
  if (fclose(f) != 0 || !body) {
    free(body);
    return send_error(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "out of memory");
  }
  char name[96];
  snprintf(name, sizeof name, "%s.csv", attache_result_table_name(r, 0));
  return send_download(conn, "text/csv; charset=utf-8", body, len, name);
}

/* Answers the API request for `path` with the checked parameters `q`; a list
 * (or a whole table: partners, countries) as CSV when `csv`. */
/* "FR/events" after /api/partners/ (or "12/offices" after /api/people/):
 * the record, copied into buf, becomes *rest and the list one of `lists`
 * (NULL-ended) is *list. Without a slash both are left as they are. NULL when
 * the path names a record and one of its lists, else what to answer (404). */
static const char *record_list(const char **rest, char *buf, size_t size, const char *const lists[],
                               const char **list, const char *unknown_list) {
  const char *slash = strchr(*rest, '/');
  if (!slash) return NULL;
  size_t n = (size_t)(slash - *rest);
  if (n >= size) return "no such record";
  memcpy(buf, *rest, n);
  buf[n] = '\0';
  *rest = buf, *list = slash + 1;
  for (size_t i = 0; lists[i]; i++)
    if (!strcmp(*list, lists[i])) return NULL;
  return unknown_list;
}

/* The answer to API question `q` at `path`; `url` is the path with its query (what a profile is kept by). */
static enum MHD_Result answer(server *srv, struct MHD_Connection *conn, const char *path, const char *url,
                              attache_query *q, bool csv) {
  const char *rest = NULL;
  char partner[8], person[24];
  bool list = false;
  if (!strcmp(path, "/api/openapi.json"))
    return respond(conn, MHD_HTTP_OK, "application/json; charset=utf-8", OPENAPI_JSON, strlen(OPENAPI_JSON), true,
                "max-age=300");
  if (!strcmp(path, "/api/history") || !strncmp(path, "/api/history/", 13)) return history(srv, conn, path);
  if (!strcmp(path, "/api/labels"))
    return respond(conn, MHD_HTTP_OK, "application/json; charset=utf-8", srv->labels, strlen(srv->labels), true,
                   "max-age=300");
  if (!strcmp(path, "/api/stats")) q->kind = ATTACHE_QUERY_STATS;
  else if (!strcmp(path, "/api/countries")) q->kind = ATTACHE_QUERY_COUNTRIES;
  else if (!strcmp(path, "/api/mechanisms")) q->kind = ATTACHE_QUERY_MECHANISMS;
  else if (!strcmp(path, "/api/events")) q->kind = ATTACHE_QUERY_EVENTS, list = true;
  else if (!strcmp(path, "/api/partners")) q->kind = ATTACHE_QUERY_PARTNERS;
  else if (!strcmp(path, "/api/people")) q->kind = ATTACHE_QUERY_PEOPLE, list = true;
  else if (!strcmp(path, "/api/agreements")) q->kind = ATTACHE_QUERY_AGREEMENTS, list = true;
  else if (!strcmp(path, "/api/figures")) q->kind = ATTACHE_QUERY_FIGURES, list = true;
  else if (!strcmp(path, "/api/review")) q->kind = ATTACHE_QUERY_REVIEW, list = true;
  else if (!strcmp(path, "/api/network/partners") || !strcmp(path, "/api/network/people"))
    q->kind = ATTACHE_QUERY_NETWORK, q->arg = path + 13; /* the strongest links: no paging */
  else if (!strcmp(path, "/api/search")) {
    if (!q->arg) return send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter", "search needs q");
    q->kind = ATTACHE_QUERY_SEARCH, list = true;
  } else if (!strncmp(path, "/api/events/", 12)) q->kind = ATTACHE_QUERY_EVENT, rest = path + 12;
  else if (!strncmp(path, "/api/partners/", 14)) {
    /* /api/partners/FR: the profile, each long list one page; /api/partners/FR/events (agreements, people,
     * figures, timeline): that list, paged like the others, all of it as CSV */
    static const char *const LISTS[] = {"events", "agreements", "people", "figures", "timeline", NULL};
    q->kind = ATTACHE_QUERY_PARTNER, rest = path + 14;
    const char *wrong = record_list(&rest, partner, sizeof partner, LISTS, &q->list,
                                    "a partner's lists are /events, /agreements, /people, /figures and /timeline");
    if (wrong) return send_error(conn, MHD_HTTP_NOT_FOUND, "not_found", wrong);
    list = q->list != NULL;
  }
  else if (!strncmp(path, "/api/people/", 12)) {
    /* /api/people/12: the person, each long list one page; /api/people/12/offices (events, met): that list */
    static const char *const LISTS[] = {"offices", "events", "met", NULL};
    q->kind = ATTACHE_QUERY_PERSON_ID, rest = path + 12;
    const char *wrong =
        record_list(&rest, person, sizeof person, LISTS, &q->list, "a person's lists are /offices, /events and /met");
    if (wrong) return send_error(conn, MHD_HTTP_NOT_FOUND, "not_found", wrong);
    list = q->list != NULL;
  }
  else if (!strncmp(path, "/api/sources/", 13)) q->kind = ATTACHE_QUERY_SOURCE, rest = path + 13;
  else return send_error(conn, MHD_HTTP_NOT_FOUND, "not_found", "no such endpoint");

  bool one_table = list || q->kind == ATTACHE_QUERY_PARTNERS || q->kind == ATTACHE_QUERY_COUNTRIES ||
                   q->kind == ATTACHE_QUERY_MECHANISMS;
  if (csv && !one_table)
    return send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter",
                      "format=csv is for lists (events, partners, people, agreements, figures, mechanisms, search, countries)");
  if (rest) {
    if (!api_record_id_ok(q->kind, rest)) return send_error(conn, MHD_HTTP_NOT_FOUND, "not_found", "no such record");
    q->arg = rest;
  }
  /* a partner's or person's list as CSV is all of it; a profile's lists, one page each */
  bool profile = (q->kind == ATTACHE_QUERY_PARTNER || q->kind == ATTACHE_QUERY_PERSON_ID) && !q->list;
  if ((list && !q->limit && !(csv && q->list)) || (profile && !q->limit)) q->limit = DEFAULT_LIMIT;
  bool events_list = q->kind == ATTACHE_QUERY_EVENTS || (q->list && !strcmp(q->list, "events"));
  if (q->after && !events_list)
    return send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter",
                      "a cursor e... (after an event) is for events lists; this list takes a number");

  int cache_slot = q->kind == ATTACHE_QUERY_STATS                   ? CACHE_STATS
                   : q->kind == ATTACHE_QUERY_PARTNERS               ? CACHE_PARTNERS
                   : q->kind == ATTACHE_QUERY_COUNTRIES              ? CACHE_COUNTRIES
                   : profile                                         ? CACHE_PROFILES
                                                                     : -1;
  db_state seen = {0};
  if (csv) cache_slot = -1; /* the cache holds JSON */
  if (cache_slot >= 0) {
    char *body = cache_get(srv, cache_slot, url, &seen);
    if (body) return respond(conn, MHD_HTTP_OK, "application/json; charset=utf-8", body, strlen(body), false, NULL);
  }

  int slot;
  attache_store *store = pool_take(&srv->stores, &slot);
  attache_result *r = NULL;
  attache_error err = {0};
  attache_status st = attache_store_query(store, q, &r, &err);
  pool_give(&srv->stores, slot);
  if (st == ATTACHE_ERR_NOT_FOUND) return send_error(conn, MHD_HTTP_NOT_FOUND, "not_found", err.message);
  if (st == ATTACHE_ERR_ARG) return send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter", err.message);
  if (st != ATTACHE_OK) return send_error(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "query failed");
  if (csv) {
    enum MHD_Result ret = send_csv(conn, r);
    attache_result_free(r);
    return ret;
  }
  /* A list's answer ends with where its next page starts: the result's JSON
   * object (written by the library) gets one more member, "next_cursor": an
   * events list's page (all events, a partner's, a person's) comes after its
   * last event ("e" and its id: keyset paging, as fast far down the list as
   * at its top), another list's after the rows shown. */
  const char *json = attache_result_json(r);
  size_t len = strlen(json), rows = attache_result_rows(r, 0);
  char next[64] = "";
  bool keyset = events_list;
  if (list && (long)rows == q->limit && keyset)
    snprintf(next, sizeof next, "%s\"next_cursor\":\"e%s\"}", len > 2 ? "," : "",
             attache_result_cell(r, 0, rows - 1, 0)); /* the id, the first column of an events list */
  else if (list && (long)rows == q->limit)
    snprintf(next, sizeof next, "%s\"next_cursor\":\"%ld\"}", len > 2 ? "," : "", q->offset + q->limit);
  else if (list)
    snprintf(next, sizeof next, "%s\"next_cursor\":null}", len > 2 ? "," : "");
  size_t kept = *next ? len - 1 : len; /* without its closing brace when a member follows */
  char *text = malloc(kept + strlen(next) + 1);
  if (!text) {
    attache_result_free(r);
    return send_error(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "out of memory");
  }
  memcpy(text, json, kept);
  strcpy(text + kept, next);
  attache_result_free(r);
  if (cache_slot >= 0) cache_put(srv, cache_slot, url, text, seen);
  return respond(conn, MHD_HTTP_OK, "application/json; charset=utf-8", text, strlen(text), false, NULL);
}

/* /api/export?format=...: the export `attache export` writes, with the same
 * filters, as a download (Content-Disposition names the file). */
static enum MHD_Result export_answer(server *srv, struct MHD_Connection *conn, const api_params *p) {
  export_request req = {.filters = p->q, .table = p->table, .people = p->people};
  if (!p->format) return send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter", "export needs parameter format");
  if (!export_format_from_name(p->format, &req.format))
    return send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter", "bad value for parameter format");
  bool tabular = req.format == EXPORT_CSV || req.format == EXPORT_JSONL;
  if (req.table && ((!tabular && req.format != EXPORT_SCHEMA) || !export_table_known(srv->exports, req.table)))
    return send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter", "bad value for parameter table");
  if (req.people && req.format != EXPORT_GRAPHML && req.format != EXPORT_GEXF)
    return send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter", "parameter people goes with format graphml or gexf");
  if (p->q.arg || p->q.limit || p->q.offset || p->q.after)
    return send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter", "export takes no q, limit or cursor");
  if (tabular && !req.table) req.table = "events";
  char *body = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&body, &len);
  if (!out) return send_error(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "out of memory");
  int slot;
  attache_store *store = pool_take(&srv->stores, &slot);
  attache_error err = {0};
  attache_status st = export_write(store, srv->exports, &req, out, &err);
  pool_give(&srv->stores, slot);
  bool written = fclose(out) == 0;
  if (st != ATTACHE_OK || !written) {
    free(body);
    return st == ATTACHE_ERR_ARG ? send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter", err.message)
                                 : send_error(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "export failed");
  }
  char name[128];
  export_file_name(&req, name, sizeof name);
  return send_download(conn, export_content_type(req.format), body, len, name);
}

/* Answers `path` under /api/ with the raw query string `query` (NULL: none). */
static enum MHD_Result api(server *srv, struct MHD_Connection *conn, const char *path, const char *url,
                           const char *query) {
  api_params p;
  if (!api_params_parse(&p, query)) {
    enum MHD_Result ret = send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter", p.message);
    api_params_free(&p);
    return ret;
  }
  enum MHD_Result ret;
  if (!strcmp(path, "/api/export")) ret = export_answer(srv, conn, &p);
  else if (p.table || p.people)
    ret = send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter",
                     p.table ? "parameter table is for /api/export only" : "parameter people is for /api/export only");
  else if (p.format && strcmp(p.format, "json") && strcmp(p.format, "csv"))
    ret = send_error(conn, MHD_HTTP_BAD_REQUEST, "bad_parameter",
                     "bad value for parameter format: json or csv (the other formats are /api/export's)");
  else ret = answer(srv, conn, path, url, &p.q, p.format && !strcmp(p.format, "csv"));
  api_params_free(&p);
  return ret;
}

/* ---- the UI's files ---------------------------------------------------------------- */

/* The files the UI is made of, and nothing else under web/ (not its
 * package.json, README.md or node_modules/ at large): each URL and its file.
 * The UI's own modules (js/NAME.js, js/views/NAME.js) are served by form
 * (ui_module below); the vendor files by this list. */
static const struct {
  const char *url, *file;
} UI_FILES[] = {
    {"/", "index.html"},
    {"/index.html", "index.html"},
    {"/app.js", "app.js"},
    {"/i18n.js", "i18n.js"},
    {"/style.css", "style.css"},
    {"/cytoscape.css", "cytoscape.css"},
    {"/vendor/chart.js", "node_modules/chart.js/dist/chart.umd.js"},
    {"/vendor/cytoscape.js", "node_modules/cytoscape/dist/cytoscape.min.js"},
    {"/vendor/leaflet.js", "node_modules/leaflet/dist/leaflet-src.esm.js"},
    {"/vendor/leaflet.css", "node_modules/leaflet/dist/leaflet.css"},
    {"/vendor/topojson-client.js", "node_modules/topojson-client/dist/topojson-client.min.js"},
    {"/vendor/countries-50m.json", "node_modules/world-atlas/countries-50m.json"},
    {"/vendor/world-countries.json", "node_modules/world-countries/countries.json"},
};

/* Whether `path` is one of the UI's modules: /js/NAME.js or /js/views/NAME.js
 * with NAME of small letters and '-' only (no dots, no other directories). */
static bool ui_module(const char *path) {
  const char *name = !strncmp(path, "/js/views/", 10) ? path + 10 : !strncmp(path, "/js/", 4) ? path + 4 : NULL;
  if (!name) return false;
  size_t n = strspn(name, "abcdefghijklmnopqrstuvwxyz-");
  return n > 0 && n <= 40 && !strcmp(name + n, ".js");
}

static const char *content_type(const char *name) {
  const char *dot = strrchr(name, '.');
  if (!strcmp(dot, ".html")) return "text/html; charset=utf-8";
  if (!strcmp(dot, ".js")) return "text/javascript; charset=utf-8";
  if (!strcmp(dot, ".json")) return "application/json; charset=utf-8";
  return "text/css; charset=utf-8";
}

static enum MHD_Result file(server *srv, struct MHD_Connection *conn, const char *path) {
  const char *rel = NULL;
  for (size_t i = 0; !rel && i < sizeof UI_FILES / sizeof *UI_FILES; i++)
    if (!strcmp(path, UI_FILES[i].url)) rel = UI_FILES[i].file;
  if (!rel && ui_module(path)) rel = path + 1;
  if (!rel) return send_error(conn, MHD_HTTP_NOT_FOUND, "not_found", "no such file");
  char full[4096];
  snprintf(full, sizeof full, "%s/%s", srv->web_dir, rel);
  FILE *f = fopen(full, "rb");
  if (!f) return send_error(conn, MHD_HTTP_NOT_FOUND, "not_found", "no such file");
  struct stat st;
  if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > 16 * 1024 * 1024) {
    fclose(f);
    return send_error(conn, MHD_HTTP_NOT_FOUND, "not_found", "no such file");
  }
  char *body = malloc((size_t)st.st_size + 1);
  size_t n = body ? fread(body, 1, (size_t)st.st_size, f) : 0;
  fclose(f);
  if (!body) return MHD_NO;
  return respond(conn, MHD_HTTP_OK, content_type(rel), body, n, false, "max-age=60");
}

/* What a request keeps between the handler's calls: the URI as the client
 * sent it (libmicrohttpd's query parsing is not used: params.c reads it). */
typedef struct request {
  char *uri;
  bool started;
  char *body; /* a write's body, up to API_MAX_BODY bytes */
  size_t len;
  bool too_large;
} request;

static void *request_begin(void *cls, const char *uri, struct MHD_Connection *conn) {
  (void)cls;
  (void)conn;
  request *r = calloc(1, sizeof *r);
  if (r && !(r->uri = strdup(uri))) {
    free(r);
    r = NULL;
  }
  return r; /* NULL (out of memory): the handler closes the connection */
}

static void request_end(void *cls, struct MHD_Connection *conn, void **state, enum MHD_RequestTerminationCode why) {
  (void)cls;
  (void)conn;
  (void)why;
  request *r = *state;
  if (r) {
    free(r->uri);
    free(r->body);
  }
  free(r);
  *state = NULL;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                              const char *version, const char *upload, size_t *upload_size, void **state) {
  (void)version;
  (void)upload;
  server *srv = cls;
  request *req = *state;
  if (!req) return MHD_NO;
  if (strcmp(method, "GET") && strcmp(method, "HEAD")) {
    bool write = !strncmp(url, "/api/", 5) && (!strcmp(method, "POST") || !strcmp(method, "PATCH") ||
                                               !strcmp(method, "DELETE"));
    if (*upload_size) { /* keep a write's body (up to its limit), answer once it is all here */
      if (write && !req->too_large && req->len + *upload_size <= API_MAX_BODY) {
        char *grown = realloc(req->body, req->len + *upload_size + 1);
        if (!grown) return MHD_NO;
        memcpy(grown + req->len, upload, *upload_size);
        req->body = grown;
        req->len += *upload_size;
      } else {
        req->too_large = true;
      }
      *upload_size = 0;
      return MHD_YES;
    }
    if (!req->started) {
      req->started = true;
      return MHD_YES;
    }
    if (!write) return send_error(conn, MHD_HTTP_METHOD_NOT_ALLOWED, "method_not_allowed", "only GET and HEAD");
    if (req->too_large) return send_error(conn, MHD_HTTP_CONTENT_TOO_LARGE, "too_large", "the body is too large");
    char *answer_text = NULL;
    writer *w = &srv->writes;
    pthread_mutex_lock(&w->lock);
    attache_error err = {0};
    if (!w->store && attache_store_open(srv->db_path, 0, &w->store, &err) != ATTACHE_OK) w->store = NULL;
    unsigned status = api_write(w->store, method, url,
                                MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION),
                                req->body ? req->body : "", req->len, &answer_text);
    if (status >= 500) { /* the next write opens the database again */
      attache_store_close(w->store);
      w->store = NULL;
    }
    pthread_mutex_unlock(&w->lock);
    pthread_mutex_lock(&srv->cache_lock); /* what was kept may be what it changed */
    srv->writes_done++;
    pthread_mutex_unlock(&srv->cache_lock);
    if (!answer_text) return MHD_NO;
    return respond(conn, status, "application/json; charset=utf-8", answer_text, strlen(answer_text), false, NULL);
  }
  /* The first call brings the headers only: an answer queued then makes
   * libmicrohttpd close the connection after it (no keep-alive), as the
   * request may still have a body to come. */
  if (!req->started) {
    req->started = true;
    return MHD_YES;
  }
  if (*upload_size) return send_error(conn, MHD_HTTP_CONTENT_TOO_LARGE, "too_large", "no request body accepted");
  if (strlen(req->uri) > MAX_URL) return send_error(conn, MHD_HTTP_URI_TOO_LONG, "too_large", "URL too long");
  const char *query = strchr(req->uri, '?');
  if (!strncmp(url, "/api/", 5) || !strcmp(url, "/api")) return api(srv, conn, url, req->uri, query ? query + 1 : NULL);
  return file(srv, conn, url);
}

/* libmicrohttpd's messages, at most LOG_PER_MINUTE a minute: a flood of
 * refused connections must not fill the log (or block on a full stderr). */
enum { LOG_PER_MINUTE = 20 };

static void log_error(void *cls, const char *fmt, va_list ap) {
  server *srv = cls;
  pthread_mutex_lock(&srv->log_lock);
  time_t now = time(NULL);
  if (now - srv->log_minute >= 60) {
    if (srv->log_dropped) fprintf(stderr, "attache: server: %lu more messages not shown\n", srv->log_dropped);
    srv->log_minute = now;
    srv->log_shown = srv->log_dropped = 0;
  }
  if (srv->log_shown < LOG_PER_MINUTE) {
    srv->log_shown++;
    fputs("attache: server: ", stderr);
    vfprintf(stderr, fmt, ap);
  } else {
    srv->log_dropped++;
  }
  pthread_mutex_unlock(&srv->log_lock);
}

/* MAX_CONNECTIONS, or fewer when the process may not open that many files
 * besides the listening socket and each worker's database files. */
static unsigned connection_limit(unsigned threads) {
  struct rlimit files;
  unsigned limit = MAX_CONNECTIONS;
  if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY) {
    rlim_t spare = 32 + 4 * (rlim_t)threads;
    rlim_t room = files.rlim_cur > spare ? files.rlim_cur - spare : 1;
    if (room < limit) limit = (unsigned)room;
  }
  return limit;
}

int cmd_serve(int argc, char **argv) {
  const char *db_path = cli_default_db(), *bind_addr = "127.0.0.1", *web_dir = NULL, *data_dir = NULL;
  /* The work of an answer is the CPU's (the database is mapped into memory):
   * more threads than cores only make the answers wait for each other. */
  long port = 8080, threads = sysconf(_SC_NPROCESSORS_ONLN), per_address = PER_ADDRESS;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(SERVE_USAGE, stdout);
      return EXIT_ALL_OK;
    } else if (!strcmp(a, "--db") && i + 1 < argc) db_path = argv[++i];
    else if (!strcmp(a, "--bind") && i + 1 < argc) bind_addr = argv[++i];
    else if (!strcmp(a, "--web") && i + 1 < argc) web_dir = argv[++i];
    else if (!strcmp(a, "--data") && i + 1 < argc) data_dir = argv[++i];
    else if (!strcmp(a, "--port") && i + 1 < argc) {
      if (!cli_whole_number(argv[++i], 0, 65535, &port)) port = -1;
    } else if (!strcmp(a, "--threads") && i + 1 < argc) {
      if (!cli_whole_number(argv[++i], 1, 256, &threads)) threads = -1;
    } else if (!strcmp(a, "--per-address") && i + 1 < argc) {
      if (!cli_whole_number(argv[++i], 1, MAX_CONNECTIONS, &per_address)) per_address = -1;
    }
    else {
      fprintf(stderr, "attache: error: unknown option %s (see attache help serve)\n", a);
      return EXIT_USAGE;
    }
  }
  if (port < 0 || port > 65535 || threads < 1 || threads > 256) {
    fprintf(stderr, "attache: error: --port must be 0-65535 and --threads 1-256\n");
    return EXIT_USAGE;
  }
  if (per_address < 1) {
    fprintf(stderr, "attache: error: --per-address must be 1-%d\n", (int)MAX_CONNECTIONS);
    return EXIT_USAGE;
  }
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  if (inet_pton(AF_INET, bind_addr, &addr.sin_addr) != 1) {
    fprintf(stderr, "attache: error: --bind needs an IPv4 address, not \"%s\"\n", bind_addr);
    return EXIT_USAGE;
  }
  if (!strstr(db_path, "://") && access(db_path, F_OK) != 0) { /* a file; postgresql://... is a server's */
    fprintf(stderr, "attache: error: %s: no such database (run attache ingest first)\n", db_path);
    return EXIT_DATA;
  }

  char web_found[4096];
  attache_error web_err = {0};
  if (!cli_find_dir(web_dir, "ATTACHE_WEB", "web", "index.html", web_found, sizeof web_found, &web_err)) {
    cli_print_error(&web_err);
    return EXIT_DATA;
  }

  char data_found[4096];
  export_data *exports = NULL;
  char *labels = NULL;
  if (!cli_find_dir(data_dir, "ATTACHE_DATA", "data", "countries.tsv", data_found, sizeof data_found, &web_err) ||
      labels_load(data_found, &labels, &web_err) != ATTACHE_OK ||
      export_data_load(data_found, &exports, &web_err) != ATTACHE_OK) {
    free(labels);
    export_data_free(exports);
    cli_print_error(&web_err);
    return EXIT_DATA;
  }

  /* Each answer allocates and frees some 100 KB (a profile's JSON, its
   * copy); glibc gave the freed top of the heap back to the kernel after
   * each one, and the next answer faulted fresh zeroed pages in again (14
   * page faults and a tenth of a partner profile's CPU time). Up to 16 MB
   * of freed heap is kept for the next answers instead. */
#ifdef M_TRIM_THRESHOLD
  mallopt(M_TRIM_THRESHOLD, 16 << 20);
#endif
  server srv = {.web_dir = web_found, .db_path = db_path, .exports = exports, .labels = labels};
  pthread_mutex_init(&srv.cache_lock, NULL);
  pthread_mutex_init(&srv.writes.lock, NULL);
  pthread_mutex_init(&srv.log_lock, NULL);
  pool *p = &srv.stores;
  p->n = (int)threads;
  p->stores = calloc((size_t)p->n, sizeof *p->stores);
  p->busy = calloc((size_t)p->n, sizeof *p->busy);
  pthread_mutex_init(&p->lock, NULL);
  pthread_cond_init(&p->freed, NULL);
  int status = EXIT_ALL_OK;
  if (!p->stores || !p->busy) {
    fprintf(stderr, "attache: error: out of memory\n");
    status = EXIT_DATA;
    p->n = 0;
  }
  for (int i = 0; i < p->n && status == EXIT_ALL_OK; i++) {
    attache_error err = {0};
    if (attache_store_open(db_path, ATTACHE_STORE_READONLY, &p->stores[i], &err) != ATTACHE_OK) {
      cli_print_error(&err);
      status = EXIT_DATA;
    }
  }

  /* Jansson seeds its hash function on first use; seeding it here, before any
   * worker thread exists, keeps that first use out of the workers' race. */
  json_object_seed(0);

  /* SIGINT and SIGTERM are waited for by this thread, not delivered to workers. */
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, NULL);

  struct MHD_Daemon *d = NULL;
  if (status == EXIT_ALL_OK) {
    d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG, 0, NULL, NULL, handle,
                         &srv, MHD_OPTION_EXTERNAL_LOGGER, log_error, &srv, MHD_OPTION_URI_LOG_CALLBACK, request_begin, NULL,
                         MHD_OPTION_NOTIFY_COMPLETED, request_end, NULL, MHD_OPTION_SOCK_ADDR,
                         (struct sockaddr *)&addr, MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads,
                         MHD_OPTION_CONNECTION_LIMIT, connection_limit((unsigned)threads),
                         MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)per_address,
                         MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)IDLE_SECONDS,
                         MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024), MHD_OPTION_END);
    if (!d) {
      fprintf(stderr, "attache: error: cannot listen on %s:%ld: %s\n", bind_addr, port, strerror(errno));
      status = EXIT_DATA;
    }
  }
  if (d) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    printf("attache: serving %s at http://%s:%u/\n", strstr(db_path, "://") ? "the PostgreSQL database" : db_path,
           bind_addr, info ? info->port : (unsigned)port);
    fflush(stdout);
    int sig;
    sigwait(&stop, &sig);
    fprintf(stderr, "attache: stopping (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    MHD_stop_daemon(d);
  }
  for (int i = 0; i < p->n; i++) attache_store_close(p->stores[i]);
  attache_store_close(srv.writes.store);
  free(p->stores);
  free(p->busy);
  pthread_mutex_destroy(&p->lock);
  pthread_cond_destroy(&p->freed);
  for (int i = 0; i < CACHE_SLOTS; i++) {
    free(srv.cache[i].body);
    free(srv.cache[i].url);
  }
  pthread_mutex_destroy(&srv.cache_lock);
  pthread_mutex_destroy(&srv.log_lock);
  export_data_free(exports);
  free(labels);
  return status;
}
