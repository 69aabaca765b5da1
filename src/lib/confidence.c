/* SPDX-License-Identifier: MIT */
/*
 * confidence.c - how likely each record is right as extracted.
 *
 * A record's confidence is a logistic model over what its rule had to go
 * on: the kind of cue, the anchors found (people of both sides, a place,
 * where the date came from), hedges in its sentence, whether the headline
 * or other sentences tell of it too. Each such fact is a named feature; its
 * weight is a row of data/confidence.tsv (phrase: the feature, value: the
 * weight), fitted on the annotated dev sets by tools/calibration.py --fit so
 * that records of confidence p are right about p of the time. A feature
 * with no row weighs 0.
 */
#include "event_frame.h" /* at_mentions_in */

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

/* Every feature a row of data/confidence.tsv may name (a typo is an error,
 * not a weight silently unused). */
static const char *const FEATURES[] = {
    "event", "event:noun_cue", "event:forum", "event:by_reference",
    "event:type=reception", "event:type=talks", "event:type=call", "event:type=visit", "event:type=dialogue",
    "event:type=multilateral", "event:type=signing", "event:type=port_call", "event:type=exercise",
    "event:type=exchange", "event:type=meeting",
    "event:date=told", "event:date=told_no_year", "event:date=reference", "event:date=none",
    "event:year=publication", "event:year=url", "event:year=story", "event:year=unknown",
    "event:people=none", "event:people=one_side", "event:people=both_sides", "event:no_partner", "event:place",
    "event:retold", "event:caption", "event:english", "event:hedge", "event:headline", "event:lead", "event:late",
    "event:long_sentence", "event:before_publication",
    "participant", "participant:rank", "participant:position", "participant:no_country",
    "participant:country_told", "participant:one_word", "participant:named_again", "participant:english",
    "participant:not_in_evidence", "participant:crowd",
    "agreement", "agreement:status=signed", "agreement:status=planned", "agreement:status=existing",
    "agreement:date", "agreement:period", "agreement:kind=other", "agreement:short_title",
    "agreement:long_title", "agreement:english", "agreement:with_event", "agreement:no_partner",
    "figure", "figure:metric=other", "figure:qualifier=exact", "figure:english", "figure:with_event",
    "relation", "relation:since", "relation:english", "relation:hedge",
    "relation:framework=comprehensive_strategic_partnership", "relation:framework=strategic_partnership",
    "relation:framework=comprehensive_partnership", "relation:framework=traditional_friendship",
    "relation:framework=special_relationship",
};
enum { NFEATURES = sizeof FEATURES / sizeof FEATURES[0] };

size_t at_confidence_nfeatures(void) { return NFEATURES; }

/* The features by name: a record's feature is found by its name's hash, and
 * its weight is then one read (at_lexicon_feature_weights), instead of a
 * comparison with every row of data/confidence.tsv. */
enum { FEATURE_SLOTS = 256 };
static int16_t feature_slots[FEATURE_SLOTS]; /* feature number + 1; 0: empty */
static once_flag feature_slots_once = ONCE_FLAG_INIT;

/* A feature's name by its length and its last bytes (names share their
 * first ones: "event:type=..."); a name is asked for by every record. */
static uint32_t name_hash(const char *s) {
  size_t n = strlen(s);
  uint64_t tail = 0;
  for (size_t i = n > 8 ? n - 8 : 0; i < n; i++) tail = tail << 8 | (unsigned char)s[i];
  uint64_t h = (tail ^ n) * 0x9E3779B97F4A7C15u;
  return (uint32_t)(h >> 32);
}

static void fill_feature_slots(void) {
  for (int16_t i = 0; i < NFEATURES; i++) {
    uint32_t k = name_hash(FEATURES[i]) % FEATURE_SLOTS;
    while (feature_slots[k]) k = (k + 1) % FEATURE_SLOTS;
    feature_slots[k] = (int16_t)(i + 1);
  }
}

/* The number of a known feature, or -1. */
static int feature_id(const char *name) {
  call_once(&feature_slots_once, fill_feature_slots);
  for (uint32_t k = name_hash(name) % FEATURE_SLOTS; feature_slots[k]; k = (k + 1) % FEATURE_SLOTS)
    if (!strcmp(FEATURES[feature_slots[k] - 1], name)) return feature_slots[k] - 1;
  return -1;
}

/* The known name equal to prefix + value, or NULL (an event type or
 * framework outside the contract has no feature of its own). */
static const char *feature_named(const char *prefix, const char *value) {
  size_t n = strlen(prefix);
  for (size_t i = 0; i < NFEATURES; i++)
    if (FEATURES[i][0] == prefix[0] && !strncmp(FEATURES[i], prefix, n) && !strcmp(FEATURES[i] + n, value))
      return FEATURES[i]; /* (the first byte: another kind of record's feature, at once) */
  return NULL;
}

static void add(at_features *f, const char *name) {
  if (name && f->n < AT_FEATURES_MAX) f->names[f->n++] = name;
}

static bool english(const attache_doc *doc, uint32_t sentence) {
  return AT_SENT(doc, sentence)->flags & AT_SENT_ENGLISH;
}

/* A word of plan, wish, negation, habit or history in the sentence, which
 * the rule looked past: the record may be told less firmly than it reads. */
static bool hedged(const attache_doc *doc, uint32_t sentence) {
  const at_sentence *s = AT_SENT(doc, sentence);
  for (uint32_t k = s->match_start; k < s->match_end; k++) {
    const at_entry *m = at_match_entry(AT_MATCH(doc, k), AT_CAT_MODAL);
    if (m && strcmp(m->value, "none")) return true;
  }
  return false;
}

/* Does the headline tell a happening of this type? */
static bool in_headline(const attache_doc *doc, const at_event *ev) {
  bool forum = !strcmp(ev->type, "multilateral") || !strcmp(ev->type, "dialogue");
  for (uint32_t i = 0; i < doc->sentences.len; i++) {
    const at_sentence *s = AT_SENT(doc, i);
    if (!(s->flags & AT_SENT_TITLE)) continue;
    for (uint32_t k = s->match_start; k < s->match_end; k++) {
      const at_match *m = AT_MATCH(doc, k);
      if (at_match_value(m, AT_CAT_CUE, ev->type) || (forum && at_match_entry(m, AT_CAT_MECHANISM))) return true;
    }
  }
  return false;
}

/* How many of the story's sentences come before this one (the headline not counted). */
static uint32_t story_position(const attache_doc *doc, uint32_t sentence) {
  uint32_t told = 0;
  for (uint32_t i = 0; i < sentence && i < doc->sentences.len; i++) told += !(AT_SENT(doc, i)->flags & AT_SENT_TITLE);
  return told;
}

static uint32_t sentence_words(const attache_doc *doc, uint32_t sentence) {
  const at_sentence *s = AT_SENT(doc, sentence);
  uint32_t n = 0;
  for (uint32_t t = s->tok_start; t < s->tok_end; t++) n += AT_TOK(doc, t)->kind != AT_TOK_PUNCT;
  return n;
}

static bool has_foreign(const at_strset *set) {
  for (uint8_t i = 0; i < set->n; i++)
    if (strcmp(set->items[i], "VN")) return true;
  return false;
}

/* Where the year of a date told without one came from: the publication
 * date (given with the document or on its dateline: a page and its text
 * alone read alike), a date in the URL, or the story's own dates. */
static const char *year_source(const attache_doc *doc) {
  if (!doc->has_published) return "event:year=story";
  return doc->published_from == AT_PUBLISHED_URL ? "event:year=url" : "event:year=publication";
}

void at_event_features(const attache_doc *doc, const at_event *ev, at_features *out) {
  out->n = 0;
  add(out, "event");
  add(out, feature_named("event:type=", ev->type));
  if (ev->mechanism && (!strcmp(ev->type, "multilateral") || !strcmp(ev->type, "dialogue"))) add(out, "event:forum");
  else if (ev->why.rule && !strcmp(ev->why.rule, "nominal-cue")) add(out, "event:noun_cue");
  if (ev->by_reference) add(out, "event:by_reference");
  static const char *const DATE_FROM[] = {"event:date=none", "event:date=told", "event:date=told_no_year",
                                          "event:date=reference"};
  add(out, ev->has_date ? DATE_FROM[ev->date_from < 4 ? ev->date_from : 0] : "event:date=none");
  if (ev->has_date && !ev->date.year) add(out, "event:year=unknown");
  else if (ev->has_date && ev->date_from == AT_DATE_TOLD_NO_YEAR) add(out, year_source(doc));
  bool vn = false, foreign = false;
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const char *c = AT_PERSON(doc, ev->participants[i])->country;
    if (c && !strcmp(c, "VN")) vn = true;
    else if (c) foreign = true;
  }
  add(out, !ev->nparticipants ? "event:people=none" : vn && foreign ? "event:people=both_sides" : "event:people=one_side");
  if (!has_foreign(&ev->countries)) add(out, "event:no_partner");
  if (ev->place) add(out, "event:place");
  if (ev->retold) add(out, "event:retold");
  if (AT_SENT(doc, ev->sentence)->flags & AT_SENT_CAPTION) add(out, "event:caption");
  if (english(doc, ev->sentence)) add(out, "event:english");
  if (hedged(doc, ev->sentence)) add(out, "event:hedge");
  if (in_headline(doc, ev)) add(out, "event:headline");
  uint32_t position = story_position(doc, ev->sentence);
  if (position < 2) add(out, "event:lead");
  else if (position >= 8) add(out, "event:late"); /* past the story's first paragraphs: background, more often */
  if (sentence_words(doc, ev->sentence) > 45) add(out, "event:long_sentence");
  if (ev->has_date && ev->date.year && doc->has_published && ev->date.year < doc->published.year)
    add(out, "event:before_publication");
}

/* Is the person named in the sentence? */
static bool named_in(const attache_doc *doc, uint32_t person, uint32_t sentence) {
  const at_mention *m;
  size_t n = at_mentions_in(doc, sentence, &m);
  for (size_t i = 0; i < n; i++)
    if (m[i].person == person) return true;
  return false;
}

/* Is the person named in more than one sentence? */
static bool named_again(const attache_doc *doc, uint32_t person) {
  long first = -1;
  for (size_t i = 0; i < doc->mentions.len; i++) {
    const at_mention *m = AT_VEC_AT(&doc->mentions, at_mention, i);
    if (m->person != person) continue;
    if (first >= 0 && (uint32_t)first != m->sentence) return true;
    first = m->sentence;
  }
  return false;
}

void at_participant_features(const attache_doc *doc, const at_event *ev, uint8_t i, at_features *out) {
  const at_person *p = AT_PERSON(doc, ev->participants[i]);
  out->n = 0;
  add(out, "participant");
  if (p->rank) add(out, "participant:rank");
  if (p->position) add(out, "participant:position");
  if (!p->country) add(out, "participant:no_country");
  else if (p->country_explicit) add(out, "participant:country_told");
  if (!strchr(p->name, ' ')) add(out, "participant:one_word");
  if (named_again(doc, ev->participants[i])) add(out, "participant:named_again");
  if (english(doc, ev->sentence)) add(out, "participant:english");
  if (!named_in(doc, ev->participants[i], ev->sentence)) add(out, "participant:not_in_evidence");
  if (ev->nparticipants >= 4) add(out, "participant:crowd");
}

static size_t words(const char *s) {
  size_t n = 1;
  for (; *s; s++) n += *s == ' ';
  return n;
}

void at_agreement_features(const attache_doc *doc, const at_agreement *a, at_features *out) {
  out->n = 0;
  add(out, "agreement");
  add(out, feature_named("agreement:status=", a->status));
  if (a->has_date) add(out, "agreement:date");
  if (a->period_from) add(out, "agreement:period");
  if (!strcmp(a->kind, "other")) add(out, "agreement:kind=other");
  size_t n = words(a->title);
  if (n <= 3) add(out, "agreement:short_title");
  if (n > 15) add(out, "agreement:long_title");
  if (english(doc, a->sentence)) add(out, "agreement:english");
  if (AT_SENT(doc, a->sentence)->event >= 0) add(out, "agreement:with_event");
  if (!has_foreign(&a->parties)) add(out, "agreement:no_partner");
}

void at_figure_features(const attache_doc *doc, const at_figure *f, at_features *out) {
  out->n = 0;
  add(out, "figure");
  if (!strcmp(f->metric, "other")) add(out, "figure:metric=other");
  if (!strcmp(f->qualifier, "exact")) add(out, "figure:qualifier=exact");
  if (english(doc, f->sentence)) add(out, "figure:english");
  if (AT_SENT(doc, f->sentence)->event >= 0) add(out, "figure:with_event");
}

void at_relation_features(const attache_doc *doc, const at_relation *r, at_features *out) {
  out->n = 0;
  add(out, "relation");
  add(out, feature_named("relation:framework=", r->framework));
  if (r->since) add(out, "relation:since");
  if (english(doc, r->sentence)) add(out, "relation:english");
  if (hedged(doc, r->sentence)) add(out, "relation:hedge");
}

double at_confidence_of(const attache_lexicon *lex, const at_features *f) {
  /* The weights are added in the order of their rows in the file, so that
   * the sum is the same to the last bit whatever order the features came in. */
  const at_feature_weight *weights = at_lexicon_feature_weights(lex);
  const at_feature_weight *terms[AT_FEATURES_MAX];
  size_t n = 0;
  for (uint8_t k = 0; k < f->n; k++) {
    int id = feature_id(f->names[k]);
    if (id < 0 || !weights[id].has_row) continue; /* no row weighs it */
    const at_feature_weight *w = &weights[id];
    size_t j = n++;
    for (; j > 0 && terms[j - 1]->row > w->row; j--) terms[j] = terms[j - 1];
    terms[j] = w;
  }
  double z = 0;
  for (size_t i = 0; i < n; i++) z += terms[i]->weight;
  double p = 1.0 / (1.0 + exp(-z));
  return floor(p * 100.0 + 0.5) / 100.0;
}

attache_status at_confidence_check(const attache_lexicon *lex, attache_error *err) {
  const at_entry **rows;
  size_t n;
  at_lexicon_entries(lex, AT_CAT_CONFIDENCE, &rows, &n);
  for (size_t i = 0; i < n; i++) {
    const at_entry *e = rows[i];
    if (err) err->line = e->line;
    int id = feature_id(e->phrase);
    if (id < 0) return at_error_set(err, ATTACHE_ERR_DATA, "unknown confidence feature \"%s\"", e->phrase);
    char *end = NULL;
    double w = strtod(e->value, &end);
    if (!*e->value || *end || !isfinite(w) || fabs(w) > 20)
      return at_error_set(err, ATTACHE_ERR_DATA, "weight must be a number from -20 to 20, not \"%s\"", e->value);
    for (size_t j = 0; j < i; j++)
      if (!strcmp(rows[j]->phrase, e->phrase))
        return at_error_set(err, ATTACHE_ERR_DATA, "feature \"%s\" given twice (line %u)", e->phrase, rows[j]->line);
    at_lexicon_feature_weights(lex)[id] = (at_feature_weight){w, (uint32_t)i, true};
  }
  return ATTACHE_OK;
}

void at_confidence(attache_doc *doc) {
  at_features f;
  for (size_t i = 0; i < doc->events.len; i++) {
    at_event *ev = AT_EVENT(doc, i);
    at_event_features(doc, ev, &f);
    ev->confidence = at_confidence_of(doc->lex, &f);
    for (uint8_t k = 0; k < ev->nparticipants; k++) {
      at_participant_features(doc, ev, k, &f);
      ev->participant_confidence[k] = at_confidence_of(doc->lex, &f);
    }
  }
  for (size_t i = 0; i < doc->agreements.len; i++) {
    at_agreement *a = AT_VEC_AT(&doc->agreements, at_agreement, i);
    at_agreement_features(doc, a, &f);
    a->confidence = at_confidence_of(doc->lex, &f);
  }
  for (size_t i = 0; i < doc->figures.len; i++) {
    at_figure *x = AT_VEC_AT(&doc->figures, at_figure, i);
    at_figure_features(doc, x, &f);
    x->confidence = at_confidence_of(doc->lex, &f);
  }
  for (size_t i = 0; i < doc->relations.len; i++) {
    at_relation *r = AT_VEC_AT(&doc->relations, at_relation, i);
    at_relation_features(doc, r, &f);
    r->confidence = at_confidence_of(doc->lex, &f);
  }
}
