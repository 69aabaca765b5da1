/* SPDX-License-Identifier: MIT */
/*
 * lexicon.c - loads the TSV files in data/ and matches the phrases over a sentence's
 * syllables, longest match first.
 *
 * Each phrase is tokenized like text. Its syllables, in the form of its match
 * mode (exact, case- or tone-folded), are numbered once in a syllable table,
 * and the phrase becomes a path in a trie over syllable numbers, one trie per
 * mode. Matching a sentence looks each token's forms up once and walks the
 * tries from it: a step is one lookup of (node, syllable), and a token whose
 * forms are no lexicon syllable costs nothing more.
 */
#define _DEFAULT_SOURCE /* madvise and MADV_HUGEPAGE (Linux) */
#include "pipeline.h"

#include <attache/decode.h>
#include <sys/mman.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

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
    {"confidence.tsv", AT_CAT_CONFIDENCE, false}, {"token_words.tsv", AT_CAT_TOKEN_WORD, false},
    {"relations.tsv", AT_CAT_RELATIONS, false},
};
enum { LEXICON_NFILES = sizeof LEXICON_FILES / sizeof LEXICON_FILES[0] };
enum { MAX_FILE_BYTES = 16 * 1024 * 1024 };

/* A syllable as a key of two words: its bytes, zero-padded, with its
 * length in the last byte when it has at most SYLLABLE_INLINE bytes ("người"
 * has 8); a longer one's first SYLLABLE_INLINE bytes and SYLLABLE_LONG (no
 * UTF-8 byte), compared in full with syllable_text. Comparing two words
 * replaces hashing bytes and memcmp: every form of every token is looked
 * up. */
enum { SYLLABLE_INLINE = 15, SYLLABLE_LONG = 0xFF };
typedef struct syllable_key {
  uint64_t w[2];
} syllable_key;

/* A slot of the syllable table: a syllable of some phrase (in its mode's
 * form), numbered from 1, and each root's child by it, so that one lookup
 * reads one slot: the comparison and the first trie step (apart, the slot,
 * the text and the step were three cache misses). */
typedef struct syllable {
  syllable_key key;
  uint32_t first_step[AT_MATCH_MODES]; /* the child of mode m's root by this syllable (a trie step), or 0 */
  uint32_t id;                         /* 0: an empty slot */
} syllable;
_Static_assert(sizeof(syllable) == 32, "a syllable slot is half a cache line");

/* The syllable filter: a bit per value of a hash's upper 16 bits, set for
 * every syllable of the lexicon. Three forms in ten are no lexicon syllable;
 * the filter, small enough to stay in cache, answers most of them without
 * a probe of the table (which cost a cache miss each). */
enum { SYLLABLE_FILTER_BITS = 1 << 16 }; /* indexed by a hash's upper 16 bits */

/* A trie node: the phrases that end here (entries lists[first, first+count),
 * all of one key). Whether a longer phrase goes on from here is told by
 * the steps to it (STEP_GOES_ON). */
typedef struct trie_node {
  uint32_t first;
  uint32_t categories : 24; /* bit c: an entry of category c ends here */
  uint32_t count : 8;       /* at most AT_MATCH_MAX_ENTRIES / AT_MATCH_MODES */
  uint64_t values;          /* at_value_bit of each entry's category and value (at_sentence.values) */
} trie_node;
_Static_assert(sizeof(trie_node) == 16, "four nodes a cache line");
_Static_assert(AT_MATCH_MODES == 3, "at_lexicon_match tests the three modes' first steps at once");
/* relations.tsv's category, the last, is never matched over tokens: it needs no bit. */
_Static_assert(AT_CAT_RELATIONS == AT_CAT_COUNT - 1 && AT_CAT_RELATIONS <= 24,
               "a matched category is a bit of trie_node.categories and at_match.categories");

/* A trie step (an edge's child once the trie is built) is the child's
 * number with two bits of the node: whether phrases end there and whether
 * longer ones go on, so that walking the trie reads a node only where a
 * phrase ends. */
enum { STEP_ENDS = 1u << 31, STEP_GOES_ON = 1u << 30, STEP_NODE = STEP_GOES_ON - 1 };

/* A trie edge: (node, syllable) -> child; syllable 0 is an empty slot
 * (syllable numbers start at 1). The trie is built with these. */
typedef struct trie_edge {
  uint32_t node, syl, child;
} trie_edge;

/* An edge below the roots as the walk looks it up: (node, syllable) as one
 * number, edge_key, and the child as a step; key 0 is an empty slot (a node
 * below the roots is numbered AT_MATCH_MODES or more). Eight bytes where
 * (node, syllable, child) took twelve: the table is two thirds the size,
 * and a slot never lies across two cache lines. */
typedef struct inner_edge {
  uint32_t key, step;
} inner_edge;

/* Words of one category of the lexicon by key: open addressing over indices
 * into by_category[cat], plus one (0: an empty slot), and a bit per (first
 * byte, last byte, length) of the keys (word_filter_bit), so that most words,
 * which are none of them ("the" is not "two"), are told without hashing. */
typedef struct {
  uint32_t *slots;
  size_t cap;
  uint64_t filter[4096 / 64];
} word_table;

/* The named flags' names as the TSV spells them, by at_named_flag. */
static const char *const FLAG_NAMES[AT_FLAG_COUNT] = {
#define AT_FLAG_NAME(id, name) name,
    AT_NAMED_FLAGS(AT_FLAG_NAME)
#undef AT_FLAG_NAME
};

/* The roles' names as the TSV spells them, by at_word_role. */
static const char *const ROLE_NAMES[AT_ROLE_COUNT] = {
#define AT_ROLE_NAME(id, name) name,
    AT_TOKEN_WORD_ROLES(AT_ROLE_NAME)
#undef AT_ROLE_NAME
};

/* The role named `name`, or AT_ROLE_COUNT. */
static at_word_role role_named(const char *name) {
  for (int r = 0; r < AT_ROLE_COUNT; r++)
    if (!strcmp(ROLE_NAMES[r], name)) return (at_word_role)r;
  return AT_ROLE_COUNT;
}

struct attache_lexicon {
  at_arena *arena;
  char *dir;
  at_vec entries;                  /* at_entry, in load order */
  bool matched[AT_CAT_COUNT];      /* by category: LEXICON_FILES' matched (matched_over_tokens) */
  const at_entry **by_category[AT_CAT_COUNT];
  size_t category_len[AT_CAT_COUNT];
  const at_entry **chrome_leads; /* the chrome entries of value "lead", in file order */
  size_t nchrome_leads;
  at_chrome_index *chrome_index; /* at_chrome_index_of, made at load */
  const at_entry **lists; /* entries grouped by (mode, key) */
  syllable *syllables;    /* open addressing, syllable_cap slots */
  uint64_t *syllable_filter; /* SYLLABLE_FILTER_BITS bits */
  size_t syllable_cap, nsyllables;
  at_vec syllable_text; /* attache_str by id (0 unused) */
  /* uint8_t by id: bit m set when the syllable follows another in some
   * phrase of mode m, so that some trie step of that mode below the root
   * is by it; a token's syllable number in mode m is 0 where not (the walk
   * stops there without looking for a step that does not exist). */
  at_vec syllable_inner;
  at_vec nodes;         /* trie_node; node m is the root of mode m */
  trie_edge *all_edges; /* every edge while the trie is built; all_edge_cap slots */
  size_t all_edge_cap;
  /* the edges but the roots' (those are in the syllable slots); open
   * addressing, edge_cap slots */
  inner_edge *edges;
  size_t edge_cap;
  uint32_t edge_stride; /* edge_key's: the number of syllables plus one */
  /* A bit per value of edge_filter_bit, set for every edge of `edges`: the
   * walk's next step is looked for only where its bit is set (half the
   * steps looked for do not exist, and a probe of the table was a cache
   * miss each). */
  uint64_t edge_filter[SYLLABLE_FILTER_BITS / 64];
  at_known_word *known_words; /* open addressing, known_cap slots (at_lexicon_known_word) */
  void *hot; /* when set, the block that holds the tables above (place_hot_tables) */
  size_t known_cap, nknown;
  uint64_t known_filter[SYLLABLE_FILTER_BITS / 64]; /* as syllable_filter, for the known words */
  /* The syllables of each ASCII sign as a token of its own (at_lexicon_signs),
   * worked out at load: a sign is one token in nine. */
  at_token_syllables signs[128];
  at_feature_weight *feature_weights;   /* by confidence feature (confidence.c fills them) */
  /* The number words (numbers.tsv) by key, one slot per key. */
  word_table numbers;
  bool numbers_folded; /* some number word is matched by a folded form */
  /* The byte lengths (bit n, n < 32) of the scale words (numbers.tsv attr
   * scale) by their first byte, then by their last byte: at_scale_word is
   * asked of every word of a sentence with a count, and most words are told
   * no by these. */
  uint32_t scale_lengths[512];
  /* The token words (token_words.tsv) by role; their keys by role, one
   * role after another. */
  at_role_words roles[AT_ROLE_COUNT];
  attache_str *role_keys;
  /* Each token word's roles (at_lexicon_role_set_of): the sets by index
   * (0: none), and an open-addressed table of the words, their keys (NULL:
   * an empty slot) over role_set_mask + 1 slots. */
  at_role_set *role_sets;
  struct role_set_slot *role_set_slots;
  size_t role_set_mask;
  uint64_t role_hints[64]; /* a bit per at_role_hint of each token word: most words are told none by it */
  uint32_t glued_lengths[256]; /* at_lexicon_glued_lengths */
  uint32_t abbreviation_lengths[256]; /* at_lexicon_abbreviation_lengths */
  /* The abbreviations by first byte (at_lexicon_abbreviations): byte b's
   * entries are abbreviations[abbreviation_from[b], abbreviation_from[b + 1]). */
  const at_entry **abbreviations;
  uint32_t abbreviation_from[257];
};

/* n zeroed items of `size` bytes from a cache line's start: malloc's 16-byte
 * alignment put every 64-byte known word and every other 32-byte syllable
 * slot across two lines, two misses where one would do. */
static void *calloc_lines(size_t n, size_t size) {
  size_t bytes = (n * size + 63) / 64 * 64;
  void *p = aligned_alloc(64, bytes ? bytes : 64);
  if (p) memset(p, 0, bytes);
  return p;
}

/* Bytes s[0, n) (n <= 8) as a word, byte i at bits 8i (zero above): two
 * loads that may overlap, not a byte at a time (and not through memory:
 * bytes stored and read back as a word stall the load). */
static inline uint64_t word_of(const unsigned char *s, size_t n) {
  if (n >= 4) {
    uint64_t lo = (uint64_t)s[0] | (uint64_t)s[1] << 8 | (uint64_t)s[2] << 16 | (uint64_t)s[3] << 24;
    const unsigned char *t = s + n - 4;
    uint64_t hi = (uint64_t)t[0] | (uint64_t)t[1] << 8 | (uint64_t)t[2] << 16 | (uint64_t)t[3] << 24;
    return lo | hi << (8 * (n - 4));
  }
  if (!n) return 0;
  return (uint64_t)s[0] | (uint64_t)s[n / 2] << (8 * (n / 2)) | (uint64_t)s[n - 1] << (8 * (n - 1));
}

/* The key of syllable s[0, n). */
static inline syllable_key syllable_key_of(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t inline_len = n <= SYLLABLE_INLINE ? n : SYLLABLE_INLINE;
  uint64_t tag = (uint64_t)(n <= SYLLABLE_INLINE ? n : SYLLABLE_LONG) << 56;
  if (inline_len <= 8) return (syllable_key){{word_of(u, inline_len), tag}};
  return (syllable_key){{word_of(u, 8), word_of(u + 8, inline_len - 8) | tag}};
}

static inline uint32_t syllable_hash(syllable_key k) { return at_syllable_hash(k.w[0], k.w[1]); }

static bool syllable_filter_has(const uint64_t *filter, uint32_t h) {
  uint32_t bit = h >> 16; /* the hash's high bits: its low bits choose the slot */
  return filter[bit / 64] >> (bit % 64) & 1;
}

/* The slot of syllable s[0, n) with key k and hash h: its own, or the empty
 * one where it would go. */
static syllable *syllable_slot(const attache_lexicon *lex, const char *s, size_t n, syllable_key k, uint32_t h) {
  size_t mask = lex->syllable_cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    syllable *y = &lex->syllables[i];
    if (!y->id) return y;
    if (y->key.w[0] != k.w[0] || y->key.w[1] != k.w[1]) continue;
    if (n <= SYLLABLE_INLINE) return y;
    const attache_str *t = AT_VEC_AT(&lex->syllable_text, attache_str, y->id);
    if (t->len == n && memcmp(t->ptr, s, n) == 0) return y;
  }
}

/* The slot of the syllable keyed k (its bytes s[0, n), which syllable_slot
 * compares only for one longer than SYLLABLE_INLINE) as its index plus one,
 * or 0 when no phrase has it. */
static inline uint32_t syllable_found(const attache_lexicon *lex, const char *s, size_t n, syllable_key k) {
  uint32_t h = syllable_hash(k);
  if (!syllable_filter_has(lex->syllable_filter, h)) return 0;
  const syllable *y = syllable_slot(lex, s, n, k, h);
  return y->id ? (uint32_t)(y - lex->syllables) + 1 : 0;
}

/* syllable_found of a syllable of at most SYLLABLE_INLINE bytes by its key
 * k and its hash h (syllable_hash(k): the tokenizer's, read ahead). */
static inline uint32_t syllable_found_hashed(const attache_lexicon *lex, syllable_key k, uint32_t h) {
  if (!syllable_filter_has(lex->syllable_filter, h)) return 0;
  const syllable *y = syllable_slot(lex, NULL, 0, k, h);
  return y->id ? (uint32_t)(y - lex->syllables) + 1 : 0;
}

/* The slot of syllable s[0, n), as syllable_found (4 bytes a form: a
 * sentence's forms are kept while it is matched). Inline: up to three a
 * token that is no known word. */
static inline uint32_t syllable_find(const attache_lexicon *lex, const char *s, size_t n) {
  return syllable_found(lex, s, n, syllable_key_of(s, n));
}

/* syllable_find of a syllable of at most SYLLABLE_INLINE bytes, by its key
 * alone (which is all syllable_slot compares for one so short). */
static inline uint32_t syllable_find_key(const attache_lexicon *lex, syllable_key k) {
  return syllable_found(lex, NULL, 0, k);
}

static uint32_t syllable_intern(attache_lexicon *lex, const char *s, size_t n) {
  syllable_key k = syllable_key_of(s, n);
  uint32_t h = syllable_hash(k);
  syllable *y = syllable_slot(lex, s, n, k, h);
  if (y->id) return y->id;
  if (2 * (lex->nsyllables + 1) > lex->syllable_cap) { /* keep the load below 1/2 */
    syllable *old = lex->syllables;
    size_t old_cap = lex->syllable_cap;
    lex->syllable_cap = 2 * old_cap;
    lex->syllables = calloc_lines(lex->syllable_cap, sizeof *lex->syllables);
    if (!lex->syllables) at_oom();
    for (size_t i = 0; i < old_cap; i++) {
      if (!old[i].id) continue;
      size_t mask = lex->syllable_cap - 1, j = syllable_hash(old[i].key) & mask;
      while (lex->syllables[j].id) j = (j + 1) & mask;
      lex->syllables[j] = old[i];
    }
    free(old);
    y = syllable_slot(lex, s, n, k, h);
  }
  attache_str *t = at_vec_push(&lex->syllable_text);
  *t = (attache_str){at_arena_strndup(lex->arena, s, n), n};
  *y = (syllable){.key = k, .id = (uint32_t)++lex->nsyllables};
  uint32_t bit = h >> 16;
  lex->syllable_filter[bit / 64] |= (uint64_t)1 << (bit % 64);
  return y->id;
}

static inline uint64_t edge_hash(uint32_t node, uint32_t syl) {
  return ((uint64_t)node << 32 | syl) * 0x9E3779B97F4A7C15u;
}

/* The key of edge (node, syl) below the roots: build_tables sees that
 * every node's fits in 32 bits. */
static inline uint32_t edge_key(const attache_lexicon *lex, uint32_t node, uint32_t syl) {
  return node * lex->edge_stride + syl;
}

static inline uint64_t edge_key_hash(uint32_t key) { return key * 0x9E3779B97F4A7C15u; }

/* The edge filter's bit for an edge of hash h: its top 16 bits (the slot's
 * are below them). */
static inline uint32_t edge_filter_bit(uint64_t h) { return (uint32_t)(h >> 48); }

/* The slot of edge (node, syl): its own, or the empty one where it would go. */
static trie_edge *edge_slot(trie_edge *edges, size_t cap, uint32_t node, uint32_t syl) {
  uint64_t h = edge_hash(node, syl);
  size_t mask = cap - 1;
  size_t i = (size_t)(h >> 32) & mask;
  while (edges[i].syl && (edges[i].node != node || edges[i].syl != syl)) i = (i + 1) & mask;
  return &edges[i];
}

/* The slot of the edge keyed `key` (hash h) below the roots: its own, or
 * the empty one where it would go. */
static inline inner_edge *inner_edge_slot(inner_edge *edges, size_t cap, uint32_t key, uint64_t h) {
  size_t mask = cap - 1;
  size_t i = (size_t)(h >> 32) & mask;
  while (edges[i].key && edges[i].key != key) i = (i + 1) & mask;
  return &edges[i];
}

static uint32_t trie_child(attache_lexicon *lex, uint32_t node, uint32_t syl) {
  trie_edge *e = edge_slot(lex->all_edges, lex->all_edge_cap, node, syl);
  if (!e->syl) {
    *e = (trie_edge){node, syl, (uint32_t)lex->nodes.len};
    at_vec_push(&lex->nodes);
  }
  return e->child;
}

/* The entry's attr is read here for its flags at every ask that the entry's
 * flag_bits let through (the events and entities stages ask about a hundred
 * thousand times per MB of text): a walk of its bytes, without a library
 * call per comma. */
bool at_attr_has_flag(const char *attr, const char *flag) {
  for (const char *p = attr; *p;) {
    const char *f = flag;
    while (*f && *p == *f && *p != ',') p++, f++; /* (a flag with a comma is none) */
    if (!*f && (*p == ',' || !*p)) return true; /* the whole of one comma-separated word */
    while (*p && *p != ',') p++;
    if (*p) p++;
  }
  return false;
}

const char *at_entry_flag_value(const at_entry *entry, const char *key, size_t *len) {
  for (const char *p = entry->attr; *p;) {
    const char *k = key;
    while (*k && *p == *k && *p != ',') p++, k++;
    if (!*k && *p == ':' && p[1] && p[1] != ',') { /* "key:value" with a value */
      const char *value = p + 1, *e = value;
      while (*e && *e != ',') e++;
      *len = (size_t)(e - value);
      return value;
    }
    while (*p && *p != ',') p++;
    if (*p) p++;
  }
  return NULL;
}

void at_lexicon_entries(const attache_lexicon *lex, at_category cat, const at_entry ***out, size_t *n) {
  *out = lex->by_category[cat];
  *n = lex->category_len[cat];
}

int at_lexicon_relations_year(const attache_lexicon *lex, const char *state) {
  /* A few dozen rows, asked only for an anniversary of relations. */
  for (size_t i = 0; i < lex->category_len[AT_CAT_RELATIONS]; i++)
    if (!strcmp(lex->by_category[AT_CAT_RELATIONS][i]->phrase, state)) return atoi(lex->by_category[AT_CAT_RELATIONS][i]->value);
  return 0;
}

const at_chrome_index *at_lexicon_chrome_index(const attache_lexicon *lex) { return lex->chrome_index; }

void at_lexicon_chrome_leads(const attache_lexicon *lex, const at_entry ***out, size_t *n) {
  *out = lex->chrome_leads;
  *n = lex->nchrome_leads;
}

static unsigned word_filter_bit(const char *s, size_t n) {
  if (!n) return 0;
  return ((unsigned)(unsigned char)s[0] * 67u + (unsigned)(unsigned char)s[n - 1] * 131u + (unsigned)n) % 4096u;
}

/* An empty table with room for n words at most half full. */
static void word_table_init(word_table *table, size_t n) {
  table->cap = 16;
  while (table->cap < 2 * n) table->cap *= 2;
  table->slots = calloc(table->cap, sizeof *table->slots);
  if (!table->slots) at_oom();
}

static void word_table_mark(word_table *table, const char *s, size_t n) {
  unsigned bit = word_filter_bit(s, n);
  table->filter[bit / 64] |= (uint64_t)1 << (bit % 64);
}

/* False when s[0, n) is surely no key of the table. */
static bool word_table_may_hold(const word_table *table, const char *s, size_t n) {
  unsigned bit = word_filter_bit(s, n);
  return table->filter[bit / 64] >> (bit % 64) & 1;
}

/* The slot of number word key s[0, n): its own, or the empty one where it would go. */
static uint32_t *number_slot(const attache_lexicon *lex, const char *s, size_t n) {
  const at_entry *const *numbers = lex->by_category[AT_CAT_NUMBER];
  size_t mask = lex->numbers.cap - 1;
  for (size_t i = at_hash_bytes(s, n) & mask;; i = (i + 1) & mask) {
    uint32_t k = lex->numbers.slots[i];
    if (!k) return &lex->numbers.slots[i];
    const char *key = numbers[k - 1]->key;
    if (strlen(key) == n && !memcmp(key, s, n)) return &lex->numbers.slots[i];
  }
}

/* Indexes the number words by key; of two with one key, the first in the
 * file is found (as when they were compared in turn). */
static void index_numbers(attache_lexicon *lex) {
  size_t n = lex->category_len[AT_CAT_NUMBER];
  word_table_init(&lex->numbers, n);
  for (size_t k = 0; k < n; k++) {
    const at_entry *e = lex->by_category[AT_CAT_NUMBER][k];
    size_t len = strlen(e->key);
    uint32_t *slot = number_slot(lex, e->key, len);
    word_table_mark(&lex->numbers, e->key, len);
    if (!*slot) *slot = (uint32_t)k + 1;
    if (e->mode != AT_MATCH_EXACT) lex->numbers_folded = true;
    if (at_entry_has_flag(e, "scale")) {
      /* a folded or long key is not told by its written first byte: every
       * word is then looked up */
      if (e->mode != AT_MATCH_EXACT || len >= 32)
        memset(lex->scale_lengths, 0xff, sizeof lex->scale_lengths);
      else if (len) {
        lex->scale_lengths[(unsigned char)e->key[0]] |= 1u << len;
        lex->scale_lengths[256 + (unsigned char)e->key[len - 1]] |= 1u << len;
      }
    }
  }
}

/* The number word whose key is s[0, n) and whose mode reads that form
 * (exact: the text as written; otherwise the case-folded form): its index
 * in the file, or SIZE_MAX. */
static size_t number_index(const attache_lexicon *lex, const char *s, size_t n, bool exact) {
  if (!word_table_may_hold(&lex->numbers, s, n)) return SIZE_MAX;
  uint32_t k = *number_slot(lex, s, n);
  if (!k) return SIZE_MAX;
  /* The first entry with this key may be of the other kind of mode: then the
   * others with the key are looked at in turn (never, with today's data). */
  const at_entry *const *numbers = lex->by_category[AT_CAT_NUMBER];
  for (size_t i = k - 1; i < lex->category_len[AT_CAT_NUMBER]; i++) {
    const at_entry *e = numbers[i];
    if ((e->mode == AT_MATCH_EXACT) == exact && strlen(e->key) == n && !memcmp(e->key, s, n)) return i;
  }
  return SIZE_MAX;
}

/* The entry of data/numbers.tsv read at token tok, or NULL. */
static const at_entry *number_entry(const attache_doc *doc, uint32_t tok) {
  const at_token *t = AT_TOK(doc, tok);
  if (t->kind != AT_TOK_WORD) return NULL;
  const attache_lexicon *lex = doc->lex;
  size_t found = number_index(lex, doc->text + t->start, t->end - t->start, true);
  if (lex->numbers_folded) {
    size_t folded = number_index(lex, t->fold_case, t->case_len, false);
    if (folded < found) found = folded;
  }
  return found == SIZE_MAX ? NULL : lex->by_category[AT_CAT_NUMBER][found];
}

bool at_number_word(const attache_doc *doc, uint32_t tok, int *value) {
  const at_entry *e = number_entry(doc, tok);
  /* a scale word ("nghìn", "hundred") and a number read only before one
   * ("một", "a") are no number of their own: "hàng chục", "một nước" */
  if (!e || e->attr[0]) return false;
  *value = atoi(e->value);
  return true;
}

bool at_ordinal_word(const attache_doc *doc, uint32_t tok, int *value) {
  const at_entry *e = number_entry(doc, tok);
  if (!e || !at_entry_has_flag(e, "ordinal")) return false;
  *value = atoi(e->value);
  return true;
}

bool at_scale_word(const attache_doc *doc, uint32_t tok, int *value) {
  const at_entry *e = number_entry(doc, tok);
  if (!e || !at_entry_has_flag(e, "scale")) return false;
  *value = atoi(e->value);
  return true;
}

bool at_opening_number_word(const attache_doc *doc, uint32_t tok, int *value) {
  const at_entry *e = number_entry(doc, tok);
  if (!e || !at_entry_has_flag(e, "opening")) return false;
  *value = atoi(e->value);
  return true;
}

bool at_number_before_scale(const attache_doc *doc, uint32_t tok, int *value) {
  const at_entry *e = number_entry(doc, tok);
  if (!e || at_entry_has_flag(e, "scale") || at_entry_has_flag(e, "ordinal") || at_entry_has_flag(e, "opening"))
    return false;
  *value = atoi(e->value);
  return true;
}

typedef struct role_set_slot {
  const char *key; /* a token word's key (case-folded), or NULL */
  uint32_t len;
  uint16_t set;
} role_set_slot;

/* The slot of key s[0, n) in the role sets' table: its own or the empty
 * one where it goes. */
static role_set_slot *role_set_slot_of(const attache_lexicon *lex, const char *s, size_t n) {
  for (size_t i = at_hash_bytes(s, n) & lex->role_set_mask;; i = (i + 1) & lex->role_set_mask) {
    role_set_slot *slot = &lex->role_set_slots[i];
    if (!slot->key || (slot->len == n && !memcmp(slot->key, s, n))) return slot;
  }
}

uint16_t at_lexicon_role_set_of(const attache_lexicon *lex, const char *s, size_t n) {
  if (!lex || !lex->role_set_slots || !at_role_hinted(lex->role_hints, s, n)) return 0;
  return role_set_slot_of(lex, s, n)->set;
}

const at_role_set *at_lexicon_role_sets(const attache_lexicon *lex) { return lex ? lex->role_sets : NULL; }

/* Gives each token word its role set (a word of several roles has one set
 * of them all), and each known word its word's set (built before). */
static void index_role_sets(attache_lexicon *lex) {
  size_t n = lex->category_len[AT_CAT_TOKEN_WORD];
  const at_entry *const *words = lex->by_category[AT_CAT_TOKEN_WORD];
  size_t cap = 64;
  while (cap < 4 * n) cap *= 2; /* keep the load below 1/4: most asked are no word */
  lex->role_set_slots = calloc(cap, sizeof *lex->role_set_slots);
  lex->role_sets = calloc(n + 1, sizeof *lex->role_sets);
  if (!lex->role_set_slots || !lex->role_sets) at_oom();
  lex->role_set_mask = cap - 1;
  uint16_t nsets = 1;
  for (size_t k = 0; k < n; k++) {
    size_t len = strlen(words[k]->key);
    if (!len) continue; /* no token has an empty form */
    role_set_slot *slot = role_set_slot_of(lex, words[k]->key, len);
    if (!slot->key) *slot = (role_set_slot){words[k]->key, (uint32_t)len, nsets++};
    unsigned hint = at_role_hint(words[k]->key, len);
    lex->role_hints[hint / 64] |= UINT64_C(1) << (hint % 64);
    at_word_role r = role_named(words[k]->value);
    lex->role_sets[slot->set].bits[r >> 6] |= UINT64_C(1) << (r & 63);
  }
  for (size_t i = 0; i < lex->known_cap; i++) {
    at_known_word *w = &lex->known_words[i];
    if (w->key[1] && at_role_hinted(lex->role_hints, w->fold_case, w->case_len)) /* most are told none here */
      w->role_set = role_set_slot_of(lex, w->fold_case, w->case_len)->set;
  }
}

/* Gathers the token words by role (parse_file has checked each row's role
 * and that every role has a word). */
static void index_token_words(attache_lexicon *lex) {
  size_t n = lex->category_len[AT_CAT_TOKEN_WORD];
  const at_entry *const *words = lex->by_category[AT_CAT_TOKEN_WORD];
  lex->role_keys = malloc((n + 1) * sizeof *lex->role_keys);
  if (!lex->role_keys) at_oom();
  for (size_t k = 0; k < n; k++) lex->roles[role_named(words[k]->value)].count++;
  size_t next[AT_ROLE_COUNT]; /* where the role's next key goes in role_keys */
  for (size_t r = 0, at = 0; r < AT_ROLE_COUNT; at += lex->roles[r++].count) {
    lex->roles[r].keys = lex->role_keys + at;
    next[r] = at;
  }
  for (size_t k = 0; k < n; k++) {
    at_word_role r = role_named(words[k]->value);
    attache_str key = {words[k]->key, strlen(words[k]->key)};
    lex->role_keys[next[r]++] = key;
    lex->roles[r].filter |= at_role_filter_bit(key.ptr, key.len);
    if (r == AT_ROLE_GLUED) lex->glued_lengths[(unsigned char)key.ptr[0]] |= UINT32_C(1) << key.len;
  }
}

/* By first byte, the lengths of the abbreviations (their final period left
 * out) that start with it, as glued_lengths (bit 31: 31 bytes or more). An
 * abbreviation matched by a folded form may start with any byte and be of
 * any length as written (folding changes both): every bit. */
static void index_abbreviations(attache_lexicon *lex) {
  for (size_t k = 0; k < lex->category_len[AT_CAT_ABBREV]; k++) {
    const at_entry *e = lex->by_category[AT_CAT_ABBREV][k];
    if (strcmp(e->value, "abbr") != 0) continue; /* a sentence opener: no abbreviation */
    size_t n = strlen(e->phrase);
    if (n && e->phrase[n - 1] == '.') n--;
    if (!n) continue; /* matches no word (segment.c asks of none empty) */
    for (int b = 0; b < 256; b++)
      if (e->mode != AT_MATCH_EXACT) lex->abbreviation_lengths[b] = UINT32_MAX;
      else if (b == (unsigned char)e->phrase[0]) lex->abbreviation_lengths[b] |= UINT32_C(1) << (n < 31 ? n : 31);
  }
  /* The same entries by first byte, in file order within each byte (the
   * first that matches is the one told), so that a word is compared only
   * with those that start as it does, not with all 144; one matched by a
   * folded form is under every byte. Counted, then placed. */
  size_t count[256] = {0}, nfolded = 0, total = 0;
  const at_entry *const *all = lex->by_category[AT_CAT_ABBREV];
  size_t nall = lex->category_len[AT_CAT_ABBREV];
  bool *kept = calloc(nall + 1, sizeof *kept);
  if (!kept) at_oom();
  for (size_t k = 0; k < nall; k++) {
    size_t n = strlen(all[k]->phrase);
    if (n && all[k]->phrase[n - 1] == '.') n--;
    kept[k] = strcmp(all[k]->value, "abbr") == 0 && n; /* as above */
    if (!kept[k]) continue;
    if (all[k]->mode == AT_MATCH_EXACT) count[(unsigned char)all[k]->phrase[0]]++;
    else nfolded++;
  }
  size_t next[256];
  for (int b = 0; b < 256; b++) {
    lex->abbreviation_from[b] = (uint32_t)total;
    next[b] = total;
    total += count[b] + nfolded;
  }
  lex->abbreviation_from[256] = (uint32_t)total;
  lex->abbreviations = malloc((total + 1) * sizeof *lex->abbreviations);
  if (!lex->abbreviations) at_oom();
  for (size_t k = 0; k < nall; k++) {
    if (!kept[k]) continue;
    if (all[k]->mode == AT_MATCH_EXACT) lex->abbreviations[next[(unsigned char)all[k]->phrase[0]]++] = all[k];
    else
      for (int b = 0; b < 256; b++) lex->abbreviations[next[b]++] = all[k];
  }
  free(kept);
}

const at_role_words *at_lexicon_role_words(const attache_lexicon *lex) { return lex ? lex->roles : NULL; }
const uint32_t *at_lexicon_abbreviation_lengths(const attache_lexicon *lex) { return lex->abbreviation_lengths; }
void at_lexicon_abbreviations(const attache_lexicon *lex, unsigned char first, const at_entry *const **out, size_t *n) {
  *out = lex->abbreviations + lex->abbreviation_from[first];
  *n = lex->abbreviation_from[first + 1] - lex->abbreviation_from[first];
}
const uint32_t *at_lexicon_scale_lengths(const attache_lexicon *lex) { return lex->scale_lengths; }
const uint32_t *at_lexicon_glued_lengths(const attache_lexicon *lex) { return lex ? lex->glued_lengths : NULL; }

at_feature_weight *at_lexicon_feature_weights(const attache_lexicon *lex) { return lex->feature_weights; }

size_t attache_lexicon_size(const attache_lexicon *lex) { return lex ? lex->entries.len : 0; }
const char *attache_lexicon_dir(const attache_lexicon *lex) { return lex ? lex->dir : NULL; }

void attache_lexicon_free(attache_lexicon *lex) {
  if (!lex) return;
  if (lex->hot) { /* the tables lie in it: freed once, below */
    lex->syllables = NULL, lex->syllable_filter = NULL, lex->edges = NULL, lex->known_words = NULL;
    lex->nodes.items = NULL;
    free(lex->hot);
  }
  free(lex->abbreviations);
  free(lex->syllables);
  free(lex->syllable_filter);
  at_vec_free(&lex->syllable_text);
  at_vec_free(&lex->syllable_inner);
  free(lex->all_edges);
  free(lex->edges);
  free(lex->known_words);
  free(lex->feature_weights);
  free(lex->numbers.slots);
  free(lex->role_keys);
  free(lex->role_sets);
  free(lex->role_set_slots);
  at_vec_free(&lex->nodes);
  free(lex->lists);
  for (int c = 0; c < AT_CAT_COUNT; c++) free(lex->by_category[c]);
  free(lex->chrome_leads);
  free(lex->chrome_index);
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
  bool header = false, roles_named[AT_ROLE_COUNT] = {false};
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

    /* ASCII but CR is valid UTF-8 and in NFC as it is, and decoding leaves
     * it so: most rows need no decoding (its allocations were 3.5M
     * instructions a load). */
    size_t plen = strlen(fields[0]);
    unsigned char bits = 0; /* of all the phrase's bytes: bit 7 set by a byte past ASCII */
    for (size_t k = 0; k < plen; k++) bits |= (unsigned char)fields[0][k];
    if (bits >= 0x80 || memchr(fields[0], '\r', plen)) {
      char *nfc = NULL;
      size_t nfc_len = 0;
      if (attache_decode(fields[0], plen, 0, &nfc, &nfc_len, NULL, NULL) != ATTACHE_OK)
        return at_error_set(err, ATTACHE_ERR_DATA, "phrase is not valid UTF-8");
      bool same = nfc_len == plen && memcmp(nfc, fields[0], nfc_len) == 0;
      free(nfc);
      if (!same) return at_error_set(err, ATTACHE_ERR_DATA, "phrase is not in Unicode NFC");
    }

    if (cat == AT_CAT_TOKEN_WORD && (mode != AT_MATCH_CASE || strpbrk(fields[0], " -")))
      return at_error_set(err, ATTACHE_ERR_DATA, "a token word is one word matched by case");
    if (cat == AT_CAT_TOKEN_WORD) {
      at_word_role role = role_named(fields[1]);
      if (role == AT_ROLE_COUNT)
        return at_error_set(err, ATTACHE_ERR_DATA, "unknown token word role \"%s\" (the roles are listed in src/lib/token_words.h)", fields[1]);
      if (role == AT_ROLE_GLUED && strlen(fields[0]) >= 32)
        return at_error_set(err, ATTACHE_ERR_DATA, "a glued token word is under 32 bytes (at_lexicon_glued_lengths)");
      roles_named[role] = true;
    }
    if (cat == AT_CAT_RELATIONS && (mode != AT_MATCH_EXACT || strlen(fields[1]) != 4 || strspn(fields[1], "0123456789") != 4))
      return at_error_set(err, ATTACHE_ERR_DATA, "a relations row is a state's code, a four-digit year and exact");

    at_entry *e = at_vec_push(&lex->entries);
    e->category = cat;
    e->mode = mode;
    e->phrase = at_arena_strndup(lex->arena, fields[0], strlen(fields[0]));
    e->value = at_arena_strndup(lex->arena, fields[1], strlen(fields[1]));
    e->attr = nf > 3 ? at_arena_strndup(lex->arena, fields[3], strlen(fields[3])) : "";
    /* The words at_attr_has_flag reads: from each word's start to a comma or the end. */
    for (const char *w = e->attr; *w;) {
      size_t n = strcspn(w, ",");
      e->flag_bits |= at_flag_bit(w, n);
      for (int f = 0; f < AT_FLAG_COUNT; f++)
        if (strlen(FLAG_NAMES[f]) == n && !memcmp(FLAG_NAMES[f], w, n)) e->named_flags |= UINT32_C(1) << f;
      w += n;
      if (*w) w++;
    }
    e->file = name;
    e->line = lineno;
  }
  if (!header) {
    if (err) err->line = 0;
    return at_error_set(err, ATTACHE_ERR_DATA, "no header line");
  }
  /* A role no row names would quietly never hold: a rule asking for it
   * would never fire. */
  for (int r = 0; cat == AT_CAT_TOKEN_WORD && r < AT_ROLE_COUNT; r++)
    if (!roles_named[r]) {
      if (err) err->line = 0;
      return at_error_set(err, ATTACHE_ERR_DATA, "no word has the token word role \"%s\"", ROLE_NAMES[r]);
    }
  return ATTACHE_OK;
}

/* A word of a phrase matched over tokens as written, folded by case and
 * by tone (index: at_match_mode), kept from build_key for
 * build_known_words. */
typedef struct phrase_word {
  attache_str form[AT_MATCH_MODES];
} phrase_word;

static bool matched_over_tokens(const attache_lexicon *lex, at_category category);

/* Builds an entry's key: its tokens' forms in its mode, joined by spaces;
 * the words of a phrase matched over tokens are appended to `words`
 * (phrase_word). */
static void build_key(attache_lexicon *lex, at_entry *e, at_vec *words, at_vec *toks, at_buf *key) {
  toks->len = 0; /* toks and key: one room for every entry, not two allocations each */
  at_tokenize(lex->arena, e->phrase, 0, strlen(e->phrase), toks);
  key->len = 0;
  at_buf_append(key, "", 0);
  for (size_t i = 0; i < toks->len; i++) {
    const at_token *t = AT_VEC_AT(toks, at_token, i);
    const char *form = e->mode == AT_MATCH_EXACT ? NULL : e->mode == AT_MATCH_CASE ? t->fold_case : t->fold_tone;
    if (i) at_buf_putc(key, ' ');
    if (form) at_buf_append(key, form, strlen(form));
    else at_buf_append(key, e->phrase + t->start, t->end - t->start);
    if (t->kind == AT_TOK_WORD && matched_over_tokens(lex, e->category))
      *(phrase_word *)at_vec_push(words) = (phrase_word){{{e->phrase + t->start, t->end - t->start},
                                                          {t->fold_case, t->case_len},
                                                          {t->fold_tone, t->tone_len}}};
  }
  e->key = at_arena_strndup(lex->arena, key->data, key->len);
  e->ntokens = (unsigned)toks->len;
}

/* An entry to sort by mode and key, with the mode and the key's first 7
 * bytes as one number (the bytes from the high end, zeros after the key's
 * end: numbers compare as strcmp would): most pairs are told apart by it,
 * without a strcmp (the sort of the entries cost 4.9M instructions a load). */
typedef struct keyed_entry {
  uint64_t lead;
  const at_entry *entry;
} keyed_entry;

static uint64_t key_lead(const at_entry *e) {
  uint64_t lead = (uint64_t)e->mode << 56;
  for (int i = 0; i < 7 && e->key[i]; i++) lead |= (uint64_t)(unsigned char)e->key[i] << (48 - 8 * i);
  return lead;
}

static int compare_by_key(const void *a, const void *b) {
  const keyed_entry *p = a, *q = b;
  if (p->lead != q->lead) return p->lead < q->lead ? -1 : 1;
  const at_entry *x = p->entry, *y = q->entry;
  int c = (p->lead & 0xFF) ? strcmp(x->key + 7, y->key + 7) : 0; /* the same first 7 bytes; a key under 7 ends there */
  if (c) return c;
  return x < y ? -1 : x > y; /* load order */
}

/* Is the category matched over a text's tokens (not by line, segment or
 * word rules)? Its file's LEXICON_FILES row tells, kept by category as the
 * files are read (asked for each entry and spelling pair: 7.6M
 * instructions a load as a search of the rows). */
static bool matched_over_tokens(const attache_lexicon *lex, at_category category) { return lex->matched[category]; }

static bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* `phrase` with each whole word `from` (its first letter in either case)
 * written `to` instead, the first letter's case kept; NULL when it has none. */
static char *respelled(at_arena *arena, const char *phrase, const char *from, const char *to, size_t to_len) {
  /* Most phrases have no such word: what follows its first letter is
   * looked for first, in one library search (the pairs times the entries
   * took 17M instructions a load, a byte at a time). */
  if (from[0] && !strstr(phrase, from + 1)) return NULL;
  size_t flen = strlen(from), plen = strlen(phrase);
  char *out = NULL;
  size_t o = 0;
  for (size_t i = 0; i < plen;) {
    bool hit = i + flen <= plen && (i == 0 || !is_ascii_letter(phrase[i - 1])) &&
               (i + flen == plen || !is_ascii_letter(phrase[i + flen])) &&
               (phrase[i] | 0x20) == (from[0] | 0x20) && !memcmp(phrase + i + 1, from + 1, flen - 1);
    if (hit && !out) {
      out = at_arena_alloc(arena, plen / flen * to_len + plen + 1);
      memcpy(out, phrase, i);
      o = i;
    }
    if (hit) {
      memcpy(out + o, to, to_len);
      if (phrase[i] >= 'A' && phrase[i] <= 'Z' && to[0] >= 'a' && to[0] <= 'z') out[o] = (char)(to[0] - 0x20);
      o += to_len;
      i += flen;
    } else {
      if (out) out[o++] = phrase[i];
      i++;
    }
  }
  if (out) out[o] = '\0';
  return out;
}

/* Each phrase matched in text with a word British and American English
 * spell differently ("Secretary of Defense", "Australian Defence Force")
 * is given the other spelling too, unless its file has it already: a row
 * is written once, whichever spelling an outlet uses. The pairs are
 * token_words.tsv's spelling rows (the word, attr other:WORD). */
/* The entries by category and phrase, for has_phrase: each variant made
 * was looked for in every entry, 11M instructions a load. */
typedef struct phrase_set {
  uint32_t *slots; /* an entry's index + 1; 0: an empty slot */
  size_t cap, len;
} phrase_set;

static size_t phrase_slot(const attache_lexicon *lex, const phrase_set *set, at_category cat, const char *phrase) {
  size_t mask = set->cap - 1;
  for (size_t i = (at_hash_bytes(phrase, strlen(phrase)) ^ (uint32_t)cat * 0x9E3779B1u) & mask;; i = (i + 1) & mask) {
    if (!set->slots[i]) return i;
    const at_entry *x = AT_VEC_AT(&lex->entries, at_entry, set->slots[i] - 1);
    if (x->category == cat && !strcmp(x->phrase, phrase)) return i;
  }
}

/* Adds the entries from set->len on (as they are pushed: a variant made is
 * found by the next). */
static void phrase_set_update(const attache_lexicon *lex, phrase_set *set) {
  if (2 * lex->entries.len > set->cap) { /* keep the load below 1/2 */
    free(set->slots);
    set->cap = 1024;
    while (set->cap < 4 * lex->entries.len) set->cap *= 2;
    set->slots = calloc(set->cap, sizeof *set->slots);
    if (!set->slots) at_oom();
    set->len = 0;
  }
  for (; set->len < lex->entries.len; set->len++) {
    const at_entry *e = AT_VEC_AT(&lex->entries, at_entry, set->len);
    size_t i = phrase_slot(lex, set, e->category, e->phrase);
    if (!set->slots[i]) set->slots[i] = (uint32_t)set->len + 1;
  }
}

static bool has_phrase(const attache_lexicon *lex, phrase_set *set, at_category cat, const char *phrase) {
  phrase_set_update(lex, set);
  return set->slots[phrase_slot(lex, set, cat, phrase)] != 0;
}

/* A rank shortened with periods is also written without them, as British
 * and some Asian outlets print it ("Sen. Lieut. Gen." and "Sen Lieut Gen",
 * "Maj. Gen." and "Maj Gen"): each rank row with a period that ends a word
 * is given the form without, unless ranks.tsv has it; a single word so made
 * ("Maj", "Capt") is matched only as written. */
static void add_rank_forms_without_periods(attache_lexicon *lex, phrase_set *phrases) {
  size_t n = lex->entries.len;
  for (size_t i = 0; i < n; i++) {
    const at_entry *e = AT_VEC_AT(&lex->entries, at_entry, i);
    if (e->category != AT_CAT_RANK || !strchr(e->phrase, '.')) continue;
    size_t len = strlen(e->phrase);
    char *variant = at_arena_alloc(lex->arena, len + 1);
    size_t o = 0;
    bool ok = true;
    for (size_t k = 0; k < len; k++) {
      if (e->phrase[k] != '.') {
        variant[o++] = e->phrase[k];
        continue;
      }
      ok &= k + 1 == len || e->phrase[k + 1] == ' '; /* not "Sen.Lieut." nor "Sen.-Lt." */
    }
    variant[o] = '\0';
    if (!ok || !o || has_phrase(lex, phrases, AT_CAT_RANK, variant)) continue;
    at_entry copy = *e;
    copy.phrase = variant;
    if (!strchr(variant, ' ')) copy.mode = AT_MATCH_EXACT;
    *(at_entry *)at_vec_push(&lex->entries) = copy; /* e may have moved */
  }
}

/* The bytes s holds, each as bit (byte & 63): a phrase lacking one of a
 * word's bytes cannot hold the word. */
static uint64_t bytes_held(const char *s) {
  uint64_t held = 0;
  for (; *s; s++) held |= (uint64_t)1 << (*s & 63);
  return held;
}

static void add_spelling_variants(attache_lexicon *lex, phrase_set *phrases) {
  size_t n = lex->entries.len;
  /* each phrase's bytes, so that respelled's search runs only where the
   * word may be (it ran for each pair and entry: 4.2M instructions a load) */
  uint64_t *held = malloc((n ? n : 1) * sizeof *held);
  if (!held) at_oom();
  for (size_t i = 0; i < n; i++) held[i] = bytes_held(AT_VEC_AT(&lex->entries, at_entry, i)->phrase);
  for (size_t s = 0; s < n; s++) {
    const at_entry *pair = AT_VEC_AT(&lex->entries, at_entry, s);
    size_t to_len;
    const char *to = pair->category == AT_CAT_TOKEN_WORD && !strcmp(pair->value, "spelling")
                         ? at_entry_flag_value(pair, "other", &to_len)
                         : NULL;
    if (!to) continue;
    uint64_t needed = pair->phrase[0] ? bytes_held(pair->phrase + 1) : 0; /* its first letter is read in either case */
    for (size_t i = 0; i < n; i++) {
      const at_entry *e = AT_VEC_AT(&lex->entries, at_entry, i);
      if ((held[i] & needed) != needed || !matched_over_tokens(lex, e->category)) continue;
      char *variant = respelled(lex->arena, e->phrase, pair->phrase, to, to_len);
      if (!variant) continue;
      if (has_phrase(lex, phrases, e->category, variant)) continue;
      at_entry copy = *e;
      copy.phrase = variant;
      *(at_entry *)at_vec_push(&lex->entries) = copy; /* e may have moved */
    }
  }
  free(held);
}

/* Two entries of one key read from the same row's words: the same phrase,
 * category, value and attributes. */
static bool same_row(const at_entry *x, const at_entry *y) {
  return x->category == y->category && !strcmp(x->phrase, y->phrase) && !strcmp(x->value, y->value) &&
         !strcmp(x->attr, y->attr);
}

/* The error of a row that repeats an earlier one: its file and line. */
static attache_status repeated_row(const attache_lexicon *lex, const at_entry *first, const at_entry *copy,
                                   attache_error *err) {
  if (err) {
    snprintf(err->file_buf, sizeof err->file_buf, "%s/%s", lex->dir, copy->file);
    err->file = err->file_buf;
    err->line = copy->line;
  }
  if (strcmp(first->file, copy->file)) /* two files of one category */
    return at_error_set(err, ATTACHE_ERR_DATA, "row repeats %s line %u", first->file, first->line);
  return at_error_set(err, ATTACHE_ERR_DATA, "row repeats line %u", first->line);
}

static attache_status build_tables(attache_lexicon *lex, at_vec *words, attache_error *err) {
  size_t n = 0;
  at_vec toks;
  at_vec_init(&toks, sizeof(at_token));
  at_buf key_text;
  at_buf_init(&key_text, (size_t)-1);
  for (size_t i = 0; i < lex->entries.len; i++) {
    at_entry *e = AT_VEC_AT(&lex->entries, at_entry, i);
    if (e->category == AT_CAT_HTML) continue; /* matched as substrings of class names */
    if (e->category != AT_CAT_CHROME) build_key(lex, e, words, &toks, &key_text);
    else e->key = at_fold(lex->arena, e->phrase, strlen(e->phrase), AT_MATCH_CASE); /* compared by line */
    if (matched_over_tokens(lex, e->category) && e->ntokens) n++;
  }
  at_buf_free(&key_text);
  at_vec_free(&toks);
  lex->lists = malloc((n ? n : 1) * sizeof *lex->lists);
  if (!lex->lists) at_oom();
  size_t k = 0;
  for (size_t i = 0; i < lex->entries.len; i++) {
    at_entry *e = AT_VEC_AT(&lex->entries, at_entry, i);
    if (matched_over_tokens(lex, e->category) && e->ntokens) lex->lists[k++] = e;
  }
  keyed_entry *keyed = malloc((n ? n : 1) * sizeof *keyed);
  if (!keyed) at_oom();
  for (size_t i = 0; i < n; i++) keyed[i] = (keyed_entry){key_lead(lex->lists[i]), lex->lists[i]};
  qsort(keyed, n, sizeof *keyed, compare_by_key);
  for (size_t i = 0; i < n; i++) lex->lists[i] = keyed[i].entry;
  free(keyed);

  /* Every syllable of a key is at most one trie node and edge: a table of
   * twice that keeps the load below 1/2. */
  size_t syllables = 0;
  for (size_t i = 0; i < n; i++) syllables += lex->lists[i]->ntokens;
  lex->all_edge_cap = 1024;
  while (lex->all_edge_cap < 2 * syllables) lex->all_edge_cap *= 2;
  lex->all_edges = calloc(lex->all_edge_cap, sizeof *lex->all_edges);
  if (!lex->all_edges) at_oom();
  lex->syllable_cap = 1024; /* grows in syllable_intern */
  lex->syllables = calloc_lines(lex->syllable_cap, sizeof *lex->syllables);
  lex->syllable_filter = calloc(SYLLABLE_FILTER_BITS / 64, sizeof *lex->syllable_filter);
  if (!lex->syllables || !lex->syllable_filter) at_oom();
  at_vec_init(&lex->syllable_text, sizeof(attache_str));
  at_vec_push(&lex->syllable_text); /* id 0: no syllable */
  at_vec_init(&lex->syllable_inner, 1);
  at_vec_init(&lex->nodes, sizeof(trie_node));
  for (int m = 0; m < AT_MATCH_MODES; m++) at_vec_push(&lex->nodes); /* the roots */
  for (size_t i = 0; i < n;) {
    const at_entry *e = lex->lists[i];
    size_t j = i;
    while (j < n && lex->lists[j]->mode == e->mode && !strcmp(lex->lists[j]->key, e->key)) j++;
    /* a row written twice is an editing slip (the copy adds nothing but a
     * second entry to every match): refused, naming the copy's line */
    for (size_t a = i; a < j; a++)
      for (size_t b = a + 1; b < j; b++)
        if (same_row(lex->lists[a], lex->lists[b])) return repeated_row(lex, lex->lists[a], lex->lists[b], err);
    /* a match joins at most one key of each mode (at_match.count's 8 bits) */
    if (j - i > AT_MATCH_MAX_ENTRIES / AT_MATCH_MODES)
      return at_error_set(err, ATTACHE_ERR_DATA, "phrase '%s' has %zu entries across the data files, at most %d",
                          e->key, j - i, AT_MATCH_MAX_ENTRIES / AT_MATCH_MODES);
    uint32_t node = (uint32_t)e->mode;
    for (const char *p = e->key;;) {
      const char *sp = strchr(p, ' ');
      size_t len = sp ? (size_t)(sp - p) : strlen(p);
      uint32_t syl = syllable_intern(lex, p, len);
      while (lex->syllable_inner.len <= syl) at_vec_push(&lex->syllable_inner);
      if (p != e->key) *AT_VEC_AT(&lex->syllable_inner, uint8_t, syl) |= (uint8_t)(1u << e->mode);
      node = trie_child(lex, node, syl);
      if (!sp) break;
      p = sp + 1;
    }
    trie_node *leaf = AT_VEC_AT(&lex->nodes, trie_node, node);
    leaf->first = (uint32_t)i;
    leaf->count = (uint8_t)(j - i);
    for (size_t at = i; at < j; at++) {
      const at_entry *x = lex->lists[at];
      leaf->categories |= 1u << x->category;
      leaf->values |= at_value_bit(x->category, x->value, strlen(x->value));
    }
    i = j;
  }
  /* The roots' edges go into the syllables' slots, the others to a table
   * of their own size; each edge's child becomes a step (STEP_ENDS,
   * STEP_GOES_ON). */
  syllable **slot_of = calloc(lex->nsyllables + 1, sizeof *slot_of);
  if (!slot_of) at_oom();
  for (size_t i = 0; i < lex->syllable_cap; i++)
    if (lex->syllables[i].id) slot_of[lex->syllables[i].id] = &lex->syllables[i];
  const trie_node *nodes = lex->nodes.items;
  uint8_t *has_children = calloc(lex->nodes.len, 1); /* by node */
  if (!has_children) at_oom();
  for (size_t i = 0; i < lex->all_edge_cap; i++)
    if (lex->all_edges[i].syl) has_children[lex->all_edges[i].node] = 1;
  size_t inner = 0;
  for (size_t i = 0; i < lex->all_edge_cap; i++) {
    trie_edge *e = &lex->all_edges[i];
    if (!e->syl) continue;
    e->child |= (nodes[e->child].count ? STEP_ENDS : 0) | (has_children[e->child] ? STEP_GOES_ON : 0);
    if (e->node < AT_MATCH_MODES) slot_of[e->syl]->first_step[e->node] = e->child;
    else inner++;
  }
  free(slot_of);
  free(has_children);
  lex->edge_stride = (uint32_t)lex->nsyllables + 1;
  if ((uint64_t)lex->nodes.len * lex->edge_stride > UINT32_MAX)
    return at_error_set(err, ATTACHE_ERR_DATA,
                        "the phrases make %zu trie nodes over %zu syllables, more than a 32-bit edge key holds",
                        lex->nodes.len, lex->nsyllables);
  size_t cap = 16;
  while (cap < 2 * inner) cap *= 2;
  inner_edge *edges = calloc_lines(cap, sizeof *edges);
  if (!edges) at_oom();
  for (size_t i = 0; i < lex->all_edge_cap; i++) {
    const trie_edge *e = &lex->all_edges[i];
    if (e->syl && e->node >= AT_MATCH_MODES) {
      uint32_t key = edge_key(lex, e->node, e->syl);
      uint64_t h = edge_key_hash(key);
      *inner_edge_slot(edges, cap, key, h) = (inner_edge){key, e->child};
      uint32_t bit = edge_filter_bit(h);
      lex->edge_filter[bit / 64] |= (uint64_t)1 << (bit % 64);
    }
  }
  free(lex->all_edges);
  lex->all_edges = NULL;
  lex->edges = edges;
  lex->edge_cap = cap;
  return ATTACHE_OK;
}

/* ---- known words ------------------------------------------------------------ */


static at_known_word *known_slot(at_known_word *slots, size_t cap, syllable_key k, uint32_t h) {
  size_t mask = cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    at_known_word *w = &slots[i];
    if (!w->key[1] || (w->key[0] == k.w[0] && w->key[1] == k.w[1])) return w;
  }
}

const at_known_word *at_lexicon_known_word(const attache_lexicon *lex, const char *s, size_t n) {
  if (n > SYLLABLE_INLINE || !lex->known_cap) return NULL; /* keyed by its bytes in full */
  syllable_key k = syllable_key_of(s, n);
  at_known_table known = at_lexicon_known_table(lex);
  return at_known_by_key(&known, k.w[0], k.w[1]); /* the tokenizer's lookup by key, one probe loop */
}

at_known_table at_lexicon_known_table(const attache_lexicon *lex) {
  return (at_known_table){lex->known_cap ? lex->known_words : NULL, lex->known_cap - 1, lex->known_filter,
                          lex->role_hints};
}

/* The known words' table with cap slots (a power of two), the words it
 * has moved in. */
static void resize_known_words(attache_lexicon *lex, size_t cap) {
  at_known_word *old = lex->known_words;
  size_t old_cap = lex->known_cap;
  lex->known_cap = cap;
  lex->known_words = calloc_lines(cap, sizeof *lex->known_words);
  if (!lex->known_words) at_oom();
  for (size_t i = 0; i < old_cap; i++)
    if (old[i].key[1])
      *known_slot(lex->known_words, cap, (syllable_key){{old[i].key[0], old[i].key[1]}},
                  syllable_hash((syllable_key){{old[i].key[0], old[i].key[1]}})) = old[i];
  free(old);
}

/* Adds word s[0, n) when the tokenizer reads it as one word, with what it
 * makes of it there: its forms, kind and flags depend on its bytes alone
 * (an apostrophe's on the letters after it: such words are left out). */
static void add_known_word(attache_lexicon *lex, const char *s, size_t n, at_vec *toks) {
  if (!n || n > SYLLABLE_INLINE || memchr(s, '\'', n)) return;
  for (size_t i = 0; i + 2 < n; i++)
    if (!memcmp(s + i, "\xE2\x80\x99", 3)) return; /* ’ */
  syllable_key k = syllable_key_of(s, n);
  uint32_t h = syllable_hash(k);
  if (lex->known_cap && known_slot(lex->known_words, lex->known_cap, k, h)->key[1]) return;
  if (2 * (lex->nknown + 1) > lex->known_cap) /* keep the load below 1/2 */
    resize_known_words(lex, lex->known_cap ? 2 * lex->known_cap : 1024);
  toks->len = 0; /* one room for every word */
  const char *text = at_arena_strndup(lex->arena, s, n);
  at_tokenize(lex->arena, text, 0, n, toks);
  const at_token *t = toks->len == 1 ? AT_VEC_AT(toks, at_token, 0) : NULL;
  if (t && t->start == 0 && t->end == n && t->kind == AT_TOK_WORD && t->case_len <= UINT8_MAX &&
      t->tone_len <= UINT8_MAX) {
    at_known_word *w = known_slot(lex->known_words, lex->known_cap, k, h);
    *w = (at_known_word){{k.w[0], k.w[1]}, t->fold_case, t->fold_tone, (uint8_t)(t->flags & ~AT_TOKF_SPACE),
                         (uint8_t)t->case_len, (uint8_t)t->tone_len, 0, {{0}, {0}}}; /* role_set: index_role_sets */
    at_lexicon_token_syllables(lex, text, t, &w->syllables);
    lex->nknown++;
    uint32_t bit = h >> 16;
    lex->known_filter[bit / 64] |= (uint64_t)1 << (bit % 64);
  }
}

/* The first letter of s[0, n) in upper case, in buf (n + 4 bytes at least). */
static size_t capitalized(const char *s, size_t n, char *buf) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp);
  if (k <= 0) return 0;
  utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_toupper(cp), (utf8proc_uint8_t *)buf);
  memcpy(buf + m, s + k, n - (size_t)k);
  buf[(size_t)m + n - (size_t)k] = '\0';
  return (size_t)m + n - (size_t)k;
}

/* A word of the phrases (its form as written, by key: its folded forms
 * follow from its bytes) with the number of times the phrases have it and
 * its first index in `words`. */
typedef struct counted_word {
  uint64_t key[2]; /* key[1] == 0: an empty slot of the count */
  size_t count, first;
} counted_word;

/* A counted word as one number whose order is the words' order: the most
 * counted first, then by first index (qsort of numbers, not of the
 * 40-byte counts: 1.9M instructions a load). */
static uint64_t count_order(size_t count, size_t first) {
  return (uint64_t)(UINT32_MAX - (uint32_t)count) << 32 | (uint32_t)first;
}

static int by_number(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* The words of the phrases matched over tokens (build_key's `words`), as
 * written, folded by case and by tone, and each of these capitalized; the
 * words most phrases have first, as running text has them most too: a word
 * added earlier takes the slot its hash chooses, found at the first probe. */
static void build_known_words(attache_lexicon *lex, const at_vec *words) {
  if (!words->len || words->len >= UINT32_MAX) return; /* (count_order's 32 bits: far more than the phrases' words) */
  size_t cap = 64, n = 0;
  while (cap < 2 * words->len) cap *= 2;
  counted_word *counts = calloc(cap, sizeof *counts);
  uint64_t *order = malloc(words->len * sizeof *order);
  if (!counts || !order) at_oom();
  for (size_t i = 0; i < words->len; i++) {
    const phrase_word *word = AT_VEC_AT(words, phrase_word, i);
    const attache_str *form = &word->form[AT_MATCH_EXACT];
    if (!form->len || form->len > SYLLABLE_INLINE) { /* no key: after the counted ones, as they come */
      order[n++] = count_order(0, i);
      continue;
    }
    syllable_key k = syllable_key_of(form->ptr, form->len);
    size_t j = syllable_hash(k) & (cap - 1);
    while (counts[j].key[1] && (counts[j].key[0] != k.w[0] || counts[j].key[1] != k.w[1])) j = (j + 1) & (cap - 1);
    if (!counts[j].key[1]) counts[j] = (counted_word){{k.w[0], k.w[1]}, 0, i};
    counts[j].count++;
  }
  for (size_t j = 0; j < cap; j++)
    if (counts[j].key[1]) order[n++] = count_order(counts[j].count, counts[j].first);
  free(counts);
  qsort(order, n, sizeof *order, by_number);
  /* Sized once, not grown by doubling (each growth zeroes and refills a
   * larger table: 4M instructions a load): a word mostly comes as written
   * and capitalized, its folded forms the same bytes; add_known_word still
   * grows it past that. */
  size_t known_cap = 1024;
  while (known_cap < 2 * 2 * n) known_cap *= 2;
  if (known_cap > lex->known_cap) resize_known_words(lex, known_cap);
  at_vec toks;
  at_vec_init(&toks, sizeof(at_token));
  for (size_t i = 0; i < n; i++) {
    const phrase_word *word = AT_VEC_AT(words, phrase_word, (uint32_t)order[i]); /* its first index */
    for (int f = 0; f < AT_MATCH_MODES; f++) {
      const attache_str *form = &word->form[f];
      char buf[2 * SYLLABLE_INLINE + 8];
      if (form->len > SYLLABLE_INLINE) continue;
      add_known_word(lex, form->ptr, form->len, &toks);
      size_t m = capitalized(form->ptr, form->len, buf);
      if (m) add_known_word(lex, buf, m, &toks);
    }
  }
  at_vec_free(&toks);
  free(order);
}

/* Each ASCII sign's syllables as at_tokenize_known gives them: looked up
 * as written (its folded forms are itself), no phrase starting at it. */
static void build_signs(attache_lexicon *lex) {
  for (int b = 0; b < 128; b++) {
    char text[2] = {(char)b, 0};
    at_token t = {.start = 0, .end = 1, .kind = AT_TOK_PUNCT, .flags = AT_TOKF_FOLDS_TO_ITSELF,
                  .case_len = 1, .tone_len = 1, .fold_case = text, .fold_tone = text};
    at_lexicon_token_syllables(lex, text, &t, &lex->signs[b]);
    memset(lex->signs[b].first_step, 0, sizeof lex->signs[b].first_step);
  }
}

const at_token_syllables *at_lexicon_signs(const attache_lexicon *lex) { return lex->signs; }

/* The tables every token's reading and matching looks up (the known words,
 * the syllables and their filter, the trie's edges and nodes: about 1.7 MB)
 * moved, once loaded, into one block of 2 MB huge pages where the system
 * gives them: on 4 KB pages they took about 420 pages, more than the
 * processor's first address cache holds, so a lookup's line missed its
 * page's address too. Where no huge page is given, the block works as any
 * other memory. */
enum { HUGE_PAGE = 2u << 20 };
static void place_hot_tables(attache_lexicon *lex) {
  struct {
    void **table;
    size_t bytes;
  } parts[] = {{(void **)&lex->known_words, lex->known_cap * sizeof *lex->known_words},
               {(void **)&lex->syllables, lex->syllable_cap * sizeof *lex->syllables},
               {(void **)&lex->syllable_filter, SYLLABLE_FILTER_BITS / 8},
               {(void **)&lex->edges, lex->edge_cap * sizeof *lex->edges},
               {&lex->nodes.items, lex->nodes.len * sizeof(trie_node)}};
  enum { NPARTS = sizeof parts / sizeof parts[0] };
  size_t total = 0;
  for (int i = 0; i < NPARTS; i++) total += (parts[i].bytes + 63) / 64 * 64; /* each from a line's start */
  total = (total + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
  char *block = aligned_alloc(HUGE_PAGE, total);
  if (!block) at_oom();
#ifdef MADV_HUGEPAGE
  madvise(block, total, MADV_HUGEPAGE); /* a hint: no huge page, no harm */
#endif
  char *at = block;
  for (int i = 0; i < NPARTS; i++) {
    if (parts[i].bytes) memcpy(at, *parts[i].table, parts[i].bytes);
    free(*parts[i].table);
    *parts[i].table = at;
    at += (parts[i].bytes + 63) / 64 * 64;
  }
  lex->nodes.cap = lex->nodes.len;
  lex->hot = block;
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
    lex->matched[LEXICON_FILES[f].category] = LEXICON_FILES[f].matched;
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
  phrase_set phrases = {NULL, 0, 0};
  add_rank_forms_without_periods(lex, &phrases);
  add_spelling_variants(lex, &phrases);
  free(phrases.slots);
  at_vec words; /* phrase_word */
  at_vec_init(&words, sizeof(phrase_word));
  if (err) { /* an error of the phrases as a whole names the directory, no line */
    err->line = 0;
    err->offset = (size_t)-1;
    snprintf(err->file_buf, sizeof err->file_buf, "%s", data_dir);
    err->file = err->file_buf;
  }
  attache_status st = build_tables(lex, &words, err);
  if (st != ATTACHE_OK) {
    at_vec_free(&words);
    attache_lexicon_free(lex);
    return st;
  }
  build_known_words(lex, &words);
  at_vec_free(&words);
  build_signs(lex);
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
  lex->chrome_leads = malloc((lex->category_len[AT_CAT_CHROME] + 1) * sizeof(at_entry *));
  if (!lex->chrome_leads) at_oom();
  for (size_t i = 0; i < lex->category_len[AT_CAT_CHROME]; i++)
    if (!strcmp(lex->by_category[AT_CAT_CHROME][i]->value, "lead"))
      lex->chrome_leads[lex->nchrome_leads++] = lex->by_category[AT_CAT_CHROME][i];
  lex->chrome_index = malloc(sizeof *lex->chrome_index);
  if (!lex->chrome_index) at_oom();
  at_chrome_index_of(lex, lex->chrome_index);
  index_numbers(lex);
  index_token_words(lex);
  index_role_sets(lex);
  index_abbreviations(lex);
  lex->feature_weights = calloc(at_confidence_nfeatures(), sizeof *lex->feature_weights);
  if (!lex->feature_weights) at_oom();
  attache_status checked = at_confidence_check(lex, err);
  if (checked != ATTACHE_OK) {
    if (err) {
      snprintf(err->file_buf, sizeof err->file_buf, "%s/confidence.tsv", data_dir);
      err->file = err->file_buf;
    }
    attache_lexicon_free(lex);
    return checked;
  }
  place_hot_tables(lex);
  *out = lex;
  return ATTACHE_OK;
}

/* A token's syllables in its three forms (index: at_match_mode), the slot
 * of its form as written found (see syllable_find): each other form's slot
 * looked up once (a form that equals the one before it is not looked up
 * twice), and from it the syllable's number and its first step. */
static inline void token_syllables(const attache_lexicon *lex, uint32_t exact_slot, const at_token *t,
                                   at_token_syllables *out) {
  uint32_t slot[AT_MATCH_MODES];
  slot[AT_MATCH_EXACT] = exact_slot;
  size_t case_len = t->case_len;
  slot[AT_MATCH_CASE] = (t->flags & AT_TOKF_FOLDS_TO_ITSELF) ? slot[AT_MATCH_EXACT]
                                                            : syllable_find(lex, t->fold_case, case_len);
  slot[AT_MATCH_TONE] = t->fold_tone == t->fold_case ||
                                (t->tone_len == case_len && !memcmp(t->fold_tone, t->fold_case, case_len))
                            ? slot[AT_MATCH_CASE]
                            : syllable_find(lex, t->fold_tone, t->tone_len);
  for (int m = 0; m < AT_MATCH_MODES; m++) {
    const syllable *y = slot[m] ? &lex->syllables[slot[m] - 1] : NULL;
    out->id[m] = y && (*AT_VEC_AT(&lex->syllable_inner, uint8_t, y->id) >> m & 1) ? y->id : 0;
    out->first_step[m] = y ? y->first_step[m] : 0;
  }
}

void at_lexicon_token_syllables(const attache_lexicon *lex, const char *text, const at_token *t, at_token_syllables *out) {
  token_syllables(lex, syllable_find(lex, text + t->start, t->end - t->start), t, out);
}

void at_lexicon_keyed_syllables(const attache_lexicon *lex, const uint64_t raw[2], uint32_t raw_hash, const at_token *t,
                                at_token_syllables *out) {
  token_syllables(lex, syllable_found_hashed(lex, (syllable_key){{raw[0], raw[1]}}, raw_hash), t, out);
}

void at_lexicon_ascii_syllables(const attache_lexicon *lex, const uint64_t raw[2], uint32_t raw_hash,
                                const uint64_t folded[2], at_token_syllables *out) {
  uint32_t slot[AT_MATCH_MODES];
  slot[AT_MATCH_EXACT] = syllable_found_hashed(lex, (syllable_key){{raw[0], raw[1]}}, raw_hash);
  slot[AT_MATCH_CASE] = slot[AT_MATCH_TONE] = folded[0] == raw[0] && folded[1] == raw[1]
                                                  ? slot[AT_MATCH_EXACT]
                                                  : syllable_find_key(lex, (syllable_key){{folded[0], folded[1]}});
  for (int m = 0; m < AT_MATCH_MODES; m++) {
    const syllable *y = slot[m] ? &lex->syllables[slot[m] - 1] : NULL;
    out->id[m] = y && (*AT_VEC_AT(&lex->syllable_inner, uint8_t, y->id) >> m & 1) ? y->id : 0;
    out->first_step[m] = y ? y->first_step[m] : 0;
  }
}

/* The matches of one key (one mode's) that walk_tokens left with count 0
 * and the node's number in `values`, filled from their nodes; their
 * categories and value bits or'ed into *categories and *values. */
static void fill_matches(const attache_lexicon *lex, at_vec *out, size_t from, uint32_t *categories,
                         uint64_t *values) {
  const trie_node *nodes = lex->nodes.items;
  uint32_t cats = 0;
  uint64_t bits = 0;
  for (size_t k = from; k < out->len; k++) {
    at_match *mt = (at_match *)out->items + k;
    if (mt->count) continue; /* of several keys, filled by walk_tokens */
    const trie_node *x = &nodes[mt->values];
    mt->entries = lex->lists + x->first;
    mt->categories = x->categories;
    mt->count = x->count;
    mt->values = at_match_bit(x->values);
    cats |= x->categories;
    bits |= x->values;
  }
  *categories |= cats;
  *values |= bits;
}

/* at_lexicon_match but for the matches of one key, which it leaves to
 * fill_matches. */
static size_t walk_tokens(const attache_lexicon *lex, at_arena *arena, at_token *tokens, size_t n, uint32_t tok_base,
                          const at_token_syllables *syls, bool more, at_vec *out, uint32_t *categories,
                          uint64_t *values) {
  const trie_node *nodes = lex->nodes.items;
  for (size_t i = 0; i < n;) {
    /* Most tokens start no phrase in any mode (a sign none: at_tokenize_known
     * leaves its first steps 0): one test says so. */
    if (!(syls[i].first_step[0] | syls[i].first_step[1] | syls[i].first_step[2])) {
      i++;
      continue;
    }
    size_t best_len = 0;
    const trie_node *best[AT_MATCH_MODES];
    int nbest = 0;
    for (int m = 0; m < AT_MATCH_MODES; m++) {
      uint32_t step = syls[i].first_step[m], y;
      for (size_t j = i; step;) {
        size_t len = j - i + 1;
        if (step & STEP_ENDS) {
          if (len > best_len) {
            best_len = len;
            nbest = 0;
          }
          if (len == best_len) {
            best[nbest++] = &nodes[step & STEP_NODE];
            __builtin_prefetch(best[nbest - 1]); /* read once the modes are walked: its line on the way meanwhile */
          }
        }
        if (!(step & STEP_GOES_ON)) break;
        if (++j == n) {
          if (more) return i; /* the phrase may go on in tokens not read yet: from i again with them */
          break;
        }
        if (!(y = syls[j].id[m])) break;
        uint32_t key = edge_key(lex, step & STEP_NODE, y);
        uint64_t h = edge_key_hash(key);
        uint32_t bit = edge_filter_bit(h);
        if (!(lex->edge_filter[bit / 64] >> (bit % 64) & 1)) break;
        step = inner_edge_slot(lex->edges, lex->edge_cap, key, h)->step; /* an empty slot's is 0 */
      }
    }
    if (!best_len) {
      i++;
      continue;
    }
    if (out->len == out->cap) at_vec_grow(out);
    at_match *mt = (at_match *)out->items + out->len++; /* every field set here: at_vec_push's memset was a call a match */
    if (nbest == 1) { /* the entries of one key lie together in lex->lists: fill_matches reads its node */
      *mt = (at_match){tok_base + (uint32_t)i, tok_base + (uint32_t)(i + best_len), NULL, 0, 0,
                       (uint32_t)(best[0] - nodes)};
    } else {
      *mt = (at_match){tok_base + (uint32_t)i, tok_base + (uint32_t)(i + best_len), NULL, 0, 0, 0};
      size_t total = 0;
      for (int b = 0; b < nbest; b++) total += best[b]->count;
      const at_entry **entries = at_arena_alloc(arena, total * sizeof *entries);
      size_t k = 0;
      for (int b = 0; b < nbest; b++) {
        for (uint32_t c = 0; c < best[b]->count; c++) entries[k++] = lex->lists[best[b]->first + c];
        mt->categories |= best[b]->categories;
        mt->values |= at_match_bit(best[b]->values);
        *categories |= best[b]->categories;
        *values |= best[b]->values;
      }
      mt->entries = entries;
      mt->count = (uint8_t)total; /* at most AT_MATCH_MODES keys' */
    }
    uint32_t index = (uint32_t)out->len - 1;
    for (size_t k = i; k < i + best_len; k++) tokens[k].match = index;
    i += best_len;
  }
  return n;
}

/* A match's node is read once the piece's tokens are walked, not as the
 * match is found: asked for then (the walk's __builtin_prefetch), its line
 * has come by the time fill_matches reads it, where the walk waited for it
 * at one match in three (the node tables are larger than the first-level
 * cache and read at random).
 * Likewise the walk's second steps: each is a probe of the edge table at a
 * place the token's node and the next token's syllable tell, most often a
 * cache miss the walk waited for. Their slots are asked for in a pass over
 * the piece before the walk, at every token without a test (a branch a
 * token cost more than the lines asked for in vain; where a mode has no
 * step, the slot asked for is its syllable's, or slot 0's), for the folded
 * modes only (a phrase matched exactly starts at one token in sixteen). The
 * pass is written out here: GCC takes a function that only prefetches for
 * one without effects and drops its calls. */
size_t at_lexicon_match(const attache_lexicon *lex, at_arena *arena, at_token *tokens, size_t n, uint32_t tok_base,
                        const at_token_syllables *syls, bool more, at_vec *out, uint32_t *categories,
                        uint64_t *values) {
  size_t from = out->len;
  const size_t mask = lex->edge_cap - 1;
  for (size_t i = 0; i + 1 < n; i++)
    for (int m = AT_MATCH_CASE; m <= AT_MATCH_TONE; m++) {
      uint32_t key = edge_key(lex, syls[i].first_step[m] & STEP_NODE, syls[i + 1].id[m]);
      __builtin_prefetch(&lex->edges[(size_t)(edge_key_hash(key) >> 32) & mask]);
    }
  size_t done = walk_tokens(lex, arena, tokens, n, tok_base, syls, more, out, categories, values);
  fill_matches(lex, out, from, categories, values);
  return done;
}
