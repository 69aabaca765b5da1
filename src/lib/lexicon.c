/* SPDX-License-Identifier: MIT */
/*
 * lexicon.c - loads the TSV files in data/ and matches the phrases over a sentence's
 * syllables, longest match first.
 *
 * Each phrase is tokenized like text and stored under its folded key in one
 * hash table per match mode (exact, case, tone), together with all of its
 * proper prefixes, so a scan can stop as soon as no longer phrase can follow.
 */
#include "pipeline.h"

#include <attache/decode.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
  const char *file;
  at_category category;
  bool matched; /* matched over tokens (false: used by line or segment rules) */
} LEXICON_FILES[] = {
    {"countries.tsv", AT_CAT_COUNTRY, true},     {"places.tsv", AT_CAT_PLACE, true},
    {"organizations.tsv", AT_CAT_ORG, true},     {"bodies.tsv", AT_CAT_BODY, true},
    {"mechanisms.tsv", AT_CAT_MECHANISM, true},  {"ranks.tsv", AT_CAT_RANK, true},
    {"positions.tsv", AT_CAT_POSITION, true},    {"honorifics.tsv", AT_CAT_HONORIFIC, true},
    {"family_names.tsv", AT_CAT_FAMILY, true},   {"event_cues.tsv", AT_CAT_CUE, true},
    {"modality.tsv", AT_CAT_MODAL, true},        {"agreement_kinds.tsv", AT_CAT_AGREEMENT, true},
    {"areas.tsv", AT_CAT_AREA, true},            {"frameworks.tsv", AT_CAT_FRAMEWORK, true},
    {"figures.tsv", AT_CAT_FIGURE, true},        {"qualifiers.tsv", AT_CAT_QUALIFIER, true},
    {"date_words.tsv", AT_CAT_DATEWORD, true},   {"chrome.tsv", AT_CAT_CHROME, false},
    {"abbreviations.tsv", AT_CAT_ABBREV, false}, {"function_words.tsv", AT_CAT_FUNCTION, true},
    {"html_patterns.tsv", AT_CAT_HTML, false},   {"numbers.tsv", AT_CAT_NUMBER, false},
    {"confidence.tsv", AT_CAT_CONFIDENCE, false},
};
enum { LEXICON_NFILES = sizeof LEXICON_FILES / sizeof LEXICON_FILES[0] };
enum { MAX_FILE_BYTES = 16 * 1024 * 1024, MAX_KEY = 1024 };

typedef struct slot {
  const char *key;
  uint32_t hash;
  uint32_t first; /* index into lex->lists */
  uint16_t count; /* entries with exactly this key; 0 for a pure prefix */
  uint8_t has_longer;
} slot;

typedef struct table {
  slot *slots;
  size_t cap;
} table;

struct attache_lexicon {
  at_arena *arena;
  char *dir;
  at_vec entries;                  /* at_entry, in load order */
  const at_entry **by_category[AT_CAT_COUNT];
  size_t category_len[AT_CAT_COUNT];
  const at_entry **lists; /* entries grouped by (mode, key) */
  table tables[AT_MATCH_MODES];
};

static uint32_t hash_bytes(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static slot *table_find(const table *t, const char *key, size_t n, uint32_t h) {
  size_t mask = t->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    slot *s = &t->slots[i];
    if (!s->key) return NULL;
    if (s->hash == h && strncmp(s->key, key, n) == 0 && s->key[n] == '\0') return s;
  }
}

static slot *table_insert(table *t, at_arena *arena, const char *key, size_t n) {
  uint32_t h = hash_bytes(key, n);
  size_t mask = t->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    slot *s = &t->slots[i];
    if (!s->key) {
      s->key = at_arena_strndup(arena, key, n);
      s->hash = h;
      return s;
    }
    if (s->hash == h && strncmp(s->key, key, n) == 0 && s->key[n] == '\0') return s;
  }
}

bool at_entry_has_flag(const at_entry *entry, const char *flag) {
  size_t n = strlen(flag);
  for (const char *p = entry->attr; *p;) {
    const char *comma = strchr(p, ',');
    size_t len = comma ? (size_t)(comma - p) : strlen(p);
    if (len == n && strncmp(p, flag, n) == 0) return true;
    if (!comma) break;
    p = comma + 1;
  }
  return false;
}

void at_lexicon_entries(const attache_lexicon *lex, at_category cat, const at_entry ***out, size_t *n) {
  *out = lex->by_category[cat];
  *n = lex->category_len[cat];
}

size_t attache_lexicon_size(const attache_lexicon *lex) { return lex ? lex->entries.len : 0; }
const char *attache_lexicon_dir(const attache_lexicon *lex) { return lex ? lex->dir : NULL; }

void attache_lexicon_free(attache_lexicon *lex) {
  if (!lex) return;
  for (int m = 0; m < AT_MATCH_MODES; m++) free(lex->tables[m].slots);
  free(lex->lists);
  for (int c = 0; c < AT_CAT_COUNT; c++) free(lex->by_category[c]);
  at_vec_free(&lex->entries);
  at_arena_free(lex->arena);
  free(lex->dir);
  free(lex);
}

static attache_status read_file(const char *path, char **out, size_t *len, attache_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) return at_error_set(err, ATTACHE_ERR_IO, "cannot open: %s", strerror(errno));
  at_buf buf;
  at_buf_init(&buf, MAX_FILE_BYTES);
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (!at_buf_append(&buf, chunk, n)) {
      fclose(f);
      at_buf_free(&buf);
      return at_error_set(err, ATTACHE_ERR_TOO_LARGE, "data file larger than %d bytes", MAX_FILE_BYTES);
    }
  }
  bool failed = ferror(f);
  fclose(f);
  if (failed) {
    at_buf_free(&buf);
    return at_error_set(err, ATTACHE_ERR_IO, "read error");
  }
  if (!buf.data) at_buf_append(&buf, "", 0);
  *out = buf.data;
  *len = buf.len;
  return ATTACHE_OK;
}

/* Splits `line` at tabs into at most `max` fields; returns the count. */
static size_t split_tabs(char *line, char **fields, size_t max) {
  size_t n = 0;
  char *p = line;
  while (n < max) {
    fields[n++] = p;
    char *tab = strchr(p, '\t');
    if (!tab) break;
    *tab = '\0';
    p = tab + 1;
  }
  return n;
}

static attache_status parse_file(attache_lexicon *lex, const char *name, at_category cat, char *text,
                                 attache_error *err) {
  bool header = false;
  unsigned lineno = 0;
  char *p = text;
  while (*p) {
    char *nl = strchr(p, '\n');
    if (nl) *nl = '\0';
    lineno++;
    char *line = p;
    p = nl ? nl + 1 : p + strlen(p);
    if (*line == '\0' || *line == '#') continue;
    if (err) err->line = lineno;
    char *fields[5];
    size_t nf = split_tabs(line, fields, 5);
    if (!header) {
      if (nf < 3 || strcmp(fields[0], "phrase") || strcmp(fields[1], "value") || strcmp(fields[2], "match") ||
          (nf >= 4 && strcmp(fields[3], "attr")) || nf > 4)
        return at_error_set(err, ATTACHE_ERR_DATA, "header must be: phrase<TAB>value<TAB>match<TAB>attr");
      header = true;
      continue;
    }
    if (nf < 3 || nf > 4)
      return at_error_set(err, ATTACHE_ERR_DATA, "expected 3 or 4 tab-separated columns, found %zu", nf);
    if (!*fields[0]) return at_error_set(err, ATTACHE_ERR_DATA, "empty phrase");
    at_match_mode mode;
    if (!strcmp(fields[2], "exact")) mode = AT_MATCH_EXACT;
    else if (!strcmp(fields[2], "case")) mode = AT_MATCH_CASE;
    else if (!strcmp(fields[2], "tone")) mode = AT_MATCH_TONE;
    else return at_error_set(err, ATTACHE_ERR_DATA, "match must be exact, case or tone, not \"%s\"", fields[2]);

    char *nfc = NULL;
    size_t nfc_len = 0;
    if (attache_decode(fields[0], strlen(fields[0]), 0, &nfc, &nfc_len, NULL, NULL) != ATTACHE_OK)
      return at_error_set(err, ATTACHE_ERR_DATA, "phrase is not valid UTF-8");
    bool same = nfc_len == strlen(fields[0]) && memcmp(nfc, fields[0], nfc_len) == 0;
    free(nfc);
    if (!same) return at_error_set(err, ATTACHE_ERR_DATA, "phrase is not in Unicode NFC");

    at_entry *e = at_vec_push(&lex->entries);
    e->category = cat;
    e->mode = mode;
    e->phrase = at_arena_strndup(lex->arena, fields[0], strlen(fields[0]));
    e->value = at_arena_strndup(lex->arena, fields[1], strlen(fields[1]));
    e->attr = nf > 3 ? at_arena_strndup(lex->arena, fields[3], strlen(fields[3])) : "";
    e->file = name;
    e->line = lineno;
  }
  if (!header) {
    if (err) err->line = 0;
    return at_error_set(err, ATTACHE_ERR_DATA, "no header line");
  }
  return ATTACHE_OK;
}

/* Builds an entry's key: its tokens' forms in its mode, joined by spaces. */
static void build_key(attache_lexicon *lex, at_entry *e) {
  at_vec toks;
  at_vec_init(&toks, sizeof(at_token));
  at_tokenize(lex->arena, e->phrase, 0, strlen(e->phrase), &toks);
  at_buf key;
  at_buf_init(&key, (size_t)-1);
  at_buf_append(&key, "", 0);
  for (size_t i = 0; i < toks.len; i++) {
    const at_token *t = AT_VEC_AT(&toks, at_token, i);
    const char *form = e->mode == AT_MATCH_EXACT ? NULL : e->mode == AT_MATCH_CASE ? t->fold_case : t->fold_tone;
    if (i) at_buf_putc(&key, ' ');
    if (form) at_buf_append(&key, form, strlen(form));
    else at_buf_append(&key, e->phrase + t->start, t->end - t->start);
  }
  e->key = at_arena_strndup(lex->arena, key.data, key.len);
  e->ntokens = (unsigned)toks.len;
  at_buf_free(&key);
  at_vec_free(&toks);
}

static int compare_by_key(const void *a, const void *b) {
  const at_entry *x = *(const at_entry *const *)a, *y = *(const at_entry *const *)b;
  if (x->mode != y->mode) return (int)x->mode - (int)y->mode;
  int c = strcmp(x->key, y->key);
  if (c) return c;
  return x < y ? -1 : x > y; /* load order */
}

/* Is the category matched over a text's tokens (not by line, segment or
 * word rules)? */
static bool matched_over_tokens(at_category category) {
  for (size_t f = 0; f < LEXICON_NFILES; f++)
    if (LEXICON_FILES[f].category == category) return LEXICON_FILES[f].matched;
  return false;
}

static void build_tables(attache_lexicon *lex) {
  size_t n = 0;
  for (size_t i = 0; i < lex->entries.len; i++) {
    at_entry *e = AT_VEC_AT(&lex->entries, at_entry, i);
    if (e->category == AT_CAT_HTML) continue; /* matched as substrings of class names */
    if (e->category != AT_CAT_CHROME) build_key(lex, e);
    else e->key = at_fold(lex->arena, e->phrase, strlen(e->phrase), AT_MATCH_CASE); /* compared by line */
    if (matched_over_tokens(e->category) && e->ntokens) n++;
  }
  lex->lists = malloc((n ? n : 1) * sizeof *lex->lists);
  if (!lex->lists) at_oom();
  size_t k = 0;
  for (size_t i = 0; i < lex->entries.len; i++) {
    at_entry *e = AT_VEC_AT(&lex->entries, at_entry, i);
    if (matched_over_tokens(e->category) && e->ntokens) lex->lists[k++] = e;
  }
  qsort(lex->lists, n, sizeof *lex->lists, compare_by_key);

  size_t cap = 1024;
  while (cap < n * 6) cap *= 2; /* keys plus their prefixes, load below 1/2 */
  for (int m = 0; m < AT_MATCH_MODES; m++) {
    lex->tables[m].cap = cap;
    lex->tables[m].slots = calloc(cap, sizeof(slot));
    if (!lex->tables[m].slots) at_oom();
  }
  for (size_t i = 0; i < n;) {
    const at_entry *e = lex->lists[i];
    size_t j = i;
    while (j < n && lex->lists[j]->mode == e->mode && !strcmp(lex->lists[j]->key, e->key)) j++;
    table *t = &lex->tables[e->mode];
    slot *s = table_insert(t, lex->arena, e->key, strlen(e->key));
    s->first = (uint32_t)i;
    s->count = (uint16_t)(j - i);
    for (const char *sp = strchr(e->key, ' '); sp; sp = strchr(sp + 1, ' '))
      table_insert(t, lex->arena, e->key, (size_t)(sp - e->key))->has_longer = 1;
    i = j;
  }
}

attache_status attache_lexicon_load(const char *data_dir, attache_lexicon **out, attache_error *err) {
  if (!out) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  *out = NULL;
  if (!data_dir) data_dir = getenv("ATTACHE_DATA");
  if (!data_dir || !*data_dir)
    return at_error_set(err, ATTACHE_ERR_ARG, "no lexicon directory (pass one or set ATTACHE_DATA)");

  attache_lexicon *lex = calloc(1, sizeof *lex);
  if (!lex) at_oom();
  lex->arena = at_arena_new();
  lex->dir = strdup(data_dir);
  if (!lex->dir) at_oom();
  at_vec_init(&lex->entries, sizeof(at_entry));

  for (size_t f = 0; f < LEXICON_NFILES; f++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", data_dir, LEXICON_FILES[f].file);
    char *text = NULL;
    size_t len = 0;
    if (err) {
      err->line = 0;
      err->offset = (size_t)-1;
    }
    attache_status st = read_file(path, &text, &len, err);
    if (st == ATTACHE_OK) st = parse_file(lex, LEXICON_FILES[f].file, LEXICON_FILES[f].category, text, err);
    free(text);
    if (st != ATTACHE_OK) {
      if (err) {
        snprintf(err->file_buf, sizeof err->file_buf, "%s", path);
        err->file = err->file_buf;
      }
      attache_lexicon_free(lex);
      return st;
    }
  }
  build_tables(lex);
  for (size_t i = 0; i < lex->entries.len; i++) lex->category_len[AT_VEC_AT(&lex->entries, at_entry, i)->category]++;
  for (int c = 0; c < AT_CAT_COUNT; c++) {
    lex->by_category[c] = malloc((lex->category_len[c] + 1) * sizeof(at_entry *));
    if (!lex->by_category[c]) at_oom();
    lex->category_len[c] = 0;
  }
  for (size_t i = 0; i < lex->entries.len; i++) {
    const at_entry *e = AT_VEC_AT(&lex->entries, at_entry, i);
    lex->by_category[e->category][lex->category_len[e->category]++] = e;
  }
  attache_status checked = at_confidence_check(lex, err);
  if (checked != ATTACHE_OK) {
    if (err) {
      snprintf(err->file_buf, sizeof err->file_buf, "%s/confidence.tsv", data_dir);
      err->file = err->file_buf;
    }
    attache_lexicon_free(lex);
    return checked;
  }
  *out = lex;
  return ATTACHE_OK;
}

static const char *token_form(const char *text, const at_token *t, at_match_mode mode, char *scratch, size_t cap) {
  if (mode == AT_MATCH_CASE) return t->fold_case;
  if (mode == AT_MATCH_TONE) return t->fold_tone;
  size_t n = t->end - t->start;
  if (n >= cap) n = cap - 1;
  memcpy(scratch, text + t->start, n);
  scratch[n] = '\0';
  return scratch;
}

void at_lexicon_match(const attache_lexicon *lex, at_arena *arena, const char *text, const at_token *tokens,
                      size_t n, uint32_t tok_base, at_vec *out) {
  char key[MAX_KEY];
  char scratch[MAX_KEY];
  for (size_t i = 0; i < n;) {
    if (tokens[i].kind == AT_TOK_PUNCT) {
      i++;
      continue;
    }
    size_t best_len = 0;
    const slot *best[AT_MATCH_MODES];
    int nbest = 0;
    for (int m = 0; m < AT_MATCH_MODES; m++) {
      const table *t = &lex->tables[m];
      size_t klen = 0;
      for (size_t j = i; j < n; j++) {
        const char *form = token_form(text, &tokens[j], (at_match_mode)m, scratch, sizeof scratch);
        size_t flen = strlen(form);
        if (klen + flen + 2 > sizeof key) break;
        if (j > i) key[klen++] = ' ';
        memcpy(key + klen, form, flen);
        klen += flen;
        const slot *s = table_find(t, key, klen, hash_bytes(key, klen));
        if (!s) break;
        size_t len = j - i + 1;
        if (s->count) {
          if (len > best_len) {
            best_len = len;
            nbest = 0;
          }
          if (len == best_len) best[nbest++] = s;
        }
        if (!s->has_longer) break;
      }
    }
    if (!best_len) {
      i++;
      continue;
    }
    size_t total = 0;
    for (int b = 0; b < nbest; b++) total += best[b]->count;
    const at_entry **entries = at_arena_alloc(arena, total * sizeof *entries);
    size_t k = 0;
    for (int b = 0; b < nbest; b++)
      for (uint16_t c = 0; c < best[b]->count; c++) entries[k++] = lex->lists[best[b]->first + c];
    at_match *mt = at_vec_push(out);
    mt->tok_start = tok_base + (uint32_t)i;
    mt->tok_end = tok_base + (uint32_t)(i + best_len);
    mt->entries = entries;
    mt->count = (uint16_t)total;
    i += best_len;
  }
}
