/* SPDX-License-Identifier: MIT */
/*
 * export_codings.c - events in the standard event codings, by the mapping of
 * data/event_codes.tsv:
 *   plover  one JSON object per line in the PLOVER record shape (the fields
 *           the PLOVER manual requires - id, date, source, event - and its
 *           optional recipient, mode, context, quad_code, event_loc, text,
 *           cite_info);
 *   cameo   one tab-separated row per event and pair of states, in the 61
 *           columns of the GDELT 2.0 event table, no header (as GDELT's own
 *           files), CAMEO codes as strings of three digits.
 * Who acts: a visit's or port call's visitors, a reception's host (the state
 * where it took place), else all states alike - PLOVER lists them all as
 * source, CAMEO writes one row from Vietnam (or the first state) to each other.
 * An event whose year is unknown, or in which no state took part, is not
 * written: both codings need a date and a state that acts.
 */
#include "export.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* The columns of coded_events and coded_actors (attache_store_export). */
enum { EV_ID, EV_TYPE, EV_DATE, EV_DATE_END, EV_PLACE, EV_LOCATION, EV_MECHANISM, EV_SOURCES, EV_SOURCE_ID, EV_URL,
       EV_TITLE, EV_LANG, EV_INGESTED, EV_EVIDENCE };
enum { AC_EVENT, AC_COUNTRY, AC_NAME, AC_NAMES, AC_OFFICES };
enum { CODE_TYPE, CODE_CAMEO, CODE_QUAD, CODE_GOLDSTEIN, CODE_PLOVER, CODE_MODE, CODE_CONTEXT, CODE_ACTOR };

/* A date as YYYY-MM-DD (a month or a year told alone: its first day), false
 * when its year is not known. */
static bool full_date(const char *date, char out[11]) {
  if (!date || strlen(date) < 4 || !isdigit((unsigned char)date[0])) return false;
  snprintf(out, 11, "%.4s-%.2s-%.2s", date, strlen(date) >= 7 ? date + 5 : "01", strlen(date) >= 10 ? date + 8 : "01");
  return true;
}

static const char *precision(const char *date) {
  size_t n = strlen(date);
  return n >= 10 ? "day" : n >= 7 ? "month" : "year";
}

typedef struct side {
  size_t rows[64]; /* rows of coded_actors */
  size_t n;
} side;

/* Splits the states of one event into who acts and who receives, as the
 * type's `actor` column says; mutual (or a place that is not one of the
 * states) leaves `to` empty. */
static void sides(const attache_result *actors, size_t from, size_t to, const char *role, const char *location,
                  side *acts, side *receives) {
  acts->n = receives->n = 0;
  bool directed = location && (!strcmp(role, "guest") || !strcmp(role, "host"));
  bool host_known = false;
  for (size_t i = from; directed && i < to; i++)
    host_known |= !strcmp(attache_result_cell(actors, 0, i, AC_COUNTRY), location);
  for (size_t i = from; i < to; i++) {
    bool is_host = host_known && !strcmp(attache_result_cell(actors, 0, i, AC_COUNTRY), location);
    side *s = !host_known || is_host == !strcmp(role, "host") ? acts : receives;
    if (s->n < 64) s->rows[s->n++] = i;
  }
}

static json_t *plover_actor(const export_data *data, const attache_result *actors, size_t row) {
  const char *country = attache_result_cell(actors, 0, row, AC_COUNTRY);
  const char *alpha3 = export_alpha3(data, country);
  json_t *a = json_pack("{s:s, s:s, s:s}", "code", alpha3 ? alpha3 : country, "country", country, "sector", "MIL");
  const char *name = attache_result_cell(actors, 0, row, AC_NAME), *names = attache_result_cell(actors, 0, row, AC_NAMES),
             *offices = attache_result_cell(actors, 0, row, AC_OFFICES);
  if (name) json_object_set_new(a, "name", json_string(name));
  if (names) json_object_set_new(a, "actor_text", json_string(names));
  if (offices) json_object_set_new(a, "office", json_string(offices));
  return a;
}

static void set_text(json_t *o, const char *key, const char *value) {
  if (value) json_object_set_new(o, key, json_string(value));
}

static void plover_record(const export_data *data, const attache_result *ev, size_t i, const attache_result *actors,
                          size_t from, size_t to, const export_row *code, FILE *out) {
  char date[11], end[11];
  const char *when = attache_result_cell(ev, 0, i, EV_DATE);
  if (!full_date(when, date)) return;
  json_t *rec = json_object();
  char id[48];
  snprintf(id, sizeof id, "attache-%s", attache_result_cell(ev, 0, i, EV_ID));
  set_text(rec, "id", id);
  set_text(rec, "date", date);
  set_text(rec, "date_precision", precision(when));
  if (full_date(attache_result_cell(ev, 0, i, EV_DATE_END), end)) set_text(rec, "enddate", end);
  side acts, receives;
  sides(actors, from, to, code->cells[CODE_ACTOR], attache_result_cell(ev, 0, i, EV_LOCATION), &acts, &receives);
  if (!acts.n) { /* no state took part (an organization's event): PLOVER needs a source actor */
    json_decref(rec);
    return;
  }
  json_t *source = json_array(), *recipient = json_array();
  for (size_t k = 0; k < acts.n; k++) json_array_append_new(source, plover_actor(data, actors, acts.rows[k]));
  for (size_t k = 0; k < receives.n; k++) json_array_append_new(recipient, plover_actor(data, actors, receives.rows[k]));
  json_object_set_new(rec, "source", source);
  if (receives.n) json_object_set_new(rec, "recipient", recipient);
  else json_decref(recipient);
  json_object_set_new(rec, "event", json_pack("[s]", code->cells[CODE_PLOVER]));
  if (strcmp(code->cells[CODE_MODE], "-")) json_object_set_new(rec, "mode", json_pack("[s]", code->cells[CODE_MODE]));
  json_object_set_new(rec, "context", json_pack("[s]", code->cells[CODE_CONTEXT]));
  json_object_set_new(rec, "quad_code", json_integer(atoi(code->cells[CODE_QUAD])));
  json_object_set_new(rec, "attache_type", json_string(code->cells[CODE_TYPE]));
  const char *place = attache_result_cell(ev, 0, i, EV_PLACE), *loc = attache_result_cell(ev, 0, i, EV_LOCATION);
  if (place || loc) {
    json_t *where = json_object();
    set_text(where, "name", place);
    set_text(where, "country code", loc);
    set_text(where, "cc3", export_alpha3(data, loc));
    json_object_set_new(rec, "event_loc", where);
  }
  set_text(rec, "text", attache_result_cell(ev, 0, i, EV_EVIDENCE));
  json_t *cite = json_object();
  set_text(cite, "citation", attache_result_cell(ev, 0, i, EV_SOURCE_ID));
  set_text(cite, "url", attache_result_cell(ev, 0, i, EV_URL));
  set_text(cite, "title", attache_result_cell(ev, 0, i, EV_TITLE));
  set_text(cite, "language", attache_result_cell(ev, 0, i, EV_LANG));
  json_object_set_new(cite, "coder", json_sprintf("attache %s", attache_version()));
  json_object_set_new(rec, "cite_info", cite);
  char *text = json_dumps(rec, JSON_COMPACT | JSON_PRESERVE_ORDER);
  json_decref(rec);
  if (!text) abort();
  fputs(text, out);
  fputc('\n', out);
  free(text);
}

/* A cell of a tab-separated row: tabs and line breaks become spaces. */
static void tsv_cell(FILE *out, const char *s, bool first) {
  if (!first) fputc('\t', out);
  for (; s && *s; s++) fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

/* The ten Actor columns of GDELT (Code, Name, CountryCode, KnownGroupCode,
 * EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code). */
static void cameo_actor(FILE *out, const export_data *data, const attache_result *actors, size_t row, bool present) {
  const char *country = present ? attache_result_cell(actors, 0, row, AC_COUNTRY) : NULL;
  const char *alpha3 = present ? export_alpha3(data, country) : NULL;
  char code[16] = "", name[256] = "";
  if (present) {
    snprintf(code, sizeof code, "%sMIL", alpha3 ? alpha3 : country);
    const char *n = attache_result_cell(actors, 0, row, AC_NAME);
    snprintf(name, sizeof name, "%s", n ? n : country);
    for (char *p = name; *p; p++) *p = (char)toupper((unsigned char)*p);
  }
  const char *cells[10] = {code, name, alpha3 ? alpha3 : (country ? country : ""), "", "", "", "", present ? "MIL" : "",
                           "", ""};
  for (size_t k = 0; k < 10; k++) tsv_cell(out, cells[k], false);
}

static void cameo_rows(const export_data *data, const attache_result *ev, size_t i, const attache_result *actors,
                       size_t from, size_t to, const export_row *code, FILE *out) {
  char date[11];
  if (!full_date(attache_result_cell(ev, 0, i, EV_DATE), date)) return;
  side acts, receives;
  sides(actors, from, to, code->cells[CODE_ACTOR], attache_result_cell(ev, 0, i, EV_LOCATION), &acts, &receives);
  /* mutual: from Vietnam (first in coded_actors) or the first state to each other */
  if (!receives.n && acts.n > 1) {
    for (size_t k = 1; k < acts.n; k++) receives.rows[receives.n++] = acts.rows[k];
    acts.n = 1;
  }
  int year = atoi(date), month = atoi(date + 5), day = atoi(date + 8);
  const char *ingested = attache_result_cell(ev, 0, i, EV_INGESTED);
  char added[16] = "";
  if (ingested && strlen(ingested) >= 19)
    snprintf(added, sizeof added, "%.4s%.2s%.2s%.2s%.2s%.2s", ingested, ingested + 5, ingested + 8, ingested + 11,
             ingested + 14, ingested + 17);
  const char *place = attache_result_cell(ev, 0, i, EV_PLACE), *loc = attache_result_cell(ev, 0, i, EV_LOCATION);
  const char *url = attache_result_cell(ev, 0, i, EV_URL);
  const char *sources = attache_result_cell(ev, 0, i, EV_SOURCES);
  const char *cameo = code->cells[CODE_CAMEO];
  char root[3] = {cameo[0], cameo[1], '\0'};
  size_t n = 0;
  for (size_t a = 0; a < acts.n; a++)
    for (size_t b = 0; b < (receives.n ? receives.n : 1); b++) {
      char num[64];
      snprintf(num, sizeof num, "%lld", strtoll(attache_result_cell(ev, 0, i, EV_ID), NULL, 10) * 1000 + (long long)++n);
      tsv_cell(out, num, true); /* GLOBALEVENTID: the event's id and the pair's number */
      snprintf(num, sizeof num, "%04d%02d%02d", year, month, day);
      tsv_cell(out, num, false);
      snprintf(num, sizeof num, "%04d%02d", year, month);
      tsv_cell(out, num, false);
      snprintf(num, sizeof num, "%04d", year);
      tsv_cell(out, num, false);
      snprintf(num, sizeof num, "%.4f", year + ((month - 1) * 30 + day) / 365.0);
      tsv_cell(out, num, false);
      cameo_actor(out, data, actors, acts.rows[a], true);
      cameo_actor(out, data, actors, receives.n ? receives.rows[b] : 0, receives.n > 0);
      tsv_cell(out, "1", false); /* IsRootEvent */
      tsv_cell(out, cameo, false);
      tsv_cell(out, cameo, false);
      tsv_cell(out, root, false);
      tsv_cell(out, code->cells[CODE_QUAD], false);
      tsv_cell(out, code->cells[CODE_GOLDSTEIN], false);
      for (int k = 0; k < 3; k++) tsv_cell(out, sources, false); /* NumMentions, NumSources, NumArticles */
      tsv_cell(out, "", false);                                  /* AvgTone: attache measures no tone */
      for (int g = 0; g < 2; g++) { /* Actor1Geo, Actor2Geo: not known */
        tsv_cell(out, "0", false);
        for (int k = 0; k < 7; k++) tsv_cell(out, "", false);
      }
      /* ActionGeo: the place as written (GDELT's FIPS country and ADM codes are not held) */
      tsv_cell(out, place ? "4" : loc ? "1" : "0", false);
      tsv_cell(out, place ? place : loc ? loc : "", false);
      for (int k = 0; k < 6; k++) tsv_cell(out, "", false);
      tsv_cell(out, added, false);
      tsv_cell(out, url ? url : attache_result_cell(ev, 0, i, EV_SOURCE_ID), false);
      fputc('\n', out);
    }
}

attache_status export_codings_write(attache_store *store, const export_data *data, const export_request *req,
                                    FILE *out, attache_error *err) {
  attache_result *ev = NULL, *actors = NULL;
  attache_status st = export_query(store, req, "coded_events", &ev, err);
  if (st == ATTACHE_OK) st = export_query(store, req, "coded_actors", &actors, err);
  for (size_t i = 0, from = 0, to = 0; st == ATTACHE_OK && i < attache_result_rows(ev, 0); i++) {
    export_rows_of(actors, AC_EVENT, strtoll(attache_result_cell(ev, 0, i, EV_ID), NULL, 10), &from, &to);
    const export_row *code = export_code_of(data, attache_result_cell(ev, 0, i, EV_TYPE));
    if (code && req->format == EXPORT_PLOVER) plover_record(data, ev, i, actors, from, to, code, out);
    else if (code) cameo_rows(data, ev, i, actors, from, to, code, out);
    from = to;
  }
  attache_result_free(ev);
  attache_result_free(actors);
  return st;
}
