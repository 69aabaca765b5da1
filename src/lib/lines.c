/* SPDX-License-Identifier: MIT */
/*
 * lines.c - gives a text back the line structure its page had, before
 * clean.c reads it line by line. Two kinds of text lost it on the way:
 *
 *   hard-wrapped   plain text wrapped at a fixed width: a wrap's breaks
 *                  become spaces again (unwrap_hard_wrapped_lines)
 *   run-together   a crawl that lost every line break: headline, site lines,
 *                  captions and story on one line get breaks back where a
 *                  line must have ended (break_run_together_text)
 *
 * Both work in place, a byte for a byte, so offsets into the text hold. It is
 * a stage of its own as it decides where lines are, not which of them are
 * story: clean.c, which does, reads lines as this stage leaves them.
 */
#include "pipeline.h"

#include <string.h>
#include <utf8proc.h>

/* The line at pos, ending at *eol: does it stop mid-sentence (a long line
 * without a final mark) with the next line going on right after it? */
static bool stops_mid_sentence(const attache_doc *doc, size_t pos, size_t *eol) {
  size_t end = at_line_end(doc, pos);
  *eol = end;
  return end - pos >= 40 && end + 1 < doc->len && !at_is_space(doc->text[end + 1]) &&
         !at_has_final_punctuation(doc->text + pos, end - pos);
}

/* Counted in 32 bits (a text's offsets are 32-bit: at_sentence), which the
 * compiler's vector loop widens to half as often as a size_t. */
static size_t utf8_chars(const char *s, size_t n) {
  uint32_t chars = 0;
  for (size_t i = 0; i < n; i++) chars += ((unsigned char)s[i] & 0xC0) != 0x80;
  return chars;
}

/* The width of a line as a wrapping program counts it, in characters (a
 * Vietnamese line of 70 letters takes up to 100 bytes); 0 for a line with no
 * space (a link, a long code), which no program could wrap. */
static size_t wrap_width(const char *line, size_t n) { return memchr(line, ' ', n) ? utf8_chars(line, n) : 0; }

/* Does the line after eol go on with a small letter or a digit ("...
 * tầm mức vượt\ntrội hơn")? Only a wrap breaks a sentence there. */
static bool next_goes_on(const attache_doc *doc, size_t eol) {
  if (eol + 1 >= doc->len) return false;
  unsigned char c = (unsigned char)doc->text[eol + 1];
  if (c >= '0' && c <= '9') return true;
  if (c < 0x80) return c >= 'a' && c <= 'z';
  utf8proc_int32_t cp;
  return at_utf8_next(doc->text + eol + 1, doc->len - eol - 1, &cp) > 0 && utf8proc_islower(cp);
}

/* A short story wrapped on two lines or three: does every line that stops
 * mid-sentence fill the width (60 characters or more) and break where the
 * next word would not have fitted ("... Bộ trưởng Quốc phòng Việt\nNam đã
 * gặp ...")? That is how a wrapping program breaks, not how a writer ends a
 * headline or a line of his own. */
static bool all_breaks_full(const attache_doc *doc, size_t wrap) {
  enum { FULL_WIDTH = 60 };
  size_t eol;
  for (size_t pos = 0; pos < doc->len; pos = eol + 1) {
    if (!stops_mid_sentence(doc, pos, &eol)) continue;
    size_t width = wrap_width(doc->text + pos, eol - pos), word = eol + 1;
    while (word < doc->len && !at_is_space(doc->text[word])) word++;
    if (width < FULL_WIDTH || width + 1 + utf8_chars(doc->text + eol + 1, word - eol - 1) <= wrap) return false;
  }
  return true;
}

/* Plain text wrapped at a fixed width ("... General Phung Quang\nThanh and
 * his Lao counterpart ..."): no line is long, and many lines stop mid-sentence
 * with the next line going on. The wrapping program broke a line where the
 * next word would not fit, so a full line's break becomes a space (in place,
 * so offsets hold), a sentence's end included; so does the break after a
 * comma, and that of a line that stops mid-sentence when the next goes on in
 * small letters or the line is nearly full (some crawls wrap unevenly). A
 * short line that ends a sentence (a paragraph's last) or stops before a
 * capital (a headline, a site's label) keeps its break. The width is the
 * longest line that stops mid-sentence, else the longest line. */
static void unwrap_hard_wrapped_lines(attache_doc *doc) {
  enum { WRAP_WIDTH = 100, MIN_WRAPPED = 3 };
  size_t longest = 0, longest_mid = 0, wrapped = 0, eol;
  for (size_t pos = 0; pos < doc->len; pos = eol + 1) {
    bool mid = stops_mid_sentence(doc, pos, &eol);
    /* a line longer than any wrap: most stories' first paragraph ends the
     * look here, before its characters are counted (a character takes at
     * most 4 bytes) */
    if (eol - pos > 4 * WRAP_WIDTH && memchr(doc->text + pos, ' ', eol - pos)) return;
    wrapped += mid;
    size_t width = wrap_width(doc->text + pos, eol - pos);
    if (width > WRAP_WIDTH) return;
    if (width > longest) longest = width;
    if (mid && width > longest_mid) longest_mid = width;
  }
  if (wrapped < 2 || (wrapped < MIN_WRAPPED && !all_breaks_full(doc, longest_mid))) return;
  size_t wrap = longest_mid ? longest_mid : longest;
  for (size_t pos = 0; pos < doc->len; pos = eol + 1) {
    eol = at_line_end(doc, pos);
    if (eol + 1 >= doc->len || at_is_space(doc->text[eol + 1])) continue;
    size_t next = eol + 1, word = next;
    while (word < doc->len && !at_is_space(doc->text[word])) word++;
    size_t width = wrap_width(doc->text + pos, eol - pos);
    bool full = width + 1 + utf8_chars(doc->text + next, word - next) > wrap;
    bool mid = eol > pos && !at_has_final_punctuation(doc->text + pos, eol - pos);
    bool comma = eol > pos && doc->text[eol - 1] == ',';
    if (full || comma || (mid && (next_goes_on(doc, eol) || 4 * width >= 3 * wrap))) doc->text[eol] = ' ';
  }
}

/* Does a capital letter open the text at pos? */
static bool capital_at(const attache_doc *doc, size_t pos) {
  if (pos >= doc->len) return false;
  unsigned char c = (unsigned char)doc->text[pos];
  if (c < 0x80) return c >= 'A' && c <= 'Z'; /* ASCII's capitals, as utf8proc tells them, without the call */
  utf8proc_int32_t cp;
  return at_utf8_next(doc->text + pos, doc->len - pos, &cp) > 0 && utf8proc_isupper(cp);
}

/* Does the stop at `dot` end a sentence, not shorten a word ("Lieut.",
 * "Gen.", "U.S.": data/abbreviations.tsv, as the segmenter reads them)? */
static bool sentence_stop(attache_doc *doc, size_t from, size_t dot) {
  return dot > from && !at_is_space(doc->text[dot - 1]) && !at_abbreviation_before(doc, doc->text + from, doc->text + dot);
}

/* The length of a word of capitals at p ("TP", "QĐND", "VOV1", "ANTD.VN":
 * two capitals or more, digits and periods between), else 0. */
static size_t capitals_word(const char *p, size_t n) {
  size_t i = 0, capitals = 0;
  while (i < n && !at_is_space(p[i])) {
    utf8proc_int32_t cp;
    size_t len = at_utf8_next(p + i, n - i, &cp);
    if (!len) return 0;
    if (utf8proc_isupper(cp)) capitals++;
    else if (!(cp >= '0' && cp <= '9') && cp != '.') return 0;
    i += len;
  }
  return capitals >= 2 ? i : 0;
}

/* A wire's or paper's tag opening a lead at p: "TP - ", "QĐND Online - ",
 * "VOV1 - ", "ANTD.VN -Tại", "(QĐND) - ", "HANOI (VNA) - ": up to three words
 * of capitals, then "Online" or a source in parentheses, then a dash not
 * followed by a state's name. */
static bool site_tag(const attache_doc *doc, const char *p, size_t n) {
  size_t i = 0, words = 0, w;
  while (words < 3 && (w = capitals_word(p + i, n - i)) > 0 && i + w < n && p[i + w] == ' ') {
    i += w + 1, words++;
  }
  if (words && n - i > 7 && !memcmp(p + i, "Online ", 7)) i += 7;
  if (i < n && p[i] == '(') {
    const char *close = memchr(p + i, ')', n - i < 24 ? n - i : 24);
    if (!close || memchr(p + i, ' ', (size_t)(close - p - i)) || (size_t)(close - p) + 2 > n || close[1] != ' ')
      return false;
    i = (size_t)(close - p) + 2, words++;
  }
  if (!words) return false;
  static const char *const dashes[] = {"-", "\xE2\x80\x93", "\xE2\x80\x94"}; /* -, en and em dash */
  for (size_t d = 0; d < 3; d++) {
    size_t dl = strlen(dashes[d]);
    if (n - i <= dl || memcmp(p + i, dashes[d], dl)) continue;
    /* a state after the dash: a pair ("ASEAN - Trung Quốc"), no tag */
    size_t k = i + dl;
    while (k < n && p[k] == ' ') k++;
    const at_entry **states;
    size_t nstates;
    at_lexicon_entries(doc->lex, AT_CAT_COUNTRY, &states, &nstates);
    for (size_t c = 0; c < nstates; c++) {
      size_t pl = strlen(states[c]->phrase);
      if (pl <= n - k && !memcmp(p + k, states[c]->phrase, pl) && (pl == n - k || !at_is_word_byte(p[k + pl])))
        return false;
    }
    return true;
  }
  return false;
}

/* Is the word of n bytes at p a month's name (data/date_words.tsv month)? */
static bool month_name(const attache_doc *doc, const char *p, size_t n) {
  const at_entry **words;
  size_t nwords;
  at_lexicon_entries(doc->lex, AT_CAT_DATEWORD, &words, &nwords);
  for (size_t c = 0; c < nwords; c++)
    if (!strncmp(words[c]->value, "month:", 6) && strlen(words[c]->phrase) == n && !memcmp(words[c]->phrase, p, n))
      return true;
  return false;
}

/* The word ending at `end` (exclusive) from `first`: its start. */
static size_t word_start(const attache_doc *doc, size_t first, size_t end) {
  while (end > first && !at_is_space(doc->text[end - 1])) end--;
  return end;
}

static bool digits(const char *p, size_t n, size_t lo, size_t hi) {
  if (n < lo || n > hi) return false;
  for (size_t k = 0; k < n; k++)
    if (!at_is_digit(p[k])) return false;
  return true;
}

/* Does a whole date with its year end at `end` ("24/06/2009", "February
 * 19, 2023", "20 Mar 2015")? Its start, else 0. A page's date stamp, told
 * alone on its line: run together with the headline and the lead, it is a
 * line of its own where a capital follows it (a story's own date is
 * followed by a comma, a stop or more words of its sentence). */
static size_t full_date_ends_at(const attache_doc *doc, size_t first, size_t end) {
  size_t w = word_start(doc, first, end);
  const char *t = doc->text + w;
  size_t n = end - w;
  /* "24/06/2009", "2023-02-19": three numbers, one of four digits */
  size_t seps = 0, four = 0, run = 0;
  for (size_t k = 0; k <= n; k++) {
    if (k < n && at_is_digit(t[k])) {
      run++;
      continue;
    }
    if (run == 4) four++;
    if (!run || run > 4 || (k < n && t[k] != '/' && t[k] != '-' && t[k] != '.')) {
      seps = 99;
      break;
    }
    if (k < n) seps++;
    run = 0;
  }
  if (seps == 2 && four == 1) return w;
  if (!digits(t, n, 4, 4) || (t[0] != '1' && t[0] != '2')) return 0;
  /* a year after a day and a month: "February 19, 2023", "20 Mar 2015" */
  if (w < first + 2) return 0;
  size_t w2 = word_start(doc, first, w - 1), n2 = w - 1 - w2;
  if (w2 < first + 1 || !n2) return 0;
  size_t w3 = word_start(doc, first, w2 - 1), n3 = w2 - 1 - w3;
  const char *a = doc->text + w3, *b = doc->text + w2;
  if (n2 >= 2 && b[n2 - 1] == ',' && digits(b, n2 - 1, 1, 2)) return month_name(doc, a, n3) ? w3 : 0;
  return digits(a, n3, 1, 2) && month_name(doc, b, n2) ? w3 : 0;
}

/* A crawl that lost the page's line breaks gives the whole page as one
 * line: headline, site lines, captions and story run together ("# Tiêu đề
 * Published at: **2024-03-05** Author: ... Sáng 5/3, ..."). Such a text
 * gets breaks back, in place (a space becomes a newline, so offsets hold),
 * where a line must have ended: after a sentence's stop before a capital,
 * after a credit or link in parentheses ("(Ảnh: TTXVN)", "(https://...)")
 * before a capital, and before the publication line data/chrome.tsv names
 * ("Published at:"). Text with lines of its own is left alone. */
static void break_run_together_text(attache_doc *doc) {
  enum { MIN_RUN = 400 };
  size_t first = 0, last = doc->len;
  while (first < last && at_is_space(doc->text[first])) first++;
  while (last > first && at_is_space(doc->text[last - 1])) last--;
  if (last - first < MIN_RUN || memchr(doc->text + first, '\n', last - first)) return;
  const at_chrome_index *chrome = at_lexicon_chrome_index(doc->lex);
  /* the site's clock opening the page ends before the first capital after
   * its date or time ("Thứ năm, 06/05/2021 Đối thoại ...", "Chủ Nhật,
   * 02/11/2025, 04:37 (GMT+7) Những ...") */
  for (size_t i = first + 8; i < last && i < first + 60; i++)
    if (doc->text[i] == ' ' && (at_is_digit(doc->text[i - 1]) || doc->text[i - 1] == ')') && capital_at(doc, i + 1)) {
      at_chrome kind = at_chrome_line(chrome, doc->arena, doc->text + first, i - first, NULL);
      if (kind == AT_CHROME_CLOCK || kind == AT_CHROME_STORY_CLOCK) doc->text[i] = '\n';
      break;
    }
  /* a page's time stamp ends a line ("... hòa bình 12/07/2012 15:23 Khóa
   * học ...", "... ngày 25/04/2019 07:21 GMT+7 Lực lượng ..."): a time
   * (hh:mm) or a zone (GMT+7) before a capital */
  for (size_t i = first + 5; i < last && i < first + 300; i++) {
    if (doc->text[i] != ' ' || !capital_at(doc, i + 1)) continue;
    size_t w = i;
    while (w > first && !at_is_space(doc->text[w - 1])) w--;
    const char *t = doc->text + w;
    size_t tn = i - w;
    if (tn && t[0] == '(' && t[tn - 1] == ')') t++, tn -= 2;
    bool time = (tn == 5 || tn == 4) && t[tn - 3] == ':' && at_is_digit(t[0]) && at_is_digit(t[tn - 1]) && at_is_digit(t[tn - 2]);
    bool zone = tn >= 5 && !memcmp(t, "GMT+", 4) && at_is_digit(t[4]);
    size_t stamp = full_date_ends_at(doc, first, i);
    if (stamp > first && doc->text[stamp - 1] == ' ') doc->text[stamp - 1] = '\n'; /* the headline before it ends too */
    if ((time && memcmp(doc->text + i + 1, "GMT", 3)) || zone || stamp) doc->text[i] = '\n';
  }
  /* the headline ends before the tag of the wire or paper that opens the
   * lead ("Tàu Pháp thăm Hải Phòng TP - Sáng 27/5, ...") */
  bool headline_ended = false;
  for (size_t i = first + 20; i < last && i < first + 300; i++)
    if (doc->text[i] == ' ' && (unsigned char)doc->text[i - 1] != '.' && site_tag(doc, doc->text + i + 1, last - i - 1)) {
      doc->text[i] = '\n';
      headline_ended = true;
      break;
    }
  /* or before a phrase that opens a lead with no date, capitalised where a
   * sentence starts ("... lần thứ 11 Nhận lời mời của ...": data/chrome.tsv
   * lead, attr opener) */
  const at_entry **leads;
  size_t nleads;
  at_lexicon_chrome_leads(doc->lex, &leads, &nleads);
  for (size_t i = first + 20; !headline_ended && i < last && i < first + 300; i++) {
    if (doc->text[i] != ' ' || !at_is_word_byte(doc->text[i - 1]) || !capital_at(doc, i + 1)) continue;
    for (size_t c = 0; c < nleads && !headline_ended; c++) {
      if (doc->text[i + 1] != leads[c]->phrase[0]) continue; /* most differ at once */
      size_t pl = strlen(leads[c]->phrase);
      if (!strcmp(leads[c]->attr, "opener") && i + 1 + pl < last && !memcmp(doc->text + i + 1, leads[c]->phrase, pl) &&
          doc->text[i + 1 + pl] == ' ')
        doc->text[i] = '\n', headline_ended = true;
    }
  }
  size_t open = 0; /* where the last "(" opened, +1 */
  for (size_t i = first + 1; i + 1 < last; i++) {
    char c = doc->text[i];
    if (c == '(') open = i + 1;
    if (c != ' ') continue;
    /* "... ở Paris. [Hình ảnh ...] Thượng tướng ...": a link in brackets
     * was a line of its own */
    if (doc->text[i + 1] == '[' && i > first && (doc->text[i - 1] == '.' || doc->text[i - 1] == ']')) {
      doc->text[i] = '\n';
      continue;
    }
    if (!capital_at(doc, i + 1)) continue;
    if (doc->text[i - 1] == ']') {
      doc->text[i] = '\n';
      continue;
    }
    size_t b = i; /* the stop, past closing quotes and brackets */
    while (b > first && (doc->text[b - 1] == '"' || doc->text[b - 1] == '\'' || doc->text[b - 1] == ')' ||
                         (b >= 3 && !memcmp(doc->text + b - 3, "\xE2\x80\x9D", 3))))
      b -= doc->text[b - 1] == '"' || doc->text[b - 1] == '\'' || doc->text[b - 1] == ')' ? 1 : 3;
    bool stop = b > first && (doc->text[b - 1] == '!' || doc->text[b - 1] == '?' ||
                              (doc->text[b - 1] == '.' && sentence_stop(doc, first, b - 1)));
    bool credit = doc->text[i - 1] == ')' && open && memchr(doc->text + open, ':', i - open);
    at_chrome kind = at_chrome_line(chrome, doc->arena, doc->text + i + 1, last - i - 1, NULL);
    /* a line to drop ("Ảnh: Báo Hải Quân", "Author: ...") has no end to
     * see, and would take the story's next sentence with it: it stays on
     * the line before, as the run-together text has it */
    if (kind == AT_CHROME_DROP) continue;
    if (stop || credit || kind == AT_CHROME_PUBLISHED) doc->text[i] = '\n';
  }
}

/* The run-together text first: its breaks back, it has lines the wrap look
 * can read (a one-line text is no wrap). */
void at_restore_lines(attache_doc *doc) {
  break_run_together_text(doc);
  unwrap_hard_wrapped_lines(doc);
}
