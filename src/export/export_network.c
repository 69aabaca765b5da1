/* SPDX-License-Identifier: MIT */
/*
 * export_network.c - the partner network, or with `people` the network of
 * people who met, as GraphML or GEXF 1.3, written with libxml2's xmlTextWriter
 * (which escapes every name and value).
 *
 * Partner network: Vietnam and every partner state (as `partners` lists them:
 * states of events, relations and agreements) and organization as nodes, with
 * kind, framework and counts; an edge from Vietnam to each partner that took
 * part in events, weighted by their number (as `partners` counts them), with
 * the events per type and per year. People: each person who took part in an
 * event, an edge between two people for the events both took part in.
 * GEXF is dynamic: a node starts in the year of its first event, an edge
 * lives in the years it has events, with its count per year.
 */
#include "export.h"

#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct tally {
  char key[32];
  long n;
} tally;

/* One edge, summed over the (type, year) rows of network_edges or people_edges. */
typedef struct edge {
  char source[32], target[32];
  long weight;
  tally types[16], years[128];
  size_t ntypes, nyears;
} edge;

static void count(tally *t, size_t *n, size_t cap, const char *key, long by) {
  for (size_t i = 0; i < *n; i++)
    if (!strcmp(t[i].key, key)) {
      t[i].n += by;
      return;
    }
  if (*n == cap) return;
  snprintf(t[*n].key, sizeof t[*n].key, "%s", key);
  t[(*n)++].n = by;
}

/* "talks:3 visit:2" */
static void summary(const tally *t, size_t n, char *out, size_t cap) {
  size_t o = 0;
  out[0] = '\0';
  for (size_t i = 0; i < n && o < cap; i++) o += (size_t)snprintf(out + o, cap - o, "%s%s:%ld", i ? " " : "", t[i].key, t[i].n);
}

typedef struct writer {
  xmlTextWriterPtr w;
  bool gexf;
  int failed;
} writer;

static void start(writer *w, const char *name) { w->failed |= xmlTextWriterStartElement(w->w, BAD_CAST name) < 0; }
static void end(writer *w) { w->failed |= xmlTextWriterEndElement(w->w) < 0; }
static void attr(writer *w, const char *name, const char *value) {
  if (value) w->failed |= xmlTextWriterWriteAttribute(w->w, BAD_CAST name, BAD_CAST value) < 0;
}
static void text_element(writer *w, const char *name, const char *value) {
  w->failed |= xmlTextWriterWriteElement(w->w, BAD_CAST name, BAD_CAST value) < 0;
}

/* GraphML <key> / GEXF <attribute> declarations. */
typedef struct key {
  const char *id, *type; /* GEXF types; GraphML's int is GEXF's integer */
} key;

static void declare(writer *w, const char *for_what, const key *keys, size_t n, const char *mode) {
  if (w->gexf) {
    start(w, "attributes");
    attr(w, "class", for_what);
    attr(w, "mode", mode);
  }
  for (size_t i = 0; i < n; i++) {
    start(w, w->gexf ? "attribute" : "key");
    if (w->gexf) {
      attr(w, "id", keys[i].id);
      attr(w, "title", keys[i].id);
      attr(w, "type", keys[i].type);
    } else {
      char id[48];
      snprintf(id, sizeof id, "%s_%s", for_what, keys[i].id);
      attr(w, "id", id);
      attr(w, "for", for_what);
      attr(w, "attr.name", keys[i].id);
      attr(w, "attr.type", !strcmp(keys[i].type, "integer") ? "int" : keys[i].type);
    }
    end(w);
  }
  if (w->gexf) end(w);
}

/* One attribute value of a node or edge (GEXF: inside <attvalues>). */
static void value(writer *w, const char *for_what, const char *k, const char *v) {
  if (!v) return;
  if (w->gexf) {
    start(w, "attvalue");
    attr(w, "for", k);
    attr(w, "value", v);
    end(w);
  } else {
    char id[48];
    snprintf(id, sizeof id, "%s_%s", for_what, k);
    start(w, "data");
    attr(w, "key", id);
    w->failed |= xmlTextWriterWriteString(w->w, BAD_CAST v) < 0;
    end(w);
  }
}

static void write_edge(writer *w, const edge *e, size_t number) {
  char id[32], weight[32], types[512], years[2048];
  snprintf(id, sizeof id, "e%zu", number);
  snprintf(weight, sizeof weight, "%ld", e->weight);
  summary(e->types, e->ntypes, types, sizeof types);
  summary(e->years, e->nyears, years, sizeof years);
  start(w, "edge");
  attr(w, "id", id);
  attr(w, "source", e->source);
  attr(w, "target", e->target);
  if (w->gexf) {
    attr(w, "weight", weight);
    start(w, "attvalues");
  } else {
    value(w, "edge", "weight", weight);
  }
  value(w, "edge", "types", types);
  value(w, "edge", "years", years);
  if (w->gexf) {
    /* the events of each year, while the edge lives (its spells) */
    for (size_t i = 0; i < e->nyears; i++) {
      if (!strcmp(e->years[i].key, "unknown")) continue;
      char n[32], from[16], to[16];
      snprintf(n, sizeof n, "%ld", e->years[i].n);
      snprintf(from, sizeof from, "%.4s-01-01", e->years[i].key);
      snprintf(to, sizeof to, "%.4s-12-31", e->years[i].key);
      start(w, "attvalue");
      attr(w, "for", "events");
      attr(w, "value", n);
      attr(w, "start", from);
      attr(w, "end", to);
      end(w);
    }
    end(w);
    bool spells = false;
    for (size_t i = 0; i < e->nyears; i++) {
      if (!strcmp(e->years[i].key, "unknown")) continue;
      char from[16], to[16];
      snprintf(from, sizeof from, "%.4s-01-01", e->years[i].key);
      snprintf(to, sizeof to, "%.4s-12-31", e->years[i].key);
      if (!spells) start(w, "spells");
      spells = true;
      start(w, "spell");
      attr(w, "start", from);
      attr(w, "end", to);
      end(w);
    }
    if (spells) end(w);
  }
  end(w);
}

/* Node columns of network_nodes (id, label, kind, framework, events,
 * agreements, first_year) and people_nodes (id, label, country, events, first_year). */
static const key PARTNER_NODE_KEYS[] = {{"label", "string"},  {"kind", "string"},       {"framework", "string"},
                                        {"events", "integer"}, {"agreements", "integer"}, {"first_year", "integer"}};
static const key PEOPLE_NODE_KEYS[] = {
    {"label", "string"}, {"country", "string"}, {"events", "integer"}, {"first_year", "integer"}};
static const key EDGE_KEYS[] = {{"weight", "integer"}, {"types", "string"}, {"years", "string"}};
static const key EDGE_DYNAMIC_KEYS[] = {{"events", "integer"}};

static void write_nodes(writer *w, const attache_result *nodes, bool people) {
  size_t cols = attache_result_columns(nodes, 0);
  const key *keys = people ? PEOPLE_NODE_KEYS : PARTNER_NODE_KEYS;
  for (size_t i = 0; i < attache_result_rows(nodes, 0); i++) {
    char id[48];
    snprintf(id, sizeof id, "%s%s", people ? "p" : "", attache_result_cell(nodes, 0, i, 0));
    const char *first_year = attache_result_cell(nodes, 0, i, cols - 1);
    start(w, "node");
    attr(w, "id", id);
    if (w->gexf) {
      attr(w, "label", attache_result_cell(nodes, 0, i, 1));
      if (first_year) {
        char from[16];
        snprintf(from, sizeof from, "%.4s-01-01", first_year);
        attr(w, "start", from);
      }
      start(w, "attvalues");
    }
    /* in GEXF the label is the node's own attribute, not an attvalue */
    for (size_t c = w->gexf ? 2 : 1; c < cols; c++) value(w, "node", keys[c - 1].id, attache_result_cell(nodes, 0, i, c));
    if (w->gexf) end(w);
    end(w);
  }
}

attache_status export_network_write(attache_store *store, const export_data *data, const export_request *req,
                                    FILE *out, attache_error *err) {
  (void)data;
  bool people = req->people;
  attache_result *nodes = NULL, *rows = NULL;
  attache_status st = export_query(store, req, people ? "people_nodes" : "network_nodes", &nodes, err);
  if (st == ATTACHE_OK) st = export_query(store, req, people ? "people_edges" : "network_edges", &rows, err);
  if (st != ATTACHE_OK) {
    attache_result_free(nodes);
    return st;
  }
  xmlBufferPtr buf = xmlBufferCreate();
  writer w = {.w = xmlNewTextWriterMemory(buf, 0), .gexf = req->format == EXPORT_GEXF};
  if (!buf || !w.w) abort();
  xmlTextWriterSetIndent(w.w, 1);
  w.failed |= xmlTextWriterStartDocument(w.w, NULL, "UTF-8", NULL) < 0;
  const char *title = people ? "people who met at the events in attache's knowledge base"
                             : "Vietnam's defense partners in attache's knowledge base";
  if (w.gexf) {
    char today[16];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(today, sizeof today, "%Y-%m-%d", &tm);
    start(&w, "gexf");
    attr(&w, "xmlns", "http://gexf.net/1.3");
    attr(&w, "version", "1.3");
    start(&w, "meta");
    attr(&w, "lastmodifieddate", today);
    char creator[64];
    snprintf(creator, sizeof creator, "attache %s", attache_version());
    text_element(&w, "creator", creator);
    text_element(&w, "description", title);
    end(&w);
    start(&w, "graph");
    attr(&w, "mode", "dynamic");
    attr(&w, "defaultedgetype", "undirected");
    attr(&w, "timeformat", "date");
    const key *nk = people ? PEOPLE_NODE_KEYS : PARTNER_NODE_KEYS;
    size_t nn = people ? sizeof PEOPLE_NODE_KEYS / sizeof *nk : sizeof PARTNER_NODE_KEYS / sizeof *nk;
    declare(&w, "node", nk + 1, nn - 1, "static"); /* the label is the node's own attribute */
    declare(&w, "edge", EDGE_KEYS + 1, 2, "static"); /* the weight too */
    declare(&w, "edge", EDGE_DYNAMIC_KEYS, 1, "dynamic");
  } else {
    start(&w, "graphml");
    attr(&w, "xmlns", "http://graphml.graphdrawing.org/xmlns");
    declare(&w, "node", people ? PEOPLE_NODE_KEYS : PARTNER_NODE_KEYS,
            people ? sizeof PEOPLE_NODE_KEYS / sizeof(key) : sizeof PARTNER_NODE_KEYS / sizeof(key), NULL);
    declare(&w, "edge", EDGE_KEYS, sizeof EDGE_KEYS / sizeof *EDGE_KEYS, NULL);
    start(&w, "graph");
    attr(&w, "id", people ? "people" : "partners");
    attr(&w, "edgedefault", "undirected");
    w.failed |= xmlTextWriterWriteComment(w.w, BAD_CAST title) < 0;
  }
  if (w.gexf) start(&w, "nodes");
  write_nodes(&w, nodes, people);
  if (w.gexf) {
    end(&w);
    start(&w, "edges");
  }
  /* rows: (partner, type, year, events) or (a, b, type, year, events), grouped by pair */
  edge *e = calloc(1, sizeof *e);
  if (!e) abort();
  size_t base = people ? 1 : 0, edges = 0;
  for (size_t i = 0; i <= attache_result_rows(rows, 0); i++) {
    char source[32] = "", target[32] = "";
    if (i < attache_result_rows(rows, 0)) {
      snprintf(source, sizeof source, "%s%s", people ? "p" : "", people ? attache_result_cell(rows, 0, i, 0) : "VN");
      snprintf(target, sizeof target, "%s%s", people ? "p" : "", attache_result_cell(rows, 0, i, base));
    }
    if (e->weight && (strcmp(source, e->source) || strcmp(target, e->target))) {
      write_edge(&w, e, ++edges);
      memset(e, 0, sizeof *e);
    }
    if (i == attache_result_rows(rows, 0)) break;
    snprintf(e->source, sizeof e->source, "%s", source);
    snprintf(e->target, sizeof e->target, "%s", target);
    const char *type = attache_result_cell(rows, 0, i, base + 1), *year = attache_result_cell(rows, 0, i, base + 2);
    long n = strtol(attache_result_cell(rows, 0, i, base + 3), NULL, 10);
    e->weight += n;
    count(e->types, &e->ntypes, 16, type, n);
    count(e->years, &e->nyears, 128, year ? year : "unknown", n);
  }
  free(e);
  if (w.gexf) end(&w);
  w.failed |= xmlTextWriterEndDocument(w.w) < 0; /* closes graph and graphml/gexf */
  xmlFreeTextWriter(w.w);
  attache_result_free(nodes);
  attache_result_free(rows);
  if (w.failed) {
    xmlBufferFree(buf);
    *err = (attache_error){.status = ATTACHE_ERR_NOMEM, .offset = (size_t)-1};
    snprintf(err->message, sizeof err->message, "cannot write the XML");
    return ATTACHE_ERR_NOMEM;
  }
  fwrite(xmlBufferContent(buf), 1, (size_t)xmlBufferLength(buf), out);
  xmlBufferFree(buf);
  return ATTACHE_OK;
}
