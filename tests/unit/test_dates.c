/* SPDX-License-Identifier: MIT */
/* test_dates.c - date expressions and their resolution against publication. */
#include "support.h"

#include <attache/store.h>

/* The first date span found in the text's first sentence, formatted
 * "DATE" or "DATE..END"; "" when there is none. */
static const char *first_date(const char *text, const char *published) {
  static char buf[32];
  attache_doc *doc = test_doc(text, published);
  assert_true(doc->sentences.len > 0);
  at_date_span spans[4];
  size_t n = at_find_dates(doc, AT_SENT(doc, 0), spans, 4);
  buf[0] = '\0';
  if (n) {
    char a[11], b[11];
    at_format_date(at_resolve_year(spans[0].date, doc, AT_SENT(doc, 0)), a);
    if (spans[0].end.month) {
      at_format_date(at_resolve_year(spans[0].end, doc, AT_SENT(doc, 0)), b);
      snprintf(buf, sizeof buf, "%s..%s", a, b);
    } else {
      snprintf(buf, sizeof buf, "%s", a);
    }
  }
  attache_doc_free(doc);
  return buf;
}

static void test_day_month_forms(void **state) {
  (void)state;
  assert_string_equal(first_date("Sáng 6/11, hai bên gặp nhau.", "2019-11-06"), "2019-11-06");
  assert_string_equal(first_date("Chiều ngày 15-11, hai bên gặp nhau.", "2019-11-20"), "2019-11-15");
  assert_string_equal(first_date("Ngày 27/3, hai bên gặp nhau.", NULL), "XXXX-03-27");
  assert_string_equal(first_date("Sáng 28-2, tại Hà Nội, hai bên gặp nhau.", NULL), "XXXX-02-28");
}

/* The scan skips words that begin no date, but not the cue they leave: a
 * bracket, "ngày" or a dateline's comma makes the day and month after it a
 * date, anywhere in a long sentence; without one they are none. */
static void test_cues_survive_the_skip(void **state) {
  (void)state;
  assert_string_equal(first_date("Hai bên trao đổi về hợp tác quốc phòng trong lễ ký (5/12) tại Hà Nội.", NULL),
                      "XXXX-12-05");
  assert_string_equal(first_date("Hai bên trao đổi về hợp tác quốc phòng trong buổi lễ ngày 5/12 tại Hà Nội.", NULL),
                      "XXXX-12-05");
  assert_string_equal(first_date("Hai bên trao đổi về hợp tác quốc phòng trong buổi lễ 5/12 tại Hà Nội.", NULL), "");
  assert_string_equal(first_date("The two ministers met last June in Hanoi.", "2019-09-01"), "2019-06");
}

static void test_ranges(void **state) {
  (void)state;
  assert_string_equal(first_date("Đoàn thăm Pháp từ 26-28/3.", NULL), "XXXX-03-26..XXXX-03-28");
  assert_string_equal(first_date("Đoàn thăm Nhật Bản từ ngày 1 đến 4/3.", "2018-03-05"), "2018-03-01..2018-03-04");
  assert_string_equal(first_date("Chuyến thăm (22-24/8) thành công.", NULL), "XXXX-08-22..XXXX-08-24");
  assert_string_equal(first_date("Tàu ở Việt Nam từ 27/5 đến 1/6 năm nay.", "2019-06-03"), "2019-05-27..2019-06-01");
  assert_string_equal(first_date("Giao lưu diễn ra trong hai ngày 11 và 12/4/2024.", NULL), "2024-04-11..2024-04-12");
  /* Days not running on are no range (and "14/4" after "và" has no cue). */
  assert_string_equal(first_date("Hai đoàn gặp nhau ngày 11 và 14/4.", "2024-05-01"), "");
}

static void test_full_and_month_dates(void **state) {
  (void)state;
  assert_string_equal(first_date("Hội nghị tại Hà Nội (12/10/2010).", NULL), "2010-10-12");
  assert_string_equal(first_date("Hội nghị diễn ra tháng 10/2010 tại Hà Nội.", NULL), "2010-10");
  assert_string_equal(first_date("Hội nghị diễn ra vào tháng 9.2015 tại Hà Nội.", NULL), "2015-09");
  assert_string_equal(first_date("Lễ ký ngày 19 tháng 4 năm 2017 tại Hà Nội.", NULL), "2017-04-19");
}

static void test_relative_words_need_publication(void **state) {
  (void)state;
  assert_string_equal(first_date("Hôm qua, hai bên hội đàm.", "2020-05-10"), "2020-05-09");
  assert_string_equal(first_date("Hôm qua, hai bên hội đàm.", NULL), "");
  assert_string_equal(first_date("Năm nay hai bên hội đàm.", "2020-05-10"), "2020");
}

static void test_english_forms(void **state) {
  (void)state;
  assert_string_equal(first_date("The talks took place on June 10, 2019 in Hanoi.", NULL), "2019-06-10");
  assert_string_equal(first_date("The ministers met on 10 June 2019.", NULL), "2019-06-10");
  assert_string_equal(first_date("On Sept. 24, the two sides met.", NULL), "XXXX-09-24");
  assert_string_equal(first_date("The visit ran from March 26-28, 2018.", NULL), "2018-03-26..2018-03-28");
  assert_string_equal(first_date("The frigate arrived in June 2019.", NULL), "2019-06");
  assert_string_equal(first_date("The two navies first met in 2016.", NULL), "2016");
  assert_string_equal(first_date("The ban was lifted during a 2016 visit.", NULL), "2016");
  assert_string_equal(first_date("A group of 2016 soldiers.", NULL), "");
  assert_string_equal(first_date("They met from June 10th to June 15th in Berlin.", "2019-06-20"),
                      "2019-06-10..2019-06-15");
  assert_string_equal(first_date("The dialogue opened on the 1st of June.", NULL), "");
  /* "mid" before a month alone, joined by a hyphen or not. */
  assert_string_equal(first_date("The two navies met in mid-June.", "2019-07-02"), "2019-06");
  assert_string_equal(first_date("The two navies met in mid June.", "2019-07-02"), "2019-06");
  /* "the end of", "the middle of" a month alone. */
  assert_string_equal(first_date("The two navies met at the end of June.", "2019-07-02"), "2019-06");
  assert_string_equal(first_date("The two navies met in the middle of June.", "2019-07-02"), "2019-06");
  /* Vietnamese ten-day parts of a month and "trong" before a month alone. */
  assert_string_equal(first_date("Hạ tuần tháng 6, hai bên đã hội đàm.", "2019-07-02"), "2019-06");
  assert_string_equal(first_date("Trong tháng 6, hai bên đã hội đàm.", "2019-07-02"), "2019-06");
  /* A modal "may" is not a month. */
  assert_string_equal(first_date("The two sides may meet 3 times.", NULL), "");
}

static void test_english_relative_days(void **state) {
  (void)state;
  /* 2019-06-12 was a Wednesday: "Monday" is two days before, "Wednesday" the day itself. */
  assert_string_equal(first_date("On Monday, the two ministers held talks.", "2019-06-12"), "2019-06-10");
  assert_string_equal(first_date("On Wednesday, the two ministers held talks.", "2019-06-12"), "2019-06-12");
  assert_string_equal(first_date("On Friday, the two ministers held talks.", "2019-06-12"), "2019-06-07");
  assert_string_equal(first_date("On Monday, the two ministers held talks.", NULL), "");
  /* "last Wednesday" in a story of a Wednesday is the one a week before;
   * on another day it is the latest one. */
  assert_string_equal(first_date("The two ministers held talks last Wednesday.", "2019-06-12"), "2019-06-05");
  assert_string_equal(first_date("The two ministers held talks last Monday.", "2019-06-12"), "2019-06-10");
  /* A weekday of the week before: Monday to Sunday, 2019-06-03 to 09. */
  assert_string_equal(first_date("On Friday last week, the two ministers held talks.", "2019-06-12"), "2019-06-07");
  assert_string_equal(first_date("On Monday last week, the two ministers held talks.", "2019-06-12"), "2019-06-03");
  assert_string_equal(first_date("Thứ Hai tuần trước, hai Bộ trưởng đã hội đàm.", "2019-06-12"), "2019-06-03");
  /* Across a month and a year. */
  assert_string_equal(first_date("Yesterday the two ministers held talks.", "2020-03-01"), "2020-02-29");
  assert_string_equal(first_date("Yesterday the two ministers held talks.", "2021-01-01"), "2020-12-31");
  assert_string_equal(first_date("The vessels were handed over in 2017 and 2018.", "2022-09-05"), "2017");
  /* A week is only as precise as it is: its month, or across months its year. */
  assert_string_equal(first_date("The dialogue took place last week.", "2019-06-12"), "2019-06");
  assert_string_equal(first_date("The dialogue took place last week.", "2023-11-08"), "2023");
  assert_string_equal(first_date("The dialogue takes place this week.", "2019-06-12"), "2019-06");
}

/* A relative day or a weekday told together with its day and month: the day
 * written out is the date, and needs no publication date. 2019-06-12 was a
 * Wednesday. */
static void test_relative_day_told_with_its_date(void **state) {
  (void)state;
  assert_string_equal(first_date("Chiều nay 10-6, hai bên hội đàm tại Hà Nội.", "2019-06-12"), "2019-06-10");
  assert_string_equal(first_date("Chiều nay 10-6, hai bên hội đàm tại Hà Nội.", NULL), "XXXX-06-10");
  assert_string_equal(first_date("Trưa nay, 11/6, hai bên hội đàm tại Hà Nội.", NULL), "XXXX-06-11");
  assert_string_equal(first_date("Hôm nay (12/6), hai bên hội đàm tại Hà Nội.", "2019-06-13"), "2019-06-12");
  assert_string_equal(first_date("Thứ Sáu, 7/6, hai bên hội đàm tại Hà Nội.", NULL), "XXXX-06-07");
  assert_string_equal(first_date("The two ministers held talks on Monday (June 3).", "2019-06-12"), "2019-06-03");
  assert_string_equal(first_date("The two ministers held talks on Monday, June 3.", "2019-06-12"), "2019-06-03");
  /* A Vietnamese weekday alone: the last such day up to publication. */
  assert_string_equal(first_date("Sáng thứ Hai, hai bên hội đàm tại Hà Nội.", "2019-06-12"), "2019-06-10");
  assert_string_equal(first_date("Trưa nay, hai bên hội đàm tại Hà Nội.", "2019-06-12"), "2019-06-12");
  /* A weekday told as still to come ("will", "sẽ"): the coming one, a week
   * on when it is the day of publication; in another clause, the last one. */
  assert_string_equal(first_date("The minister will travel to Hanoi on Friday.", "2019-06-12"), "2019-06-14");
  assert_string_equal(first_date("The minister will travel to Hanoi on Wednesday.", "2019-06-12"), "2019-06-19");
  assert_string_equal(first_date("Bộ trưởng sẽ thăm Hà Nội vào thứ Sáu.", "2019-06-12"), "2019-06-14");
  assert_string_equal(first_date("The ships will stay for a week, they arrived on Monday.", "2019-06-12"), "2019-06-10");
  /* An ordinal is no weekday: "lần thứ hai" is "the second time". */
  assert_string_equal(first_date("Hai bên hội đàm lần thứ hai tại Hà Nội.", "2019-06-12"), "");
}

/* English ranges opened by "from" or "between". */
static void test_english_ranges(void **state) {
  (void)state;
  assert_string_equal(first_date("He visits Japan from June 3 to 5.", "2019-06-01"), "2019-06-03..2019-06-05");
  assert_string_equal(first_date("He visits Japan between June 3 and 5.", "2019-06-01"), "2019-06-03..2019-06-05");
  assert_string_equal(first_date("He visited Japan from May 30 to June 2.", "2019-06-12"), "2019-05-30..2019-06-02");
  assert_string_equal(first_date("He visited Japan from May 3 to 5, 2018.", NULL), "2018-05-03..2018-05-05");
  assert_string_equal(first_date("He visited Japan from December 30 to January 2, 2018.", NULL),
                      "2017-12-30..2018-01-02");
  /* Without "from", "to" opens no range. */
  assert_string_equal(first_date("On June 3 to 5 delegates, he spoke.", "2019-06-12"), "2019-06-03");
  /* A dash before a day of the next month, with its month, is a range
   * across the month's end whatever comes before; a bare day or a day
   * months on after it is not. */
  assert_string_equal(first_date("The forum met in Vientiane on March 30-April 1.", "2019-04-05"),
                      "2019-03-30..2019-04-01");
  assert_string_equal(first_date("The drill ran on Nov 28 \u2013 Dec 2, 2018 off Da Nang.", NULL),
                      "2018-11-28..2018-12-02");
  assert_string_equal(first_date("The forum met on March 30 - June 1 was its theme day.", "2019-06-12"), "2019-03-30");
  /* The day first, the month told once after the last day: the range starts
   * at the first day, not at the day the month follows. */
  assert_string_equal(first_date("The frigate stays in Manila from 4 to 8 March.", "2021-03-09"),
                      "2021-03-04..2021-03-08");
  assert_string_equal(first_date("The envoy toured Hue between 12th and 14th October 2016.", NULL),
                      "2016-10-12..2016-10-14");
  assert_string_equal(first_date("Cadets trained there on 21 and 22 July.", "2022-07-30"), "2022-07-21..2022-07-22");
  /* The month first, told once before both days ("on March 28 and 29"):
   * the same range, with the year after the last day its year too. */
  assert_string_equal(first_date("The two coast guards met online on March 28 and 29.", "2022-04-02"),
                      "2022-03-28..2022-03-29");
  assert_string_equal(first_date("Cadets trained there on July 21 and 22, 2021 in Hue.", "2022-07-30"),
                      "2021-07-21..2021-07-22");
  assert_string_equal(first_date("The border guards held an exchange on July 21st and 22nd in Lao Cai.", "2022-07-30"),
                      "2022-07-21..2022-07-22");
  /* A number after "and" that is a count, not a day, ends the date; so does
   * a second day long after the first. */
  assert_string_equal(first_date("On May 5 and 20 cadets, the school opened.", "2022-07-30"), "2022-05-05");
  assert_string_equal(first_date("The frigate called at Manila on May 5 and 25.", "2022-07-30"), "2022-05-05");
  /* Days not running on are no range: the day the month follows. */
  assert_string_equal(first_date("Items 9 and 3 May belong to the list.", "2022-07-30"), "2022-05-03");
  /* Weekdays from one to another (2019-06-14 was a Friday): the days from
   * the first, the last such day up to publication, to the second. */
  assert_string_equal(first_date("The two navies held a friendship exchange from Thursday to Friday.", "2019-06-14"),
                      "2019-06-13..2019-06-14");
  assert_string_equal(first_date("The envoy toured the border from Saturday to Monday.", "2019-06-12"),
                      "2019-06-08..2019-06-10");
  assert_string_equal(first_date("Đoàn đã thăm Lào từ thứ Hai đến thứ Tư.", "2019-06-14"), "2019-06-10..2019-06-12");
  /* A weekday alone, or one told "to" another without "from", is one day. */
  assert_string_equal(first_date("On Thursday the envoy went to Friday's market.", "2019-06-14"), "2019-06-13");
}

static void test_relative_months_and_weeks(void **state) {
  (void)state;
  /* 2019-06-12 was a Wednesday. */
  assert_string_equal(first_date("Tuần trước, hai bên hội đàm tại Hà Nội.", "2019-06-12"), "2019-06");
  assert_string_equal(first_date("Chiều qua, hai bên hội đàm tại Hà Nội.", "2019-06-12"), "2019-06-11");
  assert_string_equal(first_date("Hôm kia, hai bên hội đàm tại Hà Nội.", "2019-06-12"), "2019-06-10");
  assert_string_equal(first_date("Tháng trước, hai bên hội đàm tại Hà Nội.", "2019-01-12"), "2018-12");
  assert_string_equal(first_date("The two ministers met last month.", "2019-06-12"), "2019-05");
  /* Counted back, a week is no date of its own. */
  assert_string_equal(first_date("Cách đây 2 tuần trước, hai bên hội đàm.", "2019-06-12"), "");
  /* A month named alone: the last before publication, or the story's year. */
  assert_string_equal(first_date("The minister visited India last June.", "2023-11-02"), "2023-06");
  assert_string_equal(first_date("The minister visited India last December.", "2023-11-02"), "2022-12");
  /* A month with the year told relative to publication, opening the
   * sentence too: one date, the month of that year. */
  assert_string_equal(first_date("In April this year, the two navies held a joint patrol.", "2025-11-21"), "2025-04");
  assert_string_equal(first_date("In June last year, the two navies held a joint patrol.", "2025-11-21"), "2024-06");
  /* Without a publication date, only the month. */
  assert_string_equal(first_date("In April this year, the two navies held a joint patrol.", NULL), "XXXX-04");
  assert_string_equal(first_date("The minister visited India last June.", NULL), "XXXX-06");
  assert_string_equal(first_date("In January, the two armies held an exercise.", "2018-05-20"), "2018-01");
  assert_string_equal(first_date("Hai bên đã hội đàm vào tháng 5 năm nay.", "2018-09-20"), "2018-05");
  assert_string_equal(first_date("Hai bên đã hội đàm hồi tháng 3 năm ngoái.", "2018-09-20"), "2017-03");
  assert_string_equal(first_date("Hội nghị tháng 10 vừa qua đã thành công.", "2018-09-20"), "2017-10");
  /* Without a cue, "tháng 5" names no date ("lương tháng 5"). */
  assert_string_equal(first_date("Quỹ lương tháng 5 tăng.", "2018-09-20"), "");
}

static void test_a_year_alone_in_vietnamese(void **state) {
  (void)state;
  /* Fronted ("Năm 2018,", "Trong năm 2018,") or after "vào" ... */
  assert_string_equal(first_date("Năm 2018, hai bên đã tổ chức giao lưu.", NULL), "2018");
  assert_string_equal(first_date("Trong năm 2018, hai bên đã tổ chức giao lưu.", NULL), "2018");
  assert_string_equal(first_date("Hai bên đã ký bản ghi nhớ vào năm 2015.", NULL), "2015");
  /* ... but not a programme's year nor a span. */
  assert_string_equal(first_date("Hai bên thông qua Kế hoạch hợp tác năm 2018.", NULL), "");
  assert_string_equal(first_date("Năm 2018-2020 là giai đoạn quan trọng.", NULL), "");
}

static void test_year_not_guessed_and_rolled_back(void **state) {
  (void)state;
  /* A December day in a January article is last year's. */
  assert_string_equal(first_date("Ngày 28/12, hai bên hội đàm.", "2020-01-05"), "2019-12-28");
  /* Without a cue word a bare fraction is not a date. */
  assert_string_equal(first_date("Còn 500/500 chỗ, tỷ lệ 3/4.", NULL), "");
  /* A term of office is not a range of days. */
  assert_string_equal(first_date("Nhiệm kỳ 2019-2022 bắt đầu.", NULL), "");
}

/* The date of the document's event number i ("" for none, "?" when there is
 * no such event). */
static const char *event_date(const char *text, const char *published, size_t i) {
  static char buf[16];
  json_t *r = test_extract(text, published);
  json_t *ev = json_array_get(test_list(r, "events"), i);
  const char *d = ev ? test_str(ev, "date") : "?";
  snprintf(buf, sizeof buf, "%s", d ? d : "");
  json_decref(r);
  return buf;
}

static void test_the_date_a_document_was_signed_dates_no_happening(void **state) {
  (void)state;
  /* A date right after the word of signing a document named before it is
   * that document's: no year for the patrol told without one. */
  assert_string_equal(event_date("Ngày 8/5, tàu hải quân Việt Nam và Campuchia tuần tra chung lần thứ 30 trên vùng "
                                 "biển giáp ranh, theo Thỏa thuận ký ngày 3/6/2001 giữa hai bên.",
                                 NULL, 0),
                      "XXXX-05-08");
  assert_string_equal(event_date("On May 8, the navies of Vietnam and Cambodia conducted their 30th joint patrol, "
                                 "under the agreement signed on June 3, 2001 by the two sides.",
                                 NULL, 0),
                      "XXXX-05-08");
  /* Done by a document, however its signing is told: "theo" ... "được ... ký". */
  assert_string_equal(event_date("Từ ngày 8 đến 9/5, tàu hải quân Việt Nam và Campuchia tuần tra chung theo Quy chế "
                                 "phối hợp giữa hải quân hai nước đã được Tư lệnh hai bên ký ngày 3/6/2001.",
                                 NULL, 0),
                      "XXXX-05-08");
  /* ... and with its signing told in a clause of its own after a comma. */
  assert_string_equal(event_date("Ngày 8/5, tàu hải quân Việt Nam và Campuchia tuần tra chung theo Quy chế phối hợp "
                                 "giữa hải quân hai nước, đã được Tư lệnh hai bên ký ngày 3/9/2001.",
                                 NULL, 0),
                      "XXXX-05-08");
  /* Told as signed, the signing is the happening: its date stands. */
  assert_string_equal(event_date("The memorandum on naval cooperation was signed on June 3, 2031 in Hanoi by "
                                 "Vietnam and Cambodia.",
                                 NULL, 0),
                      "2031-06-03");
}

/* An anniversary told with its founding and its day in brackets ("nhân dịp
 * kỷ niệm 60 năm Ngày thành lập ... (15/3/1964 - 15/3/2024)") dates no
 * happening: a visit told next at its scene ("Tại buổi gặp mặt") takes
 * neither, and the term of an office ("nhiệm kỳ 2026-2029") is no year of
 * the story's. */
static void test_an_anniversary_or_a_term_dates_no_happening(void **state) {
  (void)state;
  assert_string_equal(event_date("Nhân dịp kỷ niệm 60 năm Ngày thành lập Quân đội Hoàng gia Campuchia (15/3/1964 - "
                                 "15/3/2024), đoàn cán bộ Đồn Biên phòng Sông Trăng đã đến chúc mừng Đại đội bảo vệ "
                                 "biên giới 12 của Campuchia. Tại buổi gặp mặt, hai bên giao lưu hữu nghị.",
                                 NULL, 0),
                      "");
  assert_string_equal(event_date("Chiều 4-3, tại Hà Nội, Bộ Quốc phòng tổ chức gặp mặt các Trưởng cơ quan đại diện "
                                 "Việt Nam ở nước ngoài nhiệm kỳ 2026-2029.",
                                 NULL, 0),
                      "XXXX-03-04");
}

/* The first event's date of a text at an address, without a publication date. */
static const char *event_date_at(const char *text, const char *url) {
  static char buf[16];
  attache_doc_input in = {.id = {"t", 1}, .text = {text, strlen(text)}, .url = {url, strlen(url)}};
  attache_doc *doc = NULL;
  assert_int_equal(attache_extract(test_lexicon(), &in, NULL, &doc, NULL), ATTACHE_OK);
  json_t *r = json_loads(attache_doc_json(doc), 0, NULL);
  attache_doc_free(doc);
  assert_non_null(r);
  json_t *ev = json_array_get(test_list(r, "events"), 0);
  const char *d = ev ? test_str(ev, "date") : "?";
  snprintf(buf, sizeof buf, "%s", d ? d : "");
  json_decref(r);
  return buf;
}

/* A story naming no year of its own takes the year its address's headline
 * words name; never a span's, never one of two different years. */
static void test_year_of_the_address(void **state) {
  (void)state;
  const char *text = "Chiều 8/10, Thượng tướng Lê Văn A tiếp Đại sứ Pháp tại Hà Nội.";
  assert_string_equal(event_date_at(text, "https://x.vn/dien-dan-an-ninh-2021-khai-mac.html"), "2021-10-08");
  assert_string_equal(event_date_at(text, "https://x.vn/en/forum-2019_opens-E2024.html"), "2019-10-08");
  assert_string_equal(event_date_at(text, "https://x.vn/muoi-nam-hop-tac-2014-2024-146401.html"), "XXXX-10-08");
  assert_string_equal(event_date_at(text, "https://x.vn/hop-tac-2019-va-2020.html"), "XXXX-10-08");
  assert_string_equal(event_date_at(text, "https://x.vn/bai-viet-1234567.html"), "XXXX-10-08");
  /* A year the story names comes first. */
  assert_string_equal(event_date_at("Chiều 8/10, Thượng tướng Lê Văn A tiếp Đại sứ Pháp dự Triển lãm Quốc phòng "
                                    "quốc tế Việt Nam 2022.",
                                    "https://x.vn/dien-dan-2021.html"),
                      "2022-10-08");
}

/* A relative day or a weekday alone where only the year (or the month) of
 * publication is known (from the address or a date line): the day is lost, the year and
 * month are not. Without any, no date at all. */
static void test_relative_day_in_a_year_of_publication(void **state) {
  (void)state;
  const char *visit = "The French frigate Vendemiaire arrived at Da Nang port in Vietnam on Tuesday for a five-day visit, "
                      "the French Navy said.";
  assert_string_equal(event_date_at(visit, "https://x.com/2017/frigate-in-da-nang.html"), "2017");
  char dated[256];
  snprintf(dated, sizeof dated, " date 2017-05 %s", visit); /* a page's date line with its month */
  assert_string_equal(event_date_at(dated, "https://x.com/frigate-in-da-nang.html"), "2017-05");
  assert_string_equal(event_date_at(visit, "https://x.com/frigate-in-da-nang.html"), "");
  const char *talks = "Sáng qua, tại Hà Nội, Thượng tướng Lê Văn A hội đàm với Tư lệnh Hải quân Ấn Độ.";
  assert_string_equal(event_date_at(talks, "https://x.vn/2014/hoi-dam.html"), "2014");
  assert_string_equal(event_date_at(talks, "https://x.vn/hoi-dam.html"), "");
}

/* Without a publication date, "this year", "năm nay", "last year" are the
 * year of the story's last full date, not the year nearest to it: a month of
 * this year told after a December day is in that December's year. */
static void test_this_year_is_the_story_year(void **state) {
  (void)state;
  const char *vi = "Ngày 4/12/2019, Thượng tướng Lê Văn A tiếp Đại sứ Lào. Tháng 4 năm nay, hải quân hai nước đã "
                   "tuần tra chung trên biển.";
  assert_string_equal(event_date(vi, NULL, 1), "2019-04");
  const char *en = "Deputy Defence Minister Le Van A received the Lao Ambassador in Hanoi on December 4, 2019. In April "
                   "this year, the two navies held a joint patrol in the Gulf of Tonkin.";
  assert_string_equal(event_date(en, NULL, 1), "2019-04");
  const char *last = "Ngày 4/12/2019, Thượng tướng Lê Văn A tiếp Đại sứ Lào. Năm ngoái, tàu hộ vệ của Hải quân Lào "
                     "đã thăm cảng Cam Ranh.";
  assert_string_equal(event_date(last, NULL, 1), "2018");
  /* With a publication date, the year of publication as before. */
  assert_string_equal(event_date(en, "2020-01-10", 1), "2020-04");
}

/* The date of the document's first event of `type` ("" for none, "?" when
 * there is no such event). */
static const char *event_date_of(const char *text, const char *type) {
  static char buf[16];
  json_t *r = test_extract(text, NULL);
  json_t *events = test_list(r, "events");
  const char *d = "?";
  for (size_t i = 0; i < json_array_size(events); i++) {
    json_t *ev = json_array_get(events, i);
    if (strcmp(test_str(ev, "type"), type)) continue;
    d = test_str(ev, "date");
    d = d ? d : "";
    break;
  }
  snprintf(buf, sizeof buf, "%s", d);
  json_decref(r);
  return buf;
}

/* English: a happening named after a reference word inside a sentence
 * ("after the welcome ceremony", "after the minister's meeting with ...")
 * is, like one opening the sentence, of the one day the story tells. */
static void test_setting_named_within_a_sentence(void **state) {
  (void)state;
  assert_string_equal(event_date_of("Deputy Defence Minister Le Van A held talks with Thai Army Commander General "
                                    "Somchai Prasert in Hanoi on July 4. The talks came right after the welcome "
                                    "ceremony for the Thai guest.",
                                    "reception"),
                      "XXXX-07-04");
  assert_string_equal(event_date_of("India and Vietnam signed a memorandum on defence training in Hanoi on March 3. It "
                                    "was signed after the Indian minister's meeting with his Vietnamese counterpart "
                                    "General Le Van A.",
                                    "talks"),
                      "XXXX-03-03");
}

/* An exercise's name carrying a year gives it that year over the
 * publication's: the day and month told with it, else the year alone. */
static void test_year_in_an_exercise_name(void **state) {
  (void)state;
  assert_string_equal(event_date("Ngày 4/8, tàu hộ vệ của Hải quân Việt Nam tham gia diễn tập ZETAX 2016 cùng hải quân "
                                 "Ấn Độ tại Goa.",
                                 "2019-09-20", 0),
                      "2016-08-04");
  assert_string_equal(event_date("Chiều 3/7, đội công binh của Quân đội nhân dân Việt Nam tham gia diễn tập QUAVEX-21 "
                                 "tại Campuchia.",
                                 "2025-10-01", 0),
                      "2021-07-03");
  assert_string_equal(event_date("Ngày 4/8, tàu hộ vệ của Hải quân Việt Nam tham gia Diễn tập hàng hải Ấn Độ Dương "
                                 "năm 2016 tại Goa.",
                                 "2019-09-20", 0),
                      "2016-08-04");
  assert_string_equal(event_date("On August 4, a Vietnamese frigate joined the ZETAX 2016 exercise with the Indian Navy "
                                 "off Goa.",
                                 "2019-09-20", 0),
                      "2016-08-04");
  assert_string_equal(event_date("Vietnamese engineers took part in the QUAVEX-2021 drills with Cambodian troops in "
                                 "Kampot.",
                                 "2025-10-01", 0),
                      "2021");
  /* Told alone by its year, the day another sentence says it began. */
  assert_string_equal(event_date("The Vietnam-India exercise ZETAX 2024 ended in Goa today. The exercise that began on "
                                 "June 3 trained engineers of the two armies.",
                                 "2024-06-20", 0),
                      "2024-06-03");
  /* A span of years is no name's year; two digits far from publication
   * are a number, no year. */
  assert_string_equal(event_date("Ngày 4/8, Hải quân Việt Nam tham gia diễn tập theo Kế hoạch 2016-2020 cùng hải quân "
                                 "Ấn Độ tại Goa.",
                                 "2019-09-20", 0),
                      "2019-08-04");
  assert_string_equal(event_date("Chiều 3/7, đội công binh của Quân đội nhân dân Việt Nam tham gia diễn tập QUAVEX-45 "
                                 "tại Campuchia.",
                                 "2025-10-01", 0),
                      "2025-07-03");
}

/* The year in the name of what the story is about is its year though a
 * period's span ends later: "(2021-2022)" bounds a plan, it is no later
 * year the story tells. */
static void test_named_year_beside_a_span(void **state) {
  (void)state;
  assert_string_equal(event_date("Sáng 17/3, Đại tá Lê Văn A dự Hội nghị Tư lệnh Lục quân các nước ASEAN theo hình "
                                 "thức trực tuyến trong Năm ASEAN 2021. Hội nghị cập nhật Kế hoạch hoạt động hai năm "
                                 "(2021-2022).",
                                 NULL, 0),
                      "2021-03-17");
}

/* A happening the story tells first without a day does not take the year
 * of earlier ones told after it, years before publication: those are
 * history, not a retelling. Its name's year is its own. */
static void test_undated_happening_not_dated_by_history(void **state) {
  (void)state;
  const char *text = "The Vietnam-India army exercise VINBAX 2022 ended in Haryana. VINBAX 2022, the fourth drill "
                     "between Vietnam and India, was developed from two tabletop exercises held in 2018 and 2019.";
  assert_string_equal(event_date(text, "2022-08-20", 0), "2022");
}

/* English closes a sentence with where and when after however long an
 * object: the date is the cue's though more than twenty words lie between. */
static void test_english_place_and_day_closing_the_sentence(void **state) {
  (void)state;
  const char *text = "Deputy Defence Minister Le Van A held talks with General Kenji Sato, Chief of Staff of the Joint "
                     "Staff of the Japan Self-Defense Forces and head of the visiting delegation of senior officers, "
                     "in Tokyo, Japan, on Wednesday.";
  assert_string_equal(event_date(text, "2023-10-12", 0), "2023-10-11");
  /* Not a date told after something else said ("... to Vietnam on 19 June"). */
  const char *said = "Deputy Defence Minister Le Van A held talks with General Kenji Sato, Chief of Staff of the Joint "
                     "Staff of the Japan Self-Defense Forces and head of the visiting delegation of senior officers, "
                     "as the ministry announced in a release on Wednesday.";
  assert_string_equal(event_date(said, "2023-10-12", 0), "");
}

/* A copyright line is the site's: its year is not the story's. */
static void test_copyright_year_is_not_the_story_year(void **state) {
  (void)state;
  assert_string_equal(event_date("Sáng 9/9, Đại tướng Lê Văn A tiếp Đại sứ Pháp tại Hà Nội.\nCopyright © 2005 Báo "
                                 "Quân khu",
                                 NULL, 0),
                      "XXXX-09-09");
  assert_string_equal(event_date("Sáng 9/9, Đại tướng Lê Văn A tiếp Đại sứ Pháp tại Hà Nội.\nBản quyền 2005 thuộc về "
                                 "Báo Quân khu",
                                 NULL, 0),
                      "XXXX-09-09");
}

static void test_year_told_by_the_story(void **state) {
  (void)state;
  /* No publication date: a day and month take the year the story told last. */
  assert_string_equal(event_date("Ngày 3/5/2021, Bộ Quốc phòng khai mạc triển lãm. Sáng 4/5, Thượng tướng Lê Văn A "
                                 "tiếp Đại sứ Pháp.",
                                 NULL, 0),
                      "2021-05-04");
  /* ... or, before the story tells one, the first it tells. */
  assert_string_equal(event_date("Chiều 8/10, Thượng tướng Lê Văn A tiếp Đại sứ Pháp. Hội chợ mở cửa từ ngày "
                                 "9/10/2022.",
                                 NULL, 0),
                      "2022-10-08");
  /* A date in parentheses, an anniversary's span and a numbered document's
   * date are not the story's day (the anniversary's end is its year). */
  assert_string_equal(event_date("Nhân kỷ niệm ngày thành lập (5/6/1950), chiều 8/10, Thượng tướng Lê Văn A tiếp "
                                 "Đại sứ Pháp.",
                                 NULL, 0),
                      "XXXX-10-08");
  assert_string_equal(event_date("Chiều 8/10, Thượng tướng Lê Văn A tiếp Đại sứ Pháp. Năm nay là 70 năm quan hệ "
                                 "1/2/1950 - 1/2/2020.",
                                 NULL, 0),
                      "2020-10-08");
  assert_string_equal(event_date("Theo Quyết định số 12/QĐ-BQP ngày 2-3-2015, chiều 8/10, Thượng tướng Lê Văn A "
                                 "tiếp Đại sứ Pháp.",
                                 NULL, 0),
                      "XXXX-10-08");
  /* With no full date, the year in the name of what the story is about... */
  assert_string_equal(event_date("Sáng 9/9, Đại tướng Lê Văn A tiếp Đại sứ Ấn Độ nhân dịp diễn tập VINBAX 2026.", NULL,
                                 0),
                      "2026-09-09");
  /* ... but not a year opening a sentence, nor another name's year, nor one
   * older than the story's latest. */
  assert_string_equal(event_date("Sáng 9/9, Đại tướng Lê Văn A tiếp Đại sứ Pháp. Năm 2015, hai nước ký Tuyên bố "
                                 "Tầm nhìn chung.",
                                 NULL, 0),
                      "XXXX-09-09");
  /* English opens it with "In" ("In 2015, ...", "Particularly in 2015, ..."). */
  assert_string_equal(event_date("General Le Van A received the French Ambassador on September 9. In 2015, the two "
                                 "countries signed a joint vision statement.",
                                 NULL, 0),
                      "XXXX-09-09");
  assert_string_equal(event_date("General Le Van A received the French Ambassador on September 9. Notably in 2015, the "
                                 "two countries signed a joint vision statement.",
                                 NULL, 0),
                      "XXXX-09-09");
  /* English names a document after the year it was signed ("the 2011 MoU"),
   * a plan after the year it runs in: the story's. */
  assert_string_equal(event_date("General Le Van A received the French Ambassador on September 9. The two sides "
                                 "reviewed the 2011 MoU on defence cooperation.",
                                 NULL, 0),
                      "XXXX-09-09");
  assert_string_equal(event_date("General Le Van A received the French Ambassador on September 9. The two sides "
                                 "agreed on the 2026 cooperation plan.",
                                 NULL, 0),
                      "2026-09-09");
  assert_string_equal(event_date("Sáng 9/9, Đại tướng Lê Văn A tiếp Đại sứ Pháp trước Tết Nguyên đán năm 2027.", NULL,
                                 0),
                      "XXXX-09-09");
  assert_string_equal(event_date("Sáng 9/9, Đại tướng Lê Văn A tiếp Đại sứ Pháp, nhắc lại Hội nghị ADMM 2010 và "
                                 "kế hoạch hợp tác năm 2026.",
                                 NULL, 0),
                      "XXXX-09-09");
  /* Last, the latest year the story names, when named as the story's own
   * ("dự Triển lãm ... 2024", an anniversary's span in brackets) ... */
  assert_string_equal(event_date("Sáng 17/12, Đại tướng Lê Văn A tiếp Bộ trưởng Quốc phòng Belarus sang dự Triển lãm "
                                 "Quốc phòng quốc tế Việt Nam 2024.",
                                 NULL, 0),
                      "2024-12-17");
  assert_string_equal(event_date("Ngày 10/8, Đoàn Quân khu 4 đã làm việc với Sư đoàn 4 Quân đội nhân dân Lào. Hai bên "
                                 "chuẩn bị kỷ niệm 55 năm quan hệ ngoại giao (5/9/1962 - 5/9/2017).",
                                 NULL, 0),
                      "2017-08-10");
  /* ... not where a period starts, a chair's term, history, a year aimed at
   * or a holiday's; and none when the latest year is one of those. */
  assert_string_equal(event_date("Ngày 3/5, Đoàn công tác đặc biệt đã hội đàm với phía Lào. Tính từ năm 2010 đến nay, "
                                 "hai bên đã hồi hương nhiều hài cốt.",
                                 NULL, 0),
                      "XXXX-05-03");
  assert_string_equal(event_date("Ngày 18/11, Đại tướng Lê Văn A hội đàm với Bộ trưởng Quốc phòng Thái Lan về vai trò "
                                 "chủ tịch ASEAN trong năm 2030.",
                                 NULL, 0),
                      "XXXX-11-18");
  assert_string_equal(event_date("Ngày 30/3, Bộ Quốc phòng tổ chức hội nghị giao nhiệm vụ cho lực lượng cứu hộ; đơn vị "
                                 "này từng tham gia cứu hộ tại Thổ Nhĩ Kỳ năm 2023.",
                                 NULL, 0),
                      "XXXX-03-30");
  assert_string_equal(event_date("Ngày 24/12, Đại tá Lê Văn B tiếp Tùy viên Quốc phòng Campuchia; hai bên bàn về dịp "
                                 "Tết Nguyên đán năm 2030 và Tầm nhìn đến năm 2035.",
                                 NULL, 0),
                      "XXXX-12-24");
  /* ... nor a year when something was founded or won, whose anniversary
   * the story's happening marks (a span's end still is the story's year). */
  assert_string_equal(event_date("Ngày 15/4, Đại tá Lê Văn B tiếp Tùy viên Quốc phòng Lào tại học viện được thành lập "
                                 "năm 1975.",
                                 NULL, 0),
                      "XXXX-04-15");
  assert_string_equal(event_date("Ngày 15/4, Đại tá Lê Văn B tiếp Tùy viên Quốc phòng Lào nhân kỷ niệm 60 năm ngày "
                                 "thành lập học viện (15/4/1970 - 15/4/2030).",
                                 NULL, 0),
                      "2030-04-15");
  assert_string_equal(event_date("Ngày 2/6, Đoàn Quân khu 9 thăm Sư đoàn 3 Quân đội Campuchia, đơn vị thành lập năm "
                                 "1979.",
                                 NULL, 0),
                      "XXXX-06-02");
  assert_string_equal(event_date("On March 4, Colonel Le Van B met the Lao attache at the academy, which was founded in "
                                 "1949.",
                                 NULL, 0),
                      "XXXX-03-04");
  /* ... nor a war's victory named by its year or its name ("chiến thắng năm
   * 1975", "Chiến thắng Điện Biên Phủ 1954"). */
  assert_string_equal(event_date("Chiều 25/4, Thượng tướng Lê Văn A tiếp Đại sứ Lào nhân dịp kỷ niệm 50 năm chiến thắng "
                                 "năm 1975.",
                                 NULL, 0),
                      "XXXX-04-25");
  assert_string_equal(event_date("Sáng 2/5, Thượng tướng Lê Văn A tiếp đoàn cựu chiến binh Lào sang dự lễ kỷ niệm Chiến "
                                 "thắng Điện Biên Phủ 1954.",
                                 NULL, 0),
                      "XXXX-05-02");
  /* ... nor the end of a period named after its span ("the 2030-2033 term"). */
  assert_string_equal(event_date("Deputy Defence Minister Senior Lieutenant General Le Van A hosted a reception in Hanoi on "
                                 "October 18 for the newly appointed Vietnamese defence attachés. He congratulated them "
                                 "on their appointment for the 2030-2033 term.",
                                 NULL, 0),
                      "XXXX-10-18");
  /* A review of a year is held at its end or early in the next. */
  assert_string_equal(event_date("Ngày 20-1, tại Hà Nội, Bộ Quốc phòng tổ chức Hội nghị tổng kết công tác đối ngoại "
                                 "quốc phòng năm 2030.",
                                 NULL, 0),
                      "2031-01-20");
  assert_string_equal(event_date("Ngày 27-12, tại Hà Nội, Bộ Quốc phòng tổ chức Hội nghị tổng kết công tác đối ngoại "
                                 "quốc phòng năm 2030.",
                                 NULL, 0),
                      "2030-12-27");
  /* A chair taken over for a year is handed over in the year before. */
  assert_string_equal(event_date("Ngày 20-11, tại Manila, Bộ Quốc phòng Việt Nam đã tiếp quản vai trò chủ tịch Hội "
                                 "nghị Bộ trưởng Quốc phòng ASEAN (ADMM) trong năm 2031 từ Philippines.",
                                 NULL, 0),
                      "2030-11-20");
  /* The year next to the story's date that brings the day nearest. */
  assert_string_equal(event_date("Ngày 12/4/2016, tàu Nhật Bản cập cảng Cam Ranh. Tháng 11 vừa qua, Đại tướng Lê Văn A "
                                 "đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản.",
                                 NULL, 1),
                      "2015-11");
  /* A numbered document's date is neither its meeting's nor the story's. */
  /* (the story tells of foreign work: a meeting at home on other work is no event) */
  assert_string_equal(event_date("Sáng 20/12, Bộ Quốc phòng tổ chức hội nghị tổng kết thực hiện Nghị quyết số "
                                 "12-NQ/QUTW ngày 5-1-2015. Các đại biểu đánh giá kết quả công tác đối ngoại quốc "
                                 "phòng.",
                                 NULL, 0),
                      "XXXX-12-20");
  /* The publication date, when known, decides. */
  assert_string_equal(event_date("Ngày 3/5/2021, Bộ Quốc phòng khai mạc triển lãm. Sáng 4/5, Thượng tướng Lê Văn A "
                                 "tiếp Đại sứ Pháp.",
                                 "2023-05-04", 0),
                      "2023-05-04");
}

static void test_same_day_in_english(void **state) {
  (void)state;
  const char *text = "Senior Lieutenant General Le Van A received the French Ambassador in Hanoi on May 4, 2021. "
                     "Later the same day, Le Van A held talks with the Lao Defence Minister.";
  assert_string_equal(event_date(text, NULL, 1), "2021-05-04");
  /* The day may be told by no event of the story: an inspection, a
   * statement; "the same day" is the last day told before it. */
  text = "The Deputy Minister praised the progress, he said during a site inspection on March 9, 2022. The works "
         "will finish next year. The same day, Senior Lieutenant General Le Van A received the French Ambassador.";
  assert_string_equal(event_date(text, NULL, 0), "2022-03-09");
  assert_string_equal(event_date("Sáng 9/3, Thượng tướng Lê Văn A kiểm tra công trình. Công trình sẽ xong vào năm "
                                 "sau. Cùng ngày, Thượng tướng Lê Văn A tiếp Đại sứ Pháp.",
                                 "2022-03-10", 0),
                      "2022-03-09");
}

static void test_iso_parsing(void **state) {
  (void)state;
  at_date d;
  assert_true(at_parse_iso_date("2019-11-06T09:53:12+00:00", 25, &d));
  assert_int_equal(d.year, 2019);
  assert_true(at_parse_iso_date("06/11/2019", 10, &d));
  assert_int_equal(d.month, 11);
  assert_false(at_parse_iso_date("2019-13-06", 10, &d));
  assert_false(at_parse_iso_date("hello", 5, &d));
  /* A day the calendar does not have is no date, in either form. */
  assert_false(at_parse_iso_date("2019-02-31", 10, &d));
  assert_false(at_parse_iso_date("2019-02-29", 10, &d));
  assert_true(at_parse_iso_date("2020-02-29", 10, &d));
  assert_false(at_parse_iso_date("31/04/2019", 10, &d));
  assert_true(at_parse_iso_date("30/04/2019", 10, &d));
}

static void test_calendar_days_only(void **state) {
  (void)state;
  assert_true(at_calendar_day(2020, 2, 29));
  assert_false(at_calendar_day(2019, 2, 29));
  assert_false(at_calendar_day(1900, 2, 29)); /* a century is not a leap year... */
  assert_true(at_calendar_day(2000, 2, 29));  /* ...unless it is a fourth one */
  assert_true(at_calendar_day(0, 2, 29));     /* year unknown: it may be a leap year */
  assert_false(at_calendar_day(0, 2, 30));
  assert_false(at_calendar_day(2019, 4, 31));
  assert_false(at_calendar_day(2019, 13, 1));
  assert_false(at_calendar_day(2019, 1, 0));
  /* Dates in text: "31/2" is not one, nor "February 30", nor 29/2 of 2019. */
  assert_string_equal(first_date("Ngày 31/2, hai bên gặp nhau.", NULL), "");
  assert_string_equal(first_date("Ngày 29/2/2019, hai bên gặp nhau.", NULL), "");
  assert_string_equal(first_date("Ngày 29/2/2020, hai bên gặp nhau.", NULL), "2020-02-29");
  assert_string_equal(first_date("Lễ ký ngày 29 tháng 2 năm 2019 tại Hà Nội.", NULL), "");
  assert_string_equal(first_date("The talks took place on February 30, 2019 in Hanoi.", NULL), "");
  /* "31 April 2019": no such day; "April 2019" is read on its own. */
  assert_string_equal(first_date("The ministers met on 31 April 2019.", NULL), "2019-04");
  assert_string_equal(first_date("The visit ran from February 27-30, 2019.", NULL), "");
  /* A 29 February resolved against a year without one keeps its year unknown. */
  assert_string_equal(first_date("Ngày 29/2, hai bên gặp nhau.", "2019-03-05"), "XXXX-02-29");
  assert_string_equal(first_date("Ngày 29/2, hai bên gặp nhau.", "2020-03-05"), "2020-02-29");
}

static void test_query_dates(void **state) {
  (void)state;
  assert_true(attache_query_date_valid("2019"));
  assert_true(attache_query_date_valid("2019-02"));
  assert_true(attache_query_date_valid("2019-02-28"));
  assert_true(attache_query_date_valid("2020-02-29"));
  assert_false(attache_query_date_valid("2019-02-31"));
  assert_false(attache_query_date_valid("2019-02-29"));
  assert_false(attache_query_date_valid("2019-13"));
  assert_false(attache_query_date_valid("2019-00"));
  assert_false(attache_query_date_valid("2019-1-01"));
  assert_false(attache_query_date_valid("yesterday"));
  assert_false(attache_query_date_valid(""));
}

/* A wire story's dateline (a place in capitals, a comma, the day it was
 * filed) is its publication date when the page gives none, and the date of
 * what its lead tells without a date of its own, with or without a year. */
static void test_datelines(void **state) {
  (void)state;
  assert_string_equal(event_date("Russian ships call at Cam Ranh\n\nVLADIVOSTOK, March 9. /TASS/. Two Russian Pacific "
                                 "Fleet destroyers arrived at Vietnam's Cam Ranh port on a business call, the fleet's "
                                 "press office said on Tuesday.",
                                 NULL, 0),
                      "XXXX-03-09");
  /* With the page's publication date, the dateline of a day before it still
   * dates the lead (of the year before for December's story read in
   * January); one of months before is no dateline of this page. */
  const char *wire = "Chilean ship calls at Cam Ranh\n\nSANTIAGO, December 30. /EFE/. A Chilean Navy frigate "
                     "arrived at Vietnam's Cam Ranh port on a friendly visit, the navy said.";
  assert_string_equal(event_date(wire, "2022-01-02", 0), "2021-12-30");
  assert_string_equal(event_date(wire, "2021-12-31", 0), "2021-12-30");
  assert_string_equal(event_date(wire, "2022-05-02", 0), "");
  /* With its year, a weekday later in the story is read against it. */
  const char *with_year = "Russian ships call at Cam Ranh\n\nVLADIVOSTOK, March 9, 2021. /TASS/. Two Russian Pacific "
                          "Fleet destroyers arrived at Vietnam's Cam Ranh port on a business call, the fleet's press "
                          "office said. They were welcomed on Monday by Vietnamese Navy officers at a ceremony at the "
                          "port.";
  assert_string_equal(event_date(with_year, NULL, 0), "2021-03-09");
  assert_string_equal(event_date(with_year, NULL, 1), "2021-03-08");
  /* An address giving the month only: the dateline gives the day, and a
   * weekday is read against it. */
  assert_string_equal(event_date_at("SANTIAGO, Dec 4 (Reuters) - Chile and Vietnam held defence talks on Thursday.",
                                    "https://example.com/world/2025/12/chile-vietnam-talks"),
                      "2025-12-04");
  /* A known place written in title case opens a dateline too. */
  assert_string_equal(event_date_at("Santiago, Dec 4 (VNA) - Chile and Vietnam held defence talks on Thursday.",
                                    "https://example.com/world/2025/12/chile-vietnam-talks"),
                      "2025-12-04");
  assert_string_equal(event_date("Bộ trưởng tiếp Đại sứ Chile\n\nHà Nội, 5/12 (TTXVN) - Đại tướng Phan Văn Giang, Bộ "
                                 "trưởng Bộ Quốc phòng đã tiếp Đại sứ Chile tại Việt Nam Rafael Gomez hôm thứ Năm.",
                                 NULL, 0),
                      "XXXX-12-05");
  /* A Vietnamese dateline: the day and month after the place. */
  assert_string_equal(event_date("Bộ trưởng tiếp Đại sứ Chile\n\nHÀ NỘI, 5/12 (TTXVN) - Đại tướng Phan Văn Giang, Bộ "
                                 "trưởng Bộ Quốc phòng đã tiếp Đại sứ Chile tại Việt Nam Rafael Gomez.",
                                 NULL, 0),
                      "XXXX-12-05");
  /* A page's publication date wins over the dateline; a sentence that opens
   * with a name in capitals and a number is no dateline. */
  assert_string_equal(event_date("Bộ trưởng tiếp Đại sứ Chile\n\nHÀ NỘI, 5/12 (TTXVN) - Đại tướng Phan Văn Giang, Bộ "
                                 "trưởng Bộ Quốc phòng đã tiếp Đại sứ Chile tại Việt Nam Rafael Gomez.",
                                 "2024-12-06", 0),
                      "2024-12-05");
  assert_string_equal(event_date("Chile and Vietnam hold talks\n\nVINASAT, 12 units strong, was shown to the Chilean "
                                 "defence delegation. Vietnamese Defence Minister Phan Van Giang held talks with his "
                                 "Chilean counterpart in Hanoi.",
                                 NULL, 0),
                      "");
}

/* The dates kept for sentence k (the tokenize stage's reading, reused) are
 * what a fresh reading of it finds; returns how many, in kept. */
static size_t kept_dates_as_read_afresh(attache_doc *doc, size_t k, at_date_span kept[8]) {
  at_date_span fresh[8];
  size_t nk = at_find_dates(doc, AT_SENT(doc, k), kept, 8);
  struct at_dates_read *memo = doc->dates_read;
  doc->dates_read = NULL;
  size_t nf = at_find_dates(doc, AT_SENT(doc, k), fresh, 8);
  doc->dates_read = memo;
  assert_int_equal(nk, nf);
  for (size_t i = 0; i < nk; i++) {
    assert_memory_equal(&kept[i].date, &fresh[i].date, sizeof(at_date));
    assert_memory_equal(&kept[i].end, &fresh[i].end, sizeof(at_date));
    assert_int_equal(kept[i].tok_start, fresh[i].tok_start);
    assert_int_equal(kept[i].tok_end, fresh[i].tok_end);
    assert_int_equal(kept[i].of_document, fresh[i].of_document);
    assert_int_equal(kept[i].relative, fresh[i].relative);
  }
  return nk;
}

/* A sentence's dates are kept once read (doc->dates_read), but only once
 * the dates stage is over: a dateline without its year becomes the
 * publication date at the stage's end, and "last June", read in the stage
 * (its sentence has a number), is read again against it. */
static void test_dates_kept_after_the_dateline(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Russian ships call at Cam Ranh\n\nVLADIVOSTOK, March 9. /TASS/. Two Russian destroyers "
                              "arrived at Cam Ranh on 7/3/2021. The 2 ships last called at a Vietnamese port last June.",
                              NULL);
  assert_true(doc->has_published);
  char published[11];
  at_format_date(doc->published, published);
  assert_string_equal(published, "2021-03-09");
  const at_sentence *last = AT_SENT(doc, doc->sentences.len - 1);
  at_date_span spans[8];
  size_t n = at_find_dates(doc, last, spans, 8);
  assert_int_equal(n, 1);
  char date[11];
  at_format_date(spans[0].date, date);
  assert_string_equal(date, "2020-06");
  /* Kept: what a fresh reading finds, for every sentence. */
  at_date_span kept[8];
  for (size_t k = 0; k < doc->sentences.len; k++) kept_dates_as_read_afresh(doc, k, kept);
  attache_doc_free(doc);
}

/* Without a publication date, a sentence before the story's first full
 * date is read in the dates stage against no year and again against that
 * date's, but only if its reading asked for it ("tháng 4 năm nay" asks the
 * year told; "sáng 5/4" does not, and is kept as read). */
static void test_dates_kept_when_the_year_told_comes_later(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Hai bộ trưởng gặp nhau\n\nSáng 5/4, đoàn đại biểu quân sự đến thủ đô nước bạn. Tháng 4 "
                              "năm nay, hai bên sẽ ký kế hoạch hợp tác. Ngày 6/4/2022, hai bộ trưởng hội đàm.",
                              NULL);
  assert_false(doc->has_published);
  bool year_this = false;
  for (size_t k = 0; k < doc->sentences.len; k++) {
    at_date_span kept[8];
    size_t nk = kept_dates_as_read_afresh(doc, k, kept);
    for (size_t i = 0; i < nk; i++) {
      year_this |= kept[i].relative && kept[i].date.year == 2022 && kept[i].date.month == 4 && !kept[i].date.day;
    }
  }
  assert_true(year_this); /* "Tháng 4 năm nay": April of the year told, read again */
  attache_doc_free(doc);
}

/* English names a happening with its year: the year dates it when nothing
 * else does; a span of years does not, nor a forum's year in an invitation. */
static void test_year_in_a_happenings_name(void **state) {
  (void)state;
  assert_string_equal(event_date("Vietnamese and Indian peacekeepers opened the Peacekeeping Field Exercise 2026 in "
                                 "Hanoi.",
                                 NULL, 0),
                      "2026");
  assert_string_equal(event_date("Vietnamese and Indian navies joined the Maritime Exercise 2025-2026 in Hanoi.", NULL, 0),
                      "");
  assert_string_equal(event_date("Defence Minister Phan Van Giang received an invitation to the Shangri-La Dialogue "
                                 "2026 from Singapore's minister.",
                                 NULL, 0),
                      "?");
}

/* A Vietnamese happening named by a noun or a mechanism, then a long name,
 * a theme or appositions between commas, then its verb of holding and the
 * day: the day is its date. */
static void test_day_after_the_verb_of_holding(void **state) {
  (void)state;
  assert_string_equal(event_date("Hội nghị Tư lệnh Hải quân các nước ASEAN lần thứ 9 (ANCM-9) với chủ đề \u201CHải quân "
                                 "các nước cùng nhau vì biển an toàn và thịnh vượng chung\u201D diễn ra ngày 14/5 theo "
                                 "hình thức trực tuyến.",
                                 "2026-05-20", 0),
                      "2026-05-14");
  assert_string_equal(event_date("Đối thoại Shangri-La, diễn đàn an ninh thường niên, tại Singapore, khai mạc sáng 29/5.",
                                 "2026-05-30", 0),
                      "2026-05-29");
  /* A year after the verb is no day of it ("được tổ chức lần đầu năm 2010"). */
  assert_string_equal(event_date("Đối thoại Shangri-La, diễn đàn an ninh thường niên tại Singapore, được tổ chức lần đầu "
                                 "vào năm 2002.",
                                 "2026-05-30", 0),
                      "");
}

/* A sentence opening with a happening as its setting ("Tại buổi hội đàm,
 * ...", "During the talks, ...", or "Dịp này, ...") when no such happening was told before: the
 * one day the story has told is its date; a story that told two days gives
 * none. */
static void test_setting_takes_the_one_day_told(void **state) {
  (void)state;
  const char *signed_vi = "Chiều 12/4, tại Hà Nội, Đại tướng Lê Văn A ký Bản ghi nhớ về hợp tác quốc phòng với Bộ "
                          "trưởng Quốc phòng Pháp Jean Dupont. Tại buổi hội đàm, hai bộ trưởng trao đổi về hợp tác "
                          "gìn giữ hòa bình.";
  assert_string_equal(event_date(signed_vi, "2026-04-13", 1), "2026-04-12");
  assert_string_equal(event_date("The two defence ministers signed a memorandum of understanding on defence cooperation "
                                 "in Hanoi on April 12. During the talks, Vietnamese Defence Minister General Le Van A "
                                 "and French Defence Minister Jean Dupont discussed peacekeeping.",
                                 "2026-04-13", 1),
                      "2026-04-12");
  char two_days[512];
  snprintf(two_days, sizeof two_days, "Sáng 10/4, tại Hà Nội, Thượng tướng Lê Văn B tiếp Đại sứ Pháp Jean Martin. %s",
           signed_vi);
  assert_string_equal(event_date(two_days, "2026-04-13", 2), "");
  /* "Dịp này, ..." opening a sentence: at the occasion just told, on its day. */
  const char *received = "Chiều 12/4, tại Hà Nội, Đại tướng Lê Văn A tiếp Bộ trưởng Quốc phòng Pháp Jean Dupont. ";
  const char *signed_mou = "ai bên ký Bản ghi nhớ về hợp tác gìn giữ hòa bình.";
  char occasion[512];
  snprintf(occasion, sizeof occasion, "%sDịp này, h%s", received, signed_mou);
  assert_string_equal(event_date(occasion, "2026-04-13", 1), "2026-04-12");
  snprintf(occasion, sizeof occasion, "%sH%s", received, signed_mou);
  assert_string_equal(event_date(occasion, "2026-04-13", 1), "");
  /* A story cut off right after "Dịp này" (nothing follows to be its comma):
   * the words are read to the story's end and no further. */
  snprintf(occasion, sizeof occasion, "%sDịp này", received);
  assert_string_equal(event_date(occasion, "2026-04-13", 0), "2026-04-12");
  assert_string_equal(event_date(occasion, "2026-04-13", 1), "?");
}

/* A stay told on the day it ended, with its length ("departed ... on
 * December 10, concluding a four-day visit", "wrapping up its three-day
 * visit", "kết thúc chuyến thăm 4
 * ngày", "kết thúc 10 ngày tham gia cứu trợ"), began that many days
 * before: its first day is its date, the day it ended its last. A stay
 * begun on the day told keeps that day. */
static void test_a_stay_told_by_its_end_and_length(void **state) {
  (void)state;
  assert_string_equal(event_date("The Australian frigate HMAS Perth departed Tien Sa Port on March 10, 2031, concluding "
                                 "a four-day visit to Da Nang.",
                                 NULL, 0),
                      "2031-03-07");
  /* "wrapping up", "winding up": other words of that closing */
  assert_string_equal(event_date("The Indonesian corvette KRI Bung Tomo left Tien Sa Port on March 10, 2031, wrapping "
                                 "up its four-day visit to Da Nang.",
                                 NULL, 0),
                      "2031-03-07");
  assert_string_equal(event_date("The Indonesian corvette KRI Bung Tomo left Tien Sa Port on March 10, 2031, winding up "
                                 "a three-day goodwill visit to Da Nang.",
                                 NULL, 0),
                      "2031-03-08");
  assert_string_equal(event_date("Ngày 2/3/2031, tàu khu trục HMAS Perth của Hải quân Australia rời cảng Tiên Sa, kết "
                                 "thúc chuyến thăm 4 ngày tới Đà Nẵng.",
                                 NULL, 0),
                      "2031-02-27");
  /* the stay named at length between the word of closing and its days */
  assert_string_equal(event_date("Ngày 2/3/2031, tàu khu trục HMAS Perth của Hải quân Australia rời cảng Tiên Sa, kết "
                                 "thúc chuyến thăm hữu nghị thành phố Đà Nẵng trong 4 ngày.",
                                 NULL, 0),
                      "2031-02-27");
  /* a mark ends the stay's naming: a count after it is not its length */
  assert_string_equal(event_date("Ngày 2/3/2031, tàu khu trục HMAS Perth của Hải quân Australia rời cảng Tiên Sa, kết "
                                 "thúc chuyến thăm hữu nghị, sau đó 4 ngày tàu đến Manila.",
                                 NULL, 0),
                      "2031-03-02");
  assert_string_equal(event_date("Ngày 2/3/2031, tàu khu trục HMAS Perth của Hải quân Australia cập cảng Tiên Sa, bắt "
                                 "đầu chuyến thăm 4 ngày tới Đà Nẵng.",
                                 NULL, 0),
                      "2031-03-02");
}

/* A year or a month opening the sentence ("Năm 2016, trong chuyến thăm
 * ...", "Tháng 9/2016, trong chuyến thăm ...") dates the visit named in
 * passing after it; a day there is what happened during the visit, not its
 * first day. */
static void test_a_year_before_a_visit_named_in_passing(void **state) {
  (void)state;
  assert_string_equal(event_date("Năm 2031, trong chuyến thăm chính thức Việt Nam của Tổng thống Chile, quan hệ hai nước "
                                 "được nâng cấp lên Đối tác chiến lược.",
                                 NULL, 0),
                      "2031");
  assert_string_equal(event_date("Tháng 9/2031, trong chuyến thăm chính thức Việt Nam của Tổng thống Chile, hai bên ký "
                                 "Hiệp định hợp tác quốc phòng.",
                                 NULL, 0),
                      "2031-09");
  assert_string_equal(event_date("Trong khuôn khổ chuyến thăm chính thức Chile, chiều 16/1, tại Santiago, Đại tướng Lê "
                                 "Văn A hội đàm với Bộ trưởng Quốc phòng Chile Carlos Ruiz.",
                                 NULL, 0),
                      "");
}

/* English: a happening said to come after another ("The visit came after
 * ... in May", "This return visit followed after ... on June 28 last
 * year") is not dated by the other one's date. */
static void test_what_a_happening_came_after_does_not_date_it(void **state) {
  (void)state;
  const char *call = "Two Australian warships have made their first port call at Cam Ranh Bay, the Australian navy "
                     "said in 2031. ";
  char text[512];
  snprintf(text, sizeof text, "%sThe visit came after the signing of a defence cooperation plan in May.", call);
  assert_string_equal(event_date(text, NULL, 0), "2031");
  snprintf(text, sizeof text, "%sThe visit was held in May.", call);
  assert_string_equal(event_date(text, NULL, 0), "2031-05");
}

/* A span told later in the sentence from the happening's first day ("trong
 * 4 ngày (từ 8/12 đến 11/12/2031)", "(December 8-11, 2031)") gives the year
 * written at its end to that first day too, not to the last alone. */
static void test_a_span_gives_its_year_to_its_first_day(void **state) {
  (void)state;
  assert_string_equal(event_date("Chiều 8/12, tàu khu trục HMAS Sydney của Hải quân Australia cập cảng Tiên Sa, bắt đầu "
                                 "chuyến thăm hữu nghị thành phố Đà Nẵng trong 4 ngày (từ 8/12 đến 11/12/2031).",
                                 NULL, 0),
                      "2031-12-08");
  assert_string_equal(event_date("The Australian destroyer HMAS Sydney docked at Tien Sa port on December 8, beginning "
                                 "a four-day friendship visit to Da Nang (December 8-11, 2031).",
                                 NULL, 0),
                      "2031-12-08");
  /* across the new year: the first day is in the year before */
  assert_string_equal(event_date("Chiều 30/12, tàu khu trục HMAS Sydney của Hải quân Australia cập cảng Tiên Sa, bắt đầu "
                                 "chuyến thăm hữu nghị thành phố Đà Nẵng (từ 30/12 đến 2/1/2032).",
                                 NULL, 0),
                      "2031-12-30");
}

/* English: a relative clause right after the happening named, whose verb
 * opens it ("the exercise which began on ...", "the exchange that opened in
 * ... on ..."), tells that happening's date, as "which was held on" does. */
static void test_a_happening_opened_in_its_relative_clause(void **state) {
  (void)state;
  assert_string_equal(event_date("Senior Lieutenant General Le Van B and Lao Deputy Minister Somphone Keo attended the "
                                 "third border friendship exchange which opened in Quang Tri province on October 7.",
                                 NULL, 0),
                      "XXXX-10-07");
  assert_string_equal(event_date("The Vietnam-India bilateral army exercise, which began on March 2, concluded with a "
                                 "ceremony in Hanoi.",
                                 NULL, 0),
                      "XXXX-03-02");
  assert_string_equal(event_date("Vietnamese and Indian troops took part in the bilateral army exercise which began in "
                                 "Hanoi on March 2.",
                                 NULL, 0),
                      "XXXX-03-02");
  /* The day it ended, told without its length, is not its date. */
  assert_string_equal(event_date("Vietnamese and Indian troops took part in the bilateral army exercise which ended in "
                                 "Hanoi on March 2.",
                                 NULL, 0),
                      "");
  /* A clause of its own after a comma keeps its date: "..., where the
   * delegation arrived on ..." is no opening of the exchange. */
  assert_string_equal(event_date("Senior Lieutenant General Le Van B attended the third border friendship exchange in "
                                 "Quang Tri province, where the Lao delegation arrived on October 6.",
                                 NULL, 0),
                      "");
}

/* What followed the happening just told, at the same occasion: a sentence
 * opening with "Sau đó," or "Tiếp đó," ("After that,"), or English "then"
 * before the verb ("The two sides then signed ..."), and a signing after
 * "Concluding the talks,": the one day the story has told is its date. A
 * sentence without such a word tells no day. */
static void test_what_followed_takes_the_one_day_told(void **state) {
  (void)state;
  const char *talks_vi = "Sáng 9/3, tại Hà Nội, Thượng tướng Lê Văn B hội đàm với Thứ trưởng Quốc phòng Ý Marco Rossi. ";
  char text[512];
  snprintf(text, sizeof text, "%sSau đó, hai Thứ trưởng ký Kế hoạch hợp tác quốc phòng năm 2027.", talks_vi);
  assert_string_equal(event_date(text, "2026-03-10", 1), "2026-03-09");
  snprintf(text, sizeof text, "%sTiếp đó, hai Thứ trưởng chứng kiến lễ ký Bản ghi nhớ về hợp tác quân y.", talks_vi);
  assert_string_equal(event_date(text, "2026-03-10", 1), "2026-03-09");
  snprintf(text, sizeof text, "%sHai Thứ trưởng ký Bản ghi nhớ về hợp tác quân y.", talks_vi);
  assert_string_equal(event_date(text, "2026-03-10", 1), "");
  const char *talks_en = "Deputy Defence Minister Senior Lieutenant General Le Van B held talks with Italian Deputy "
                         "Defence Minister Marco Rossi in Hanoi on March 9. ";
  snprintf(text, sizeof text, "%sThe two sides then signed a memorandum of understanding on military medicine.", talks_en);
  assert_string_equal(event_date(text, "2026-03-10", 1), "2026-03-09");
  snprintf(text, sizeof text, "%sConcluding the talks, the deputy ministers inked a cooperation plan.", talks_en);
  assert_string_equal(event_date(text, "2026-03-10", 1), "2026-03-09");
  snprintf(text, sizeof text, "%sThe two sides signed a memorandum of understanding on military medicine.", talks_en);
  assert_string_equal(event_date(text, "2026-03-10", 1), "");
}

/* Without a publication date or a full date, the last year of a period a
 * meeting reviews, or the year of the plan the story carries out, is the
 * story's year; a plan signed is not one carried out. */
static void test_year_of_a_period_reviewed_or_a_plan_carried_out(void **state) {
  (void)state;
  assert_string_equal(event_date("Chiều 11/9, tại Cần Thơ, Bộ Tư lệnh Quân khu 9 và Bộ Tư lệnh Quân khu 2 Quân đội "
                                 "Hoàng gia Campuchia tổ chức hội đàm đánh giá kết quả hợp tác năm 2023-2024 và ký kết "
                                 "biên bản ghi nhớ hợp tác năm 2024-2025.",
                                 NULL, 0),
                      "2024-09-11");
  assert_string_equal(event_date("Chiều 11/9, tại Cần Thơ, Bộ Tư lệnh Quân khu 9 và Bộ Tư lệnh Quân khu 2 Quân đội "
                                 "Hoàng gia Campuchia tổ chức hội đàm về hợp tác năm 2023-2024 và ký kết biên bản ghi "
                                 "nhớ hợp tác năm 2024-2025.",
                                 NULL, 0),
                      "XXXX-09-11");
  assert_string_equal(event_date("Vietnamese Deputy Defence Minister Senior Lieutenant General Le Van A attended the ASEAN "
                                 "Regional Forum Defence Officials' Dialogue, which was held via video conference on July "
                                 "21. The delegates reviewed the forum's activities during 2025-2026 and agreed on its "
                                 "work plan for 2026-2030.",
                                 NULL, 0),
                      "2026-07-21");
  assert_string_equal(event_date("Defence Minister General Le Van A held a video call on May 6 with his Lao counterpart. "
                                 "The two sides agreed to push ahead with the implementation of the signed cooperation "
                                 "plan for 2027.",
                                 NULL, 0),
                      "2027-05-06");
  assert_string_equal(event_date("Thực hiện Kế hoạch hợp tác quốc phòng năm 2027 giữa hai nước, chiều 5/12, tại Hà Nội, "
                                 "Thượng tướng Lê Văn A tiếp Tư lệnh Hải quân Lào.",
                                 NULL, 0),
                      "2027-12-05");
  assert_string_equal(event_date("Chiều 5/12, tại Hà Nội, Thượng tướng Lê Văn A tiếp Tư lệnh Hải quân Lào. Hai bên ký Kế "
                                 "hoạch hợp tác quốc phòng năm 2028.",
                                 NULL, 0),
                      "XXXX-12-05");
}

/* A period told from the start of a year up to now is running in the year
 * the story is told: "Từ đầu năm 2027 đến nay", "since the beginning of
 * 2027". Not a period from a year alone, which may have begun long before. */
static void test_year_running_since_its_start(void **state) {
  (void)state;
  static const char *const VI = "Sáng 18/11, tại Hà Nội, Thượng tướng Lê Văn A, Thứ trưởng Bộ Quốc phòng, tiếp Đại sứ "
                                "Campuchia tại Việt Nam. %s, hai bên đã phối hợp trao đổi thông tin thường xuyên.";
  char text[512];
  snprintf(text, sizeof text, VI, "Từ đầu năm 2027 đến nay");
  assert_string_equal(event_date(text, NULL, 0), "2027-11-18");
  snprintf(text, sizeof text, VI, "Từ năm 2010 đến nay");
  assert_string_equal(event_date(text, NULL, 0), "XXXX-11-18");
  assert_string_equal(event_date("On October 9, Deputy Defence Minister Senior Lieutenant General Le Van A received the "
                                 "Lao Ambassador in Hanoi. Since the beginning of 2027, the two sides have exchanged "
                                 "information regularly.",
                                 NULL, 0),
                      "2027-10-09");
}

/* An anniversary celebrated counts the years since a founding told in
 * data/date_words.tsv: the celebration's days are in that year. */
static void test_year_of_an_anniversary(void **state) {
  (void)state;
  assert_string_equal(event_date("Tối 15/12, tại Viêng Chăn, Đại sứ quán Việt Nam tại Lào tổ chức lễ kỷ niệm 90 năm Ngày "
                                 "thành lập Quân đội nhân dân Việt Nam. Dự lễ có Thượng tướng Lào Khăm Pheng.",
                                 NULL, 0),
                      "2034-12-15");
  assert_string_equal(event_date("Tối 14/12, tại Phnôm Pênh, Đại sứ quán Việt Nam tại Campuchia tổ chức lễ kỷ niệm 95 năm "
                                 "Ngày thành lập QĐND Việt Nam. Dự lễ có Đại tướng Campuchia Tea Seiha.",
                                 NULL, 0),
                      "2039-12-14");
  assert_string_equal(event_date("The Vietnamese Embassy in Egypt held a ceremony in Cairo on December 10 to mark the 85th "
                                 "anniversary of the founding of the Vietnam People's Army. The army won the victory of "
                                 "1975.",
                                 NULL, 0),
                      "2029-12-10");
  assert_string_equal(event_date("Sáng 3/3, tại Vientiane, Đại sứ quán Việt Nam tại Lào gặp mặt kỷ niệm 70 năm Ngày truyền "
                                 "thống Bộ đội Biên phòng. Dự có Thiếu tướng Lào Khăm Phăn.",
                                 NULL, 0),
                      "2029-03-03");
  assert_string_equal(event_date("Vietnam's defence attache held a reception in Vientiane on January 19 to mark the 80th "
                                 "founding anniversary of the Lao People's Army, attended by Lao generals.",
                                 NULL, 0),
                      "2029-01-19");
  /* A count of years that is no anniversary's counts nothing. */
  assert_string_equal(event_date("Tối 15/12, tại Viêng Chăn, Đại sứ quán Việt Nam tại Lào tổ chức gặp mặt 30 cựu chiến "
                                 "binh Quân đội nhân dân Việt Nam.",
                                 NULL, 0),
                      "XXXX-12-15");
}

/* An anniversary of diplomatic relations counts the years since Vietnam
 * established them with the state named beside them, or the story's one
 * other state (countries.tsv relations:YEAR). */
static void test_year_of_an_anniversary_of_relations(void **state) {
  (void)state;
  assert_string_equal(event_date("Sáng 9/3, tại Hà Nội, Thứ trưởng Bộ Quốc phòng Việt Nam tiếp Tùy viên Quốc phòng Nhật Bản "
                                 "nhân dịp kỷ niệm 55 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản.",
                                 NULL, 0),
                      "2028-03-09");
  assert_string_equal(event_date("A Royal Navy frigate arrived in Da Nang on April 3 for a four-day visit marking the 55th "
                                 "anniversary of the establishment of UK-Vietnam diplomatic relations.",
                                 NULL, 0),
                      "2028-04-03");
  /* "between the two countries": the one state the story names besides Vietnam */
  assert_string_equal(event_date("An Indian frigate docked at Cam Ranh on May 20, on the occasion of the 60th anniversary "
                                 "of diplomatic relations between the two countries.",
                                 NULL, 0),
                      "2032-05-20");
  assert_string_equal(event_date("Chiều 4/10, Tùy viên Quốc phòng Hà Lan chào xã giao Cục trưởng Cục Đối ngoại nhân dịp "
                                 "kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Hà Lan.",
                                 NULL, 0),
                      "2028-10-04");
  /* Two states and no word of whose relations: no year. */
  assert_string_equal(event_date("Sáng 20/5, tại Hà Nội, Thứ trưởng Bộ Quốc phòng tiếp Tùy viên Quốc phòng Lào và Tùy viên "
                                 "Quốc phòng Campuchia nhân dịp kỷ niệm 60 năm quan hệ ngoại giao.",
                                 NULL, 0),
                      "XXXX-05-20");
}

/* A weekday and date opening the page before its headline is the site's
 * clock (the day the page was read), not the story's publication; after
 * the headline it is the story's byline. */
static void test_site_clock_is_no_publication(void **state) {
  (void)state;
  assert_string_equal(event_date("Thứ năm, 06/05/2031\n\nĐối thoại chính sách quốc phòng Việt Nam - Singapore\n\nNgày "
                                 "8/1, tại Hà Nội, Thượng tướng Lê Văn A, Thứ trưởng Bộ Quốc phòng, tiếp Bí thư Thường "
                                 "trực Bộ Quốc phòng Singapore.",
                                 NULL, 0),
                      "XXXX-01-08");
  assert_string_equal(event_date("Đối thoại chính sách quốc phòng Việt Nam - Singapore\n\nThứ năm, 08/01/2031\n\nNgày "
                                 "8/1, tại Hà Nội, Thượng tướng Lê Văn A, Thứ trưởng Bộ Quốc phòng, tiếp Bí thư Thường "
                                 "trực Bộ Quốc phòng Singapore.",
                                 NULL, 0),
                      "2031-01-08");
}

/* Bylines in other shapes: the year first ("2031/10/17", as East Asian
 * sites write it), periods between ("17.10.2031"), an ordinal day ("17th
 * October, 2031"). */
static void test_byline_shapes(void **state) {
  (void)state;
  static const char *const BYLINES[] = {"Minh Anh 21:24, 2031/10/17", "17.10.2031 08:30",
                                        "Last Updated: 17th October, 2031 10:30 IST"};
  for (size_t i = 0; i < sizeof BYLINES / sizeof *BYLINES; i++) {
    char text[512];
    snprintf(text, sizeof text,
             "Vietnam and Laos boost defence ties\n%s\nDeputy Defence Minister Senior Lieutenant General Le Van A "
             "received the Lao Ambassador in Hanoi on October 16.",
             BYLINES[i]);
    json_t *r = test_extract(text, NULL);
    assert_string_equal(test_str(r, "published"), "2031-10-17");
    json_decref(r);
  }
}

static void test_day_lasted_to_is_not_the_first(void **state) {
  (void)state;
  /* "kéo dài đến [hết] ngày 14/3": the day a happening lasts to is not its
   * date, nor a second happening's. */
  json_t *r = test_extract("Sáng 11/3, tàu hộ vệ của Hải quân Chile cập cảng Tiên Sa, bắt đầu chuyến thăm hữu nghị "
                           "kéo dài đến hết ngày 14/3.",
                           "2026-03-11");
  json_t *evs = test_list(r, "events");
  assert_int_equal(json_array_size(evs), 1);
  assert_string_equal(test_str(json_array_get(evs, 0), "date"), "2026-03-11");
  json_decref(r);
  /* A range read whole keeps its first day. */
  assert_string_equal(event_date("Đoàn đại biểu Hải quân Chile thăm chính thức Việt Nam từ ngày 10 đến ngày 13/3.",
                                 "2026-03-11", 0),
                      "2026-03-10");
}

/* A weekday in brackets after a day, any case ("ngày 14 (thứ Năm)", "(chủ
 * nhật)", "(thứ 7)"): the range reads past it to its end, and the single
 * date takes it in, so it is not read again as a weekday of its own. */
static void test_weekday_in_brackets(void **state) {
  (void)state;
  assert_string_equal(first_date("Đoàn thăm Lào từ ngày 3 (thứ Hai) đến ngày 7/3.", "2025-03-10"),
                      "2025-03-03..2025-03-07");
  assert_string_equal(first_date("Hai hải quân luyện tập chung từ 20/9 (thứ bảy) đến 24/9.", "2025-09-30"),
                      "2025-09-20..2025-09-24");
  assert_string_equal(first_date("Đoàn thăm Lào từ ngày 30 tháng 8 (Thứ Bảy) đến ngày 2 tháng 9 năm 2025.", NULL),
                      "2025-08-30..2025-09-02");
  assert_string_equal(first_date("Từ 5 (thứ 4) đến 8/11, hai bên tập huấn.", "2025-11-20"),
                      "2025-11-05..2025-11-08");
  const char *single[] = {"Sáng 12/10 (chủ nhật), đoàn tàu cập cảng Cam Ranh.",
                          "Ngày 12 tháng 10 (Chủ Nhật), đoàn tàu cập cảng Cam Ranh."};
  for (size_t k = 0; k < 2; k++) {
    attache_doc *doc = test_doc(single[k], "2025-10-14");
    at_date_span spans[4];
    assert_int_equal(at_find_dates(doc, AT_SENT(doc, 0), spans, 4), 1);
    attache_doc_free(doc);
    assert_string_equal(first_date(single[k], "2025-10-14"), "2025-10-12");
  }
  /* "thứ hai" outside brackets is an ordinal ("lần thứ hai"), no weekday */
  assert_string_equal(first_date("Đoàn thăm Lào lần thứ hai từ ngày 3 đến 7/3.", "2025-03-10"),
                      "2025-03-03..2025-03-07");
}

/* A Vietnamese range whose last day is written out with "tháng" (and "năm"):
 * "từ ngày 21 đến ngày 23 tháng 8 năm 2018" spans both days, the month and year
 * told once at its end; a range across months writes both out. */
static void test_range_written_out(void **state) {
  (void)state;
  assert_string_equal(first_date("Đoàn thăm Campuchia từ ngày 4 đến ngày 7 tháng 9 năm 2020.", NULL),
                      "2020-09-04..2020-09-07");
  assert_string_equal(first_date("Đoàn thăm Campuchia từ ngày 4 đến 7 tháng 9.", "2020-09-10"),
                      "2020-09-04..2020-09-07");
  assert_string_equal(first_date("Đoàn thăm Campuchia từ ngày 29 tháng 9 đến ngày 2 tháng 10 năm 2020.", NULL),
                      "2020-09-29..2020-10-02");
  /* the first day of the range is the event's date */
  assert_string_equal(event_date("Thiếu tướng Phạm Văn C thăm chính thức Campuchia từ ngày 4 đến ngày 7 tháng 9 "
                                 "năm 2020.",
                                 NULL, 0),
                      "2020-09-04");
  /* no such day: no range, only the month is told */
  assert_string_equal(first_date("Đoàn thăm Campuchia từ ngày 27 đến ngày 30 tháng 2 năm 2020.", NULL), "2020-02");
}

/* The other ways a span of days is told, already read: both days with their
 * month ("từ ngày 4/9 đến ngày 7/9"), and in English the days before the
 * month without "from" ("on 4-7 September", "on September 4-7, 2020"). */
static void test_range_other_forms(void **state) {
  (void)state;
  assert_string_equal(first_date("Đoàn thăm Campuchia từ ngày 4/9 đến ngày 7/9.", "2020-09-10"),
                      "2020-09-04..2020-09-07");
  assert_string_equal(first_date("Đoàn thăm Campuchia từ 4-7/9/2020.", NULL), "2020-09-04..2020-09-07");
  assert_string_equal(first_date("The delegation visited Cambodia on 4-7 September.", "2020-09-10"),
                      "2020-09-04..2020-09-07");
  assert_string_equal(first_date("The delegation visited Cambodia on September 4-7, 2020.", NULL),
                      "2020-09-04..2020-09-07");
  assert_string_equal(first_date("The delegation visited Cambodia from September 4 to 7, 2020.", NULL),
                      "2020-09-04..2020-09-07");
}

/* The date and end of the event `i` of a text, "DATE..END" ("DATE.." without an end). */
static const char *event_span(const char *text, const char *published, size_t i) {
  static char buf[32];
  json_t *r = test_extract(text, published);
  json_t *ev = json_array_get(test_list(r, "events"), i);
  const char *d = ev ? test_str(ev, "date") : "?", *e = ev ? test_str(ev, "date_end") : NULL;
  snprintf(buf, sizeof buf, "%s..%s", d ? d : "", e ? e : "");
  json_decref(r);
  return buf;
}

/* English tells a stay's end after a word of lasting in the sentence of its
 * arrival ("for a visit that will last until Friday"): the arrival's day is
 * the first, the day after "until" the last, and the future is the stay's
 * length, not a plan. A weekday after the arrival's is the one after it. */
static void test_stay_told_to_last_until_a_day(void **state) {
  (void)state;
  assert_string_equal(event_span("Thai Defence Minister General Somchai Rattana arrived in Hanoi on Wednesday for an "
                                 "official visit that will last until Friday.",
                                 "2024-07-25", 0),
                      "2024-07-24..2024-07-26");
  assert_string_equal(event_span("The Royal Thai Navy frigate Krabi docked at Tien Sa port on July 24, beginning a friendly visit "
                                 "to Da Nang which will last until July 27.",
                                 "2024-07-25", 0),
                      "2024-07-24..2024-07-27");
  assert_string_equal(event_span("Thai Defence Minister General Somchai Rattana arrived in Hanoi on July 24 for an "
                                 "official visit lasting until July 26.",
                                 "2024-07-25", 0),
                      "2024-07-24..2024-07-26");
  /* the stay told first by its day alone, then again from that day with its
   * last: one stay, its span */
  assert_string_equal(event_span("A Thai navy frigate arrived at Cam Ranh port on Monday for a friendly visit. On "
                                 "Monday morning, the Royal Thai Navy frigate Krabi docked at Cam Ranh port for a visit "
                                 "that will last until July 26.",
                                 "2024-07-23", 0),
                      "2024-07-22..2024-07-26");
  assert_string_equal(event_span("Sáng 22/7, tại cảng Cam Ranh diễn ra lễ đón tàu hộ vệ Krabi của Hải quân Hoàng gia "
                                 "Thái Lan thăm hữu nghị Việt Nam. Trong thời gian ở Cam Ranh, từ 22/7 đến 26/7, "
                                 "thủy thủ đoàn sẽ giao lưu thể thao với Vùng 4 Hải quân.",
                                 "2024-07-23", 0),
                      "2024-07-22..2024-07-26");
  /* a number ending a code, glued to it by a dash, is no day of the month
   * told after it */
  assert_string_equal(event_span("Release NR-365-17 Oct. 24, 2017: Defense Secretary James Carter met with Defense "
                                 "Minister General Tran Van Binh in Clark.",
                                 NULL, 0),
                      "2017-10-24..");
  /* a visit still to come stays a plan */
  assert_string_equal(event_span("Thai Defence Minister General Somchai Rattana will arrive in Hanoi on July 29 for an "
                                 "official visit that will last until August 1.",
                                 "2024-07-25", 0),
                      "?..");
}

/* English tells a stay's length after the day it began ("docked on April
 * 11, beginning a five-day visit", "arrived Thursday for a three-day
 * visit", "as part of a four-day visit"): its last day is that many days on
 * from the first. A stay the sentence does not open ("who is on a two-day
 * visit", "after a three-day visit") is not dated so. */
static void test_stay_told_with_its_length_from_its_first_day(void **state) {
  (void)state;
  assert_string_equal(event_span("The Thai frigate Krabi docked at Tien Sa port in Da Nang on April 29, beginning a "
                                 "five-day visit to the city.",
                                 "2024-04-30", 0),
                      "2024-04-29..2024-05-03");
  /* 2018-09-28 was a Friday */
  assert_string_equal(event_span("The Thai frigate Krabi arrived at Saigon port Thursday for a three-day visit.",
                                 "2018-09-28", 0),
                      "2018-09-27..2018-09-29");
  assert_string_equal(event_span("The Thai frigate Krabi docked at Cam Ranh port on December 30 as part of a four-day "
                                 "visit.",
                                 NULL, 0),
                      "XXXX-12-30..XXXX-01-02");
  assert_string_equal(event_span("The Thai frigate Krabi docked at Cam Ranh port on May 6, after a three-day visit to "
                                 "Manila.",
                                 "2024-05-07", 0),
                      "2024-05-06..");
}

/* English tells a stay's length before the happening it names and its
 * first day after it ("began a three-day official visit to Vietnam on
 * February 26", "began an 11-day exercise ... on December 11", "who is on a
 * four-day visit to Vietnam from March 5"): its last day is that many days
 * on. A stay whose first day is not told so ("who is on a two-day visit"
 * beside the day of talks) gets no end. */
static void test_stay_told_with_its_length_before_its_first_day(void **state) {
  (void)state;
  assert_string_equal(event_span("Admiral Somchai Rattana, Commander of the Royal Thai Navy, began a four-day official "
                                 "visit to Vietnam on March 10.",
                                 "2024-03-11", 0),
                      "2024-03-10..2024-03-13");
  assert_string_equal(event_span("The Vietnamese and Thai armies began a 12-day joint exercise in Ha Noi on November 4.",
                                 "2024-11-05", 0),
                      "2024-11-04..2024-11-15");
  assert_string_equal(event_span("Thai Defence Minister Somchai Rattana is on a three-day official visit to Vietnam from "
                                 "June 29.",
                                 NULL, 0),
                      "XXXX-06-29..XXXX-07-01");
  assert_string_equal(event_date_of("General Tran Van Binh held talks with Thai Defence Minister Somchai Rattana, who is on "
                                    "a two-day visit to Vietnam, in Hanoi on June 29.",
                                    "visit"),
                      "");
  assert_string_equal(event_span("Admiral Somchai Rattana arrived in Hanoi after a three-day visit to Laos on March 10.",
                                 "2024-03-11", 0),
                      "2024-03-10..");
}

/* A stay dated by its first day whose end the story tells in a later
 * sentence that goes on about it: its length ("During the three-day trip",
 * "The seven-day trip aims to ...", "scheduled to stay for four days") or
 * the day its guests leave ("The frigate will leave Da Nang on July 27").
 * Not a leaving for somewhere else, nor a length told with a day of its
 * own, nor a stay told afterwards of someone else; "to begin" and
 * "started" open a stay told with its length as "beginning" does. */
static void test_stay_ended_in_a_later_sentence(void **state) {
  (void)state;
  assert_string_equal(event_span("The Royal Thai Navy frigate Krabi docked at Tien Sa port in Da Nang on July 24. The "
                                 "crew will play football with sailors of Naval Region 3. The frigate will leave Da Nang on "
                                 "July 27.",
                                 "2024-07-25", 0),
                      "2024-07-24..2024-07-27");
  assert_string_equal(event_span("The Royal Thai Navy frigate Krabi arrived at Cam Ranh port on Wednesday. It is expected to "
                                 "depart from Cam Ranh on Sunday.",
                                 "2024-07-25", 0),
                      "2024-07-24..2024-07-28");
  assert_string_equal(event_span("The Royal Thai Navy frigate Krabi docked at Tien Sa port in Da Nang on July 24. During "
                                 "the three-day trip, the crew will play football with sailors of Naval Region 3.",
                                 "2024-07-25", 0),
                      "2024-07-24..2024-07-26");
  assert_string_equal(event_span("Thai Defence Minister Somchai Rattana on March 3 began an official visit to Vietnam. The "
                                 "seven-day trip aims to deepen defence ties between the two countries.",
                                 "2024-03-03", 0),
                      "2024-03-03..2024-03-09");
  assert_string_equal(event_span("The Royal Thai Navy frigate Krabi arrived at Cam Ranh port on Thursday. The ship is "
                                 "scheduled to visit Vietnam for four days.",
                                 "2024-07-26", 0),
                      "2024-07-25..2024-07-28");
  assert_string_equal(event_span("On Monday morning, the Royal Thai Navy frigate Krabi docked at Tien Sa port to begin a "
                                 "4-day friendship visit to Da Nang.",
                                 "2024-07-23", 0),
                      "2024-07-22..2024-07-25");
  assert_string_equal(event_span("General Somchai Rattana, who started his three-day visit to Vietnam on Sunday, laid a "
                                 "wreath at the Ho Chi Minh Mausoleum.",
                                 "2024-07-23", 0),
                      "2024-07-21..2024-07-23");
  /* a leaving for another happening, a length told with its own day */
  assert_string_equal(event_span("The Royal Thai Navy frigate Krabi docked at Tien Sa port in Da Nang on July 24. The crew "
                                 "left Da Nang on July 26 for Manila.",
                                 "2024-07-25", 0),
                      "2024-07-24..");
  assert_string_equal(event_span("The Royal Thai Navy frigate Krabi docked at Tien Sa port in Da Nang on July 24. The "
                                 "crew recalled the three-day visit of 2019 in July.",
                                 "2024-07-25", 0),
                      "2024-07-24..");
  /* the stay's end told as its lasting, and in Vietnamese as the day the
   * guests leave (a time of day may stand before it) */
  assert_string_equal(event_span("The Royal Thai Navy frigate Krabi docked at Tien Sa port in Da Nang on July 24. The "
                                 "frigate's call will last until July 27.",
                                 "2024-07-25", 0),
                      "2024-07-24..2024-07-27");
  assert_string_equal(event_span("Ngày 24/7, tàu hộ vệ Krabi của Hải quân Hoàng gia Thái Lan đã cập cảng Tiên Sa, thăm hữu "
                                 "nghị thành phố Đà Nẵng. Dự kiến, tàu sẽ rời cảng Tiên Sa vào 9h ngày 27/7.",
                                 "2024-07-25", 0),
                      "2024-07-24..2024-07-27");
  assert_string_equal(event_span("Ngày 24/7, tàu hộ vệ Krabi của Hải quân Hoàng gia Thái Lan đã cập cảng Tiên Sa, thăm hữu "
                                 "nghị thành phố Đà Nẵng. Chuyến thăm của tàu sẽ kết thúc vào ngày 27/7.",
                                 "2024-07-25", 0),
                      "2024-07-24..2024-07-27");
  /* of no known year (no date of publication, none told), as well */
  assert_string_equal(event_span("Ngày 24/7, tàu hộ vệ Krabi của Hải quân Hoàng gia Thái Lan đã cập cảng Tiên Sa, thăm hữu "
                                 "nghị thành phố Đà Nẵng. Chuyến thăm của tàu sẽ kết thúc vào ngày 27/7.",
                                 NULL, 0),
                      "XXXX-07-24..XXXX-07-27");
  /* the stay's days told again from its first ("sẽ thăm ... từ 24-27/7"),
   * planned or not, with or without a year: its whole length */
  assert_string_equal(event_span("Ngày 24/7, tàu hộ vệ Krabi của Hải quân Hoàng gia Thái Lan đã cập cảng Tiên Sa. Tàu do "
                                 "Đại tá Somchai Rattana làm thuyền trưởng sẽ thăm hữu nghị Đà Nẵng từ 24-27/7.",
                                 NULL, 0),
                      "XXXX-07-24..XXXX-07-27");
  assert_string_equal(event_span("Ngày 24/7, tàu hộ vệ Krabi của Hải quân Hoàng gia Thái Lan đã cập cảng Tiên Sa. Trong "
                                 "thời gian thăm từ ngày 24 đến ngày 27/7, thủy thủ đoàn sẽ chào xã giao lãnh đạo thành "
                                 "phố.",
                                 "2024-07-24", 0),
                      "2024-07-24..2024-07-27");
  /* its length told again after it, in Vietnamese: a sentence opening
   * "Trong [thời gian] N ngày", or "trong N ngày" / "kéo dài N ngày" after
   * the stay's own cue */
  assert_string_equal(event_span("Ngày 24/7, tàu hộ vệ Krabi của Hải quân Hoàng gia Thái Lan đã cập cảng Tiên Sa. Trong thời "
                                 "gian 4 ngày, thủy thủ đoàn sẽ chào xã giao lãnh đạo thành phố.",
                                 NULL, 0),
                      "XXXX-07-24..XXXX-07-27");
  assert_string_equal(event_span("Ngày 24/7, tàu hộ vệ Krabi của Hải quân Hoàng gia Thái Lan đã cập cảng Tiên Sa. Trong 4 "
                                 "ngày lưu lại Đà Nẵng, thủy thủ đoàn sẽ giao lưu thể thao với Vùng 3 Hải quân.",
                                 "2024-07-24", 0),
                      "2024-07-24..2024-07-27");
  assert_string_equal(event_span("Ngày 24/7, tàu hộ vệ Krabi của Hải quân Hoàng gia Thái Lan đã cập cảng Tiên Sa. Chuyến thăm "
                                 "của tàu kéo dài bốn ngày.",
                                 NULL, 0),
                      "XXXX-07-24..XXXX-07-27");
  /* a length of something else told inside the sentence is not the stay's */
  assert_string_equal(event_span("Ngày 24/7, tàu hộ vệ Krabi của Hải quân Hoàng gia Thái Lan đã cập cảng Tiên Sa. Thủy thủ "
                                 "đoàn sẽ luyện tập chung với Vùng 3 Hải quân trong 2 ngày.",
                                 NULL, 0),
                      "XXXX-07-24..");
  /* days that open on another day are not the stay's */
  assert_string_equal(event_span("Ngày 24/7, tàu hộ vệ Krabi của Hải quân Hoàng gia Thái Lan đã cập cảng Tiên Sa. Từ 25-26/7, "
                                 "thủy thủ đoàn sẽ luyện tập chung với Hải quân Việt Nam.",
                                 NULL, 0),
                      "XXXX-07-24..");
}

/* A forum dated to its opening day whose close the story tells in a later
 * sentence ("The meeting concluded on ...", "Hội nghị kéo dài đến ngày
 * ...", "... kết thúc vào ngày ...") ends that day; a delegation's leaving
 * is no end of the forum. */
static void test_forum_end_told_later(void **state) {
  (void)state;
  assert_string_equal(event_span("On April 12, the ADMM Retreat opened in Vientiane, Laos, with the "
                                 "attendance of General Tran Van Minh, Vietnam's Minister of National Defence. The "
                                 "meeting concluded on April 14.",
                                 "2024-04-12", 0),
                      "2024-04-12..2024-04-14");
  assert_string_equal(event_span("Sáng 16/9, tại Hà Nội, Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 24 đã khai mạc "
                                 "với sự tham dự của Thượng tướng Trần Văn Minh, Thứ trưởng Bộ Quốc phòng. Hội nghị kéo "
                                 "dài đến ngày 18/9.",
                                 "2024-09-16", 0),
                      "2024-09-16..2024-09-18");
  assert_string_equal(event_span("Ngày 12/4, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN hẹp (ADMM Retreat) đã khai mạc "
                                 "tại Viêng Chăn, Lào, với sự tham dự của Đại tướng Trần Văn Minh, Bộ trưởng Bộ Quốc "
                                 "phòng. Hội nghị sẽ kết thúc vào ngày 15/4.",
                                 "2024-04-12", 0),
                      "2024-04-12..2024-04-15");
  assert_string_equal(event_span("On April 12, the ADMM Retreat opened in Vientiane, Laos, with the "
                                 "attendance of General Tran Van Minh, Vietnam's Minister of National Defence. The "
                                 "Vietnamese delegation will leave Vientiane on April 13.",
                                 "2024-04-12", 0),
                      "2024-04-12..");
}

/* "Earlier the same day" tells a day: that of the last happening told
 * with one, not of a happening recalled by its year alone in between. */
static void test_the_same_day_is_a_day(void **state) {
  (void)state;
  assert_string_equal(event_date_of("Vietnam and Thailand held their fifth defence policy dialogue in Hanoi on March 1, "
                                    "2024. The two sides reviewed their cooperation since the fourth dialogue in 2021. "
                                    "Earlier the same day, Defence Minister Tran Van Binh received the Thai delegation.",
                                    "reception"),
                      "2024-03-01");
}

/* Without a publication date, the last year of a document's period ("the
 * 2025-2027 defence cooperation plan") is not the year the story tells its
 * days in: it runs ahead of it, as a term of office does. */
static void test_the_last_year_of_a_period_is_not_the_story_year(void **state) {
  (void)state;
  assert_string_equal(event_date_of("General Tran Van Binh and Admiral Somchai Rattana co-chaired the 5th Vietnam - Thailand "
                                    "defence policy dialogue in Hanoi on August 12. General Binh proposed effectively "
                                    "implementing the newly signed 2025-2027 defence cooperation plan.",
                                    "dialogue"),
                      "XXXX-08-12");
}

/* A happening dated first by its month alone, by a relative week or month
 * ("this week", "Earlier this month"), then told again with its day in that
 * month: the day, and the span, are its date. Told again in another month,
 * it is not refined. */
static void test_month_told_first_then_the_day(void **state) {
  (void)state;
  /* 2016-10-05 was a Wednesday: "on Sunday" is 2016-10-02 */
  assert_string_equal(event_span("Two Japanese destroyers this week docked at Cam Ranh port for a friendly visit. The "
                                 "destroyer JS Ise arrived at Cam Ranh on Sunday, the Japanese embassy said.",
                                 "2016-10-05", 0),
                      "2016-10-02..");
  assert_string_equal(event_span("Earlier this month, the Vietnamese and Thai navies held the 60th joint patrol. The 60th "
                                 "joint patrol between the Vietnam People's Navy and the Royal Thai Navy took place on "
                                 "March 12 and 13.",
                                 "2020-03-20", 0),
                      "2020-03-12..2020-03-13");
  /* a day told first stays the date */
  assert_string_equal(event_span("The Vietnamese and Thai navies held the 60th joint patrol on March 11. The 60th joint "
                                 "patrol between the Vietnam People's Navy and the Royal Thai Navy took place in March.",
                                 "2020-03-20", 0),
                      "2020-03-11..");
}

/* A delegation setting out, or a ship arriving, on a day told first, then
 * the span of its visit from that day: the day is the date, the span's last
 * day the end. A reception held during the span is one sitting. Setting out
 * ("lên đường", "left for") dates the visit or forum it sets out for. */
static void test_span_told_after_the_day(void **state) {
  (void)state;
  assert_string_equal(event_span("Sáng 4/9, Đại tướng Hoàng Văn D, Bộ trưởng Bộ Quốc phòng, rời Hà Nội lên đường "
                                 "thăm chính thức Campuchia từ ngày 4 đến 7/9.",
                                 "2020-09-08", 0),
                      "2020-09-04..2020-09-07");
  assert_string_equal(event_span("Ngày 4/9, tàu hộ vệ HQ-099 của Hải quân Việt Nam cập cảng Sihanoukville, bắt đầu "
                                 "chuyến thăm hữu nghị Campuchia từ ngày 4 đến ngày 7/9.",
                                 "2020-09-08", 0),
                      "2020-09-04..2020-09-07");
  /* a send-off at home that sends the ship out on its trip starts it, ends no stay */
  assert_string_equal(event_span("Chiều 4/9, Vùng 4 Hải quân tổ chức lễ tiễn tàu HQ-099 lên đường thăm hữu nghị "
                                 "Campuchia.",
                                 "2020-09-08", 0),
                      "2020-09-04..");
  assert_string_equal(event_span("Chiều 4/9, tại Hà Nội, Thượng tướng Hoàng Văn D tiếp Đoàn sĩ quan trẻ Campuchia "
                                 "sang dự chương trình giao lưu trong hai ngày 4 - 5/9.",
                                 "2020-09-08", 0),
                      "2020-09-04..");
  /* setting out the day before: the visit is its own span */
  assert_string_equal(event_span("Sáng 3/9, Đại tướng Hoàng Văn D, Bộ trưởng Bộ Quốc phòng, rời Hà Nội lên đường "
                                 "thăm chính thức Campuchia từ ngày 4 đến 7/9.",
                                 "2020-09-08", 0),
                      "2020-09-04..2020-09-07");
  assert_string_equal(event_date("Sáng 4/9, Đại tướng Hoàng Văn D, Bộ trưởng Bộ Quốc phòng, lên đường sang Lào tham "
                                 "dự Hội nghị Bộ trưởng Quốc phòng ASEAN.",
                                 "2020-09-08", 0),
                      "2020-09-04");
  assert_string_equal(event_date("General Hoang Van D, Vietnam's Minister of National Defence, left for Vientiane on "
                                 "September 4 to attend the ASEAN Defence Ministers' Meeting.",
                                 "2020-09-08", 0),
                      "2020-09-04");
  assert_string_equal(event_span("General Hoang Van D, Vietnam's Minister of National Defence, departed for Cambodia "
                                 "on September 4 for an official visit from September 4 to 7.",
                                 "2020-09-08", 0),
                      "2020-09-04..2020-09-07");
}

/* A sentence with a number among its tokens is marked so (AT_SENT_NUMBER):
 * the readings of a story's date and year pass over those without one, as
 * a date or a year is written with a number. "80th" is a word, no number. */
static void test_sentences_with_numbers_are_marked(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Hai bên trao đổi ý kiến. Đoàn đến Hà Nội ngày 12/5. The 80th anniversary was marked.", NULL);
  assert_int_equal(doc->sentences.len, 3);
  assert_false(AT_SENT(doc, 0)->flags & AT_SENT_NUMBER);
  assert_true(AT_SENT(doc, 1)->flags & AT_SENT_NUMBER);
  assert_false(AT_SENT(doc, 2)->flags & AT_SENT_NUMBER);
  attache_doc_free(doc);
}

/* A Vietnamese closing told with its length ("bế mạc sau hai ngày làm
 * việc", "kết thúc chiều 5/6, sau 3 ngày"): the day told is its last, the
 * first that many days before; told without its length, the day told is
 * its date as before. */
static void test_a_closing_told_with_its_length(void **state) {
  (void)state;
  assert_string_equal(event_span("Chiều 12/6, tại Hà Nội, Hội thảo quốc tế về gìn giữ hòa bình Liên hợp quốc do Bộ Quốc "
                                 "phòng Việt Nam và Bộ Quốc phòng Ấn Độ đồng chủ trì đã bế mạc sau hai ngày làm việc.",
                                 "2026-06-13", 0),
                      "2026-06-11..2026-06-12");
  assert_string_equal(event_span("Diễn tập chung giữa Hải quân Việt Nam và Hải quân Ấn Độ đã kết thúc chiều 1/3, sau 3 ngày "
                                 "trên biển.",
                                 "2026-03-02", 0),
                      "2026-02-27..2026-03-01");
  assert_string_equal(event_span("Chiều 12/6, tại Hà Nội, Hội thảo quốc tế về gìn giữ hòa bình Liên hợp quốc do Bộ Quốc "
                                 "phòng Việt Nam và Bộ Quốc phòng Ấn Độ đồng chủ trì đã bế mạc.",
                                 "2026-06-13", 0),
                      "2026-06-12..");
  /* English, the same: "closed ... on June 4 after three days" */
  assert_string_equal(event_span("The 23rd Shangri-La Dialogue closed in Singapore on June 4 after three days, with Vietnam's "
                                 "defence minister attending.",
                                 "2026-06-05", 0),
                      "2026-06-02..2026-06-04");
}

/* Vietnamese tells a stay's length after a word of starting in the sentence
 * of its first day ("bắt đầu chuyến thăm ... trong 5 ngày"): the stay ends
 * N-1 days after that day. Without the word of starting ("trong chuyến thăm
 * 3 ngày"), the day told is one day of a stay begun on another. */
static void test_a_stay_begun_with_its_length(void **state) {
  (void)state;
  assert_string_equal(event_span("Sáng 20/4, tàu hộ vệ Hải quân Hoàng gia Thái Lan đã cập cảng Quy Nhơn, bắt đầu chuyến "
                                 "thăm hữu nghị tỉnh Bình Định trong 5 ngày.",
                                 "2026-04-20", 0),
                      "2026-04-20..2026-04-24");
  assert_string_equal(event_span("Ngày 30/6, tàu huấn luyện của Hải quân Indonesia cập cảng Sài Gòn, bắt đầu chuyến thăm "
                                 "hữu nghị bốn ngày tới TP.HCM.",
                                 "2026-07-01", 0),
                      "2026-06-30..2026-07-03");
  assert_string_equal(event_span("Chiều 3-8, tàu tuần tra của Cảnh sát biển Ấn Độ cập cảng Tiên Sa, bắt đầu chuyến thăm "
                                 "TP.Đà Nẵng trong thời gian 3 ngày.",
                                 "2026-08-04", 0),
                      "2026-08-03..2026-08-05");
  /* no word of starting: the length belongs to a stay begun on another day */
  assert_string_equal(event_span("Ngày 21/4, trong chuyến thăm 3 ngày tới Lào, Đại tướng Nguyễn Văn An đã thăm Học viện "
                                 "Quốc phòng Lào.",
                                 "2026-04-22", 0),
                      "2026-04-21..");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_day_month_forms),
      cmocka_unit_test(test_cues_survive_the_skip),
      cmocka_unit_test(test_ranges),
      cmocka_unit_test(test_weekday_in_brackets),
      cmocka_unit_test(test_full_and_month_dates),
      cmocka_unit_test(test_relative_words_need_publication),
      cmocka_unit_test(test_english_forms),
      cmocka_unit_test(test_english_relative_days),
      cmocka_unit_test(test_relative_day_told_with_its_date),
      cmocka_unit_test(test_english_ranges),
      cmocka_unit_test(test_month_told_first_then_the_day),
      cmocka_unit_test(test_stay_told_with_its_length_from_its_first_day),
      cmocka_unit_test(test_stay_told_with_its_length_before_its_first_day),
      cmocka_unit_test(test_stay_ended_in_a_later_sentence),
      cmocka_unit_test(test_forum_end_told_later),
      cmocka_unit_test(test_the_same_day_is_a_day),
      cmocka_unit_test(test_the_last_year_of_a_period_is_not_the_story_year),
      cmocka_unit_test(test_relative_months_and_weeks),
      cmocka_unit_test(test_year_not_guessed_and_rolled_back),
      cmocka_unit_test(test_this_year_is_the_story_year),
      cmocka_unit_test(test_copyright_year_is_not_the_story_year),
      cmocka_unit_test(test_setting_named_within_a_sentence),
      cmocka_unit_test(test_named_year_beside_a_span),
      cmocka_unit_test(test_year_in_an_exercise_name),
      cmocka_unit_test(test_undated_happening_not_dated_by_history),
      cmocka_unit_test(test_english_place_and_day_closing_the_sentence),
      cmocka_unit_test(test_year_told_by_the_story),
      cmocka_unit_test(test_year_of_the_address),
      cmocka_unit_test(test_a_year_alone_in_vietnamese),
      cmocka_unit_test(test_same_day_in_english),
      cmocka_unit_test(test_datelines),
      cmocka_unit_test(test_dates_kept_after_the_dateline),
      cmocka_unit_test(test_dates_kept_when_the_year_told_comes_later),
      cmocka_unit_test(test_year_in_a_happenings_name),
      cmocka_unit_test(test_relative_day_in_a_year_of_publication),
      cmocka_unit_test(test_day_after_the_verb_of_holding),
      cmocka_unit_test(test_setting_takes_the_one_day_told),
      cmocka_unit_test(test_what_followed_takes_the_one_day_told),
      cmocka_unit_test(test_a_happening_opened_in_its_relative_clause),
      cmocka_unit_test(test_a_span_gives_its_year_to_its_first_day),
      cmocka_unit_test(test_what_a_happening_came_after_does_not_date_it),
      cmocka_unit_test(test_a_year_before_a_visit_named_in_passing),
      cmocka_unit_test(test_a_stay_told_by_its_end_and_length),
      cmocka_unit_test(test_year_of_a_period_reviewed_or_a_plan_carried_out),
      cmocka_unit_test(test_year_running_since_its_start),
      cmocka_unit_test(test_year_of_an_anniversary),
      cmocka_unit_test(test_year_of_an_anniversary_of_relations),
      cmocka_unit_test(test_site_clock_is_no_publication),
      cmocka_unit_test(test_byline_shapes),
      cmocka_unit_test(test_iso_parsing),
      cmocka_unit_test(test_calendar_days_only),
      cmocka_unit_test(test_query_dates),
      cmocka_unit_test(test_day_lasted_to_is_not_the_first),
      cmocka_unit_test(test_range_written_out),
      cmocka_unit_test(test_range_other_forms),
      cmocka_unit_test(test_span_told_after_the_day),
      cmocka_unit_test(test_a_closing_told_with_its_length),
      cmocka_unit_test(test_a_stay_begun_with_its_length),
      cmocka_unit_test(test_stay_told_to_last_until_a_day),
      cmocka_unit_test(test_sentences_with_numbers_are_marked),
      cmocka_unit_test(test_the_date_a_document_was_signed_dates_no_happening),
      cmocka_unit_test(test_an_anniversary_or_a_term_dates_no_happening),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
