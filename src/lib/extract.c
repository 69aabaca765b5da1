/* SPDX-License-Identifier: MIT */
/*
 * extract.c - runs the pipeline over one document (see pipeline.h for the
 * stages) and owns the result.
 */
#include "pipeline.h"

#include <attache/decode.h>
#include <attache/html.h>

#include "charset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>
#include <time.h>

static const char *copy_str(at_arena *arena, attache_str s) {
  return s.ptr && s.len ? at_arena_strndup(arena, s.ptr, s.len) : NULL;
}

/* Memory per document follows its tokens (a token, its lexicon match and its
 * folded forms take up to ~80 bytes), and news text has about one token per
 * 5 bytes (at most one per 4.3 in the evaluation sets). A document with more
 * than one per 3 bytes is not prose ("A. A. A. ..." has two per 3) and is
 * refused, which bounds memory to a small multiple of the document's size
 * (README, "Limits"). The allowance lets short lists and tables through. */
enum { AT_BYTES_PER_TOKEN_MIN = 3, AT_TOKENS_ALLOWED = 10000 };

size_t at_doc_max_tokens(const attache_doc *doc) { return doc->len / AT_BYTES_PER_TOKEN_MIN + AT_TOKENS_ALLOWED; }

/* News text has about one token per 5.8 bytes, a lexicon match per 3
 * tokens: room for a little more than that is taken at once (growing the
 * vectors from 16 items cost a tenth of tokenizing). */
enum { AT_BYTES_PER_TOKEN_GUESS = 4, AT_TOKENS_PER_MATCH_GUESS = 2 };

/* A sentence is read and matched this many tokens at a time: its tokens'
 * syllables, which only the matching needs, are kept for a piece, not for
 * the whole (a "sentence" of millions of tokens: README, "Limits"). */
enum { AT_TOKENS_PER_PIECE = 4096 };
/* Room for the syllables of a long sentence of news, taken at once
 * (growing from 16 by doubling cost 1% of tokenizing). */
enum { AT_SYLLABLES_GUESS = 256 };

/* A thread's vectors kept from one document to the next (as emit.c's JSON
 * buffer): taken and freed for every document, the syllables' cost about 1M
 * instructions of the benchmark's 570M, the tokens' and matches' 1.6M. The
 * syllables hold a piece's at most (two pieces' worth of tokens), so they
 * are never freed for their size. A document takes the tokens' and
 * matches' room when it is tokenized, and gives it back when it is freed
 * (on whichever thread): kept when no larger than AT_KEPT_ROOM_MAX bytes
 * and the thread keeps none (a caller may hold many documents), else
 * freed. A thread's are freed when the thread ends. */
typedef struct kept_room {
  at_vec syllables, tokens, matches;
} kept_room;
enum { AT_KEPT_ROOM_MAX = 4 << 20 };

static tss_t kept_rooms;
static once_flag kept_rooms_once = ONCE_FLAG_INIT;

static void free_kept_room(void *p) {
  kept_room *room = p;
  at_vec_free(&room->syllables);
  at_vec_free(&room->tokens);
  at_vec_free(&room->matches);
  free(room);
}

static void make_kept_rooms_key(void) {
  if (tss_create(&kept_rooms, free_kept_room) != thrd_success) at_oom();
}

static kept_room *thread_room(void) {
  call_once(&kept_rooms_once, make_kept_rooms_key);
  kept_room *room = tss_get(kept_rooms);
  if (!room) {
    room = malloc(sizeof *room);
    if (!room) at_oom();
    at_vec_init(&room->syllables, sizeof(at_token_syllables));
    at_vec_reserve(&room->syllables, AT_SYLLABLES_GUESS);
    at_vec_init(&room->tokens, sizeof(at_token));
    at_vec_init(&room->matches, sizeof(at_match));
    if (tss_set(kept_rooms, room) != thrd_success) at_oom();
  }
  return room;
}

/* Moves the room of vector `from` to `to` (of the same items, with none),
 * both left empty. */
static void move_room(at_vec *to, at_vec *from) {
  to->items = from->items, to->cap = from->cap, to->len = 0;
  from->items = NULL, from->cap = from->len = 0;
}

/* A freed document's vector: kept by the thread (see kept_room), or freed. */
static void give_room(at_vec *kept, at_vec *v) {
  if (!kept->items && v->cap * v->size <= AT_KEPT_ROOM_MAX) move_room(kept, v);
  else at_vec_free(v);
}

bool at_doc_tokenize(attache_doc *doc) {
  size_t max_tokens = at_doc_max_tokens(doc);
  size_t tokens_guess = doc->len / AT_BYTES_PER_TOKEN_GUESS + 16;
  kept_room *room = thread_room();
  if (!doc->tokens.items) move_room(&doc->tokens, &room->tokens);
  if (!doc->matches.items) move_room(&doc->matches, &room->matches);
  at_vec_reserve(&doc->tokens, tokens_guess < max_tokens ? tokens_guess : max_tokens);
  at_vec_reserve(&doc->matches, tokens_guess / AT_TOKENS_PER_MATCH_GUESS);
  at_vec syllables = room->syllables; /* the syllables of the sentence's tokens from `matched` on (at_token_syllables) */
  bool ok = true;
  for (size_t i = 0; ok && i < doc->sentences.len; i++) {
    at_sentence *s = AT_SENT(doc, i);
    s->tok_start = (uint32_t)doc->tokens.len;
    s->match_start = (uint32_t)doc->matches.len;
    s->categories = 0;
    s->values = 0;
    syllables.len = 0;
    at_tok_cursor from = {s->start, true, false, 0, 0};
    size_t matched = doc->tokens.len; /* the tokens before it are matched */
    for (bool whole = false; !whole;) {
      size_t piece_end = doc->tokens.len + AT_TOKENS_PER_PIECE;
      whole = at_tokenize_known_from(doc->lex, doc->arena, doc->text, &from, s->end, &doc->tokens,
                                     piece_end < max_tokens ? piece_end : max_tokens, &syllables);
      if (!whole && doc->tokens.len >= max_tokens) {
        ok = false;
        break;
      }
      /* A sentence may hold no token (only a no-break space): then there is
       * no token to point at, and the token vector may not exist yet. */
      size_t n = doc->tokens.len - matched;
      if (!n) continue;
      size_t done = at_lexicon_match(doc->lex, doc->arena, AT_TOK(doc, matched), n, (uint32_t)matched,
                                     syllables.items, !whole, &doc->matches, &s->categories, &s->values);
      matched += done;
      syllables.len -= done;
      if (syllables.len) /* the syllables of the tokens not matched yet go first */
        memmove(syllables.items, (at_token_syllables *)syllables.items + done, syllables.len * sizeof(at_token_syllables));
    }
    s->tok_end = (uint32_t)doc->tokens.len;
    s->match_end = (uint32_t)doc->matches.len;
    if (from.number) s->flags |= AT_SENT_NUMBER;
    s->words = from.words;
    s->latin_words = from.latin_words;
  }
  room->syllables = syllables; /* grown or not, kept for the thread's next document */
  return ok;
}

static bool blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') return false;
  return true;
}

const char *const AT_STAGE_NAMES[AT_STAGE_COUNT] = {"decode", "clean+segment", "tokenize+match",
                                                    "entities", "events", "records", "emit"};

/* The stopwatch counts the CPU time of this thread: on a machine shared with
 * other work, what the stage costs, not how long it waited for a core. */
static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Adds the time since *mark to stage `s` (when timing) and restarts the mark. */
static void lap(double *stage_seconds, int s, double *mark) {
  if (!stage_seconds) return;
  double t = now_seconds();
  stage_seconds[s] += t - *mark;
  *mark = t;
}

/* Is the first line of text with words the title, told the same words
 * (case and spaces aside)? */
static bool text_opens_with(attache_str text, attache_str title) {
  size_t i = 0;
  while (i < text.len && (at_is_space(text.ptr[i]) || text.ptr[i] == '\r')) i++;
  const char *eol = memchr(text.ptr + i, '\n', text.len - i);
  size_t end = eol ? (size_t)(eol - text.ptr) : text.len;
  at_arena *arena = at_arena_new();
  bool same = at_same_words_folded(arena, text.ptr + i, end - i, title.ptr, title.len);
  at_arena_free(arena);
  return same;
}

attache_status attache_extract(const attache_lexicon *lex, const attache_doc_input *input,
                               const attache_extract_options *options, attache_doc **out, attache_error *err) {
  return at_extract_timed(lex, input, options, out, err, NULL);
}

attache_status at_extract_timed(const attache_lexicon *lex, const attache_doc_input *input,
                                const attache_extract_options *options, attache_doc **out, attache_error *err,
                                double *stage_seconds) {
  double mark = stage_seconds ? now_seconds() : 0;
  if (!out) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  *out = NULL;
  if (!lex || !input) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  if (!input->id.ptr || !input->id.len) return at_error_set(err, ATTACHE_ERR_NO_ID, "document has no \"id\"");
  /* Of the input as given (a page, not its article), as the store computes it. */
  char content_hash[17] = "";
  if (options && options->with_text) at_content_hash(input, content_hash);

  /* A web page: its article becomes the text (headline first), its metadata
   * fills in what the input did not say. */
  attache_doc_input in = *input;
  attache_article *article = NULL;
  char *converted = NULL;
  const char *forced = options ? options->encoding : NULL;
  if (input->html.ptr && input->html.len && !(input->text.ptr && input->text.len)) {
    attache_status hs = attache_html_article(lex, input->html.ptr, input->html.len, forced, 0, &article, err);
    if (hs != ATTACHE_OK) return hs;
    size_t tl = article->title ? strlen(article->title) : 0, bl = strlen(article->text);
    converted = malloc(tl + bl + 3);
    if (!converted) at_oom();
    snprintf(converted, tl + bl + 3, "%s%s%s", tl ? article->title : "", tl ? "\n\n" : "", article->text);
    in.text = (attache_str){converted, strlen(converted)};
    if (!in.url.len && article->url) in.url = (attache_str){article->url, strlen(article->url)};
    if (!in.published.len && article->published) in.published = (attache_str){article->published, strlen(article->published)};
  } else if (forced && input->text.len) {
    /* Text in a named legacy encoding. */
    size_t clen = 0;
    const char *used = NULL;
    attache_status cs = at_charset_to_utf8(input->text.ptr, input->text.len, NULL, forced, &converted, &clen, &used, err);
    if (cs != ATTACHE_OK) return cs;
    in.text = (attache_str){converted, clen};
  }
  /* A headline given apart (JSON Lines "title") is the story's headline, put
   * before its text as a page's is, unless the text opens with it. */
  if (!article && in.title.len && in.text.len && at_json_valid_utf8(in.title.ptr, in.title.len) &&
      !text_opens_with(in.text, in.title)) {
    size_t tl = in.title.len, bl = in.text.len;
    char *headed = malloc(tl + bl + 3);
    if (!headed) at_oom();
    memcpy(headed, in.title.ptr, tl);
    for (size_t i = 0; i < tl; i++) /* one line, which clean.c knows as the given title's */
      if (headed[i] == '\n' || headed[i] == '\r') headed[i] = ' ';
    memcpy(headed + tl, "\n\n", 2);
    memcpy(headed + tl + 2, in.text.ptr, bl);
    headed[tl + bl + 2] = '\0';
    free(converted);
    converted = headed;
    in.text = (attache_str){converted, tl + bl + 2};
  }
  input = &in;

  char *text = NULL;
  size_t len = 0, replaced = 0;
  unsigned flags = options && options->lenient ? ATTACHE_DECODE_LENIENT : 0;
  /* Text as the reader gave it, which it checked, is not checked again. */
  bool valid_utf8 = input->text_valid_utf8 && !converted;
  attache_status st = at_decode(input->text.ptr, input->text.len, flags, valid_utf8, &text, &len, &replaced, err);
  if (st != ATTACHE_OK) {
    attache_article_free(article);
    free(converted);
    return st;
  }
  lap(stage_seconds, AT_STAGE_DECODE, &mark);
  if (len > ATTACHE_MAX_DOC_BYTES) {
    free(text);
    attache_article_free(article);
    free(converted);
    return at_error_set(err, ATTACHE_ERR_TOO_LARGE, "document of %zu bytes: past the %zu that offsets address", len,
                        (size_t)ATTACHE_MAX_DOC_BYTES);
  }
  if (blank(text, len)) {
    free(text);
    attache_article_free(article);
    free(converted);
    return at_error_set(err, ATTACHE_ERR_EMPTY, "document has no text");
  }

  attache_doc *doc = at_doc_new(lex);
  if (options) doc->options = *options;
  doc->text = at_arena_strndup(doc->arena, text, len);
  doc->len = len;
  free(text);
  doc->replaced = replaced;
  doc->id = copy_str(doc->arena, input->id);
  doc->url = copy_str(doc->arena, input->url);
  doc->title = copy_str(doc->arena, input->title);
  if (input->published.ptr && input->published.len)
    doc->has_published = at_parse_iso_date(input->published.ptr, input->published.len, &doc->published);
  if (doc->has_published) doc->published_from = AT_PUBLISHED_GIVEN;
  attache_article_free(article); /* its strings were copied above */
  free(converted);

  if (doc->options.with_text) memcpy(doc->content_hash, content_hash, sizeof content_hash);
  at_restore_lines(doc);
  at_clean_and_segment(doc);
  at_doc_metadata_from_url(doc);
  lap(stage_seconds, AT_STAGE_SEGMENT, &mark);
  if (!at_doc_tokenize(doc)) {
    size_t bytes = doc->len, allowed = at_doc_max_tokens(doc);
    attache_doc_free(doc);
    return at_error_set(err, ATTACHE_ERR_TOO_LARGE,
                        "more than %zu words and signs in %zu bytes: not prose (the limit is one per %d bytes, "
                        "plus %d)",
                        allowed, bytes, AT_BYTES_PER_TOKEN_MIN, AT_TOKENS_ALLOWED);
  }
  if (options && options->lang && (!strcmp(options->lang, "vi") || !strcmp(options->lang, "en")))
    at_doc_set_lang(doc, !strcmp(options->lang, "vi") ? "vi" : "en");
  else
    at_doc_detect_lang(doc);
  at_doc_dates_told(doc);
  lap(stage_seconds, AT_STAGE_MATCH, &mark);
  at_entities(doc);
  lap(stage_seconds, AT_STAGE_ENTITIES, &mark);
  /* attache records Vietnam's defense relations. Vietnamese news is about
   * them whether or not it says so; an English page that names neither
   * Vietnam nor a Vietnamese place or person (general news: "received an
   * inquiry", "trade talks"), or that says nothing of defense (a football
   * federation's sponsor deal), is not, and yields no records. */
  bool english = doc->lang && !strcmp(doc->lang, "en");
  bool in_scope = !english || at_doc_about_vietnams_defense(doc);
  if (in_scope) at_events(doc);
  lap(stage_seconds, AT_STAGE_EVENTS, &mark);
  if (in_scope) at_records(doc);
  if (in_scope) at_confidence(doc);
  lap(stage_seconds, AT_STAGE_RECORDS, &mark);
  if (stage_seconds) {
    attache_doc_json(doc);
    lap(stage_seconds, AT_STAGE_EMIT, &mark);
  }
  *out = doc;
  return ATTACHE_OK;
}

void at_content_hash(const attache_doc_input *in, char out[17]) {
  uint64_t h = 14695981039346656037ull;
  const attache_str parts[] = {in->id, in->url, in->title, in->published, in->text, in->html};
  for (size_t p = 0; p < sizeof parts / sizeof *parts; p++) {
    for (size_t i = 0; i < parts[p].len; i++) h = (h ^ (unsigned char)parts[p].ptr[i]) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull; /* field separator */
  }
  snprintf(out, 17, "%016llx", (unsigned long long)h);
}

const char *attache_doc_json(attache_doc *doc) {
  if (!doc) return NULL;
  if (!doc->json) doc->json = at_emit_json(doc);
  return doc->json;
}

size_t attache_doc_event_count(const attache_doc *doc) { return doc ? doc->events.len : 0; }
size_t attache_doc_agreement_count(const attache_doc *doc) { return doc ? doc->agreements.len : 0; }
size_t attache_doc_figure_count(const attache_doc *doc) { return doc ? doc->figures.len : 0; }
size_t attache_doc_relation_count(const attache_doc *doc) { return doc ? doc->relations.len : 0; }
size_t attache_doc_replaced(const attache_doc *doc) { return doc ? doc->replaced : 0; }

attache_doc *at_doc_new(const attache_lexicon *lex) {
  attache_doc *doc = calloc(1, sizeof *doc);
  if (!doc) at_oom();
  doc->arena = at_arena_new();
  doc->lex = lex;
  doc->role_sets = at_lexicon_role_sets(lex);
  doc->filed_sentence = -1;
  at_vec_init(&doc->sentences, sizeof(at_sentence));
  at_vec_init(&doc->tokens, sizeof(at_token));
  at_vec_init(&doc->matches, sizeof(at_match));
  at_vec_init(&doc->people, sizeof(at_person));
  at_vec_init(&doc->mentions, sizeof(at_mention));
  at_vec_init(&doc->events, sizeof(at_event));
  at_vec_init(&doc->agreements, sizeof(at_agreement));
  at_vec_init(&doc->figures, sizeof(at_figure));
  at_vec_init(&doc->relations, sizeof(at_relation));
  return doc;
}

void attache_doc_free(attache_doc *doc) {
  if (!doc) return;
  at_vec_free(&doc->sentences);
  if (doc->tokens.items || doc->matches.items) {
    kept_room *room = thread_room();
    give_room(&room->tokens, &doc->tokens);
    give_room(&room->matches, &doc->matches);
  }
  at_vec_free(&doc->people);
  at_vec_free(&doc->mentions);
  at_vec_free(&doc->events);
  at_vec_free(&doc->agreements);
  at_vec_free(&doc->figures);
  at_vec_free(&doc->relations);
  at_arena_free(doc->arena);
  free(doc);
}
