/* SPDX-License-Identifier: MIT */
/*
 * pipeline.h - the internal document model that the pipeline stages share,
 * and each stage's entry point. A document moves through:
 *
 *   decode -> clean (drop site chrome, find metadata) -> segment (sentences)
 *   -> tokenize -> match lexicons -> dates -> entities (people, countries)
 *   -> events -> records (agreements, figures, relations) -> emit JSON
 *
 * Everything a document holds lives in its arena and ends with it.
 */
#ifndef ATTACHE_PIPELINE_H
#define ATTACHE_PIPELINE_H

#include <attache/extract.h>
#include <attache/lexicon.h>

#include "internal.h"
#include "token_words.h"

/* ---- lexicon ---------------------------------------------------------- */

typedef enum at_category {
  AT_CAT_COUNTRY,
  AT_CAT_PLACE,
  AT_CAT_ORG,
  AT_CAT_BODY,
  AT_CAT_MECHANISM,
  AT_CAT_RANK,
  AT_CAT_POSITION,
  AT_CAT_HONORIFIC,
  AT_CAT_FAMILY,
  AT_CAT_CUE,
  AT_CAT_MODAL,
  AT_CAT_AGREEMENT,
  AT_CAT_AREA,
  AT_CAT_FRAMEWORK,
  AT_CAT_FIGURE,
  AT_CAT_QUALIFIER,
  AT_CAT_DATEWORD,
  AT_CAT_CHROME,
  AT_CAT_ABBREV,
  AT_CAT_FUNCTION,
  AT_CAT_HTML,
  AT_CAT_NUMBER,
  AT_CAT_CONFIDENCE,
  AT_CAT_TOKEN_WORD,
  AT_CAT_RELATIONS,
  AT_CAT_COUNT
} at_category;

typedef enum at_match_mode { AT_MATCH_EXACT, AT_MATCH_CASE, AT_MATCH_TONE, AT_MATCH_MODES } at_match_mode;

typedef struct at_entry {
  at_category category;
  at_match_mode mode;
  const char *phrase; /* as written in the file */
  const char *key;    /* folded syllables joined by ' ' */
  const char *value;
  const char *attr; /* "" when the column is empty */
  uint64_t flag_bits; /* at_flag_bit of each flag of attr: at_entry_has_flag's quick no */
  uint32_t named_flags; /* bit f set: attr holds the flag at_named_flag f (at_entry_is) */
  const char *file; /* base name of the data file */
  unsigned line;
  unsigned ntokens;
} at_entry;

/* The flags the rules ask most (of every cue whether it is a "noun", ...:
 * tens of thousands of asks a MB of text), each given a bit at load
 * (at_entry.named_flags) so that an ask is one bit test (at_entry_is)
 * instead of a read of attr. Any flag, these too, can still be asked by
 * name (at_entry_has_flag). X(ID, "name"): AT_FLAG_ID is the flag "name". */
#define AT_NAMED_FLAGS(X) \
  X(NOUN, "noun") \
  X(PAST, "past") \
  X(SHIP, "ship") \
  X(STANDALONE, "standalone") \
  X(PARTY, "party") \
  X(LOWER, "lower") \
  X(CLAUSE, "clause") \
  X(REMAINS, "remains") \
  X(DELEGATION, "delegation") \
  X(WELCOME, "welcome") \
  X(DOMESTIC, "domestic")

typedef enum at_named_flag {
#define AT_FLAG_ID(id, name) AT_FLAG_##id,
  AT_NAMED_FLAGS(AT_FLAG_ID)
#undef AT_FLAG_ID
  AT_FLAG_COUNT
} at_named_flag;
_Static_assert(AT_FLAG_COUNT <= 32, "at_entry.named_flags has 32 bits");

/* True when the entry's attr holds the named flag f. */
static inline bool at_entry_is(const at_entry *entry, at_named_flag f) {
  return entry->named_flags >> f & 1;
}

/* Entries of one category, in file order (for line-based rules like chrome). */
void at_lexicon_entries(const attache_lexicon *lex, at_category cat, const at_entry ***out, size_t *n);
/* The chrome entries that open a lead's dateline ("Sáng", "Ngày"; value "lead"),
 * in file order: asked for at every space of a line's start (clean.c). */
void at_lexicon_chrome_leads(const attache_lexicon *lex, const at_entry ***out, size_t *n);
/* The year Vietnam established diplomatic relations with `state` (an ISO
 * code, relations.tsv), or 0 when not known. */
int at_lexicon_relations_year(const attache_lexicon *lex, const char *state);
/* A bit for a flag of n bytes by its first and last bytes and length: an entry's
 * flag_bits has the bits of its flags, so that most entries are told to
 * lack a flag without reading their attr (the rules ask of every cue
 * whether it is a "noun", a "ship", ...). */
static inline uint64_t at_flag_bit(const char *flag, size_t n) {
  uint64_t h = (uint64_t)n << 16 | (uint64_t)(unsigned char)flag[0] << 8 | (unsigned char)flag[n ? n - 1 : 0];
  return UINT64_C(1) << ((h * UINT64_C(0x9E3779B97F4A7C15)) >> 58);
}
/* True when attr holds `flag` as one of its comma-separated words. */
bool at_attr_has_flag(const char *attr, const char *flag);
/* True when the entry's attr holds `flag` as one of its comma-separated
 * words. Inline: with a constant flag, the quick no is a test of a
 * constant bit. */
__attribute__((always_inline)) static inline bool at_entry_has_flag(const at_entry *entry, const char *flag) {
  return (entry->flag_bits & at_flag_bit(flag, strlen(flag))) && at_attr_has_flag(entry->attr, flag);
}
/* The value of a `key:value` flag of the entry's attr (not NUL-terminated: *len bytes), or NULL. */
const char *at_entry_flag_value(const at_entry *entry, const char *key, size_t *len);

/* ---- text ------------------------------------------------------------- */

enum { AT_TOK_WORD = 1, AT_TOK_NUM = 2, AT_TOK_PUNCT = 3 };
enum {
  AT_TOKF_CAP = 1 << 0,   /* first letter is upper case */
  AT_TOKF_UPPER = 1 << 1, /* two or more letters, all upper case */
  AT_TOKF_SPACE = 1 << 2, /* whitespace before the token */
  AT_TOKF_LATIN = 1 << 3, /* letters are all ASCII (no Vietnamese marks) */
  AT_TOKF_FOLDS_TO_ITSELF = 1 << 4 /* its case-folded form is the token as written ("nam", not "Nam") */
};

#define AT_NO_MATCH UINT32_MAX

typedef struct at_token {
  uint32_t start, end; /* byte offsets into doc->text */
  uint8_t kind;
  uint8_t flags;
  uint16_t role_set;     /* a word's roles in data/token_words.tsv (at_lexicon_role_set_of); 0: none, and for others */
  uint32_t match;        /* index of the lexicon match covering it in doc->matches, or AT_NO_MATCH */
  uint32_t case_len, tone_len; /* the folded forms' lengths in bytes */
  const char *fold_case; /* case-folded form */
  const char *fold_tone; /* case- and diacritic-folded form */
} at_token;

/* A match is kept for every matched token of a document, so its size is
 * most of the memory a dense document takes (README, "Limits": 24 bytes
 * keep the bound). */
enum { AT_MATCH_MAX_ENTRIES = 255 }; /* count's 8 bits; a key has at most a third (lexicon.c) */
typedef struct at_match {
  uint32_t tok_start, tok_end; /* token indices, end exclusive */
  const at_entry **entries;
  uint32_t categories : 24; /* bit c set: some entry may be of category c (a quick no for at_match_entry) */
  uint32_t count : 8;
  uint32_t values; /* the at_match_bit of each entry's (category, value): at_match_value's quick no */
} at_match;
_Static_assert(sizeof(at_match) == 24, "at_match's size bounds a dense document's memory");

/* A token's syllables as at_lexicon_match walks the lexicon's trie from
 * it: in each mode's form, the syllable's number (0: no phrase of that
 * mode has it after another syllable, so no walk goes on by it) and
 * the step from that mode's root by it (0: none; at_tokenize_known gives
 * a sign none, as no phrase starts at one). */
typedef struct at_token_syllables {
  uint32_t id[AT_MATCH_MODES];
  uint32_t first_step[AT_MATCH_MODES];
} at_token_syllables;
/* A word of the lexicon's phrases (as written, folded, capitalized) as the
 * tokenizer reads it and the matcher looks it up, worked out once at load:
 * most words of running text are one (four in five of the benchmark's),
 * and then neither is done again. */
typedef struct at_known_word {
  uint64_t key[2]; /* its bytes (see lexicon.c's syllable_key); key[1] == 0: an empty slot */
  const char *fold_case, *fold_tone; /* in the lexicon's arena */
  uint8_t flags;                     /* without AT_TOKF_SPACE; a known word is an AT_TOK_WORD */
  uint8_t case_len, tone_len;
  uint16_t role_set; /* the token's role_set */
  at_token_syllables syllables;
} at_known_word;
_Static_assert(sizeof(at_known_word) == 64, "a known word is a cache line (lexicon.c aligns the table)");
/* The known word that is text s[0, n), or NULL. */
const at_known_word *at_lexicon_known_word(const attache_lexicon *lex, const char *s, size_t n);
/* The hash of a syllable's key (lexicon.c's syllable_key: two words of its
 * bytes, its length in the last byte): its low bits choose a slot, its bits
 * 16 to 31 a filter's bit. Here so that the tokenizer can look a word up by
 * the key it read, without a call. */
static inline uint32_t at_syllable_hash(uint64_t w0, uint64_t w1) {
  uint64_t h = w0 * 0x9E3779B97F4A7C15u ^ w1 * 0xC2B2AE3D27D4EB4Fu;
  return (uint32_t)(h >> 32 ^ h);
}
/* The known words' table as at_lexicon_known_word reads it: open
 * addressing over mask + 1 slots (slots NULL: none), and a filter of a bit
 * per value of a hash's bits 16 to 31. With it, the filter of the token
 * words (at_role_hinted) that a word it lacks is asked first. */
typedef struct at_known_table {
  const at_known_word *slots;
  size_t mask;
  const uint64_t *filter;
  const uint64_t *role_hints; /* 4096 bits: at_role_hint's of data/token_words.tsv's words */
} at_known_table;
at_known_table at_lexicon_known_table(const attache_lexicon *lex);
/* A word's bit among 4096 by its first and last bytes and its length
 * (s[0, n), n > 0). */
static inline unsigned at_role_hint(const char *s, size_t n) {
  return ((unsigned char)s[0] * 0x9E3779B1u ^ (unsigned char)s[n - 1] * 0x85EBCA77u ^ (unsigned)n * 0xC2B2AE3Du) >> 20;
}
/* Whether case-folded word s[0, n) may be a token word (at_lexicon_role_set_of
 * has it): false for most words that are none, told without a call (about
 * 50k words on 3 MB of the benchmark corpus are no known word). */
static inline bool at_role_hinted(const uint64_t *role_hints, const char *s, size_t n) {
  if (!n) return false; /* no token has an empty form */
  unsigned hint = at_role_hint(s, n);
  return role_hints[hint / 64] >> (hint % 64) & 1;
}
/* The known word whose key is (w0, w1), its hash h (at_syllable_hash(w0,
 * w1): the tokenizer hashes a word's key once, ahead), or NULL. */
static inline const at_known_word *at_known_by_hash(const at_known_table *known, uint32_t h, uint64_t w0,
                                                    uint64_t w1) {
  uint32_t bit = h >> 16;
  if (!(known->filter[bit / 64] >> (bit % 64) & 1)) return NULL; /* most words that are none, without a probe */
  for (size_t i = h & known->mask;; i = (i + 1) & known->mask) {
    const at_known_word *w = &known->slots[i];
    if (w->key[0] == w0 && w->key[1] == w1) return w;
    if (!w->key[1]) return NULL;
  }
}
/* The known word whose key is (w0, w1), or NULL. */
static inline const at_known_word *at_known_by_key(const at_known_table *known, uint64_t w0, uint64_t w1) {
  return at_known_by_hash(known, at_syllable_hash(w0, w1), w0, w1);
}
/* The syllables of each ASCII sign as a token of its own, by its byte (128). */
const at_token_syllables *at_lexicon_signs(const attache_lexicon *lex);
/* at_tokenize over a document's sentence, stopping (false) once `out` holds
 * max_tokens tokens: a token that is a known
 * word takes its forms and syllables from the lexicon, any other is looked
 * up, and its syllables are appended to `syllables` (at_token_syllables,
 * one per token). */
bool at_tokenize_known(const attache_lexicon *lex, at_arena *arena, const char *text, size_t start, size_t end,
                       at_vec *out, size_t max_tokens, at_vec *syllables);
/* Where at_tokenize_known_from goes on: the next byte to read, and whether
 * a space comes before it (what the token there is told). */
typedef struct at_tok_cursor {
  size_t at;
  bool space;
  bool number; /* set when a token read is a number (AT_TOK_NUM) */
  uint32_t words, latin_words; /* the words read (AT_TOK_WORD), and those with AT_TOKF_LATIN */
} at_tok_cursor;
/* at_tokenize_known from *from (a sentence's start: {start, true}) to end,
 * or up to max_tokens tokens in `out`, leaving *from where it stopped, so
 * that a long sentence is read a piece at a time with the same tokens. */
bool at_tokenize_known_from(const attache_lexicon *lex, at_arena *arena, const char *text, at_tok_cursor *from,
                            size_t end, at_vec *out, size_t max_tokens, at_vec *syllables);

/* Splits text[start, end) into tokens appended to `out`; folded forms in arena. */
void at_tokenize(at_arena *arena, const char *text, size_t start, size_t end, at_vec *out);
/* Folds one string: mode CASE or TONE; result in arena. */
char *at_fold(at_arena *arena, const char *s, size_t n, at_match_mode mode);
/* Do a and b say the same words, case folded, however their spaces run
 * ("Minister  X meets Y" and "MINISTER X MEETS Y")? Folds in arena. */
bool at_same_words_folded(at_arena *arena, const char *a, size_t an, const char *b, size_t bn);
/* The bytes code point cp folds to by case inside a string at_fold folds
 * (when no mark joins it and no old tone placement is rewritten there) and
 * their number, or 0 where at_fold's tables do not tell it. */
size_t at_fold_case_bytes(int32_t cp, const char **bytes);
/* Longest lexicon matches over tokens[0, n), left to right, appended to
 * `out` (each token covered gets its match's index there); syllables: the
 * tokens' (as at_tokenize_known gives them). With `more` (the sentence goes
 * on past tokens[n - 1]), it stops at the first token whose phrase might
 * go on past them; returns how many tokens it is done with (n when all).
 * The matches' categories and their entries' at_value_bit are or'ed into
 * *categories and *values (at_sentence's). */
size_t at_lexicon_match(const attache_lexicon *lex, at_arena *arena, at_token *tokens, size_t n, uint32_t tok_base,
                        const at_token_syllables *syllables, bool more, at_vec *out, uint32_t *categories,
                        uint64_t *values);
/* Token t's syllables (its forms looked up in the lexicon's syllables). */
void at_lexicon_token_syllables(const attache_lexicon *lex, const char *text, const at_token *t,
                                at_token_syllables *out);
/* The same for a word of at most 15 bytes whose bytes as written the
 * tokenizer read as a key (at_known_by_key's: its bytes, zero above, its
 * length in the last byte) and hashed (at_syllable_hash): that form is not
 * read again. */
void at_lexicon_keyed_syllables(const attache_lexicon *lex, const uint64_t raw[2], uint32_t raw_hash, const at_token *t,
                                at_token_syllables *out);
/* The same for a token of at most 15 ASCII letters and digits given by its
 * keys as at_known_by_key takes them (its bytes, zero above, its length in
 * the last byte): as written (raw_hash: its at_syllable_hash), and folded by
 * case (its tone form is its case form); folded equal to raw when it folds
 * to itself. No byte is read again. */
void at_lexicon_ascii_syllables(const attache_lexicon *lex, const uint64_t raw[2], uint32_t raw_hash,
                                const uint64_t folded[2], at_token_syllables *out);

/* ---- dates ------------------------------------------------------------ */

typedef struct at_date {
  int16_t year; /* 0: unknown */
  int8_t month; /* 0: unknown */
  int8_t day;   /* 0: unknown */
} at_date;

typedef struct at_date_span {
  at_date date, end; /* end.month == 0: no range */
  uint32_t tok_start, tok_end;
  bool of_document; /* the date of a numbered document ("Nghị quyết số 806-NQ/QUTW ngày 31-12-2013") */
  bool relative;    /* read from words relative to the publication date ("hôm qua", "last week") */
  bool until;       /* the day something lasts to ("kéo dài đến ngày 14/3", "until March 14"), not its first */
  bool years_span;  /* one end of a span of years ("(20/1/1949 - 20/1/2024)"): an anniversary's founding and its day */
} at_date_span;

/* ---- the document ------------------------------------------------------ */

enum {
  AT_SENT_TITLE = 1 << 0,
  AT_SENT_ENGLISH = 1 << 1, /* its paragraph is in English (a mixed page may have both) */
  AT_SENT_CAPTION = 1 << 2, /* a photo caption: it shows a happening the story tells */
  AT_SENT_NUMBER = 1 << 3   /* some token of it is a number (AT_TOK_NUM): at_doc_tokenize sets it */
};

typedef struct at_sentence {
  uint32_t start, end; /* bytes */
  uint32_t para;
  uint32_t tok_start, tok_end;
  uint32_t match_start, match_end;
  /* its matches' categories and their entries' at_value_bit, or'ed
   * (at_doc_tokenize): a scan of the sentence for a category or a value it
   * lacks is told no at once */
  uint32_t categories;
  uint64_t values;
  uint8_t flags;
  uint32_t words, latin_words; /* its word tokens, and those of ASCII letters (at_doc_detect_lang) */
  int32_t event;     /* the event this sentence tells of, or -1 */
  at_date told;      /* the story's last full date by this sentence (at_doc_dates_told), or none */
} at_sentence;

enum { AT_SET_MAX = 24 };
typedef struct at_strset {
  const char *items[AT_SET_MAX];
  uint8_t n;
} at_strset;
void at_strset_add(at_strset *set, const char *s);
bool at_strset_has(const at_strset *set, const char *s);

typedef struct at_person {
  const char *name;
  const char *folded_name; /* the name folded without tones, for comparing */
  const char *rank;
  const char *position;
  const char *position_class; /* the office's class in positions.tsv */
  const char *folded_position, *folded_position_of; /* entities.c's held_office: position folded, and which */
  const char *country; /* ISO code or NULL */
  bool country_explicit;
  bool position_of_headline; /* the office was told in a headline, which shortens it */
  uint32_t first_sentence;
} at_person;

typedef struct at_mention {
  uint32_t person;
  uint32_t sentence;
  uint32_t tok_start, tok_end; /* the name */
} at_mention;

typedef struct at_explain {
  const char *rule;
  const char *cue;
  uint32_t sentence;
} at_explain;

/* Where an event's date came from, for its confidence. */
typedef enum at_date_from {
  AT_DATE_NONE,
  AT_DATE_TOLD,         /* its own sentence, year included */
  AT_DATE_TOLD_NO_YEAR, /* its own sentence; the year from the publication or the story */
  AT_DATE_REFERENCE     /* the event it refers back to, or the story's event a caption shows */
} at_date_from;

/* Where the publication date came from. */
typedef enum at_published_from { AT_PUBLISHED_NONE, AT_PUBLISHED_GIVEN, AT_PUBLISHED_TEXT, AT_PUBLISHED_URL } at_published_from;

/* Their names in results written with --with-text (emit.c), read back by
 * results.c, so that a store of results knows where dates came from as a
 * direct ingest does; [0] (none) is written as no field. */
extern const char *const AT_DATE_FROM_NAMES[4];
extern const char *const AT_PUBLISHED_FROM_NAMES[4];

typedef struct at_event {
  const char *type;
  at_date date, date_end;
  bool has_date, has_end;
  at_date closed_on;   /* told closed on this day with no length ("The exercise concluded on August 18"), not its date:
                          its last day once its first is told (all zero: none) */
  uint8_t date_from;   /* at_date_from */
  bool date_relative;  /* its date was read from words relative to the publication date ("hôm qua") */
  uint8_t retold;      /* other sentences merged into it */
  bool by_reference;   /* told only by a reference ("At the dialogue, ..."): the story left out its telling */
  bool named_later;    /* first told as "the dialogue", nothing before it to point to: the story names it later */
  bool on_planned_day; /* dated by the day the story planned it for, told with no day of its own (events.c) */
  bool welcome;        /* told as a welcome ceremony ("lễ đón": event_cues.tsv attr welcome) */
  bool guest_met;      /* told, in any of its tellings, as a welcome ceremony or a meeting of arrivals
                          ("lễ đón", "đón đoàn": event_cues.tsv attr welcome, greet) */
  bool plain_meeting;  /* told only as a meeting of no kind ("met with": event_cues.tsv attr plain_meeting) */
  bool bygone;         /* dated, told after "since" ("since their August meeting"): one before the story's */
  bool earlier;        /* told after "Trước đó, ...": a happening before the story's */
  bool before_that;    /* its sentence opens "Trước đó, ..." (a noun cue too: "chuyến tuần tra chung lần thứ 39") */
  bool ends;           /* told as its end ("kết thúc chuyến thăm", "Chuyến thăm ... kết thúc vào ngày X"): its date is its last day */
  const char *place;
  const char *loc_country;
  at_strset countries, organizations, areas;
  const char *mechanism;
  uint16_t session;    /* the meeting's number in its series ("lần thứ 4"), 0 when not told */
  const char *daypart; /* "sáng", "chiều", "tối" when told; two parts of a day are two events */
  uint32_t participants[AT_SET_MAX];
  uint8_t nparticipants;
  uint32_t sentence; /* evidence */
  bool dropped;
  at_explain why;
  double confidence;                          /* at_confidence */
  double participant_confidence[AT_SET_MAX]; /* of participants[i] in this event */
} at_event;

typedef struct at_agreement {
  const char *title;
  const char *folded_title; /* the title folded without tones (records.c's seen_title), or NULL */
  const char *folded_head;  /* folded, the title's words before those telling its years, or NULL (records.c) */
  const char *kind;
  bool bare;    /* told by its kind alone ("a Memorandum of Understanding (MoU)"): records.c's retold_bare */
  bool capital; /* its title's first word capitalised */
  at_strset parties;
  at_date date;
  bool has_date;
  int period_from, period_to; /* 0: none */
  const char *status;
  at_strset areas;
  uint32_t sentence;
  at_explain why;
  double confidence;
} at_agreement;

typedef struct at_figure {
  const char *metric;
  const char *label;
  double value;
  const char *qualifier;
  at_date as_of;
  bool has_as_of;
  const char *subject;
  uint32_t sentence;
  at_explain why;
  double confidence;
} at_figure;

typedef struct at_relation {
  const char *a, *b;
  const char *framework;
  int since;
  uint32_t sentence;
  at_explain why;
  double confidence;
} at_relation;

/* The words of one token-word role (data/token_words.tsv), and a bit per
 * (first byte, last byte, length) of each (at_role_filter_bit), so that
 * most tokens are told to be none of them by one test: a rule asks for one
 * role of a token, and most roles have one to six words. */
typedef struct at_role_words {
  uint64_t filter;
  const attache_str *keys; /* folded by case */
  uint32_t count;
} at_role_words;
static inline unsigned at_role_filter_shift(const char *s, size_t n) {
  return ((unsigned)(unsigned char)s[0] * 7u + (unsigned)(unsigned char)s[n - 1] * 13u + 3u * (unsigned)n) & 63;
}
static inline uint64_t at_role_filter_bit(const char *s, size_t n) { return UINT64_C(1) << at_role_filter_shift(s, n); }
/* The lexicon's token words by at_word_role (NULL for no lexicon). */
const at_role_words *at_lexicon_role_words(const attache_lexicon *lex);
/* The roles of one token word (a bit per at_word_role), worked out at load
 * for each word of data/token_words.tsv: a token carries the index of its
 * word's (at_token.role_set; 0, no role, for any other), so that "is this
 * token a word of role R" is one test, not a search of R's words. */
typedef struct at_role_set {
  uint64_t bits[2];
} at_role_set;
_Static_assert(AT_ROLE_COUNT <= 128, "a role set has a bit per role");
/* The role sets by index (entry 0: none; NULL for no lexicon). */
const at_role_set *at_lexicon_role_sets(const attache_lexicon *lex);
/* The index of the role set of the word whose case-folded form is s[0, n)
 * (0: it is no token word, or no lexicon). */
uint16_t at_lexicon_role_set_of(const attache_lexicon *lex, const char *s, size_t n);
/* By first byte, the lengths of the words of role glued that start with it:
 * bit n for n bytes (they are under 32). NULL for no lexicon. */
const uint32_t *at_lexicon_glued_lengths(const attache_lexicon *lex);
/* By first byte, the lengths of the abbreviations (data/abbreviations.tsv,
 * their final period left out) that start with it: bit n for n bytes, bit
 * 31 for 31 or more; every bit where one may match otherwise. */
const uint32_t *at_lexicon_abbreviation_lengths(const attache_lexicon *lex);
/* The abbreviations (value abbr) whose phrase starts with byte `first`, and
 * those matched by a folded form, in file order. */
void at_lexicon_abbreviations(const attache_lexicon *lex, unsigned char first, const at_entry *const **out, size_t *n);

struct attache_doc {
  at_arena *arena;
  const attache_lexicon *lex;
  const at_role_set *role_sets; /* at_lexicon_role_sets(lex), for at_tok_word */
  attache_extract_options options;
  char *text; /* normalized document text (arena) */
  size_t len;
  const char *id, *url, *title, *lang;
  at_date published;
  bool has_published;
  uint8_t published_from; /* at_published_from */
  bool published_year_guessed; /* a dateline's year taken from another date of the story */
  at_date filed;          /* a dateline's day ("HANOI, May 5 -"), read when there is no publication date */
  long filed_sentence;    /* the sentence that dateline opens, or -1 */
  size_t replaced; /* invalid sequences replaced in lenient mode */
  at_vec sentences;  /* at_sentence */
  at_vec tokens;     /* at_token */
  at_vec matches;    /* at_match */
  at_vec people;     /* at_person */
  at_vec mentions;   /* at_mention */
  at_vec events;     /* at_event */
  at_vec agreements; /* at_agreement */
  at_vec figures;    /* at_figure */
  at_vec relations;  /* at_relation */
  /* By sentence, the dates at_find_dates read in it (NULL until the dates
   * stage ends; dates.c). */
  struct at_dates_read *dates_read;
  const char *main_foreign; /* the foreign country the story is mostly about */
  uint32_t planned_kinds;   /* a bit per kind of event told so far only as a plan (events.c) */
  /* Vietnamese: the day (span) and states of the first plan of each kind
   * told with a day ("sẽ thăm cảng ... từ ngày 24-28/9"), by the kind's bit
   * (events.c plan_dated) */
  at_date planned_day[12], planned_end[12];
  bool planned_has_end[12];
  at_strset planned_states[12];
  uint32_t planned_dated;
  char *json;               /* cached output */
  char content_hash[17];    /* of the input (at_content_hash), with options.with_text or read from a result */
};

#define AT_SENT(doc, i) AT_VEC_AT(&(doc)->sentences, at_sentence, (i))
#define AT_TOK(doc, i) AT_VEC_AT(&(doc)->tokens, at_token, (i))
#define AT_MATCH(doc, i) AT_VEC_AT(&(doc)->matches, at_match, (i))
#define AT_PERSON(doc, i) AT_VEC_AT(&(doc)->people, at_person, (i))
#define AT_EVENT(doc, i) AT_VEC_AT(&(doc)->events, at_event, (i))

/* An empty document over `lex`: its arena and record lists ready, freed
 * with attache_doc_free. */
attache_doc *at_doc_new(const attache_lexicon *lex);

/* Byte tests and line reading shared by the text stages (lines.c, clean.c,
 * segment.c). */
static inline bool at_is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }
static inline bool at_is_digit(char c) { return c >= '0' && c <= '9'; }
/* A byte of a word: an ASCII letter or digit, or any byte of a UTF-8
 * sequence. */
static inline bool at_is_word_byte(char c) {
  unsigned char b = (unsigned char)c;
  return b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}
/* Does the line end a sentence (., !, ?, :, ; or a closing quote, before
 * closing quotes, brackets and spaces)? */
static inline bool at_has_final_punctuation(const char *line, size_t n) {
  while (n && (line[n - 1] == '"' || line[n - 1] == '\'' || line[n - 1] == ')' || at_is_space(line[n - 1]))) n--;
  if (!n) return false;
  char c = line[n - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  return n >= 3 && memcmp(line + n - 3, "\xE2\x80\x9D", 3) == 0; /* closing quote */
}
/* The end of the line at pos: its newline, or the end of the text. */
static inline size_t at_line_end(const attache_doc *doc, size_t pos) {
  const char *nl = pos < doc->len ? memchr(doc->text + pos, '\n', doc->len - pos) : NULL;
  return nl ? (size_t)(nl - doc->text) : doc->len;
}

/* Stage entry points, in pipeline order. */
void at_doc_metadata_from_url(attache_doc *doc); /* a date in the URL */
void at_restore_lines(attache_doc *doc);     /* hard-wrapped or run-together text gets its lines back */
void at_clean_and_segment(attache_doc *doc); /* metadata, chrome, sentences */
bool at_doc_tokenize(attache_doc *doc);      /* tokens and lexicon matches; false: too many tokens */
size_t at_doc_max_tokens(const attache_doc *doc); /* the most tokens a document of its size may have */
void at_doc_detect_lang(attache_doc *doc);     /* "vi" or "en", per document and per paragraph */
/* After at_entities: does the document name Vietnam (or a Vietnamese place
 * or officer) and speak of defense (a military word, an officer, a forum)? */
bool at_doc_about_vietnams_defense(const attache_doc *doc);
/* After at_entities: does the story tell of foreign relations (a foreign
 * state, an organization or forum, a word of foreign work)? */
bool at_doc_on_foreign_relations(const attache_doc *doc);
void at_doc_set_lang(attache_doc *doc, const char *lang); /* forced: every paragraph in that language */
void at_doc_dates_told(attache_doc *doc);    /* each sentence's told date */
void at_entities(attache_doc *doc);          /* people and their mentions */
void at_events(attache_doc *doc);            /* events, merged per happening */
void at_records(attache_doc *doc);           /* agreements, figures, relations */
void at_confidence(attache_doc *doc);        /* every record's confidence (confidence.c) */
char *at_emit_json(attache_doc *doc);        /* the contract's JSON (arena) */

/* FNV-1a, 64 bits, over the input's fields, as 16 hex digits: tells a
 * changed document from an unchanged one in the store. */
void at_content_hash(const attache_doc_input *in, char out[17]);

/* A document back from a result `attache extract --with-text` wrote (one
 * JSON object): its text, sentences, records and content hash, as
 * attache_extract made them, for the store. A result without the text, or
 * one that does not hold together (a sentence outside the text, a record of
 * no sentence), is ATTACHE_ERR_JSON with a message naming the field. */
attache_status at_doc_from_result(const attache_lexicon *lex, const char *json, size_t len, attache_doc **out,
                                  attache_error *err);

/* The pipeline with a stopwatch: adds each stage's seconds to
 * stage_seconds[AT_STAGE_*] when it is not NULL (for bench/). */
enum { AT_STAGE_DECODE, AT_STAGE_SEGMENT, AT_STAGE_MATCH, AT_STAGE_ENTITIES, AT_STAGE_EVENTS, AT_STAGE_RECORDS,
       AT_STAGE_EMIT, AT_STAGE_COUNT };
extern const char *const AT_STAGE_NAMES[AT_STAGE_COUNT];
attache_status at_extract_timed(const attache_lexicon *lex, const attache_doc_input *input,
                                const attache_extract_options *options, attache_doc **out, attache_error *err,
                                double *stage_seconds);

/* ---- confidence ---------------------------------------------------------- */

/* The features a record's confidence is computed from, by number (confidence.c's
 * list); each counts the weight of its row of data/confidence.tsv. */
enum { AT_FEATURES_MAX = 24 };
typedef struct at_features {
  uint8_t ids[AT_FEATURES_MAX];
  uint8_t n;
} at_features;
/* A feature's name, as data/confidence.tsv and --explain write it ("event:noun_cue"). */
const char *at_feature_name(uint8_t id);
/* The number of the feature of that name, or -1 (data/confidence.tsv's rows, at load). */
int at_feature_id(const char *name);
/* A known feature's weight: its row's value in data/confidence.tsv and the
 * row's place there (weights are added up in the file's order), or no row. */
typedef struct at_feature_weight {
  double weight;
  uint32_t row;
  bool has_row;
} at_feature_weight;
/* How many features confidence.c knows; the lexicon keeps their weights
 * (at_lexicon_feature_weights), filled by at_confidence_check at load. */
size_t at_confidence_nfeatures(void);
at_feature_weight *at_lexicon_feature_weights(const attache_lexicon *lex);
void at_event_features(const attache_doc *doc, const at_event *ev, at_features *out);
void at_participant_features(const attache_doc *doc, const at_event *ev, uint8_t i, at_features *out);
void at_agreement_features(const attache_doc *doc, const at_agreement *a, at_features *out);
void at_figure_features(const attache_doc *doc, const at_figure *f, at_features *out);
void at_relation_features(const attache_doc *doc, const at_relation *r, at_features *out);
/* The logistic of the features' weights, rounded to 0.01. */
double at_confidence_of(const attache_lexicon *lex, const at_features *f);
/* Checks data/confidence.tsv's rows: a known feature, a number. */
attache_status at_confidence_check(const attache_lexicon *lex, attache_error *err);

/* What a line of a page is: story, chrome to drop, or the end of the story
 * (data/chrome.tsv). */
typedef enum at_chrome {
  AT_CHROME_KEEP,
  AT_CHROME_DROP,
  AT_CHROME_END,
  AT_CHROME_PUBLISHED,
  AT_CHROME_CLOCK,       /* a site's clock, before the page's headline */
  AT_CHROME_STORY_CLOCK, /* a site's clock anywhere before the story's first paragraph */
  AT_CHROME_BOX /* a related-news box's heading: the end, unless the story goes on after it (at_box_resumes) */
} at_chrome;
/* The chrome phrases that act on a line (end, box, drop, published, clock) by
 * the byte they begin with, as written or case-folded (its low 6 bits; a bit
 * per phrase, in file order), made once per lexicon load
 * (at_lexicon_chrome_index): most lines begin with none of them, and the
 * others are held against a few phrases, not every one. */
enum { AT_CHROME_INDEXED = 256, AT_LEAD_FIRST_BYTES = 8, AT_CHROME_HEADING_MAX = 96 };
typedef struct at_chrome_index {
  const at_entry **chrome;
  size_t n; /* more than AT_CHROME_INDEXED: every phrase is held against every line */
  uint64_t exact[64][AT_CHROME_INDEXED / 64], folded[64][AT_CHROME_INDEXED / 64];
  /* The case-folded phrases by their key's second byte (low 6 bits; a key of
   * one byte in every row): a line whose ASCII start has two bytes is held
   * only against the phrases of both its first and its second byte. */
  uint64_t folded_second[64][AT_CHROME_INDEXED / 64];
  /* A case-folded phrase's first 8 bytes as one word and a mask of them (0
   * for a phrase matched as written): held against a line's ASCII start
   * without reading the phrase's entry. */
  uint64_t key_head[AT_CHROME_INDEXED], key_mask[AT_CHROME_INDEXED];
  /* What each phrase does to a line it begins, and its attr's number of
   * bytes (clean.c's chrome_rule), read at load, not at every line. */
  uint8_t rule[AT_CHROME_INDEXED];
  size_t rule_bytes[AT_CHROME_INDEXED];
  size_t key_len[AT_CHROME_INDEXED]; /* strlen of each phrase's key, for clean.c's folded_start */
  /* The phrases whose rule may act on a line over AT_CHROME_HEADING_MAX
   * bytes (published, clock, a drop with no limit or a higher one): most
   * lines of a story are that long, and no end or box heading is. */
  uint64_t long_lines[AT_CHROME_INDEXED / 64];
  /* The photo credits ("Photo:", "Ảnh:"; value credit): their rows (a bit
   * per row, when indexed), and the bytes they begin with in ASCII lower
   * case (a bit per byte, of every row): a caption's end is held against
   * them only where such a byte stands. */
  uint64_t credit_rows[AT_CHROME_INDEXED / 64], credit_first[4];
  /* The bytes the leads' words ("Sáng", "Ngày"; value lead) begin with: a
   * bit per byte, and the bytes themselves when there are no more than
   * AT_LEAD_FIRST_BYTES (else nlead_first is 0): clean.c's glued_headline
   * holds 16 places at a time against them. */
  uint64_t lead_first_bits[4];
  unsigned char lead_first[AT_LEAD_FIRST_BYTES];
  size_t nlead_first;
} at_chrome_index;
void at_chrome_index_of(const attache_lexicon *lex, at_chrome_index *out);
const at_chrome_index *at_lexicon_chrome_index(const attache_lexicon *lex);
at_chrome at_chrome_line(const at_chrome_index *index, at_arena *arena, const char *line, size_t n,
                         const char **rest);
/* After a related-news box's heading (text[from..len)): where the story
 * resumes - past a few headlines, at the first of two story paragraphs in a
 * row - or 0 when the box ends the page. */
size_t at_box_resumes(const at_chrome_index *index, at_arena *arena, const char *text, size_t len, size_t from);

/* Segmentation of one paragraph (exposed for unit tests): appends sentences. */
void at_segment_paragraph(attache_doc *doc, uint32_t start, uint32_t end, uint32_t para);
/* Is the word before the period at `dot` (back to a space, not before
 * `from`) an abbreviation of data/abbreviations.tsv or initials ("Gen.", "U.S.")? */
bool at_abbreviation_before(attache_doc *doc, const char *from, const char *dot);

/* Dates (exposed for unit tests). The dates sentence s tells, at most cap
 * of them, in text order. After the dates stage (at_doc_dates_told) what
 * they are read from (a sentence's tokens and matches, the publication
 * date) no longer changes, and each sentence is read once: later calls copy
 * what the first found (doc->dates_read). */
size_t at_find_dates(const attache_doc *doc, const at_sentence *s, at_date_span *out, size_t cap);
/* The first (at most cap, <= 8) dates of sentence `index`, as at_find_dates
 * reads them, where they are kept (no copy): for the stages after
 * at_doc_dates_told. */
size_t at_sentence_dates(attache_doc *doc, uint32_t index, size_t cap, const at_date_span **out);
/* The year of a date told without one, from the publication date or else
 * from the date the story told last by sentence s (which may be NULL). */
at_date at_resolve_year(at_date d, const attache_doc *doc, const at_sentence *s);
void at_format_date(at_date d, char out[11]);
bool at_parse_iso_date(const char *s, size_t n, at_date *out);
/* Whether day/month/year is a day of the calendar (year 0: unknown, so 29/2 may be). */
bool at_calendar_day(int year, int month, int day);

/* Helpers over a sentence's matches and tokens. The three asked of every
 * token by the later stages (at_match_entry, at_match_value, at_match_at)
 * are inline: a call cost as much as their work. */
/* The first entry of `cat` of a match, or NULL. */
static inline const at_entry *at_match_entry(const at_match *m, at_category cat) {
  if (!(m->categories & 1u << cat)) return NULL;
  for (uint32_t i = 0; i < m->count; i++)
    if (m->entries[i]->category == cat) return m->entries[i];
  return NULL;
}
/* A bit for a (category, value) pair, from the category, the value's first
 * and last bytes and its length: a sentence's `values` has the bits of its
 * matches' entries' pairs, so that most asks for a value it lacks (the rules
 * ask whether a sentence holds an "exclude" word, a "ship" word, ...) are
 * told no without reading a match. With a constant value it is a constant.
 * A match keeps the bit folded to 32 (at_match_bit): its bit number's low
 * five bits, bit 5 dropped. A sentence keeps 64: in 32, a sentence with a
 * cue had 12 bits set (38%) and more than a third of asks passed wrongly
 * (in 64, 14 bits: 22%). */
__attribute__((always_inline)) static inline uint64_t at_value_bit(at_category cat, const char *value, size_t n) {
  uint64_t h = (uint64_t)cat << 32 | (uint64_t)n << 16 | (uint64_t)(unsigned char)value[0] << 8 |
               (unsigned char)value[n ? n - 1 : 0];
  h *= UINT64_C(0x9E3779B97F4A7C15);
  return UINT64_C(1) << (h >> 59 | (h >> 58 & 1) << 5);
}
/* A match's bit of a pair (at_match.values) given its at_value_bit: the
 * two halves or'ed, so that a match's bits are its entries' folded. */
static inline uint32_t at_match_bit(uint64_t bit) { return (uint32_t)(bit | bit >> 32); }
/* at_match_value with the value's bit (at_value_bit) worked out by the
 * caller: a scan that asks many matches for a value it was given at run
 * time works it out once. */
__attribute__((always_inline)) static inline const at_entry *at_match_value_bit(const at_match *m, at_category cat,
                                                                                const char *value, uint64_t bit) {
  if (!(m->values & at_match_bit(bit))) return NULL;
  for (uint32_t i = 0; i < m->count; i++)
    if (m->entries[i]->category == cat && m->entries[i]->value[0] == value[0] && !strcmp(m->entries[i]->value, value))
      return m->entries[i];
  return NULL;
}
/* The entry of `cat` whose value is `value`, or NULL (one phrase may carry several). */
__attribute__((always_inline)) static inline const at_entry *at_match_value(const at_match *m, at_category cat,
                                                                            const char *value) {
  if (!(m->values & at_match_bit(at_value_bit(cat, value, strlen(value))))) return NULL;
  for (uint32_t i = 0; i < m->count; i++)
    if (m->entries[i]->category == cat && m->entries[i]->value[0] == value[0] && !strcmp(m->entries[i]->value, value))
      return m->entries[i];
  return NULL;
}
/* The state of a navy's ship prefix before a ship's name ("KRI Bung Tomo":
 * function_words.tsv ship, state:ID), with its length, or NULL. Inline, as
 * the readers above: the rules ask it of every match, and nearly every
 * answer is the value bit's no; at_ship_prefix_state_of reads a ship word. */
const char *at_ship_prefix_state_of(const attache_doc *doc, const at_match *m, const at_entry *ship, size_t *len);
__attribute__((always_inline)) static inline const char *at_ship_prefix_state(const attache_doc *doc, const at_match *m,
                                                                             size_t *len) {
  const at_entry *ship = at_match_value(m, AT_CAT_FUNCTION, "ship");
  return ship ? at_ship_prefix_state_of(doc, m, ship, len) : NULL;
}
/* The modal word of a match that makes what follows unreal (a plan, wish,
 * negation: data/modality.tsv), or NULL: not "none", and not a background
 * word (habit or history, which events.c weighs on its own). */
const at_entry *at_match_unreal(const at_match *m);
/* A number spelled out (data/numbers.tsv) at token tok: "two", "hai". */
bool at_number_word(const attache_doc *doc, uint32_t tok, int *value);
/* A Vietnamese number capitalised as its sentence's first word (data/
 * numbers.tsv attr opening: "Hai", "Bốn"): *value its number. The caller
 * tells whether the word opens its sentence; at_number_word reads none. */
bool at_opening_number_word(const attache_doc *doc, uint32_t tok, int *value);
/* An English ordinal spelled out (data/numbers.tsv attr ordinal: "fifth"):
 * *value its number. */
bool at_ordinal_word(const attache_doc *doc, uint32_t tok, int *value);
/* A scale word of data/numbers.tsv at tok (flag scale: "nghìn", "triệu",
 * "hundred"): *value is what it multiplies by. Looked up: ask
 * at_may_be_scale_word first, which tells most words no inline. */
bool at_scale_word(const attache_doc *doc, uint32_t tok, int *value);
/* The byte lengths of the scale words, by first byte (entries 0 to 255) and
 * by last byte (256 to 511): bit n for n bytes (n < 32); every bit where one
 * may match otherwise (folded or long). */
const uint32_t *at_lexicon_scale_lengths(const attache_lexicon *lex);
/* Whether token tok may be a scale word, told by its first and last bytes
 * and its length (scale_lengths: at_lexicon_scale_lengths) with no lookup
 * and no call: find_figures asks it of every word of a sentence with a
 * count, and all but a few are told no here (by the first byte alone, one
 * word in twelve of the benchmark's passed: "trong", "tướng", "thăm"). */
static inline bool at_may_be_scale_word(const attache_doc *doc, const uint32_t *scale_lengths, uint32_t tok) {
  const at_token *t = AT_TOK(doc, tok);
  uint32_t len = t->end - t->start;
  const unsigned char *text = (const unsigned char *)doc->text; /* a token holds a byte at least */
  return len < 32 && (scale_lengths[text[t->start]] >> len & 1) && (scale_lengths[256 + text[t->end - 1]] >> len & 1);
}
/* A number word that may stand before a scale word: any number word, and
 * those read only there (flag before_scale: "một" in "một trăm", "a" in
 * "a hundred"). */
bool at_number_before_scale(const attache_doc *doc, uint32_t tok, int *value);
/* Is token tok a word of role `role` in data/token_words.tsv ("the" an
 * article, "to" an infinitive marker)? Those words are asked of one token
 * and not matched in running text. Inline, as the readers above: the rules
 * ask it of most tokens, and nearly every answer is the filter's no. */
__attribute__((always_inline)) static inline bool at_tok_word(const attache_doc *doc, uint32_t tok, at_word_role role) {
  if (tok >= doc->tokens.len) return false;
  const at_role_set *set = &doc->role_sets[AT_TOK(doc, tok)->role_set]; /* set by the tokenizer */
  return set->bits[role >> 6] >> (role & 63) & 1;
}
bool at_possessive_at(const attache_doc *doc, uint32_t tok); /* "'s" or "’s" starts at tok */
const char *at_tok_text(const attache_doc *doc, uint32_t tok_start, uint32_t tok_end);
/* Index of the match covering token `tok` of sentence s, or -1. */
static inline long at_match_at(const attache_doc *doc, const at_sentence *s, uint32_t tok) {
  if (tok < s->tok_start || tok >= s->tok_end) return -1;
  uint32_t m = AT_TOK(doc, tok)->match; /* set by at_doc_tokenize */
  return m == AT_NO_MATCH ? -1 : (long)m;
}

#endif
