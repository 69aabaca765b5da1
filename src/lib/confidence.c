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

/* Every feature a row of data/confidence.tsv may name (a typo is an error,
 * not a weight silently unused), as a number and a name: the rules below
 * add a feature by its number, so that a record's weights are read by it
 * with no lookup of its name (the names are for data/confidence.tsv's rows
 * and --explain). One list makes both: X(number, name). */
#define FEATURE_LIST(X) \
  X(F_EVENT, "event") \
  X(F_EVENT_NOUN_CUE, "event:noun_cue") \
  X(F_EVENT_FORUM, "event:forum") \
  X(F_EVENT_BY_REFERENCE, "event:by_reference") \
  X(F_EVENT_TYPE_RECEPTION, "event:type=reception") \
  X(F_EVENT_TYPE_TALKS, "event:type=talks") \
  X(F_EVENT_TYPE_CALL, "event:type=call") \
  X(F_EVENT_TYPE_VISIT, "event:type=visit") \
  X(F_EVENT_TYPE_DIALOGUE, "event:type=dialogue") \
  X(F_EVENT_TYPE_MULTILATERAL, "event:type=multilateral") \
  X(F_EVENT_TYPE_SIGNING, "event:type=signing") \
  X(F_EVENT_TYPE_PORT_CALL, "event:type=port_call") \
  X(F_EVENT_TYPE_EXERCISE, "event:type=exercise") \
  X(F_EVENT_TYPE_EXCHANGE, "event:type=exchange") \
  X(F_EVENT_TYPE_MEETING, "event:type=meeting") \
  X(F_EVENT_DATE_TOLD, "event:date=told") \
  X(F_EVENT_DATE_TOLD_NO_YEAR, "event:date=told_no_year") \
  X(F_EVENT_DATE_REFERENCE, "event:date=reference") \
  X(F_EVENT_DATE_NONE, "event:date=none") \
  X(F_EVENT_YEAR_PUBLICATION, "event:year=publication") \
  X(F_EVENT_YEAR_URL, "event:year=url") \
  X(F_EVENT_YEAR_STORY, "event:year=story") \
  X(F_EVENT_YEAR_UNKNOWN, "event:year=unknown") \
  X(F_EVENT_PEOPLE_NONE, "event:people=none") \
  X(F_EVENT_PEOPLE_ONE_SIDE, "event:people=one_side") \
  X(F_EVENT_PEOPLE_BOTH_SIDES, "event:people=both_sides") \
  X(F_EVENT_NO_PARTNER, "event:no_partner") \
  X(F_EVENT_PLACE, "event:place") \
  X(F_EVENT_RETOLD, "event:retold") \
  X(F_EVENT_CAPTION, "event:caption") \
  X(F_EVENT_ENGLISH, "event:english") \
  X(F_EVENT_HEDGE, "event:hedge") \
  X(F_EVENT_HEADLINE, "event:headline") \
  X(F_EVENT_LEAD, "event:lead") \
  X(F_EVENT_LATE, "event:late") \
  X(F_EVENT_LONG_SENTENCE, "event:long_sentence") \
  X(F_EVENT_BEFORE_PUBLICATION, "event:before_publication") \
  X(F_PARTICIPANT, "participant") \
  X(F_PARTICIPANT_RANK, "participant:rank") \
  X(F_PARTICIPANT_POSITION, "participant:position") \
  X(F_PARTICIPANT_NO_COUNTRY, "participant:no_country") \
  X(F_PARTICIPANT_COUNTRY_TOLD, "participant:country_told") \
  X(F_PARTICIPANT_ONE_WORD, "participant:one_word") \
  X(F_PARTICIPANT_NAMED_AGAIN, "participant:named_again") \
  X(F_PARTICIPANT_ENGLISH, "participant:english") \
  X(F_PARTICIPANT_NOT_IN_EVIDENCE, "participant:not_in_evidence") \
  X(F_PARTICIPANT_CROWD, "participant:crowd") \
  X(F_AGREEMENT, "agreement") \
  X(F_AGREEMENT_STATUS_SIGNED, "agreement:status=signed") \
  X(F_AGREEMENT_STATUS_PLANNED, "agreement:status=planned") \
  X(F_AGREEMENT_STATUS_EXISTING, "agreement:status=existing") \
  X(F_AGREEMENT_DATE, "agreement:date") \
  X(F_AGREEMENT_PERIOD, "agreement:period") \
  X(F_AGREEMENT_KIND_OTHER, "agreement:kind=other") \
  X(F_AGREEMENT_SHORT_TITLE, "agreement:short_title") \
  X(F_AGREEMENT_LONG_TITLE, "agreement:long_title") \
  X(F_AGREEMENT_ENGLISH, "agreement:english") \
  X(F_AGREEMENT_WITH_EVENT, "agreement:with_event") \
  X(F_AGREEMENT_NO_PARTNER, "agreement:no_partner") \
  X(F_FIGURE, "figure") \
  X(F_FIGURE_METRIC_OTHER, "figure:metric=other") \
  X(F_FIGURE_QUALIFIER_EXACT, "figure:qualifier=exact") \
  X(F_FIGURE_ENGLISH, "figure:english") \
  X(F_FIGURE_WITH_EVENT, "figure:with_event") \
  X(F_RELATION, "relation") \
  X(F_RELATION_SINCE, "relation:since") \
  X(F_RELATION_ENGLISH, "relation:english") \
  X(F_RELATION_HEDGE, "relation:hedge") \
  X(F_RELATION_FRAMEWORK_COMPREHENSIVE_STRATEGIC_PARTNERSHIP, "relation:framework=comprehensive_strategic_partnership") \
  X(F_RELATION_FRAMEWORK_STRATEGIC_PARTNERSHIP, "relation:framework=strategic_partnership") \
  X(F_RELATION_FRAMEWORK_COMPREHENSIVE_PARTNERSHIP, "relation:framework=comprehensive_partnership") \
  X(F_RELATION_FRAMEWORK_TRADITIONAL_FRIENDSHIP, "relation:framework=traditional_friendship") \
  X(F_RELATION_FRAMEWORK_SPECIAL_RELATIONSHIP, "relation:framework=special_relationship")

enum feature {
#define AS_NUMBER(number, name) number,
  FEATURE_LIST(AS_NUMBER)
#undef AS_NUMBER
  NFEATURES
};
static const char *const FEATURES[NFEATURES] = {
#define AS_NAME(number, name) name,
    FEATURE_LIST(AS_NAME)
#undef AS_NAME
};

size_t at_confidence_nfeatures(void) { return NFEATURES; }

const char *at_feature_name(uint8_t id) { return id < NFEATURES ? FEATURES[id] : NULL; }

int at_feature_id(const char *name) {
  for (int i = 0; i < NFEATURES; i++)
    if (!strcmp(FEATURES[i], name)) return i;
  return -1;
}

/* The number of the known feature named prefix + value, or -1 (an event
 * type or framework outside the contract has no feature of its own). */
static int feature_named(const char *prefix, const char *value) {
  size_t n = strlen(prefix);
  for (int i = 0; i < NFEATURES; i++)
    if (FEATURES[i][0] == prefix[0] && !strncmp(FEATURES[i], prefix, n) && !strcmp(FEATURES[i] + n, value))
      return i; /* (the first byte: another kind of record's feature, at once) */
  return -1;
}

static void add(at_features *f, int id) {
  if (id >= 0 && f->n < AT_FEATURES_MAX) f->ids[f->n++] = (uint8_t)id;
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
static int year_source(const attache_doc *doc) {
  if (!doc->has_published) return F_EVENT_YEAR_STORY;
  return doc->published_from == AT_PUBLISHED_URL ? F_EVENT_YEAR_URL : F_EVENT_YEAR_PUBLICATION;
}

void at_event_features(const attache_doc *doc, const at_event *ev, at_features *out) {
  out->n = 0;
  add(out, F_EVENT);
  add(out, feature_named("event:type=", ev->type));
  if (ev->mechanism && (!strcmp(ev->type, "multilateral") || !strcmp(ev->type, "dialogue"))) add(out, F_EVENT_FORUM);
  else if (ev->why.rule && !strcmp(ev->why.rule, "nominal-cue")) add(out, F_EVENT_NOUN_CUE);
  if (ev->by_reference) add(out, F_EVENT_BY_REFERENCE);
  static const int DATE_FROM[] = {F_EVENT_DATE_NONE, F_EVENT_DATE_TOLD, F_EVENT_DATE_TOLD_NO_YEAR,
                                  F_EVENT_DATE_REFERENCE};
  add(out, ev->has_date ? DATE_FROM[ev->date_from < 4 ? ev->date_from : 0] : F_EVENT_DATE_NONE);
  if (ev->has_date && !ev->date.year) add(out, F_EVENT_YEAR_UNKNOWN);
  else if (ev->has_date && ev->date_from == AT_DATE_TOLD_NO_YEAR) add(out, year_source(doc));
  bool vn = false, foreign = false;
  for (uint8_t i = 0; i < ev->nparticipants; i++) {
    const char *c = AT_PERSON(doc, ev->participants[i])->country;
    if (c && !strcmp(c, "VN")) vn = true;
    else if (c) foreign = true;
  }
  add(out, !ev->nparticipants ? F_EVENT_PEOPLE_NONE
           : vn && foreign    ? F_EVENT_PEOPLE_BOTH_SIDES
                              : F_EVENT_PEOPLE_ONE_SIDE);
  if (!has_foreign(&ev->countries)) add(out, F_EVENT_NO_PARTNER);
  if (ev->place) add(out, F_EVENT_PLACE);
  if (ev->retold) add(out, F_EVENT_RETOLD);
  if (AT_SENT(doc, ev->sentence)->flags & AT_SENT_CAPTION) add(out, F_EVENT_CAPTION);
  if (english(doc, ev->sentence)) add(out, F_EVENT_ENGLISH);
  if (hedged(doc, ev->sentence)) add(out, F_EVENT_HEDGE);
  if (in_headline(doc, ev)) add(out, F_EVENT_HEADLINE);
  uint32_t position = story_position(doc, ev->sentence);
  if (position < 2) add(out, F_EVENT_LEAD);
  else if (position >= 8) add(out, F_EVENT_LATE); /* past the story's first paragraphs: background, more often */
  if (sentence_words(doc, ev->sentence) > 45) add(out, F_EVENT_LONG_SENTENCE);
  if (ev->has_date && ev->date.year && doc->has_published && ev->date.year < doc->published.year)
    add(out, F_EVENT_BEFORE_PUBLICATION);
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
  add(out, F_PARTICIPANT);
  if (p->rank) add(out, F_PARTICIPANT_RANK);
  if (p->position) add(out, F_PARTICIPANT_POSITION);
  if (!p->country) add(out, F_PARTICIPANT_NO_COUNTRY);
  else if (p->country_explicit) add(out, F_PARTICIPANT_COUNTRY_TOLD);
  if (!strchr(p->name, ' ')) add(out, F_PARTICIPANT_ONE_WORD);
  if (named_again(doc, ev->participants[i])) add(out, F_PARTICIPANT_NAMED_AGAIN);
  if (english(doc, ev->sentence)) add(out, F_PARTICIPANT_ENGLISH);
  if (!named_in(doc, ev->participants[i], ev->sentence)) add(out, F_PARTICIPANT_NOT_IN_EVIDENCE);
  if (ev->nparticipants >= 4) add(out, F_PARTICIPANT_CROWD);
}

static size_t words(const char *s) {
  size_t n = 1;
  for (; *s; s++) n += *s == ' ';
  return n;
}

void at_agreement_features(const attache_doc *doc, const at_agreement *a, at_features *out) {
  out->n = 0;
  add(out, F_AGREEMENT);
  add(out, feature_named("agreement:status=", a->status));
  if (a->has_date) add(out, F_AGREEMENT_DATE);
  if (a->period_from) add(out, F_AGREEMENT_PERIOD);
  if (!strcmp(a->kind, "other")) add(out, F_AGREEMENT_KIND_OTHER);
  size_t n = words(a->title);
  if (n <= 3) add(out, F_AGREEMENT_SHORT_TITLE);
  if (n > 15) add(out, F_AGREEMENT_LONG_TITLE);
  if (english(doc, a->sentence)) add(out, F_AGREEMENT_ENGLISH);
  if (AT_SENT(doc, a->sentence)->event >= 0) add(out, F_AGREEMENT_WITH_EVENT);
  if (!has_foreign(&a->parties)) add(out, F_AGREEMENT_NO_PARTNER);
}

void at_figure_features(const attache_doc *doc, const at_figure *f, at_features *out) {
  out->n = 0;
  add(out, F_FIGURE);
  if (!strcmp(f->metric, "other")) add(out, F_FIGURE_METRIC_OTHER);
  if (!strcmp(f->qualifier, "exact")) add(out, F_FIGURE_QUALIFIER_EXACT);
  if (english(doc, f->sentence)) add(out, F_FIGURE_ENGLISH);
  if (AT_SENT(doc, f->sentence)->event >= 0) add(out, F_FIGURE_WITH_EVENT);
}

void at_relation_features(const attache_doc *doc, const at_relation *r, at_features *out) {
  out->n = 0;
  add(out, F_RELATION);
  add(out, feature_named("relation:framework=", r->framework));
  if (r->since) add(out, F_RELATION_SINCE);
  if (english(doc, r->sentence)) add(out, F_RELATION_ENGLISH);
  if (hedged(doc, r->sentence)) add(out, F_RELATION_HEDGE);
}

double at_confidence_of(const attache_lexicon *lex, const at_features *f) {
  /* The weights are added in the order of their rows in the file, so that
   * the sum is the same to the last bit whatever order the features came in. */
  const at_feature_weight *weights = at_lexicon_feature_weights(lex);
  const at_feature_weight *terms[AT_FEATURES_MAX];
  size_t n = 0;
  for (uint8_t k = 0; k < f->n; k++) {
    int id = f->ids[k];
    if (!weights[id].has_row) continue; /* no row weighs it */
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
    int id = at_feature_id(e->phrase);
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
