/* SPDX-License-Identifier: MIT */
/* test_events.c - event framing: types, modality, anchoring, one happening once. */
#include "support.h"

static const char *events(const char *text, const char *published) { return test_event_summary(text, published); }

static void test_reception(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 25/1, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã tiếp Bộ trưởng Bộ Quốc "
                             "phòng Hoa Kỳ James Mattis.",
                             "2018-01-26"),
                      "reception 2018-01-25 [VN US]");
}

/* A word of a happening right after a document's kind says what the
 * document is about: the signing is the only happening. */
static void test_what_a_document_is_about_is_no_happening(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 12/8, tại Seoul, hai bên đã ký thỏa thuận chuyển giao tàu tuần tra cho Việt Nam "
                             "và Hàn Quốc.",
                             "2024-08-13"),
                      "signing 2024-08-12 [VN KR]");
  assert_string_equal(events("Ngày 5/3, tại Hà Nội, Việt Nam và Ấn Độ đã ký Bản ghi nhớ thăm cảng của tàu hải quân hai "
                             "nước.",
                             "2024-03-06"),
                      "signing 2024-03-05 [VN IN]");
}

/* A word of a happening in small letters a few words into a document's
 * name ("... về diễn tập chung", "Quy chế phối hợp tuần tra chung") is
 * the document's topic too; a regulation ("Quy chế") is a document. */
static void test_a_documents_topic_inside_its_name_is_no_happening(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 12/3, tại Hà Nội, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Campuchia đã ký Quy chế "
                             "tuần tra liên hợp trên biển.",
                             "2024-03-13"),
                      "signing 2024-03-12 [VN KH]");
  assert_string_equal(events("Ngày 5/3, tại Viêng Chăn, Việt Nam và Lào đã ký Biên bản ghi nhớ về diễn tập chung cứu "
                             "hộ cứu nạn.",
                             "2024-03-06"),
                      "signing 2024-03-05 [VN LA]");
  assert_string_equal(events("Ngày 20/6, tàu của Hải quân Việt Nam và Hải quân Thái Lan đã tuần tra chung lần thứ 50. "
                             "Chuyến tuần tra được tiến hành theo Quy chế phối hợp tuần tra chung đã được Tư lệnh Hải "
                             "quân hai nước ký năm 1999.",
                             "2024-06-21"),
                      "exercise 2024-06-20 [VN TH]");
  /* a happening told after the document, past "và" or a mark, is one */
  assert_string_equal(events("Ngày 20/6, tại Hà Nội, Việt Nam và Thái Lan đã ký Thỏa thuận hợp tác, sau đó tổ chức "
                             "diễn tập chung.",
                             "2024-06-21"),
                      "signing 2024-06-20 [VN TH]; exercise 2024-06-20 [VN TH]");
}

/* A ship calls at a port before or after a joint patrol at sea, never
 * during it: a call told after the patrol ("Sau khi kết thúc chuyến tuần
 * tra ...", with "chung" or without) has the month the patrol ended, not
 * its first day. */
static void test_a_port_call_after_a_patrol_has_no_day_of_the_patrol(void **state) {
  (void)state;
  assert_string_equal(events("Từ ngày 29 đến 30/9, biên đội tàu của Hải quân Việt Nam và Hải quân Campuchia đã tuần "
                             "tra chung trên vùng nước lịch sử. Sau khi kết thúc chuyến tuần tra chung, tàu 18 của Hải "
                             "quân Campuchia đã cập cảng Hòn Chông, thăm Vùng 5 Hải quân.",
                             "2023-10-04"),
                      "exercise 2023-09-29 [VN KH]; port_call 2023-09 [VN KH]");
  assert_string_equal(events("Từ ngày 30/9 đến 1/10, biên đội tàu của Hải quân Việt Nam và Hải quân Campuchia đã tuần "
                             "tra chung trên vùng nước lịch sử. Sau khi kết thúc chuyến tuần tra, tàu 18 của Hải quân "
                             "Campuchia đã cập cảng Hòn Chông, thăm Vùng 5 Hải quân.",
                             "2023-10-04"),
                      "exercise 2023-09-30 [VN KH]; port_call 2023-10 [VN KH]");
  /* A call told with its own day keeps it. */
  assert_string_equal(events("Từ ngày 29 đến 30/9, biên đội tàu của Hải quân Việt Nam và Hải quân Campuchia đã tuần "
                             "tra chung trên vùng nước lịch sử. Sau khi kết thúc chuyến tuần tra chung, ngày 2/10, tàu "
                             "18 của Hải quân Campuchia đã cập cảng Hòn Chông, thăm Vùng 5 Hải quân.",
                             "2023-10-04"),
                      "exercise 2023-09-29 [VN KH]; port_call 2023-10-02 [VN KH]");
}

/* A drill told as what followed a ship's stay of days ("Sau đó, hai bên
 * ... diễn tập") is held as the ship sails off: the stay's last day, not
 * its first. A stay of one day, or a drill told at the occasion ("Dịp
 * này"), keeps the day the call is told with. */
static void test_a_drill_after_a_ships_stay_is_on_its_last_day(void **state) {
  (void)state;
  assert_string_equal(events("Từ ngày 12 đến 15/3, tàu hộ vệ Chakri của Hải quân Hoàng gia Thái Lan đã thăm cảng Tiên "
                             "Sa, thành phố Đà Nẵng. Sau đó, hai bên đã tiến hành diễn tập trên biển.",
                             "2025-03-17"),
                      "port_call 2025-03-12 [VN TH]; exercise 2025-03-15 [VN TH]");
  assert_string_equal(events("Ngày 12/3, tàu hộ vệ Chakri của Hải quân Hoàng gia Thái Lan đã thăm cảng Tiên Sa, thành "
                             "phố Đà Nẵng. Sau đó, hai bên đã tiến hành diễn tập trên biển.",
                             "2025-03-17"),
                      "port_call 2025-03-12 [VN TH]; exercise 2025-03-12 [VN TH]");
  assert_string_equal(events("Từ ngày 12 đến 15/3, tàu hộ vệ Chakri của Hải quân Hoàng gia Thái Lan đã thăm cảng Tiên "
                             "Sa, thành phố Đà Nẵng. Dịp này, hai bên đã tiến hành diễn tập trên biển.",
                             "2025-03-17"),
                      "port_call 2025-03-12 [VN TH]; exercise 2025-03-12 [VN TH]");
}

static void test_reception_words_that_name_places_or_citizens(void **state) {
  (void)state;
  /* A building or a room named for receiving is no reception; receiving
   * citizens is domestic work. */
  assert_string_equal(events("Các hiện vật của Anh được trưng bày tại Nhà tiếp đón của khu di tích.", "2019-04-02"),
                          "");
  assert_string_equal(events("Sáng 3/4, Chủ tịch tỉnh tiếp công dân định kỳ tại trụ sở tiếp dân của tỉnh.",
                             "2019-04-03"),
                      "");
}

static void test_end_of_a_meeting_refers_back_to_it(void **state) {
  (void)state;
  /* "Kết thúc hội đàm, ..." points at the talks told before: no second
   * talks, and what is signed then has their date. */
  assert_string_equal(events("Sáng 12/3, tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng "
                             "Hà Lan Ruben Brekelmans. Kết thúc hội đàm, hai bên ký Bản ghi nhớ về hợp tác quốc "
                             "phòng.",
                             "2025-03-12"),
                      "talks 2025-03-12 [VN NL]; signing 2025-03-12 [VN NL]");
}

/* A meeting at home is this record's only when it is on foreign relations:
 * a story of a steering committee or a conference on other work, naming no
 * other state, organization or word of foreign work, has no event; one that
 * reviews foreign relations ("công tác đối ngoại quốc phòng", "HNQT và
 * ĐNQP", a conference of attachés) keeps its meeting. */
static void test_a_meeting_at_home_on_other_work_is_no_event(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 14/3, tại Trụ sở Bộ Quốc phòng, Đại tướng Nguyễn Văn Bình chủ trì Phiên họp thứ "
                             "hai của Ban Chỉ đạo tổng kết 5 năm thực hiện Nghị quyết về xây dựng lực lượng dự bị "
                             "động viên. Cùng dự có Thượng tướng Trần Văn Nam.",
                             "2024-03-14"),
                      "");
  assert_string_equal(events("Sáng 9/5, tại Hà Nội, Tổng cục Hậu cần tổ chức Hội nghị đánh giá kết quả xây dựng kho "
                             "tàng giai đoạn 2020-2025. Thiếu tướng Lê Văn Hòa chủ trì hội nghị.",
                             "2024-05-09"),
                      "");
  assert_string_equal(events("Sáng 9/1, tại Hà Nội, Bộ Quốc phòng tổ chức Hội nghị tổng kết công tác đối ngoại quốc "
                             "phòng năm 2023.",
                             "2024-01-09"),
                      "meeting 2024-01-09 [VN]");
  assert_string_equal(events("Sáng 2/4, tại Hà Nội, Cục Đối ngoại tổ chức Hội nghị đánh giá công tác HNQT và ĐNQP quý "
                             "I năm 2024. Đại tá Trần Văn Dũng chủ trì hội nghị.",
                             "2024-04-02"),
                      "meeting 2024-04-02 [VN]");
}

static void test_plans_and_wishes_are_not_events(void **state) {
  (void)state;
  assert_string_equal(events("Pháp sẽ mời Bộ trưởng Bộ Quốc phòng Việt Nam thăm chính thức Cộng hòa Pháp.", NULL), "");
  assert_string_equal(events("Việt Nam sẵn sàng đón tàu hải quân các nước thăm xã giao.", NULL), "");
  assert_string_equal(events("Dự kiến trong chuyến thăm này, hai bên sẽ ký kết các văn kiện.", NULL), "");
}

static void test_a_day_still_to_come_is_a_plan(void **state) {
  (void)state;
  /* "ngày 9/12 tới đây" is the coming 9 December; "sáng mai" tomorrow
   * morning: what is told for them is still to happen. */
  assert_string_equal(events("Ngày 9/12 tới đây, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh tổ chức chương trình "
                             "giao lưu hữu nghị với lực lượng bảo vệ biên giới Campuchia.",
                             "2021-12-01"),
                      "");
  assert_string_equal(events("Sáng mai (10/12), tàu hộ vệ HMAS Arunta của Hải quân Hoàng gia Australia cập cảng "
                             "Cam Ranh.",
                             "2021-12-09"),
                      "");
}

/* Vietnamese news announces the schedule of what it reports: a ship's visit
 * told under its headline as "sẽ thăm ... từ ngày 14-17/5", then shown
 * entering port, is held on the days planned. A schedule still to come
 * after the day of publication tells no happening yet; a sentence with a
 * time of its own ("Năm ngoái") tells another visit; a purpose ("để chào
 * mừng tàu ... cập cảng") is no schedule. */
static void test_a_happening_told_undated_is_held_on_its_planned_days(void **state) {
  (void)state;
  assert_string_equal(events("Tàu Hải quân Chile thăm Việt Nam\n"
                             "Tàu huấn luyện Esmeralda của Hải quân Chile sẽ thăm cảng Tiên Sa, Đà Nẵng từ ngày "
                             "14-17/5/2024.\n"
                             "Tàu Esmeralda tiến vào cảng Tiên Sa.",
                             "2024-05-14"),
                      "port_call 2024-05-14 [VN CL]");
  assert_string_equal(events("Tàu Hải quân Chile thăm Việt Nam\n"
                             "Tàu huấn luyện Esmeralda của Hải quân Chile sẽ thăm cảng Tiên Sa, Đà Nẵng từ ngày "
                             "14-17/5/2024.\n"
                             "Tàu Esmeralda sẽ tiến vào cảng Tiên Sa.",
                             "2024-05-10"),
                      "");
  assert_string_equal(events("Tàu Hải quân Chile sắp thăm Đà Nẵng\n"
                             "Tàu huấn luyện Esmeralda của Hải quân Chile sẽ thăm Đà Nẵng từ ngày 14 đến ngày 17/5.\n"
                             "Năm ngoái, tàu Cochrane của Hải quân Chile đã thăm Cam Ranh.",
                             NULL),
                      "port_call null [VN CL]");
  assert_string_equal(events("Tàu Hải quân Chile thăm Việt Nam\n"
                             "Tối 15/5/2024, Đại sứ quán Chile tổ chức tiệc để chào mừng tàu huấn luyện Esmeralda "
                             "của Hải quân Chile cập cảng Tiên Sa.\n"
                             "Tàu Esmeralda tiến vào cảng Tiên Sa.",
                             "2024-05-16"),
                      "port_call null [VN CL]");
}

static void test_a_meeting_a_proposal_was_made_at_in_a_past_month_was_held(void **state) {
  (void)state;
  /* "được đề xuất tại Hội nghị ... tháng 11/2022": the proposal is no
   * happening, but the meeting it was made at, in a month before the
   * story's, took place. */
  assert_string_equal(events("Ngày 6/9/2023, diễn tập hàng hải ASEAN - Ấn Độ khai mạc tại Singapore. Sáng kiến này "
                             "được Ấn Độ đề xuất tại Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng tháng 11/2022 tại "
                             "Campuchia.",
                             NULL),
                      "exercise 2023-09-06 [VN IN SG]; multilateral 2022-11 [IN]");
}

/* "được Nhật Bản đề xuất tại Hội nghị ...", "nhất trí tại Hội nghị ...": a
 * proposal or agreement told as made at a forum names where it was made,
 * and that forum met, whatever the story's date; one still to be made
 * there ("sẽ đề xuất tại") is a plan. */
static void test_a_forum_a_proposal_was_made_at_met(void **state) {
  (void)state;
  assert_string_equal(events("Sáng kiến này được Nhật Bản đề xuất tại Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng tháng "
                             "11/2023 tại Indonesia.",
                             NULL),
                      "multilateral 2023-11 [JP]");
  assert_string_equal(events("Việt Nam và Lào nhất trí tại Hội nghị Bộ trưởng Quốc phòng ASEAN tháng 6/2022 thành lập nhóm "
                             "chuyên gia.",
                             NULL),
                      "multilateral 2022-06 [VN LA]");
  assert_string_equal(events("Việt Nam sẽ đề xuất tại Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng tháng 11/2023 tổ chức "
                             "diễn tập chung.",
                             NULL),
                      "");
}

static void test_two_sessions_of_a_dialogue_are_two_events(void **state) {
  (void)state;
  /* "lần thứ 5" and "lần thứ 4" number two sessions of one dialogue: the
   * fourth, named after "kể từ sau", is no reference to the fifth told. */
  assert_string_equal(events("Sáng 12/9, hai bên đồng chủ trì Đối thoại chính sách quốc phòng Việt Nam - Tây Ban Nha "
                             "lần thứ 5 tại Madrid. Hai bên đã đánh giá kết quả hợp tác kể từ sau Đối thoại chính "
                             "sách quốc phòng lần thứ 4 tại Hà Nội.",
                             NULL),
                      "dialogue XXXX-09-12 [VN ES]; dialogue null [VN ES]");
}

static void test_the_act_an_invitation_asks_for_is_no_event(void **state) {
  (void)state;
  /* What "lời mời" asks for in its own clause has not happened; an
   * invitation accepted, told in a clause before the visit, is the visit's. */
  assert_string_equal(events("Hôm 3/5, Bộ Quốc phòng Úc đã gửi lời mời Hải quân Indonesia tham gia cuộc tập trận "
                             "chung Kakadu.",
                             NULL),
                      "");
  assert_string_equal(events("Nhận lời mời của Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng Campuchia Tea Seiha "
                             "đã thăm chính thức Việt Nam từ ngày 8 đến 10/4.",
                             NULL),
                      "visit XXXX-04-08 [VN KH]");
}

static void test_generic_plural_is_not_an_event(void **state) {
  (void)state;
  assert_string_equal(events("Lãnh đạo cấp cao hai nước thường xuyên duy trì các chuyến thăm.", NULL), "");
}

static void test_policy_without_anchor_is_not_an_event(void **state) {
  (void)state;
  assert_string_equal(events("Tăng cường hợp tác tuần tra chung với các quốc gia có chung đường biên giới.", NULL),
                      "");
  assert_string_equal(events("Việt Nam tham gia các cơ chế do ASEAN giữ vai trò trung tâm như ADMM, ADMM+ và "
                             "Diễn đàn khu vực ASEAN (ARF).",
                             NULL),
                      "");
}

static void test_one_happening_told_twice_is_one_event(void **state) {
  (void)state;
  /* A forum's meeting told undated, then its days where the next sentence
   * goes on at it ("Tại hội nghị, ..."). */
  assert_string_equal(events("Đoàn Quân đội Việt Nam đã dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN tại Viêng "
                             "Chăn. Tại hội nghị, từ ngày 29/4 đến ngày 1/5, các đại biểu đã bàn về rà phá bom mìn.",
                             "2024-05-03"),
                      "multilateral 2024-04-29 [VN]");
  assert_string_equal(events("Sáng 6/11, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đại sứ Pháp. Tại buổi tiếp, Thượng "
                             "tướng Nguyễn Chí Vịnh đánh giá cao quan hệ hai nước.",
                             NULL),
                      "reception XXXX-11-06 [VN FR]");
}

static void test_two_talks_with_different_people_are_two_events(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 27/3, Thượng tướng Nguyễn Chí Vịnh đã hội kiến với bà Florence Parly, Bộ trưởng "
                             "Bộ Quốc phòng Pháp. Trước đó, Thượng tướng Nguyễn Chí Vịnh đã làm việc với ông "
                             "Phillippe Errera, Tổng Cục trưởng Tổng cục Hợp tác quốc tế và Chiến lược.",
                             NULL),
                      "talks XXXX-03-27 [VN FR]; talks null [VN FR]");
}

static void test_visit_and_talks_are_two_events(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 21/10, tại Hà Nội, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng "
                             "Nhật Bản Kishi Nobuo đang thăm chính thức Việt Nam từ ngày 20 đến 23/10.",
                             NULL),
                      "talks XXXX-10-21 [VN JP]; visit XXXX-10-20 [VN JP]");
}

static void test_multilateral_meeting_with_mechanism(void **state) {
  (void)state;
  json_t *r = test_extract("Thủ tướng Nguyễn Tấn Dũng dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần "
                           "thứ nhất tại Hà Nội (12/10/2010).",
                           NULL);
  json_t *ev = json_array_get(test_list(r, "events"), 0);
  assert_string_equal(test_str(ev, "type"), "multilateral");
  assert_string_equal(test_str(ev, "mechanism"), "ADMM-PLUS");
  assert_string_equal(test_str(ev, "date"), "2010-10-12");
  assert_string_equal(json_string_value(json_array_get(json_object_get(ev, "organizations"), 0)), "ASEAN");
  json_decref(r);
}

static void test_signing_needs_a_document(void **state) {
  (void)state;
  assert_string_equal(events("Hai bên đã ký kết Thỏa thuận về hợp tác trong lĩnh vực khoa học quân sự.", NULL),
                      "signing null [VN]");
  assert_string_equal(events("Belarus thực hiện đúng tiến độ các hợp đồng thương mại quân sự đã ký kết.", NULL), "");
  /* The two ministers of the talks told, or the two sides, as the subject
   * of a signing or of witnessing one, tell it in the present. */
  const char *talks = "Sáng 9/4, tại Hà Nội, Đại tướng Lê Văn Hùng hội đàm với Bộ trưởng Quốc phòng Chile. ";
  char text[512];
  snprintf(text, sizeof text, "%sHai Bộ trưởng ký Bản ghi nhớ về hợp tác đào tạo.", talks);
  assert_string_equal(events(text, NULL), "talks XXXX-04-09 [VN CL]; signing null [VN CL]");
  snprintf(text, sizeof text, "%sHai bên chứng kiến lễ ký Bản ghi nhớ về hợp tác đào tạo.", talks);
  assert_string_equal(events(text, NULL), "talks XXXX-04-09 [VN CL]; signing null [VN CL]");
  /* Documents counted, not named, signed after the talks told; a total of
   * a year is a figure, no signing. */
  snprintf(text, sizeof text, "%sSau hội đàm, hai bên đã ký ba văn kiện hợp tác.", talks);
  assert_string_equal(events(text, NULL), "talks XXXX-04-09 [VN CL]; signing XXXX-04-09 [VN CL]");
  snprintf(text, sizeof text, "%sNăm 2023, hai bên đã ký 12 văn kiện hợp tác.", talks);
  assert_string_equal(events(text, NULL), "talks XXXX-04-09 [VN CL]");
  /* Documents exchanged ("trao đổi văn kiện"): the cue names them itself. */
  snprintf(text, sizeof text, "%sSau hội đàm, hai trưởng đoàn đã trao đổi văn kiện hợp tác.", talks);
  assert_string_equal(events(text, NULL), "talks XXXX-04-09 [VN CL]; signing XXXX-04-09 [VN CL]");
  /* A noun of another happening so told is a field of work, not one held. */
  snprintf(text, sizeof text, "%sHai bên nhất trí tăng cường trao đổi đoàn các cấp.", talks);
  assert_string_equal(events(text, NULL), "talks XXXX-04-09 [VN CL]");
}


static void test_a_welcome_thanked_for_is_no_reception(void **state) {
  (void)state;
  /* Thanks for the welcome after talks: no reception of its own. */
  assert_string_equal(events("Chiều 9/4, Đại tướng Lê Văn Hùng hội đàm với Bộ trưởng Quốc phòng Chile. Bộ trưởng "
                             "Chile cảm ơn sự đón tiếp chu đáo của Bộ Quốc phòng Việt Nam.",
                             NULL),
                      "talks XXXX-04-09 [VN CL]");
  /* After a reception told, its guest who thanks for it takes part in it. */
  assert_string_equal(test_participants("Chiều 9/4, Đại tướng Lê Văn Hùng tiếp Đại sứ Chile tại Việt Nam. Đại sứ Pablo "
                                   "Reyes cảm ơn Đại tướng Lê Văn Hùng đã dành thời gian đón tiếp.", false),
                      "reception:Lê Văn Hùng|Pablo Reyes");
}

static void test_date_of_subordinate_and_following_cues(void **state) {
  (void)state;
  /* The time adverbial is the reception's; the visit told in passing has none. */
  assert_string_equal(events("Chiều 25/1, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã tiếp Bộ trưởng Bộ Quốc "
                             "phòng Hoa Kỳ James Mattis đang thăm chính thức Việt Nam.",
                             NULL),
                      "reception XXXX-01-25 [VN US]; visit null [VN US]");
  /* A date after the cue that belongs to something else is not taken. */
  assert_string_equal(events("Đây là chuyến thăm Việt Nam đầu tiên của Bộ trưởng Quốc phòng Indonesia Prabowo "
                             "Subianto kể từ khi nhậm chức vào tháng 10/2019.",
                             NULL),
                      "visit null [VN ID]");
}

static void test_a_visit_told_by_crossing_alone_has_the_sentence_day(void **state) {
  (void)state;
  /* "sang thăm" with no other happening in the sentence is the visit itself,
   * with or without "đã", after a verb of holding, with a wish told along. */
  assert_string_equal(events("Chiều 12/2, đoàn công tác Bộ Chỉ huy Quân sự tỉnh Champasak (Lào) sang thăm, chúc Tết "
                             "Bộ Chỉ huy Quân sự tỉnh Kon Tum.",
                             "2025-02-13"),
                      "visit 2025-02-12 [VN LA]");
  assert_string_equal(events("Ngày 20/4, Bộ Chỉ huy Quân sự tỉnh Gia Lai đã tổ chức đoàn sang thăm và làm việc với Bộ "
                             "Chỉ huy Quân sự tỉnh Ratanakiri (Campuchia).",
                             "2025-04-22"),
                      "visit 2025-04-20 [VN KH]");
  /* Beside another happening, or set off by a comma after the guests'
   * leader, it is told in passing and spans days of its own. */
  assert_string_equal(events("Chiều 12/2, Đại tá Nguyễn Văn Bình tiếp đoàn công tác tỉnh Champasak (Lào) sang thăm "
                             "và làm việc tại Kon Tum.",
                             "2025-02-13"),
                      "reception 2025-02-12 [VN LA]; visit null [VN LA]");
}

/* The one event of r, a multilateral meeting of `mechanism` on `date`. */
static json_t *the_one_forum_meeting(json_t *r, const char *mechanism, const char *date) {
  json_t *evs = test_list(r, "events");
  assert_int_equal(json_array_size(evs), 1);
  json_t *ev = json_array_get(evs, 0);
  assert_string_equal(test_str(ev, "type"), "multilateral");
  assert_string_equal(test_str(ev, "mechanism"), mechanism);
  assert_string_equal(test_str(ev, "date"), date);
  return ev;
}

/* Each of the n texts, published on `published`, is one multilateral
 * meeting of `mechanism` on `date`. */
static void each_is_the_one_forum_meeting(const char *const *told, size_t n, const char *published,
                                          const char *mechanism, const char *date) {
  for (size_t i = 0; i < n; i++) {
    json_t *r = test_extract(told[i], published);
    the_one_forum_meeting(r, mechanism, date);
    json_decref(r);
  }
}

static void test_the_army_chiefs_conference_of_the_indo_pacific_is_a_forum(void **state) {
  (void)state;
  json_t *r = test_extract("Sáng 10/9, Hội nghị Tư lệnh Lục quân khu vực Ấn Độ Dương - Thái Bình Dương lần thứ 12 khai "
                           "mạc tại Manila. Thiếu tướng Trần Văn Nam dẫn đầu đoàn Việt Nam tham dự hội nghị.",
                           "2025-09-10");
  the_one_forum_meeting(r, "OTHER", "2025-09-10");
  json_decref(r);
  /* The region told as "Ấn Độ - Thái Bình Dương", or the conference "of the
   * states" of it, without the acronym: the same forum, and "Ấn Độ" in the
   * region's name is no party. */
  const char *named[] = {"Hội nghị Tư lệnh lục quân khu vực Ấn Độ - Thái Bình Dương",
                         "Hội nghị Tư lệnh Lục quân các nước Ấn Độ Dương - Thái Bình Dương",
                         "Hội nghị Tư lệnh Lục quân Ấn Độ-Thái Bình Dương"};
  for (size_t i = 0; i < sizeof named / sizeof *named; i++) {
    char text[512];
    snprintf(text, sizeof text,
             "Sáng 10/9, tại Manila, Philippines, %s lần thứ 12 đã khai mạc. Thiếu tướng Trần Văn Nam dẫn đầu "
             "đoàn Việt Nam tham dự hội nghị.",
             named[i]);
    r = test_extract(text, "2025-09-10");
    json_t *ev = the_one_forum_meeting(r, "OTHER", "2025-09-10");
    json_t *cs = test_list(ev, "countries");
    for (size_t c = 0; c < json_array_size(cs); c++)
      assert_string_not_equal(json_string_value(json_array_get(cs, c)), "IN");
    json_decref(r);
  }
}

/* The Western Pacific's naval symposium and the Asia-Pacific military
 * health exchange told in Vietnamese, as a conference, a symposium or a
 * forum: a meeting of a forum (OTHER), not the story's domestic meeting or
 * nothing. */
/* A seminar or a conference co-hosted by two other states (an experts'
 * group's co-chairs), Vietnam not named in its sentence: theirs, part of the
 * forum told, no talks of Vietnam with either. */
static void test_a_seminar_co_hosted_by_two_other_states(void **state) {
  (void)state;
  const char *told[] = {
      "Ngày 12/5 đã diễn ra Hội nghị Nhóm chuyên gia ADMM+ về chống khủng bố lần thứ 16. Hội thảo và hội nghị do "
      "Bộ Quốc phòng Malaysia và Bộ Quốc phòng Australia đồng tổ chức tại Kuala Lumpur.",
      "Ngày 12/5 đã diễn ra Hội nghị Nhóm chuyên gia ADMM+ về chống khủng bố lần thứ 16. Hội thảo do Bộ Quốc "
      "phòng Malaysia và Bộ Quốc phòng Australia đồng chủ trì.",
      "Ngày 12/5 đã diễn ra Hội nghị Nhóm chuyên gia ADMM+ về chống khủng bố lần thứ 16. Hội nghị do Bộ Quốc "
      "phòng Malaysia và Bộ Quốc phòng Australia đồng chủ trì tại Kuala Lumpur."};
  each_is_the_one_forum_meeting(told, sizeof told / sizeof *told, "2022-05-13", "OTHER", "2022-05-12");
}

/* The ASEAN navy, army and air force chiefs' conferences and the military
 * intelligence chiefs' one, held online ("Hội nghị trực tuyến ..."): the
 * same forum (OTHER) as held in person, not nothing. */
static void test_the_asean_service_chiefs_conferences_held_online(void **state) {
  (void)state;
  const char *told[] = {
      "Sáng 6/11, Hội nghị trực tuyến Tư lệnh Hải quân các nước ASEAN lần thứ 15 diễn ra tại điểm cầu Hà Nội "
      "dưới sự chủ trì của Chuẩn Đô đốc Lê Văn Sơn, Tư lệnh Hải quân nhân dân Việt Nam.",
      "Sáng 6/11, Hội nghị trực tuyến Tư lệnh Lục quân các nước ASEAN lần thứ 23 diễn ra, Trung tướng Đỗ Văn "
      "Lâm tham dự tại điểm cầu Hà Nội.",
      "Sáng 6/11, Hội nghị trực tuyến Tư lệnh Không quân các nước ASEAN lần thứ 18 diễn ra, Thiếu tướng Phạm "
      "Văn Hòa dự tại điểm cầu Hà Nội.",
      "Sáng 6/11, Hội nghị trực tuyến Tình báo quân sự các nước ASEAN lần thứ 18 diễn ra dưới sự chủ trì của "
      "Trung tướng Vũ Đức Minh."};
  each_is_the_one_forum_meeting(told, sizeof told / sizeof *told, "2021-11-07", "OTHER", "2021-11-06");
}

static void test_the_western_pacific_naval_symposium_told_in_vietnamese(void **state) {
  (void)state;
  const char *told[] = {
      "Sáng 20/4, Hội nghị Diễn đàn Hải quân Tây Thái Bình Dương (WPNS) lần thứ 19 đã khai mạc tại Thanh Đảo, "
      "Trung Quốc. Chuẩn Đô đốc Trần Văn Hải dẫn đầu đoàn Hải quân Việt Nam tham dự.",
      "Sáng 20/4, Hội thảo Tư lệnh Hải quân Tây Thái Bình Dương lần thứ 19 đã khai mạc theo hình thức trực tuyến. "
      "Chuẩn Đô đốc Trần Văn Hải tham dự tại điểm cầu Hà Nội.",
      "Ngày 20/4, tại Đà Nẵng, Cục Quân y phối hợp với Quân y Hoa Kỳ tổ chức Hội nghị Trao đổi Quân y châu Á - "
      "Thái Bình Dương năm 2024 với đại biểu đến từ 20 quốc gia."};
  each_is_the_one_forum_meeting(told, sizeof told / sizeof *told, "2024-04-21", "OTHER", "2024-04-20");
}

/* An experts' group of ADMM+ meets: the forum named in the group's name,
 * by its acronym in brackets or by its full name, is the group's framework,
 * one meeting of the group (mechanism OTHER), no ADMM+ meeting of its own. */
static void test_an_expert_groups_meeting_named_with_its_forum(void **state) {
  (void)state;
  const char *told[] = {
      "Sáng 14/3, tại thành phố Đà Nẵng, Việt Nam và Nhật Bản đồng chủ trì Hội nghị nhóm chuyên gia các nước "
      "ASEAN mở rộng (ADMM+) về quân y.",
      "Sáng 14/3, tại thành phố Đà Nẵng đã khai mạc Hội nghị lần thứ năm Nhóm chuyên gia Hội nghị Bộ trưởng Quốc "
      "phòng ASEAN mở rộng (ADMM+) về quân y.",
      "Sáng 14/3, tại thành phố Đà Nẵng đã khai mạc Hội nghị lần thứ năm của Nhóm chuyên gia về quân y trong "
      "khuôn khổ hợp tác quốc phòng (ADMM+).",
      "Sáng 14/3, tại thành phố Đà Nẵng đã khai mạc Hội nghị Nhóm chuyên gia Hội nghị Bộ trưởng Quốc phòng các "
      "nước ASEAN mở rộng về quân y."};
  each_is_the_one_forum_meeting(told, sizeof told / sizeof *told, "2025-03-14", "OTHER", "2025-03-14");
  /* A group named, then the forum's own meeting told at a place: two. */
  json_t *r = test_extract("Sáng 14/3, Nhóm chuyên gia về quân y đã báo cáo kết quả tại Hội nghị Bộ trưởng Quốc "
                           "phòng các nước ASEAN mở rộng (ADMM+) lần thứ 12.",
                           "2025-03-14");
  json_t *evs = test_list(r, "events");
  bool forum = false;
  for (size_t e = 0; e < json_array_size(evs); e++) {
    const char *mechanism = test_str(json_array_get(evs, e), "mechanism");
    forum |= mechanism && !strcmp(mechanism, "ADMM-PLUS");
  }
  assert_true(forum);
  json_decref(r);
}

/* A forum's name opening its clause, then "dự kiến" before the verb of its
 * holding ("dự kiến diễn ra", "dự kiến được tổ chức", "dự kiến tổ chức",
 * "dự kiến sẽ"), is a plan: no meeting, for each forum named together. A
 * forum that met and the plan for its next round in the same story keep the
 * one that met; a forum attended keeps its meeting. */
static void test_a_forum_told_as_planned_is_no_meeting(void **state) {
  (void)state;
  const char *planned[] = {
      "Hội nghị Bộ trưởng Quốc phòng ASEAN (ADMM) lần thứ 30 và Hội nghị ADMM+ lần thứ 20 dự kiến diễn ra từ ngày "
      "12 - 13/11 tại Viêng Chăn.",
      "Hội nghị ADMM hẹp dự kiến được tổ chức vào tháng 3 tới tại Băng Cốc.",
      "Theo kế hoạch, Hội nghị ADMM hẹp dự kiến tổ chức vào tháng 3 tại Băng Cốc.",
      "Hội nghị Tư lệnh lực lượng quốc phòng các nước ASEAN (ACDFM) lần thứ 31 dự kiến sẽ diễn ra tại Lào."};
  for (size_t i = 0; i < sizeof planned / sizeof *planned; i++) assert_string_equal(events(planned[i], "2030-11-01"), "");
  json_t *r = test_extract("Sáng 12/11, Hội nghị Tư lệnh lực lượng quốc phòng các nước ASEAN (ACDFM) lần thứ 30 đã "
                           "diễn ra tại Hà Nội. Hội nghị ACDFM lần thứ 31 dự kiến tổ chức tại Lào.",
                           "2030-11-12");
  the_one_forum_meeting(r, "ACDFM", "2030-11-12");
  json_decref(r);
  r = test_extract("Ngày 20/11, Bộ trưởng Quốc phòng Việt Nam đã tham dự Hội nghị ADMM dự kiến diễn ra trong hai ngày "
                   "tại Kuala Lumpur.",
                   "2030-11-21");
  the_one_forum_meeting(r, "ADMM", "2030-11-20");
  json_decref(r);
}

/* The chairs of two forums handed over together ("vai trò Chủ tịch ADMM và
 * ADMM+") are one happening, a meeting of the forum named first; a chair's
 * role handed over ("Lễ bàn giao chức Chủ tịch") is no handover of aid: at
 * a conference's end it is that conference. */
static void test_a_chair_handed_over_is_one_forum_meeting(void **state) {
  (void)state;
  const char *told[] = {
      "Ngày 20/11, tại Kuala Lumpur, Bộ Quốc phòng Việt Nam đã chính thức tiếp quản vai trò chủ tịch Hội nghị Bộ "
      "trưởng Quốc phòng ASEAN (ADMM) và chủ tịch Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) năm 2031.",
      "Lễ bàn giao chức Chủ tịch ADMM và ADMM+ đã được tổ chức chiều 20/11 tại Kuala Lumpur, Malaysia.",
      "Chiều 20/11, tại Kuala Lumpur, Bộ trưởng Quốc phòng Việt Nam đã nhận biểu trưng cho vai trò Chủ tịch ADMM và "
      "ADMM+ từ Bộ trưởng Quốc phòng Malaysia."};
  each_is_the_one_forum_meeting(told, sizeof told / sizeof *told, "2030-11-21", "ADMM", "2030-11-20");
  /* the chair handed over as the conference ends: the conference alone */
  json_t *r = test_extract("Sáng 12/11, Hội nghị Tư lệnh lực lượng quốc phòng các nước ASEAN (ACDFM) lần thứ 30 đã "
                           "diễn ra tại Hà Nội. Kết thúc hội nghị, Việt Nam đã bàn giao chức Chủ tịch ACDFM cho Lào.",
                           "2030-11-12");
  the_one_forum_meeting(r, "ACDFM", "2030-11-12");
  json_decref(r);
  /* two forums told side by side, no chair: two meetings */
  assert_string_equal(events("Ngày 20/11, tại Kuala Lumpur, Bộ trưởng Quốc phòng Việt Nam đã dự Hội nghị Bộ trưởng Quốc "
                             "phòng ASEAN (ADMM) và Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+).",
                             "2030-11-21"),
                      "multilateral 2030-11-20 [VN]; multilateral 2030-11-20 [VN]");
}

/* A delegation setting out for the China-ASEAN defence ministers' informal
 * meeting named with China first, and the Xiangshan Forum: both forums. */
static void test_setting_out_for_the_china_asean_informal_meeting(void **state) {
  (void)state;
  const char *told[] = {"Cuộc gặp không chính thức giữa Bộ trưởng Quốc phòng Trung Quốc với Bộ trưởng Quốc phòng các "
                        "nước ASEAN",
                        "Cuộc gặp không chính thức các Bộ trưởng Quốc phòng Trung Quốc-ASEAN",
                        "Cuộc gặp không chính thức Bộ trưởng Quốc phòng Trung Quốc - ASEAN"};
  for (size_t i = 0; i < sizeof told / sizeof *told; i++) {
    char text[512];
    snprintf(text, sizeof text,
             "Sáng 14/10, Đại tướng Trần Văn Nam, Bộ trưởng Bộ Quốc phòng, đã rời Hà Nội đi tham dự %s và Diễn đàn "
             "Hương Sơn tại Bắc Kinh, Trung Quốc.",
             told[i]);
    json_t *r = test_extract(text, "2030-10-14");
    json_t *evs = test_list(r, "events");
    assert_int_equal(json_array_size(evs), 2);
    assert_string_equal(test_str(json_array_get(evs, 0), "mechanism"), "CHINA-ASEAN-DMM");
    assert_string_equal(test_str(json_array_get(evs, 1), "mechanism"), "XSF");
    for (size_t e = 0; e < 2; e++) assert_string_equal(test_str(json_array_get(evs, e), "date"), "2030-10-14");
    json_decref(r);
  }
}

/* Vietnamese tells the ministers of three states together by the office
 * with its states counted ("Bộ trưởng Quốc phòng ba nước A - B - C"): their
 * meeting is a grouping's own, multilateral with no listed mechanism, not
 * talks; a minister's talks with one counterpart stay talks. */
static void test_the_ministers_of_three_states_counted_meet_as_a_grouping(void **state) {
  (void)state;
  const char *told[] = {
      "Chiều 15/10, tại Viêng Chăn đã diễn ra Cuộc gặp Bộ trưởng Bộ Quốc phòng ba nước Việt Nam - Lào - Campuchia.",
      "Chiều 15/10, tại Viêng Chăn, cuộc gặp thường niên giữa Bộ trưởng Quốc phòng 3 nước Việt Nam, Lào và "
      "Campuchia đã diễn ra."};
  each_is_the_one_forum_meeting(told, sizeof told / sizeof *told, "2030-10-16", "OTHER", "2030-10-15");
  assert_string_equal(events("Chiều 15/10, tại Viêng Chăn đã diễn ra Cuộc gặp Bộ trưởng Bộ Quốc phòng ba nước Việt "
                             "Nam - Lào - Campuchia.",
                             "2030-10-16"),
                      "multilateral 2030-10-15 [VN LA KH]");
  assert_string_equal(events("Chiều 15/10, tại Hà Nội, Đại tướng Trần Văn Nam, Bộ trưởng Bộ Quốc phòng đã hội đàm "
                             "với Đại tướng Sok Vanna, Bộ trưởng Bộ Quốc phòng Campuchia.",
                             "2030-10-16"),
                      "talks 2030-10-15 [VN KH]");
}

/* ASEAN told by its full name, "Hiệp hội các quốc gia Đông Nam Á (ASEAN)",
 * in the name of the defence ministers' meetings: the same forums. */
static void test_asean_told_in_full_in_a_forums_name(void **state) {
  (void)state;
  const struct {
    const char *name, *mechanism;
  } told[] = {
      {"Hội nghị hẹp Bộ trưởng Quốc phòng các nước Hiệp hội các quốc gia Đông Nam Á (ASEAN)", "ADMM-RETREAT"},
      {"Hội nghị Bộ trưởng Quốc phòng các nước Hiệp hội các quốc gia Đông Nam Á (ASEAN)", "ADMM"},
      {"Hội nghị Bộ trưởng Quốc phòng Hiệp hội các quốc gia Đông Nam Á (ASEAN) mở rộng", "ADMM-PLUS"},
  };
  for (size_t i = 0; i < sizeof told / sizeof *told; i++) {
    char text[512];
    snprintf(text, sizeof text, "Sáng 19/2, tại Hà Nội, %s đã khai mạc dưới sự chủ trì của Đại tướng Trần Văn Nam.",
             told[i].name);
    json_t *r = test_extract(text, "2030-02-19");
    the_one_forum_meeting(r, told[i].mechanism, "2030-02-19");
    json_decref(r);
  }
}

static void test_counterparts_of_two_other_states_meet_without_vietnam(void **state) {
  (void)state;
  /* Two foreign counterparts and no Vietnamese: their meeting, one event. */
  assert_string_equal(events("Ngày 18/3, Bộ trưởng Quốc phòng Pháp Pierre Martin đã hội đàm với người đồng cấp Đức Hans "
                             "Weber tại Berlin.",
                             "2024-03-20"),
                      "talks 2024-03-18 [FR DE]");
  assert_string_equal(events("Ngày 18/3, Bộ trưởng Quốc phòng Trung Quốc Lý Văn Hoa đã điện đàm với người đồng cấp Mỹ "
                             "John Miller.",
                             "2024-03-20"),
                      "call 2024-03-18 [CN US]");
  /* With a Vietnamese side named, Vietnam takes part; two partners without
   * the word for a counterpart are two sittings. */
  assert_string_equal(events("Ngày 18/3, Đại tướng Trần Văn Minh hội đàm với người đồng cấp Lào Thongsay Vongsa.",
                             "2024-03-20"),
                      "talks 2024-03-18 [VN LA]");
  assert_string_equal(events("Ngày 18/3, Đại tướng Trần Văn Minh tiếp Đại sứ Lào Thongsay Vongsa và Đại sứ Campuchia "
                             "Sok Chea.",
                             "2024-03-20"),
                      "reception 2024-03-18 [VN LA]; reception 2024-03-18 [VN KH]");
}

static void test_back_reference_gives_date(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 22/7, Đại tướng Phan Văn Giang chủ trì lễ đón ông Chan Chun Sing, Bộ trưởng Quốc "
                             "phòng Singapore. Ngay sau lễ đón, hai bên tiến hành hội đàm. Chiều cùng ngày, ông Chan "
                             "Chun Sing đã đến chào Thủ tướng Phạm Minh Chính.",
                             "2025-07-23"),
                      "reception 2025-07-22 [VN SG]; talks 2025-07-22 [VN SG]; reception 2025-07-22 [VN SG]");
}

static void test_ship_visit_is_port_call(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 27/5, tàu tuần tra Adroit của Hải quân Pháp đã cập cảng, thăm hữu nghị thành phố "
                             "Hải Phòng. Chuyến thăm góp phần tăng cường hiểu biết giữa Hải quân hai nước.",
                             NULL),
                      "port_call XXXX-05-27 [VN FR]");
  /* the bare noun told before the call, with no one and no day: the ship's visit */
  assert_string_equal(events("Chuyến thăm diễn ra trong bối cảnh quan hệ hai nước phát triển tốt đẹp. Sáng 12/3, tàu hộ "
                             "vệ Gremyashchy của Hải quân Nga đã cập cảng Cam Ranh.",
                             "2025-03-13"),
                      "port_call 2025-03-12 [VN RU]");
}

/* A story that tells a ship's visit only by a noun ("Chuyến thăm của tàu
 * ... nhằm tăng cường ...") reports that port call, undated; with the call
 * told in the story the noun only points back to it, and a visit still to
 * come ("sẽ") is none. */
static void test_a_ship_visit_told_only_by_a_noun_is_a_port_call(void **state) {
  (void)state;
  assert_string_equal(events("Đón tàu tại cảng Tiên Sa có đại diện Bộ Tư lệnh Vùng 3 Hải quân. Chuyến thăm của tàu "
                             "Hải quân Malaysia KD Lekiu nhằm tăng cường quan hệ hợp tác giữa Hải quân hai nước.",
                             "2026-03-02"),
                      "port_call null [VN MY]");
  assert_string_equal(events("Sáng 2/3, tàu KD Lekiu của Hải quân Malaysia đã cập cảng Tiên Sa. Chuyến thăm của tàu "
                             "Hải quân Malaysia nhằm tăng cường quan hệ hợp tác giữa Hải quân hai nước.",
                             "2026-03-02"),
                      "port_call 2026-03-02 [VN MY]");
  assert_string_equal(events("Dự kiến, chuyến thăm của tàu Hải quân Malaysia KD Lekiu sẽ diễn ra vào tháng 5.",
                             "2026-03-02"),
                      "");
}

/* "thăm, giao lưu với Nhật Bản", "chuyến thăm và giao lưu tại Indonesia
 * của tàu ...": a visit and the exchanges it is made for, told as one, are
 * the visit (a ship's: its port call). */
static void test_a_visit_told_with_its_exchanges_is_the_visit(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 2/6, tàu hộ vệ tên lửa 016 Quang Trung rời Cam Ranh, đi thăm, giao lưu với Hải quân "
                             "Brunei.",
                             "2026-06-03"),
                      "port_call 2026-06-02 [VN BN]");
  assert_string_equal(events("Kết quả chuyến thăm và giao lưu tại Indonesia của tàu CSB 8004 góp phần củng cố quan hệ hai "
                             "nước.",
                             "2026-06-20"),
                      "port_call null [VN ID]");
}

/* A yacht or a cruise ship that calls at a port is no navy's or coast
 * guard's: no port call, and its visit to the city is none either. */
static void test_civilian_vessels_make_no_port_call(void **state) {
  (void)state;
  assert_string_equal(events("Trưa 13/5, du thuyền Sea Star của một tỷ phú người Anh đã cập cảng Tiên Sa, bắt đầu chuyến "
                             "viếng thăm thành phố.",
                             NULL),
                      "");
  assert_string_equal(events("Sáng 4/3, tàu du lịch quốc tế Queen Coral của Italia đã cập cảng Chân Mây.", NULL), "");
  assert_string_equal(events("Sáng 4/3, tàu hộ vệ Kent của Hải quân Anh đã cập cảng Tiên Sa.", NULL),
                      "port_call XXXX-03-04 [VN GB]");
  /* "Anh hùng" (a hero, an honorary title in a ship's name) is no Britain. */
  assert_string_equal(events("Ngày 10/5, tàu hộ tống Anh hùng Liên bang Nga Petrov của Hải quân Nga đã cập cảng Tiên Sa.",
                             NULL),
                      "port_call XXXX-05-10 [VN RU]");
}

/* A Vietnamese ship's voyage to several states is a port call in each;
 * ships of several states at one port are one port call. */
static void test_calls_at_ports_of_two_states_are_two_port_calls(void **state) {
  (void)state;
  /* A foreign ship's call in Vietnam and a Vietnamese ship's call abroad,
   * the second told without a day of its own, are two happenings. */
  assert_string_equal(events("Sáng 3/7, tàu huấn luyện Kashima của Lực lượng Phòng vệ biển Nhật Bản đã cập cảng "
                             "Tiên Sa, Đà Nẵng. Tàu hộ vệ tên lửa Lý Thái Tổ của Hải quân nhân dân Việt Nam đã "
                             "thực hiện chuyến thăm hữu nghị tới cảng Maizuru, Nhật Bản.",
                             "2023-07-04"),
                      "port_call 2023-07-03 [VN JP]; port_call null [VN JP]");
}

static void test_a_year_opening_a_paragraph_dates_what_follows_it(void **state) {
  (void)state;
  /* "Năm 2019, ..." opens a paragraph of that year's happenings: the
   * undated sentence after it tells one of them. */
  assert_string_equal(events("Năm 2019, hai bên đã tổ chức chương trình giao lưu sĩ quan trẻ. Tàu hộ vệ tên lửa Lý "
                             "Thái Tổ đã thực hiện chuyến thăm hữu nghị tới cảng Maizuru, Nhật Bản.",
                             "2021-06-10"),
                      "exchange 2019 [VN JP]; port_call 2019 [VN JP]");
}

static void test_a_voyage_to_several_states_is_a_port_call_in_each(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 3/10, tàu hộ vệ HQ-020 của Hải quân Việt Nam đã rời cảng Cam Ranh, lên đường thăm "
                             "hữu nghị Malaysia, Brunei và Philippines.",
                             NULL),
                      "port_call XXXX-10-03 [VN MY]; port_call XXXX-10-03 [VN BN]; port_call XXXX-10-03 [VN PH]");
  assert_string_equal(events("Chiều 9/6, tàu huấn luyện 286 của Học viện Hải quân Việt Nam đã thực hiện chuyến thăm, "
                             "giao lưu với Hải quân 2 nước Singapore, Malaysia.",
                             NULL),
                      "port_call XXXX-06-09 [VN SG]; port_call XXXX-06-09 [VN MY]");
  assert_string_equal(events("Sáng 2/5, tàu khu trục của Hải quân Canada và tàu hộ vệ của Hải quân Australia đã cập cảng "
                             "Cam Ranh của Việt Nam.",
                             NULL),
                      "port_call XXXX-05-02 [VN CA AU]");
  /* The voyage a port call told is part of is no port call of its own. */
  assert_string_equal(events("Ngày 4/8, tàu HQ-020 của Hải quân Việt Nam đã cập cảng Manila, điểm dừng đầu tiên trong "
                             "khuôn khổ chuyến thăm hữu nghị 2 nước Philippines và Brunei.",
                             NULL),
                      "port_call XXXX-08-04 [VN PH BN]");
  /* A verb opening the clause after a comma or semicolon, with no subject
   * of its own, shares "đã" with the clause before: told as done. */
  assert_string_equal(events("Tàu huấn luyện 300 đã hoàn thành chuyến huấn luyện trên biển xa; thăm, giao lưu với "
                             "Hải quân Malaysia và Brunei.",
                             "2024-06-21"),
                      "port_call null [VN MY]; port_call null [VN BN]");
  assert_string_equal(events("Tàu huấn luyện 300 đã vượt qua 2.000 hải lý, thăm Malaysia và Brunei.", "2024-06-21"),
                      "port_call null [VN MY]; port_call null [VN BN]");
  /* told as a plan ("sẽ"), it is none */
  assert_string_equal(events("Trong chuyến đi, đoàn sẽ chào xã giao lãnh đạo địa phương, thăm, giao lưu với Hải quân "
                             "Brunei.",
                             "2024-06-21"),
                      "");
}

static void test_modal_scope_and_its_end(void **state) {
  (void)state;
  /* "sẽ" governs the whole list after it, across ";" ... */
  assert_string_equal(events("Bộ trưởng hai nước sẽ chứng kiến tuần tra chung; tham dự lễ khánh thành và thăm Lào.",
                             NULL),
                      "");
  /* ... until a past marker reports a fact again. */
  assert_string_equal(events("Hai bên nhất trí sẽ hợp tác, sau đó đã ký kết Bản ghi nhớ về hợp tác quân y.", NULL),
                      "signing null [VN]");
}

static void test_attendance_refers_back(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 5/6, tàu hộ vệ của Hải quân Ấn Độ cập cảng quốc tế Cam Ranh. Tham dự lễ đón có Đại "
                             "tá Vũ Thanh Sơn, Phó Tư lệnh Vùng 4 Hải quân.",
                             NULL),
                      "port_call XXXX-06-05 [VN IN]");
  /* A ship in port abroad takes part in its host's exercise, ... */
  assert_string_equal(events("Sáng 5/6, tàu hộ vệ Lý Thái Tổ của Hải quân Việt Nam cập cảng Valparaiso, Chile. Tàu "
                             "tham gia diễn tập Bình Minh 2024 từ ngày 6 đến 9/6.",
                             "2024-06-12"),
                      "port_call 2024-06-05 [VN CL]; exercise 2024-06-06 [VN CL]");
  /* ... but not one it will join. */
  assert_string_equal(events("Sáng 5/6, tàu hộ vệ Lý Thái Tổ của Hải quân Việt Nam cập cảng Valparaiso, Chile. Tàu sẽ "
                             "tham gia diễn tập Bình Minh 2024.",
                             "2024-06-05"),
                      "port_call 2024-06-05 [VN CL]");
}


static void test_parts_of_a_day_are_two_events(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 19/9, Thượng tướng Phùng Quang Thanh chủ trì lễ đón Đại tướng Chaisit Shinawatra của "
                             "Thái Lan. Buổi tối cùng ngày, Thượng tướng Phùng Quang Thanh đã tổ chức chiêu đãi Đại "
                             "tướng Chaisit Shinawatra.",
                             NULL),
                      "reception XXXX-09-19 [VN TH]; reception XXXX-09-19 [VN TH]");
}

static void test_meetings_with_several_partners_are_one_each(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 10/7, Đại tướng Ngô Xuân Lịch đã có các cuộc gặp song phương với Bộ trưởng Quốc "
                             "phòng Thái Lan Prawit Wongsuwan và Bộ trưởng Quốc phòng Lào Chansamone Chanyalath.",
                             NULL),
                      "talks XXXX-07-10 [VN TH]; talks XXXX-07-10 [VN LA]");
}

/* A forum its year's chair hosts is held in that year; a chair's term
 * named without a host dates nothing (it is handed over the year before). */
static void test_forum_hosted_by_the_chair_of_a_year(void **state) {
  (void)state;
  assert_string_equal(events("Hội nghị Quan chức Quốc phòng cấp cao các nước ASEAN (ADSOM) đã diễn ra theo hình thức "
                             "trực tuyến với sự chủ trì của Lào – nước Chủ tịch ASEAN 2024.",
                             NULL),
                      "multilateral 2024 [LA]");
  assert_string_equal(events("Hội nghị Tư lệnh Lục quân các nước ASEAN đã diễn ra dưới sự chủ trì của Malaysia - nước "
                             "đảm nhận cương vị Chủ tịch ASEAN năm 2025.",
                             NULL),
                      "multilateral 2025 [MY]");
  assert_string_equal(events("Hội nghị Quan chức Quốc phòng cấp cao các nước ASEAN (ADSOM) đã diễn ra theo hình thức "
                             "trực tuyến, thảo luận về vai trò Chủ tịch ASEAN 2024 của Lào.",
                             NULL),
                      "multilateral null [LA]");
}

static void test_sidelines_of_a_forum_are_not_the_forum(void **state) {
  (void)state;
  assert_string_equal(events("Bên lề Đối thoại Shangri-La tại Singapore, Bộ trưởng Quốc phòng Việt Nam đã gặp song "
                             "phương với Bộ trưởng Quốc phòng Anh.",
                             NULL),
                      "talks null [VN GB]");
  /* Named with the number of its session, its acronym in brackets or a
   * second forum after "and", the forum is still the setting, and the day
   * told after it is the meeting's. */
  assert_string_equal(events("Vietnamese Defence Minister Phan Van Giang held talks with Peruvian Defence Minister "
                             "Walter Astudillo on the sidelines of the 9th Shangri-La Dialogue in Singapore on June 2.",
                             "2024-06-05"),
                      "talks 2024-06-02 [VN PE]");
  assert_string_equal(events("Vietnamese Defence Minister Phan Van Giang held talks with Peruvian Defence Minister "
                             "Walter Astudillo on the sidelines of the ASEAN Regional Forum (ARF) and the 3rd "
                             "ADMM-Plus in Jakarta on June 2.",
                             "2024-06-05"),
                      "talks 2024-06-02 [VN PE]");
}

static void test_crew_courtesy_calls_belong_to_the_port_call(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 27/5, tàu tuần tra Adroit của Hải quân Pháp đã cập cảng Hải Phòng. Trong thời gian ở "
                             "Việt Nam, sỹ quan, thủy thủ tàu Adroit đến thăm, chào xã giao lãnh đạo thành phố.",
                             NULL),
                      "port_call XXXX-05-27 [VN FR]");
}

/* A Vietnamese caption names the sitting it shows ("đón": the welcome,
 * "tiếp": a reception, "hội đàm": talks): a welcome shown beside the talks
 * of the same two people is a sitting of its own, whose day the caption
 * does not tell; a signing shown with one of a reception's people did not
 * happen at that reception. Credits in brackets or not alike. */
static void test_a_caption_shows_its_own_sitting(void **state) {
  (void)state;
  const char *credits[] = {". Ảnh: Văn An", " (Ảnh: Văn An)"};
  char text[1024];
  for (size_t i = 0; i < 2; i++) {
    snprintf(text, sizeof text,
             "Sáng 3/6, tại Hà Nội, Đại tướng Lê Văn A hội đàm với Bộ trưởng Quốc phòng Chile Pedro Soto.\n"
             "Đại tướng Lê Văn A đón Bộ trưởng Quốc phòng Chile Pedro Soto%s\nHai bên trao đổi về hợp tác quốc phòng.",
             credits[i]);
    assert_string_equal(events(text, NULL), "talks XXXX-06-03 [VN CL]; reception null [VN CL]");
    snprintf(text, sizeof text,
             "Sáng 3/6, tại Seoul, Thủ tướng Hàn Quốc Kim Min Soo tiếp Đại tướng Lê Văn A, Bộ trưởng Quốc phòng Việt "
             "Nam.\nĐại tướng Lê Văn A và Bộ trưởng Quốc phòng Hàn Quốc Park Ji Hoon ký Bản ghi nhớ về hợp tác đào "
             "tạo%s\nHai bên trao đổi về hợp tác quốc phòng.",
             credits[i]);
    assert_string_equal(events(text, NULL), "reception XXXX-06-03 [VN KR]; signing null [VN KR]");
  }
}

/* A caption that shows Vietnamese people only, none of them at the
 * sitting with a foreign guest told in the story, shows another scene (a
 * commander welcoming his own men at the airfield); naming the guest, or
 * being one of his hosts, it shows that sitting. Credits in brackets or not. */
static void test_a_caption_of_home_people_is_not_the_guests_reception(void **state) {
  (void)state;
  const char *credits[] = {". Ảnh: Hồng Sơn", " (Ảnh: Hồng Sơn)"};
  char text[1024];
  for (size_t i = 0; i < 2; i++) {
    snprintf(text, sizeof text,
             "Trung tá Đỗ Minh Khang, Chỉ huy trưởng Bệnh viện dã chiến cấp 2 số 9, đón các đồng đội tại sân bay%s\n"
             "Ngày 12/9, Trung tá Đỗ Minh Khang tiếp Thiếu tướng Carlos Mendoza, Tư lệnh Phái bộ, người Peru.",
             credits[i]);
    assert_string_equal(test_participants(text, false), "reception:Đỗ Minh Khang|Carlos Mendoza");
    snprintf(text, sizeof text,
             "Thượng tá Phạm Quốc Vinh, Đội trưởng Đội Công binh, đón các đồng đội tại sân bay%s\n"
             "Ngày 12/9, Đội Công binh vinh dự được đón Thiếu tướng Carlos Mendoza, Tư lệnh Phái bộ, người Peru, tới "
             "thăm đơn vị.",
             credits[i]);
    assert_string_equal(test_participants(text, false), "reception:Phạm Quốc Vinh; reception:Carlos Mendoza");
  }
}

static void test_photo_caption_tells_an_event(void **state) {
  (void)state;
  assert_string_equal(events("Đại tướng Nguyễn Tân Cương chào mừng đoàn Cuba.\n![]() |\n| Đại tướng Nguyễn Tân Cương "
                             "hội kiến Thượng tướng Álvaro López Miera của Cuba. (Ảnh: Bộ Quốc phòng) |\n",
                             NULL),
                      "talks null [VN CU]");
  /* A caption first, before the headline-less story: story text, not a
   * title; undated, it takes the day of the meeting of the same people. */
  assert_string_equal(events("date 2021-04-02 Colonel Tran Van Nam and his Thai counterpart Colonel Somchai Rattana "
                             "sign a minute of the talks (Photo: VNA)\n\nColonel Tran Van Nam held talks with his "
                             "Thai counterpart Colonel Somchai Rattana in Hanoi on April 1.\n",
                             NULL),
                      "signing 2021-04-01 [VN TH]; talks 2021-04-01 [VN TH]");
  /* A caption's "meets with" between the people of the reception told
   * shows that reception; after it ("after the reception, ... held talks")
   * it is a meeting of its own. */
  assert_string_equal(events("Colonel Tran Van Nam hosted a reception for his Thai counterpart Colonel Somchai Rattana "
                             "in Hanoi on April 1.\nColonel Tran Van Nam (R) meets with his Thai counterpart Colonel "
                             "Somchai Rattana in Hanoi on April 1 (Photo: VNA)\n",
                             NULL),
                      "reception XXXX-04-01 [VN TH]");
  assert_string_equal(events("Colonel Tran Van Nam hosted a reception for his Thai counterpart Colonel Somchai Rattana "
                             "in Hanoi on April 1.\nColonel Tran Van Nam (R) meets with his Thai counterpart Colonel "
                             "Somchai Rattana in Hanoi on April 1.\n",
                             NULL),
                      "reception XXXX-04-01 [VN TH]; talks XXXX-04-01 [VN TH]");
}


static const char *participants(const char *text) { return test_participants(text, false); }

static void test_the_two_ministers_are_the_pair_told_before(void **state) {
  (void)state;
  /* "hai Bộ trưởng" names no one: they are the two people of the meeting told before. */
  assert_string_equal(participants("Sáng 4/3, tại trụ sở Bộ Quốc phòng, Bộ trưởng Phan Văn Giang chủ trì lễ đón Bộ trưởng "
                                   "Ruben Brekelmans. Ngay sau lễ đón, hai Bộ trưởng đã tiến hành hội đàm."),
                      "reception:Phan Văn Giang|Ruben Brekelmans; talks:Phan Văn Giang|Ruben Brekelmans");
  /* The two are the two ministers, not everyone at the welcome. */
  assert_string_equal(participants("Sáng 4/3, Bộ trưởng Phan Văn Giang chủ trì lễ đón Bộ trưởng Ruben Brekelmans. Tham dự "
                                   "lễ đón có Thượng tướng Lê Quang Minh. Sau lễ đón, hai Bộ trưởng đã tiến hành hội đàm."),
                      "reception:Phan Văn Giang|Ruben Brekelmans|Lê Quang Minh; talks:Phan Văn Giang|Ruben Brekelmans");
  /* The two who co-chaired a friendship exchange are the pair too. */
  assert_string_equal(participants("Ngày 10/3, tại tỉnh Quảng Trị, Đại tướng Nguyễn Văn Hùng, Bộ trưởng Bộ Quốc phòng Việt "
                                   "Nam và Đại tướng Chansamone Chanyalath, Bộ trưởng Bộ Quốc phòng Lào đồng chủ trì Giao "
                                   "lưu hữu nghị quốc phòng biên giới lần thứ hai. Trong khuôn khổ Giao lưu, hai Bộ trưởng "
                                   "đã hội đàm."),
                      "exchange:Nguyễn Văn Hùng|Chansamone Chanyalath; talks:Nguyễn Văn Hùng|Chansamone Chanyalath");
  /* "Bộ trưởng Quốc phòng hai nước" is the office of both states, held by
   * the two: not our minister alone, whom a later sentence names at the talks. */
  assert_string_equal(participants("Ngày 10/3, tại tỉnh Quảng Trị, Đại tướng Nguyễn Văn Hùng, Bộ trưởng Bộ Quốc phòng Việt "
                                   "Nam và Đại tướng Chansamone Chanyalath, Bộ trưởng Bộ Quốc phòng Lào đồng chủ trì Giao "
                                   "lưu hữu nghị quốc phòng biên giới lần thứ hai. Trong khuôn khổ Giao lưu, Bộ trưởng Quốc "
                                   "phòng hai nước đã hội đàm. Tại hội đàm, Đại tướng Nguyễn Văn Hùng khẳng định quan hệ hai "
                                   "nước ngày càng phát triển."),
                      "exchange:Nguyễn Văn Hùng|Chansamone Chanyalath; talks:Nguyễn Văn Hùng|Chansamone Chanyalath");
  /* A reception of a delegation whose leader the story names only after
   * the talks: "hai bên" are the host and that leader, whether the talks
   * have no one of their own or only the host, who speaks after them. */
  assert_string_equal(participants("Sáng 14/5, tại Hà Nội, Thượng tướng Đỗ Minh Khoa, Thứ trưởng Bộ Quốc phòng chủ trì đón "
                                   "tiếp Đoàn đại biểu Quân đội nhân dân Lào. Sau đó, hai bên đã hội đàm. Trưởng đoàn Lào, "
                                   "Trung tướng Sisavath Inthavong cảm ơn sự đón tiếp chu đáo."),
                      "reception:Đỗ Minh Khoa|Sisavath Inthavong; talks:Đỗ Minh Khoa|Sisavath Inthavong; "
                      "visit:Sisavath Inthavong");
  assert_string_equal(participants("Sáng 14/5, tại Hà Nội, Thượng tướng Đỗ Minh Khoa, Thứ trưởng Bộ Quốc phòng chủ trì đón "
                                   "tiếp Đoàn đại biểu Quân đội nhân dân Lào. Sau lễ đón, hai bên đã hội đàm. Thượng tướng "
                                   "Đỗ Minh Khoa đánh giá cao chuyến thăm của Đoàn do Trung tướng Sisavath Inthavong, Thứ "
                                   "trưởng Bộ Quốc phòng Lào dẫn đầu."),
                      "reception:Đỗ Minh Khoa|Sisavath Inthavong; talks:Đỗ Minh Khoa|Sisavath Inthavong; "
                      "visit:Sisavath Inthavong");
}

/* A visit told without its visitors ("Đoàn đại biểu ... đã đến Hà Nội, bắt
 * đầu chuyến thăm"): its visitor is the leader of the visiting side at the
 * meeting or exchange held during it, told after it; not one held a month
 * later. */
static void test_visitors_named_at_a_meeting_after_the_visit(void **state) {
  (void)state;
  assert_string_equal(participants("Ngày 5/6, Đoàn đại biểu Quân đội nhân dân Lào đã đến Hà Nội, bắt đầu chuyến thăm chính "
                                   "thức Việt Nam. Chiều cùng ngày, Thượng tướng Lê Văn Tâm, Thứ trưởng Bộ Quốc phòng đã "
                                   "tiếp Trung tướng Vongkham Phommakone, Thứ trưởng Bộ Quốc phòng Lào và Đại tá Khamla "
                                   "Sisomphone."),
                      "visit:Vongkham Phommakone; reception:Lê Văn Tâm|Vongkham Phommakone|Khamla Sisomphone");
  assert_string_equal(participants("Ngày 5/6, Đoàn đại biểu Quân đội nhân dân Lào đã đến Hà Nội, bắt đầu chuyến thăm chính "
                                   "thức Việt Nam. Sáng 6/6, Thượng tướng Lê Văn Tâm và Trung tướng Vongkham Phommakone, "
                                   "Thứ trưởng Bộ Quốc phòng Lào dự chương trình giao lưu sĩ quan trẻ hai nước."),
                      "visit:Vongkham Phommakone; exchange:Lê Văn Tâm|Vongkham Phommakone");
  assert_string_equal(participants("Ngày 5/6, Đoàn đại biểu Quân đội nhân dân Lào đã đến Hà Nội, bắt đầu chuyến thăm chính "
                                   "thức Việt Nam. Ngày 20/7, Thượng tướng Lê Văn Tâm đã tiếp Trung tướng Vongkham "
                                   "Phommakone, Thứ trưởng Bộ Quốc phòng Lào."),
                      "visit:; reception:Lê Văn Tâm|Vongkham Phommakone");
}

/* A friendship exchange told with its guests alone has, on the other side,
 * the host who welcomed them the same day (a meeting one of its people took
 * part in); a meeting on another day, or of other people, lends no one. */
static void test_the_exchange_has_the_host_of_its_welcome(void **state) {
  (void)state;
  assert_string_equal(participants("Ngày 12/3, đoàn đại biểu Bộ Quốc phòng Lào do Đại tướng Khamphet Sisouk, Bộ trưởng Bộ "
                                   "Quốc phòng Lào dẫn đầu đã sang tham dự Giao lưu hữu nghị quốc phòng biên giới Việt Nam "
                                   "- Lào lần thứ hai. Đại tướng Trần Văn Hùng, Bộ trưởng Bộ Quốc phòng Việt Nam chủ trì "
                                   "lễ đón đoàn tại cửa khẩu Tây Trang."),
                      "exchange:Khamphet Sisouk|Trần Văn Hùng; reception:Trần Văn Hùng|Khamphet Sisouk");
  assert_string_equal(participants("Ngày 12/3, đoàn đại biểu Bộ Quốc phòng Lào do Đại tướng Khamphet Sisouk, Bộ trưởng Bộ "
                                   "Quốc phòng Lào dẫn đầu đã sang tham dự Giao lưu hữu nghị quốc phòng biên giới Việt Nam "
                                   "- Lào lần thứ hai. Ngày 20/4, Đại tướng Trần Văn Hùng, Bộ trưởng Bộ Quốc phòng Việt Nam "
                                   "đã tiếp Đại tướng Khamphet Sisouk tại Hà Nội."),
                      "exchange:Khamphet Sisouk; reception:Trần Văn Hùng|Khamphet Sisouk");
  assert_string_equal(participants("Ngày 12/3, đoàn đại biểu Bộ Quốc phòng Lào do Đại tướng Khamphet Sisouk, Bộ trưởng Bộ "
                                   "Quốc phòng Lào dẫn đầu đã sang tham dự Giao lưu hữu nghị quốc phòng biên giới Việt Nam "
                                   "- Lào lần thứ hai. Cùng ngày, Thượng tướng Lê Minh Đức, Thứ trưởng Bộ Quốc phòng đã "
                                   "tiếp Trung tướng Vongsa Phommachanh, Thứ trưởng Bộ Quốc phòng Lào."),
                      "exchange:Khamphet Sisouk; reception:Lê Minh Đức|Vongsa Phommachanh");
}

/* A welcome ceremony for a guest of another state ("chủ trì lễ đón chính
 * thức", "đón người đồng cấp ... Lễ đón ... tại trụ sở"), told where it
 * was held and with both sides named, is held on the guest's visit: the
 * story tells that visit, undated, made by the guest. Not when the story
 * tells the visit itself, nor for a welcome that opens a friendship
 * exchange, nor for one told with no place. */
static void test_a_welcome_ceremony_is_held_on_a_visit(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 4/3, tại trụ sở Bộ Quốc phòng, Đại tướng Trần Văn Hùng chủ trì lễ đón chính thức Bộ "
                             "trưởng Quốc phòng Hà Lan Ruben Brekelmans. Ngay sau lễ đón, hai Bộ trưởng đã tiến hành hội "
                             "đàm.",
                             "2024-03-05"),
                      "reception 2024-03-04 [VN NL]; talks 2024-03-04 [VN NL]; visit null [VN NL]");
  assert_string_equal(participants("Đại tướng Trần Văn Hùng đón người đồng cấp Lào Khamphet Sisouk. Lễ đón sáng 12/3 được tổ "
                                   "chức tại trụ sở Bộ Quốc phòng."),
                      "reception:Trần Văn Hùng|Khamphet Sisouk; visit:Khamphet Sisouk");
  assert_string_equal(participants("Tại trụ sở Bộ Quốc phòng Campuchia, Đại tướng Sok Vanna, Bộ trưởng Bộ Quốc phòng "
                                   "Campuchia chủ trì lễ đón chính thức Đại tướng Trần Văn Hùng, Bộ trưởng Bộ Quốc phòng "
                                   "Việt Nam và đoàn."),
                      "reception:Sok Vanna|Trần Văn Hùng; visit:Trần Văn Hùng");
  /* hosting a party come ("chủ trì đón tiếp") is meeting arrivals too; an
   * ambassador serving in the host's state makes no visit there */
  assert_string_equal(events("Chiều 9/4, tại trụ sở Bộ Quốc phòng, Đại tướng Lê Văn Hùng chủ trì đón tiếp Trung tướng "
                             "Pablo Reyes, Tư lệnh Lục quân Chile.",
                             NULL),
                      "reception XXXX-04-09 [VN CL]; visit null [VN CL]");
  assert_string_equal(events("Chiều 9/4, tại trụ sở Bộ Quốc phòng, Đại tướng Lê Văn Hùng chủ trì đón tiếp Đại sứ Chile tại "
                             "Việt Nam Pablo Reyes.",
                             NULL),
                      "reception XXXX-04-09 [VN CL]");
  /* the visit told: no second one */
  assert_string_equal(events("Sáng 4/3, tại trụ sở Bộ Quốc phòng, Đại tướng Trần Văn Hùng chủ trì lễ đón Bộ trưởng Quốc "
                             "phòng Hà Lan Ruben Brekelmans sang thăm chính thức Việt Nam.",
                             "2024-03-05"),
                      "reception 2024-03-04 [VN NL]; visit null [VN NL]");
  /* the welcome of a friendship exchange: the exchange's */
  assert_string_equal(events("Sáng 10/4, tại Cửa khẩu quốc tế Lào Cai, Thượng tướng Lê Minh Đức chủ trì lễ đón đoàn Bộ "
                             "Quốc phòng Trung Quốc do Thượng tướng Lý Kiến Quốc dẫn đầu sang tham dự Giao lưu hữu nghị "
                             "quốc phòng biên giới Việt Nam - Trung Quốc lần thứ 10.",
                             "2024-04-11"),
                      "reception 2024-04-10 [VN CN]; exchange 2024-04-10 [VN CN]");
  /* no place told: where the guest came is not known */
  assert_string_equal(events("Chiều 19/9, Thượng tướng Lê Minh Đức chủ trì lễ đón Đại tướng Somchai Rattana của Thái Lan.",
                             NULL),
                      "reception XXXX-09-19 [VN TH]");
}

/* A reception or talks told with the host's side alone ("Tại Viêng Chăn, Y
 * chủ trì lễ đón", "Tại hội đàm, Y chào mừng đoàn") has, on the other side,
 * the visitors of the visit to the host's state told before it, on no other
 * day; a visit to another state, or a month before, lends no one. */
static void test_the_meeting_has_the_visitors_of_the_visit(void **state) {
  (void)state;
  assert_string_equal(participants("Ngày 12/3, Đại tướng Trần Văn Hùng, Bộ trưởng Bộ Quốc phòng đã có chuyến thăm chính thức "
                                   "Lào. Tại Viêng Chăn, Đại tướng Khamphet Sisouk, Bộ trưởng Bộ Quốc phòng Lào chủ trì lễ "
                                   "đón. Sau lễ đón, hai Bộ trưởng đã hội đàm."),
                      "visit:Trần Văn Hùng; reception:Khamphet Sisouk|Trần Văn Hùng; talks:Khamphet Sisouk|Trần Văn Hùng");
  assert_string_equal(participants("Ngày 12/3, Đoàn đại biểu quân sự cấp cao Việt Nam do Đại tướng Trần Văn Hùng, Bộ trưởng Bộ "
                                   "Quốc phòng dẫn đầu đã đến Phnom Penh, bắt đầu chuyến thăm chính thức Campuchia. Tại hội "
                                   "đàm, Đại tướng Sok Vanna, Bộ trưởng Bộ Quốc phòng Campuchia nhiệt liệt chào mừng đoàn."),
                      "visit:Trần Văn Hùng; talks:Sok Vanna|Trần Văn Hùng");
  assert_string_equal(participants("Ngày 12/3, Đại tướng Trần Văn Hùng, Bộ trưởng Bộ Quốc phòng đã có chuyến thăm chính thức "
                                   "Lào. Ngày 20/4, tại Viêng Chăn, Đại tướng Khamphet Sisouk, Bộ trưởng Bộ Quốc phòng Lào "
                                   "chủ trì lễ đón."),
                      "visit:Trần Văn Hùng; reception:Khamphet Sisouk");
  assert_string_equal(participants("Ngày 12/3, Đại tướng Trần Văn Hùng, Bộ trưởng Bộ Quốc phòng đã có chuyến thăm chính thức "
                                   "Lào. Cùng ngày, tại Phnom Penh, Đại tướng Sok Vanna, Bộ trưởng Bộ Quốc phòng Campuchia "
                                   "chủ trì lễ đón."),
                      "visit:Trần Văn Hùng; reception:Sok Vanna");
  /* Cambodian honorific titles (honorifics.tsv) stand before the name, not in it. */
  assert_string_equal(participants("Chiều 3/5, Đại tướng Trần Văn Hùng đã điện đàm với Phó Thủ tướng, Bộ trưởng Quốc phòng "
                                   "Campuchia Samdech Pichey Sena Tea Banh."),
                      "call:Trần Văn Hùng|Tea Banh");
}

static void test_who_takes_part(void **state) {
  (void)state;
  /* Visitors: named before the cue, or after it behind "của"; not the hosts. */
  assert_string_equal(participants("Theo phóng viên tại Paris, nhân chuyến thăm chính thức Cộng hòa Pháp của Tổng Bí thư "
                                   "Nguyễn Phú Trọng từ 26-28/3, Thượng tướng Nguyễn Chí Vịnh đã gặp Bộ trưởng Bộ Quốc "
                                   "phòng Pháp Florence Parly."),
                      "visit:Nguyễn Phú Trọng; talks:Nguyễn Chí Vịnh|Florence Parly");
  /* A forum named beside a reception: the side that came to it. */
  assert_string_equal(participants("Chiều 6/9, tại Seoul, Bộ trưởng Bộ Quốc phòng Hàn Quốc Lee Jong Sup đã tiếp Thượng "
                                   "tướng Hoàng Xuân Chiến sang dự Đối thoại chính sách quốc phòng lần thứ 10."),
                      "reception:Lee Jong Sup|Hoàng Xuân Chiến; dialogue:Hoàng Xuân Chiến");
  /* "hai bên" after a welcome: the people welcomed. */
  assert_string_equal(participants("Sáng 22/7, Đại tướng Phan Văn Giang chủ trì lễ đón ông Chan Chun Sing, Bộ trưởng Quốc "
                                   "phòng Singapore. Ngay sau lễ đón, hai bên tiến hành hội đàm."),
                      "reception:Phan Văn Giang|Chan Chun Sing; talks:Phan Văn Giang|Chan Chun Sing");
}

static void test_areas_belong_to_the_meeting(void **state) {
  (void)state;
  json_t *r = test_extract("Sáng 20/10, Đại tướng Nguyễn Tân Cương đã hội đàm với Thiếu tướng Pavel Muraveiko của "
                           "Belarus. Thiếu tướng Pavel Muraveiko vinh dự được thăm chính thức Việt Nam. Hai bên nhất trí "
                           "hợp tác về đào tạo và quân y.",
                           NULL);
  json_t *evs = test_list(r, "events");
  assert_int_equal(json_array_size(evs), 2);
  assert_string_equal(test_str(json_array_get(evs, 0), "type"), "talks");
  assert_int_equal(json_array_size(json_object_get(json_array_get(evs, 0), "areas")), 2);
  assert_string_equal(test_str(json_array_get(evs, 1), "type"), "visit");
  assert_int_equal(json_array_size(json_object_get(json_array_get(evs, 1), "areas")), 0);
  json_decref(r);
  /* Told before the story's first event (its lead lost), areas are still its meeting's. */
  r = test_extract("The two sides will expand defence collaboration in cyber security. At the talks, Vietnam and "
                   "Australia noted their strong defence ties.",
                   NULL);
  evs = test_list(r, "events");
  assert_int_equal(json_array_size(evs), 1);
  assert_string_equal(test_str(json_array_get(evs, 0), "type"), "talks");
  json_t *areas = json_object_get(json_array_get(evs, 0), "areas");
  assert_int_equal(json_array_size(areas), 1);
  assert_string_equal(json_string_value(json_array_get(areas, 0)), "cyber");
  json_decref(r);
}


static void test_policy_verbs_govern_their_clause(void **state) {
  (void)state;
  assert_string_equal(events("Hai nước duy trì tiếp xúc thường xuyên, nổi bật là chuyến thăm Việt Nam của Thủ tướng "
                             "Australia Scott Morrison (22-24/8).",
                             NULL),
                      "visit XXXX-08-22 [VN AU]");
}

static void test_forum_named_in_a_document_title_is_no_meeting(void **state) {
  (void)state;
  assert_string_equal(events("Tại hội nghị, các đại biểu đã thảo luận dự thảo Tuyên bố chung hội nghị ADMM+ lần thứ 7.",
                             NULL),
                      "");
}


static void test_beside_another_meeting(void **state) {
  (void)state;
  /* "Bên cạnh buổi hội đàm với X, ... còn có buổi làm việc với Y": Y's meeting is its own. */
  assert_string_equal(participants("Ngày 19/4, Huân tước Earl Howe của Anh đã hội đàm với Thượng tướng Nguyễn Chí Vịnh. "
                                   "Bên cạnh buổi hội đàm với Thượng tướng Nguyễn Chí Vịnh, Huân tước Earl Howe còn có "
                                   "buổi làm việc với Thiếu tướng Đoàn Hùng Minh."),
                      "talks:Earl Howe|Nguyễn Chí Vịnh; talks:Earl Howe|Đoàn Hùng Minh");
  /* ... and takes no date from the other. */
  assert_string_equal(events("Ngày 19/4, Huân tước Earl Howe của Anh đã hội đàm với Thượng tướng Nguyễn Chí Vịnh. Bên "
                             "cạnh buổi hội đàm với Thượng tướng Nguyễn Chí Vịnh, Huân tước Earl Howe còn có buổi làm "
                             "việc với Thiếu tướng Đoàn Hùng Minh.",
                             NULL),
                      "talks XXXX-04-19 [VN GB]; talks null [VN GB]");
}

static void test_date_phrase_across_a_comma(void **state) {
  (void)state;
  assert_string_equal(events("Đối thoại chính sách quốc phòng Việt Nam - Hàn Quốc vừa diễn ra tại Seoul hôm thứ sáu, "
                             "ngày 8/9.",
                             NULL),
                      "dialogue XXXX-09-08 [VN KR]");
  /* The time closing the sentence after a comma is the happening's. */
  assert_string_equal(events("Thượng tướng Lê Văn Hải đã hội đàm với Tư lệnh Hải quân Chile tại Hà Nội, chiều 8/9.",
                             NULL),
                      "talks XXXX-09-08 [VN CL]");
}

static void test_english_reports(void **state) {
  (void)state;
  /* The signers of the document just told, named in a passive. */
  assert_string_equal(participants("HANOI -- The Vietnamese Ministry of National Defense and the U.S. Department of "
                                   "Defense inked a Joint Vision Statement on Defense Relations here on Monday. The "
                                   "statement was signed by Vietnamese Defense Minister Phung Quang Thanh and the U.S. "
                                   "Secretary of Defense Ashton Carter."),
                      "signing:Phung Quang Thanh|Ashton Carter");
  /* The visitor behind "by"/"của" after a nominal cue; his country is not where he went. */
  assert_string_equal(participants("The three-day trip to Vietnam by Indonesian Defence Minister Prabowo Subianto started "
                                   "on Thursday, May 12."),
                      "visit:Prabowo Subianto");
  assert_string_equal(participants("Chuyến thăm chính thức của Bộ trưởng Quốc phòng Indonesia Prabowo Subianto bắt "
                                   "đầu ngày 12/5."),
                      "visit:Prabowo Subianto");
  /* "At the dialogue, ..." with nothing told before: it took place. */
  assert_string_equal(events("At the dialogue, Vietnam and Australia noted the strong development of their defence ties.", NULL),
                      "dialogue null [VN AU]");
  /* Talks told without people, then the dialogue they were; a date in the
   * clause after "as the" is not the dialogue's. */
  assert_string_equal(events("SEOUL, Sept. 5 (Yonhap) -- South Korea and Vietnam agreed on closer ties during their annual "
                             "senior-level defense talks in Seoul on Monday. South Korean Vice Defense Minister Shin "
                             "Beom-chul and his Vietnamese counterpart, Hoang Xuan Chien, led the 10th strategic "
                             "defense dialogue, as the two countries mark an anniversary this year. At the talks, "
                             "Chien noted progress.",
                             "2022-09-05"),
                      "dialogue 2022-09-05 [VN KR]");
  assert_string_equal(events("South Korean Vice Defense Minister Shin Beom-chul and his Vietnamese counterpart, Hoang "
                             "Xuan Chien, led the 10th strategic defense dialogue, as the two countries mark an "
                             "anniversary this year.",
                             "2022-09-05"),
                      "dialogue null [VN KR]");
  /* The ceremony that opened the talks just told is no reception of its own. */
  assert_string_equal(events("General Tran Van Nam held talks with his New Zealand counterpart Ron Mark in Wellington "
                             "on November 5 following an official welcome ceremony.",
                             NULL),
                      "talks XXXX-11-05 [VN NZ]");
  /* Planned around it, a meeting dated to a past day still happened. */
  assert_string_equal(events("We agreed that Australia and Vietnam would conduct an annual defence dialogue following "
                             "the successful conduct of the first such dialogue in Hanoi on 12 March this year.",
                             "2013-03-19"),
                      "dialogue 2013-03-12 [VN AU]");
  /* Documents counted, or another document after a date, were not signed here. */
  assert_string_equal(events("Cooperation has developed with the signing of many agreements and MOUs, Vietnam's defence "
                             "attache in Seoul said on December 17.",
                             "2019-12-17"),
                      "");
  assert_string_equal(events("Based on the Memorandum of Understanding between the two countries signed in 2010 and the "
                             "Joint Vision Statement on defence cooperation, the two sides have cooperated well.",
                             "2022-05-14"),
                      "");
  /* A transfer to a partner is an exchange; "been transferred" is not. */
  assert_string_equal(events("Last year, the U.S. transferred a decommissioned Coast Guard cutter to Vietnam.",
                             "2018-03-05"),
                      "exchange 2017 [VN US]");
  assert_string_equal(events("Contracts signed between Vietnam and China have been transferred to 2016.", NULL), "");
  /* Who led the delegations, told before the lost lead, and who spoke at it. */
  assert_string_equal(participants("The Vietnamese delegation was led by Deputy Minister of Defence Nguyen Chi Vinh, while "
                                   "the Australian side was headed by Deputy Secretary Defence People Rebecca Skinner. "
                                   "At the dialogue, the two sides noted the strong ties."),
                      "dialogue:Nguyen Chi Vinh|Rebecca Skinner");
  assert_string_equal(participants("The Vietnam Department of Peacekeeping Operations held a ceremony in Hanoi on "
                                   "September 26 to welcome home the field hospital. Speaking at the ceremony, Major "
                                   "General Pham Manh Thang praised the staff."),
                      "meeting:Pham Manh Thang");
  /* "During the visit, X said": X is the visitor (the US after the comma is
   * no destination); a state as the subject of its own clause leaves out a
   * person named in the clause before. */
  assert_string_equal(participants("Secretary of Defense Ash Carter arrived in Hanoi on Sunday. During the visit, Carter "
                                   "said the US will provide $18 million."),
                      "visit:Ash Carter");
  assert_string_equal(participants("Former president Barack Obama lifted the ban during a 2016 visit and last year, the "
                                   "U.S. transferred a decommissioned Coast Guard cutter to Vietnam."),
                      "visit:Barack Obama; exchange:");
  /* English news that names neither Vietnam nor a Vietnamese place or
   * titled person is not about Vietnam's defense relations. */
  assert_string_equal(events("Kim Kardashian received an award in Seoul on Monday. Japan and Canada held talks in "
                             "Ottawa on Monday.",
                             "2019-11-18"),
                      "");
  assert_string_equal(events("Japanese and Canadian defence officials held talks in Hanoi on Monday.", "2019-11-18"),
                      "talks 2019-11-18 [JP CA]");
  /* "visiting Japanese Ambassador": the guest's state, not a visit to Japan;
   * a forum on whose sidelines a call was paid is its setting; a ship named
   * after its hull number is no person, its navy names its state. */
  assert_string_equal(participants("Defence Minister Gen. Phan Van Giang received visiting Japanese Ambassador Yamada "
                                   "Takio in Hanoi on June 5. Deputy Defence Minister Nguyen Chi Vinh paid a courtesy "
                                   "call on Singaporean Prime Minister Lee Hsien Loong on the sidelines of the "
                                   "Shangri-La Dialogue on June 1. The Vietnam People's Navy ship 016-Quang Trung "
                                   "docked at Port Klang, Malaysia on June 4."),
                      "reception:Phan Van Giang|Yamada Takio; reception:Nguyen Chi Vinh|Lee Hsien Loong; port_call:");
  assert_string_equal(events("Defence Minister Gen. Phan Van Giang received visiting Japanese Ambassador Yamada Takio in "
                             "Hanoi on June 5. The Vietnam People's Navy ship 016-Quang Trung docked at Port Klang, "
                             "Malaysia on June 4.",
                             "2024-06-10"),
                      "reception 2024-06-05 [VN JP]; port_call 2024-06-04 [VN MY]");
  /* English "received" and "met" report a meeting only with someone as the object. */
  assert_string_equal(events("Vietnam's Defence Ministry received an inquiry on Monday. The players had not met since "
                             "2018.",
                             "2019-11-18"),
                      "");
  assert_string_equal(events("Vietnam's Defence Minister received a delegation of the Lao People's Army on Monday.",
                             "2019-11-18"),
                      "reception 2019-11-18 [VN LA]");
  /* English news about Vietnam that says nothing of defense (no defense word,
   * officer or forum) is not defense news. */
  assert_string_equal(events("Vietnam and Singapore signed a memorandum of understanding on digital economy cooperation "
                             "in Singapore on May 10, the General Department of Customs said.",
                             "2024-05-12"),
                      "");
  assert_string_equal(events("Vietnam and Singapore signed a memorandum of understanding on defence cooperation in "
                             "Singapore on May 10.",
                             "2024-05-12"),
                      "signing 2024-05-10 [VN SG]");
  /* The place behind "in the central city of". */
  json_t *loc = test_extract("The fourth Vietnam - Laos defence policy dialogue was held in the northwestern province "
                             "of Dien Bien on March 20.",
                             "2024-03-21");
  json_t *where = json_object_get(json_array_get(test_list(loc, "events"), 0), "location");
  assert_string_equal(test_str(where, "place"), "Dien Bien");
  json_decref(loc);
  /* A visit with no destination named goes to the visitor's other side. */
  loc = test_extract("General Ngo Xuan Lich held talks with his New Zealand counterpart Ron Mark in Wellington on "
                     "November 5. \"Minister Lich's visit is an opportunity,\" Mark said.",
                     "2019-11-06");
  where = json_object_get(json_array_get(test_list(loc, "events"), 1), "location");
  assert_string_equal(test_str(where, "country"), "NZ");
  json_decref(loc);
  /* "in 2017 and 2018, respectively": one handover a year. */
  assert_string_equal(events("Vietnamese Deputy Defence Minister Hoang Xuan Chien said South Korea's handover of two "
                             "naval vessels to Vietnam in 2017 and 2018, respectively, helped the navy.",
                             "2022-09-05"),
                      "exchange 2017 [VN KR]; exchange 2018 [VN KR]");
  /* The one who says it is not in South Korea's handover. */
  assert_string_equal(participants("Vietnamese Deputy Defence Minister Hoang Xuan Chien said South Korea's handover of "
                                   "two naval vessels to Vietnam in 2017 helped the navy."),
                      "exchange:");
  /* What recurred "since then" is no one event, past tense or not. */
  assert_string_equal(events("Since then, Vietnamese warships have visited Manila.", "2015-05-27"), "");
  assert_string_equal(events("Kể từ đó, tàu hải quân Việt Nam đã thăm Philippines nhiều lần.", "2015-05-27"), "");
  /* Trade talks, and a meeting they were unable to hold, are no meetings. */
  assert_string_equal(events("Vietnam and China have been unable to reschedule a meeting between their leaders. "
                             "Vietnam held trade talks with Japan on Monday.",
                             "2019-11-18"),
                      "");
  /* What was signed during the talks has their date. */
  assert_string_equal(events("Defence Minister Gen. Ngo Xuan Lich and his Lao counterpart Chansamone Channhalat signed "
                             "a cooperation agreement for 2017 during their talks in Da Nang on January 9.",
                             "2017-01-10"),
                      "signing 2017-01-09 [VN LA]; talks 2017-01-09 [VN LA]");
  /* "X's visit": X is the visitor. */
  assert_string_equal(participants("General Ngo Xuan Lich held talks with his New Zealand counterpart Ron Mark in "
                                   "Wellington on November 5. "
                                   "\"Minister Lich's visit is an opportunity,\" Mark said."),
                      "talks:Ngo Xuan Lich|Ron Mark; visit:Ngo Xuan Lich");
  /* A past tense tells a happening without a date or a name ("đã" in Vietnamese). */
  json_t *r = test_extract("The Vietnamese and Lao defence ministries signed a cooperation plan for 2024.", NULL);
  assert_int_equal(json_array_size(test_list(r, "events")), 1);
  json_decref(r);
  /* A visit still to come, and "welcomed" said of a plan, are no happenings. */
  r = test_extract("The Australian officials welcomed the visit to be made to Australia by Deputy Prime Minister "
                   "Pham Binh Minh from November 29 to December 1, 2016.",
                   "2016-11-22");
  assert_int_equal(json_array_size(test_list(r, "events")), 0);
  json_decref(r);
  /* A document signed long ago, named as a basis or as "signed agreements". */
  r = test_extract("Hai bên hợp tác trên cơ sở Bản ghi nhớ về hợp tác quốc phòng ký năm 2010.", "2022-05-14");
  assert_int_equal(json_array_size(test_list(r, "events")), 0);
  json_decref(r);
  r = test_extract("Cooperation has proven effective in line with signed agreements between New Zealand and Vietnam.",
                   NULL);
  assert_int_equal(json_array_size(test_list(r, "events")), 0);
  json_decref(r);
  /* Neither a state nor a person: no meeting of states. */
  r = test_extract("The bay welcomed 4.4 million holidaymakers last year.", NULL);
  assert_int_equal(json_array_size(test_list(r, "events")), 0);
  json_decref(r);
}

/* Vietnamese names the kinds of happening beyond meetings and visits by
 * their own words: joint patrols, handovers, repatriated remains, youth
 * officers' exchanges. */
static void test_patrols_handovers_and_exchanges(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 12/5, Cảnh sát biển Việt Nam và Cảnh sát biển Trung Quốc đã tiến hành kiểm tra "
                             "liên hợp nghề cá trên vịnh Bắc Bộ.",
                             NULL),
                      "exercise XXXX-05-12 [VN CN]");
  assert_string_equal(events("Ngày 4/7, đồn biên phòng của tỉnh và đại đội biên phòng của Lào đã tuần tra song "
                             "phương trên đoạn biên giới chung.",
                             NULL),
                      "exercise XXXX-07-04 [VN LA]");
  assert_string_equal(events("Sáng 3/6, tại Đà Nẵng, Hải quân Hoa Kỳ đã chuyển giao một tàu tuần tra cho Hải quân "
                             "Việt Nam.",
                             NULL),
                      "exchange XXXX-06-03 [VN US]");
  assert_string_equal(events("Ngày 8/7, lễ hồi hương hài cốt quân nhân Hoa Kỳ mất tích trong chiến tranh đã diễn ra "
                             "tại sân bay Đà Nẵng.",
                             NULL),
                      "exchange XXXX-07-08 [VN US]");
  assert_string_equal(events("Chiều 16/3, Bộ Chỉ huy Quân sự tỉnh đã tổ chức giao lưu sĩ quan trẻ với Quân đội "
                             "Hoàng gia Campuchia.",
                             NULL),
                      "exchange XXXX-03-16 [VN KH]");
  /* Citizens handed back at a border gate are no defense diplomacy. */
  assert_string_equal(events("Ngày 5/9, công an huyện biên giới của Trung Quốc đã trao trả 5 công dân cho phía Việt "
                             "Nam.",
                             NULL),
                      "");
}

/* Drills ("tập trận"), twinning of border posts ("kết nghĩa") and remains
 * seen off home ("lễ tiễn đưa ... hài cốt") are told in words of their own.
 * A bare "tập trận" is as often one state's own drill: only a joint one, or
 * taking part in one, is an exercise; a plan ("lên kế hoạch") and a pledge
 * ("giao ước") are none. */
static void test_drills_twinning_and_remains_seen_off(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 11/7, Hải quân Việt Nam lần đầu tham gia cuộc tập trận đa phương tại vùng biển "
                             "Hawaii cùng Hải quân Hoa Kỳ.",
                             NULL),
                      "exercise XXXX-07-11 [VN US]");
  assert_string_equal(events("Sáng 6/5, lực lượng biên phòng Việt Nam và Lào đã tập trận chung trên tuyến biên giới.",
                             NULL),
                      "exercise XXXX-05-06 [VN LA]");
  assert_string_equal(events("Ngày 2/4, hải quân nước này tiến hành tập trận bắn đạn thật ngoài khơi Trung Quốc.", NULL),
                      "");
  assert_string_equal(events("Hải quân hai nước Việt Nam và Ấn Độ lên kế hoạch tập trận chung.", NULL), "");
  assert_string_equal(events("Ngày 21/9, Đồn Biên phòng cửa khẩu Bờ Y và Đại đội biên phòng 405 (Lào) đã tổ chức lễ "
                             "kết nghĩa. Tại lễ kết nghĩa, hai đơn vị cùng giao ước thực hiện chế độ hội đàm định kỳ.",
                             NULL),
                      "exchange XXXX-09-21 [VN LA]");
  assert_string_equal(events("Ngày 7/6, tại tỉnh Attapeu, chính quyền tỉnh bạn Lào đã tổ chức lễ tiễn đưa 9 hài cốt "
                             "liệt sĩ quân tình nguyện Việt Nam về nước.",
                             NULL),
                      "exchange XXXX-06-07 [VN LA]");
  /* Seeing off a delegation is no handover. */
  assert_string_equal(events("Ngày 7/6, lãnh đạo tỉnh đã tiễn đưa đoàn đại biểu tỉnh Attapeu của Lào về nước.", NULL),
                      "");
}

/* Border units meet the police or gendarmerie of a neighbouring province
 * ("Công an tỉnh X", "Ty Công an tỉnh X", "Hiến binh tỉnh X"): that
 * province's state is the other side, as with its military command. */
static void test_a_neighbouring_provinces_police_is_the_other_side(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 5/3, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang hội đàm với Ty Công an tỉnh "
                             "Kampot.",
                             "2024-03-06"),
                      "talks 2024-03-05 [VN KH]");
  assert_string_equal(events("Ngày 12/8, Đồn Biên phòng Vĩnh Xương tổ chức giao lưu hữu nghị với Hiến binh tỉnh "
                             "Kandal.",
                             "2024-08-13"),
                      "exchange 2024-08-12 [VN KH]");
  /* Lao provinces as Vietnamese news spells them, in syllables or run
   * together, tones either way. */
  assert_string_equal(events("Sáng 9/10, Bộ CHQS tỉnh Điện Biên hội đàm với Bộ CHQS tỉnh Luông Nậm Thà.", "2024-10-09"),
                      "talks 2024-10-09 [VN LA]");
  assert_string_equal(events("Sáng 9/10, Bộ CHQS tỉnh Hà Tĩnh hội đàm với Bộ CHQS tỉnh Bôlykhămxay.", "2024-10-09"),
                      "talks 2024-10-09 [VN LA]");
}

/* Remains handed over and received in one ceremony at the border ("lễ giao
 * nhận hài cốt liệt sĩ") are a handover; the call-up ceremony "lễ giao nhận
 * quân" is none. */
static void test_remains_handed_and_received_at_the_border(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 18/4, tại Cửa khẩu quốc tế Na Mèo, tỉnh Thanh Hóa và tỉnh Hủa Phăn (Lào) tổ chức "
                             "lễ giao nhận 9 hài cốt liệt sĩ quân tình nguyện Việt Nam.",
                             "2024-04-18"),
                      "exchange 2024-04-18 [VN LA]");
  assert_string_equal(events("Sáng 18/2, các huyện trong tỉnh đồng loạt tổ chức lễ giao nhận quân năm 2024.",
                             "2024-02-18"),
                      "");
  /* Remains received ("đã nhận 20 bộ hài cốt", "lễ đón nhận 12 hài cốt"),
   * not an invitation or an honour received. */
  assert_string_equal(events("Sáng 9/5, tại Cửa khẩu Cầu Treo, tỉnh Hà Tĩnh đã nhận 20 bộ hài cốt liệt sĩ quân tình "
                             "nguyện Việt Nam hy sinh tại Lào.",
                             "2024-05-09"),
                      "exchange 2024-05-09 [VN LA]");
  assert_string_equal(events("Sáng 9/5, tỉnh Hà Tĩnh tổ chức lễ đón nhận 12 hài cốt liệt sĩ quân tình nguyện Việt Nam "
                             "hy sinh tại Lào.",
                             "2024-05-09"),
                      "exchange 2024-05-09 [VN LA]");
  assert_string_equal(events("Sáng 9/5, Thượng tướng Lê Văn Bình nhận lời mời thăm Lào.", "2024-05-09"), "");
  /* The lead sets the scene with its day; the next sentence, at that scene
   * ("Tại ..."), tells the handover. */
  assert_string_equal(events("Sáng 9/5, hài cốt 20 liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào đã về đến cửa khẩu "
                             "Cầu Treo. Tại cửa khẩu, Ban công tác đặc biệt tỉnh Hà Tĩnh và tỉnh Bôlykhămxay (Lào) tổ chức lễ "
                             "bàn giao hài cốt liệt sĩ.",
                             "2024-05-09"),
                      "exchange 2024-05-09 [VN LA]");
}

/* "Sáng 12-3, đoàn ... đã đến cửa khẩu Y. Đại tá X ... đã đón đoàn": a party
 * met ("đón") right after the sentence telling its coming is met the day it
 * arrives; told without a day, the welcome keeps none. */
static void test_arrivals_met_on_the_day_they_arrive(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 7-4, đoàn cán bộ Quân đội nhân dân Lào do Đại tá Bun-mi làm trưởng đoàn đã đến sân bay "
                             "quốc tế Đà Nẵng. Thiếu tướng Lê Văn Bình, Phó Tư lệnh Quân khu 5 cùng cán bộ đơn vị đã đón "
                             "đoàn tại sân bay.",
                             "2024-04-08"),
                      "reception 2024-04-07 [VN LA]");
  assert_string_equal(events("Đoàn cán bộ Quân đội nhân dân Lào do Đại tá Bun-mi làm trưởng đoàn đã đến sân bay quốc tế "
                             "Đà Nẵng. Thiếu tướng Lê Văn Bình, Phó Tư lệnh Quân khu 5 cùng cán bộ đơn vị đã đón đoàn tại "
                             "sân bay.",
                             "2024-04-08"),
                      "reception null [VN LA]");
}

/* "Ngày 2/11, X cùng đoàn công tác đến thăm và làm việc tại tỉnh Y ... Đón
 * tiếp và làm việc với đoàn công tác có Z": the hosts' meeting with the
 * delegation, told right after its visit with no day of its own, is on the
 * day the visit was told for. */
static void test_the_delegations_hosts_meet_it_on_the_day_of_its_visit(void **state) {
  (void)state;
  /* A study trip or working trip abroad told by its noun is a visit to the
   * state named after it; one at home is none. */
  assert_string_equal(events("Từ ngày 10 đến 15/3, Đoàn học viên Học viện Quốc phòng do Thiếu tướng Lê Văn Bình dẫn "
                             "đầu đã thực hiện chuyến khảo sát, nghiên cứu thực tế tại Malaysia.",
                             "2024-03-16"),
                      "visit 2024-03-10 [VN MY]");
  assert_string_equal(events("Ngày 12/3, Thượng tướng Lê Văn Bình có chuyến công tác tại tỉnh Quảng Ninh.", "2024-03-12"),
                      "");
  /* An exchange programme named as the frame of talks held on a day is held
   * on that day too (a visit named so spans days: no date of its own). */
  assert_string_equal(events("Trong khuôn khổ Chương trình Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ "
                             "ba, sáng 14/11, tại tỉnh Sơn La, Đại tướng Trần Văn Hòa đã hội đàm với Đại tướng Khăm Sỉ "
                             "Phon, Bộ trưởng Bộ Quốc phòng Lào.",
                             "2024-11-14"),
                      "exchange 2024-11-14 [VN LA]; talks 2024-11-14 [VN LA]");
  assert_string_equal(events("Ngày 2/11, Thiếu tướng Lê Văn Bình cùng đoàn công tác đã đến thăm và làm việc tại tỉnh "
                             "Hủa Phăn (Lào). Đón tiếp và làm việc với đoàn công tác có đồng chí Khăm Sỉ Phon, Tỉnh "
                             "trưởng tỉnh Hủa Phăn.",
                             "2024-11-03"),
                      "visit 2024-11-02 [VN LA]; reception 2024-11-02 [VN LA]; talks 2024-11-02 [VN LA]");
  /* the reception opening the next paragraph, right after the visit's sentence */
  assert_string_equal(events("Ngày 14/1, Đoàn đại biểu tỉnh Kep (Campuchia) do ngài Som Vanna dẫn đầu sang thăm và chúc "
                             "Tết tỉnh Kiên Giang.\n\nTiếp đoàn, ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Kiên Giang cảm "
                             "ơn đoàn.",
                             "2025-01-15"),
                      "visit 2025-01-14 [VN KH]; reception 2025-01-14 [VN KH]");
  /* ... a photo's caption alone on its line between */
  assert_string_equal(events("Ngày 3/2, đoàn công tác Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào) do Đại tá Khăm Sỉ "
                             "Phon dẫn đầu đã đến thăm, chúc Tết Bộ Chỉ huy Quân sự tỉnh Nghệ An.\n\nĐoàn công tác "
                             "tỉnh Xiêng Khoảng chúc Tết Bộ Chỉ huy Quân sự tỉnh Nghệ An.\n\nTiếp đoàn, Đại tá Lê "
                             "Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh cảm ơn đoàn.",
                             "2025-02-04"),
                      "visit 2025-02-03 [VN LA]; reception 2025-02-03 [VN LA]");
}

/* A drill or an exchange named by its verb, or by its programme, opening the
 * sentence as the subject of a verb of holding has the day after that verb,
 * however long its name with commas in it ("cứu hộ, cứu nạn"); told to
 * come, it has none (and is no event). */
static void test_a_drill_named_first_is_held_on_the_day_after_its_verb(void **state) {
  (void)state;
  assert_string_equal(events("Diễn tập cứu hộ, cứu nạn chung giữa quân đội Việt Nam và Lào khai mạc ngày 12/10 tại "
                             "tỉnh Sơn La.",
                             "2024-10-13"),
                      "exercise 2024-10-12 [VN LA]");
  assert_string_equal(events("Chương trình diễn tập tìm kiếm, cứu nạn chung do Bộ Quốc phòng Việt Nam và Lào phối hợp "
                             "tổ chức khai mạc ngày 12/10 tại tỉnh Sơn La.",
                             "2024-10-13"),
                      "exercise 2024-10-12 [VN LA]");
  assert_string_equal(events("Diễn tập cứu hộ, cứu nạn chung giữa quân đội Việt Nam và Lào sẽ diễn ra ngày 12/10 tại "
                             "tỉnh Sơn La.",
                             "2024-10-10"),
                      "");
}

/* A welcome of those coming home ("đón ... trở về", "về nước"), no foreign
 * state or body told before the word of their return, welcomes one's own
 * people: no reception with the state they come back from. Remains brought
 * home stay their handover; a foreign delegation named first stays welcomed. */
static void test_welcoming_ones_own_people_home_is_no_reception(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 15/5, tại sân bay Nội Bài, Thiếu tướng Lê Văn Bình đón đoàn cán bộ Bệnh viện dã "
                             "chiến cấp 2 số 9 trở về sau một năm làm nhiệm vụ tại Nam Sudan.",
                             "2024-05-16"),
                      "");
  assert_string_equal(events("Chiều 15/5, tại sân bay Tân Sơn Nhất, Thiếu tướng Lê Văn Bình đón các đồng đội trở về từ "
                             "Thổ Nhĩ Kỳ.",
                             "2024-05-16"),
                      "");
  assert_string_equal(events("Sáng 15/5, tại cửa khẩu Nậm Cắn, tỉnh Nghệ An tổ chức lễ đón 12 hài cốt liệt sĩ trở về từ "
                             "Lào.",
                             "2024-05-16"),
                      "exchange 2024-05-15 [VN LA]");
  assert_string_equal(events("Sáng 15/5, Thiếu tướng Lê Văn Bình đón Đoàn đại biểu Quân đội nhân dân Lào trước khi đoàn "
                             "trở về nước.",
                             "2024-05-16"),
                      "reception 2024-05-15 [VN LA]");
}

/* Gratitude or praise for the hosts' welcome ("bày tỏ lòng biết ơn trước sự
 * đón tiếp", "cảm kích trước sự đón tiếp", "đánh giá cao sự đón tiếp",
 * "appreciated the warm reception") thanks for the visit's hospitality: no
 * reception of its own; who thanks took part in the visit. */
static void test_gratitude_for_the_welcome_is_no_reception(void **state) {
  (void)state;
  const char *lead = "Chiều 7/2, đoàn công tác Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào) sang thăm, chúc Tết Bộ "
                     "Chỉ huy Quân sự tỉnh Nghệ An.\n";
  char text[512];
  snprintf(text, sizeof text, "%sĐại tá Khăm Sỉ Phon cảm kích trước sự đón tiếp nồng hậu của tỉnh Nghệ An.", lead);
  assert_string_equal(participants(text), "visit:Khăm Sỉ Phon");
  snprintf(text, sizeof text, "%sĐại tá Khăm Sỉ Phon đánh giá cao sự đón tiếp chu đáo của tỉnh Nghệ An.", lead);
  assert_string_equal(participants(text), "visit:Khăm Sỉ Phon");
  assert_string_equal(participants("On May 7, a delegation of the Lao People's Army visited the Nghe An Military "
                                   "Command. Colonel Kham Si Phon appreciated the warm reception given by the "
                                   "command."),
                      "visit:Kham Si Phon");
}

/* A happening opening its clause as the subject, however long its name,
 * with "sẽ" or "dự kiến" right before its verb of holding, is still to
 * come; one whose holding is told first ("khai mạc ... và sẽ kéo dài") was
 * held. */
static void test_a_happening_to_be_held_is_no_event(void **state) {
  (void)state;
  assert_string_equal(events("Diễn tập chung giữa quân đội Việt Nam và Lào sẽ diễn ra từ ngày 7 đến 9/10 tại tỉnh Sơn La.",
                             "2024-10-01"),
                      "");
  assert_string_equal(events("Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ ba dự kiến diễn ra từ ngày 7 "
                             "đến 9/10 tại tỉnh Điện Biên.",
                             "2024-10-01"),
                      "");
  assert_string_equal(events("Cuộc diễn tập chung giữa hải quân Việt Nam và Thái Lan dự kiến sẽ được tổ chức ngày 7/10.",
                             "2024-10-01"),
                      "");
  assert_string_equal(events("Ngày 7/10, diễn tập chung giữa quân đội Việt Nam và Lào khai mạc tại tỉnh Sơn La và sẽ diễn "
                             "ra đến ngày 9/10.",
                             "2024-10-08"),
                      "exercise 2024-10-07 [VN LA]");
}

/* Aid sent as a gift ("gửi tặng") or handed over symbolically at a ceremony
 * ("trao tượng trưng") is a handover, as "trao tặng" is. */
static void test_aid_sent_or_handed_over_symbolically(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 9/5, Bộ Quốc phòng Việt Nam đã gửi tặng Bộ Quốc phòng Lào 200 tấn gạo.", NULL),
                      "exchange XXXX-05-09 [VN LA]");
  assert_string_equal(events("Chiều 3/4, Thứ trưởng Bộ Quốc phòng Lê Văn Bình đã trao tượng trưng trang thiết bị y tế "
                             "hỗ trợ Quân đội Hoàng gia Campuchia.",
                             NULL),
                      "exchange XXXX-04-03 [VN KH]");
  /* "trao quà" alone, gifts handed to a unit of the other side. */
  assert_string_equal(events("Chiều 4/4, tại tỉnh Luang Namtha, Đại tá Trần Văn Bình, Chỉ huy trưởng Bộ đội Biên phòng "
                             "tỉnh Điện Biên trao quà cho Đại đội Biên phòng 5 của Lào.",
                             NULL),
                      "exchange XXXX-04-04 [VN LA]");
}

/* A happening named as a topic ("việc ..."), or set out in a schedule
 * ("Theo kế hoạch"), is not reported as having happened. */
static void test_topics_and_schedules_are_not_reports(void **state) {
  (void)state;
  assert_string_equal(events("Thứ trưởng Kim Min-soo cho biết việc Hàn Quốc chuyển giao tàu tuần tra cho Việt Nam "
                             "thể hiện sự hợp tác thực chất.",
                             NULL),
                      "");
  assert_string_equal(events("Theo kế hoạch, từ ngày 29/10, thủy thủ tàu Hải quân Ấn Độ luyện tập chung với Hải quân "
                             "Việt Nam.",
                             NULL),
                      "");
  /* The word of giving alone, with goods after it, is a handover; with
   * none ("trao đổi", "tặng hoa"), or with a souvenir traded at the end of
   * a meeting, it is none. */
  assert_string_equal(events("Ngày 12/3, tại Viêng Chăn, Thượng tướng Lê Văn Bình đã trao 8 xe ô tô cho Bộ Quốc phòng "
                             "Lào.",
                             "2024-03-12"),
                      "exchange 2024-03-12 [VN LA]");
  /* What the goods are for ("phục vụ Hội nghị ...") is still to come: no
   * meeting of the forum. */
  assert_string_equal(events("Ngày 12/3, tại Viêng Chăn, Thượng tướng Lê Văn Bình đã trao 8 xe ô tô cho Bộ Quốc phòng "
                             "Lào phục vụ Hội nghị Bộ trưởng Quốc phòng các nước ASEAN.",
                             "2024-03-12"),
                      "exchange 2024-03-12 [VN LA]");
  assert_string_equal(events("Ngày 12/3, tại Hà Nội, Thượng tướng Lê Văn Bình tiếp Đại sứ Lào Khăm Sỉ. Cuối buổi "
                             "tiếp, Thượng tướng Lê Văn Bình tặng Đại sứ Khăm Sỉ quà lưu niệm.",
                             "2024-03-12"),
                      "reception 2024-03-12 [VN LA]");
  assert_string_equal(events("Ngày 12/3, tại Hà Nội, Thượng tướng Lê Văn Bình tiếp Đại sứ Lào Khăm Sỉ. Kết thúc buổi "
                             "tiếp, hai bên trao tặng quà lưu niệm.",
                             "2024-03-12"),
                      "reception 2024-03-12 [VN LA]");
}

/* ASEAN's meetings below the ministers' (navy chiefs, informal meetings with
 * a partner, staff and expert groups) are multilateral, and a forum held
 * over days is one meeting. */
static void test_asean_meetings_and_forums_over_days(void **state) {
  (void)state;
  json_t *r = test_extract("Ngày 14/3, Hội nghị Tư lệnh Hải quân ASEAN lần thứ 15 đã khai mạc tại Jakarta.", NULL);
  json_t *ev = json_array_get(test_list(r, "events"), 0);
  assert_string_equal(test_str(ev, "type"), "multilateral");
  assert_string_equal(test_str(ev, "mechanism"), "OTHER");
  json_decref(r);
  r = test_extract("Chiều 9/6, cuộc gặp không chính thức Bộ trưởng Quốc phòng ASEAN - Trung Quốc đã diễn ra theo hình "
                   "thức trực tuyến.",
                   NULL);
  ev = json_array_get(test_list(r, "events"), 0);
  assert_string_equal(test_str(ev, "mechanism"), "CHINA-ASEAN-DMM");
  json_decref(r);
  assert_string_equal(events("Sáng 1/6, Đối thoại Shangri-La lần thứ 20 đã khai mạc tại Singapore. Ngày 2/6, Đối thoại "
                             "Shangri-La lần thứ 20 tiếp tục với phiên thảo luận về an ninh biển.",
                             NULL),
                      "multilateral XXXX-06-01 []");
}

/* A conference of an organization's members that the mechanisms do not list
 * ("Hội nghị Tham mưu trưởng Hải quân các nước ASEAN") is one of its
 * meetings, mechanism OTHER; named loosely after a forum of it was told
 * ("tại Hội nghị ASEAN"), it is that forum. */
static void test_a_conference_of_an_organizations_members(void **state) {
  (void)state;
  json_t *r = test_extract("Ngày 8/11, Hội nghị Tham mưu trưởng Hải quân các nước ASEAN lần thứ 5 đã diễn ra tại "
                           "Bangkok.",
                           NULL);
  assert_int_equal(json_array_size(test_list(r, "events")), 1);
  json_t *ev = json_array_get(test_list(r, "events"), 0);
  assert_string_equal(test_str(ev, "type"), "multilateral");
  assert_string_equal(test_str(ev, "mechanism"), "OTHER");
  assert_string_equal(json_string_value(json_array_get(json_object_get(ev, "organizations"), 0)), "ASEAN");
  json_decref(r);
  /* the acronym written as a word */
  assert_string_equal(events("Hôm nay 9/10, Hội nghị Thứ trưởng Quốc phòng Asean - Hàn Quốc lần thứ 5 đã diễn ra tại "
                             "Seoul. Thiếu tướng Trần Văn An dẫn đầu đoàn Việt Nam tham dự hội nghị.",
                             NULL),
                      "multilateral XXXX-10-09 [VN KR]");
  assert_string_equal(events("Ngày 2/3, Hội nghị những người đứng đầu Quân y các nước ASEAN lần thứ hai đã khai mạc "
                             "tại Hà Nội. Các trưởng đoàn chụp ảnh chung tại Hội nghị ASEAN lần thứ hai.",
                             NULL),
                      "multilateral XXXX-03-02 []");
  /* A conference of one's own stays the story's domestic meeting. */
  assert_string_equal(events("Sáng 9/1, Bộ Quốc phòng tổ chức Hội nghị Đối ngoại quốc phòng toàn quân.", NULL),
                      "meeting XXXX-01-09 [VN]");
}

/* "Tham dự gặp mặt có ...": the verb after "dự" names the meeting told. */
static void test_attending_a_meeting_told_before(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 20/12, Bộ Quốc phòng tổ chức gặp mặt cán bộ làm công tác đối ngoại. Tham dự gặp mặt "
                             "có Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc phòng.",
                             NULL),
                      "meeting XXXX-12-20 [VN]");
}

/* A ship arrives ("đến", "cập", "lễ đón tàu"): a port call, told once; "đến"
 * without a ship is a plain word; Vietnam's own ship welcomed home, or ships
 * that called "in recent months", are no port call. */
static void test_ships_arriving(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 5/4, tàu khu trục của Hải quân Ấn Độ đã đến Đà Nẵng, bắt đầu chuyến thăm hữu nghị. "
                             "Lễ đón tàu diễn ra tại cảng Tiên Sa.",
                             NULL),
                      "port_call XXXX-04-05 [VN IN]");
  assert_string_equal(events("Đại tướng Phan Văn Giang thăm chính thức Lào từ ngày 20 đến 23/10.", NULL),
                      "visit XXXX-10-20 [VN LA]");
  assert_string_equal(events("Sáng 15/5, tại Quân cảng Cam Ranh, Hải quân tổ chức lễ đón tàu hộ vệ trở về.", NULL), "");
  assert_string_equal(events("Thời gian qua, tàu hải quân Nhật Bản và Ấn Độ đã ghé thăm cảng Cam Ranh.", NULL), "");
}

/* Ranks of foreign officers as Vietnamese news writes them. */
static void test_foreign_ranks(void **state) {
  (void)state;
  json_t *r = test_extract("Chiều 10/11, Trung tướng Võ Văn Tuấn đã tiếp Chuẩn tướng Rajesh Singh, Chỉ huy trưởng "
                           "Học viện Quốc phòng Ấn Độ, và Phó Đề đốc Carlos Reyes của Philippines.",
                           NULL);
  json_t *ps = json_object_get(json_array_get(test_list(r, "events"), 0), "participants");
  assert_int_equal(json_array_size(ps), 3);
  assert_string_equal(test_str(json_array_get(ps, 1), "rank"), "Chuẩn tướng");
  assert_string_equal(test_str(json_array_get(ps, 2), "name"), "Carlos Reyes");
  assert_string_equal(test_str(json_array_get(ps, 2), "rank"), "Phó Đề đốc");
  json_decref(r);
}

/* A gathering with a foreign side is a friendship exchange; a welcome of
 * remains is their handover; a nominal happening "được tổ chức" / "diễn
 * ra" is told as held, unless it goes on about a meeting already told. */
static void test_gatherings_remains_and_held_happenings(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 2/9, Thứ trưởng Bộ Quốc phòng đã gặp mặt các quân nhân Lào sang dự lễ kỷ niệm.",
                             NULL),
                      "exchange XXXX-09-02 [VN LA]");
  assert_string_equal(events("Sáng 11/5, tỉnh Gia Lai cùng đoàn đại biểu Campuchia tổ chức lễ đón, truy điệu và an táng "
                             "12 hài cốt liệt sĩ.",
                             NULL),
                      "exchange XXXX-05-11 [VN KH]");
  assert_string_equal(events("Lần đầu tiên, khóa tập huấn được tổ chức với giảng viên đến từ Australia.", NULL),
                      "exchange null [VN AU]");
  assert_string_equal(events("Chiều 9/6, cuộc gặp không chính thức Bộ trưởng Quốc phòng ASEAN - Trung Quốc đã diễn ra "
                             "trực tuyến. Cuộc gặp diễn ra trong bối cảnh hai bên kỷ niệm quan hệ đối thoại.",
                             NULL),
                      "multilateral XXXX-06-09 []");
  /* A meeting named as the subject of "sẽ" is still to come. */
  assert_string_equal(events("Hội nghị ACDFM lần thứ 20 sẽ thảo luận về an ninh biển.", NULL), "");
}

/* "sang thăm": a visit to the other side, its destination left out; told
 * as done ("đã sang thăm") it has the sentence's date, told of a guest
 * ("lễ đón ông X sang thăm") it does not. */
/* Calls told in other words ("trao đổi qua điện thoại", "điện thoại với" a
 * person, "cuộc điện thoại") and a visit told as "viếng thăm". */
static void test_calls_and_visits_in_other_words(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 5/3, Bộ trưởng Quốc phòng Nguyễn Văn An đã trao đổi qua điện thoại với Bộ trưởng "
                             "Quốc phòng Lào.",
                             NULL),
                      "call XXXX-03-05 [VN LA]");
  assert_string_equal(events("Sáng 31/12, Đại tướng Nguyễn Văn An điện thoại với Bộ trưởng Quốc phòng Nhật Bản Tanaka "
                             "Ichiro.",
                             NULL),
                      "call XXXX-12-31 [VN JP]");
  assert_string_equal(events("Hai bên duy trì đường dây điện thoại trực tiếp giữa hai Bộ Quốc phòng.", NULL), "");
  assert_string_equal(events("Ngày 12/4, Tổng thống Phần Lan đã viếng thăm Việt Nam.", NULL), "visit XXXX-04-12 [VN FI]");
}

/* "sang Việt Nam tham dự ...": a trip to a state made to attend something
 * there is a visit to it, beside what the sentence tells; a forum attended
 * is its meeting, no visit. */
static void test_crossing_over_to_attend_is_a_visit(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 5/6, Chuẩn Đô đốc John Smith, Tư lệnh Hạm đội Australia chào xã giao Đô đốc Trần "
                             "Văn Nam nhân dịp sang Việt Nam tham dự lễ kỷ niệm.",
                             NULL),
                      "reception XXXX-06-05 [VN AU]; visit null [VN AU]");
  assert_string_equal(events("Ngày 20/8, đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Lê Văn Bình dẫn đầu đã "
                             "sang Lào dự lễ kỷ niệm ngày thành lập Quân đội nhân dân Lào.",
                             NULL),
                      "visit XXXX-08-20 [VN LA]");
  assert_string_equal(events("Ngày 29/5, Thượng tướng Lê Văn Bình đã sang Singapore dự Đối thoại Shangri-La.", NULL),
                      "multilateral XXXX-05-29 [VN SG]");
}

static void test_crossing_over_to_visit(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 8/2, đoàn cán bộ Quân khu 2 Quân đội nhân dân Lào đã sang thăm, chúc Tết Quân khu 4.",
                             NULL),
                      "visit XXXX-02-08 [VN LA]");
  assert_string_equal(events("Sáng 22/7, Đại tướng Phan Văn Giang chủ trì lễ đón ông Ng Eng Hen, Bộ trưởng Quốc phòng "
                             "Singapore sang thăm Việt Nam.",
                             NULL),
                      "reception XXXX-07-22 [VN SG]; visit null [VN SG]");
}

/* "Hội nghị" alone is the story's domestic meeting on foreign relations;
 * a delegation joining a conference, a named forum, or a conference told
 * before are not another one. */
static void test_a_conference_named_only_hoi_nghi(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 12/1, Thượng tướng Nguyễn Văn Bình chủ trì Hội nghị công tác đối ngoại quốc phòng năm "
                             "2024.",
                             NULL),
                      "meeting XXXX-01-12 [VN]");
  assert_string_equal(events("Đoàn đại biểu quân sự cấp cao Việt Nam do Đại tướng Lương Cường dẫn đầu đã tham gia hội "
                             "nghị.",
                             NULL),
                      "");
  assert_string_equal(events("Sáng 19/2, Hội nghị ADMM hẹp đã khai mạc tại Hà Nội.", NULL), "multilateral XXXX-02-19 []");
  /* "hội nghị" there is the forum told; who opens it with a speech attends it. */
  assert_string_equal(events("Sáng 19/2, Hội nghị ADMM hẹp đã khai mạc tại Hà Nội. Phát biểu khai mạc hội nghị, Đại tướng "
                             "Ngô Xuân Lịch đánh giá cao vai trò của ASEAN.",
                             NULL),
                      "multilateral XXXX-02-19 [VN]");
}

/* A ship's name after "tàu ..." is no person; "từng" tells history. */
static void test_ship_names_and_history(void **state) {
  (void)state;
  assert_string_equal(participants("Sáng 3/7, tàu hộ vệ tên lửa 012 Lý Thái Tổ do Đại tá Trần Văn Hải chỉ huy đã cập cảng "
                                   "Vladivostok của Nga."),
                      "port_call:Trần Văn Hải");
  assert_string_equal(participants("Sáng 3/7, Học viện Hải quân tổ chức lễ đón tàu buồm 286 - Lê Quý Đôn của Việt Nam tại "
                                   "cảng Manila, Philippines."),
                      "port_call:");
  assert_string_equal(events("Tàu hộ vệ Vendémiaire của Hải quân Pháp từng thăm Đà Nẵng vào tháng 4/2019.", "2024-11-20"),
                      "");
  assert_string_equal(events("Tàu hộ vệ Vendémiaire của Hải quân Pháp đã thăm Đà Nẵng vào tháng 4/2019.", "2024-11-20"),
                      "port_call 2019-04 [VN FR]");
}

/* What a purpose clause ("để ...") names has not happened; ships counted
 * ("nhiều tàu") make no one port call; a fleet named in an office ("Tư lệnh
 * Hạm đội tàu mặt nước") is no ship; "Tham gia đón đoàn có ..." lists who
 * welcomed the ship already told. */
static void test_purposes_counted_ships_and_welcomers(void **state) {
  (void)state;
  assert_string_equal(events("Thiếu tướng Nguyễn Văn Nam nói buổi lễ là dịp để các cựu học viên quân sự Lào gặp gỡ, ôn "
                             "lại kỷ niệm.",
                             NULL),
                      "");
  assert_string_equal(events("Ông cảm ơn Hải quân Việt Nam đã đón nhiều tàu của Hải quân Nhật Bản thăm Việt Nam.", NULL),
                      "");
  assert_string_equal(events("Sáng 22/4, Chuẩn Đô đốc Phạm Văn Hùng đã tiếp Chuẩn Đô đốc James Lee, Tư lệnh Hạm đội tàu "
                             "mặt nước Australia chào xã giao.",
                             NULL),
                      "reception XXXX-04-22 [VN AU]");
  assert_string_equal(events("Sáng 25/7, tàu hộ vệ tên lửa của Hải quân Việt Nam đã cập cảng Vladivostok, Liên bang Nga. "
                             "Tham gia đón đoàn có Đại sứ Việt Nam tại Nga Đặng Minh Khôi.",
                             NULL),
                      "port_call XXXX-07-25 [VN RU]");
}

/* "Trong thời gian ở Việt Nam, đoàn ...": the delegation's stay is a visit. */
static void test_a_stay_is_a_visit(void **state) {
  (void)state;
  assert_string_equal(events("Trong thời gian ở Việt Nam, đoàn công tác Hải quân Ấn Độ đã đến chào xã giao Phó Đô đốc "
                             "Trần Thanh Nghiêm, Tư lệnh Hải quân.",
                             NULL),
                      "visit null [VN IN]; reception null [VN IN]");
}

/* A welcome with only the hosts named, told after a ship's arrival, is the
 * ship's welcome: part of its port call, its hosts among the port call's. */
static void test_hosts_welcome_the_ship(void **state) {
  (void)state;
  assert_string_equal(participants("Chiều 17/5, tàu bệnh viện của Hải quân Hoa Kỳ đã đến Nha Trang. Chiều cùng ngày, lễ đón "
                                   "đã diễn ra tại cầu cảng với sự tham dự của Đại tá Trần Văn Bình, Phó Tư lệnh Vùng 4 "
                                   "Hải quân."),
                      "port_call:Trần Văn Bình");
}

static void test_a_happening_named_in_passing_takes_the_sentence_date(void **state) {
  (void)state;
  /* Nothing else happens in the sentence: the date before "trong chương
   * trình ..." is the programme's own. */
  assert_string_equal(events("Ngày 8/6, tại tỉnh Điện Biên đã diễn ra nhiều hoạt động trong chương trình Giao lưu "
                             "hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ hai.",
                             NULL),
                      "exchange XXXX-06-08 [VN LA]");
  assert_string_equal(events("Sáng 14/3, trong khuôn khổ Diễn tập cứu hộ cứu nạn Việt Nam - Campuchia, hai bên đã "
                             "trao đổi kinh nghiệm.",
                             NULL),
                      "exercise XXXX-03-14 [VN KH]");
  /* "Các hoạt động diễn ra ... ngày ...": the activities' day is the
   * programme's, told in a sentence of its own, and its welcome's. */
  assert_string_equal(events("Đại tướng Lê Văn A và Thượng tướng Đổng Quân đồng chủ trì Giao lưu hữu nghị quốc phòng "
                             "biên giới Việt Nam - Trung Quốc. Đại tướng Lê Văn A chủ trì lễ đón đoàn Trung Quốc tại "
                             "cửa khẩu. Các hoạt động diễn ra tại tỉnh Lào Cai trong hai ngày 11 và 12/4/2030.",
                             NULL),
                      "exchange 2030-04-11 [VN CN]; reception 2030-04-11 [VN CN]");
  assert_string_equal(events("Đại tướng Lê Văn A và Thượng tướng Đổng Quân đồng chủ trì Giao lưu hữu nghị quốc phòng "
                             "biên giới Việt Nam - Trung Quốc. Các hoạt động diễn ra tại tỉnh Lào Cai trong hai ngày "
                             "11 và 12/4/2030.",
                             NULL),
                      "exchange 2030-04-11 [VN CN]");
  /* ... also when the day comes after it. */
  assert_string_equal(events("Trong khuôn khổ Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần thứ 2, "
                             "sáng 14/11 tiếp tục diễn ra các hoạt động tại tỉnh Svay Rieng.",
                             NULL),
                      "exchange XXXX-11-14 [VN KH]");
  /* A visit spans days: one day of it is not its date. */
  assert_string_equal(events("Chiều 21/10, trong chuyến thăm chính thức Lào của Đại tướng Phan Văn Giang, đoàn đã "
                             "đến Học viện Quốc phòng Lào.",
                             NULL),
                      "visit null [VN LA]");
}

static void test_a_place_and_its_state_do_not_end_the_clause(void **state) {
  (void)state;
  /* "tại thủ đô Bắc Kinh, Trung Quốc từ ngày ...": the comma goes on naming
   * the place; the dates after it are the forum's. */
  assert_string_equal(events("Đại tướng Phan Văn Giang dẫn đầu đoàn đại biểu tham dự Diễn đàn Hương Sơn Bắc Kinh "
                             "lần thứ 12 tại thủ đô Bắc Kinh, Trung Quốc từ ngày 17 đến 19/9.",
                             NULL),
                      "multilateral XXXX-09-17 [VN CN]");
}

/* The first event's location read from `text`: its place (when `place` is
 * not NULL) and country, or none when `country` is NULL. */
static void assert_first_event_placed(const char *text, const char *published, const char *place, const char *country) {
  json_t *r = test_extract(text, published);
  json_t *where = json_object_get(json_array_get(test_list(r, "events"), 0), "location");
  if (!country) {
    assert_true(json_is_null(where));
  } else {
    if (place) assert_string_equal(test_str(where, "place"), place);
    assert_string_equal(test_str(where, "country"), country);
  }
  json_decref(r);
}

/* "TP", the abbreviated word for a city, is part of the place it opens: a
 * ship's crew visiting a place in a city ("... TP Đà Nẵng") calls there,
 * and an address runs on past it ("xã X, TP.Lạng Sơn, tỉnh Lạng Sơn"). */
static void test_a_port_calls_city_after_its_abbreviated_word(void **state) {
  (void)state;
  assert_first_event_placed("Thủy thủ tàu hộ vệ Pháp đã thăm Trung tâm bảo trợ trẻ em TP Đà Nẵng ngày 3/4.", "2024-04-05",
                            "Đà Nẵng", "VN");
  assert_first_event_placed("Ngày 19/11, Bộ trưởng Quốc phòng Việt Nam và Bộ trưởng Quốc phòng Trung Quốc đã hội đàm tại "
                            "xã Đức Long, TP.Lạng Sơn, tỉnh Lạng Sơn.",
                            "2018-11-25", "xã Đức Long", "VN");
}

/* "đã đến Hà Nội dự hội nghị": the place a delegation came to, right before
 * the word of attending, is where the meeting was held. */
static void test_the_place_come_to_for_a_meeting_is_where_it_was_held(void **state) {
  (void)state;
  assert_first_event_placed("Đoàn đại biểu Bộ Quốc phòng Ấn Độ do Thứ trưởng Rajesh Kumar dẫn đầu đã đến Hà Nội dự "
                            "Đối thoại chính sách quốc phòng Việt Nam - Ấn Độ lần thứ 9 ngày 14/6.",
                            "2024-06-15", "Hà Nội", "VN");
  /* Not a place passed through: "đến" as "until" names no place. */
  assert_first_event_placed("Đối thoại chính sách quốc phòng Việt Nam - Ấn Độ lần thứ 9 diễn ra từ ngày 14 đến 15/6.",
                            "2024-06-15", NULL, NULL);
}

/* "tại Nhà khách Quân đội, thủ đô Phnom Penh": a venue the gazetteer does not
 * know, then after a comma the city it is in, is held in that city; a
 * setting that opens the sentence ("Tại hội nghị, Việt Nam ...") names no
 * place, nor does a state right after its comma. */
static void test_a_venue_then_its_city(void **state) {
  (void)state;
  assert_first_event_placed("Ngày 29/11, tại Nhà khách Bộ Tổng Tư lệnh, thủ đô Phnom Penh, Bộ Quốc phòng hai nước tổ "
                            "chức lễ gặp mặt cựu học viên quân sự Campuchia từng học tập tại Việt Nam.",
                            "2024-11-30", "Phnom Penh", "KH");
  /* a venue named as a body ("Trung tâm ...") too */
  assert_first_event_placed("Ngày 2/12, tại Trung tâm Hội nghị và Triển lãm Sokha, thủ đô Phnom Penh, Bộ Quốc phòng hai "
                            "nước tổ chức lễ gặp mặt cựu học viên quân sự Campuchia.",
                            "2024-12-03", NULL, "KH");
  assert_first_event_placed("Sáng 9/5, tại hội trường, Việt Nam và Lào đã ký kết Bản ghi nhớ về hợp tác đào tạo.",
                            "2024-05-10", NULL, NULL);
}

/* "tại Trụ sở Bộ Quốc phòng Canada", "tại Học viện Quốc phòng Trung Quốc":
 * a venue the gazetteer knows as Vietnam's, with another state named right
 * after it, is that state's; alone it stays Vietnam's. */
static void test_a_venue_of_another_state(void **state) {
  (void)state;
  assert_first_event_placed("Ngày 21/9, tại Trụ sở Bộ Quốc phòng Canada ở Thủ đô Ottawa, Thượng tướng Hoàng Văn Hải, "
                            "Thứ trưởng Bộ Quốc phòng và ngài John Smith, Thứ trưởng Quốc phòng Canada đồng chủ trì "
                            "Đối thoại chính sách quốc phòng Việt Nam - Canada lần thứ 3.",
                            "2024-09-22", "Trụ sở Bộ Quốc phòng Canada", "CA");
  assert_first_event_placed("Ngày 21/9, tại Học viện Quốc phòng Trung Quốc, Thiếu tướng Lê Văn Tâm gặp Trung tướng "
                            "Vương Hải, Viện trưởng Học viện.",
                            "2024-09-22", "Học viện Quốc phòng Trung Quốc", "CN");
  assert_first_event_placed("Ngày 21/9, tại Trụ sở Bộ Quốc phòng, Thượng tướng Hoàng Văn Hải tiếp Đại sứ Canada John "
                            "Smith.",
                            "2024-09-22", "Trụ sở Bộ Quốc phòng", "VN");
}

/* "tại huyện Phục Hòa, tỉnh Cao Bằng", "tại huyện Sepon (tỉnh Savannakhet,
 * Lào)", "tại xã Thanh Thủy, huyện Vị Xuyên, tỉnh Hà Giang": a district or
 * commune the gazetteer does not know, then the places it lies in, set off
 * by commas or brackets: the first known one tells the state. A setting
 * that is no address ("tại buổi lễ, Lào ...") tells none. */
static void test_an_address_told_down_to_an_unknown_district(void **state) {
  (void)state;
  assert_first_event_placed("Ngày 12/12, tại huyện Mường Sen, tỉnh Hủa Phăn (Lào), Bộ Chỉ huy Quân sự tỉnh Thanh Hóa "
                            "tổ chức giao lưu hữu nghị với lực lượng vũ trang tỉnh bạn.",
                            "2024-12-13", "huyện Mường Sen", "LA");
  assert_first_event_placed("Ngày 12/12, tại huyện Đắk Pô (tỉnh Kratie, Campuchia), Bộ đội Biên phòng tỉnh Bình Phước "
                            "tổ chức giao lưu hữu nghị với lực lượng bảo vệ biên giới Campuchia.",
                            "2024-12-13", "huyện Đắk Pô", "KH");
  assert_first_event_placed("Ngày 12/12, tại xã Tà Lài, huyện Mê Linh, tỉnh Hà Giang, Bộ đội Biên phòng tỉnh tổ chức "
                            "giao lưu hữu nghị với Trạm kiểm soát biên phòng Thiên Bảo, Trung Quốc.",
                            "2024-12-13", "xã Tà Lài", "VN");
  assert_first_event_placed("Ngày 12/12, tại buổi giao lưu, Lào và Việt Nam trao đổi kinh nghiệm quản lý biên giới.",
                            "2024-12-13", NULL, NULL);
}

/* The location of event i read from `text` (its country, or "" when none). */
static const char *event_country(const char *text, const char *published, size_t i) {
  static char country[8];
  json_t *r = test_extract(text, published);
  json_t *where = json_object_get(json_array_get(test_list(r, "events"), i), "location");
  snprintf(country, sizeof country, "%s", json_is_object(where) ? test_str(where, "country") : "");
  json_decref(r);
  return country;
}

/* "Ngay sau lễ đón, hai bên tiến hành hội đàm", "Kết thúc hội đàm, hai bên
 * ký ...": talks or a signing told as right after a meeting told before,
 * with no place of their own, are held where it was; after a visit, the
 * next stop may be elsewhere. */
static void test_what_follows_a_meeting_is_held_where_it_was(void **state) {
  (void)state;
  const char *welcome = "Sáng 4/3, tại Trụ sở Bộ Quốc phòng, Thượng tướng Hoàng Văn Hải chủ trì lễ đón Trung tướng Ivan "
                        "Petrov, Thứ trưởng Bộ Quốc phòng Belarus. Ngay sau lễ đón, hai bên tiến hành hội đàm. Kết thúc "
                        "hội đàm, hai bên ký Kế hoạch hợp tác quốc phòng năm 2025.";
  assert_string_equal(event_country(welcome, "2025-03-04", 1), "VN");
  assert_string_equal(event_country(welcome, "2025-03-04", 2), "VN");
  /* a place of its own stays its own */
  assert_string_equal(event_country("Sáng 4/3, tại Hà Nội, Thượng tướng Hoàng Văn Hải chủ trì lễ đón Trung tướng Ivan "
                                    "Petrov, Thứ trưởng Bộ Quốc phòng Belarus. Sau lễ đón, tại Học viện Quốc phòng "
                                    "Belarus, hai bên hội đàm trực tiếp.",
                                    "2025-03-04", 1),
                      "BY");
}

/* "Sáng 20/4, đoàn ... đã đến tỉnh X. Chương trình giao lưu diễn ra dưới
 * sự đồng chủ trì của ...", "... Lễ đón được tiến hành ...": the story's
 * first happening, told as taking place with no day or place of its own,
 * is held on the day and at the place the sentence before set. */
static void test_a_happening_told_taking_place_at_the_scene_set_before(void **state) {
  (void)state;
  const char *exchange = "Sáng 8/6, Đại tướng Trần Văn Lâm, Bộ trưởng Bộ Quốc phòng Việt Nam cùng đoàn đại biểu đã đến "
                         "tỉnh Cao Bằng. Chương trình giao lưu hữu nghị quốc phòng biên giới Việt Nam - Trung Quốc diễn "
                         "ra dưới sự đồng chủ trì của Đại tướng Trần Văn Lâm và Thượng tướng Chu Hải, Bộ trưởng Quốc "
                         "phòng Trung Quốc.";
  assert_string_equal(events(exchange, "2024-06-09"), "exchange 2024-06-08 [VN CN]");
  assert_string_equal(event_country(exchange, "2024-06-09", 0), "VN");
  const char *welcome = "Chiều 8/6, đoàn đại biểu Bộ Quốc phòng Campuchia do Đại tướng Sok Vanna, Bộ trưởng Bộ Quốc "
                        "phòng Campuchia dẫn đầu đã đến Sân bay quốc tế Nội Bài. Lễ đón được tiến hành trọng thể dưới "
                        "sự chủ trì của Đại tướng Trần Văn Lâm, Bộ trưởng Bộ Quốc phòng Việt Nam.";
  /* (the minister's welcome: he came on a visit, test_a_welcome_ceremony_is_held_on_a_visit) */
  assert_string_equal(events(welcome, "2024-06-09"), "reception 2024-06-08 [VN KH]; visit null [VN KH]");
  assert_string_equal(event_country(welcome, "2024-06-09", 0), "VN");
  /* with a day of its own, the happening is not at the scene before */
  assert_string_equal(event_country("Sáng 8/6, đoàn đại biểu đã đến tỉnh Cao Bằng. Chương trình giao lưu hữu nghị "
                                    "quốc phòng biên giới Việt Nam - Trung Quốc diễn ra ngày 10/6 dưới sự đồng chủ trì "
                                    "của Đại tướng Trần Văn Lâm và Thượng tướng Chu Hải, Bộ trưởng Quốc phòng Trung "
                                    "Quốc.",
                                    "2024-06-09", 0),
                      "");
}

static void test_the_other_side_of_exercises_and_joint_patrols(void **state) {
  (void)state;
  /* Held abroad: the host takes part. */
  assert_string_equal(events("Ngày 20/2, tàu 012 của Hải quân Việt Nam đã tham gia diễn tập Hải quân đa phương tại "
                             "Indonesia.",
                             NULL),
                      "exercise XXXX-02-20 [VN ID]");
  /* At home with no foreign side: Vietnam's own drill, no diplomacy. */
  assert_string_equal(events("Ngày 5/6, Bộ Chỉ huy Quân sự tỉnh đã tổ chức diễn tập khu vực phòng thủ tại tỉnh "
                             "Quảng Ninh.",
                             NULL),
                      "");
  /* A joint patrol is joint by its name: its partner is the story's. */
  assert_string_equal(events("Ngày 3/4, Bộ đội Biên phòng tỉnh Kiên Giang và Hải quân Campuchia đã tổ chức lễ khai "
                             "mạc. Sau đó, Đại tá Trần Văn Bình chỉ huy biên đội thực hiện nhiệm vụ tuần tra chung.",
                             NULL),
                      "exercise null [VN KH]");
  /* One round of a numbered series, told by its end and then, "Trước đó",
   * by its start: one exercise, from the first day to the last. */
  assert_string_equal(events("Sáng 9/10, tàu 262 của Hải quân Việt Nam đã về quân cảng, kết thúc chuyến tuần tra chung "
                             "lần thứ 40 với Hải quân Thái Lan. Trước đó, ngày 8/10, hai tàu đã tiến hành chuyến tuần "
                             "tra chung lần thứ 40 trên vùng biển giáp ranh.",
                             NULL),
                      "exercise XXXX-10-08 [VN TH]");
  /* Ships greeting each other at sea are a ritual of the patrol, no reception. */
  assert_string_equal(events("Ngày 12/5, Hải quân Việt Nam và Hải quân Campuchia đã tuần tra chung lần thứ 30. Trong "
                             "chuyến tuần tra, hai bên đã thực hiện nghi thức chào nhau trên biển.",
                             NULL),
                      "exercise XXXX-05-12 [VN KH]");
}

static void test_the_headline_tells_the_news(void **state) {
  (void)state;
  /* Read after the story: a visit only the headline tells is an event, its
   * visitors the visiting side's people the story names. */
  const char *text = "Tư lệnh Hải quân Ấn Độ thăm Việt Nam\nSáng 5/3, tại Hà Nội, Đô đốc Trần Thanh Nghiêm tiếp Đô đốc "
                     "Karambir Singh, Tư lệnh Hải quân Ấn Độ.";
  assert_string_equal(events(text, NULL), "reception XXXX-03-05 [VN IN]; visit null [VN IN]");
  assert_string_equal(participants(text), "reception:Trần Thanh Nghiêm|Karambir Singh; visit:Karambir Singh");
  /* A ship's visit in a headline is a port call; the story's own folds into it. */
  assert_string_equal(events("Khinh hạm Pháp thăm Cam Ranh\nTàu đã cập cảng.", NULL), "port_call null [VN FR]");
  /* A headline naming several partners sums up the story. */
  assert_string_equal(events("Tàu Hải quân Nhật Bản, Hàn Quốc thăm Việt Nam\nNgày 2/6, tàu Hải quân Nhật Bản đã cập "
                             "cảng Cam Ranh.",
                             NULL),
                      "port_call XXXX-06-02 [VN JP]");
  /* A forum named in a topic line is no meeting; an accident is met with no one. */
  assert_string_equal(events("Chủ đề: Đối thoại Shangri-La lần thứ 20\nĐoàn Việt Nam tham dự.", NULL), "");
  assert_string_equal(events("Ngày 3/4, một máy bay quân sự Mỹ gặp nạn tại tỉnh Okinawa, Nhật Bản.", NULL), "");
}

static void test_an_english_headline_tells_the_news_unless_it_is_a_plan(void **state) {
  (void)state;
  /* A happening only the headline tells is an event; one the story tells
   * again folds into it. */
  assert_string_equal(events("Vietnamese and Thai navies conduct joint patrol in the Gulf\nThe two fleets sailed "
                             "along the maritime boundary, the Vietnam People's Navy said.",
                             NULL),
                      "exercise null [VN TH]");
  assert_string_equal(events("Indian destroyer makes port call at Cam Ranh\nThe Indian Navy destroyer INS Ranvir docked "
                             "at Cam Ranh port on May 3, the Vietnam People's Navy said.",
                             "2024-05-04"),
                      "port_call 2024-05-03 [VN IN]");
  /* English headlines tell plans with a bare infinitive. */
  assert_string_equal(events("Australian frigate to make port call in Vietnam\nThe crew will play football with "
                             "sailors of the Vietnam People's Navy.",
                             NULL),
                      "");
  assert_string_equal(events("Indian Navy Ships To Make Port Call In Vietnam\nThe ships will stay four days in "
                             "Da Nang, the Vietnam People's Navy said.",
                             NULL),
                      "");
  /* "to" before a name is a destination, not an infinitive. */
  assert_string_equal(events("Vietnam sends frigate to ASEAN-India maritime drill\nThe frigate of the Vietnam "
                             "People's Navy sailed in the Andaman Sea.",
                             NULL),
                      "exercise null [VN IN]");
  assert_string_equal(events("Border defence friendship exchange to take place next week\nThe Vietnamese and Lao "
                             "border guards will plant trees together, a colonel of the Vietnam People's Army said.",
                             NULL),
                      "");
}

static void test_their_meeting_names_the_talks(void **state) {
  (void)state;
  /* "At their meeting" with a day and the two people is the meeting (with
   * an envoy serving here, his call: a reception); with none told before,
   * it is the first to tell of it. */
  const char *text = "At their meeting in Hanoi on March 12, Deputy Minister of National Defence Sen. Lieut. Gen. "
                     "Nguyen Van Binh and Japanese Defence Attaché Colonel Sato Kenji agreed to expand the training "
                     "of officers.";
  assert_string_equal(events(text, "2024-03-13"), "reception 2024-03-12 [VN JP]");
  assert_string_equal(participants(text), "reception:Nguyen Van Binh|Sato Kenji");
  /* "Concluding their meeting" goes on about the talks told. */
  assert_string_equal(events("General Tran Van Nam held talks with his Belarusian counterpart Viktor Petrov in Hanoi on "
                             "November 5. Concluding their meeting, the two ministers signed a memorandum of "
                             "understanding on military medicine.",
                             "2024-11-06"),
                      "talks 2024-11-05 [VN BY]; signing 2024-11-05 [VN BY]");
}

static void test_a_meeting_names_any_meeting(void **state) {
  (void)state;
  /* English "meeting" names a meeting of any kind: told alone with its day
   * and people, it is the talks; after a meeting of the same states, it is
   * that one, and who "also attended the meeting" took part in it. */
  assert_string_equal(events("At a meeting in Hanoi on Tuesday with Commander of the Royal Brunei Navy First Admiral "
                             "Pengiran Hamid, Vietnamese Defence Minister General Tran Van Minh praised the two navies.",
                             "2024-05-09"),
                      "talks 2024-05-07 [VN BN]");
  const char *text = "Vietnamese Defence Minister General Tran Van Minh held talks with Indian Defence Minister Arjun "
                     "Rao in New Delhi on June 5. Chief of Defence Staff General Vikram Singh also attended the "
                     "meeting.";
  assert_string_equal(events(text, "2024-06-06"), "talks 2024-06-05 [VN IN]");
  assert_string_equal(participants(text), "talks:Tran Van Minh|Arjun Rao|Vikram Singh");
  assert_string_equal(events("Vietnamese Defence Minister General Tran Van Minh held a video call with his Russian "
                             "counterpart Ivan Petrov on June 5. \"Our meeting today shows our trust,\" Petrov said.",
                             "2024-06-05"),
                      "call 2024-06-05 [VN RU]");
  /* Beside a forum's name in its clause, the meeting is the forum's. */
  assert_string_equal(events("The Vietnamese deputy defence minister met with the South Korean vice minister of "
                             "defense Kim Min-soo earlier this week. The meeting was held as the 11th Vietnam - Korea "
                             "Strategic Defense Dialogue.",
                             "2024-09-10"),
                      "dialogue 2024-09 [VN KR]");
  /* A participle meets expectations; a loanword in Vietnamese is no meeting. */
  assert_string_equal(events("General Tran Van Minh held talks with Indian Defence Minister Arjun Rao on June 5, "
                             "meeting the expectations of both armies.",
                             "2024-06-06"),
                      "talks 2024-06-05 [VN IN]");
  assert_string_equal(events("Buổi fan meeting của ca sĩ Hàn Quốc diễn ra tại TP.HCM ngày 5/6.", "2024-06-06"), "");
}

static void test_an_aside_in_brackets_does_not_part_a_happening_from_its_day(void **state) {
  (void)state;
  /* The aside counts as no words between the cue and its day. */
  assert_string_equal(events("The navies of Vietnam and Thailand began a joint patrol in the Gulf of Thailand (called "
                             "the Gulf of Siam in older maps and in many books on the history of the region and its "
                             "trade routes) on Monday 3 June 2024.",
                             "2024-06-05"),
                      "exercise 2024-06-03 [VN TH]");
}

static void test_who_speaks_or_presides_at_a_happening_takes_part(void **state) {
  (void)state;
  /* "In his opening speech, X ...", "a keynote address by X", "presided
   * over by X", "under the direction of X": the speaker, the one who
   * presides, took part in the happening told. */
  assert_string_equal(participants("The fifth Vietnam - Singapore defence policy dialogue was held in Hanoi on March 3. "
                                   "In his opening speech, Senior Lieutenant General Tran Van Binh praised the ties."),
                      "dialogue:Tran Van Binh");
  assert_string_equal(participants("Vietnamese Defence Minister General Tran Van Binh attended the 22nd Shangri-La "
                                   "Dialogue in Singapore on May 31. Philippine President Ramon Cruz delivered the "
                                   "keynote address at the opening session."),
                      "multilateral:Tran Van Binh|Ramon Cruz");
  assert_string_equal(participants("The joint exercise of the Vietnamese and Indian armies closed in Ambala on May 3. The "
                                   "closing ceremony was presided over by Lieutenant General Arjun Mehta."),
                      "exercise:Arjun Mehta");
}

static void test_a_visit_told_without_visitors_is_made_by_the_guests_met(void **state) {
  (void)state;
  /* "The Thai general is paying an official visit": the visitor is the
   * visiting side's person in the meeting told before it. */
  assert_string_equal(participants("General Tran Van Binh held talks with Chief of Defence Forces of Thailand General "
                                   "Somsak Wongsa in Hanoi on July 4. The Thai general is paying an official visit to "
                                   "Vietnam from July 4-5."),
                      "talks:Tran Van Binh|Somsak Wongsa; visit:Somsak Wongsa");
}

static void test_ships_named_after_officers_and_naval_groups(void **state) {
  (void)state;
  /* "ships Admiral X and Admiral Y" are ships, not officers; a naval group
   * or task group that arrives is a port call like a ship's. */
  assert_string_equal(participants("The Russian anti-submarine ships Admiral Petrov and Admiral Sokolov arrived at "
                                   "Vietnam's Cam Ranh port on June 3."),
                      "port_call:");
  assert_string_equal(events("Russia's naval group that arrived at Vietnam's Cam Ranh on June 3 comprises two large "
                             "ships and a tanker.",
                             "2024-06-04"),
                      "port_call 2024-06-03 [VN RU]");
}

static void test_a_quoted_title_is_one_name(void **state) {
  (void)state;
  /* So is an office or a forum's name: the date after them is the meeting's. */
  assert_string_equal(events("Bộ trưởng Quốc phòng Lê Văn A gặp Bộ trưởng Quốc phòng Trung Quốc Thường Vạn Toàn bên lề "
                             "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 8 vào tháng 5/2014 tại Myanmar.",
                             NULL),
                      "talks 2014-05 [VN CN]");
  /* A partnership's or an anniversary's date is not the happening's (the
   * ship's visit, told only by its noun, stays undated). */
  assert_string_equal(events("Chuyến thăm của tàu Hải quân Hoa Kỳ tại Đà Nẵng góp phần tăng cường quan hệ Đối tác chiến "
                             "lược toàn diện được thiết lập vào năm 2023.",
                             NULL),
                      "port_call null [VN US]");
  /* The date after a course's quoted title is still the course's own. */
  assert_string_equal(events("Khóa học đầu tiên tại Học viện Quốc phòng Pháp với nội dung “Kỹ năng tham mưu cho sĩ quan "
                             "tham gia lực lượng gìn giữ hòa bình của Liên hợp quốc” đã kết thúc sáng 11/7 tại Paris.",
                             NULL),
                      "exchange XXXX-07-11 [VN FR]");
}

static void test_reviewing_the_honour_guard_is_a_welcome(void **state) {
  (void)state;
  /* "duyệt Đội danh dự": the official welcome, told by a caption alone... */
  assert_string_equal(events("Sáng 4/6, Đại tướng Lê Văn A và Bộ trưởng Quốc phòng Hàn Quốc Kim Min Soo duyệt Đội danh "
                             "dự Quân đội nhân dân Việt Nam.",
                             NULL),
                      "reception XXXX-06-04 [VN KR]");
  /* ... or the welcome already told. */
  assert_string_equal(events("Sáng 4/6, Đại tướng Lê Văn A chủ trì lễ đón Bộ trưởng Quốc phòng Hàn Quốc Kim Min Soo. "
                             "Đại tướng Lê Văn A và Bộ trưởng Kim Min Soo duyệt Đội danh dự Quân đội nhân dân Việt Nam.",
                             NULL),
                      "reception XXXX-06-04 [VN KR]");
}

static void test_each_side_says_who_attended(void **state) {
  (void)state;
  /* "Về phía Lào có X": the side's people attended the happening told. */
  assert_string_equal(participants("Ngày 8/6, tại tỉnh Điện Biên đã diễn ra Giao lưu hữu nghị quốc phòng biên giới Việt "
                                   "Nam - Lào. Về phía Lào có Trung tướng Khamliang Outhakaysone, Thứ trưởng Bộ Quốc phòng."),
                      "exchange:Khamliang Outhakaysone");
  assert_string_equal(participants("Ngày 8/6, tại Seoul đã diễn ra Đối thoại chính sách quốc phòng Việt Nam - Hàn Quốc. "
                                   "Phía chủ nhà Hàn Quốc là Thứ trưởng Quốc phòng, ông Kim Min Soo."),
                      "dialogue:Kim Min Soo");
  /* "Về phía Trung Quốc, Trưởng đoàn là ông X": the head of the side's
   * delegation before "là", in a story whose headline alone tells the talks. */
  assert_string_equal(participants("Hội đàm giữa Đồn Biên phòng Nà Lạn và Trạm Kiểm tra biên phòng Đông Hưng (Trung Quốc)\n"
                                   "Về phía Việt Nam, Thượng tá Lê Văn An, Đồn trưởng Đồn Biên phòng Nà Lạn làm trưởng "
                                   "đoàn. Về phía Trung Quốc, Trưởng đoàn là ông Mạnh Kiến Văn, Trạm trưởng Trạm Kiểm tra "
                                   "biên phòng Đông Hưng."),
                      "talks:Lê Văn An|Mạnh Kiến Văn");
  /* "Tham gia đón đoàn có ...": who joined the welcome told. */
  assert_string_equal(participants("Sáng 25/7, tàu 012 của Hải quân Việt Nam đã cập cảng Vladivostok của Nga. Tham gia đón "
                                   "đoàn có các đồng chí: Trần Văn Hòa, Đại sứ Việt Nam tại Nga."),
                      "port_call:Trần Văn Hòa");
  /* ... or its state's force, and whom it sent. */
  assert_string_equal(participants("Đại tá Vũ Văn A chỉ huy biên đội thực hiện nhiệm vụ tuần tra liên hợp với Hải quân "
                                   "Trung Quốc. Phía Hải quân Việt Nam cử biên đội gồm 2 tàu do Đại tá Lê Văn B làm "
                                   "trưởng đoàn."),
                      "exercise:Vũ Văn A|Lê Văn B");
  /* A side that only speaks is no list of who came. */
  assert_string_equal(participants("Ngày 8/6, tại tỉnh Điện Biên đã diễn ra Giao lưu hữu nghị quốc phòng biên giới Việt "
                                   "Nam - Lào. Phía Lào cho rằng Trung tướng Khamliang Outhakaysone đã có nhiều đóng góp."),
                      "exchange:");
}

static void test_a_delegation_stands_for_its_visitors(void **state) {
  (void)state;
  /* The welcome of "Đoàn đại biểu ... Hàn Quốc" is the welcome of the
   * Korean visitor the story named. */
  assert_string_equal(participants("Bộ trưởng Quốc phòng Hàn Quốc Kim Min Soo dẫn đầu Đoàn đại biểu quân sự cấp cao Hàn "
                                   "Quốc thăm chính thức Việt Nam. Sáng 4/6, Đại tướng Lê Văn A chủ trì lễ đón Đoàn đại "
                                   "biểu quân sự cấp cao Hàn Quốc."),
                      "visit:Kim Min Soo; reception:Lê Văn A|Kim Min Soo");
}

static void test_who_acts_at_the_happening_took_part(void **state) {
  (void)state;
  /* "Tại buổi lễ, X ... từ Y": both took part in the ceremony told. */
  assert_string_equal(participants("Ngày 18/11, tại Bangkok đã diễn ra Hội nghị Bộ trưởng Quốc phòng các nước ASEAN. Tại "
                                   "buổi lễ, Đại tướng Lê Văn A đã nhận biểu trưng từ Đại tướng Somchai Wongsawat."),
                      "multilateral:Lê Văn A|Somchai Wongsawat");
  /* Who speaks at it took part ("phát biểu tại", event_cues.tsv attend). */
  assert_string_equal(participants("Ngày 18/11, tại Bangkok đã diễn ra Hội nghị Bộ trưởng Quốc phòng các nước ASEAN. "
                                   "Phát biểu tại hội nghị, Đại tướng Lê Văn A nhấn mạnh vai trò của ASEAN."),
                      "multilateral:Lê Văn A");
  /* A reporter answered is no participant. */
  assert_string_equal(participants("Ngày 18/11, tại Bangkok đã diễn ra Hội nghị Bộ trưởng Quốc phòng các nước ASEAN. Tại "
                                   "hội nghị, Đại tướng Lê Văn A đã trả lời phóng viên Trần Thị Mai."),
                      "multilateral:Lê Văn A");
  /* A joint patrol's launch or outing ("buổi ra quân", "buổi tuần tra",
   * function_words.tsv occasion) is the patrol told: who acts there took
   * part in it. */
  assert_string_equal(participants("Sáng 2/4, Đồn Biên phòng A và Đồn Biên phòng B (Lào) tổ chức tuần tra song phương. "
                                   "Tại buổi ra quân tuần tra, Thiếu tá Lê Văn An và Thiếu tá Khăm Phăn Xay đã thống nhất "
                                   "phương án."),
                      "exercise:Lê Văn An|Khăm Phăn Xay");
  assert_string_equal(participants("Sáng 2/4, Đồn Biên phòng A và Đồn Biên phòng B (Lào) tổ chức tuần tra song phương. "
                                   "Kết thúc buổi tuần tra, Thiếu tá Lê Văn An và Thiếu tá Khăm Phăn Xay đã trao đổi tình hình."),
                      "exercise:Lê Văn An|Khăm Phăn Xay");
  /* "Tại Hà Nội, ..." is a place, not the happening. */
  assert_string_equal(participants("Ngày 18/11, tại Bangkok đã diễn ra Hội nghị Bộ trưởng Quốc phòng các nước ASEAN. Tại "
                                   "Hà Nội, Đại tướng Lê Văn A cho biết ASEAN đoàn kết."),
                      "multilateral:");
}

static void test_courses_for_foreign_officers_are_exchanges(void **state) {
  (void)state;
  /* Opening or closing a course ("khai giảng", "bế giảng") for a foreign
   * army's officers is a training exchange... */
  assert_string_equal(events("Ngày 3/4, Học viện Quốc phòng tổ chức khai giảng khóa đào tạo tiếng Việt cho học viên "
                             "quân sự Lào.",
                             NULL),
                      "exchange XXXX-04-03 [VN LA]");
  assert_string_equal(events("Sáng 29/3, Học viện Quốc phòng tổ chức Lễ bế giảng Lớp đào tạo ngắn hạn chỉ huy tham mưu "
                             "Quân đội Hoàng gia Campuchia khóa 20.",
                             NULL),
                      "exchange XXXX-03-29 [VN KH]");
  /* ... a course of one's own is not. */
  assert_string_equal(events("Ngày 3/4, Trường Sĩ quan Lục quân 1 khai giảng lớp bồi dưỡng cán bộ năm 2024.", NULL), "");
}

static void test_an_expert_group_meeting_is_one_meeting(void **state) {
  (void)state;
  /* "Hội nghị Nhóm chuyên gia ADMM+": ADMM+ names the group, not a second meeting. */
  assert_string_equal(events("Ngày 3/4, Trung tướng Nguyễn Văn C dẫn đầu đoàn tham dự Hội nghị Nhóm chuyên gia ADMM+ về "
                             "an ninh biển tại Indonesia.",
                             NULL),
                      "multilateral XXXX-04-03 [VN]");
}

static void test_a_year_in_review_and_commitments_are_no_events(void **state) {
  (void)state;
  /* Forums listed over a year are a review, not meetings. */
  assert_string_equal(events("Năm 2018, các hoạt động đối ngoại quốc phòng đa phương được đẩy mạnh như Hội nghị Bộ "
                             "trưởng Quốc phòng các nước ASEAN (ADMM), Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở "
                             "rộng (ADMM+).",
                             NULL),
                      "");
  /* What a memorandum commits to ("với các cam kết: ...") is a plan. */
  assert_string_equal(events("Năm 2015, Cảnh sát biển Việt Nam và Lực lượng bảo vệ bờ biển Nhật Bản đã ký kết Bản ghi "
                             "nhớ hợp tác, với các cam kết: tàu tuần tra Nhật Bản thăm Việt Nam; tổ chức khóa huấn "
                             "luyện cho cán bộ Cảnh sát biển Việt Nam.",
                             NULL),
                      "signing 2015 [VN JP]");
}

static void test_an_office_named_before_its_holder(void **state) {
  (void)state;
  /* "hội đàm với Bộ trưởng Quốc phòng Indonesia", the minister named later:
   * the one Indonesian the story names. */
  assert_string_equal(participants("Chiều 30/7, Đại tướng Lê Văn A hội đàm với Bộ trưởng Quốc phòng Indonesia. Bộ trưởng "
                                   "Quốc phòng Indonesia Budi Santoso cho rằng quan hệ hai nước phát triển tốt."),
                      "talks:Lê Văn A|Budi Santoso");
  /* One of another office is not the holder. */
  assert_string_equal(participants("Chiều 30/7, Đại tướng Lê Văn A hội đàm với Bộ trưởng Quốc phòng Úc. Thủ tướng Úc "
                                   "Anthony Albanese cho biết Úc coi trọng quan hệ với Việt Nam."),
                      "talks:Lê Văn A");
  /* The state after the force the office commands ("Tư lệnh Hải quân
   * Hoàng gia Campuchia", "Tổng Tham mưu trưởng Lực lượng Phòng vệ Nhật
   * Bản"), its holder named later by rank alone. */
  assert_string_equal(participants("Sáng 9/10, Thượng tướng Trần Văn B tiếp Tư lệnh Hải quân Hoàng gia Campuchia. Đô đốc "
                                   "Tea Vinh Sok chúc mừng những thành tựu của Hải quân Việt Nam."),
                      "reception:Trần Văn B|Tea Vinh Sok");
  assert_string_equal(participants("Ngày 21/11, Đại tướng Lê Văn A hội đàm với Tổng Tham mưu trưởng Liên quân Lực lượng "
                                   "Phòng vệ Nhật Bản. Đại tướng Ken Yamada đánh giá cao quan hệ quốc phòng hai nước."),
                      "talks:Lê Văn A|Ken Yamada");
  /* The holder named later by rank alone holds the office told in the
   * meeting's sentence, as written up to its state. */
  json_t *r = test_extract("Sáng 9/10, Thượng tướng Trần Văn B tiếp Tư lệnh Hải quân Hoàng gia Campuchia. Đô đốc Tea "
                           "Vinh Sok chúc mừng những thành tựu của Hải quân Việt Nam.",
                           NULL);
  json_t *ps = json_object_get(json_array_get(test_list(r, "events"), 0), "participants");
  assert_int_equal(json_array_size(ps), 2);
  assert_string_equal(test_str(json_array_get(ps, 1), "position"), "Tư lệnh Hải quân Hoàng gia");
  json_decref(r);
}

/* "Trao đổi chuyên môn" (a professional exchange) held with a foreign side
 * is an exchange; in a port call's programme ("trao đổi chuyên môn, giao
 * lưu thể thao với ...") with no day or person of its own it is part of
 * the call, no event of its own. */
static void test_a_professional_exchange_held_is_an_exchange(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 14/5/2026, Việt Nam và Australia tổ chức trao đổi chuyên môn về quân y tại Hà Nội.",
                             NULL),
                      "exchange 2026-05-14 [VN AU]");
  assert_string_equal(events("Sáng 3/4, tàu hộ vệ Te Kaha của Hải quân New Zealand đã cập cảng Cam Ranh. Trong thời "
                             "gian chuyến thăm, sĩ quan, thủy thủ tàu trao đổi chuyên môn, giao lưu thể thao với Hải "
                             "quân Việt Nam.",
                             "2026-04-03"),
                      "port_call 2026-04-03 [VN NZ]");
}

/* "Tại phiên họp, hai bên đã thảo luận ...": a sitting named only as the
 * setting that opens its sentence is talks between the two sides; a
 * domestic body's sitting ("chủ trì Phiên họp lần thứ nhất của Ban Chỉ
 * đạo") is none, nor is what is said at it. */
static void test_a_sitting_named_as_the_setting_is_talks(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 5/6, Tư lệnh Hải quân Việt Nam tiếp đoàn đại biểu Hải quân Ấn Độ. Tại phiên họp, hai "
                             "bên đã thảo luận các nội dung hợp tác.",
                             "2026-06-05"),
                      "reception 2026-06-05 [VN IN]; talks 2026-06-05 [VN IN]");
  assert_string_equal(events("Chiều 24/7, Thủ tướng chủ trì Phiên họp lần thứ nhất của Ban Chỉ đạo. Tại phiên họp, Thủ "
                             "tướng yêu cầu các bộ, ngành chủ động ứng phó với bão.",
                             "2026-07-24"),
                      "");
}

/* "Chiều cùng ngày, ... làm việc với ...": a part of the day told as later
 * the same day is another sitting than the one told before, whoever its
 * sides; a sitting told with its own part of the day before it is too. */
static void test_a_sitting_later_the_same_day_is_another(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 2/11, Thiếu tướng Lê Văn A, Tư lệnh Quân khu 2 đã làm việc với lãnh đạo tỉnh Luang "
                             "Prabang (Lào). Chiều cùng ngày, Thiếu tướng Lê Văn A làm việc với Sư đoàn 2 Quân đội nhân "
                             "dân Lào.",
                             "2022-11-03"),
                      "talks 2022-11-02 [VN LA]; talks 2022-11-02 [VN LA]");
}

/* A rescue or relief force sent to a state a disaster struck, told by what
 * it takes part in ("tham gia cứu hộ, cứu nạn tại ...") or by the team
 * itself arriving or returning ("đội cứu hộ ... đã tới ..."), is an
 * exchange with that state; rescue work at home names no foreign state and
 * is no event, nor is a team only praised with no day of its own. */
static void test_relief_missions_abroad(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 12/1, 60 cán bộ, chiến sĩ Quân đội nhân dân Việt Nam đã có mặt tại Nepal, tham gia "
                             "cứu hộ, cứu nạn sau trận động đất.",
                             "2026-01-13"),
                      "exchange 2026-01-12 [VN NP]");
  assert_string_equal(events("Chiều 4/6, đoàn cứu hộ của Bộ Quốc phòng Việt Nam đã tới thủ đô Manila, Philippines, mang "
                             "theo 20 tấn hàng cứu trợ.",
                             "2026-06-05"),
                      "exchange 2026-06-04 [VN PH]");
  assert_string_equal(events("Từ ngày 3 đến ngày 11/9, lực lượng công binh đã thực hiện nhiệm vụ hỗ trợ nhân đạo tại "
                             "tỉnh Attapeu, Lào.",
                             "2026-09-15"),
                      "exchange 2026-09-03 [VN LA]");
  assert_string_equal(events("Sáng 20/10, hơn 500 cán bộ, chiến sĩ Quân khu 4 tham gia cứu hộ, cứu nạn tại các xã "
                             "ven biển của tỉnh.",
                             "2026-10-21"),
                      "");
  assert_string_equal(events("Người dân địa phương đánh giá cao đội cứu hộ của Việt Nam tại Nepal.", "2026-01-20"), "");
}

/* A unit sent out on a mission ("lên đường làm nhiệm vụ", "lễ xuất quân")
 * is an exchange with the state it goes to; sent to UN peacekeeping it is
 * Vietnam's own contribution, the mission's host no partner. Sent nowhere
 * abroad ("lên đường nhập ngũ"), or sent on a task that is its own
 * happening ("nhiệm vụ tuần tra chung"), it is no exchange. */
static void test_units_sent_on_missions(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 8/10, 12 sĩ quan Quân đội nhân dân Việt Nam đã lên đường làm nhiệm vụ tại Phái bộ "
                             "gìn giữ hòa bình Liên hợp quốc ở Cộng hòa Trung Phi.",
                             "2023-10-09"),
                      "exchange 2023-10-08 [VN]");
  assert_string_equal(events("Chiều 3/3, Cục Gìn giữ hòa bình Việt Nam tổ chức lễ xuất quân cho Đội Công binh số 5 "
                             "tham gia lực lượng mũ nồi xanh.",
                             "2026-03-04"),
                      "exchange 2026-03-03 [VN]");
  assert_string_equal(events("Ngày 5/4, đội cứu hộ của Quân đội nhân dân Việt Nam lên đường thực hiện nhiệm vụ tại "
                             "Indonesia sau trận động đất.",
                             NULL),
                      "exchange XXXX-04-05 [VN ID]");
  assert_string_equal(events("Ngày 14/10, 30 quân nhân của Bệnh viện dã chiến cấp 2 số 9 đã đi làm nhiệm vụ gìn giữ hòa "
                             "bình Liên hợp quốc tại Nam Sudan.",
                             NULL),
                      "exchange XXXX-10-14 [VN]");
  assert_string_equal(events("Sáng 20/2, hàng nghìn thanh niên trong tỉnh đã lên đường làm nhiệm vụ quân sự.", NULL), "");
  assert_string_equal(events("Ngày 9/6, hai tàu Hải quân Việt Nam lên đường thực hiện nhiệm vụ tuần tra chung với "
                             "Hải quân Trung Quốc.",
                             NULL),
                      "exercise XXXX-06-09 [VN CN]");
}

/* "đến thăm và làm việc tại ..." is one visit verb, as "thăm và làm việc" is:
 * read as "đến thăm" alone, its destination lay too far behind "và làm việc
 * tại" (a province abroad, its state after it) and the visit was lost. */
static void test_coming_to_visit_and_work_is_a_visit(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 5/3, Đại tá Lê Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh cùng đoàn công tác đã "
                             "đến thăm và làm việc tại tỉnh Huaphanh (Lào).",
                             "2023-03-06"),
                      "visit 2023-03-05 [VN LA]");
  assert_string_equal(events("Ngày 5/3, Thiếu tướng Trần Văn Hải, Phó Tư lệnh Quân khu 5 đã đến thăm, làm việc tại tỉnh Attapeu, Lào.",
                             "2023-03-06"),
                      "visit 2023-03-05 [VN LA]");
  /* so is "lên đường thăm và làm việc với ...": setting out, no talks beside it */
  assert_string_equal(events("Sáng 5/3, đoàn đại biểu Bộ Quốc phòng lên đường thăm và làm việc với Bộ Quốc phòng Lào.",
                             "2023-03-06"),
                      "visit 2023-03-05 [VN LA]");
  assert_string_equal(events("Chiều 5/3, tàu CSB 9009 của Cảnh sát biển Việt Nam lên đường thăm, làm việc với Lực lượng "
                             "Bảo vệ bờ biển Philippines.",
                             "2023-03-06"),
                      "port_call 2023-03-05 [VN PH]");
}

/* A visit or port call told by its end ("đã rời ..., kết thúc chuyến thăm",
 * "Chuyến thăm ... sẽ kết thúc vào ngày X") on another day than its start is
 * the same stay, ending that day, not a second one. */
static void test_the_end_of_a_stay_is_the_same_stay(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 3/5, Thiếu tướng Lê Văn Bình dẫn đầu đoàn đại biểu Quân khu 7 bắt đầu chuyến thăm chính "
                             "thức Campuchia. Chuyến thăm của đoàn đại biểu quân sự Việt Nam sẽ kết thúc vào ngày 6/5/2023.",
                             "2023-05-03"),
                      "visit 2023-05-03 [VN KH]");
  assert_string_equal(events("Ngày 14/7, tàu CSB 8003 đã rời Manila, kết thúc tốt đẹp chuyến thăm hữu nghị Philippines. "
                             "Sáng 10/7, tàu CSB 8003 cập cảng Manila, bắt đầu chuyến thăm Philippines.",
                             "2024-07-15"),
                      "port_call 2024-07-10 [VN PH]");
}

/* A verb of sending ("triển khai", "cử") whose object is a unit or people
 * and whose sentence names UN peacekeeping after it deploys them: Vietnam's
 * own contribution, as "lên đường làm nhiệm vụ" is. Carrying out work
 * ("triển khai sửa chữa"), people counted in rotations ("cử 150 lượt sĩ
 * quan": a figure) or a unit sent with no UN mission named are none. */
static void test_units_deployed_to_peacekeeping(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 3/11/2021, Việt Nam triển khai một đơn vị độc lập là Đội Công binh số 7 tham gia "
                             "hoạt động gìn giữ hòa bình Liên hợp quốc tại khu vực Abyei.",
                             NULL),
                      "exchange 2021-11-03 [VN]");
  assert_string_equal(events("Sáng 6/4, Bộ Quốc phòng cử Bệnh viện dã chiến cấp 2 số 8 sang Phái bộ UNMISS thay thế "
                             "đơn vị đã hoàn thành nhiệm vụ.",
                             "2024-04-07"),
                      "exchange 2024-04-06 [VN]");
  assert_string_equal(events("Ngày 12/8, tại Phái bộ gìn giữ hòa bình, đội đã triển khai sửa chữa đường băng và dựng "
                             "thêm lều bạt.",
                             "2024-08-13"),
                      "");
  assert_string_equal(events("Năm 2023, Bộ Quốc phòng đã cử hơn 150 lượt sĩ quan tham gia gìn giữ hòa bình Liên hợp "
                             "quốc.",
                             "2024-01-05"),
                      "");
  assert_string_equal(events("Ngày 2/5, Quân khu 4 cử một đơn vị công binh giúp tỉnh khắc phục hậu quả mưa lũ.",
                             "2024-05-03"),
                      "");
}

/* Vietnamese tells what was held without "đã": an exchange or exercise a
 * unit holds ("tổ chức giao hữu", "tổ chức huấn luyện chung") with a foreign
 * side the sentence names was held; with no such side, or listed among a
 * programme's activities, it is not told as held. */
static void test_a_joint_happening_someone_holds_was_held(void **state) {
  (void)state;
  assert_string_equal(events("Bộ Chỉ huy Quân sự tỉnh tổ chức giao hữu bóng đá với Đại đội biên phòng của tỉnh "
                             "Champasak (Lào).",
                             NULL),
                      "exchange null [VN LA]");
  assert_string_equal(events("Trên đường về, tàu hải quân Indonesia phối hợp với Hải quân Việt Nam tổ chức huấn "
                             "luyện chung trên biển.",
                             NULL),
                      "exercise null [VN ID]");
  assert_string_equal(events("Bộ Chỉ huy Quân sự tỉnh tổ chức giao hữu bóng đá chào mừng ngày thành lập.", NULL), "");
  assert_string_equal(events("Chương trình có các hoạt động: tọa đàm, tổ chức tuần tra chung với lực lượng biên "
                             "phòng Lào.",
                             NULL),
                      "");
  assert_string_equal(events("Hai bên thống nhất sẽ tổ chức huấn luyện chung với Hải quân Ấn Độ.", NULL), "");
  /* A happening named right after "các hoạt động" is a kind of activities:
   * the ministers named again in its sentence, who "sẽ" do something else,
   * are not its own. */
  assert_string_equal(events("Từ ngày 8 đến ngày 10-6, tại tỉnh Hà Giang sẽ diễn ra chương trình gặp gỡ hữu nghị biên "
                             "giới Việt - Trung.\nĐại tướng Ngô Văn An, Bộ trưởng Quốc phòng Việt Nam và Thượng tướng "
                             "Lý Minh, Bộ trưởng Quốc phòng Trung Quốc đồng chủ trì chương trình.\nTrong các hoạt động "
                             "giao lưu hữu nghị, Bộ trưởng Quốc phòng hai nước sẽ trồng cây hữu nghị tại cửa khẩu Thanh "
                             "Thủy.",
                             NULL),
                      "");
}

/* Habit is told with "hằng năm" / "hàng năm" (every year) and "nhiều lần"
 * (many times): no one happening, not even one a unit holds with the
 * story's partner ("hai nước"), unless it has a date of its own. */
static void test_habits_are_no_happenings(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 5/3, Bộ đội Biên phòng Việt Nam và Lào đã hội đàm tại cửa khẩu Cha Lo. Hằng năm, "
                             "lực lượng biên phòng hai nước tổ chức tuần tra chung trên tuyến biên giới.",
                             NULL),
                      "talks XXXX-03-05 [VN LA]");
  assert_string_equal(events("Tàu Hải quân Ấn Độ đã nhiều lần thăm Việt Nam.", NULL), "");
  assert_string_equal(events("Ngày 8/4, hàng năm Hải quân hai nước Việt Nam và Thái Lan tuần tra chung lần thứ 41.", NULL),
                      "exercise XXXX-04-08 [VN TH]");
}


/* A state's order handed to another's forces ("trao Huân chương ... tặng",
 * "lễ đón nhận Huân chương ... của Bộ Quốc phòng Lào") is a friendship
 * ceremony between the two; an order of one's own state is no diplomacy, and
 * receiving an honour ("đã đón nhận") welcomes no one. */
static void test_foreign_orders_handed_over(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 14/6, thừa ủy quyền Chủ tịch nước Lào, Thiếu tướng Bounmy Sisavath đã trao Huân "
                             "chương Hữu nghị của Nhà nước Lào tặng Bộ Chỉ huy Quân sự tỉnh Điện Biên.",
                             NULL),
                      "exchange XXXX-06-14 [VN LA]");
  assert_string_equal(events("Chiều 8/10, Lữ đoàn 125 đã tổ chức lễ đón nhận Huân chương Chiến công của Bộ Quốc phòng "
                             "Campuchia.",
                             NULL),
                      "exchange XXXX-10-08 [VN KH]");
  assert_string_equal(events("Ngày 2/9, Trung đoàn 28 đã đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba.", NULL), "");
}

/* "công du" tells a trip of state as "thăm" does, its destination after it;
 * a ship told before a trip whose traveller is named ("chuyến công du ... của
 * Thủ tướng") is no visitor. */
static void test_trips_of_state(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 11/3, Tổng thống Indonesia Budi Santoso đến Hà Nội công du Việt Nam trong ba ngày.",
                             NULL),
                      "visit XXXX-03-11 [VN ID]");
  assert_string_equal(events("Hai tàu tuần tra được bàn giao vào tháng 6/2023, ngay trước chuyến công du Tokyo của "
                             "Thủ tướng Việt Nam.",
                             NULL),
                      "visit 2023-06 [VN JP]");
}

/* A meeting held online told by a noun ("có cuộc hội đàm trực tuyến với")
 * is a call. */
static void test_online_meeting_told_by_a_noun(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 14/5, Thượng tướng Lê Văn Bình đã có cuộc hội đàm trực tuyến với Thứ trưởng Quốc "
                             "phòng New Zealand Mark Wilson.",
                             NULL),
                      "call XXXX-05-14 [VN NZ]");
}


/* Talks told as held online after their partner ("hội đàm với ... theo
 * hình thức trực tuyến") and a call made to congratulate ("điện thoại chúc
 * mừng" a minister) are calls; a forum held online stays the forum. */
static void test_talks_held_online_and_calls_to_congratulate(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 3/3, Thượng tướng Lê Văn Bình đã hội đàm với Thứ trưởng Quốc phòng Canada theo "
                             "hình thức trực tuyến.",
                             NULL),
                      "call XXXX-03-03 [VN CA]");
  /* ... or by a video link told after a noun of talks */
  assert_string_equal(events("Chiều 3/3, Thượng tướng Lê Văn Bình đã có cuộc hội đàm qua cầu truyền hình với Thứ trưởng "
                             "Quốc phòng Canada.",
                             NULL),
                      "call XXXX-03-03 [VN CA]");
  assert_string_equal(events("Sáng 2/9, Đại tướng Lê Hồng Sơn đã điện thoại chúc mừng Bộ trưởng Quốc phòng Mông Cổ "
                             "Batbayar Dorj.",
                             NULL),
                      "call XXXX-09-02 [VN MN]");
  assert_string_equal(events("Sáng 2/9, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN đã diễn ra theo hình thức trực "
                             "tuyến.",
                             NULL),
                      "multilateral XXXX-09-02 []");
  /* "gọi điện cho" a person; the US command named in Vietnamese makes
   * India no side; an ASEAN - Japan meeting held online is not the ADMM. */
  assert_string_equal(events("Chiều 2/9, Đại tướng Lê Hồng Sơn đã gọi điện cho Bộ trưởng Quốc phòng Brunei Halbi Yussof.",
                             NULL),
                      "call XXXX-09-02 [VN BN]");
  assert_string_equal(events("Chiều 2/9, Thượng tướng Lê Văn Bình đã hội kiến trực tuyến với Tư lệnh Bộ Chỉ huy Ấn Độ - "
                             "Thái Bình Dương Hoa Kỳ.",
                             NULL),
                      "call XXXX-09-02 [VN US]");
  json_t *r = test_extract("Chiều 2/9, Thượng tướng Lê Văn Bình đã tham dự Hội nghị trực tuyến Bộ trưởng Quốc phòng "
                           "ASEAN - Nhật Bản.",
                           NULL);
  assert_string_equal(test_str(json_array_get(test_list(r, "events"), 0), "mechanism"), "OTHER");
  json_decref(r);
}

/* A conference of an organization's members the mechanisms do not list,
 * named after a verb of attending ("dự Hội nghị Tư lệnh Quân y các nước
 * ASEAN"), is that forum, not the story's domestic meeting attended. */
static void test_a_members_forum_attended(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 14/10, Thiếu tướng Đỗ Văn Minh dự Hội nghị những người đứng đầu Tình báo quân sự các "
                             "nước ASEAN tại Kuala Lumpur.",
                             NULL),
                      "multilateral XXXX-10-14 [VN]");
  assert_string_equal(events("Sáng 14/10, Bộ Quốc phòng tổ chức Hội nghị tổng kết công tác đối ngoại quốc phòng. Thượng "
                             "tướng Hoàng Xuân Chiến dự Hội nghị.",
                             NULL),
                      "meeting XXXX-10-14 [VN]");
}

/* Games and shows two sides' units hold ("tổ chức giao lưu văn nghệ, thể
 * thao với" a neighbour's border company) are an exchange; a ship's crew
 * playing its hosts during a port call is part of the call. */
static void test_friendship_games_of_border_units(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 20/4, Đồn Biên phòng Bờ Y tổ chức giao lưu văn nghệ, thể thao với Đại đội Biên phòng "
                             "405 (Lào).",
                             NULL),
                      "exchange XXXX-04-20 [VN LA]");
  assert_string_equal(events("Sáng 20/4, tàu hộ vệ HMNZS Te Kaha của Hải quân New Zealand đã cập cảng Tiên Sa. Chiều "
                             "20/4, thủy thủ tàu đã giao lưu thể thao với cán bộ, chiến sĩ Vùng 3 Hải quân.",
                             NULL),
                      "port_call XXXX-04-20 [VN NZ]");
}

/* Border commands named by their provinces only ("Bộ Chỉ huy Quân sự tỉnh
 * Champasak", "Bộ đội Biên phòng tỉnh An Giang"): each is of its province's
 * state, Vietnam's own making no diplomacy. */
static void test_commands_named_by_their_provinces(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 9/3, Bộ đội Biên phòng tỉnh Kon Tum và Bộ Chỉ huy Quân sự tỉnh Attapeu đã tổ chức hội "
                             "đàm định kỳ.",
                             NULL),
                      "talks XXXX-03-09 [VN LA]");
  assert_string_equal(events("Ngày 9/3, Bộ Chỉ huy Quân sự tỉnh An Giang đã hội đàm với Ban Chỉ huy Quân sự tỉnh Svay "
                             "Rieng.",
                             NULL),
                      "talks XXXX-03-09 [VN KH]");
  assert_string_equal(events("Ngày 9/3, Thứ trưởng Bộ Quốc phòng đã làm việc với Bộ Chỉ huy Quân sự tỉnh Quảng Nam.",
                             NULL),
                      "");
}

/* A course opened or closed for another state's cadets ("lễ bế giảng, trao
 * bằng tốt nghiệp cho học viên Quân đội Hoàng gia Campuchia") is a training
 * exchange with that state; a school's own graduation is no event. */
static void test_courses_for_foreign_cadets(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 24/7, Trường Sĩ quan Chính trị tổ chức lễ bế giảng, trao bằng tốt nghiệp cho 18 học "
                             "viên Quân đội Hoàng gia Campuchia.",
                             NULL),
                      "exchange XXXX-07-24 [VN KH]");
  assert_string_equal(events("Sáng 24/7, Trường Sĩ quan Chính trị tổ chức lễ tốt nghiệp cho 600 học viên khóa 12.", NULL),
                      "");
  /* A language taught ("tiếng Anh") is no state taking part. */
  assert_string_equal(events("Sáng 24/7, tại Hà Nội, lễ bế giảng khóa học tiếng Anh cho sĩ quan gìn giữ hòa bình do New "
                             "Zealand tài trợ đã diễn ra.",
                             NULL),
                      "exchange XXXX-07-24 [VN NZ]");
}

/* An exercise named by the forum it is held under ("Diễn tập chung ADMM+
 * về an ninh hàng hải") is an exercise, no meeting of the forum. */
static void test_an_exercise_of_a_forum(void **state) {
  (void)state;
  assert_string_equal(events("Từ ngày 11 đến 15/9, Quân đội nhân dân Việt Nam tham gia Diễn tập thực địa ADMM+ về quân y "
                             "tại Thái Lan.",
                             NULL),
                      "exercise XXXX-09-11 [VN TH]");
}

/* "Đây là điểm đến đầu tiên trong khuôn khổ chuyến thăm 3 nước ...": a
 * port of call named as one stop of a voyage; the voyage adds no visit and
 * no state to the call told. */
static void test_a_port_of_call_as_one_stop_of_a_voyage(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 9/6, tàu hộ vệ tên lửa 016 Quang Trung đã cập cảng Muara, Brunei. Đây là điểm đến "
                             "thứ hai trong chuyến thăm xã giao Malaysia, Brunei và Philippines của tàu.",
                             NULL),
                      "port_call XXXX-06-09 [VN BN]");
}

/* Aid given to another state's forces ("viện trợ cho Quân đội Hoàng gia
 * Campuchia"), works opened for them ("Lễ khánh thành ... tặng Quân đội
 * nhân dân Lào") and experts exchanged are exchanges with that state; a
 * unit's own new building is no event. */
static void test_aid_works_and_experts_exchanged(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 3/5, Bộ Quốc phòng Việt Nam đã viện trợ cho Quân đội Hoàng gia Campuchia 20 xe cứu "
                             "thương.",
                             NULL),
                      "exchange XXXX-05-03 [VN KH]");
  assert_string_equal(events("Ngày 3/5, tại tỉnh Houaphanh, Lễ khánh thành trường học do Quân khu 4 xây tặng Quân đội "
                             "nhân dân Lào đã diễn ra.",
                             NULL),
                      "exchange XXXX-05-03 [VN LA]");
  assert_string_equal(events("Ngày 3/5, Lữ đoàn 170 tổ chức lễ khánh thành nhà ở mới cho chiến sĩ.", NULL), "");
  /* ... or told by the verb, the works' donor named after it. */
  assert_string_equal(events("Sáng 9/3, tại tỉnh Kampot, Quân đội Hoàng gia Campuchia tổ chức khánh thành nhà ăn của Lữ "
                             "đoàn 31, được xây dựng bằng kinh phí hỗ trợ của Bộ Quốc phòng Việt Nam.",
                             NULL),
                      "exchange XXXX-03-09 [VN KH]");
  assert_string_equal(events("Ngày 9/3, Lào khánh thành công trình ký túc xá cho học viên, do Quân khu 5 xây tặng.", NULL),
                      "exchange XXXX-03-09 [VN LA]");
  assert_string_equal(events("Ngày 9/3, Lữ đoàn 170 tổ chức khánh thành nhà ở mới cho chiến sĩ.", NULL), "");
  assert_string_equal(events("Ngày 3/5, tại một xưởng đóng tàu ở Busan, Hàn Quốc, đã diễn ra lễ khởi công đóng 2 tàu "
                             "tuần tra cho Cảnh sát biển Việt Nam.",
                             NULL),
                      "exchange XXXX-05-03 [VN KR]");
  assert_string_equal(events("Từ ngày 3 đến 6/5, Cục Quân y phối hợp với Bộ Quốc phòng Hàn Quốc tổ chức chương trình trao "
                             "đổi chuyên gia về y học quân sự.",
                             NULL),
                      "exchange XXXX-05-03 [VN KR]");
}

/* A delegation that travels to work or to study its hosts' ways ("đã sang
 * làm việc tại Campuchia", "đến nghiên cứu, trao đổi kinh nghiệm tại Học
 * viện Hậu cần") makes a working visit; a foreign one at a Vietnamese
 * school is in Vietnam. */
static void test_a_delegation_travels_to_work(void **state) {
  (void)state;
  assert_string_equal(events("Từ ngày 12 đến 15/3, Đoàn công tác Tổng cục Hậu cần do Trung tướng Trần Văn Hải làm trưởng "
                             "đoàn đã sang làm việc tại Campuchia.",
                             NULL),
                      "visit XXXX-03-12 [VN KH]");
  assert_string_equal(events("Sáng 12/3, Đoàn cán bộ Học viện Quốc phòng Indonesia đã đến nghiên cứu, trao đổi kinh "
                             "nghiệm tại Học viện Hậu cần.",
                             NULL),
                      "visit XXXX-03-12 [VN ID]");
}

/* "thăm xã giao" an office holder is a courtesy call on that person, a
 * city after it a visit; an audience with a monarch ("yết kiến") is a
 * reception. */
static void test_courtesy_calls_and_audiences(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 14/2, Đại tướng Lê Hồng Sơn đã thăm xã giao Bộ trưởng Quốc phòng Thái Lan Sutin "
                             "Klungsang.",
                             NULL),
                      "reception XXXX-02-14 [VN TH]");
  assert_string_equal(events("Chiều 14/2, Đoàn đại biểu Bộ Quốc phòng Việt Nam đã yết kiến Quốc vương Thái Lan.", NULL),
                      "reception XXXX-02-14 [VN TH]");
  assert_string_equal(events("Chiều 14/2, Đoàn đại biểu Bộ Quốc phòng Việt Nam đã thăm xã giao thành phố Bangkok, Thái Lan.",
                             NULL),
                      "visit XXXX-02-14 [VN TH]");
}

/* A pair named by short forms ("biên giới Việt - Trung", "Việt – Mỹ"):
 * the partner's state takes part; "Hàn" of "Hàn - Việt" is no one's name. */
static void test_a_pair_named_by_short_forms(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 22/4, lễ khánh thành Nhà văn hóa hữu nghị biên giới Việt - Trung đã diễn ra tại Hà "
                             "Giang.",
                             NULL),
                      "exchange XXXX-04-22 [VN CN]");
  assert_string_equal(events("Ngày 22/4, Hải quân hai nước Việt – Nga đã tổ chức luyện tập chung trên biển.", NULL),
                      "exercise XXXX-04-22 [VN RU]");
}

/* A happening named in a list of fields of work ("hợp tác trong các lĩnh
 * vực đào tạo, diễn tập chung, gìn giữ hòa bình") is no happening. */
static void test_happenings_named_as_fields_of_work(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 6/10, Đại tướng Lê Hồng Sơn đã hội đàm với Bộ trưởng Quốc phòng Ấn Độ; hai bên nhất trí "
                             "tăng cường hợp tác trong các lĩnh vực đào tạo, diễn tập chung, quân y.",
                             NULL),
                      "talks XXXX-10-06 [VN IN]");
}

/* A foreign delegation that calls at a Vietnamese unit or school, named
 * only by it ("Đoàn công tác ... Bộ Quốc phòng Campuchia đến thăm, chúc Tết
 * cán bộ, chiến sĩ Quân khu 9"), came to Vietnam; a Vietnamese delegation
 * doing the same is domestic. */
static void test_foreign_delegation_calls_at_a_vietnamese_unit(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 6/2, tại Cần Thơ, Đoàn công tác Cục Hậu cần, Bộ Quốc phòng Campuchia do Trung tướng "
                             "Chea Sophal làm trưởng đoàn đến thăm, chúc Tết cán bộ, chiến sĩ Quân khu 9.",
                             NULL),
                      "visit XXXX-02-06 [VN KH]");
  assert_string_equal(events("Ngày 17/4, đoàn cán bộ Học viện Quốc phòng Trung Quốc đã đến thăm Học viện Chính trị.",
                             NULL),
                      "visit XXXX-04-17 [VN CN]");
  assert_string_equal(events("Ngày 17/4, đoàn cán bộ Bộ Chỉ huy Quân sự tỉnh Nghệ An đã đến thăm Học viện Chính trị.",
                             NULL),
                      "");
}


/* An exchange a delegation came to attend ("tiếp đoàn Lào tham dự chương
 * trình giao lưu ... trong hai ngày") took place; "Tham dự chương trình có
 * ..." opening a sentence lists who attended the one told. A press
 * conference that introduces an exchange announces it. */
static void test_an_exchange_attended_and_one_announced(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 9/11, tại Điện Biên, Thượng tướng Lê Văn Bình tiếp đoàn Lào tham dự chương trình "
                             "giao lưu hữu nghị biên giới Việt Nam - Lào trong hai ngày 9 - 10/11.",
                             NULL),
                      "reception XXXX-11-09 [VN LA]; exchange XXXX-11-09 [VN LA]");
  assert_string_equal(events("Tham dự chương trình giao lưu hữu nghị có đại diện Bộ Chỉ huy Quân sự tỉnh Attapeu (Lào).",
                             NULL),
                      "");
  assert_string_equal(events("Sáng 2/10, tại Hà Nội, Bộ Quốc phòng tổ chức họp báo giới thiệu Giao lưu hữu nghị quốc "
                             "phòng biên giới Việt Nam - Campuchia lần thứ 3.",
                             NULL),
                      "");
  assert_string_equal(events("Sáng 2/10, Bộ Quốc phòng tổ chức buổi gặp mặt báo chí, giới thiệu về Giao lưu hữu nghị "
                             "quốc phòng biên giới Việt Nam - Lào lần thứ 3.",
                             NULL),
                      "");
}


/* Officers who went abroad for a course ("sang tập huấn tại ...") took part
 * in a training exchange with the state they went to. */
static void test_officers_sent_abroad_for_a_course(void **state) {
  (void)state;
  assert_string_equal(events("Từ ngày 4 đến 15/10, đoàn cán bộ Trường Sĩ quan Lục quân 2 đã sang tập huấn tại Học viện "
                             "Quân sự Bulgaria.",
                             NULL),
                      "exchange XXXX-10-04 [VN BG]");
}


/* A visit told as under way ("đang có chuyến thăm ...") is reported, as
 * "đang thăm" is, though no day is told. */
static void test_a_visit_under_way(void **state) {
  (void)state;
  assert_string_equal(events("Đoàn cán bộ trẻ Quân đội nhân dân Việt Nam đang có chuyến thăm và giao lưu tại Mông Cổ.",
                             NULL),
                      "visit null [VN MN]");
}


/* A delegation or an official at a show held abroad ("tham dự Triển lãm
 * Quốc phòng ... tại Kuala Lumpur") visits the state that holds it; a show
 * visited at home is no visit, and the public at a show is no one's. */
static void test_a_show_attended_abroad_is_a_visit(void **state) {
  (void)state;
  assert_string_equal(events("Từ ngày 6 đến 9/5, đoàn Bộ Quốc phòng Việt Nam đã tham dự Triển lãm Quốc phòng châu Á "
                             "2026 tổ chức tại Kuala Lumpur, Malaysia.",
                             NULL),
                      "visit 2026-05-06 [VN MY]");
  assert_string_equal(events("Sáng 20/12, Bộ trưởng Quốc phòng Lào đã thăm Triển lãm Quốc phòng quốc tế Việt Nam.", NULL),
                      "");
  assert_string_equal(events("Sáng 21/12, người dân Hà Nội đã tham dự triển lãm ô tô tại Paris.", NULL), "");
}

/* Talks held online told as "trao đổi trực tuyến" are a call. */
static void test_talks_online_told_as_an_exchange_of_views(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 12/8, Thượng tướng Lê Văn Bình đã có cuộc trao đổi trực tuyến với Thứ trưởng Quốc "
                             "phòng Hàn Quốc Park Jin-ho.",
                             NULL),
                      "call XXXX-08-12 [VN KR]");
}


/* A ship that arrives at a Vietnamese port at the end of its voyage
 * ("cập cảng Cam Ranh, kết thúc chuyến đối ngoại ...") is Vietnam's own,
 * home again: no port call, though the story is about the states it
 * visited. */
/* "Lễ đón tàu ..., do X làm trưởng đoàn, trở về sau chuyến ...", then the
 * voyage told ("đoàn công tác đã ...; thăm, giao lưu với Hải quân A và B"):
 * the welcome home is no port call; each state visited is one, of the
 * voyage's year, led by the delegation's head named in the lead. */
static void test_a_homecoming_welcome_then_the_calls_of_the_voyage(void **state) {
  (void)state;
  const char *story = "Sáng 20/6, tại Quân cảng Cam Ranh, Vùng 4 Hải quân tổ chức lễ đón tàu 300, do Đại tá Nguyễn "
                      "Văn An, Phó Tư lệnh Vùng 4 làm trưởng đoàn, trở về sau chuyến huấn luyện trên biển năm 2024.\n"
                      "Sau 20 ngày trên biển, đoàn công tác đã hoàn thành nhiệm vụ huấn luyện; thăm, giao lưu với Hải "
                      "quân Malaysia và Brunei.";
  assert_string_equal(events(story, "2024-06-21"), "port_call 2024 [VN MY]; port_call 2024 [VN BN]");
  assert_string_equal(test_participants(story, false), "port_call:Nguyễn Văn An; port_call:Nguyễn Văn An");
  /* The officer who welcomes the crew home, told after the homecoming,
   * took part in no call abroad. */
  const char *home = "Sáng 20/6, tàu 300 đã cập cảng Cam Ranh, kết thúc chuyến đối ngoại quốc phòng. Trước đó, từ ngày "
                     "5 đến 8/6, tàu 300 đã thăm hữu nghị Malaysia. Đại tá Trần Văn Bình, Phó Tư lệnh Vùng 4 Hải quân "
                     "đón đoàn công tác.";
  assert_string_equal(events(home, "2024-06-21"), "port_call 2024-06-05 [VN MY]");
  assert_string_equal(test_participants(home, false), "port_call:");
  assert_string_equal(test_participants("Sáng 20/6, Vùng 4 Hải quân tổ chức lễ đón tàu 300 trở về sau chuyến thăm hữu "
                                        "nghị Malaysia. Phát biểu tại lễ đón, Đại tá Trần Văn Bình, Phó Tư lệnh Vùng 4 "
                                        "Hải quân biểu dương cán bộ, thủy thủ tàu 300.",
                                        false),
                      "port_call:");
  /* the officer who presides over the send-off at home takes part in no
   * call abroad; the delegation's head does */
  assert_string_equal(test_participants("Chiều 1/10, Bộ Tư lệnh Vùng Cảnh sát biển 3 tổ chức lễ tiễn tàu CSB 9009 lên "
                                        "đường thăm và làm việc với Lực lượng Bảo vệ bờ biển Indonesia. Đại tá Ngô Văn "
                                        "Hải, Chính ủy Vùng Cảnh sát biển 3 chủ trì buổi lễ. Đoàn công tác do Thiếu tướng "
                                        "Lê Minh Đức làm trưởng đoàn.",
                                        false),
                      "port_call:Lê Minh Đức");
  /* The welcome home told first, in a lead or caption that opens the story,
   * before the patrol and the ship's return: still no reception. */
  assert_string_equal(events("Đại tá Phạm Văn Tài, Tư lệnh Vùng 5 Hải quân, trực tiếp đón đoàn.\n"
                             "Từ ngày 3 đến 5/6, Hải quân Việt Nam và Hải quân Hoàng gia Thái Lan tiến hành tuần tra "
                             "chung lần thứ 45 trên vùng biển giáp ranh. Sáng 9/6, tàu 20 đã cập quân cảng Vùng 5, hoàn "
                             "thành xuất sắc nhiệm vụ.",
                             "2025-06-09"),
                      "exercise 2025-06-03 [VN TH]");
  /* a welcome at a port abroad, told after the homecoming, is the call's */
  assert_string_equal(test_participants("Sáng 20/6, tàu 300 đã cập cảng Cam Ranh, kết thúc chuyến đối ngoại quốc phòng. "
                                        "Trước đó, ngày 5/6, tàu 300 đã cập cảng Yokosuka. Lễ đón tàu tại cảng Yokosuka "
                                        "do Đại tá Yanagihara Ken chủ trì.",
                                        false),
                      "port_call:Yanagihara Ken");
}

/* Remains handed to the fallen's families ("bàn giao ... cho thân nhân")
 * are handed at home: no exchange with the state where they fell. Remains
 * handed by that state and then to the families stay its handover. */
static void test_remains_handed_to_families_are_no_handover(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 5/3, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh đã bàn giao 9 bộ hài cốt liệt sỹ quân tình "
                             "nguyện hy sinh tại Lào cho thân nhân các gia đình liệt sỹ.",
                             "2025-03-06"),
                      "");
  assert_string_equal(events("Ngày 5/3, phía Lào đã bàn giao 9 bộ hài cốt liệt sỹ cho tỉnh Hà Tĩnh để đưa về nước "
                             "bàn giao cho thân nhân.",
                             "2025-03-06"),
                      "exchange 2025-03-05 [VN LA]");
}

static void test_a_ship_home_from_its_voyage_makes_no_port_call(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 3/9, tàu hộ vệ tên lửa 018 cập cảng Singapore, bắt đầu chuyến thăm Singapore. Sáng "
                             "20/9, tàu hộ vệ tên lửa 018 đã cập cảng Cam Ranh, kết thúc chuyến đối ngoại quốc phòng.",
                             "2024-09-21"),
                      "port_call 2024-09-03 [VN SG]");
  /* Docked "an toàn" (safely) with no port named: home from the voyage,
   * told after its calls; the call the homecoming names has its year only. */
  assert_string_equal(events("Ngày 3/9, tàu hộ vệ tên lửa 018 cập cảng Singapore, bắt đầu chuyến thăm Singapore. Sáng "
                             "20/9, tàu hộ vệ tên lửa 018 đã cập cảng an toàn.",
                             "2024-09-21"),
                      "port_call 2024-09-03 [VN SG]");
  assert_string_equal(events("Sáng 20/9, tàu 018, Lữ đoàn 162 đã cập cảng an toàn, kết thúc hành trình thăm xã giao "
                             "Singapore.",
                             "2024-09-21"),
                      "port_call 2024 [VN SG]");
  /* the port named after it: the ship arrived there */
  assert_string_equal(events("Sáng 3/9, tàu hộ vệ tên lửa 018 đã cập cảng an toàn tại Changi, Singapore, bắt đầu chuyến "
                             "thăm hữu nghị.",
                             "2024-09-21"),
                      "port_call 2024-09-03 [VN SG]");
}

/* A ship that docks at a port named by a unit of Vietnam's navy, its own
 * base ("cập quân cảng Vùng 3", "cập cảng Lữ đoàn 170"), or that docks
 * telling its task done ("sau khi hoàn thành nhiệm vụ tuần tra chung"), is
 * home from a joint patrol: no port call, though the patrol's partner is
 * named in the sentence or the story. */
static void test_a_ship_home_at_its_units_port_makes_no_port_call(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 8 và 9/10, Hải quân Việt Nam và Hải quân Hoàng gia Thái Lan đã tiến hành chuyến tuần tra "
                             "chung lần thứ 40. Sáng 11/10, tàu 271 đã cập quân cảng Vùng 3.",
                             "2030-10-12"),
                      "exercise 2030-10-08 [VN TH]");
  assert_string_equal(events("Chiều 11/10, biên đội tàu 271 và 272 của Vùng 3 Hải quân nhân dân Việt Nam đã cập quân cảng "
                             "Vùng 3, kết thúc chuyến tuần tra chung lần thứ 40 với tàu 355 của Hải quân Hoàng gia Thái Lan.",
                             "2030-10-12"),
                      "exercise 2030 [VN TH]");
  assert_string_equal(events("Chiều 11/10, tàu 271 và tàu 272 đã cập cảng Lữ đoàn 170 sau khi hoàn thành xuất sắc nhiệm vụ "
                             "tuần tra liên hợp lần thứ 20 với Hải quân Trung Quốc.",
                             "2030-10-12"),
                      "exercise 2030 [VN CN]");
  /* a foreign ship at such a port calls there */
  assert_string_equal(events("Sáng 11/10, tàu hộ vệ 355 của Hải quân Hoàng gia Thái Lan đã cập quân cảng Vùng 3, bắt đầu "
                             "chuyến thăm hữu nghị Việt Nam.",
                             "2030-10-12"),
                      "port_call 2030-10-11 [VN TH]");
}

/* A joint patrol told first with no day of its own (its end, or the
 * ships' homecoming), then "Trước đó" with the days it was held, is one
 * patrol: the days told after. Another round told "Trước đó" is another. */
static void test_a_patrol_told_ended_then_its_days_is_one(void **state) {
  (void)state;
  assert_string_equal(events("Biên đội tàu 271, 272 của Vùng 3 Hải quân đã kết thúc chuyến tuần tra chung lần thứ 40 với "
                             "Hải quân Hoàng gia Thái Lan. Trước đó, từ ngày 8 đến 9/10, tại vùng biển giáp ranh hai nước, "
                             "các biên đội tàu của hải quân hai nước đã phối hợp tổ chức tuần tra chung trên 5 tuyến.",
                             "2030-10-12"),
                      "exercise 2030-10-08 [VN TH]");
  assert_string_equal(events("Sáng 11/10, biên đội tàu 271, 272 đã cập quân cảng Vùng 3, kết thúc chuyến tuần tra chung "
                             "lần thứ 40 với Hải quân Hoàng gia Thái Lan. Trước đó, từ ngày 8 đến 9/10, biên đội tàu 271, "
                             "272 và biên đội tàu 355, 356 đã tiến hành tuần tra chung trên vùng biển giáp ranh hai nước.",
                             "2030-10-12"),
                      "exercise 2030-10-08 [VN TH]");
  /* another round told before, or a patrol with another navy: two */
  assert_string_equal(events("Biên đội tàu 271, 272 đã kết thúc tuần tra chung lần thứ 40 với Hải quân Hoàng gia Thái Lan. "
                             "Trước đó, từ ngày 8 đến 9/4, hai bên đã phối hợp tổ chức tuần tra chung lần thứ 39.",
                             "2030-10-12"),
                      "exercise null [VN TH]; exercise 2030-04-08 [VN TH]");
  assert_string_equal(events("Biên đội tàu 271, 272 đã kết thúc tuần tra chung với Hải quân Hoàng gia Thái Lan. Trước đó, "
                             "từ ngày 8 đến 9/10, biên đội tàu của Hải quân Hoàng gia Campuchia đã tổ chức tuần tra chung "
                             "với Hải quân Việt Nam.",
                             "2030-10-12"),
                      "exercise null [VN TH]; exercise 2030-10-08 [VN KH]");
}

/* Another round of a patrol told "Trước đó" is another patrol, when a noun
 * tells it too ("chuyến tuần tra chung lần thứ 39 ... đã diễn ra"): its
 * days are not the round the story tells. */
static void test_another_round_told_before_that_is_another_patrol(void **state) {
  (void)state;
  assert_string_equal(events("Biên đội tàu 271, 272 đã kết thúc chuyến tuần tra chung lần thứ 40 với Hải quân Hoàng gia "
                             "Thái Lan. Trước đó, từ ngày 8 đến 9/4, chuyến tuần tra chung lần thứ 39 giữa hai bên đã "
                             "diễn ra.",
                             "2030-10-12"),
                      "exercise null [VN TH]; exercise 2030-04-08 [VN TH]");
  /* the same round told "Trước đó" stays one */
  assert_string_equal(events("Biên đội tàu 271, 272 đã kết thúc chuyến tuần tra chung lần thứ 40 với Hải quân Hoàng gia "
                             "Thái Lan. Trước đó, từ ngày 8 đến 9/10, chuyến tuần tra chung lần thứ 40 giữa hai bên đã "
                             "diễn ra.",
                             "2030-10-12"),
                      "exercise 2030-10-08 [VN TH]");
}

/* In a story of a ship's voyage, the visit of the delegation it carries
 * ("đoàn công tác thăm, giao lưu với Hải quân ...") is the ship's port call
 * in that state, Vietnam's ship calling. */
static void test_the_ships_delegation_visits_as_a_port_call(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 2/6, tàu 999 của Hải quân Việt Nam cập cảng Klang, Malaysia, bắt đầu chuyến thăm hữu "
                             "nghị. Ngày 8/6, đoàn công tác thăm, giao lưu với Hải quân Brunei.",
                             "2020-06-10"),
                      "port_call 2020-06-02 [VN MY]; port_call 2020-06-08 [VN BN]");
  /* "tàu chiến" (a warship) is a ship: its visit, told as it leaves, is a port call */
  assert_string_equal(events("Hôm 5/6, tàu chiến 999 của Hải quân Việt Nam đã rời cảng Klang, kết thúc chuyến thăm hữu "
                             "nghị Malaysia.",
                             "2020-06-10"),
                      "port_call 2020-06-05 [VN MY]");
  /* "Hải quân 2 nước X và Y": the count names the hosts next, one call each */
  assert_string_equal(events("Sáng 2/6, tàu 999 của Hải quân Việt Nam cập cảng Klang, Malaysia. Ngày 8/6, đoàn công tác "
                             "đã thăm, giao lưu với Hải quân 2 nước Brunei và Philippines.",
                             "2020-06-10"),
                      "port_call 2020-06-02 [VN MY]; port_call 2020-06-08 [VN BN]; port_call 2020-06-08 [VN PH]");
  /* the visit its sentence frames the ship's courtesy call with is that call,
   * not a visit beside it; an official's visit named there stays his own */
  assert_string_equal(events("Trong thời gian thăm hữu nghị Brunei từ ngày 2 đến ngày 5/6, tàu 999 và đoàn công tác đã "
                             "đến chào xã giao Tư lệnh Hải quân Hoàng gia Brunei.",
                             "2020-06-10"),
                      "port_call 2020-06-02 [VN BN]");
  assert_string_equal(events("Nhân dịp chuyến thăm chính thức Việt Nam của Tổng thống Chile Gabriel Boric, ngày 5/6, tàu "
                             "Esmeralda của Hải quân Chile đã cập cảng Cam Ranh.",
                             "2020-06-10"),
                      "visit 2020-06-05 [VN CL]; port_call 2020-06-05 [VN CL]");
  /* the next leg named as the call ends is no side of it */
  assert_string_equal(events("Sáng 5/6, tàu 999 của Hải quân Việt Nam đã rời cảng Klang, kết thúc chuyến thăm hữu nghị "
                             "Malaysia, tiếp tục hành trình tới Brunei.",
                             "2020-06-10"),
                      "port_call 2020-06-05 [VN MY]");
  /* no ship told: a delegation's visit stays a visit */
  assert_string_equal(events("Ngày 8/6, đoàn công tác thăm, giao lưu với Hải quân Brunei.", "2020-06-10"),
                      "visit 2020-06-08 [VN BN]");
}

/* A ship home from a voyage to an exercise abroad ("cập cảng ..., kết thúc
 * hải trình tham gia diễn tập ... tại X"), or leaving for it ("rời cảng ...
 * đi thực hiện nhiệm vụ diễn tập ... từ ngày ..."): the state is the
 * voyage's, no port call at home; the days told are the voyage's, the
 * exercise has its year only, one exercise however often told. */
static void test_a_voyage_to_an_exercise_dates_only_its_year(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 1/3, tàu 099 đã cập cảng Lữ đoàn 125, kết thúc hải trình tham gia diễn tập hải quân "
                             "đa phương tại Malaysia. Tàu 099 rời cảng Lữ đoàn 125 đi thực hiện nhiệm vụ diễn tập hải "
                             "quân đa phương tại Malaysia từ ngày 10/2.",
                             "2024-03-02"),
                      "exercise 2024 [VN MY]");
  /* what a ship's crew "mang đến" (brings) to people is no arrival */
  assert_string_equal(events("Chiều 1/3, tàu 099 đã cập cảng Lữ đoàn 125, kết thúc hải trình tham gia diễn tập hải quân "
                             "đa phương tại Malaysia. Cán bộ, chiến sĩ tàu 099 đã mang đến cho người dân trên đảo "
                             "Langkawi những tiết mục văn nghệ.",
                             "2024-03-02"),
                      "exercise 2024 [VN MY]");
}

/* An exercise named after an organization ("diễn tập cứu trợ thảm họa
 * ASEAN"), no other state named, is one among its members: Vietnam's part,
 * the organization the other side. */
static void test_an_exercise_of_an_organizations_members(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 14/10, Bộ Quốc phòng Việt Nam tham gia diễn tập ứng phó thảm họa khu vực ASEAN tại "
                             "Vĩnh Phúc.",
                             "2024-10-14"),
                      "exercise 2024-10-14 [VN]");
  /* named after a forum (mechanisms.tsv): the forum's organization's members */
  assert_string_equal(events("Sáng 15/10, Quân đội nhân dân Việt Nam tham gia diễn tập thực địa ADMM+ về hỗ trợ nhân đạo "
                             "tại Vĩnh Phúc.",
                             "2024-10-15"),
                      "exercise 2024-10-15 [VN]");
}


/* A welcome held at a port ("Lễ đón ... tại cảng Tiên Sa") is the welcome of
 * a ship: its port call, not a reception of its own. */
/* A rescue force named as the subject of an exercise ("Đội cứu hộ ... đã
 * tham gia diễn tập ... tại Lào") takes part in the exercise: no mission of
 * its own beside it; one sent to a disaster is still an exchange. */
static void test_a_rescue_force_in_an_exercise(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 15/8, đội cứu hộ của Quân đội nhân dân Việt Nam đã tham gia diễn tập cứu trợ thảm họa "
                             "tại Malaysia.",
                             "2024-08-16"),
                      "exercise 2024-08-15 [VN MY]");
  assert_string_equal(events("Ngày 15/8, đội cứu hộ của Quân đội nhân dân Việt Nam đã lên đường sang Myanmar.", "2024-08-16"),
                      "exchange 2024-08-15 [VN MM]");
}

/* "giao lưu với" with a unit or command named by its kind as its subject
 * ("Bộ Chỉ huy Quân sự tỉnh ...", "Đồn Biên phòng ...") is a friendship
 * exchange of the two units, as it is with a delegation or an officer. */
static void test_a_units_exchange_with_a_foreign_unit(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 20/4, Bộ Chỉ huy Quân sự tỉnh Sơn La đã giao lưu với Bộ Chỉ huy Quân sự tỉnh Luang "
                             "Prabang, Lào.",
                             "2024-04-21"),
                      "exchange 2024-04-20 [VN LA]");
  /* a delegation that comes over for an exchange ("đến giao lưu", "sang giao lưu"); not a ship's crew */
  assert_string_equal(events("Chiều 20/4, Đoàn sĩ quan trẻ Quân đội Hoàng gia Campuchia đến giao lưu tại Trường Sĩ quan "
                             "Chính trị.",
                             "2024-04-21"),
                      "exchange 2024-04-20 [VN KH]");
  assert_string_equal(events("Chiều 20/4, thủy thủ tàu Hải quân Ấn Độ đến giao lưu tại Học viện Hải quân.", "2024-04-21"),
                      "");
  /* "tổ chức (các) hoạt động giao lưu" with the foreign side named, as "tổ chức giao lưu" */
  assert_string_equal(events("Ngày 20/4, Đồn Biên phòng Nà Ngòa tổ chức các hoạt động giao lưu với Đồn Công an Biên phòng "
                             "Kim Bình của Trung Quốc.",
                             "2024-04-21"),
                      "exchange 2024-04-20 [VN CN]");
}

/* A seminar ("hội thảo") held by two sides is a meeting of them (talks):
 * with a foreign side named, or "hai bên" as its subject in a story about
 * one partner; a domestic seminar, or one listed among a programme's
 * activities, is none. */
static void test_a_seminar_of_two_sides(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 5/6, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Nhật Bản đồng tổ chức hội thảo về an "
                             "ninh hàng hải tại Hà Nội.",
                             "2024-06-06"),
                      "talks 2024-06-05 [VN JP]");
  assert_string_equal(events("Quan hệ quốc phòng Việt Nam - Hàn Quốc phát triển tốt. Năm 2019, hai bên đã tổ chức hội thảo "
                             "về công nghiệp quốc phòng.",
                             "2024-06-06"),
                      "talks 2019 [VN KR]");
  assert_string_equal(events("Sáng 5/6, Học viện Lục quân tổ chức hội thảo khoa học về nghệ thuật quân sự.", "2024-06-06"), "");
  assert_string_equal(events("Từ ngày 3 đến 10/6, chương trình của Hải quân Hoa Kỳ đã hỗ trợ tỉnh Quảng Ngãi các hoạt "
                             "động như: hội thảo y tế, khám chữa bệnh cho người dân.",
                             "2024-06-11"),
                      "");
}

/* A happening that opens its sentence as the subject of a verb of holding
 * told in the past ("... vừa qua được tổ chức tại", "... đã diễn ra") was
 * held, even undated; not one counted ("đã diễn ra 5 lần"), one held since a
 * year, or one still to be held ("sẽ được tổ chức"). */
static void test_a_happening_told_as_held_in_the_past(void **state) {
  (void)state;
  assert_string_equal(events("Giao lưu hữu nghị giữa Bộ đội Biên phòng Việt Nam và Lào lần thứ ba vừa qua được tổ chức "
                             "tại Nghệ An.",
                             "2024-05-02"),
                      "exchange null [VN LA]");
  assert_string_equal(events("Diễn tập cứu nạn chung giữa Hải quân Việt Nam và Singapore đã diễn ra tại Cam Ranh.",
                             "2024-05-02"),
                      "exercise null [VN SG]");
  assert_string_equal(events("Giao lưu hữu nghị giữa Bộ đội Biên phòng Việt Nam và Lào đã diễn ra 5 lần.", "2024-05-02"),
                      "");
  assert_string_equal(events("Tuần tra chung giữa Hải quân Việt Nam và Campuchia đã được tổ chức đều đặn kể từ năm 2006.",
                             "2024-05-02"),
                      "");
  assert_string_equal(events("Diễn tập cứu nạn chung giữa Hải quân Việt Nam và Singapore sẽ được tổ chức tại Cam Ranh.",
                             "2024-05-02"),
                      "");
}

/* "tiếp nhận" hands over remains or goods: ships or equipment received
 * from a foreign giver are a handover; people received ("tiếp nhận công
 * dân") or goods from no foreign side are none. */
static void test_goods_received_from_a_foreign_giver(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 9/10, Vùng Cảnh sát biển 2 đã tiếp nhận hai tàu tuần tra do Nhật Bản viện trợ.",
                             "2024-10-10"),
                      "exchange 2024-10-09 [VN JP]");
  assert_string_equal(events("Sáng 9/10, Bệnh viện Quân y 7 tiếp nhận trang thiết bị y tế do Quân đội Ấn Độ trao tặng.",
                             "2024-10-10"),
                      "exchange 2024-10-09 [VN IN]");
  assert_string_equal(events("Sáng 9/10, Đồn Biên phòng tiếp nhận 12 công dân do lực lượng chức năng Lào trao trả.",
                             "2024-10-10"),
                      "");
  assert_string_equal(events("Sáng 9/10, Lữ đoàn 162 tiếp nhận trang thiết bị mới.", "2024-10-10"), "");
}

/* A visit abroad whose visitor's state the sentence does not tell
 * ("Đoàn đại biểu Cục Đối ngoại", "Đoàn cán bộ Học viện Quốc phòng") is
 * Vietnam's in Vietnamese news. */
static void test_an_unnamed_delegations_visit_abroad_is_vietnams(void **state) {
  (void)state;
  assert_string_equal(events("Từ ngày 4 đến 8/11, Đoàn cán bộ Học viện Chính trị đã thăm và làm việc tại Malaysia.",
                             "2024-11-09"),
                      "visit 2024-11-04 [VN MY]");
}

/* A year alone after the cue ("năm nay", "năm 2023") names which meeting
 * or exercise it is; the day told before the cue, in that year, is its
 * date. */
static void test_a_year_naming_the_edition_leaves_the_day_told(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 14/9, diễn tập tìm kiếm cứu nạn năm nay giữa Bộ đội Biên phòng Việt Nam và Lào đã "
                             "khai mạc tại Savannakhet.",
                             "2023-09-15"),
                      "exercise 2023-09-14 [VN LA]");
  assert_string_equal(events("Ngày 14/9, tuần tra liên hợp năm 2023 giữa Hải quân Việt Nam và Thái Lan đã bắt đầu.",
                             "2023-09-15"),
                      "exercise 2023-09-14 [VN TH]");
}

/* The International Army Games ("Hội thao Quân sự quốc tế"), which
 * Vietnamese news tells as friendship between armies, are an exchange with
 * the state that hosts them; a domestic "hội thao" is no event. */
static void test_the_international_army_games_are_an_exchange(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 20/8, lễ bế mạc Hội thao Quân sự quốc tế 2022 đã diễn ra tại thành phố Kazan, "
                             "Liên bang Nga, với sự tham gia của đội tuyển Quân đội nhân dân Việt Nam.",
                             "2022-08-21"),
                      "exchange 2022-08-20 [VN RU]");
  assert_string_equal(events("Sáng 20/8, Quân khu 4 khai mạc hội thao thể dục thể thao quốc phòng năm 2022.", "2022-08-21"),
                      "");
}

/* A send-off of a ship ("lễ tiễn tàu ... rời cảng", "tiễn tàu") is the end
 * of its port call: a foreign ship's at a Vietnamese port is its call, one
 * with its arrival told is the same call; a send-off naming no foreign side
 * (a Vietnamese ship leaving home for its voyage) adds no call; "hỏa tiễn"
 * (missiles) is no send-off. */
static void test_a_ships_send_off_ends_its_port_call(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 8/6, Bộ Tư lệnh Vùng 2 Hải quân tổ chức lễ tiễn tàu hộ vệ của Hải quân Hoàng gia "
                             "Malaysia rời cảng Nhà Rồng.",
                             "2024-06-09"),
                      "port_call 2024-06-08 [VN MY]");
  assert_string_equal(events("Sáng 5/6, tàu hộ vệ của Hải quân Hoàng gia Malaysia đã cập cảng Nhà Rồng, bắt đầu chuyến "
                             "thăm 4 ngày. Chiều 8/6, Bộ Tư lệnh Vùng 2 Hải quân tiễn tàu rời cảng.",
                             "2024-06-09"),
                      "port_call 2024-06-05 [VN MY]");
  assert_string_equal(events("Sáng 2/6, tàu hộ vệ 012 của Hải quân Việt Nam đã cập cảng Muara, bắt đầu chuyến thăm "
                             "Brunei. Lễ tiễn tàu tại Quân cảng Cam Ranh diễn ra chiều 28/5.",
                             "2024-06-03"),
                      "port_call 2024-06-02 [VN BN]");
  assert_string_equal(events("Chiều 8/6, tàu hộ vệ mang nhiều hỏa tiễn của Hải quân Malaysia được giới thiệu trong triển lãm.",
                             "2024-06-09"),
                      "");
}

/* A negation or a plan word in brackets is an aside about the sending, not
 * about the happening the sentence tells ("(không cử tàu)": no ship was
 * sent, the officers did take part); outside brackets it still negates. */
static void test_a_negation_in_brackets_governs_only_the_aside(void **state) {
  (void)state;
  assert_string_equal(events("Bộ Quốc phòng cử sáu sĩ quan (không cử tàu) sang Australia tham gia Diễn tập hải quân đa "
                             "phương (Kakadu 2024) từ ngày 12 đến 25/9.",
                             "2024-09-13"),
                      "exercise 2024-09-12 [VN AU]");
  assert_string_equal(events("Năm nay Bộ Quốc phòng không cử sĩ quan sang Australia tham gia diễn tập Kakadu.", "2024-09-13"),
                      "");
}

static void test_a_welcome_at_a_port_is_the_ships(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 4/6, tàu khu trục HMAS Sydney của Hải quân Hoàng gia Australia cập cảng Tiên Sa, bắt "
                             "đầu chuyến thăm Đà Nẵng. Lễ đón chính thức được tổ chức tại cảng Tiên Sa với sự tham dự "
                             "của đại diện Vùng 3 Hải quân.",
                             NULL),
                      "port_call XXXX-06-04 [VN AU]");
  assert_string_equal(events("Chiều 9/3, tại cầu cảng Quân cảng Cam Ranh, Bộ Tư lệnh Vùng 4 Hải quân tổ chức lễ đón đoàn "
                             "Hải quân Ấn Độ.",
                             NULL),
                      "port_call XXXX-03-09 [VN IN]");
  /* an airport ("Cảng hàng không") is no port */
  assert_string_equal(events("Chiều 9/3, tại Cảng hàng không quốc tế Nội Bài, Thượng tướng Lê Văn Bình đã chủ trì lễ đón "
                             "Bộ trưởng Quốc phòng Lào.",
                             NULL),
                      "reception XXXX-03-09 [VN LA]");
}

/* Remains of volunteers brought home from a neighbour are buried with a
 * memorial ("lễ truy điệu và an táng hài cốt ... hy sinh tại Lào"): the
 * last act of their handover, an exchange with that state. Remains with no
 * foreign state told are a burial at home, no exchange; "an táng" with no
 * remains after it hands over nothing. */
static void test_remains_buried_at_home(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 12/6, tại Nghĩa trang liệt sĩ tỉnh, Ủy ban nhân dân tỉnh tổ chức Lễ truy điệu và an "
                             "táng 15 hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào.",
                             NULL),
                      "exchange XXXX-06-12 [VN LA]");
  assert_string_equal(events("Sáng 12/6, huyện tổ chức an táng 3 hài cốt liệt sĩ được tìm thấy tại xã Tân Lập.", NULL),
                      "");
  assert_string_equal(events("Ngày 5/7, gia đình đã an táng cựu chiến binh từng chiến đấu tại Lào.", NULL), "");
}

/* Remains handed over or received, counted or not ("trao trả 4 bộ hài
 * cốt", "tiếp nhận 9 hài cốt liệt sĩ"): an exchange with the state they come
 * from or go to; the same verbs with no remains after them are no event. */
static void test_remains_handed_over_or_received(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 21/9, tại sân bay Đà Nẵng, Cục Tìm kiếm người mất tích đã trao trả 4 bộ hài cốt "
                             "quân nhân Hoa Kỳ cho phía Hoa Kỳ.",
                             NULL),
                      "exchange XXXX-09-21 [VN US]");
  assert_string_equal(events("Ngày 7/4, tại cửa khẩu Bờ Y, Bộ Chỉ huy Quân sự tỉnh Kon Tum đã tiếp nhận 9 hài cốt liệt "
                             "sĩ quân tình nguyện Việt Nam hy sinh tại Lào.",
                             NULL),
                      "exchange XXXX-04-07 [VN LA]");
  assert_string_equal(events("Ngày 7/4, bệnh viện tỉnh đã tiếp nhận 30 bệnh nhân từ Lào sang điều trị.", NULL), "");
}

/* A ceremony Vietnam's embassy or defence attaché office holds abroad ("lễ
 * kỷ niệm" in a foreign state, its place fronted or told with the office)
 * is an exchange with that state, dated by its own day, not by the days it
 * marks; held at home it is no event. */
static void test_anniversary_ceremony_held_abroad(void **state) {
  (void)state;
  assert_string_equal(events("Tối 18/12, tại Thủ đô Viêng Chăn, Văn phòng Tùy viên Quốc phòng Việt Nam tổ chức lễ kỷ "
                             "niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024).",
                             "2024-12-19"),
                      "exchange 2024-12-18 [VN LA]");
  assert_string_equal(events("Ngày 20/12, Đại sứ quán Việt Nam tại Hàn Quốc tổ chức buổi lễ kỷ niệm 75 năm Ngày thành "
                             "lập Quân đội nhân dân Việt Nam.",
                             "2019-12-21"),
                      "exchange 2019-12-20 [VN KR]");
  assert_string_equal(events("Sáng 21/12, tại Hà Nội, Bộ Tư lệnh Thủ đô tổ chức lễ kỷ niệm 80 năm Ngày thành lập Quân "
                             "đội nhân dân Việt Nam.",
                             "2024-12-21"),
                      "");
  /* The embassy holds it, its post told in a later sentence or the headline. */
  assert_string_equal(events("Tối 14/12, Đại sứ quán Việt Nam tổ chức lễ kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân "
                             "Việt Nam. Phát biểu tại buổi lễ, Đại sứ Việt Nam tại Chile Trần Văn An nêu bật truyền "
                             "thống của Quân đội.",
                             "2024-12-15"),
                      "exchange 2024-12-14 [VN CL]");
  assert_string_equal(events("Kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam tại Brazil\nTối 14/12, Văn phòng Tùy "
                             "viên Quốc phòng Việt Nam tổ chức lễ kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt "
                             "Nam.",
                             "2024-12-15"),
                      "exchange 2024-12-14 [VN BR]");
  /* Held at home, foreign envoys attending: no event. */
  assert_string_equal(events("Tối 14/12, Bộ Quốc phòng tổ chức lễ kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt "
                             "Nam. Dự buổi lễ có Đại sứ Chile tại Việt Nam.",
                             "2024-12-15"),
                      "");
}

/* "giao lưu với" reports an exchange when a delegation or an official is
 * its subject ("Đoàn sĩ quan trẻ ... đã giao lưu với ..."); a ship's crew
 * exchanging during its port call, a plan, or people of no office tell no
 * exchange of their own. Said of a ship's trip to two navies ("chuyến thăm,
 * giao lưu với Hải quân 2 nước A, B"), it names the hosts of both calls. */
static void test_a_delegation_exchanges_with_its_hosts(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 9/10, Đoàn sĩ quan trẻ Quân đội nhân dân Việt Nam đã giao lưu với sĩ quan trẻ Quân "
                             "đội nhân dân Lào tại Luang Prabang.",
                             NULL),
                      "exchange XXXX-10-09 [VN LA]");
  assert_string_equal(events("Sáng 2/12, thủy thủ tàu CSB 8003 đã giao lưu với Lực lượng Bảo vệ bờ biển Nhật Bản.", NULL),
                      "");
  assert_string_equal(events("Trong thời gian ở Quy Nhơn, đoàn sẽ giao lưu với Hải quân Ấn Độ.", NULL), "");
  assert_string_equal(events("Ngày 5/4, học sinh các trường đã giao lưu với cựu chiến binh Campuchia.", NULL), "");
  assert_string_equal(events("Sáng 3/5, tàu huấn luyện 286 đã rời cảng Cam Ranh thực hiện chuyến thăm, giao lưu với "
                             "Hải quân 2 nước Malaysia, Brunei.",
                             NULL),
                      "port_call XXXX-05-03 [VN MY]; port_call XXXX-05-03 [VN BN]");
}

/* Talks, a call or a visit among Vietnamese only, in a story that names no
 * other state, is domestic work; a guest whose state is not read may be
 * foreign, so the meeting stays. */
static void test_meetings_among_vietnamese_are_domestic(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 12/8, Phó Thủ tướng Nguyễn Văn An đã làm việc với lãnh đạo tỉnh Hà Tĩnh về công tác "
                             "phòng chống bão.",
                             NULL),
                      "");
  assert_string_equal(events("Sáng 5/2, Thủ tướng đã thăm tỉnh Quảng Nam.", NULL), "");
  assert_string_equal(events("Chiều 12/8, Thứ trưởng Nguyễn Văn An đã hội đàm với Đại sứ Liên minh châu Âu John Smith.",
                             NULL),
                      "talks XXXX-08-12 [VN]");
}

/* Meeting arrivals ("đón đoàn", "chủ trì đón tiếp đoàn") among Vietnamese
 * only, in a story that names no other state, is domestic work too: a unit
 * taking in trainees from home, or a delegation come with New Year wishes.
 * The formal "tiếp" of Vietnam's own envoys stays a reception, and so does
 * meeting a foreign delegation. */
static void test_vietnamese_greeting_vietnamese_is_domestic(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 14/9, Đại tá Trần Quốc Dũng, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Gia Lai đã đón đoàn "
                             "học viên Trường Sĩ quan Lục quân 2 về thực tập tại đơn vị.",
                             NULL),
                      "");
  assert_string_equal(events("Ngày 3/10, Thiếu tướng Phạm Minh Đức, Phó Tư lệnh Quân khu 5 đón đoàn cán bộ Cục Chính trị "
                             "đến kiểm tra công tác huấn luyện.",
                             NULL),
                      "");
  assert_string_equal(events("Sáng 14/9, Thứ trưởng Bộ Quốc phòng Nguyễn Văn Bảo đã tiếp các Tùy viên Quốc phòng Việt Nam "
                             "ở nước ngoài nhiệm kỳ mới.",
                             NULL),
                      "reception XXXX-09-14 [VN]");
  assert_string_equal(events("Sáng 14/9, Đại tá Trần Quốc Dũng đã đón đoàn sĩ quan Quân đội Hoàng gia Campuchia tại "
                             "sân bay.",
                             NULL),
                      "reception XXXX-09-14 [VN KH]");
  assert_string_equal(events("Ngày 28/1, Đoàn công tác Cục Quân huấn do Thiếu tướng Lê Văn Toàn dẫn đầu đến thăm, chúc "
                             "Tết Bộ Tư lệnh Quân khu 9. Trung tướng Phạm Quốc Khải, Tư lệnh Quân khu chủ trì đón tiếp.",
                             NULL),
                      "");
  assert_string_equal(events("Sáng 14/9, Đại tá Trần Quốc Dũng chủ trì đón tiếp đoàn sĩ quan Quân đội Hoàng gia "
                             "Campuchia.",
                             NULL),
                      "reception XXXX-09-14 [VN KH]");
}

/* A foreign unit named by a chain of units, its state in brackets at the
 * end ("Đại đội ... thuộc Bộ Chỉ huy Quân sự tỉnh X (Lào)"): the visit went
 * to that state. A bracket naming a district is no state; a state bracketed
 * in the visitors' name before the verb stays theirs. */
static void test_a_visit_to_a_unit_tagged_with_its_state(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 9/12, đoàn cán bộ Đồn Biên phòng Tây Trang do Thiếu tá Đỗ Văn Long làm trưởng đoàn đã "
                             "đến thăm và chúc mừng Trạm Kiểm soát Biên phòng 402 thuộc Bộ Chỉ huy Quân sự tỉnh Phông "
                             "Sa Lỳ (Lào).",
                             NULL),
                      "visit XXXX-12-09 [VN LA]");
  assert_string_equal(events("Ngày 9/12, đoàn cán bộ Đồn Biên phòng Tây Trang đã đến thăm Trường Tiểu học Mường Nhé (huyện "
                             "Mường Chà).",
                             NULL),
                      "");
  assert_string_equal(events("Ngày 9/12, đoàn cán bộ Trạm Kiểm soát Biên phòng 402 thuộc Bộ Chỉ huy Quân sự tỉnh Phông Sa "
                             "Lỳ (Lào) đã đến thăm Đồn Biên phòng Tây Trang.",
                             NULL),
                      "visit XXXX-12-09 [VN LA]");
}

/* A New Year visit to a neighbour's forces ("đến thăm, chúc Tết các đơn vị
 * ... tỉnh Savannakhet") goes where those it wishes well serve, named at the
 * end of its object; a letter wishing a minister a happy Tết is no visit. */
static void test_new_year_visit_to_a_neighbours_province(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 9/4, Đoàn công tác tỉnh Quảng Trị do ông Trần Văn Bình làm trưởng đoàn đến thăm, chúc "
                             "Tết Bunpimay các đơn vị lực lượng vũ trang và nhân dân các huyện biên giới tỉnh "
                             "Savannakhet.",
                             NULL),
                      "visit XXXX-04-09 [VN LA]");
  assert_string_equal(events("Ngày 20/1, Bộ trưởng Quốc phòng Việt Nam đã gửi thư chúc Tết Bộ trưởng Quốc phòng Lào.",
                             NULL),
                      "");
}

/* Border units' holiday visits list what the guests did after the verb of
 * visiting ("đến thăm, tặng quà và chúc mừng Đại đội ... (Lào)", "thăm và
 * chúc Tết ..."): the object after the list is where the visit went, the
 * gifts part of it; a list ending at people at home is no visit abroad. */
static void test_visit_with_gifts_and_greetings_goes_to_their_object(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 5/12, đoàn cán bộ Đồn Biên phòng Sơn Hải đã đến thăm, tặng quà và chúc mừng Đại đội "
                             "Biên phòng 308 thuộc Bộ Chỉ huy Quân sự tỉnh Attapeu (Lào).",
                             NULL),
                      "visit XXXX-12-05 [VN LA]");
  assert_string_equal(events("Ngày 14/4, đoàn công tác Đồn Biên phòng Vĩnh Xương đã sang thăm, động viên và chúc Tết "
                             "Đồn Cảnh sát biên giới 907 tỉnh Kandal (Campuchia).",
                             NULL),
                      "visit XXXX-04-14 [VN KH]");
  assert_string_equal(events("Ngày 3/2, Đồn Biên phòng Tà Lùng đã sang thăm và chúc Tết Đại đội Biên phòng 105 thuộc Bộ "
                             "Chỉ huy Quân sự tỉnh Salavan (Lào).",
                             NULL),
                      "visit XXXX-02-03 [VN LA]");
  /* "thăm và chúc Tết": the visit is to the unit wished well, in Laos */
  assert_first_event_placed("Ngày 3/2, Đồn Biên phòng Tà Lùng đã sang thăm và chúc Tết Đại đội Biên phòng 105 thuộc Bộ "
                            "Chỉ huy Quân sự tỉnh Salavan (Lào).",
                            NULL, NULL, "LA");
  assert_string_equal(events("Ngày 14/4, Đồn Biên phòng Vĩnh Xương đã đến thăm, tặng quà các gia đình chính sách trên "
                             "địa bàn xã biên giới.",
                             NULL),
                      "");
}

/* "cán bộ, chiến sĩ", "cán bộ, nhân viên", "cán bộ, nhân dân": a comma
 * between two words for people lists kinds of one group, and ends no clause; the unit named after
 * them, tagged with its state, is where the visit went. */
static void test_visit_to_the_staff_of_a_unit_abroad(void **state) {
  (void)state;
  assert_first_event_placed("Ngày 8/2, Đồn Biên phòng Nậm Cắn đã sang thăm và chúc Tết cán bộ, chiến sĩ Đại đội Biên "
                            "phòng 402 thuộc Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào).",
                            NULL, NULL, "LA");
  assert_first_event_placed("Ngày 20/1, đoàn công tác Đồn Biên phòng Bu Prăng đã đến thăm, tặng quà cán bộ, nhân viên Đồn "
                            "Cảnh sát biên giới 615 tỉnh Mondulkiri (Campuchia).",
                            NULL, NULL, "KH");
  /* the people of a place listed with its officials ("cán bộ, nhân dân") */
  assert_string_equal(events("Ngày 8/4, đoàn công tác tỉnh Kon Tum do ông Nguyễn Văn Hải dẫn đầu đã đến thăm và chúc Tết "
                             "cán bộ, nhân dân tỉnh Ratanakiri.",
                             NULL),
                      "visit XXXX-04-08 [VN KH]");
  /* a comma after a list of people still ends the clause */
  assert_string_equal(events("Ngày 20/1, Đồn Biên phòng Bu Prăng đã đến thăm, tặng quà cán bộ, chiến sĩ, sau đó đoàn "
                             "tới Đại đội 3 (Campuchia).",
                             NULL),
                      "");
}

/* Border news often names the other side's unit by its province alone
 * ("Đại đội 5 (tỉnh Sa La Van)", "Bộ Chỉ huy Quân sự tỉnh Savannakhet"),
 * never its state: in a story naming no state, that province's state is
 * the story's partner, the other side of a twinning told by its sides
 * ("hai đơn vị"). A story naming no foreign place stays domestic. */
static void test_a_partner_named_by_its_province_alone(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 3/4, Đồn Biên phòng Cà Xèng và Đại đội Biên phòng 5 (tỉnh Sa La Van) đã ký kết quy "
                             "chế kết nghĩa.",
                             NULL),
                      "exchange XXXX-04-03 [VN LA]");
  assert_string_equal(events("Dự lễ có Đại tá Lê Văn Bình, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Quảng Bình và Trung "
                             "tá Văn Sổn, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Savannakhet. Hai đơn vị đã ký kết "
                             "quy chế kết nghĩa.",
                             NULL),
                      "exchange null [VN LA]");
  assert_string_equal(events("Ngày 3/4, Đồn Biên phòng Cà Xèng tổ chức giao lưu bóng đá với thanh niên xã Cà Xèng.", NULL),
                      "");
}

/* "Hội nghị tổng kết công tác kết nghĩa" reviews the twinning's work: the
 * twinning is the meeting's topic, not a twinning of its own ("công tác X",
 * the work of X), and the chair of the meeting stays its participant. */
static void test_review_of_twinning_work_is_a_meeting(void **state) {
  (void)state;
  const char *text = "Ngày 9/6, Bộ Chỉ huy Quân sự tỉnh Lai Châu tổ chức Hội nghị tổng kết công tác kết nghĩa với Tiểu "
                     "khu Quân sự Luông Nặm Thà (Lào). Đại tá Lê Văn Bình, Chỉ huy trưởng, chủ trì "
                     "hội nghị.";
  assert_string_equal(events(text, NULL), "meeting XXXX-06-09 [VN LA]");
  assert_string_equal(test_participants(text, false), "meeting:Lê Văn Bình");
}

/* What two sides do again and again ("định kỳ", "thường xuyên", like
 * "periodically", "regularly") is a habit, no one happening. */
static void test_a_habit_of_both_sides_is_no_happening(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 3/4, Đồn Biên phòng Cà Xèng ký kết nghĩa với Đại đội Biên phòng 5 của Quân đội nhân "
                             "dân Lào. Hai bên định kỳ tổ chức tuần tra song phương và thường xuyên trao đổi thông tin.",
                             NULL),
                      "exchange XXXX-04-03 [VN LA]");
}

/* Twinning is signed as often as held ("Đồn A ký kết nghĩa với Đại đội B",
 * "lễ ký kết nghĩa", "ký kết quy chế kết nghĩa"): the twinning, not a
 * signing with no document. Two units twin by its very name, so "hai đơn
 * vị" twinning after the units were named has the story's other side. */
static void test_twinning_signed(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 14/3, Đồn Biên phòng Bắc Sơn ký kết nghĩa với Đại đội Biên phòng 303 (Bộ Chỉ huy "
                             "Quân sự tỉnh Khăm Muồn).",
                             NULL),
                      "exchange XXXX-03-14 [VN LA]");
  assert_string_equal(events("Sáng 2/10, tại Đồn Biên phòng Mường Nọc diễn ra Lễ ký kết nghĩa giữa Đồn Biên phòng Mường "
                             "Nọc và Đại đội Biên phòng 118 của Quân đội nhân dân Lào.",
                             NULL),
                      "exchange XXXX-10-02 [VN LA]");
  assert_string_equal(events("Ngày 9/6, Đồn Biên phòng Tà Lu đã ký kết quy chế kết nghĩa với Tiểu đoàn biên phòng 7 "
                             "của Campuchia.",
                             NULL),
                      "exchange XXXX-06-09 [VN KH]");
  assert_string_equal(events("Ngày 5/3, Đồn Biên phòng Pa Hạ làm việc với Đại đội Biên phòng 999 của Quân đội nhân dân "
                             "Lào. Cũng trong ngày 5/3, hai đơn vị đã tổ chức lễ kết nghĩa.",
                             NULL),
                      "talks XXXX-03-05 [VN LA]; exchange XXXX-03-05 [VN LA]");
  /* Obligations signed ("ký kết nghĩa vụ") are no twinning. */
  assert_string_equal(events("Ngày 8/4, hai đơn vị của Việt Nam và Lào đã ký kết nghĩa vụ phối hợp.", NULL), "");
}

/* "Trước đó, ..." opening a sentence tells what happened before the story's
 * happening: done, with "đã" or without, and another one than the story's
 * of its kind unless someone named in it is the same; a visit or a ship's
 * call lasts days, so a call on a unit "before that" is part of the stay. */
static void test_what_happened_before_that(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 9/3, Bộ Chỉ huy Quân sự tỉnh Điện Biên đã trao tặng Bộ Chỉ huy Quân sự tỉnh Phông "
                             "Sa Lỳ (Lào) 300 bộ quân phục. Trước đó, Bộ Chỉ huy Quân sự tỉnh Lai Châu trao tặng "
                             "Đại đội Biên phòng 502 (Lào) hai máy phát điện.",
                             NULL),
                      "exchange XXXX-03-09 [VN LA]; exchange null [VN LA]");
  assert_string_equal(events("Ngày 20/11, Sư đoàn 9 tổ chức họp mặt kỷ niệm ngày truyền thống. Trước đó, Sư đoàn tổ "
                             "chức giao hữu bóng đá với một tiểu đoàn của Quân đội Hoàng gia Campuchia.",
                             NULL),
                      "exchange null [VN KH]");
  /* talks told again after "Trước đó" by who held them: the same talks */
  assert_string_equal(events("Thượng tướng Trần Văn Bình hội đàm với Thiếu tướng Somsak Phanthong. Chiều 2/8, Đại "
                             "tướng Nguyễn Hữu Tài tiếp Thiếu tướng Somsak Phanthong, Phó Tổng Tham mưu trưởng Quân "
                             "đội nhân dân Lào. Trước đó, Thượng tướng Trần Văn Bình đã hội đàm với Thiếu tướng "
                             "Somsak Phanthong.",
                             NULL),
                      "talks null [VN LA]; reception XXXX-08-02 [VN LA]");
  assert_string_equal(events("Từ ngày 12 đến 14/9, Trung tướng Hà Minh Đức dẫn đầu đoàn đại biểu Quân khu 2 thăm "
                             "tỉnh Luang Namtha (Lào). Chiều 13/9, đoàn đã làm việc với Bộ Chỉ huy Quân sự tỉnh. "
                             "Trước đó, đoàn đã đến thăm Đại đội Biên phòng 211 (Lào).",
                             NULL),
                      "visit XXXX-09-12 [VN LA]; talks XXXX-09-13 [VN LA]");
}

/* Two counterpart forces' bilateral conference ("Hội nghị song phương lần
 * thứ 5 giữa A và B", "đồng chủ trì Hội nghị song phương") is their talks,
 * two-sided by its name: told with no foreign side, the story's other side;
 * one still to be held is none. */
static void test_a_bilateral_conference_is_talks(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 12/10, tại Đà Nẵng, Hội nghị song phương lần thứ 5 giữa Cảnh sát biển Việt Nam và "
                             "Lực lượng Bảo vệ bờ biển Ấn Độ đã diễn ra.",
                             NULL),
                      "talks XXXX-10-12 [VN IN]");
  assert_string_equal(events("Ngày 3/7, đoàn công tác Cảnh sát biển Việt Nam đã đến thăm Cảnh sát biển Malaysia. Chiều "
                             "cùng ngày, hai bên đồng chủ trì Hội nghị song phương.",
                             NULL),
                      "visit XXXX-07-03 [VN MY]; talks XXXX-07-03 [VN MY]");
  assert_string_equal(events("Hai bên sẽ tổ chức Hội nghị song phương lần thứ 6 tại Ấn Độ.", NULL), "");
}

/* A conference two sides hold together, a foreign one among them, is their
 * talks: its holders joined by "và" or "với" before "tổ chức", a foreign
 * side after "giữa", or co-chaired with a foreign side. A conference of
 * Vietnam's own, however many of its bodies hold it, is its meeting; one of
 * an organization's members is a forum of theirs; one still to be held is
 * none. */
static void test_a_conference_two_sides_hold_is_talks(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 12/10, tại Vinh, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào tổ chức Hội nghị sơ kết "
                             "5 năm hợp tác đào tạo.",
                             NULL),
                      "talks XXXX-10-12 [VN LA]");
  assert_string_equal(events("Sáng 12/10, Bộ Công an phối hợp với Bộ Nội vụ Campuchia tổ chức Hội nghị hợp tác phòng, "
                             "chống tội phạm lần thứ ba.",
                             NULL),
                      "talks XXXX-10-12 [VN KH]");
  assert_string_equal(events("Ngày 12/10, Bộ Chỉ huy Quân sự tỉnh Điện Biên và Bộ Chỉ huy Quân sự tỉnh Phông Sa Lỳ (Lào) "
                             "tổ chức Hội nghị tổng kết công tác phối hợp năm 2023.",
                             NULL),
                      "talks 2023-10-12 [VN LA]");
  assert_string_equal(events("Chiều 12/10, tại Tây Ninh, Bộ Tư lệnh Bộ đội Biên phòng chủ trì Hội nghị bàn tròn về quản "
                             "lý, bảo vệ biên giới giữa Bộ đội Biên phòng Việt Nam với Cục Biên giới Campuchia.",
                             NULL),
                      "talks XXXX-10-12 [VN KH]");
  assert_string_equal(events("Ngày 12/10, Hội nghị hợp tác các tỉnh biên giới lần thứ 5 đã được tổ chức tại Cần Thơ dưới "
                             "sự đồng chủ trì của Phó Thủ tướng Trần Văn Nam và Bộ trưởng Nội vụ Campuchia Chea Dara.",
                             NULL),
                      "talks XXXX-10-12 [VN KH]");
  assert_string_equal(events("Sáng 12/10, Đảng ủy và Bộ Tư lệnh Quân khu 9 tổ chức Hội nghị tổng kết công tác đối ngoại "
                             "quốc phòng năm 2023.",
                             NULL),
                      "meeting 2023-10-12 [VN]");
  assert_string_equal(events("Sáng 12/10, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào tổ chức Hội nghị Tham mưu trưởng "
                             "Lục quân các nước ASEAN.",
                             NULL),
                      "multilateral XXXX-10-12 [VN LA]");
  assert_string_equal(events("Năm tới, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào sẽ tổ chức Hội nghị sơ kết hợp tác.",
                             NULL),
                      "");
}

/* A named exercise told by its name alone is an exercise, of its name's
 * year, and one for the story however often named; beside a word of
 * exercising it is that one's name. */
/* Two happenings of one sentence with the same people ("cùng thăm đồn biên
 * phòng và chứng kiến tuần tra chung") are of one day: the one dated later
 * in the story dates the other. A visit or a dialogue the guest came for
 * ("tiếp X sang dự Đối thoại ...") lasts days: a sitting's day is not its. */
static void test_happenings_of_one_sentence_share_a_day(void **state) {
  (void)state;
  assert_string_equal(events("Trong khuôn khổ Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 3, Đại "
                             "tướng Nguyễn Văn An, Bộ trưởng Bộ Quốc phòng Việt Nam và Đại tướng Bounmy Keo, Bộ "
                             "trưởng Bộ Quốc phòng Lào đã cùng thăm đồn biên phòng và chứng kiến tuần tra chung của "
                             "lực lượng biên phòng hai nước.\n\nSáng 9/3, chương trình Giao lưu hữu nghị quốc phòng "
                             "biên giới Việt Nam - Lào lần thứ 3 tiếp tục diễn ra tại tỉnh Quảng Bình.",
                             "2026-03-10"),
                      "exchange 2026-03-09 [VN LA]; exercise 2026-03-09 [VN LA]");
  assert_string_equal(events("Chiều 12/4, tại Jakarta, Bộ trưởng Quốc phòng Indonesia Budi Santoso đã tiếp Thượng "
                             "tướng Trần Văn Bình, Thứ trưởng Bộ Quốc phòng Việt Nam sang dự Đối thoại Chính sách "
                             "quốc phòng Việt Nam - Indonesia lần thứ 5.",
                             "2026-04-13"),
                      "reception 2026-04-12 [VN ID]; dialogue null [VN ID]");
}

static void test_a_named_exercise_told_alone(void **state) {
  (void)state;
  assert_string_equal(events("Tàu hộ vệ tên lửa của Hải quân Việt Nam đã tham gia RIMPAC 2016 tại Hawaii cùng hải "
                             "quân Mỹ. Tại RIMPAC 2016, thủy thủ Việt Nam đã giao lưu với thủy thủ Mỹ.",
                             "2019-05-02"),
                      "exercise 2016 [VN US]");
  assert_string_equal(events("Sáng 14/6, ARDEX-21 khai mạc tại Viêng Chăn, Lào với sự tham gia của đội công binh "
                             "Việt Nam. ARDEX-21 kéo dài 5 ngày.",
                             "2022-02-02"),
                      "exercise 2021-06-14 [VN LA]");
  assert_string_equal(events("Ngày 4/7, tàu hộ vệ của Hải quân Việt Nam tham gia diễn tập RIMPAC 2016 tại Hawaii cùng "
                             "hải quân Mỹ.",
                             "2019-05-02"),
                      "exercise 2016-07-04 [VN US]");
}

/* A programme, a forum or an exercise dated by its first day ("Sáng 9/3,
 * ... khai mạc", "chính thức bắt đầu") and told again in a later sentence
 * with its span from that day ("diễn ra từ ngày 9 đến 12/3", "từ 9-12/3")
 * lasted the span, as a stay told twice does. */
static void test_a_span_told_later_from_the_day_told_is_its_end(void **state) {
  (void)state;
  const char *told[][2] = {
      {"Sáng 9/3, tại tỉnh An Giang, Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần thứ 5 chính "
       "thức bắt đầu. Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần thứ 5 được tổ chức từ ngày 9 "
       "đến 10/3 tại tỉnh An Giang và tỉnh Takeo.",
       "2031-03-09"},
      {"Sáng 9/3, tại Hà Nội, diễn ra lễ khai mạc diễn tập song phương giữa Việt Nam và Ấn Độ về gìn giữ hòa bình "
       "Liên hợp quốc năm 2031 (VINBAX 2031). Đợt diễn tập diễn ra từ 9-20/3, với sự tham gia của 200 cán bộ, chiến "
       "sĩ hai nước.",
       "2031-03-09"},
      {"Sáng 9/3, tại Hà Nội, diễn ra lễ khai mạc Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 30 (ACAMM-30). "
       "Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 30 diễn ra từ ngày 9 đến 11/3.",
       "2031-03-09"},
  };
  const char *end[] = {"2031-03-10", "2031-03-20", "2031-03-11"};
  for (size_t i = 0; i < sizeof told / sizeof *told; i++) {
    json_t *r = test_extract(told[i][0], told[i][1]);
    json_t *evs = test_list(r, "events");
    assert_int_equal(json_array_size(evs), 1);
    assert_string_equal(test_str(json_array_get(evs, 0), "date"), "2031-03-09");
    assert_string_equal(test_str(json_array_get(evs, 0), "date_end"), end[i]);
    json_decref(r);
  }
}

/* A country word that is a syllable of a place's name told by its kind
 * ("huyện Cẩm Mỹ", "khu di tích Mỹ Sơn", "huyện Mỹ Đức") names no state
 * taking part; the state told by its own name, or a quarter of it ("các tỉnh
 * Bắc Lào"), still does. */
/* "tại Kuala Lumpur (Malaysia)", "tại thủ đô Viêng Chăn (Lào)", "tại
 * Bangkok, Thái Lan, ...": the state in brackets, or closing a place told
 * after "tại" before a comma, says where the city is, as a
 * sideline meeting's news tells where the forum was; no side of the
 * meeting. A happening abroad with no other foreign side still has it. */
static void test_the_state_of_a_city_in_brackets_is_where(void **state) {
  (void)state;
  assert_string_equal(events("Chiều 1/11, bên lề Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng tại Kuala Lumpur (Malaysia), "
                             "Đại tướng Trần Văn Hùng đã gặp song phương Bộ trưởng Quốc phòng Nhật Bản Sato Kenji.",
                             "2025-11-02"),
                      "talks 2025-11-01 [VN JP]");
  assert_string_equal(events("Chiều 1/11, tại thủ đô Viêng Chăn (Lào), Đại tướng Trần Văn Hùng đã hội đàm với Bộ trưởng "
                             "Quốc phòng Campuchia Sok Vanna.",
                             "2025-11-02"),
                      "talks 2025-11-01 [VN KH]");
  assert_string_equal(event_country("Chiều 1/11, tại thủ đô Viêng Chăn (Lào), Đại tướng Trần Văn Hùng đã hội đàm với Bộ "
                                    "trưởng Quốc phòng Campuchia Sok Vanna.",
                                    "2025-11-02", 0),
                      "LA");
  /* so is one set off by commas after the city ("tại Kuala Lumpur, Malaysia, ..."); not one of a list of sides */
  assert_string_equal(events("Chiều 1/11, tại Kuala Lumpur, Malaysia, Đại tướng Trần Văn Hùng đã gặp song phương Bộ trưởng "
                             "Quốc phòng Nhật Bản Sato Kenji.",
                             "2025-11-02"),
                      "talks 2025-11-01 [VN JP]");
  assert_string_equal(events("Ngày 12/4, tại tỉnh Sê Kông (Lào), Bộ Chỉ huy Quân sự tỉnh Quảng Nam đã trao tặng 50 suất "
                             "quà cho nhân dân.",
                             "2024-04-13"),
                      "exchange 2024-04-12 [VN LA]");
}

/* "Cuộc hội đàm diễn ra trong bối cảnh Trung Quốc ...": what follows
 * "trong bối cảnh" (function_words.tsv background) is the setting of the
 * happening named before it; its states are no sides. One that opens the
 * sentence sets the scene of what follows. */
static void test_the_states_of_a_setting_are_no_sides(void **state) {
  (void)state;
  assert_string_equal(events("Ngày 12/3, tại Hà Nội, Đại tướng Trần Văn Hùng hội đàm với Bộ trưởng Quốc phòng Nhật Bản Sato "
                             "Kenji. Cuộc hội đàm diễn ra trong bối cảnh Trung Quốc tăng cường hoạt động trên Biển Đông.",
                             "2025-03-13"),
                      "talks 2025-03-12 [VN JP]");
  assert_string_equal(events("Trong bối cảnh tình hình khu vực phức tạp, ngày 12/3, tại Hà Nội, Đại tướng Trần Văn Hùng đã "
                             "hội đàm với Bộ trưởng Quốc phòng Nhật Bản Sato Kenji.",
                             "2025-03-13"),
                      "talks 2025-03-12 [VN JP]");
}

static void test_a_country_word_inside_a_place_name_is_no_party(void **state) {
  (void)state;
  const char *inside[] = {
      "Ngày 9/5, Đoàn đại biểu Quân đội Lào do Thiếu tướng Khăm-phăn Xay-nha-vông dẫn đầu đã thăm Trung đoàn 4 tại "
      "huyện Cẩm Mỹ, tỉnh Đồng Nai.",
      "Sáng 9/5, Bộ Chỉ huy Quân sự tỉnh Quảng Nam đón Đoàn đại biểu Quân đội Lào tới thăm khu di tích Mỹ Sơn.",
      "Ngày 9/5, Thượng tướng Hoàng Xuân Chiến tiếp Đoàn đại biểu Quân đội Lào tại huyện Mỹ Đức, Hà Nội.",
      "Ngày 9/5, Trung tướng Lê Văn Hùng tiếp Đoàn đại biểu Quân đội Lào tại thị xã Phú Mỹ.",
  };
  for (size_t i = 0; i < sizeof inside / sizeof *inside; i++) {
    const char *got = test_event_summary(inside[i], "2024-05-10");
    assert_non_null(strstr(got, "2024-05-09 ["));
    assert_non_null(strstr(got, "VN"));
    assert_non_null(strstr(got, "LA"));
    assert_null(strstr(got, "US"));
    assert_null(strstr(got, "DE"));
  }
  assert_non_null(strstr(test_event_summary("Ngày 9/5, Thượng tướng Hoàng Xuân Chiến tiếp Bộ trưởng Quốc phòng Mỹ "
                                            "tại huyện Mỹ Đức, Hà Nội.",
                                            "2024-05-10"),
                         "US"));
  assert_non_null(strstr(test_event_summary("Ngày 9/5, Bộ Chỉ huy Quân sự tỉnh Điện Biên hội đàm với đoàn đại biểu "
                                            "các tỉnh Bắc Lào.",
                                            "2024-05-10"),
                         "LA"));
}

/* Districts whose names hold a country's word, told with or without their
 * kind ("(Đông Anh, Hà Nội)", "xã Đông Anh", "(Chư Prông, Đức Cơ, Ia
 * Grai)"): places.tsv knows them, so they name no state taking part. */
static void test_a_district_named_with_a_country_word_is_no_party(void **state) {
  (void)state;
  const char *inside[] = {
      "Ngày 9/5, tại Trung tâm Hội chợ Triển lãm Quốc gia (Đông Anh, Hà Nội), Thượng tướng Hoàng Xuân Chiến tiếp "
      "Đoàn đại biểu Quân đội Lào.",
      "Ngày 9/5, tại xã Đông Anh, Thượng tướng Hoàng Xuân Chiến tiếp Đoàn đại biểu Quân đội Lào.",
      "Ngày 9/5, Bộ đội Biên phòng tỉnh Gia Lai tổ chức giao lưu hữu nghị với Quân đội Lào tại 3 huyện biên giới "
      "(Chư Prông, Đức Cơ, Ia Grai).",
  };
  for (size_t i = 0; i < sizeof inside / sizeof *inside; i++) {
    const char *got = test_event_summary(inside[i], "2024-05-10");
    assert_non_null(strstr(got, "2024-05-09 [VN LA]"));
    assert_null(strstr(got, "GB"));
    assert_null(strstr(got, "DE"));
  }
}

/* A happening's noun as the object of a verb of furthering ("tăng cường",
 * "thúc đẩy", "đẩy mạnh") or after "thông qua" names the practice, as in
 * English (test_events_en test_a_practice_furthered_is_no_happening). */
static void test_a_practice_furthered_is_no_happening_vi(void **state) {
  (void)state;
  assert_string_equal(events("Năm 2023, hai bên đã tăng cường đối thoại, trao đổi đoàn các cấp, Đại tá Nguyễn Văn Hải "
                             "cho biết.",
                             "2024-05-03"),
                      "");
  assert_string_equal(events("Năm 2022, hải quân hai nước đã đẩy mạnh tuần tra chung và diễn tập chung.", "2024-05-03"),
                      "");
  assert_string_equal(events("Năm 2022, hai bên đã giải quyết các vấn đề thông qua đối thoại và tham vấn.", "2024-05-03"),
                      "");
}

/* "held their dialogue on 14 June 2024, ... during the visit to Japan by
 * Minister X in 2023. The Vietnamese delegation (to the dialogue) was led by
 * Y": the delegations' heads told after are of the story's happening, not
 * of the past visit its sentence recalled in passing, nor of a past round
 * recalled after it. */
static void test_delegation_heads_after_a_visit_recalled_go_to_the_story_happening(void **state) {
  (void)state;
  assert_string_equal(participants("Vietnam and Japan held their seventh defence policy dialogue in Tokyo on 14 June 2024, "
                                   "building on the agreements reached during the visit to Japan by Vietnamese Defence "
                                   "Minister Tran Van Khoa in 2023. The Vietnamese delegation to the dialogue was led by "
                                   "Deputy Defence Minister Le Minh Tuan, while the Japanese delegation was headed by Vice "
                                   "Minister for International Affairs Hiroshi Tanaka."),
                      "dialogue:Le Minh Tuan|Hiroshi Tanaka; visit:Tran Van Khoa");
  assert_string_equal(participants("Vietnam and Singapore held defence policy talks in Hanoi on 3 October 2024, following up "
                                   "on the visit to Singapore by Vietnamese Defence Minister Pham Quoc Hung in March 2024. "
                                   "The Vietnamese side was led by Deputy Defence Minister Do Van Thanh, while the "
                                   "Singaporean side was headed by Permanent Secretary Daniel Koh."),
                      "dialogue:Do Van Thanh|Daniel Koh; visit:Pham Quoc Hung");
  /* A past round of the kind recalled in its own sentence: "the dialogue"
   * named back, and who spoke at it, are of the story's round. */
  assert_string_equal(participants("Vietnam and India held their 11th defence policy dialogue in New Delhi on 5 March 2024. "
                                   "The two sides reviewed the defence ties since the tenth dialogue in 2022. The "
                                   "Vietnamese delegation to the dialogue was led by Deputy Defence Minister Le Minh Tuan, "
                                   "while the Indian delegation was headed by Defence Secretary Rajesh Kumar."),
                      "dialogue:Le Minh Tuan|Rajesh Kumar; dialogue:");
  assert_string_equal(participants("Vietnam and the US held their defence policy dialogue in Washington on 5 March 2024. "
                                   "The two sides reviewed the outcomes of their previous dialogue in December 2023 in "
                                   "Hanoi. At the dialogue, Deputy Defence Minister Le Minh Tuan said the two sides should "
                                   "boost training."),
                      "dialogue:Le Minh Tuan; dialogue:");
}

/* A delegation or an official that "lên đường sang/tới/đến <nơi>" has begun
 * its visit there, whatever it goes to do ("để trao tặng quà"). Still a plan
 * after "sẽ"; a team sent to rescue is on its mission, no visit; a ship's
 * visit begins at the port it sails to. */
static void test_a_delegation_set_off_to_visit_has_begun_the_visit(void **state) {
  (void)state;
  assert_string_equal(events("Sáng 12/6, Đoàn đại biểu Học viện Lục quân do Thiếu tướng Phan Minh Đức dẫn đầu đã lên "
                             "đường sang Campuchia để thăm và làm việc với Học viện Quân sự Hoàng gia Campuchia.",
                             "2024-06-12"),
                      "visit 2024-06-12 [VN KH]");
  assert_string_equal(events("Chiều 12/6, đoàn công tác Cục Quân y lên đường đến Thủ đô Viêng Chăn để thăm hữu nghị "
                             "Lào.",
                             "2024-06-12"),
                      "visit 2024-06-12 [VN LA]");
  assert_string_equal(events("Sáng 12/6, Trung tướng Phan Minh Đức, Tư lệnh Quân khu 4 dẫn đầu Đoàn đại biểu Quân "
                             "khu 4 lên đường sang Lào để trao tặng quà cho Bộ Chỉ huy Quân sự tỉnh Hủa Phăn.",
                             "2024-06-12"),
                      "visit 2024-06-12 [VN LA]");
  assert_string_equal(events("Sáng 12/6, 60 cán bộ, chiến sĩ Quân đội nhân dân Việt Nam đã lên đường sang Philippines "
                             "tham gia cứu hộ, cứu nạn sau bão.",
                             "2024-06-12"),
                      "exchange 2024-06-12 [VN PH]");
  assert_string_equal(events("Ngày 20/6, Đoàn đại biểu Học viện Lục quân sẽ lên đường sang Campuchia để thăm và làm "
                             "việc với Học viện Quân sự Hoàng gia Campuchia.",
                             "2024-06-12"),
                      "");
  assert_string_equal(events("Sáng 12/6, Tàu 012 - Lý Thái Tổ rời Quân cảng Cam Ranh, lên đường sang Brunei để thăm "
                             "hữu nghị.",
                             "2024-06-12"),
                      "");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_reception),
      cmocka_unit_test(test_a_practice_furthered_is_no_happening_vi),
      cmocka_unit_test(test_anniversary_ceremony_held_abroad),
      cmocka_unit_test(test_a_delegation_exchanges_with_its_hosts),
      cmocka_unit_test(test_meetings_among_vietnamese_are_domestic),
      cmocka_unit_test(test_vietnamese_greeting_vietnamese_is_domestic),
      cmocka_unit_test(test_a_visit_to_a_unit_tagged_with_its_state),
      cmocka_unit_test(test_new_year_visit_to_a_neighbours_province),
      cmocka_unit_test(test_visit_with_gifts_and_greetings_goes_to_their_object),
      cmocka_unit_test(test_visit_to_the_staff_of_a_unit_abroad),
      cmocka_unit_test(test_the_two_ministers_are_the_pair_told_before),
      cmocka_unit_test(test_visitors_named_at_a_meeting_after_the_visit),
      cmocka_unit_test(test_the_exchange_has_the_host_of_its_welcome),
      cmocka_unit_test(test_the_meeting_has_the_visitors_of_the_visit),
      cmocka_unit_test(test_a_welcome_ceremony_is_held_on_a_visit),
      cmocka_unit_test(test_end_of_a_meeting_refers_back_to_it),
      cmocka_unit_test(test_what_a_document_is_about_is_no_happening),
      cmocka_unit_test(test_a_documents_topic_inside_its_name_is_no_happening),
      cmocka_unit_test(test_reception_words_that_name_places_or_citizens),
      cmocka_unit_test(test_a_meeting_at_home_on_other_work_is_no_event),
      cmocka_unit_test(test_plans_and_wishes_are_not_events),
      cmocka_unit_test(test_a_port_call_after_a_patrol_has_no_day_of_the_patrol),
      cmocka_unit_test(test_a_drill_after_a_ships_stay_is_on_its_last_day),
      cmocka_unit_test(test_a_day_still_to_come_is_a_plan),
      cmocka_unit_test(test_a_happening_told_undated_is_held_on_its_planned_days),
      cmocka_unit_test(test_a_meeting_a_proposal_was_made_at_in_a_past_month_was_held),
      cmocka_unit_test(test_two_sessions_of_a_dialogue_are_two_events),
      cmocka_unit_test(test_a_forum_a_proposal_was_made_at_met),
      cmocka_unit_test(test_the_act_an_invitation_asks_for_is_no_event),
      cmocka_unit_test(test_generic_plural_is_not_an_event),
      cmocka_unit_test(test_policy_without_anchor_is_not_an_event),
      cmocka_unit_test(test_one_happening_told_twice_is_one_event),
      cmocka_unit_test(test_two_talks_with_different_people_are_two_events),
      cmocka_unit_test(test_visit_and_talks_are_two_events),
      cmocka_unit_test(test_multilateral_meeting_with_mechanism),
      cmocka_unit_test(test_signing_needs_a_document),
      cmocka_unit_test(test_a_welcome_thanked_for_is_no_reception),
      cmocka_unit_test(test_date_of_subordinate_and_following_cues),
      cmocka_unit_test(test_a_visit_told_by_crossing_alone_has_the_sentence_day),
      cmocka_unit_test(test_the_army_chiefs_conference_of_the_indo_pacific_is_a_forum),
      cmocka_unit_test(test_the_western_pacific_naval_symposium_told_in_vietnamese),
      cmocka_unit_test(test_the_asean_service_chiefs_conferences_held_online),
      cmocka_unit_test(test_a_seminar_co_hosted_by_two_other_states),
      cmocka_unit_test(test_an_expert_groups_meeting_named_with_its_forum),
      cmocka_unit_test(test_a_chair_handed_over_is_one_forum_meeting),
      cmocka_unit_test(test_the_ministers_of_three_states_counted_meet_as_a_grouping),
      cmocka_unit_test(test_a_forum_told_as_planned_is_no_meeting),
      cmocka_unit_test(test_setting_out_for_the_china_asean_informal_meeting),
      cmocka_unit_test(test_asean_told_in_full_in_a_forums_name),
      cmocka_unit_test(test_counterparts_of_two_other_states_meet_without_vietnam),
      cmocka_unit_test(test_back_reference_gives_date),
      cmocka_unit_test(test_ship_visit_is_port_call),
      cmocka_unit_test(test_a_ship_visit_told_only_by_a_noun_is_a_port_call),
      cmocka_unit_test(test_a_visit_told_with_its_exchanges_is_the_visit),
      cmocka_unit_test(test_calls_at_ports_of_two_states_are_two_port_calls),
      cmocka_unit_test(test_a_year_opening_a_paragraph_dates_what_follows_it),
      cmocka_unit_test(test_a_voyage_to_several_states_is_a_port_call_in_each),
      cmocka_unit_test(test_civilian_vessels_make_no_port_call),
      cmocka_unit_test(test_modal_scope_and_its_end),
      cmocka_unit_test(test_attendance_refers_back),
      cmocka_unit_test(test_parts_of_a_day_are_two_events),
      cmocka_unit_test(test_meetings_with_several_partners_are_one_each),
      cmocka_unit_test(test_forum_hosted_by_the_chair_of_a_year),
      cmocka_unit_test(test_sidelines_of_a_forum_are_not_the_forum),
      cmocka_unit_test(test_crew_courtesy_calls_belong_to_the_port_call),
      cmocka_unit_test(test_a_caption_shows_its_own_sitting),
      cmocka_unit_test(test_a_caption_of_home_people_is_not_the_guests_reception),
      cmocka_unit_test(test_photo_caption_tells_an_event),
      cmocka_unit_test(test_who_takes_part),
      cmocka_unit_test(test_areas_belong_to_the_meeting),
      cmocka_unit_test(test_policy_verbs_govern_their_clause),
      cmocka_unit_test(test_forum_named_in_a_document_title_is_no_meeting),
      cmocka_unit_test(test_beside_another_meeting),
      cmocka_unit_test(test_date_phrase_across_a_comma),
      cmocka_unit_test(test_english_reports),
      cmocka_unit_test(test_patrols_handovers_and_exchanges),
      cmocka_unit_test(test_drills_twinning_and_remains_seen_off),
      cmocka_unit_test(test_twinning_signed),
      cmocka_unit_test(test_a_partner_named_by_its_province_alone),
      cmocka_unit_test(test_a_habit_of_both_sides_is_no_happening),
      cmocka_unit_test(test_review_of_twinning_work_is_a_meeting),
      cmocka_unit_test(test_what_happened_before_that),
      cmocka_unit_test(test_a_bilateral_conference_is_talks),
      cmocka_unit_test(test_a_neighbouring_provinces_police_is_the_other_side),
      cmocka_unit_test(test_remains_handed_and_received_at_the_border),
      cmocka_unit_test(test_arrivals_met_on_the_day_they_arrive),
      cmocka_unit_test(test_the_delegations_hosts_meet_it_on_the_day_of_its_visit),
      cmocka_unit_test(test_a_drill_named_first_is_held_on_the_day_after_its_verb),
      cmocka_unit_test(test_welcoming_ones_own_people_home_is_no_reception),
      cmocka_unit_test(test_gratitude_for_the_welcome_is_no_reception),
      cmocka_unit_test(test_a_happening_to_be_held_is_no_event),
      cmocka_unit_test(test_aid_sent_or_handed_over_symbolically),
      cmocka_unit_test(test_topics_and_schedules_are_not_reports),
      cmocka_unit_test(test_asean_meetings_and_forums_over_days),
      cmocka_unit_test(test_a_conference_of_an_organizations_members),
      cmocka_unit_test(test_attending_a_meeting_told_before),
      cmocka_unit_test(test_ships_arriving),
      cmocka_unit_test(test_foreign_ranks),
      cmocka_unit_test(test_gatherings_remains_and_held_happenings),
      cmocka_unit_test(test_crossing_over_to_visit),
      cmocka_unit_test(test_crossing_over_to_attend_is_a_visit),
      cmocka_unit_test(test_calls_and_visits_in_other_words),
      cmocka_unit_test(test_a_conference_named_only_hoi_nghi),
      cmocka_unit_test(test_ship_names_and_history),
      cmocka_unit_test(test_purposes_counted_ships_and_welcomers),
      cmocka_unit_test(test_a_stay_is_a_visit),
      cmocka_unit_test(test_hosts_welcome_the_ship),
      cmocka_unit_test(test_a_happening_named_in_passing_takes_the_sentence_date),
      cmocka_unit_test(test_a_place_and_its_state_do_not_end_the_clause),
      cmocka_unit_test(test_the_place_come_to_for_a_meeting_is_where_it_was_held),
      cmocka_unit_test(test_a_port_calls_city_after_its_abbreviated_word),
      cmocka_unit_test(test_a_venue_then_its_city),
      cmocka_unit_test(test_a_venue_of_another_state),
      cmocka_unit_test(test_an_address_told_down_to_an_unknown_district),
      cmocka_unit_test(test_what_follows_a_meeting_is_held_where_it_was),
      cmocka_unit_test(test_a_happening_told_taking_place_at_the_scene_set_before),
      cmocka_unit_test(test_the_other_side_of_exercises_and_joint_patrols),
      cmocka_unit_test(test_the_headline_tells_the_news),
      cmocka_unit_test(test_an_english_headline_tells_the_news_unless_it_is_a_plan),
      cmocka_unit_test(test_a_quoted_title_is_one_name),
      cmocka_unit_test(test_their_meeting_names_the_talks),
      cmocka_unit_test(test_a_meeting_names_any_meeting),
      cmocka_unit_test(test_an_aside_in_brackets_does_not_part_a_happening_from_its_day),
      cmocka_unit_test(test_who_speaks_or_presides_at_a_happening_takes_part),
      cmocka_unit_test(test_a_visit_told_without_visitors_is_made_by_the_guests_met),
      cmocka_unit_test(test_ships_named_after_officers_and_naval_groups),
      cmocka_unit_test(test_reviewing_the_honour_guard_is_a_welcome),
      cmocka_unit_test(test_each_side_says_who_attended),
      cmocka_unit_test(test_a_delegation_stands_for_its_visitors),
      cmocka_unit_test(test_who_acts_at_the_happening_took_part),
      cmocka_unit_test(test_courses_for_foreign_officers_are_exchanges),
      cmocka_unit_test(test_an_expert_group_meeting_is_one_meeting),
      cmocka_unit_test(test_a_year_in_review_and_commitments_are_no_events),
      cmocka_unit_test(test_an_office_named_before_its_holder),
      cmocka_unit_test(test_units_sent_on_missions),
      cmocka_unit_test(test_units_deployed_to_peacekeeping),
      cmocka_unit_test(test_coming_to_visit_and_work_is_a_visit),
      cmocka_unit_test(test_the_end_of_a_stay_is_the_same_stay),
      cmocka_unit_test(test_relief_missions_abroad),
      cmocka_unit_test(test_a_sitting_later_the_same_day_is_another),
      cmocka_unit_test(test_a_sitting_named_as_the_setting_is_talks),
      cmocka_unit_test(test_a_professional_exchange_held_is_an_exchange),
      cmocka_unit_test(test_a_joint_happening_someone_holds_was_held),
      cmocka_unit_test(test_habits_are_no_happenings),
      cmocka_unit_test(test_remains_buried_at_home),
      cmocka_unit_test(test_remains_handed_over_or_received),
      cmocka_unit_test(test_foreign_orders_handed_over),
      cmocka_unit_test(test_trips_of_state),
      cmocka_unit_test(test_online_meeting_told_by_a_noun),
      cmocka_unit_test(test_happenings_named_as_fields_of_work),
      cmocka_unit_test(test_a_pair_named_by_short_forms),
      cmocka_unit_test(test_courtesy_calls_and_audiences),
      cmocka_unit_test(test_a_delegation_travels_to_work),
      cmocka_unit_test(test_aid_works_and_experts_exchanged),
      cmocka_unit_test(test_a_port_of_call_as_one_stop_of_a_voyage),
      cmocka_unit_test(test_an_exercise_of_a_forum),
      cmocka_unit_test(test_courses_for_foreign_cadets),
      cmocka_unit_test(test_commands_named_by_their_provinces),
      cmocka_unit_test(test_friendship_games_of_border_units),
      cmocka_unit_test(test_a_members_forum_attended),
      cmocka_unit_test(test_talks_held_online_and_calls_to_congratulate),
      cmocka_unit_test(test_foreign_delegation_calls_at_a_vietnamese_unit),
      cmocka_unit_test(test_an_exchange_attended_and_one_announced),
      cmocka_unit_test(test_officers_sent_abroad_for_a_course),
      cmocka_unit_test(test_a_visit_under_way),
      cmocka_unit_test(test_a_show_attended_abroad_is_a_visit),
      cmocka_unit_test(test_talks_online_told_as_an_exchange_of_views),
      cmocka_unit_test(test_remains_handed_to_families_are_no_handover),
      cmocka_unit_test(test_a_ship_home_from_its_voyage_makes_no_port_call),
      cmocka_unit_test(test_a_homecoming_welcome_then_the_calls_of_the_voyage),
      cmocka_unit_test(test_a_ship_home_at_its_units_port_makes_no_port_call),
      cmocka_unit_test(test_a_patrol_told_ended_then_its_days_is_one),
      cmocka_unit_test(test_another_round_told_before_that_is_another_patrol),
      cmocka_unit_test(test_an_exercise_of_an_organizations_members),
      cmocka_unit_test(test_a_voyage_to_an_exercise_dates_only_its_year),
      cmocka_unit_test(test_the_ships_delegation_visits_as_a_port_call),
      cmocka_unit_test(test_a_welcome_at_a_port_is_the_ships),
      cmocka_unit_test(test_a_negation_in_brackets_governs_only_the_aside),
      cmocka_unit_test(test_a_ships_send_off_ends_its_port_call),
      cmocka_unit_test(test_the_international_army_games_are_an_exchange),
      cmocka_unit_test(test_a_year_naming_the_edition_leaves_the_day_told),
      cmocka_unit_test(test_an_unnamed_delegations_visit_abroad_is_vietnams),
      cmocka_unit_test(test_goods_received_from_a_foreign_giver),
      cmocka_unit_test(test_a_happening_told_as_held_in_the_past),
      cmocka_unit_test(test_a_seminar_of_two_sides),
      cmocka_unit_test(test_a_units_exchange_with_a_foreign_unit),
      cmocka_unit_test(test_a_rescue_force_in_an_exercise),
      cmocka_unit_test(test_a_named_exercise_told_alone),
      cmocka_unit_test(test_happenings_of_one_sentence_share_a_day),
      cmocka_unit_test(test_a_span_told_later_from_the_day_told_is_its_end),
      cmocka_unit_test(test_a_country_word_inside_a_place_name_is_no_party),
      cmocka_unit_test(test_the_state_of_a_city_in_brackets_is_where),
      cmocka_unit_test(test_the_states_of_a_setting_are_no_sides),
      cmocka_unit_test(test_a_district_named_with_a_country_word_is_no_party),
      cmocka_unit_test(test_a_conference_two_sides_hold_is_talks),
      cmocka_unit_test(test_delegation_heads_after_a_visit_recalled_go_to_the_story_happening),
      cmocka_unit_test(test_a_delegation_set_off_to_visit_has_begun_the_visit),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
