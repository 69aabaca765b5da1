/* SPDX-License-Identifier: MIT */
/*
 * charset.c - turns text in a legacy Vietnamese encoding into UTF-8 before it
 * enters the pipeline. TCVN3, VNI, VPS and VISCII are decoded with the tables
 * that tools/gen_charsets.py generates from data/charsets/ (charset_tables.h);
 * Windows-1258 and any other charset go through iconv. Without a forced
 * encoding, a declared one is checked and detection decides otherwise: each
 * candidate's text is scored by the share of its words that are well-formed
 * Vietnamese syllables, and a candidate must win clearly, or the input is
 * refused rather than garbled.
 */
#include "charset.h"

#include "charset_tables.h"

#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#define SAMPLE_MAX ((size_t)64 * 1024) /* detection reads this much */
#define MIN_SCORE 0.90                 /* a winner reads at least this Vietnamese */
#define MARGIN 0.05                    /* and this much better than a differing runner-up */
#define NO_OFFSET ((size_t)-1)

/* ---- encodings and their names ---- */

typedef enum enc_kind { KIND_UTF8, KIND_ICONV, KIND_TABLE } enc_kind;

typedef struct encoding {
  enc_kind kind;
  const char *name;              /* static; what *used reports */
  const char *iconv_name;        /* KIND_ICONV: the name iconv_open takes */
  const at_charset_table *table; /* KIND_TABLE */
} encoding;

static const char *const CANDIDATES[] = {"WINDOWS-1258", "VISCII", "TCVN3", "VNI", "VPS"};
#define NCANDIDATES (sizeof CANDIDATES / sizeof CANDIDATES[0])

/* Upper-case letters and digits of `name`, the rest dropped ("windows-1258"
 * -> "WINDOWS1258"); false when it does not fit. */
static bool name_key(const char *name, char *key, size_t cap) {
  size_t k = 0;
  for (const char *p = name; *p; p++) {
    char c = *p;
    if (c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) continue;
    if (k + 1 >= cap) return false;
    key[k++] = c;
  }
  key[k] = '\0';
  return k > 0;
}

static bool key_in(const char *key, const char *const *list) {
  for (; *list; list++)
    if (!strcmp(key, *list)) return true;
  return false;
}

static const at_charset_table *find_table(const char *name) {
  for (size_t i = 0; i < AT_CHARSET_NTABLES; i++)
    if (!strcmp(at_charset_tables[i].name, name)) return &at_charset_tables[i];
  return NULL;
}

/* Names of other iconv charsets, kept for the life of the process so that
 * *used can point at them. */
#define INTERN_SLOTS 32
#define INTERN_CAP 48
static char interned[INTERN_SLOTS][INTERN_CAP];
static size_t ninterned;
static pthread_mutex_t intern_lock = PTHREAD_MUTEX_INITIALIZER;

static const char *intern_name(const char *name) {
  char upper[INTERN_CAP];
  size_t n = strlen(name);
  if (n >= INTERN_CAP) return "OTHER";
  for (size_t i = 0; i <= n; i++) upper[i] = (char)(name[i] >= 'a' && name[i] <= 'z' ? name[i] - 'a' + 'A' : name[i]);
  const char *found = "OTHER";
  pthread_mutex_lock(&intern_lock);
  size_t i = 0;
  while (i < ninterned && strcmp(interned[i], upper)) i++;
  if (i < ninterned) {
    found = interned[i];
  } else if (ninterned < INTERN_SLOTS) {
    memcpy(interned[ninterned], upper, n + 1);
    found = interned[ninterned++];
  }
  pthread_mutex_unlock(&intern_lock);
  return found;
}

static iconv_t open_iconv(const char *name) {
  iconv_t cd = iconv_open("UTF-8", name);
  if (cd == (iconv_t)-1 && !strcmp(name, "WINDOWS-1258")) cd = iconv_open("UTF-8", "CP1258");
  return cd;
}

/* Fills `enc` for a charset name; false when nothing knows the name. */
static bool resolve(const char *name, encoding *enc) {
  static const char *const utf8[] = {"UTF8", NULL};
  static const char *const cp1258[] = {"WINDOWS1258", "CP1258", "WIN1258", "XCP1258", "MSCP1258", NULL};
  static const char *const viscii[] = {"VISCII", "CSVISCII", "VISCII111", NULL};
  static const char *const tcvn3[] = {"TCVN3", "VN3", "TCVN57123", "ABC", "TCVNABC", NULL};
  static const char *const vni[] = {"VNI", "VNIWIN", "VNIWINDOWS", "XVNI", NULL};
  static const char *const vps[] = {"VPS", "XVPS", NULL};
  char key[64];
  *enc = (encoding){KIND_UTF8, "UTF-8", NULL, NULL};
  if (!name || !name_key(name, key, sizeof key)) return false;
  if (key_in(key, utf8)) return true;
  if (key_in(key, cp1258)) {
    *enc = (encoding){KIND_ICONV, "WINDOWS-1258", "WINDOWS-1258", NULL};
    return true;
  }
  const char *table = key_in(key, viscii) ? "VISCII"
                      : key_in(key, tcvn3) ? "TCVN3"
                      : key_in(key, vni)   ? "VNI"
                      : key_in(key, vps)   ? "VPS"
                                           : NULL;
  if (table) {
    *enc = (encoding){KIND_TABLE, table, NULL, find_table(table)};
    return enc->table != NULL;
  }
  iconv_t cd = open_iconv(name);
  if (cd == (iconv_t)-1) return false;
  iconv_close(cd);
  *enc = (encoding){KIND_ICONV, intern_name(name), name, NULL};
  return true;
}

/* ---- UTF-8 ---- */

/* Length of the well-formed UTF-8 sequence at `s` (1 to 4), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n) {
  unsigned char c = s[0];
  if (c < 0x80) return 1;
  size_t k;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) k = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    k = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    k = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else
    return 0;
  if (n < k) return 0;
  if (s[1] < lo || s[1] > hi) return 0;
  for (size_t i = 2; i < k; i++)
    if (s[i] < 0x80 || s[i] > 0xBF) return 0;
  return k;
}

typedef struct utf8_report {
  size_t first_bad;  /* offset of the first invalid byte, NO_OFFSET if none */
  size_t vietnamese; /* well-formed sequences of Vietnamese letters and tone marks */
  size_t invalid;    /* bytes that start no well-formed sequence */
} utf8_report;

/* Letters with Vietnamese diacritics, and the combining tone marks. Legacy
 * text hardly ever forms these sequences by chance. */
static bool vietnamese_cp(unsigned int cp) {
  return (cp >= 0xC0 && cp <= 0x1B0) || (cp >= 0x300 && cp <= 0x323) || (cp >= 0x1EA0 && cp <= 0x1EF9);
}

static bool utf8_check(const unsigned char *s, size_t n, utf8_report *r) {
  *r = (utf8_report){NO_OFFSET, 0, 0};
  for (size_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    size_t k = utf8_seq(s + i, n - i);
    if (k) {
      unsigned int cp = k == 2 ? (unsigned)(s[i] & 0x1F) << 6 | (s[i + 1] & 0x3F)
                        : k == 3 ? (unsigned)(s[i] & 0x0F) << 12 | (unsigned)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F)
                                 : 0;
      if (vietnamese_cp(cp)) r->vietnamese++;
      i += k;
    } else {
      if (r->first_bad == NO_OFFSET) r->first_bad = i;
      r->invalid++;
      i++;
    }
  }
  return r->first_bad == NO_OFFSET;
}

static void emit(at_buf *out, const char *s, size_t n) {
  if (!at_buf_append(out, s, n)) at_oom(); /* the buffer has no ceiling */
}

static void emit_cp(at_buf *out, unsigned int cp) {
  char b[4];
  size_t n;
  if (cp < 0x80) {
    b[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    b[0] = (char)(0xC0 | (cp >> 6));
    b[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    b[0] = (char)(0xE0 | (cp >> 12));
    b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    b[0] = (char)(0xF0 | (cp >> 18));
    b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  emit(out, b, n);
}

/* ---- conversion ---- */

typedef struct conv_result {
  size_t unmapped;  /* bytes the encoding does not define (each became U+FFFD) */
  size_t first_bad; /* offset of the first, NO_OFFSET if none */
} conv_result;

typedef enum conv_status { CONV_OK, CONV_BAD, CONV_UNAVAILABLE } conv_status;

static bool note_bad(bool strict, size_t at, at_buf *out, conv_result *r) {
  if (r->first_bad == NO_OFFSET) r->first_bad = at;
  r->unmapped++;
  if (strict) return false;
  emit_cp(out, 0xFFFD);
  return true;
}

static conv_status table_convert(const at_charset_table *t, const unsigned char *s, size_t n, bool strict,
                                 at_buf *out, conv_result *r) {
  size_t i = 0;
  while (i < n) {
    /* A run of ASCII bytes no row starts with is copied whole. */
    size_t j = i;
    while (j < n && s[j] < 0x80 && t->first[s[j]] == t->first[s[j] + 1]) j++;
    if (j > i) {
      emit(out, (const char *)s + i, j - i);
      i = j;
      continue;
    }
    const at_charset_entry *best = NULL;
    for (unsigned k = t->first[s[i]]; k < t->first[s[i] + 1]; k++) {
      const at_charset_entry *e = &t->entries[k];
      if (e->len <= n - i && (!best || e->len > best->len) && !memcmp(e->bytes, s + i, e->len)) best = e;
    }
    if (best) {
      for (unsigned k = 0; k < best->ncp; k++) emit_cp(out, best->cps[k]);
      i += best->len;
    } else if (s[i] < 0x80) {
      emit(out, (const char *)s + i, 1); /* a base letter without its mark */
      i++;
    } else {
      if (!note_bad(strict, i, out, r)) return CONV_BAD;
      i++;
    }
  }
  return CONV_OK;
}

/* `partial`: the bytes are a sample cut from longer input, so a sequence cut
 * at the end is not an error. */
static conv_status iconv_convert(const char *name, const unsigned char *s, size_t n, bool strict, bool partial,
                                 at_buf *out, conv_result *r) {
  iconv_t cd = open_iconv(name);
  if (cd == (iconv_t)-1) return CONV_UNAVAILABLE;
  char tmp[4096];
  char *in = (char *)s;
  size_t inleft = n;
  conv_status st = CONV_OK;
  while (inleft > 0) {
    char *o = tmp;
    size_t oleft = sizeof tmp;
    size_t rc = iconv(cd, &in, &inleft, &o, &oleft);
    emit(out, tmp, (size_t)(o - tmp));
    if (rc != (size_t)-1 || errno == E2BIG) continue;
    if (errno == EINVAL && partial) break;
    /* EILSEQ, or EINVAL: a sequence the charset does not define or that the
     * input cuts short. Flush what iconv holds, then skip one byte. */
    o = tmp;
    oleft = sizeof tmp;
    iconv(cd, NULL, NULL, &o, &oleft);
    emit(out, tmp, (size_t)(o - tmp));
    if (!note_bad(strict, (size_t)((const unsigned char *)in - s), out, r)) {
      st = CONV_BAD;
      break;
    }
    in++;
    inleft--;
  }
  if (st == CONV_OK) {
    char *o = tmp;
    size_t oleft = sizeof tmp;
    iconv(cd, NULL, NULL, &o, &oleft);
    emit(out, tmp, (size_t)(o - tmp));
  }
  iconv_close(cd);
  return st;
}

static conv_status convert(const encoding *enc, const unsigned char *s, size_t n, bool strict, bool partial,
                           at_buf *out, conv_result *r) {
  *r = (conv_result){0, NO_OFFSET};
  emit(out, "", 0); /* data is never NULL */
  switch (enc->kind) {
  case KIND_TABLE:
    return table_convert(enc->table, s, n, strict, out, r);
  case KIND_ICONV:
    return iconv_convert(enc->iconv_name, s, n, strict, partial, out, r);
  case KIND_UTF8:
    break;
  }
  for (size_t i = 0; i < n;) {
    size_t k = s[i] < 0x80 ? 1 : utf8_seq(s + i, n - i);
    if (k) {
      emit(out, (const char *)s + i, k);
      i += k;
    } else if (partial && n - i < 4 && s[i] >= 0xC2 && s[i] <= 0xF4) {
      break; /* a sequence cut by the sample's end */
    } else {
      if (!note_bad(strict, i, out, r)) return CONV_BAD;
      i++;
    }
  }
  return CONV_OK;
}

/* ---- how Vietnamese a text reads ---- */

typedef struct vn_score {
  size_t words; /* words holding a non-ASCII letter */
  size_t valid; /* of them, well-formed Vietnamese syllables */
  size_t bad;   /* control, undefined and stray mid-word characters */
} vn_score;

static double score_value(const vn_score *sc) {
  size_t n = sc->words + sc->bad;
  return n ? (double)sc->valid / (double)n : 1.0;
}

/* Vowels after the marks are folded in: A ă, B â, E ê, O ô, P ơ, U ư; D is đ. */
static bool is_vowel(char c) { return c && strchr("aABeEioOPuUy", c) != NULL; }

typedef struct nucleus {
  const char *vowels;
  unsigned char rule; /* 0: either; 1: needs a final consonant; 2: takes none */
} nucleus;

static const nucleus NUCLEI[] = {
    {"a", 0},   {"A", 1},   {"B", 1},   {"e", 0},   {"E", 0},   {"i", 0},   {"o", 0},   {"O", 0},
    {"P", 0},   {"u", 0},   {"U", 0},   {"y", 0},   {"ai", 2},  {"ao", 2},  {"au", 2},  {"ay", 2},
    {"Bu", 2},  {"By", 2},  {"eo", 2},  {"Eu", 2},  {"ia", 2},  {"iE", 1},  {"iu", 2},  {"oa", 0},
    {"oA", 1},  {"oe", 0},  {"oi", 2},  {"oo", 1},  {"Oi", 2},  {"Pi", 2},  {"ua", 2},  {"uB", 1},
    {"uE", 0},  {"ui", 2},  {"uO", 1},  {"uP", 2},  {"uy", 0},  {"Ua", 2},  {"Ui", 2},  {"UP", 1},
    {"Uu", 2},  {"yE", 1},  {"iEu", 2}, {"yEu", 2}, {"oai", 2}, {"oao", 2}, {"oay", 2}, {"oeo", 2},
    {"uBy", 2}, {"uOi", 2}, {"UPi", 2}, {"UPu", 2}, {"uya", 2}, {"uyE", 1}, {"uyu", 2},
};

static const char *const INITIALS[] = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d",
                                       "D",   "g",  "h",  "k",  "l",  "m",  "n",  "p",  "r",  "s",  "t",  "v",  "x"};
static const char *const FINALS[] = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t", "k"};

/* True when the letters (code points, any case, composed or not) spell one
 * Vietnamese syllable: initial consonants, a vowel nucleus with at most one
 * tone mark, and a final from c ch m n ng nh p t (k in place names); a
 * syllable closed by c ch p t carries the acute or dot-below tone. */
static bool syllable_ok(const utf8proc_int32_t *cps, size_t n) {
  char s[16];
  size_t ns = 0;
  int tone = 0, ntones = 0;
  for (size_t i = 0; i < n; i++) {
    utf8proc_int32_t cp = utf8proc_tolower(cps[i]);
    if (cp == 0x111) { /* đ has no decomposition */
      if (ns + 1 >= sizeof s) return false;
      s[ns++] = 'D';
      continue;
    }
    utf8proc_int32_t d[4];
    int boundclass = 0;
    utf8proc_ssize_t nd = utf8proc_decompose_char(cp, d, 4, UTF8PROC_DECOMPOSE, &boundclass);
    if (nd <= 0 || nd > 4) return false;
    for (utf8proc_ssize_t j = 0; j < nd; j++) {
      utf8proc_int32_t c = d[j];
      if (c >= 'a' && c <= 'z') {
        if (ns + 1 >= sizeof s) return false;
        s[ns++] = (char)c;
        continue;
      }
      if (ns == 0) return false;
      char *p = &s[ns - 1];
      switch (c) {
      case 0x306: /* breve */
        if (*p != 'a') return false;
        *p = 'A';
        break;
      case 0x302: /* circumflex */
        if (*p == 'a') *p = 'B';
        else if (*p == 'e') *p = 'E';
        else if (*p == 'o') *p = 'O';
        else return false;
        break;
      case 0x31B: /* horn */
        if (*p == 'o') *p = 'P';
        else if (*p == 'u') *p = 'U';
        else return false;
        break;
      case 0x301: tone = 1; ntones++; break;
      case 0x300: tone = 2; ntones++; break;
      case 0x309: tone = 3; ntones++; break;
      case 0x303: tone = 4; ntones++; break;
      case 0x323: tone = 5; ntones++; break;
      default: return false;
      }
      if (tone && !is_vowel(*p)) return false;
    }
  }
  if (ntones > 1 || ns == 0) return false;
  s[ns] = '\0';

  size_t pos = 0;
  for (size_t i = 0; i < sizeof INITIALS / sizeof INITIALS[0]; i++) {
    size_t k = strlen(INITIALS[i]);
    if (!strncmp(s, INITIALS[i], k)) {
      pos = k;
      break;
    }
  }
  if (pos == 2 && s[0] == 'g' && s[1] == 'i' && !is_vowel(s[2])) pos = 1; /* gì, gìn */
  size_t end = pos;
  while (is_vowel(s[end])) end++;
  if (end == pos || end - pos > 3) return false;
  const nucleus *nu = NULL;
  for (size_t i = 0; i < sizeof NUCLEI / sizeof NUCLEI[0]; i++)
    if (strlen(NUCLEI[i].vowels) == end - pos && !strncmp(s + pos, NUCLEI[i].vowels, end - pos)) nu = &NUCLEI[i];
  if (!nu) return false;
  const char *final = s + end;
  bool final_ok = false;
  for (size_t i = 0; i < sizeof FINALS / sizeof FINALS[0]; i++)
    if (!strcmp(final, FINALS[i])) final_ok = true;
  if (!final_ok) return false;
  if (nu->rule == 1 && !*final) return false;
  if (nu->rule == 2 && *final) return false;
  if ((*final == 'c' || *final == 'p' || *final == 't' || *final == 'k') && tone != 1 && tone != 5) return false;
  return true;
}

static bool letter_or_mark(utf8proc_int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

static bool bad_char(utf8proc_int32_t cp) {
  if (cp < 0x20) return !(cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v');
  return (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFD;
}

/* A non-ASCII character that may stand between two letters of real text. */
static bool joiner(utf8proc_int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP ||
         (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2019 || cp == 0x00B7;
}

#define TOKEN_MAX 24

static void end_word(const utf8proc_int32_t *tok, size_t n, bool too_long, bool nonascii, vn_score *sc) {
  if (!n || !nonascii) return;
  sc->words++;
  if (!too_long && syllable_ok(tok, n)) sc->valid++;
}

static void score_text(const char *text, size_t len, vn_score *sc) {
  *sc = (vn_score){0, 0, 0};
  const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)text;
  utf8proc_int32_t tok[TOKEN_MAX];
  size_t ntok = 0;
  bool too_long = false, nonascii = false, after_letter = false, pending = false;
  for (size_t i = 0; i < len;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (k <= 0) {
      cp = 0xFFFD;
      k = 1;
    }
    i += (size_t)k;
    if (letter_or_mark(cp)) {
      if (pending) sc->bad++; /* a symbol inside a word: a letter decoded wrong */
      pending = false;
      if (ntok < TOKEN_MAX) tok[ntok++] = cp;
      else too_long = true;
      if (cp >= 0x80) nonascii = true;
      after_letter = true;
      continue;
    }
    end_word(tok, ntok, too_long, nonascii, sc);
    ntok = 0;
    too_long = nonascii = false;
    pending = false;
    if (bad_char(cp)) sc->bad++;
    else if (cp >= 0x80 && after_letter && !joiner(cp)) pending = true;
    after_letter = false;
  }
  end_word(tok, ntok, too_long, nonascii, sc);
}

/* ---- detection ---- */

typedef struct candidate {
  encoding enc;
  at_buf text;        /* the sample converted */
  conv_result conv;
  vn_score sc;
  double score;
  bool usable;        /* iconv knows it */
} candidate;

/* True when both texts are the same once composed (Windows-1258 gives
 * combining marks where the tables give precomposed letters). */
static bool same_text(const at_buf *a, const at_buf *b) {
  if (a->len == b->len && !memcmp(a->data, b->data, a->len)) return true;
  utf8proc_uint8_t *na = NULL, *nb = NULL;
  utf8proc_ssize_t la = utf8proc_map((const utf8proc_uint8_t *)a->data, (utf8proc_ssize_t)a->len, &na,
                                     UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  utf8proc_ssize_t lb = utf8proc_map((const utf8proc_uint8_t *)b->data, (utf8proc_ssize_t)b->len, &nb,
                                     UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  bool same = la >= 0 && lb >= 0 && la == lb && !memcmp(na, nb, (size_t)la);
  free(na);
  free(nb);
  return same;
}

static void run_candidate(candidate *c, const unsigned char *s, size_t n, bool partial) {
  at_buf_init(&c->text, (size_t)-1);
  c->usable = convert(&c->enc, s, n, false, partial, &c->text, &c->conv) != CONV_UNAVAILABLE;
  if (!c->usable) return;
  score_text(c->text.data, c->text.len, &c->sc);
  c->score = score_value(&c->sc);
}

typedef struct detection {
  candidate cands[NCANDIDATES];
  size_t order[NCANDIDATES]; /* usable candidates, best first */
  size_t n;
  int winner; /* index into cands, or -1 */
} detection;

static void detect(detection *d, const unsigned char *s, size_t n, bool partial) {
  d->n = 0;
  d->winner = -1;
  for (size_t i = 0; i < NCANDIDATES; i++) {
    candidate *c = &d->cands[i];
    *c = (candidate){0};
    resolve(CANDIDATES[i], &c->enc);
    run_candidate(c, s, n, partial);
    if (!c->usable) continue;
    size_t k = d->n++;
    while (k > 0 && d->cands[d->order[k - 1]].score < c->score) {
      d->order[k] = d->order[k - 1];
      k--;
    }
    d->order[k] = i;
  }
  if (!d->n) return;
  candidate *best = &d->cands[d->order[0]];
  if (best->score < MIN_SCORE) return;
  for (size_t k = 1; k < d->n; k++) {
    candidate *c = &d->cands[d->order[k]];
    if (best->score - c->score < MARGIN && !same_text(&best->text, &c->text)) return;
  }
  d->winner = (int)d->order[0];
}

static void detection_free(detection *d) {
  for (size_t i = 0; i < NCANDIDATES; i++) at_buf_free(&d->cands[i].text);
}

/* "VNI 0.93, WINDOWS-1258 0.91, ..." */
static void list_candidates(const detection *d, char *buf, size_t cap) {
  size_t at = 0;
  buf[0] = '\0';
  for (size_t k = 0; k < d->n && at < cap; k++) {
    const candidate *c = &d->cands[d->order[k]];
    int w = snprintf(buf + at, cap - at, "%s%s %.2f", k ? ", " : "", c->enc.name, c->score);
    if (w < 0) break;
    at += (size_t)w;
  }
}

/* ---- the entry point ---- */

static attache_status fail(attache_error *err, attache_status status, size_t offset, const char *msg) {
  at_error_set(err, status, "%s", msg);
  if (err) {
    err->offset = offset;
    err->line = 0;
  }
  return status;
}

static attache_status finish(at_buf *text, const char *name, char **out, size_t *out_len, const char **used) {
  *out = text->data;
  *out_len = text->len;
  if (used) *used = name;
  text->data = NULL;
  return ATTACHE_OK;
}

/* Converts the whole input strictly with `enc`; `mixed` words the failure
 * for an encoding that was detected or declared rather than forced. */
static attache_status convert_all(const encoding *enc, const unsigned char *s, size_t n, bool mixed, char **out,
                                  size_t *out_len, const char **used, attache_error *err) {
  at_buf text;
  at_buf_init(&text, (size_t)-1);
  conv_result r;
  conv_status st = convert(enc, s, n, true, false, &text, &r);
  if (st == CONV_OK) return finish(&text, enc->name, out, out_len, used);
  at_buf_free(&text);
  char msg[256];
  if (st == CONV_UNAVAILABLE) {
    snprintf(msg, sizeof msg, "encoding %s is not available (iconv does not know it)", enc->name);
    return fail(err, ATTACHE_ERR_ARG, NO_OFFSET, msg);
  }
  if (mixed)
    snprintf(msg, sizeof msg,
             "mixed input: the text reads as %s but byte 0x%02X at offset %zu is not %s; give --encoding",
             enc->name, s[r.first_bad], r.first_bad, enc->name);
  else if (enc->kind == KIND_UTF8)
    snprintf(msg, sizeof msg, "invalid UTF-8 at byte %zu", r.first_bad);
  else
    snprintf(msg, sizeof msg, "byte 0x%02X at offset %zu is not valid %s", s[r.first_bad], r.first_bad,
             enc->name);
  return fail(err, ATTACHE_ERR_UTF8, r.first_bad, msg);
}

/* Uses a sample conversion as the result when the sample was the whole
 * input and converted cleanly; else converts everything. */
static attache_status take(candidate *c, const unsigned char *s, size_t n, size_t sample_len, char **out,
                           size_t *out_len, const char **used, attache_error *err) {
  if (sample_len == n && c->conv.unmapped == 0) return finish(&c->text, c->enc.name, out, out_len, used);
  return convert_all(&c->enc, s, n, true, out, out_len, used, err);
}

/* How much of the input detection reads: 64 KiB, cut after a space or line
 * end near the limit so that no word is cut in two. */
static size_t sample_length(const unsigned char *s, size_t n) {
  if (n <= SAMPLE_MAX) return n;
  for (size_t k = SAMPLE_MAX; k > SAMPLE_MAX - 256; k--)
    if (s[k - 1] == ' ' || s[k - 1] == '\n') return k;
  return SAMPLE_MAX;
}

attache_status at_charset_to_utf8(const char *bytes, size_t len, const char *declared, const char *forced,
                                  char **out, size_t *out_len, const char **used, attache_error *err) {
  if (!out || !out_len || (!bytes && len)) return at_error_set(err, ATTACHE_ERR_ARG, "null argument");
  *out = NULL;
  *out_len = 0;
  if (used) *used = NULL;
  const unsigned char *s = (const unsigned char *)(bytes ? bytes : "");
  char msg[512];

  if (forced) {
    encoding enc;
    if (!resolve(forced, &enc)) {
      snprintf(msg, sizeof msg, "unknown encoding \"%.64s\"", forced);
      return fail(err, ATTACHE_ERR_ARG, NO_OFFSET, msg);
    }
    return convert_all(&enc, s, len, false, out, out_len, used, err);
  }

  utf8_report u8;
  if (utf8_check(s, len, &u8)) {
    encoding enc = {KIND_UTF8, "UTF-8", NULL, NULL};
    return convert_all(&enc, s, len, false, out, out_len, used, err);
  }
  if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
    encoding enc = {KIND_ICONV, "UTF-16", "UTF-16", NULL};
    at_buf text;
    at_buf_init(&text, (size_t)-1);
    conv_result r;
    if (convert(&enc, s, len, true, false, &text, &r) == CONV_OK) return finish(&text, "UTF-16", out, out_len, used);
    at_buf_free(&text);
  }

  size_t sample = sample_length(s, len);
  bool partial = sample < len;

  /* The declared charset, when it converts every byte to text (no control
   * or stray characters) that reads as Vietnamese. */
  candidate dc = {0};
  bool have_declared = declared && resolve(declared, &dc.enc) && dc.enc.kind != KIND_UTF8;
  bool declared_clean = false;
  if (have_declared) {
    run_candidate(&dc, s, sample, partial);
    have_declared = dc.usable;
    declared_clean = have_declared && dc.conv.unmapped == 0 && dc.sc.bad == 0;
    if (declared_clean && dc.score >= MIN_SCORE) {
      attache_status st = take(&dc, s, len, sample, out, out_len, used, err);
      at_buf_free(&dc.text);
      return st;
    }
  }

  detection d;
  detect(&d, s, sample, partial);
  attache_status st;
  if (d.winner >= 0 && (!declared_clean || d.cands[d.winner].score >= dc.score + MARGIN)) {
    st = take(&d.cands[d.winner], s, len, sample, out, out_len, used, err);
  } else if (declared_clean) {
    /* Nothing reads clearly better than what the page says it is. */
    st = take(&dc, s, len, sample, out, out_len, used, err);
  } else {
    char list[160];
    list_candidates(&d, list, sizeof list);
    char why[96] = "";
    if (have_declared && dc.conv.unmapped)
      snprintf(why, sizeof why, "the declared %s does not fit (byte 0x%02X at offset %zu); ", dc.enc.name,
               s[dc.conv.first_bad], dc.conv.first_bad);
    else if (have_declared)
      snprintf(why, sizeof why, "the declared %s gives control or stray characters; ", dc.enc.name);
    else if (u8.vietnamese >= 3 && 3 * u8.vietnamese >= u8.invalid)
      snprintf(why, sizeof why, "mixed input: UTF-8 with invalid bytes (the first at offset %zu); ", u8.first_bad);
    snprintf(msg, sizeof msg, "%scannot tell the encoding (candidates: %s); give --encoding", why, list);
    st = fail(err, ATTACHE_ERR_UTF8, u8.first_bad, msg);
  }
  detection_free(&d);
  at_buf_free(&dc.text);
  return st;
}
