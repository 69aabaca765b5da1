/* SPDX-License-Identifier: MIT */
/* test_segment.c - site chrome removal and sentence splitting. */
#include "support.h"

/* The sentences of `text`, joined by " | ". */
static const char *sentences(attache_doc *doc) {
  static char buf[4096];
  size_t n = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < doc->sentences.len; i++) {
    const at_sentence *s = AT_SENT(doc, i);
    if (s->flags & AT_SENT_TITLE) continue; /* the headline: see test_headline_is_title_not_sentence */
    n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%.*s", n ? " | " : "", (int)(s->end - s->start),
                          doc->text + s->start);
  }
  return buf;
}

static void check(const char *text, const char *want) {
  attache_doc *doc = test_doc(text, NULL);
  assert_string_equal(sentences(doc), want);
  attache_doc_free(doc);
}

/* The title read from `text` (NULL: none). */
static void check_title(const char *text, const char *want) {
  attache_doc *doc = test_doc(text, NULL);
  if (want) assert_string_equal(doc->title, want);
  else assert_null(doc->title);
  attache_doc_free(doc);
}

static void test_abbreviations_do_not_end_sentences(void **state) {
  (void)state;
  check("Đoàn đến TP. Hồ Chí Minh. PGS.TS. Lê Văn A phát biểu. Th.S Trần B dự.",
        "Đoàn đến TP. Hồ Chí Minh. | PGS.TS. Lê Văn A phát biểu. | Th.S Trần B dự.");
  /* A hyphenated rank ends in an abbreviation of data/abbreviations.tsv. */
  check("The talks were led by Lt.-Gen. Vo Van Long. Vice-Adm. Pablo Reyes spoke.",
        "The talks were led by Lt.-Gen. Vo Van Long. | Vice-Adm. Pablo Reyes spoke.");
  /* An Indonesian state ship's prefix, written with a period in Vietnamese. */
  check("Tàu KN. Bintang Laut 401 ghé cảng Đà Nẵng. Thủy thủ đoàn giao lưu.",
        "Tàu KN. Bintang Laut 401 ghé cảng Đà Nẵng. | Thủy thủ đoàn giao lưu.");
}

/* English writes initials, ranks, honorifics and some names of states with
 * periods that end no sentence: "V.B. Smirnov", "H.E. General", "Lt. Gen.",
 * "the U.S. Navy", "9 a.m. local time". A sentence still ends after an
 * abbreviation that may close one ("U.S.", "a.m.", an initial) when a word
 * that opens sentences follows ("The", "He", "During"). */
static void test_english_abbreviations_and_initials(void **state) {
  (void)state;
  check("Admiral K.L. Brandt of the Northland Navy arrived. He met the host.",
        "Admiral K.L. Brandt of the Northland Navy arrived. | He met the host.");
  check("H.E. General Ivo Marsh received Lt. Gen. Tran Van B and Rear Adm. Oskar Lind. Talks followed.",
        "H.E. General Ivo Marsh received Lt. Gen. Tran Van B and Rear Adm. Oskar Lind. | Talks followed.");
  check("Maj. Gen. Ana Ruiz, Brig. Gen. Tom Hale and Cmdr. Li Wei met Sr. Col. Pham Van C. They spoke.",
        "Maj. Gen. Ana Ruiz, Brig. Gen. Tom Hale and Cmdr. Li Wei met Sr. Col. Pham Van C. | They spoke.");
  check("The U.S. Navy ship docked at 9 a.m. Monday. Its crew came ashore.",
        "The U.S. Navy ship docked at 9 a.m. Monday. | Its crew came ashore.");
  check("The frigate left for the U.S. The ministers then met in the U.K. During the talks both spoke.",
        "The frigate left for the U.S. | The ministers then met in the U.K. | During the talks both spoke.");
  check("The talks ended at 5 p.m. The two sides signed a memorandum on Dec. 3 at No. 1 Hall.",
        "The talks ended at 5 p.m. | The two sides signed a memorandum on Dec. 3 at No. 1 Hall.");
  check("Ms. Hana Ito, Dr. Le Thi D and Prof. Nguyen T. Hoa spoke. Mr. Ito thanked them.",
        "Ms. Hana Ito, Dr. Le Thi D and Prof. Nguyen T. Hoa spoke. | Mr. Ito thanked them.");
  /* A Vietnamese given name written without its marks is no opener. */
  check("Sr. Col. Tran V. Hai and Maj. Le T. An spoke.", "Sr. Col. Tran V. Hai and Maj. Le T. An spoke.");
}

/* Vietnamese writes degrees, ranks and places short with a period too. */
static void test_vietnamese_abbreviations(void **state) {
  (void)state;
  check("Đoàn do Thiếu tướng Nguyễn V. Bình dẫn đầu. TS. Lê C phát biểu tại Q. Ba Đình, TP. Huế.",
        "Đoàn do Thiếu tướng Nguyễn V. Bình dẫn đầu. | TS. Lê C phát biểu tại Q. Ba Đình, TP. Huế.");
}

static void test_dates_and_decimals_stay_inside(void **state) {
  (void)state;
  check("Sáng 6/11, tăng 6.5 lần. Ngày 27.3 là thứ Ba.", "Sáng 6/11, tăng 6.5 lần. | Ngày 27.3 là thứ Ba.");
}

static void test_vietnamese_end_mark(void **state) {
  (void)state;
  check("Hai bên đã ký kết văn kiện./. Tin mới cập nhật.", "Hai bên đã ký kết văn kiện./. | Tin mới cập nhật.");
}

static void test_lower_case_after_period_continues(void **state) {
  (void)state;
  check("Ông nói: v.v. và nhiều việc khác.", "Ông nói: v.v. và nhiều việc khác.");
}

static void test_related_news_block_ends_story(void **state) {
  (void)state;
  check("Tiêu đề bài\nCâu một của bài.\nTin mới\nThủ tướng tiếp đoàn doanh nghiệp.", "Câu một của bài.");
  check("Câu một.\nTin cùng chuyên mục:\nCâu sau.", "Câu một.");
  /* English sites' lists of other headlines, under a heading line. */
  check("The story's one sentence.\nRecommended\nNational\nMinisters Hold Phone Talks", "The story's one sentence.");
  check("The story's one sentence.\nSee more\nOther news.", "The story's one sentence.");
  check("The story's one sentence.\nFeedback\nOthers\nOther news.", "The story's one sentence.");
  /* A page with no story text of its own (a graphic, a video): its related list after the
   * headline is no story either. */
  check("Biểu đồ: Chi tiêu quốc phòng các nước năm qua\nTin liên quan\nBộ trưởng nước Xa thăm chính thức nước Gần\n"
        "Sáng 3/4, Bộ trưởng Quốc phòng nước Xa đã tới thăm chính thức nước Gần theo lời mời của người đồng cấp.",
        "");
  check("Video: Navy ships take part in a fleet review\nMost read\nMinisters hold talks in the capital\n"
        "The defence ministers of the two countries held talks in the capital on Monday morning.",
        "");
  /* other labels sites give such lists */
  check("Câu một của bài.\nCó thể bạn quan tâm\nBộ trưởng nước Xa thăm chính thức nước Gần\nTàu hải quân nước Xa ghé cảng",
        "Câu một của bài.");
  check("The story's one sentence.\nTop stories\nNavy chiefs meet in the capital\nMinisters Hold Phone Talks",
        "The story's one sentence.");
  check("The story's one sentence.\nMore in World\nNavy chiefs meet in the capital", "The story's one sentence.");
  /* a heading that names its list: the section's or the site's name after "More from" */
  check("The story's one sentence.\nMore from Asia Pacific\nNavy chiefs meet in the capital", "The story's one sentence.");
  check("The story's one sentence.\nMore From The Daily Wire:\nMinisters Hold Phone Talks", "The story's one sentence.");
  /* ... not a story's own sentence that starts so */
  check("The story's one sentence.\nMore from the two navies will join the drill next year.",
        "The story's one sentence. | More from the two navies will join the drill next year.");
}

/* A related-news box set between a story's paragraphs: its heading and
 * headlines go, the story goes on. After the story, the same heading over
 * headlines with teasers (or over a single line) still ends it. */
static void test_related_news_box_inside_story(void **state) {
  (void)state;
  const char *p1 = "Sáng 3/4, đoàn đại biểu Bộ Quốc phòng nước bạn do Thượng tướng Nguyễn Văn A dẫn đầu đã tới thăm và "
                   "làm việc tại Học viện Quốc phòng.";
  const char *p2 = "Trong thời gian ở Việt Nam, đoàn sẽ chào xã giao lãnh đạo Bộ Quốc phòng và thăm một số đơn vị quân "
                   "đội đóng quân tại địa bàn thủ đô.";
  const char *p3 = "Hai bên đã trao đổi về kết quả hợp tác quốc phòng trong thời gian qua và thống nhất phương hướng hợp "
                   "tác trong những năm tới.";
  char text[2048], want[1024];
  snprintf(text, sizeof text,
           "Tiêu đề bài\n%s\nTIN LIÊN QUAN\nTàu hải quân nước Xa ghé thăm cảng Đà Nẵng\nBộ trưởng tiếp Đại sứ nước "
           "Gần\n\n%s\n\n%s",
           p1, p2, p3);
  snprintf(want, sizeof want, "%s | %s | %s", p1, p2, p3);
  check(text, want);
  /* the heading with a colon, English headlines */
  snprintf(text, sizeof text, "Tiêu đề bài\n%s\nRelated news:\nNavy ship visits a port\n%s\n%s", p1, p2, p3);
  check(text, want);
  /* After the story: headlines with teasers, one after another. */
  snprintf(text, sizeof text, "Tiêu đề bài\n%s\nTin liên quan\nTàu hải quân nước Xa ghé cảng\n%s\nBộ trưởng tiếp "
                              "Đại sứ\n%s",
           p1, p2, p3);
  check(text, p1);
  /* A single paragraph after the heading, and no headline before it. */
  snprintf(text, sizeof text, "Tiêu đề bài\n%s\nXem thêm\nTàu hải quân nước Xa ghé cảng\n%s", p1, p2);
  check(text, p1);
  snprintf(text, sizeof text, "Story title\n%s\nSee also\nNavy ship visits a port\n%s", p1, p2);
  check(text, p1);
  snprintf(text, sizeof text, "Tiêu đề bài\n%s\nBài liên quan\n%s\n%s", p1, p2, p3);
  check(text, p1);
  /* Teasers cut short ("...") are no story going on. */
  snprintf(text, sizeof text,
           "Tiêu đề bài\n%s\nĐọc thêm\nTàu hải quân nước Xa ghé cảng\nTrong thời gian ở Việt Nam, đoàn sẽ chào xã "
           "giao lãnh đạo Bộ Quốc phòng và thăm một số đơn vị quân đội...\nHai bên đã trao đổi về kết quả hợp tác quốc "
           "phòng trong thời gian qua và thống nhất phương hướng hợp tác…",
           p1);
  check(text, p1);
}

/* A site's list of other headlines under a label ("Tin mới", "Top stories")
 * ABOVE the story: the list goes, the story's own headline (the last line
 * before the lead, which the lead retells) is its title; with no headline
 * of its own the list's last line is no title. */
static void test_top_list_above_story(void **state) {
  (void)state;
  const char *vi_lead = "Sáng 5/3, Hải quân nước Đông và Hải quân nước Tây đã tổ chức diễn tập chung tìm kiếm cứu nạn trên biển.";
  const char *en_lead = "HANOI (VNA) - Northland and Southland held their defence policy dialogue in the capital on Monday.";
  char text[1024];
  snprintf(text, sizeof text,
           "Tin mới\nBộ trưởng nước Xa tiếp Đại sứ nước Gần\nTàu hải quân nước Lam thăm cảng Đà Nẵng\n"
           "Hải quân nước Đông và nước Tây diễn tập chung\n%s",
           vi_lead);
  check_title(text, "Hải quân nước Đông và nước Tây diễn tập chung");
  check(text, vi_lead);
  /* no headline of the story's own: the last of the list is another story's */
  snprintf(text, sizeof text,
           "Tin nổi bật\n\nBộ trưởng nước Xa tiếp Đại sứ nước Gần\n\nTàu hải quân nước Lam thăm cảng Đà Nẵng\n\n%s",
           vi_lead);
  check_title(text, NULL);
  check(text, vi_lead);
  /* English; a question among the headlines; the site's tag on its own line */
  snprintf(text, sizeof text,
           "Top stories\nNavy chiefs meet in the capital\nWill the two navies train together?\n"
           "Northland, Southland hold defence policy dialogue\n%s",
           en_lead);
  check_title(text, "Northland, Southland hold defence policy dialogue");
  check(text, en_lead);
  snprintf(text, sizeof text,
           "Đọc nhiều\nBộ trưởng nước Xa tiếp Đại sứ nước Gần\nTàu hải quân nước Lam thăm cảng Đà Nẵng\n(QĐND) -\n%s",
           vi_lead);
  check_title(text, NULL);
  check(text, vi_lead);
  /* The crawler gave the title: the list is over at that line, or, with no
   * such line, at the lead; before, the label ended the story unread. */
  const char *lists[] = {"Tin mới\nBộ trưởng nước Xa tiếp Đại sứ nước Gần\nTàu hải quân nước Lam thăm cảng Đà Nẵng\n"
                         "Hải quân hai nước diễn tập chung\n%s",
                         "Tin mới\nBộ trưởng nước Xa tiếp Đại sứ nước Gần\nTàu hải quân nước Lam thăm cảng Đà Nẵng\n%s"};
  for (size_t i = 0; i < 2; i++) {
    snprintf(text, sizeof text, lists[i], vi_lead);
    const char *title = "Hải quân hai nước diễn tập chung";
    attache_doc_input in = {.id = {"t", 1}, .text = {text, strlen(text)}, .title = {title, strlen(title)}};
    attache_doc *doc = NULL;
    attache_error err = {0};
    assert_int_equal(attache_extract(test_lexicon(), &in, NULL, &doc, &err), ATTACHE_OK);
    assert_string_equal(sentences(doc), vi_lead);
    attache_doc_free(doc);
  }
}

/* One other story's headline after "Xem thêm:" on its own line, between
 * paragraphs: chrome, the story goes on. */
static void test_see_also_line_dropped(void **state) {
  (void)state;
  check("Câu một.\nXem thêm: Bộ trưởng tiếp Đại sứ nước Xa\nCâu hai.", "Câu một. | Câu hai.");
  check("Câu một.\nĐọc thêm: Tàu hải quân nước Xa ghé cảng Cam Ranh\nCâu hai.", "Câu một. | Câu hai.");
  check("One sentence.\nREAD MORE: Navy chiefs meet in the capital\nAnother sentence.", "One sentence. | Another sentence.");
  check("One sentence.\nRelated: Defence ministers hold talks\nAnother sentence.", "One sentence. | Another sentence.");
  /* the link's arrow alone, no label */
  check("Câu một.\n>> Bộ trưởng nước Xa thăm chính thức nước Gần\nCâu hai.", "Câu một. | Câu hai.");
  check("One sentence.\n>> Navy chiefs hold talks in the capital\nAnother sentence.", "One sentence. | Another sentence.");
}

static void test_chrome_lines_dropped(void **state) {
  (void)state;
  /* a page's account and newsletter lines above the headline: not the title */
  check_title("Đăng nhập | Đăng ký\nĐăng ký nhận bản tin\nBộ trưởng nước Xa thăm nước Gần\nSáng 3/4, đoàn đã tới.",
              "Bộ trưởng nước Xa thăm nước Gần");
  check_title("Sign in | Register\nSubscribe to our newsletter\nNavy chiefs meet in the capital\nThe talks were held.",
              "Navy chiefs meet in the capital");
  /* a site's menu and its section trail above the headline: not the title */
  check_title("Bạn cần biết Tiện ích Liên hệ\nThời sự Quốc phòng\n\nHải quân nước Xa thăm cảng nước Gần\n\nSáng 3/4, tàu đã tới.",
              "Hải quân nước Xa thăm cảng nước Gần");
  check_title("Thời sự\nBộ trưởng nước Xa thăm nước Gần\nSáng 3/4, đoàn đã tới.", "Bộ trưởng nước Xa thăm nước Gần");
  /* a story's own line that opens with the words stays */
  check("Câu một.\nThời sự quốc tế được hai bên trao đổi trong buổi gặp.", "Câu một. | Thời sự quốc tế được hai bên trao đổi trong buổi gặp.");
  /* a line broken off after a comma is a sentence, its clause to follow: no headline */
  check_title("HANOI (Wire) — Two navy ships of Xa arrived at the port of Gần on Monday,\n\nThe visit lasts four days.", NULL);
  check("HANOI (Wire) — Two navy ships of Xa arrived at the port of Gần on Monday,\n\nThe visit lasts four days.",
        "HANOI (Wire) — Two navy ships of Xa arrived at the port of Gần on Monday, | The visit lasts four days.");
  /* a page's tags: states and people as links */
  check("Câu một.\nTừ khóa: Lào, Campuchia, Nguyễn Văn A, hợp tác quốc phòng", "Câu một.");
  check("One sentence.\nTags: Laos, Cambodia, John Doe, defence cooperation", "One sentence.");
  check("Câu một.\n![]() |\n| Chú thích một bức ảnh. |\nBÌNH LUẬN\nBạn còn 500/500 ký tự",
        "Câu một. | Chú thích một bức ảnh.");
  check("Câu một.\nTin, ảnh: HÀ PHƯƠNG\nCâu hai.", "Câu một. | Câu hai.");
  /* a photo laid out as a table: the photo's wordless cell, then its
   * caption closed by a bar; a bar closing a line after a story's line is
   * still table debris */
  check("One sentence.\n    |\n |\nThe two ministers pose for a photo at the forum. |\nTwo sentences.",
        "One sentence. | The two ministers pose for a photo at the forum. | Two sentences.");
  check("One sentence.\n![]() |\nThe two ministers pose for a photo. |\nTwo sentences.",
        "One sentence. | The two ministers pose for a photo. | Two sentences.");
  check("One sentence.\nThe two ministers pose for a photo at the forum. |\nTwo sentences.",
        "One sentence. | Two sentences.");
  /* a phrase told in any case after the same first letters as a story's
   * line ("Bình luận", "Bộ"; "Chia sẻ", "Chính"): the story's lines stay */
  check("Câu một.\nBộ trưởng hai nước đã hội đàm.\nChính phủ ủng hộ.\nbình LUẬN\nCâu hai.",
        "Câu một. | Bộ trưởng hai nước đã hội đàm. | Chính phủ ủng hộ.");
  check("Câu một.\nChia sẻ\nBộ trưởng đã tới.", "Câu một. | Bộ trưởng đã tới.");
  check("Câu một.\nMời quý độc giả theo dõi Báo Ví Dụ trên\nCâu hai.", "Câu một. | Câu hai.");
  check("A headline\nEmail Print\nOne sentence.\nPost a Comment\nA reader's comment.", "One sentence.");
  check("One sentence.\nleftcenterrightdel\nThe two ministers at the talks.", "One sentence. | The two ministers at the talks.");
}

static void test_headline_is_title_not_sentence(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Bộ trưởng tiếp Đại sứ\nSáng 6/11, Bộ trưởng tiếp Đại sứ.", NULL);
  assert_string_equal(doc->title, "Bộ trưởng tiếp Đại sứ");
  assert_string_equal(sentences(doc), "Sáng 6/11, Bộ trưởng tiếp Đại sứ.");
  attache_doc_free(doc);
}

/* A crawler's headline given apart (JSON Lines "title") is the story's
 * headline, read as a page's is: its happening is told though the text only
 * says "the two sides". A text that opens with the same words (case and
 * spaces aside) has that line as its headline, and no second one. Before,
 * the title's words were never read: no event. */
static json_t *extract_titled(const char *title, const char *text) {
  attache_doc_input in = {.id = {"t", 1}, .text = {text, strlen(text)}, .published = {"2023-05-04", 10}};
  if (title) in.title = (attache_str){title, strlen(title)};
  return test_json_of(test_doc_of(&in));
}

static void test_given_title_is_the_headline(void **state) {
  (void)state;
  const char *title = "Vietnam and Chile hold defence talks in Hanoi";
  const char *body = "The two sides reviewed their cooperation in training and peacekeeping.\n\n"
                     "They agreed to meet again next year.";
  json_t *titled = extract_titled(title, body);
  json_t *events = test_list(titled, "events");
  assert_int_equal(json_array_size(events), 1);
  json_t *e = json_array_get(events, 0);
  assert_string_equal(test_str(e, "type"), "talks");
  assert_string_equal(test_str(e, "evidence"), title);
  assert_string_equal(test_str(titled, "title"), title);

  /* the text repeats the title first: the same result, one headline */
  char text[512];
  const char *repeats[] = {"%s\n\n%s", "  Vietnam And Chile Hold  Defence Talks In Hanoi\n%s"};
  for (size_t i = 0; i < 2; i++) {
    if (i == 0) snprintf(text, sizeof text, repeats[0], title, body);
    else snprintf(text, sizeof text, repeats[1], body);
    json_t *again = extract_titled(title, text);
    assert_int_equal(json_array_size(test_list(again, "events")), 1);
    if (i == 0) assert_true(json_equal(again, titled));
    json_decref(again);
  }
  json_decref(titled);

  /* no title given: the text alone tells no happening, as before */
  json_t *untitled = extract_titled(NULL, body);
  assert_int_equal(json_array_size(test_list(untitled, "events")), 0);
  json_decref(untitled);
}

static void test_published_line_read_and_dropped(void **state) {
  (void)state;
  attache_doc *doc = test_doc("# Tiêu đề\n\nPublished at: **2019-11-06T09:53:12+00:00**\n\nCâu một.", NULL);
  assert_true(doc->has_published);
  assert_int_equal(doc->published.year, 2019);
  assert_int_equal(doc->published.month, 11);
  assert_int_equal(doc->published.day, 6);
  assert_string_equal(doc->title, "Tiêu đề");
  assert_string_equal(sentences(doc), "Câu một.");
  attache_doc_free(doc);
}

/* Sites print the publication line under the story as well as above it:
 * "Published: Mar 3, 2021, 8:15 AM" after the last paragraph is no
 * sentence, and gives the year to a story that tells only "March 2". */
static void test_published_line_after_story(void **state) {
  (void)state;
  const char *pages[] = {
      "Two navies end drill\nThe two navies ended a joint drill on March 2.\nPublished: Mar 3, 2021, 8:15 AM",
      "Two navies end drill\nThe two navies ended a joint drill on March 2.\nUpdated: 03/03/2021 08:15",
      "Hai hải quân kết thúc diễn tập\nNgày 2/3, hai hải quân kết thúc diễn tập chung.\nĐăng lúc: 08:15 03/03/2021",
      "Hai hải quân kết thúc diễn tập\nNgày 2/3, hai hải quân kết thúc diễn tập chung.\nĐăng ngày: 03/03/2021",
      "Hai hải quân kết thúc diễn tập\nNgày 2/3, hai hải quân kết thúc diễn tập chung.\nNgày xuất bản: 03/03/2021",
      "Two navies end drill\nThe two navies ended a joint drill on March 2.\nLast updated: 3 March 2021, 08:15",
  };
  for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
    attache_doc *doc = test_doc(pages[i], NULL);
    assert_true(doc->has_published);
    assert_int_equal(doc->published.year, 2021);
    assert_int_equal(doc->published.month, 3);
    assert_int_equal(doc->published.day, 3);
    assert_null(strstr(sentences(doc), "03"));
    attache_doc_free(doc);
  }
}

/* A story reprinted with its source and day in brackets on the last line
 * ("(Harbour Wire March 3, 2021)"), or a print edition's note ("A version
 * of this article appeared in the print edition of The Harbour Times on
 * March 3, 2021, with the headline ..."): the publication date, no
 * sentence of the story (the headline it repeats tells no happening of
 * that day). A bracket of other words stays a sentence. */
static void test_closing_credit_gives_publication(void **state) {
  (void)state;
  const char *pages[] = {
      "Two navies end drill\nThe two navies ended a joint drill on Tuesday.\n(Harbour Wire March 3, 2021)",
      "Two navies end drill\nThe two navies ended a joint drill on Tuesday.\n(Coastal Daily Mar. 3, 2021)",
      "Two navies end drill\nThe two navies ended a joint drill on Tuesday.\nA version of this article appeared in the "
      "print edition of The Harbour Times on March 3, 2021, with the headline Two navies end drill.",
      "Two navies end drill\nThe two navies ended a joint drill on Tuesday.\nA version of this article appears in print "
      "on March 3, 2021, Section A, Page 4 with the headline: Two navies end drill.",
  };
  for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
    attache_doc *doc = test_doc(pages[i], NULL);
    assert_true(doc->has_published);
    assert_int_equal(doc->published.year, 2021);
    assert_int_equal(doc->published.month, 3);
    assert_int_equal(doc->published.day, 3);
    assert_string_equal(sentences(doc), "The two navies ended a joint drill on Tuesday.");
    attache_doc_free(doc);
  }
  attache_doc *doc = test_doc("Two navies end drill\nThe two navies ended a joint drill on Tuesday.\n(The drill began in 2019)", NULL);
  assert_false(doc->has_published);
  attache_doc_free(doc);
}

/* A byline of fields set apart by bars, the agency first: the field that
 * says "Updated:" gives the publication date; the line is no sentence. */
static void test_published_in_bar_byline(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Two navies end drill\nWire Agency | Updated: 03-03-2021 08:15 IST | Created: 03-03-2021 08:10 IST\n"
                              "The two navies ended a joint drill on Tuesday.", NULL);
  assert_true(doc->has_published);
  assert_int_equal(doc->published.year, 2021);
  assert_int_equal(doc->published.month, 3);
  assert_int_equal(doc->published.day, 3);
  assert_string_equal(sentences(doc), "The two navies ended a joint drill on Tuesday.");
  attache_doc_free(doc);
  /* a bar in a story's line is no byline */
  doc = test_doc("Two navies end drill\nThe two navies ended a joint drill | the first of the year.", NULL);
  assert_false(doc->has_published);
  attache_doc_free(doc);
}

static void test_publication_date_from_dateline_stamp_and_url(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Tiêu đề bài\nThứ Hai, 19/11/2018, 18:33\nCâu một.", NULL);
  assert_true(doc->has_published);
  assert_int_equal(doc->published.day, 19);
  assert_string_equal(sentences(doc), "Câu một.");
  attache_doc_free(doc);

  /* The date written out in words, as some sites print their dateline;
   * the "ngày 12 tháng 3" of the story is no publication date. */
  const char *worded[] = {"Thứ Ba, ngày 17 tháng 9 năm 2019 - 19:52", "Tin tức - 19:52, ngày 17 tháng 09 năm 2019",
                          "Ngày 17 Tháng 9 Năm 2019 10:17:00 AM"};
  for (size_t i = 0; i < sizeof worded / sizeof *worded; i++) {
    char text[200];
    snprintf(text, sizeof text, "Hai đoàn đối thoại quốc phòng\n%s\nNgày 12 tháng 9, hai bên đối thoại.", worded[i]);
    doc = test_doc(text, NULL);
    assert_true(doc->has_published);
    assert_int_equal(doc->published.year, 2019);
    assert_int_equal(doc->published.month, 9);
    assert_int_equal(doc->published.day, 17);
    assert_string_equal(sentences(doc), "Ngày 12 tháng 9, hai bên đối thoại.");
    attache_doc_free(doc);
  }

  doc = test_doc(" date 2019-12 Ngày 10/12, hai bên đối thoại.", NULL);
  assert_int_equal(doc->published.year, 2019);
  assert_int_equal(doc->published.month, 12);
  assert_int_equal(doc->published.day, 0);
  assert_string_equal(sentences(doc), "Ngày 10/12, hai bên đối thoại."); /* the stamp is no text */
  attache_doc_free(doc);

  /* A headline after the stamp is the title, not a dateline lost. */
  doc = test_doc(" date 2025-12-23 Bộ đội Biên phòng tuần tra liên hợp biên giới\n\nHai bên cùng tuần tra.", NULL);
  assert_int_equal(doc->published.day, 23);
  assert_string_equal(doc->title, "Bộ đội Biên phòng tuần tra liên hợp biên giới");
  assert_string_equal(sentences(doc), "Hai bên cùng tuần tra.");
  attache_doc_free(doc);

  const char *urls[] = {"https://x.vn/a-20230329203530624.htm", "https://x.vn/chinh-tri/201606/bai-2702344",
                        "https://x.vn/tin-tuc/2018/bai", "https://x.vn/2019/11/06/bai",
                        "http://x.cn/world/201506/t20150601_9931736.htm",
                        /* a folder per month, then one per day */
                        "http://x.cn/world/2012-06/04/content_15471076.htm",
                        /* a section number, then YYMMDDhhmmss and two or three more digits */
                        "https://x.vn/tau-thăm-cang-196251115190256021.htm", "https://x.vn/bai-18526012810132387.htm",
                        /* not a time of day: no date */
                        "https://x.vn/bai-196251115990256021.htm",
                        /* a folder per year, then one per month */
                        "https://blog.example/2021/10/minister-receives-envoy/", "https://x.com/2023/8/15/bai",
                        /* a number after the year's folder that is no month */
                        "https://x.com/2021/13/bai", "https://x.com/2021/105/bai"};
  const int want[][3] = {{2023, 3, 29}, {2016, 6, 0}, {2018, 0, 0}, {2019, 11, 6}, {2015, 6, 1}, {2012, 6, 4},
                         {2025, 11, 15}, {2026, 1, 28}, {0, 0, 0}, {2021, 10, 0}, {2023, 8, 0}, {2021, 0, 0},
                         {2021, 0, 0}};
  for (size_t i = 0; i < sizeof urls / sizeof *urls; i++) {
    attache_doc_input in = {.id = {"u", 1}, .url = {urls[i], strlen(urls[i])}, .text = {"Câu một.", 10}};
    assert_int_equal(attache_extract(test_lexicon(), &in, NULL, &doc, NULL), ATTACHE_OK);
    assert_int_equal(doc->published.year, want[i][0]);
    assert_int_equal(doc->published.month, want[i][1]);
    assert_int_equal(doc->published.day, want[i][2]);
    attache_doc_free(doc);
  }
}

static void test_english_datelines(void **state) {
  (void)state;
  const char *lines[] = {"19 March 2013", "May 18th, 2024", "Friday, October 25, 2024", "Posted Nov. 6, 2019",
                         "Jun 27, 2019 / 08:00"};
  const int want[][3] = {{2013, 3, 19}, {2024, 5, 18}, {2024, 10, 25}, {2019, 11, 6}, {2019, 6, 27}};
  for (size_t i = 0; i < 5; i++) {
    char text[160];
    snprintf(text, sizeof text, "A headline\n%s\nThe two ministers met.", lines[i]);
    attache_doc *doc = test_doc(text, NULL);
    assert_true(doc->has_published);
    assert_int_equal(doc->published.year, want[i][0]);
    assert_int_equal(doc->published.month, want[i][1]);
    assert_int_equal(doc->published.day, want[i][2]);
    attache_doc_free(doc);
  }
  /* A month and a number that is not a day is no date. */
  attache_doc *doc = test_doc("A headline\nMarch 2013 report\nThe two ministers met.", NULL);
  assert_false(doc->has_published);
  attache_doc_free(doc);
  /* A weekday cut short with a period opening the page, or between the
   * headline and the story: a site's clock (the day the page was read), not
   * the story's date. */
  const char *clocks[] = {"Sat. May 18th, 2024", "Thu. Jun 1st, 2023", "Tue. Oct 7th, 2025"};
  for (size_t i = 0; i < 3; i++) {
    char text[160];
    snprintf(text, sizeof text, "%s\n\nThe two defence ministers met in the capital on March 3.", clocks[i]);
    doc = test_doc(text, NULL);
    assert_false(doc->has_published);
    assert_string_equal(sentences(doc), "The two defence ministers met in the capital on March 3.");
    attache_doc_free(doc);
    snprintf(text, sizeof text, "Navy chiefs meet\n%s\nThe two navy chiefs met in the capital on March 3.", clocks[i]);
    doc = test_doc(text, NULL);
    assert_false(doc->has_published);
    assert_string_equal(doc->title, "Navy chiefs meet");
    attache_doc_free(doc);
  }
}

static void test_hard_wrapped_text_is_unwrapped(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Defence Ministries of Vietnam and Laos signed a plan.\n\n"
                              "The document was inked by Minister of Defence General Phung Quang\n"
                              "Thanh and his Lao counterpart Douangchay Phichit, who is also Deputy\n"
                              "Prime Minister of Laos.\n\nAt the signing ceremony,\nThanh stressed that the plan "
                              "will allow for the\nconsolidation of the friendship between the two armies.\n",
                              NULL);
  assert_int_equal(doc->sentences.len, 3);
  assert_non_null(strstr(doc->text, "Phung Quang Thanh"));
  assert_non_null(strstr(doc->text, "ceremony, Thanh"));
  attache_doc_free(doc);
  /* Sentences a crawl glued together are two; "U.S." and "6.5" are not. */
  doc = test_doc("It will expand the defence cooperation.The Minister thanked the U.S.Navy for 6.5 tons of aid.", NULL);
  assert_int_equal(doc->sentences.len, 2);
  attache_doc_free(doc);
  /* So are those glued after a number standing alone (a year, a day);
   * not after a number's last part ("version 2.5.The" is left whole) nor
   * before one ("No.1"). */
  doc = test_doc("They signed a delegation exchange plan for 2019.The guest will stay until May 17.He thanked "
                 "the host for the No.1 priority of version 2.5.The end.",
                 NULL);
  assert_int_equal(doc->sentences.len, 3);
  attache_doc_free(doc);
  /* Lines that end their sentences keep their breaks. */
  doc = test_doc("The first short paragraph ends here.\nThe second one ends here too.\n", NULL);
  assert_int_equal(doc->sentences.len, 2);
  assert_non_null(strstr(doc->text, "here.\nThe"));
  attache_doc_free(doc);
}

/* Text wrapped by a program at 55 characters, counted as letters (a line of
 * Vietnamese takes more bytes than that), under a headline and with a link
 * too long to wrap: a full line's break is the program's, even after "Lào.";
 * a headline and a paragraph's short last line keep theirs. */
static void test_hard_wrapped_vietnamese_is_unwrapped(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Thứ trưởng Trần Văn Bình tiếp đoàn Lào\n"
                              "Sáng 5/3, tại Hà Nội, Thượng tướng Trần Văn Bình, Thứ\n"
                              "trưởng Bộ Quốc phòng đã tiếp Đoàn đại biểu quân sự Lào.\n"
                              "Hai bên trao đổi về hợp tác đào tạo, khẳng định quan hệ\n"
                              "đặc biệt giữa quân đội hai nước.\n"
                              "Cùng ngày, đoàn đến thăm Học viện Quốc phòng.\n"
                              "https://example.vn/quoc-phong/thu-truong-tran-van-binh-tiep-doan-dai-bieu-quan-su-lao.html\n",
                              NULL);
  assert_non_null(strstr(doc->text, "đoàn Lào\nSáng 5/3"));
  assert_non_null(strstr(doc->text, "Thứ trưởng Bộ"));
  assert_non_null(strstr(doc->text, "quân sự Lào. Hai bên"));
  assert_non_null(strstr(doc->text, "quan hệ đặc biệt"));
  assert_non_null(strstr(doc->text, "hai nước.\nCùng ngày"));
  assert_string_equal(doc->title, "Thứ trưởng Trần Văn Bình tiếp đoàn Lào");
  attache_doc_free(doc);
  /* A short story on three lines: two breaks, each of a full line where the
   * next word would not have fitted, even before a name. */
  doc = test_doc("Thứ trưởng Trần Văn Bình tiếp đoàn Lào\n\n"
                 "Sáng 5/3, tại Hà Nội, Thượng tướng Trần Văn Bình đã tiếp đoàn đại biểu\n"
                 "Bộ Quốc phòng Lào do Trung tướng Khamsing Vongsa làm trưởng đoàn và\n"
                 "chúc đoàn có chuyến thăm thành công.\n",
                 NULL);
  assert_non_null(strstr(doc->text, "đại biểu Bộ Quốc phòng"));
  assert_non_null(strstr(doc->text, "trưởng đoàn và chúc"));
  attache_doc_free(doc);
  /* Two lines of a writer's own, short of the width, keep their breaks. */
  doc = test_doc("Thứ trưởng Trần Văn Bình tiếp đoàn Lào tại Hà Nội hôm nay\n"
                 "Hai bên trao đổi về hợp tác đào tạo giữa quân đội hai nước Việt Nam và Lào\n"
                 "Đoàn cũng thăm Học viện Quốc phòng.\n",
                 NULL);
  assert_non_null(strstr(doc->text, "hôm nay\nHai bên"));
  assert_non_null(strstr(doc->text, "và Lào\nĐoàn"));
  attache_doc_free(doc);
}

/* An ALL-CAPS headline is read as the story writes its words, a family name
 * the story does not use and the two words after it as a name; the title
 * is kept as printed. */
static void test_all_caps_headline_is_truecased(void **state) {
  (void)state;
  attache_doc *doc = test_doc("THƯỢNG TƯỚNG LÊ VĂN AN TIẾP ĐOÀN QUÂN SỰ LÀO\n\n"
                              "Sáng 5/3, tại Hà Nội, Thứ trưởng Bộ Quốc phòng đã tiếp Đoàn quân sự cấp cao Lào.",
                              NULL);
  assert_string_equal(doc->title, "THƯỢNG TƯỚNG LÊ VĂN AN TIẾP ĐOÀN QUÂN SỰ LÀO");
  assert_non_null(strstr(doc->text, "thượng tướng Lê Văn An tiếp Đoàn quân sự Lào\n"));
  attache_doc_free(doc);
  /* a headline with small letters is left as written */
  doc = test_doc("Thượng tướng Lê Văn An tiếp đoàn LÀO\n\nSáng 5/3, Thứ trưởng đã tiếp đoàn Lào.", NULL);
  assert_non_null(strstr(doc->text, "tiếp đoàn LÀO\n"));
  attache_doc_free(doc);
  /* so is a caption in capitals, its credit too */
  doc = test_doc("Thứ trưởng tiếp đoàn Lào\n\nSáng 5/3, tại Hà Nội, Thượng tướng Lê Văn An đã tiếp Đoàn quân sự Lào.\n"
                 "THƯỢNG TƯỚNG LÊ VĂN AN TIẾP ĐOÀN QUÂN SỰ LÀO (ẢNH: QĐND)\n"
                 "Hai bên trao đổi về hợp tác đào tạo.",
                 NULL);
  assert_non_null(strstr(doc->text, "\nThượng tướng Lê Văn An tiếp đoàn quân sự Lào (ảnh: qđnd)\n"));
  attache_doc_free(doc);
}

static void test_language_per_paragraph(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Sáng 6/5, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã tiếp Đại sứ Nhật Bản tại Việt Nam.\n\n"
                              "The two sides agreed to promote cooperation in defense industry and training.\n\n"
                              "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực đào tạo.\n\nMr. Tanaka Kenji spoke.",
                              NULL);
  assert_string_equal(doc->lang, "vi");
  assert_int_equal(doc->sentences.len, 4);
  assert_false(AT_SENT(doc, 0)->flags & AT_SENT_ENGLISH);
  assert_true(AT_SENT(doc, 1)->flags & AT_SENT_ENGLISH);
  assert_false(AT_SENT(doc, 2)->flags & AT_SENT_ENGLISH);
  assert_false(AT_SENT(doc, 3)->flags & AT_SENT_ENGLISH); /* too short to tell: the document's */
  attache_doc_free(doc);
}

/* An English paragraph whose marked words are names ("Col. Đỗ Minh Tâm",
 * "Hà Nội") is English by its function words, however many names it
 * holds; a Vietnamese one quoting an English title keeps its Vietnamese
 * words and stays Vietnamese, and so does a headline in capitals. */
static void test_language_by_function_words(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Sen. Col. Lò Văn Hùng welcomed Lt. Col. Đỗ Minh Tâm in Hà Nội on Friday.\n\n"
                              "Defence Attaché Col. Đặng Quốc Việt praised Việt Nam's army at the event.\n\n"
                              "Tham dự có Đại tá Peter Grant, Chief of the Office of Defense Cooperation, cho biết.\n\n"
                              "THƯỢNG TƯỚNG LÒ VĂN HÙNG TIẾP ĐOÀN QUÂN SỰ CỦA NHẬT BẢN TẠI HÀ NỘI",
                              NULL);
  assert_int_equal(doc->sentences.len, 4);
  assert_true(AT_SENT(doc, 0)->flags & AT_SENT_ENGLISH);
  assert_true(AT_SENT(doc, 1)->flags & AT_SENT_ENGLISH);
  assert_false(AT_SENT(doc, 2)->flags & AT_SENT_ENGLISH);
  assert_false(AT_SENT(doc, 3)->flags & AT_SENT_ENGLISH);
  attache_doc_free(doc);
}

static void test_second_unpunctuated_paragraph_is_story(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Tiêu đề bài\n\nĐại tướng tiếp ông Dan Harel tại nước ta. Ảnh: Hồng Pha\n", NULL);
  assert_string_equal(sentences(doc), "Đại tướng tiếp ông Dan Harel tại nước ta. | Ảnh: Hồng Pha");
  attache_doc_free(doc);
}

/* A site's clock run into the headline with no space ("dd/mm/yyyy hh:mm"
 * and the headline's first capital): the clock gives the publication date,
 * the words after it are the headline; a date in a story's words stays. */
static void test_clock_glued_before_headline(void **state) {
  (void)state;
  attache_doc *doc = test_doc("Thời sự\n14/03/2024 09:05Tàu Hải quân Ruritania thăm Quy Nhơn\n"
                              "Sáng 13/3, tàu Hải quân Ruritania cập cảng Quy Nhơn.", NULL);
  assert_string_equal(doc->title, "Tàu Hải quân Ruritania thăm Quy Nhơn");
  assert_true(doc->has_published);
  assert_int_equal(doc->published.year, 2024);
  assert_int_equal(doc->published.month, 3);
  assert_int_equal(doc->published.day, 14);
  assert_string_equal(sentences(doc), "Sáng 13/3, tàu Hải quân Ruritania cập cảng Quy Nhơn.");
  attache_doc_free(doc);
  doc = test_doc("Thời sự\n14.03.2024 09:05:30Đoàn Ruritania rời Hà Nội\nĐoàn rời Hà Nội sáng 14/3.", NULL);
  assert_string_equal(doc->title, "Đoàn Ruritania rời Hà Nội");
  assert_int_equal(doc->published.day, 14);
  attache_doc_free(doc);
  /* a time told in the story, a space after it, is no clock */
  check("Tiêu đề bài\nĐoàn rời Hà Nội.\n14/03/2024 09:05 Đoàn đến Quy Nhơn.",
        "Đoàn rời Hà Nội. | 14/03/2024 09:05 Đoàn đến Quy Nhơn.");
}

/* Is the sentence holding `words` flagged a caption? */
static bool caption_flagged(const char *text, const char *words) {
  attache_doc *doc = test_doc(text, NULL);
  bool found = false, caption = false;
  for (size_t i = 0; i < doc->sentences.len && !found; i++) {
    const at_sentence *s = AT_SENT(doc, i);
    size_t n = strlen(words);
    for (uint32_t k = s->start; k + n <= s->end && !found; k++)
      if (!memcmp(doc->text + k, words, n)) found = true, caption = s->flags & AT_SENT_CAPTION;
  }
  attache_doc_free(doc);
  assert_true(found);
  return caption;
}

/* Most Vietnamese papers print a photo's credit after its caption without
 * brackets: "... . Ảnh: NAME", "... ẢNH: NAME", "... - Ảnh: NAME". The line
 * is a caption, as one ending "(Ảnh: NAME)" is; a caption that opens the
 * page is no headline. */
static void test_a_credit_without_brackets_marks_a_caption(void **state) {
  (void)state;
  const char *head = "Tàu Ruritania thăm Quy Nhơn\nSáng 4/6, tàu Hải quân Ruritania cập cảng Quy Nhơn.\n";
  char text[512];
  const char *captions[] = {"Lễ đón tàu tại cảng Quy Nhơn. Ảnh: Văn An\n", "Lễ đón tàu tại cảng Quy Nhơn ẢNH: VĂN AN\n",
                            "Lễ đón tàu tại cảng Quy Nhơn - Ảnh: TTXVN/Văn An\n"};
  for (size_t i = 0; i < sizeof captions / sizeof *captions; i++) {
    snprintf(text, sizeof text, "%s%sHai bên trao đổi về hợp tác hải quân.", head, captions[i]);
    assert_true(caption_flagged(text, "Lễ đón tàu"));
    assert_false(caption_flagged(text, "Hai bên trao đổi"));
  }
  /* a small "ảnh:" in the story's words, a sentence after the credit */
  assert_false(caption_flagged("Tàu Ruritania thăm Quy Nhơn\nĐoàn xem hình ảnh: tàu, cảng và thủy thủ.",
                               "Đoàn xem hình"));
  assert_false(caption_flagged("Tàu Ruritania thăm Quy Nhơn\nLễ đón tàu. Ảnh: Văn An. Sau đó hai bên trao đổi về hợp tác.",
                               "Lễ đón tàu"));
  /* a caption above the lead, after the crawler's date stamp, is no title */
  check_title("date 2024-06-04 Đại tướng Lê Văn A tiếp Đô đốc Ruritania. Ảnh: Văn An\n"
              "Sáng 4/6, Đại tướng Lê Văn A tiếp Đô đốc Ruritania.",
              NULL);
}

/* Other stories' headlines a crawl ran together, each small letter running
 * into the next headline's capital, are no sentence; a story's sentence
 * glued before them stays; a name written with capitals inside, a line
 * with a final stop, stay too. */
static void test_headlines_run_together_are_dropped(void **state) {
  (void)state;
  check("Tiêu đề bài\nSáng 4/6, tàu Hải quân Chile cập cảng Quy Nhơn.\n"
        "Bộ trưởng Quốc phòng Chile thăm Việt NamTư lệnh Hải quân Chile tới Hà NộiHai nước ký kế hoạch hợp tác quốc phòng\n"
        "Hai bên trao đổi về hợp tác hải quân.",
        "Sáng 4/6, tàu Hải quân Chile cập cảng Quy Nhơn. | Hai bên trao đổi về hợp tác hải quân.");
  check("Tiêu đề bài\nĐoàn rời Quy Nhơn sáng 8/6.Tư lệnh Hải quân Chile thăm Hà NộiHai nước ký kế hoạch hợp tác "
        "quốc phòngĐoàn Chile rời Việt Nam sau chuyến thăm",
        "Đoàn rời Quy Nhơn sáng 8/6.");
  /* a headline ending in a letter with marks ("lễ") runs into one opening with marks ("Đại") */
  check("Tiêu đề bài\nSáng 4/6, tàu cập cảng Quy Nhơn.\n"
        "Hải quân Chile dự hội nghị tại Hà NộiĐoàn Chile dự khai mạc lễĐại sứ Chile thăm Bộ Quốc phòng\n"
        "Hai bên trao đổi về hợp tác hải quân.",
        "Sáng 4/6, tàu cập cảng Quy Nhơn. | Hai bên trao đổi về hợp tác hải quân.");
  check("Tiêu đề bài\nĐoàn đến Quy Nhơn.\nĐại tá MacDonald và các sĩ quan của tàu gặp Đại tá McKenzie tại cảng",
        "Đoàn đến Quy Nhơn. | Đại tá MacDonald và các sĩ quan của tàu gặp Đại tá McKenzie tại cảng");
  check("Tiêu đề bài\nLễ đón có lãnh đạoỦy ban nhân dân thành phố cùngNgài Lãnh sự Chile tại Đà Nẵng.",
        "Lễ đón có lãnh đạoỦy ban nhân dân thành phố cùngNgài Lãnh sự Chile tại Đà Nẵng.");
}

static void test_headline_glued_before_lead_is_title(void **state) {
  (void)state;
  /* A crawl put the headline and the lead on one line, no stop between:
   * the lead's dateline ends the headline. */
  attache_doc *doc = test_doc("Không để chậm trễ hợp tác biên giới hai nước Chiều 27.8, tại Cần Thơ, Thứ trưởng tiếp đoàn "
                              "Campuchia.",
                              NULL);
  assert_string_equal(doc->title, "Không để chậm trễ hợp tác biên giới hai nước");
  assert_string_equal(sentences(doc), "Chiều 27.8, tại Cần Thơ, Thứ trưởng tiếp đoàn Campuchia.");
  attache_doc_free(doc);
  /* A dateline after a comma, or after a sentence of the lead, is the story's own. */
  check("Đoàn công tác lên đường, Ngày 12/4, tàu rời cảng.", "Đoàn công tác lên đường, Ngày 12/4, tàu rời cảng.");
  check("Hai bên gặp nhau lần đầu. Hôm nay (13/2), đoàn rời Hà Nội.",
        "Hai bên gặp nhau lần đầu. | Hôm nay (13/2), đoàn rời Hà Nội.");
}

static void test_vietnamese_sentences_glued_by_a_crawl(void **state) {
  (void)state;
  /* Vietnamese letters around the period are letters too. */
  check("Hai bên đã ký biên bản tại Hà Nội.Được biết, đây là lần thứ năm.Đoàn rời Việt Nam.",
        "Hai bên đã ký biên bản tại Hà Nội. | Được biết, đây là lần thứ năm. | Đoàn rời Việt Nam.");
  /* Not an abbreviation, a web address or a date. */
  check("Đoàn đến TP.HCM và thăm QĐND.Việt Nam, xem baoquocte.vn, ngày 6.5.", "Đoàn đến TP.HCM và thăm QĐND.Việt Nam, xem "
                                                                           "baoquocte.vn, ngày 6.5.");
}

static void test_page_run_together_on_one_line(void **state) {
  (void)state;
  /* A crawl that lost every line break: the publication line, a link to
   * another story, the credit after a caption and the sentences' ends become
   * breaks again; the author's line stays with the site lines before it. */
  attache_doc *doc = test_doc("# Hải quân hai nước tăng cường hợp tác Published at: **2024-03-05T08:00:00+00:00** "
                              "Author: **Minh An** Original: [Báo Mẫu](https://bao-mau.example/tin) Sáng 5/3, tại "
                              "Hà Nội, Thượng tướng Trần Văn Bình tiếp Đô đốc Pedro Soto, Tư lệnh Hải quân Chile. "
                              "[Hải quân Chile thăm Đà Nẵng] Thượng tướng Trần Văn Bình tiếp Đô đốc Pedro Soto (Ảnh: Minh An) Hai bên trao đổi về "
                              "đào tạo và tìm kiếm cứu nạn trên biển. Đô đốc Pedro Soto cảm ơn sự đón tiếp chu đáo "
                              "của Bộ Quốc phòng Việt Nam.",
                              NULL);
  assert_true(doc->has_published);
  assert_int_equal(doc->published.year, 2024);
  assert_int_equal(doc->published.month, 3);
  assert_int_equal(doc->published.day, 5);
  assert_string_equal(doc->title, "Hải quân hai nước tăng cường hợp tác");
  assert_string_equal(sentences(doc),
                      "Sáng 5/3, tại Hà Nội, Thượng tướng Trần Văn Bình tiếp Đô đốc Pedro Soto, Tư lệnh Hải quân Chile. | "
                      "Thượng tướng Trần Văn Bình tiếp Đô đốc Pedro Soto (Ảnh: Minh An) | Hai bên trao đổi về đào tạo "
                      "và tìm kiếm cứu nạn trên biển. | Đô đốc Pedro Soto cảm ơn sự đón tiếp chu đáo của Bộ Quốc "
                      "phòng Việt Nam.");
  attache_doc_free(doc);
  /* The tag of the paper opening the lead ends the headline run into it;
   * a name the lexicon knows before a dash is one side of a pair. */
  check_title("Tàu Hải quân Chile thăm thành phố Đà Nẵng QĐND Online - Sáng 5/3, tàu huấn luyện Esmeralda của "
              "Hải quân Chile cập cảng Tiên Sa, thành phố Đà Nẵng, bắt đầu chuyến thăm hữu nghị Việt Nam. Trong "
              "thời gian ở Đà Nẵng, thủy thủ đoàn chào xã giao lãnh đạo thành phố và giao lưu thể thao với cán bộ, "
              "chiến sĩ Vùng 3 Hải quân. Tàu rời cảng ngày 9/3.",
              "Tàu Hải quân Chile thăm thành phố Đà Nẵng");
  /* The site's clock opening the page is no part of the headline. */
  check_title("Thứ hai, 04/03/2024 Tàu Hải quân Chile thăm thành phố Đà Nẵng QĐND Online - Sáng 5/3, tàu huấn "
              "luyện Esmeralda của Hải quân Chile cập cảng Tiên Sa, thành phố Đà Nẵng, bắt đầu chuyến thăm hữu "
              "nghị Việt Nam. Trong thời gian ở Đà Nẵng, thủy thủ đoàn chào xã giao lãnh đạo thành phố và giao lưu "
              "thể thao với cán bộ, chiến sĩ Vùng 3 Hải quân. Tàu rời cảng ngày 9/3.",
              "Tàu Hải quân Chile thăm thành phố Đà Nẵng");
  /* A lead that opens with no date, by a phrase written with a capital only
   * where a sentence starts. */
  check_title("Đoàn đại biểu quân sự Chile thăm chính thức Việt Nam Nhận lời mời của Bộ trưởng Bộ Quốc phòng Việt "
              "Nam, Đoàn đại biểu quân sự cấp cao Chile do Đô đốc Pedro Soto dẫn đầu đến Hà Nội, bắt đầu chuyến thăm "
              "chính thức Việt Nam. Hai bên trao đổi về hợp tác đào tạo, tìm kiếm cứu nạn và gìn giữ hòa bình, "
              "nhất trí tăng cường hợp tác quốc phòng trong thời gian tới.",
              "Đoàn đại biểu quân sự Chile thăm chính thức Việt Nam");
  /* A page's time stamp after the headline ends the line (read as the
   * publication date, the headline with it). */
  doc = test_doc("Hải quân Chile thăm Việt Nam 04/03/2024 08:15 GMT+7 Sáng 5/3, tàu huấn luyện Esmeralda của Hải "
                 "quân Chile cập cảng Tiên Sa, thành phố Đà Nẵng, bắt đầu chuyến thăm hữu nghị Việt Nam. Trong thời "
                 "gian ở Đà Nẵng, thủy thủ đoàn chào xã giao lãnh đạo thành phố và giao lưu thể thao với cán bộ, chiến "
                 "sĩ Vùng 3 Hải quân. Tàu rời cảng ngày 9/3.",
                 NULL);
  assert_non_null(strstr(doc->text, "08:15 GMT+7\nSáng 5/3"));
  assert_true(doc->has_published);
  assert_int_equal(doc->published.day, 4);
  attache_doc_free(doc);
  /* A page's date stamp with its year between the headline and the lead, a
   * capital after it, is a line of its own: the publication date, and the
   * headline ends before it. */
  doc = test_doc("Chile and Viet Nam agree on naval training plan for 2024 March 4, 2024 Rear Admiral Pedro Soto, "
                 "Commander of the Chilean Navy, held talks with Senior Lieutenant General Tran Van Binh in Hanoi on "
                 "Monday. The two sides agreed to expand training, search and rescue at sea and the exchange of young "
                 "officers. Admiral Pedro Soto thanked the ministry for its warm welcome."
                 " The navies will hold a joint search and rescue drill off Da Nang later this year, the ministry said.",
                 NULL);
  assert_string_equal(doc->title, "Chile and Viet Nam agree on naval training plan for 2024");
  assert_true(doc->has_published);
  assert_int_equal(doc->published.month, 3);
  assert_int_equal(doc->published.day, 4);
  attache_doc_free(doc);
  doc = test_doc("4 Mar 2024 Chile and Viet Nam agree on naval training plan 9:05 am on 4 March 2024 Rear Admiral "
                 "Pedro Soto, Commander of the Chilean Navy, held talks with Senior Lieutenant General Tran Van Binh in "
                 "Hanoi on Monday. The two sides agreed to expand training, search and rescue at sea and the exchange "
                 "of young officers. Admiral Pedro Soto thanked the ministry for its warm welcome."
                 " The navies will hold a joint search and rescue drill off Da Nang later this year, the ministry said.",
                 NULL);
  assert_true(doc->has_published);
  assert_int_equal(doc->published.day, 4);
  assert_non_null(strstr(doc->text, "4 March 2024\nRear Admiral"));
  attache_doc_free(doc);
  /* a date in the story's sentence goes on with it */
  check("The two navies signed the plan in Hanoi on March 4, 2024 and agreed to meet again next year. The "
        "Chilean ship left Hai Phong on March 6, 2024 for Manila, ending its first visit to Viet Nam since the two "
        "countries set up their defence cooperation. Rear Admiral Pedro Soto thanked the ministry for its warm "
        "welcome and invited its officers to visit Valparaiso. The two navies last met in Valparaiso in 2023.",
        "The two navies signed the plan in Hanoi on March 4, 2024 and agreed to meet again next year. | The "
        "Chilean ship left Hai Phong on March 6, 2024 for Manila, ending its first visit to Viet Nam since the two "
        "countries set up their defence cooperation. | Rear Admiral Pedro Soto thanked the ministry for its warm "
        "welcome and invited its officers to visit Valparaiso. | The two navies last met in Valparaiso in 2023.");
  check_title("Hội nghị Bộ trưởng Quốc phòng ASEAN - Chile lần thứ nhất được tổ chức tại Hà Nội ngày 5/3 dưới "
              "sự chủ trì của Bộ trưởng Bộ Quốc phòng Việt Nam. Các bộ trưởng trao đổi về an ninh biển, tìm "
              "kiếm cứu nạn và gìn giữ hòa bình, nhất trí tăng cường hợp tác thực chất trong thời gian tới. Hội "
              "nghị thông qua tuyên bố chung về hợp tác quốc phòng giữa các nước.", NULL);
  /* A rank shortened with a period ends no line. */
  check("Deputy Minister of Defence Sen. Lt. Gen. Tran Van Binh hosted a reception for visiting Chilean Navy "
        "Commander Admiral Pedro Soto in Hanoi on March 5. The two sides discussed training, search and rescue at "
        "sea and the exchange of young officers between the two navies. Admiral Pedro Soto thanked the Vietnamese "
        "Defence Ministry for its warm welcome and invited Lieut. Gen. Tran Van Binh to visit Chile next year.",
        "Deputy Minister of Defence Sen. Lt. Gen. Tran Van Binh hosted a reception for visiting Chilean Navy "
        "Commander Admiral Pedro Soto in Hanoi on March 5. | The two sides discussed training, search and rescue at "
        "sea and the exchange of young officers between the two navies. | Admiral Pedro Soto thanked the Vietnamese "
        "Defence Ministry for its warm welcome and invited Lieut. Gen. Tran Van Binh to visit Chile next year.");
}

/* A paragraph a crawl gives without its final stop (a lead closed by its
 * date, a line naming who welcomed the guests) ends its sentence at the
 * blank line all the same: the next paragraph's happening never takes its
 * words. So in a story of short paragraphs too, where the look for a
 * program's wrapping runs: a blank line is no wrap. */
static void test_blank_line_ends_a_sentence(void **state) {
  (void)state;
  check("Tiêu đề bài\n\nĐoàn tàu Hải quân Ruritania cập cảng Quy Nhơn, bắt đầu chuyến thăm 4 ngày.\n\n"
        "Đón đoàn tại cảng có Đại tá Lê Văn Tám, Phó Tư lệnh Vùng 2, sáng 4-6\n\n"
        "Từ ngày 4 đến 7-6, đoàn sẽ chào xã giao lãnh đạo tỉnh.\n",
        "Đoàn tàu Hải quân Ruritania cập cảng Quy Nhơn, bắt đầu chuyến thăm 4 ngày. | "
        "Đón đoàn tại cảng có Đại tá Lê Văn Tám, Phó Tư lệnh Vùng 2, sáng 4-6 | "
        "Từ ngày 4 đến 7-6, đoàn sẽ chào xã giao lãnh đạo tỉnh.");
  check("A headline\n\nThe Ruritanian frigate Aldara docked at Quy Nhon port, starting a four-day visit.\n\n"
        "It was welcomed by Colonel Le Van Tam, Deputy Commander of Naval Region 2, on June 4\n\n"
        "During the stay, the crew will call on provincial leaders.\n",
        "The Ruritanian frigate Aldara docked at Quy Nhon port, starting a four-day visit. | "
        "It was welcomed by Colonel Le Van Tam, Deputy Commander of Naval Region 2, on June 4 | "
        "During the stay, the crew will call on provincial leaders.");
  /* short paragraphs, two without their stop */
  check("Tiêu đề bài\n\nTàu Aldara rời cảng sáng nay.\n\nĐoàn tàu cập cảng an toàn, sáng 4-6\n\n"
        "Đón đoàn có Đại tá Lê Văn Tám\n\nTừ ngày 4 đến 7-6, đoàn sẽ chào xã giao lãnh đạo tỉnh.\n",
        "Tàu Aldara rời cảng sáng nay. | Đoàn tàu cập cảng an toàn, sáng 4-6 | Đón đoàn có Đại tá Lê Văn Tám | "
        "Từ ngày 4 đến 7-6, đoàn sẽ chào xã giao lãnh đạo tỉnh.");
  check("A headline\n\nThe frigate left port this morning.\n\nThe ship docked safely on June 4\n\n"
        "Colonel Le Van Tam welcomed the crew\n\nFrom June 4 to 7, the crew will call on provincial leaders.\n",
        "The frigate left port this morning. | The ship docked safely on June 4 | Colonel Le Van Tam welcomed the "
        "crew | From June 4 to 7, the crew will call on provincial leaders.");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_abbreviations_do_not_end_sentences),
      cmocka_unit_test(test_english_abbreviations_and_initials),
      cmocka_unit_test(test_vietnamese_abbreviations),
      cmocka_unit_test(test_dates_and_decimals_stay_inside),
      cmocka_unit_test(test_vietnamese_end_mark),
      cmocka_unit_test(test_lower_case_after_period_continues),
      cmocka_unit_test(test_related_news_block_ends_story),
      cmocka_unit_test(test_related_news_box_inside_story),
      cmocka_unit_test(test_top_list_above_story),
      cmocka_unit_test(test_see_also_line_dropped),
      cmocka_unit_test(test_chrome_lines_dropped),
      cmocka_unit_test(test_headline_is_title_not_sentence),
      cmocka_unit_test(test_given_title_is_the_headline),
      cmocka_unit_test(test_published_line_read_and_dropped),
      cmocka_unit_test(test_published_line_after_story),
      cmocka_unit_test(test_published_in_bar_byline),
      cmocka_unit_test(test_publication_date_from_dateline_stamp_and_url),
      cmocka_unit_test(test_english_datelines),
      cmocka_unit_test(test_closing_credit_gives_publication),
      cmocka_unit_test(test_hard_wrapped_text_is_unwrapped),
      cmocka_unit_test(test_hard_wrapped_vietnamese_is_unwrapped),
      cmocka_unit_test(test_all_caps_headline_is_truecased),
      cmocka_unit_test(test_language_per_paragraph),
      cmocka_unit_test(test_language_by_function_words),
      cmocka_unit_test(test_second_unpunctuated_paragraph_is_story),
      cmocka_unit_test(test_clock_glued_before_headline),
      cmocka_unit_test(test_a_credit_without_brackets_marks_a_caption),
      cmocka_unit_test(test_headlines_run_together_are_dropped),
      cmocka_unit_test(test_headline_glued_before_lead_is_title),
      cmocka_unit_test(test_vietnamese_sentences_glued_by_a_crawl),
      cmocka_unit_test(test_page_run_together_on_one_line),
      cmocka_unit_test(test_blank_line_ends_a_sentence),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
