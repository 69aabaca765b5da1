/* SPDX-License-Identifier: MIT */
/* test_records.c - agreements, figures and relations. */
#include "support.h"

/* A document signed between Vietnamese bodies in a story naming no foreign
 * side is home work, no record; with a foreign side, or at a forum of
 * ASEAN, it is one. */
static void test_a_document_signed_between_vietnamese_bodies_is_none(void **state) {
  (void)state;
  json_t *r = test_extract("Sáng 12-5, Bộ Tư lệnh Vùng 3 Hải quân đã ký kết Biên bản ghi nhớ về phối hợp cứu hộ trên "
                           "biển với Bệnh viện Đa khoa tỉnh Quảng Ngãi.",
                           NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 0);
  json_decref(r);
  r = test_extract("Cục Quân y vừa ký Thỏa thuận về phối hợp khám chữa bệnh cho người dân vùng biển với Sở Y tế "
                   "thành phố Đà Nẵng.",
                   NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 0);
  json_decref(r);
  r = test_extract("Sáng 12-5, Bộ Tư lệnh Vùng 3 Hải quân đã ký kết Biên bản ghi nhớ về phối hợp cứu hộ trên "
                   "biển với Hải quân Hoàng gia Thái Lan.",
                   NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(json_string_value(json_array_get(json_object_get(json_array_get(ag, 0), "parties"), 1)), "TH");
  json_decref(r);
  r = test_extract("Các Trưởng Quan chức Quốc phòng cấp cao ASEAN đã ra Tuyên bố chung về hợp tác ứng phó thiên "
                   "tai tại cuộc họp ngày 20-3.",
                   NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 1);
  json_decref(r);
}

/* "một" before a lower-case kind is its article, as "a" is in English: the
 * document is the object of the signing ("ký một bản ghi nhớ về ...", "sẽ
 * ký một hiệp định ..."); "một" before a scale word is still a number. */
static void test_a_document_signed_with_mot_is_named(void **state) {
  (void)state;
  json_t *r = test_extract("Chiều 14-3, Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Hungary. Sau "
                           "hội đàm, hai bên đã ký một bản ghi nhớ về hợp tác đào tạo sĩ quan.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "kind"), "mou");
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "bản ghi nhớ về hợp tác đào tạo sĩ quan");
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  assert_string_equal(json_string_value(json_array_get(json_object_get(json_array_get(ag, 0), "parties"), 1)), "HU");
  json_decref(r);
  r = test_extract("Việt Nam và Hungary sẽ ký kết một thỏa thuận về hợp tác quân y vào cuối năm nay.", NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "kind"), "agreement");
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "planned");
  json_decref(r);
  /* no document, only a count in hundreds */
  r = test_extract("Hai bên đã ký một trăm bản ghi nhớ về hợp tác.", NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 0);
  json_decref(r);
}

/* "đối với" is "for", "with regard to": its "với" names no side of the
 * document after its title, which goes on ("Nghị định thư về ... đối với
 * gạo xuất khẩu từ Việt Nam sang ..."); "với" and a side still end it. */
static void test_doi_voi_in_a_title_names_no_side(void **state) {
  (void)state;
  json_t *r = test_extract("Chiều 9-6, hai Thứ trưởng đã chứng kiến lễ ký Nghị định thư về yêu cầu kiểm dịch đối với "
                           "thanh long xuất khẩu từ Việt Nam sang Hàn Quốc.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"),
                      "Nghị định thư về yêu cầu kiểm dịch đối với thanh long xuất khẩu từ Việt Nam sang Hàn Quốc");
  json_decref(r);
  r = test_extract("Hải quân Việt Nam đã ký Thỏa thuận về phối hợp tìm kiếm cứu nạn với Hải quân Hàn Quốc.", NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Thỏa thuận về phối hợp tìm kiếm cứu nạn");
  json_decref(r);
}

/* A document named with its sides, two other states ("Kế hoạch hợp tác
 * quân sự Belarus - Nga", "Hiệp ước ... giữa Trung Quốc và Nga"), told in a
 * story of Vietnam's relations, is none of Vietnam's; with Vietnam among
 * the sides, or an organization Vietnam may belong to, it is listed. */
static void test_a_document_named_by_two_other_states_is_none_of_vietnams(void **state) {
  (void)state;
  json_t *r = test_extract("Sáng 8-4, Thứ trưởng Bộ Quốc phòng Việt Nam tiếp Tùy viên Quốc phòng Kazakhstan. Tùy viên "
                           "cho biết kết quả Kế hoạch hợp tác quân sự Kazakhstan - Nga giai đoạn 2023-2025.",
                           NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 0);
  json_decref(r);
  r = test_extract("Sáng 8-4, Thứ trưởng Bộ Quốc phòng Việt Nam tiếp Đại sứ Mông Cổ. Đại sứ nhắc lại Hiệp ước hữu "
                   "nghị giữa Mông Cổ và Nga ký năm 1993.",
                   NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 0);
  json_decref(r);
  r = test_extract("Sáng 8-4, Thứ trưởng Bộ Quốc phòng Việt Nam tiếp Đại sứ Mông Cổ. Hai bên nhắc lại Hiệp định "
                   "hợp tác quốc phòng giữa Việt Nam và Mông Cổ ký năm 2000.",
                   NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(json_string_value(json_array_get(json_object_get(json_array_get(ag, 0), "parties"), 1)), "MN");
  json_decref(r);
}

/* Vietnamese tells the story's signing in the passive, the document first
 * ("Bản ghi nhớ ... giữa Việt Nam và X được ký kết tại ... sau hội đàm"):
 * signed, on the day of the happening; dated before the year of
 * publication, or told with no happening of the story, it exists. */
static void test_a_document_signed_in_the_vietnamese_passive(void **state) {
  (void)state;
  json_t *r = test_extract("Chiều 21-9, tại Nairobi, Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng "
                                     "Quốc phòng Kenya. Bản ghi nhớ về hợp tác gìn giữ hòa bình giữa Việt Nam và "
                                     "Kenya được ký kết tại Nairobi ngay sau hội đàm.",
                                     "2022-09-22");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Bản ghi nhớ về hợp tác gìn giữ hòa bình");
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  assert_string_equal(test_str(json_array_get(ag, 0), "date"), "2022-09-21");
  json_decref(r);
  r = test_extract("Chiều 21-9, tại Nairobi, Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc "
                             "phòng Kenya. Bản ghi nhớ về hợp tác gìn giữ hòa bình giữa hai nước được ký kết năm 2019.",
                             "2022-09-22");
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "existing");
  json_decref(r);
  r = test_extract("Chiều 21-9, tại Nairobi, Bộ trưởng Quốc phòng Việt Nam tiếp Đại sứ Kenya. Hiệp định về "
                             "hợp tác hàng hải đã được ký kết giữa hai nước là nền tảng quan trọng.",
                             "2022-09-22");
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "existing");
  json_decref(r);
}

/* "trao đổi về dự thảo Bản ghi nhớ A và ký kết Kế hoạch B": the draft is
 * A's, still to be signed; B, signed after it, is the story's signing
 * ("sẽ" before them both still plans B). */
static void test_a_draft_discussed_and_another_document_signed(void **state) {
  (void)state;
  json_t *r = test_extract("Chiều 4-10, tại Hà Nội, Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng "
                           "Slovakia. Hai bên đã thảo luận dự thảo Bản ghi nhớ về hợp tác quân y và ký kết Kế hoạch "
                           "hợp tác năm 2025.",
                           "2024-10-05");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "planned");
  assert_string_equal(test_str(json_array_get(ag, 1), "title"), "Kế hoạch hợp tác năm 2025");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "signed");
  json_decref(r);
  r = test_extract("Hai bên sẽ hoàn thiện dự thảo Bản ghi nhớ về hợp tác quân y và ký kết Kế hoạch hợp tác năm 2025.",
                   "2024-10-05");
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "planned");
  json_decref(r);
}

/* Years in brackets right after a document's name: a plan's are part of
 * its name and its period ("Kế hoạch ... (2023-2024)"); another document's
 * one year is when it was signed ("(năm 2012)", "(2016)"): told among the
 * documents signed before, it exists. */
static void test_years_in_brackets_after_a_title(void **state) {
  (void)state;
  json_t *r = test_extract("Chiều 2-11, Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Chile. Hai bên "
                           "đánh giá cao kết quả thực hiện Kế hoạch hợp tác quốc phòng (2023-2024).",
                           "2025-11-03");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  json_t *a = json_array_get(ag, 0);
  assert_string_equal(test_str(a, "title"), "Kế hoạch hợp tác quốc phòng (2023-2024)");
  assert_int_equal(json_integer_value(json_object_get(json_object_get(a, "period"), "from")), 2023);
  assert_int_equal(json_integer_value(json_object_get(json_object_get(a, "period"), "to")), 2024);
  json_decref(r);
  r = test_extract("Chiều 2-11, Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Chile. Hợp tác được "
                   "triển khai theo các văn bản đã ký kết, trong đó có Bản ghi nhớ về hợp tác quốc phòng (năm 2012) "
                   "và Tuyên bố chung về quan hệ đối tác toàn diện (2016).",
                   "2025-11-03");
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Bản ghi nhớ về hợp tác quốc phòng");
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "existing");
  assert_string_equal(test_str(json_array_get(ag, 0), "date"), "2012");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "existing");
  json_decref(r);
}

/* A numbered list of the documents signed goes on past an item that is no
 * document of a known kind ("2. Giấy chứng nhận ..."), its number told
 * alone: the items after it are signed too. */
static void test_a_numbered_list_goes_on_past_an_item_of_no_known_kind(void **state) {
  (void)state;
  json_t *r = test_extract("Chiều 5-3, hai Thủ tướng đã chứng kiến lễ ký 3 văn kiện hợp tác giữa hai nước, bao "
                           "gồm:\n\n1. Bản ghi nhớ về hợp tác đào tạo giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng "
                           "Mông Cổ.\n\n2. Giấy chứng nhận bàn giao công trình nhà ở cho Quân đội Mông Cổ.\n\n3. Bản "
                           "ghi nhớ về hợp tác quân y giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Mông Cổ.",
                           "2024-03-06");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "signed");
  json_decref(r);
}

/* Vietnamese lists a document's topics with commas and closes its name
 * with its sides ("Hiệp định về ... biên giới, cửa khẩu ... Việt Nam -
 * Campuchia"): the comma is inside the title. Not when the part after the
 * comma tells what the document means for the states' relations. */
static void test_a_title_goes_on_past_a_comma_to_its_sides(void **state) {
  (void)state;
  json_t *r = test_extract("Hai bên vận động nhân dân thực hiện nghiêm Hiệp định về quy chế quản lý biên giới, cửa "
                           "khẩu đường bộ Việt Nam - Campuchia và các văn bản liên quan.",
                           "2023-04-02");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"),
                      "Hiệp định về quy chế quản lý biên giới, cửa khẩu đường bộ Việt Nam - Campuchia");
  json_decref(r);
  r = test_extract("Chiều 1-4, Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Campuchia. Hai bên ký "
                   "Bản ghi nhớ về hợp tác quân y, mở ra giai đoạn mới trong quan hệ Việt Nam - Campuchia.",
                   "2023-04-02");
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Bản ghi nhớ về hợp tác quân y");
  json_decref(r);
  /* nor when another document is named after it, between two firms */
  r = test_extract("Chiều 1-4, hai nước đã ký kết Bản ghi nhớ về hợp tác năng lượng, Thỏa thuận khung giữa ABC và "
                   "PetroCampuchia.",
                   "2023-04-02");
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Bản ghi nhớ về hợp tác năng lượng");
  json_decref(r);
}

/* "Thực hiện thỏa thuận ... và biên bản hội đàm đã ký, hai bên ... chấp hành
 * nghiêm Nghị định thư ...": the verb of signing right after the first
 * documents is theirs; the documents after it are not signed by it, and a
 * word of policy ("đẩy mạnh") makes them no plan. */
static void test_a_signing_told_after_one_document_is_not_the_next_ones(void **state) {
  (void)state;
  json_t *r = test_extract("Thực hiện thỏa thuận hợp tác biên phòng và biên bản hội đàm đã ký, hai đơn vị đã đẩy mạnh "
                           "tuyên truyền, vận động nhân dân chấp hành nghiêm Nghị định thư về phân giới cắm mốc biên "
                           "giới Việt Nam - Campuchia.",
                           "2023-04-02");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 3);
  assert_string_equal(test_str(json_array_get(ag, 2), "kind"), "protocol");
  assert_string_equal(test_str(json_array_get(ag, 2), "status"), "existing");
  json_decref(r);
}

/* "Tuyên bố chung năm 2019 về ...": the year after the kind is when it was
 * signed, and the topic after it still names the document. */
static void test_a_topic_after_a_titles_year_names_it(void **state) {
  (void)state;
  json_t *r = test_extract("Chiều 30-10, hai Bộ trưởng ký Bản ghi nhớ về hợp tác quân y. Bản ghi nhớ nhằm hiện thực hóa "
                           "Tuyên bố chung năm 2019 về nâng cấp quan hệ Việt Nam - Singapore lên Đối tác chiến lược.",
                           "2025-10-31");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  json_t *a = json_array_get(ag, 1);
  assert_string_equal(test_str(a, "title"),
                      "Tuyên bố chung năm 2019 về nâng cấp quan hệ Việt Nam - Singapore lên Đối tác chiến lược");
  assert_string_equal(test_str(a, "date"), "2019");
  assert_true(json_is_null(json_object_get(a, "period")));
  json_decref(r);
}

/* A joint statement issued or adopted, told in lower case ("ra tuyên bố
 * chung về ..."), is a document as a capitalised one is; "trong tuyên bố
 * chung" alone names none. */
static void test_a_joint_statement_issued_in_lower_case(void **state) {
  (void)state;
  json_t *r = test_extract("Ngày 9-5, Việt Nam và Italy đã ra tuyên bố chung về việc nâng cấp quan hệ lên Đối tác "
                           "chiến lược toàn diện.",
                           "2025-05-10");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "kind"), "joint_statement");
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  json_decref(r);
  r = test_extract("Trong tuyên bố chung, hai bên nhấn mạnh hợp tác quốc phòng.", "2025-05-10");
  assert_int_equal(json_array_size(test_list(r, "agreements")), 0);
  json_decref(r);
}

/* "có kế hoạch ký ..." (has a plan to sign), told with "đang" too, makes
 * the document planned: "đang có" is a past marker only when no plan
 * follows it ("đang có chuyến thăm"). */
static void test_a_signing_with_co_ke_hoach_is_planned(void **state) {
  (void)state;
  const char *planned[] = {
      "Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Chile có kế hoạch ký Bản ghi nhớ về hợp tác đào tạo quân sự.",
      "Theo báo chí Chile, hai nước đang có kế hoạch ký kết Bản ghi nhớ về hợp tác đào tạo quân sự.",
  };
  for (size_t i = 0; i < sizeof planned / sizeof *planned; i++) {
    json_t *r = test_extract(planned[i], "2026-04-20");
    json_t *ag = test_list(r, "agreements");
    assert_int_equal(json_array_size(ag), 1);
    assert_string_equal(test_str(json_array_get(ag, 0), "status"), "planned");
    json_decref(r);
  }
}

/* The year of a signing told right past a quoted title ("“...” đã ký năm
 * 2016") or in brackets after it ("(ký năm 2016)", "(ký kết năm 2020)"
 * after a plan's years) is when the document was signed. */
static void test_a_signing_year_past_a_quote_or_in_brackets_dates_the_document(void **state) {
  (void)state;
  const char *told[] = {
      "Hai bên trao đổi biện pháp thúc đẩy hợp tác trên cơ sở “Bản ghi nhớ về hợp tác quốc phòng Việt Nam - "
      "Brazil” đã ký năm 2016.",
      "Hai bên ghi nhận kết quả thực hiện Bản ghi nhớ về hợp tác quốc phòng Việt Nam - Brazil (ký năm 2016).",
  };
  for (size_t i = 0; i < sizeof told / sizeof *told; i++) {
    json_t *r = test_extract(told[i], "2026-02-11");
    json_t *ag = test_list(r, "agreements");
    assert_int_equal(json_array_size(ag), 1);
    assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Bản ghi nhớ về hợp tác quốc phòng Việt Nam - Brazil");
    assert_string_equal(test_str(json_array_get(ag, 0), "status"), "existing");
    assert_string_equal(test_str(json_array_get(ag, 0), "date"), "2016");
    json_decref(r);
  }
  json_t *r = test_extract("Hai bên ghi nhận kết quả thực hiện Kế hoạch hợp tác quốc phòng Việt Nam - Brazil giai đoạn "
                           "2021-2025 (ký kết năm 2020).",
                           "2026-02-11");
  json_t *a = json_array_get(test_list(r, "agreements"), 0);
  assert_string_equal(test_str(a, "date"), "2020");
  assert_int_equal(json_integer_value(json_object_get(json_object_get(a, "period"), "from")), 2021);
  json_decref(r);
}

/* An adverb after a document's name ("cũng", "vẫn") starts what is told of
 * it: no word of its title. */
static void test_an_adverb_after_a_document_ends_its_title(void **state) {
  (void)state;
  json_t *r = test_extract("Bộ trưởng Quốc phòng Ấn Độ thăm Việt Nam từ ngày 2 đến 4-6. Bản ghi nhớ về hợp tác đào tạo "
                           "phi công cũng đã được ký kết trong chuyến thăm.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Bản ghi nhớ về hợp tác đào tạo phi công");
  json_decref(r);
  r = test_extract("Hai nước láng giềng Việt Nam và Lào cho rằng Hiệp định về hợp tác cứu hộ cứu nạn vẫn phát huy "
                   "hiệu quả.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Hiệp định về hợp tác cứu hộ cứu nạn");
  json_decref(r);
}

/* A number after a word of rank ("vòng 3", "Điều 5") is a round or a part,
 * not a count of the documents after it: the document is named; a number
 * after a verb still counts documents. */
static void test_a_rank_before_a_document_is_no_count(void **state) {
  (void)state;
  json_t *r = test_extract("Từ ngày 10 đến 12-9, tại Hà Nội đã diễn ra đàm phán vòng 3 Hiệp định Hợp tác tìm kiếm cứu "
                           "nạn trên biển giữa Việt Nam và Philippines.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Hiệp định Hợp tác tìm kiếm cứu nạn trên biển");
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "planned");
  json_decref(r);
  r = test_extract("Hai bên thống nhất thực hiện đúng Điều 5 Hiệp định về hợp tác nghề cá giữa Việt Nam và Indonesia.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Hiệp định về hợp tác nghề cá");
  json_decref(r);
  r = test_extract("Bộ Quốc phòng Việt Nam và Indonesia đã ký kết 3 Bản ghi nhớ về hợp tác.", NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 0);
  json_decref(r);
}

/* A kind told with a demonstrative ("Hiệp định này", "Bản ghi nhớ nói
 * trên") points back to the document named before: no document of its
 * own. */
static void test_a_document_told_with_a_demonstrative_is_the_one_before(void **state) {
  (void)state;
  json_t *r = test_extract("Việt Nam và Malaysia đã hoàn tất đàm phán về Hiệp định về hợp tác phòng chống ma túy. Hai "
                           "Bộ trưởng nhất trí sẽ sớm ký kết Hiệp định này.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Hiệp định về hợp tác phòng chống ma túy");
  json_decref(r);
  r = test_extract("Năm 2019, Việt Nam và Singapore ký Bản ghi nhớ về hợp tác an ninh mạng. Bản ghi nhớ nói trên là "
                   "cơ sở để hai bên trao đổi chuyên gia.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Bản ghi nhớ về hợp tác an ninh mạng");
  json_decref(r);
}

/* Vietnamese "với" and a side named by its state after a document's topic
 * tells whom it was signed with, no word of its title; "với" and no state
 * ("đối phó với ...") goes on. */
static void test_a_side_told_with_voi_ends_a_title(void **state) {
  (void)state;
  json_t *r = test_extract("Sáng 12-5, Bộ Tư lệnh Vùng 3 Hải quân đã ký kết Biên bản ghi nhớ về phối hợp cứu hộ trên "
                           "biển với Hải quân Hoàng gia Thái Lan.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Biên bản ghi nhớ về phối hợp cứu hộ trên biển");
  assert_string_equal(json_string_value(json_array_get(json_object_get(json_array_get(ag, 0), "parties"), 1)), "TH");
  json_decref(r);
  r = test_extract("Học viện Hậu cần đã ký Bản ghi nhớ về hợp tác đào tạo sĩ quan với Học viện Quân sự Mông Cổ.", NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Bản ghi nhớ về hợp tác đào tạo sĩ quan");
  json_decref(r);
  r = test_extract("Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Singapore đã ký Bản ghi nhớ về hợp tác ứng phó với "
                   "thảm họa thiên tai.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Bản ghi nhớ về hợp tác ứng phó với thảm họa thiên tai");
  json_decref(r);
}

/* The signed copies handed over in the plural ("trao đổi các văn kiện hợp
 * tác, gồm: ...", "lễ trao các văn kiện") sign the documents listed, as in
 * the singular ("trao đổi văn kiện"). */
static void test_documents_exchanged_in_the_plural_are_signed(void **state) {
  (void)state;
  json_t *r = test_extract("Sau hội đàm, hai Bộ trưởng Quốc phòng Việt Nam và Ấn Độ trao đổi các văn kiện hợp tác, gồm: "
                           "Bản ghi nhớ về hợp tác trong lĩnh vực quân y; Kế hoạch hợp tác quốc phòng năm 2025.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "signed");
  json_decref(r);
  r = test_extract("Hai Bộ trưởng Quốc phòng Việt Nam và Lào chứng kiến lễ trao các văn kiện hợp tác, gồm: Bản ghi nhớ "
                   "về hợp tác đào tạo; Nghị định thư về hợp tác quân y.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "signed");
  json_decref(r);
}

/* Where and before whom a Vietnamese document was signed, told after its
 * name, is no part of it: the happening ("trong chuyến thăm ...", "trong
 * cuộc hội đàm", "bên lề Hội nghị ..."), the occasion ("trong dịp ...")
 * and the witnesses ("dưới sự chứng kiến của ..."). */
static void test_a_signings_setting_and_witnesses_end_a_title(void **state) {
  (void)state;
  const char *texts[] = {
      "Việt Nam và Ireland đã ký Bản ghi nhớ về hợp tác huấn luyện hải quân trong chuyến thăm chính thức Ireland của "
      "Thượng tướng Nguyễn Văn A.",
      "Việt Nam và Ireland đã ký Bản ghi nhớ về hợp tác huấn luyện hải quân trong cuộc hội đàm tại Dublin.",
      "Việt Nam và Ireland đã ký Bản ghi nhớ về hợp tác huấn luyện hải quân bên lề Hội nghị ADMM+.",
      "Việt Nam và Ireland đã ký Bản ghi nhớ về hợp tác huấn luyện hải quân trong dịp kỷ niệm 30 năm quan hệ ngoại giao.",
      "Việt Nam và Ireland ký kết Bản ghi nhớ về hợp tác huấn luyện hải quân dưới sự chứng kiến của hai Bộ trưởng.",
      "Việt Nam và Ireland ký kết Bản ghi nhớ về hợp tác huấn luyện hải quân trước sự chứng kiến của hai Bộ trưởng.",
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    json_t *r = test_extract(texts[i], NULL);
    json_t *ag = test_list(r, "agreements");
    assert_int_equal(json_array_size(ag), 1);
    assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Bản ghi nhớ về hợp tác huấn luyện hải quân");
    json_decref(r);
  }
}

/* A Vietnamese document told first, its signing still to come after it
 * ("... sẽ được ký kết", "dự kiến được ký kết", "có thể được ký"), is
 * planned; told as the ground of another signing ("sẽ là cơ sở để ... ký
 * kết ..."), it is not. */
static void test_a_document_whose_signing_is_told_to_come_after_it_is_planned(void **state) {
  (void)state;
  const char *planned[] = {
      "Bản ghi nhớ về hợp tác huấn luyện hải quân giữa Việt Nam và Ireland sẽ được ký kết trong năm tới.",
      "Bản ghi nhớ về hợp tác huấn luyện hải quân giữa Việt Nam và Ireland dự kiến được ký kết vào tháng 12.",
      "Bản ghi nhớ về hợp tác huấn luyện hải quân giữa Việt Nam và Ireland có thể được ký trong chuyến thăm tới.",
  };
  for (size_t i = 0; i < sizeof planned / sizeof *planned; i++) {
    json_t *r = test_extract(planned[i], "2026-03-05");
    json_t *ag = test_list(r, "agreements");
    assert_int_equal(json_array_size(ag), 1);
    assert_string_equal(test_str(json_array_get(ag, 0), "status"), "planned");
    json_decref(r);
  }
  json_t *r = test_extract("Bản ghi nhớ về hợp tác huấn luyện hải quân giữa Việt Nam và Ireland sẽ là cơ sở để hai bên ký "
                           "kết các thỏa thuận cụ thể.",
                           "2026-03-05");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "existing");
  json_decref(r);
}

static void test_agreements_nested_and_listed(void **state) {
  (void)state;
  json_t *r = test_extract("Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Pháp đã ký kết Ý định thư về việc ký Tuyên bố "
                           "Tầm nhìn chung về hợp tác quốc phòng giai đoạn 2018-2020 và Thỏa thuận sửa đổi Thỏa "
                           "thuận hợp tác trong lĩnh vực thủy đạc, đại dương học và bản đồ hàng hải./.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 3);
  json_t *loi = json_array_get(ag, 0), *jvs = json_array_get(ag, 1), *amend = json_array_get(ag, 2);
  assert_string_equal(test_str(loi, "kind"), "letter_of_intent");
  assert_string_equal(test_str(loi, "status"), "signed");
  assert_true(json_is_null(json_object_get(loi, "period")));
  assert_string_equal(test_str(jvs, "kind"), "joint_vision_statement");
  assert_string_equal(test_str(jvs, "status"), "planned");
  assert_int_equal(json_integer_value(json_object_get(json_object_get(jvs, "period"), "from")), 2018);
  assert_int_equal(json_integer_value(json_object_get(json_object_get(jvs, "period"), "to")), 2020);
  assert_string_equal(test_str(amend, "title"), "Thỏa thuận sửa đổi Thỏa thuận hợp tác trong lĩnh vực thủy đạc, đại "
                                                "dương học và bản đồ hàng hải");
  assert_string_equal(json_string_value(json_array_get(json_object_get(amend, "areas"), 0)), "hydrography");
  assert_string_equal(json_string_value(json_array_get(json_object_get(amend, "parties"), 1)), "FR");
  json_decref(r);
}

static void test_list_of_documents_split(void **state) {
  (void)state;
  json_t *r = test_extract("Hai bên đã ký kết Thỏa thuận về hợp tác trong lĩnh vực khoa học quân sự, Kế hoạch trao "
                           "đổi đoàn năm 2019 giữa Bộ Quốc phòng hai nước.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Thỏa thuận về hợp tác trong lĩnh vực khoa học quân sự");
  assert_string_equal(test_str(json_array_get(ag, 1), "title"), "Kế hoạch trao đổi đoàn năm 2019");
  assert_int_equal(json_integer_value(json_object_get(json_object_get(json_array_get(ag, 1), "period"), "from")),
                   2019);
  json_decref(r);
}

/* Signed copies handed over ("trao đổi", "exchanged") right before a
 * document: that document is signed there, and after "và"/"and" it is a
 * document of its own, not words of the title before. */
static void test_documents_exchanged_are_signed(void **state) {
  (void)state;
  json_t *r = test_extract("Sau hội đàm, hai Bộ trưởng chứng kiến lễ ký Bản ghi nhớ về hợp tác quân y và trao đổi Kế "
                           "hoạch hợp tác năm 2026 giữa Bộ Quốc phòng hai nước Việt Nam và Ấn Độ.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Bản ghi nhớ về hợp tác quân y");
  assert_string_equal(test_str(json_array_get(ag, 1), "title"), "Kế hoạch hợp tác năm 2026");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "signed");
  json_decref(r);
  r = test_extract("Việt Nam và Ấn Độ đã ký Bản ghi nhớ về hợp tác quân y. Hai bên cũng trao đổi Nghị định thư về "
                   "hợp tác đào tạo.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 1), "title"), "Nghị định thư về hợp tác đào tạo");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "signed");
  json_decref(r);
  /* A talk about a document ("trao đổi về ...") hands none over. */
  r = test_extract("Việt Nam và Ấn Độ đã ký Bản ghi nhớ về hợp tác quân y năm 2015. Hai bên trao đổi về việc triển "
                   "khai Nghị định thư về hợp tác đào tạo.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "existing");
  json_decref(r);
}

/* A document told first in passing, then signed in the happening, is
 * signed (one document). */
static void test_document_told_then_signed_is_signed(void **state) {
  (void)state;
  json_t *r = test_extract("Defence Minister General Le Minh Khoi and his Cambodian counterpart Tea Seiha reviewed "
                           "their cooperation and agreed on a cooperation plan for this year during talks in Hanoi on "
                           "Sunday. Concluding the talks, the ministers inked the 2023 cooperation plan.",
                           "2023-02-20");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  json_decref(r);
}

static void test_existing_and_generic_documents(void **state) {
  (void)state;
  json_t *r = test_extract("Bản ghi nhớ về hợp tác quốc phòng đã ký năm 2009 là nền tảng. Việt Nam thực hiện các "
                           "hiệp định đã ký.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "existing");
  json_decref(r);
}

static const char *figures(const char *text) {
  static char buf[1024];
  json_t *r = test_extract(text, NULL);
  json_t *fs = test_list(r, "figures");
  size_t n = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < json_array_size(fs); i++) {
    json_t *f = json_array_get(fs, i);
    n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s=%lld/%s", i ? "; " : "", test_str(f, "metric"),
                          (long long)json_integer_value(json_object_get(f, "value")), test_str(f, "qualifier"));
  }
  json_decref(r);
  return buf;
}

static void test_figures_of_the_attache_network(void **state) {
  (void)state;
  assert_string_equal(figures("Đến nay, Việt Nam đã thiết lập quan hệ, hợp tác quốc phòng với hơn 80 nước và tổ "
                              "chức quốc tế; có 29 nước lập cơ quan tùy viên quân sự, tùy viên quốc phòng thường trú "
                              "tại Việt Nam và 22 nước kiêm nhiệm."),
                      "defense_partners=80/more_than; foreign_resident_attache_offices=29/exact; "
                      "foreign_concurrent_attache=22/exact");
  assert_string_equal(figures("Việt Nam đã mở 33 cơ quan Tùy viên Quốc phòng thường trú tại các nước và Liên hợp "
                              "quốc và có 53 quốc gia đặt cơ quan Tùy viên Quốc phòng tại Việt Nam."),
                      "resident_attache_offices_abroad=33/exact; foreign_resident_attache_offices=53/exact");
}

static void test_numbers_that_are_not_figures(void **state) {
  (void)state;
  assert_string_equal(figures("Nhiệm kỳ 2019-2022, đoàn gồm 18 nước và 37 doanh nghiệp."), "");
  /* Ministers of 18 states talking about defense cooperation are not 18 partners. */
  assert_string_equal(figures("Bộ trưởng Quốc phòng của 18 quốc gia cùng bàn thảo về hợp tác quốc phòng an ninh."), "");
}

static void test_partner_counts_follow_with(void **state) {
  (void)state;
  assert_string_equal(figures("Việt Nam có quan hệ quốc phòng với trên 100 quốc gia và vùng lãnh thổ."),
                      "defense_partners=100/more_than");
  /* The two sides of the story, and states not told as partners. */
  assert_string_equal(figures("Quan hệ hợp tác quốc phòng giữa Bộ Quốc phòng 2 nước phát triển tốt."), "");
  assert_string_equal(figures("Quan hệ quốc phòng của 3 nước láng giềng được bàn thảo."), "");
}

static void test_counts_of_documents_and_offices(void **state) {
  (void)state;
  assert_string_equal(figures("Năm qua, hai bên đã ký kết 12 văn bản hợp tác quốc phòng."),
                      "agreements_signed=12/exact");
  /* The office named between the count and its unit; a second count of
   * the same offices tells where they are. */
  assert_string_equal(figures("Vietnam has opened 33 defence attaché offices in 31 countries, while 47 countries "
                              "have opened their defence attaché offices in Vietnam."),
                      "resident_attache_offices_abroad=33/exact; foreign_resident_attache_offices=47/exact");
}

/* Vietnamese reviews of a province's or a ministry's foreign affairs count
 * delegations, documents and trainees as defence reviews do: only a word of
 * the military in the sentence or the one before makes them defence figures
 * (invented reviews). */
static void test_vietnamese_counts_need_a_word_of_defence(void **state) {
  (void)state;
  assert_string_equal(figures("Năm 2023, tỉnh đã đón 30 đoàn khách quốc tế và tổ chức 12 đoàn ra nước ngoài."), "");
  assert_string_equal(figures("Trong năm năm qua, các địa phương đã ký 310 thỏa thuận hợp tác với các đối tác nước "
                              "ngoài."),
                      "");
  assert_string_equal(figures("Từ năm 2010 đến nay, trường đã đào tạo hơn 2.000 học viên cho các nước bạn."), "");
  assert_string_equal(figures("Năm 2023, Bộ Quốc phòng đã đón 40 đoàn quân sự nước ngoài."), "other=40/exact");
  assert_string_equal(figures("Công tác đối ngoại của Quân khu 4 có nhiều kết quả. Năm 2023, đơn vị đã đón 15 đoàn "
                              "nước ngoài."),
                      "other=15/exact");
  assert_string_equal(figures("Năm 2023, toàn quân đã đón 90 đoàn nước ngoài."), "other=90/exact");
  assert_string_equal(figures("Năm 2023, BQP đã tổ chức 60 đoàn ra."), "other=60/exact");
}

/* The unit whose people are counted, named after "of": the number joined
 * to its first word by a hyphen is part of its name, not the end of the
 * count's words (invented deployments). */
static void test_a_units_name_after_of_is_read_whole(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nLast week, 61 staff members of the Level-2 Field Hospital "
                              "Rotation 9 left Hanoi for South Sudan."),
                      "peacekeepers_deployed=61/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nSo far, the army has sent seven rotations of Level-2 Field "
                              "Hospitals to UN peacekeeping missions."),
                      "other=7/exact");
}

/* A total told after its noun: "the number of", "tổng số" and a unit, then
 * the count after a word of reaching, also at the sentence's end; no such
 * word, or diplomatic partners, no figure (invented totals). */
static void test_a_count_told_after_its_noun(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nFive more officers left for UN peacekeeping missions on "
                              "Monday, bringing the total number of Vietnamese officers sent to UN peacekeeping "
                              "operations to 960."),
                      "peacekeepers_deployed=5/exact; peacekeepers_deployed=960/exact");
  assert_string_equal(figures("Năm 2024, Bộ Quốc phòng cử thêm 12 sĩ quan tham gia gìn giữ hòa bình Liên hợp quốc, "
                              "nâng tổng số quân nhân Việt Nam làm nhiệm vụ gìn giữ hòa bình lên hơn 900."),
                      "peacekeepers_deployed=12/exact; peacekeepers_deployed=900/more_than");
  assert_string_equal(figures("Vietnam's defence ties\n\nThe number of officers trained at the peacekeeping centre "
                              "rose by 15 percent."),
                      "");
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam established diplomatic relations with two more "
                              "states, bringing the total number of countries to 195."),
                      "");
}

/* A deal's ordinal counts the deals of the state Vietnam signed it with,
 * not Vietnam's (invented signing). */
static void test_a_deals_ordinal_is_its_signers_count(void **state) {
  (void)state;
  json_t *r = test_extract("Vietnam's defence ties\n\nIndonesia and Vietnam signed a defence equipment transfer "
                           "agreement on Monday. For Indonesia, the Vietnam deal is its 9th such agreement.",
                           "2024-03-12");
  json_t *fs = test_list(r, "figures");
  assert_int_equal(json_array_size(fs), 1);
  assert_string_equal(test_str(json_array_get(fs, 0), "metric"), "agreements_signed");
  assert_int_equal(json_integer_value(json_object_get(json_array_get(fs, 0), "value")), 9);
  assert_string_equal(test_str(json_array_get(fs, 0), "subject"), "ID");
  json_decref(r);
}

static void test_year_end_review_forms(void **state) {
  (void)state;
  /* The UN force named whole, the office called "Phòng", a document unit
   * that is also a phrase of its own, a word between count and unit. */
  assert_string_equal(figures("Năm qua, Việt Nam đã cử 180 cán bộ, nhân viên tham gia lực lượng gìn giữ hòa bình "
                              "Liên hợp quốc."),
                      "peacekeepers_deployed=180/exact");
  assert_string_equal(figures("Hiện nay, ta có 35 Phòng Tùy viên Quốc phòng tại các nước."),
                      "resident_attache_offices_abroad=35/exact");
  assert_string_equal(figures("Việt Nam đã ký hơn 90 văn kiện hợp tác quốc phòng với các đối tác."),
                      "agreements_signed=90/more_than");
  assert_string_equal(figures("Vietnam's defence ties\n\nThe two ministries have signed 14 cooperation documents on "
                              "defence, and 49 foreign defence attaché offices are open in Hanoi."),
                      "agreements_signed=14/exact; foreign_resident_attache_offices=49/exact");
}

static void test_peacekeeping_body_is_no_deployment(void **state) {
  (void)state;
  /* A delegation from the peacekeeping centre, not peacekeepers deployed. */
  assert_string_equal(figures("Đoàn gồm 27 cán bộ của Trung tâm Gìn giữ hòa bình Việt Nam sang Ấn Độ diễn tập."), "");
  assert_string_equal(figures("Trong 5 năm, đã có 120 lượt sĩ quan, nhân viên tham gia gìn giữ hòa bình Liên hợp "
                              "quốc."),
                      "peacekeepers_deployed=120/exact");
}

/* Vietnam's units on UN missions are named, not described: a count of
 * their members is of peacekeepers deployed; a count of turns of units is
 * of rotations (invented units and counts). */
static void test_units_on_un_missions(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nThe remaining 140 members of Vietnam's Engineering Unit "
                              "Rotation 3 arrived in Abyei on Sunday."),
                      "peacekeepers_deployed=140/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nLevel-2 Field Hospital Rotation 6 left Hanoi on May 2 with "
                              "61 members."),
                      "peacekeepers_deployed=61/exact");
  assert_string_equal(figures("Đội Công binh số 3 gồm 180 quân nhân đã lên đường sang Abyei."),
                      "peacekeepers_deployed=180/exact");
  assert_string_equal(figures("Bệnh viện dã chiến cấp 2 số 8 với 62 cán bộ, nhân viên đã lên đường."),
                      "peacekeepers_deployed=62/exact");
  assert_string_equal(figures("Việt Nam đã cử 5 lượt đơn vị luân phiên tham gia gìn giữ hòa bình Liên hợp quốc."),
                      "other=5/exact");
  /* A field hospital at home, in lower case, sends no one abroad. */
  assert_string_equal(figures("Bệnh viện dã chiến số 3 có 90 nhân viên y tế phục vụ người dân vùng lũ."), "");
}

/* Counts told with a scale word after a number, spelled or in digits. */
static void test_counts_with_scale_words(void **state) {
  (void)state;
  assert_string_equal(figures("Việt Nam có quan hệ quốc phòng với hơn một trăm quốc gia trên thế giới."),
                      "defense_partners=100/more_than");
  assert_string_equal(figures("Vietnam has defence ties with more than a hundred countries."),
                      "defense_partners=100/more_than");
  assert_string_equal(figures("Việt Nam đã cử khoảng 1 nghìn lượt cán bộ tham gia lực lượng gìn giữ hòa bình "
                              "Liên hợp quốc."),
                      "peacekeepers_deployed=1000/about");
  assert_string_equal(figures("Việt Nam đã cử hơn 1,1 nghìn lượt sĩ quan tham gia gìn giữ hòa bình Liên hợp quốc."),
                      "peacekeepers_deployed=1100/more_than");
  assert_string_equal(figures("Vietnam has sent nearly 1.2 thousand officers to UN peacekeeping missions."),
                      "peacekeepers_deployed=1200/about");
  assert_string_equal(figures("Việt Nam có quan hệ quốc phòng với gần hai trăm nước và vùng lãnh thổ."),
                      "defense_partners=200/about");
  /* A scale word with no number before it counts nothing: "hàng chục",
   * "hàng trăm", "hundreds of". */
  assert_string_equal(figures("Việt Nam có quan hệ quốc phòng với hàng chục quốc gia."), "");
  assert_string_equal(figures("Việt Nam đã cử hàng trăm lượt sĩ quan tham gia gìn giữ hòa bình Liên hợp quốc."), "");
  assert_string_equal(figures("Vietnam has sent hundreds of officers to UN peacekeeping missions."), "");
  /* "một" alone is no count: "một nước" */
  assert_string_equal(figures("Việt Nam có quan hệ quốc phòng với một quốc gia láng giềng."), "");
}

static void test_spelled_numbers(void **state) {
  (void)state;
  assert_string_equal(figures("Năm 2018, Hàn Quốc đã chuyển giao cho Việt Nam hai tàu tuần tra."), "other=2/exact");
  assert_string_equal(figures("The US Navy has transferred three patrol vessels to the Vietnam Coast Guard."), "other=3/exact");
  /* Not a count: an ordinal, and a number with no unit after it. */
  assert_string_equal(figures("Tàu được chuyển giao cho Việt Nam lần thứ hai."), "");
  assert_string_equal(figures("Hai bên đã chuyển giao tàu tuần tra."), "");
}

/* English numbers above ten spelled out, the tens joined to a units word
 * by a hyphen: one number, not the units word alone ("twenty-five" was
 * read 5). */
static void test_spelled_tens(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam has defence ties with more than 80 countries. Forty-two countries have opened "
                              "defence attaché offices in Vietnam."),
                      "defense_partners=80/more_than; foreign_resident_attache_offices=42/exact");
  assert_string_equal(figures("Vietnam has so far sent twenty-five officers to UN peacekeeping missions."),
                      "peacekeepers_deployed=25/exact");
  assert_string_equal(figures("Vietnam has so far sent thirty-one officers to UN peacekeeping missions."),
                      "peacekeepers_deployed=31/exact");
  assert_string_equal(figures("Vietnam has so far sent twelve officers to UN peacekeeping missions."),
                      "peacekeepers_deployed=12/exact");
  assert_string_equal(figures("Vietnam has so far sent forty officers to UN peacekeeping missions."),
                      "peacekeepers_deployed=40/exact");
  /* with no unit after it, no count: a score, an age */
  assert_string_equal(figures("The UN peacekeeping officers won twenty-one to nine."), "");
}

/* Doctors are people counted, and "medical" may stand between a count
 * and its unit (invented departures for a UN mission). */
static void test_doctors_counted(void **state) {
  (void)state;
  assert_string_equal(figures("Thirty-one Vietnamese military doctors left Hanoi on Monday to join the UN peacekeeping "
                              "mission in South Sudan."),
                      "peacekeepers_deployed=31/exact");
  assert_string_equal(figures("On Tuesday, 28 medical personnel left Vietnam to join the UN peacekeeping mission in "
                              "South Sudan."),
                      "peacekeepers_deployed=28/exact");
}

/* People counted going to a UN mission's place are peacekeepers sent
 * there, when their sentence names no mission but the story does (invented
 * departures); people there in a story of no peacekeeping are not. */
static void test_mission_places(void **state) {
  (void)state;
  assert_string_equal(figures("Bệnh viện dã chiến cấp 2 số 9 lên đường làm nhiệm vụ gìn giữ hòa bình Liên hợp quốc. "
                              "Trước đó, đợt 1 với 35 cán bộ, chiến sĩ đã sang Nam Sudan."),
                      "peacekeepers_deployed=35/exact");
  assert_string_equal(figures("Vietnam's level-2 field hospital serves the UN peacekeeping mission. In October, 61 Vietnamese "
                              "doctors arrived in South Sudan to man the hospital."),
                      "peacekeepers_deployed=61/exact");
  /* the hospital's short name, "BVDC", tells a unit on a UN mission in such
   * a story (the count was lost), and tells nothing in a story of none */
  assert_string_equal(figures("Sáng 3/10, Bộ Quốc phòng tổ chức lễ xuất quân lực lượng gìn giữ hòa bình Liên hợp quốc. "
                              "BVDC 2.9 gồm 61 quân nhân, được tuyển chọn từ nhiều đơn vị trong toàn quân."),
                      "peacekeepers_deployed=61/exact");
  assert_string_equal(figures("Bộ Quốc phòng tổ chức lễ xuất quân. BVDC 2.9 gồm 61 cán bộ, nhân viên y tế, thay thế "
                              "BVDC 2.8 tại Phái bộ UNMISS."),
                      "peacekeepers_deployed=61/exact");
  assert_string_equal(figures("Bộ Quốc phòng tổ chức diễn tập phòng chống dịch. BVDC số 3 gồm 90 cán bộ, nhân viên y tế."),
                      "");
  /* in a story that names no peacekeeping, people there are not peacekeepers */
  assert_string_equal(figures("Đại sứ quán cho biết 15 cán bộ ngoại giao Việt Nam tại Nam Sudan đều an toàn."), "");
}

/* Vietnamese news writes "sĩ" also "sỹ": "sỹ quan", "chiến sỹ" are the
 * units "sĩ quan", "chiến sĩ" are (the count was lost). */
static void test_si_written_sy(void **state) {
  (void)state;
  assert_string_equal(figures("Sáng 5/3, Bộ Quốc phòng trao quyết định cho 5 sỹ quan đi làm nhiệm vụ gìn giữ hòa bình "
                              "Liên hợp quốc."),
                      "peacekeepers_deployed=5/exact");
  assert_string_equal(figures("Sáng 5/3, Bộ Quốc phòng tiễn 70 cán bộ, chiến sỹ lên đường làm nhiệm vụ gìn giữ hòa bình "
                              "tại Phái bộ UNMISS."),
                      "peacekeepers_deployed=70/exact");
}

/* A Vietnamese number opening its sentence is capitalised ("Ba tàu tuần
 * tra ..."): a count when a unit follows; elsewhere a capitalised "Ba" is
 * a name. */
static void test_number_opening_its_sentence(void **state) {
  (void)state;
  assert_string_equal(figures("Ba tàu tuần tra cao tốc đã được Hàn Quốc bàn giao cho Cảnh sát biển Việt Nam."),
                      "other=3/exact");
  assert_string_equal(figures("- Bốn sỹ quan đã lên đường làm nhiệm vụ gìn giữ hòa bình tại Phái bộ UNMISS."),
                      "peacekeepers_deployed=4/exact");
  /* not opening its sentence: no count */
  assert_string_equal(figures("Theo ông Ba tàu tuần tra cao tốc đã được Hàn Quốc bàn giao cho Cảnh sát biển."), "");
  /* opening it with no unit after it: no count */
  assert_string_equal(figures("Hai bên đã bàn giao tàu tuần tra cao tốc."), "");
}

/* People counted among the peacekeepers counted before them in the
 * sentence ("trong đó có 20 nữ quân nhân", "including 40 women officers")
 * are some of them, not more sent (they were, when a peacekeeping word
 * followed them). */
static void test_peacekeepers_counted_among_others(void **state) {
  (void)state;
  assert_string_equal(figures("Sáng 5/3, Bộ Quốc phòng tiễn Đội Công binh số 9 với 200 quân nhân, trong đó có 20 nữ quân "
                              "nhân, lên đường làm nhiệm vụ gìn giữ hòa bình tại Phái bộ UNISFA."),
                      "peacekeepers_deployed=200/exact");
  assert_string_equal(figures("Vietnam has sent 300 personnel to UN peacekeeping missions, including 40 women officers in "
                              "the UN mission in South Sudan."),
                      "peacekeepers_deployed=300/exact");
  /* the share told as a list: each part after a comma or "and" is one
   * too (the second part was read as more sent), and "trong đó" alone
   * opens a share as "trong đó có" does */
  assert_string_equal(figures("Trong 10 năm qua, Việt Nam đã cử hơn 900 sĩ quan tham gia gìn giữ hòa bình Liên hợp "
                              "quốc, trong đó có 15 sĩ quan công an, gần 120 nữ quân nhân làm nhiệm vụ tại các phái "
                              "bộ."),
                      "peacekeepers_deployed=900/more_than");
  assert_string_equal(figures("Đội Công binh số 9 có 190 cán bộ, chiến sĩ, trong đó 170 quân nhân mới và 20 quân nhân "
                              "từ Đội Công binh số 8, sẽ làm nhiệm vụ tại Phái bộ UNISFA."),
                      "peacekeepers_deployed=190/exact");
  assert_string_equal(figures("Vietnam has sent 300 personnel to UN peacekeeping missions, including 40 women officers "
                              "and 25 police officers."),
                      "peacekeepers_deployed=300/exact");
  /* a count of its own after a count of partners, as before */
  assert_string_equal(figures("Việt Nam đã có quan hệ quốc phòng với hơn 100 quốc gia, bao gồm 5 nước là Ủy viên thường "
                              "trực Hội đồng Bảo an."),
                      "defense_partners=100/more_than; other=5/exact");
}

/* Patrol boats handed over are ships transferred; a rescue boat given to
 * flooded villages is not (invented handovers). */
static void test_patrol_boats_transferred(void **state) {
  (void)state;
  assert_string_equal(figures("Sáng nay, phía Hoa Kỳ đã chuyển giao 12 xuồng tuần tra cho Bộ đội Biên phòng Việt Nam."),
                      "other=12/exact");
  assert_string_equal(figures("Phía Nhật Bản bàn giao bốn xuồng cao tốc cho Cảnh sát biển Việt Nam."), "other=4/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nThe US Embassy handed over six patrol boats to the Vietnam "
                              "Coast Guard on Monday."),
                      "other=6/exact");
  /* an English count opening its sentence is capitalised, from "Two" to
   * "Ten" (only "Two" to "Five" were read) */
  assert_string_equal(figures("Vietnam's defence ties\n\nSeven patrol vessels were handed over by the partner's "
                              "embassy to the Vietnam Coast Guard on Monday."),
                      "other=7/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nTen patrol boats built by the partner's shipyard were "
                              "transferred to the Vietnam Coast Guard."),
                      "other=10/exact");
  assert_string_equal(figures("Quân khu đã trao tặng 10 xuồng cứu hộ cho bà con vùng lũ."), "");
}

/* A ship's tonnage or length told after the count's unit is no count and
 * does not end its window: the handover told after it still tells what
 * the count is of; a tonnage alone is no count (invented sentences). */
static void test_a_measure_after_the_unit_does_not_end_the_count(void **state) {
  (void)state;
  assert_string_equal(figures("Hai tàu tuần tra loại 800 tấn đã được phía bạn bàn giao cho Cảnh sát biển Việt Nam."),
                      "other=2/exact");
  assert_string_equal(figures("Sáng nay, 4 tàu tuần tra lớp 1.200 tấn (dài 65 m) đã được chuyển giao cho Hải quân."),
                      "other=4/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam received five patrol vessels of 1,200 tons that were "
                              "transferred by the partner's coast guard."),
                      "other=5/exact");
  assert_string_equal(figures("Tàu có lượng giãn nước 3.000 tấn, được bàn giao năm ngoái."), "");
  /* a count with no handover told stays none */
  assert_string_equal(figures("Hai tàu hải quân loại 3.000 tấn đã cập cảng Cam Ranh."), "");
}

/* English remains recovered over a span are counted as the Vietnamese
 * "hài cốt" are ("sets of remains", "remains"); one handover's remains are
 * no total, even told with "a total of" / "tổng cộng" (invented
 * sentences). */
static void test_english_remains_recovered_over_a_span(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nSince 1990, the province's search team has repatriated more "
                              "than 2,100 sets of remains of volunteer soldiers who died in the neighbouring country."),
                      "other=2100/more_than");
  assert_string_equal(figures("Vietnam's defence ties\n\nSince 1985, the military command has found and brought home "
                              "950 remains of fallen soldiers."),
                      "other=950/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nA ceremony was held on Monday to repatriate 14 sets of "
                              "remains of volunteer soldiers."),
                      "");
  /* a total alone may be one handover's: no span, no count */
  assert_string_equal(figures("Vietnam's defence ties\n\nA total of 60 sets of remains of volunteer soldiers were "
                              "returned to Vietnam on Monday."),
                      "");
  assert_string_equal(figures("Tại buổi lễ, hai bên đã bàn giao tổng cộng 34 hài cốt liệt sĩ."), "");
  /* with a span besides it, a total */
  assert_string_equal(figures("Vietnam's defence ties\n\nSince 1994, the team has repatriated a total of 1,500 sets "
                              "of remains."),
                      "other=1500/exact");
}

/* English tells a span by its two years ("from 2005 to 2019", "between
 * 2012 and 2021", "from 2001 to June 2018"), as "since" tells one: remains
 * recovered over it are a total. Ships given as a gift ("tặng") are ships
 * transferred, "tăng" (to increase) is not that word; doctors counted in
 * Vietnamese ("bác sĩ") are people (invented sentences). */
static void test_a_span_of_two_years_ships_given_and_doctors_counted(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nFrom 2005 to 2019, the provincial team found and repatriated "
                              "310 sets of remains of volunteer soldiers."),
                      "other=310/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nBetween 2012 and 2021, the province received 180 sets of "
                              "remains of fallen soldiers from the neighbouring country."),
                      "other=180/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nFrom 2001 to June 2018, the search team brought home more "
                              "than 400 sets of remains."),
                      "other=400/more_than");
  /* one year alone, or a season, tells no span */
  assert_string_equal(figures("Vietnam's defence ties\n\nThe team, set up in 2000, repatriated 25 sets of remains on "
                              "Monday."),
                      "");
  assert_string_equal(figures("Vietnam's defence ties\n\nA ceremony was held to repatriate 12 sets of remains found "
                              "in the 2019-2020 dry season."),
                      "");
  assert_string_equal(figures("Năm ngoái, phía bạn đã tặng cho Hải quân Việt Nam 2 tàu tuần tra."), "other=2/exact");
  assert_string_equal(figures("Hải quân đã tăng cường 3 tàu tuần tra cho vùng biển phía Nam."), "");
  assert_string_equal(figures("Ngày 5/10, 30 bác sĩ của Bệnh viện dã chiến cấp 2 số 3 đã lên đường sang Nam Sudan làm "
                              "nhiệm vụ gìn giữ hòa bình Liên hợp quốc."),
                      "peacekeepers_deployed=30/exact");
  assert_string_equal(figures("Bệnh viện quân y của tỉnh có 40 bác sĩ và 120 nhân viên."), "");
}

/* UN peacekeepers are "mũ nồi xanh" (blue berets) in Vietnamese news: the
 * people counted with the name are peacekeepers, with no other word of
 * peacekeeping in the sentence; level-2 field hospitals counted are
 * rotations (invented sentences). */
static void test_blue_berets_and_field_hospitals_counted(void **state) {
  (void)state;
  assert_string_equal(figures("Hơn một nghìn chiến sĩ mũ nồi xanh đã lên đường làm nhiệm vụ quốc tế."),
                      "peacekeepers_deployed=1000/more_than");
  assert_string_equal(figures("Sáng nay, 120 chiến sĩ mũ nồi xanh của Việt Nam đã lên đường sang châu Phi."),
                      "peacekeepers_deployed=120/exact");
  /* level-2 field hospitals counted in lower case are the UN hospital's
   * rotations; a date's number before the capitalised name of one, or
   * before the name in lower case, counts none */
  assert_string_equal(figures("Tính đến nay, Việt Nam đã triển khai 6 bệnh viện dã chiến cấp 2 tới Phái bộ Liên hợp "
                              "quốc."),
                      "other=6/exact");
  assert_string_equal(figures("Ngày 5/11 Bệnh viện dã chiến cấp 2 số 3 đã lên đường sang Nam Sudan làm nhiệm vụ gìn "
                              "giữ hòa bình."),
                      "");
  assert_string_equal(figures("Ngày 5/11 bệnh viện dã chiến cấp 2 số 3 đã lên đường sang Nam Sudan."), "");
  assert_string_equal(figures("Năm 2020 bệnh viện dã chiến cấp 2 số 2 đã lên đường sang Nam Sudan."), "");
  /* soldiers with no word of peacekeeping are no count */
  assert_string_equal(figures("Sáng nay, 120 chiến sĩ của đơn vị đã lên đường hành quân dã ngoại."), "");
}

/* Trainees counted over a span are people trained; the trainees of one
 * course on peacekeeping are no peacekeepers deployed, and cadets aboard a
 * ship are no total (invented sentences). */
static void test_trainees_counted_over_a_span(void **state) {
  (void)state;
  assert_string_equal(figures("Từ năm 2012 đến nay, Học viện đã đào tạo cho Quân đội Campuchia hơn 1.200 học viên."),
                      "other=1200/more_than");
  assert_string_equal(figures("Vietnam's defence ties\n\nFrom 2016 to present, the academy has trained 140 Lao "
                              "students."),
                      "other=140/exact");
  assert_string_equal(figures("Lớp tập huấn về gìn giữ hòa bình Liên hợp quốc có 25 học viên là sĩ quan của Đội Công "
                              "binh."),
                      "");
  assert_string_equal(figures("Vietnam's defence ties\n\nThe training ship arrived in Da Nang with 80 cadets on "
                              "board."),
                      "");
}

/* States counted as diplomatic partners are no defence partners, even
 * joined to a count of defence partners after them (invented sentences). */
static void test_diplomatic_partners_joined_to_defence_partners(void **state) {
  (void)state;
  assert_string_equal(figures("Việt Nam có quan hệ ngoại giao với 190 nước và có quan hệ quốc phòng với hơn 110 nước."),
                      "defense_partners=110/more_than");
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam has diplomatic relations with 189 countries and "
                              "defence ties with more than 105 countries."),
                      "defense_partners=105/more_than");
  /* Two counts of one kind joined still share what the second tells. */
  assert_string_equal(figures("Việt Nam đã cử 70 sĩ quan và 400 quân nhân tham gia gìn giữ hòa bình Liên hợp quốc."),
                      "peacekeepers_deployed=70/exact; peacekeepers_deployed=400/exact");
}

/* The force officers counted are from stands between the count and its
 * unit (invented counts; the count was lost). */
static void test_officers_counted_with_their_force(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nBy June, Vietnam had sent more than 310 army officers to UN "
                              "peacekeeping missions."),
                      "peacekeepers_deployed=310/more_than");
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam has sent 12 navy officers to the UN mission in South "
                              "Sudan."),
                      "peacekeepers_deployed=12/exact");
}

/* People of a unit coming back from a UN mission are no count of people
 * sent (invented homecomings; old code gave each as peacekeepers
 * deployed); a departure told beside one still is. */
static void test_peacekeepers_coming_home(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nThe first 150 personnel of Engineering Unit Rotation 4 will "
                              "return home on May 2, and 30 others two weeks later."),
                      "");
  assert_string_equal(figures("Vietnam's defence ties\n\nThe remaining 11 members of Level-2 Field Hospital Rotation 8 "
                              "flew home on Sunday."),
                      "");
  assert_string_equal(figures("Ngày 2/5, 60 cán bộ, nhân viên Bệnh viện dã chiến cấp 2 số 8 đã về nước sau khi hoàn "
                              "thành nhiệm vụ tại Phái bộ UNMISS."),
                      "");
  assert_string_equal(figures("Vietnam's defence ties\n\nThe 170 members of Engineering Unit Rotation 5 were welcomed home "
                              "at Noi Bai airport on Sunday."),
                      "");
  assert_string_equal(figures("Ngày 9/7, 20 thành viên còn lại của Bệnh viện dã chiến cấp 2 số 8 sẽ về Việt Nam sau khi "
                              "bàn giao nhiệm vụ tại Phái bộ UNMISS."),
                      "");
  assert_string_equal(figures("Vietnam's defence ties\n\nOn May 2, 62 personnel of Level-2 Field Hospital Rotation 9 "
                              "will depart for South Sudan, and those of the eighth rotation will return home."),
                      "peacekeepers_deployed=62/exact");
  /* the unit they replace is the one coming home */
  assert_string_equal(figures("Vietnam's defence ties\n\nOn May 2, 62 personnel of Level-2 Field Hospital Rotation 9 "
                              "will leave to replace Rotation 8, which will fly home in June."),
                      "peacekeepers_deployed=62/exact");
  assert_string_equal(figures("Bệnh viện dã chiến cấp 2 số 9 gồm 61 quân nhân, sẽ thay thế Bệnh viện dã chiến cấp 2 số 8 "
                              "về nước."),
                      "peacekeepers_deployed=61/exact");
}

/* A headline's count is a figure of the story (invented headlines; old
 * code read no record from a headline); one the story retells keeps the
 * story's sentence as its evidence. */
static void test_a_headlines_count(void **state) {
  (void)state;
  assert_string_equal(figures("290 cán bộ, chiến sĩ lên đường làm nhiệm vụ gìn giữ hòa bình Liên hợp quốc\nSáng 5/3, Bộ "
                              "Quốc phòng tổ chức lễ xuất quân tại Hà Nội."),
                      "peacekeepers_deployed=290/exact");
  assert_string_equal(figures("Vietnam sends 14 more officers to UN peacekeeping missions\nThe ceremony was held in Hanoi "
                              "on Monday."),
                      "peacekeepers_deployed=14/exact");
  json_t *r = test_extract("Việt Nam cử hơn 900 sĩ quan tham gia gìn giữ hòa bình Liên hợp quốc\nTrong 10 năm, Việt Nam "
                           "đã cử hơn 900 sĩ quan tham gia gìn giữ hòa bình Liên hợp quốc.",
                           NULL);
  json_t *fs = test_list(r, "figures");
  assert_int_equal(json_array_size(fs), 1);
  assert_string_equal(test_str(json_array_get(fs, 0), "evidence"),
                      "Trong 10 năm, Việt Nam đã cử hơn 900 sĩ quan tham gia gìn giữ hòa bình Liên hợp quốc.");
  json_decref(r);
}

/* People sent on a mission, counted right after a sentence of UN
 * peacekeeping, are peacekeepers sent though their own sentence has no
 * word of it (invented reviews; old code lost both counts); people sent on
 * no mission, after a sentence of no peacekeeping, or to be trained are
 * not. */
static void test_people_sent_right_after_peacekeeping(void **state) {
  (void)state;
  assert_string_equal(figures("Việt Nam tham gia hoạt động gìn giữ hòa bình Liên hợp quốc từ năm 2014. Sau 9 năm thực "
                              "hiện sứ mệnh này, Quân đội đã cử hơn 600 lượt sĩ quan, quân nhân theo hình thức cá nhân "
                              "và đơn vị."),
                      "peacekeepers_deployed=600/more_than");
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam has sent officers to the UN Mission in South Sudan since "
                              "2014. It ranks 40th among contributors, with the number of personnel deployed to field "
                              "missions reaching 251."),
                      "peacekeepers_deployed=251/exact");
  /* people sent on no mission after such a sentence are not */
  assert_string_equal(figures("Việt Nam tiếp tục tham gia gìn giữ hòa bình Liên hợp quốc. Năm qua, toàn quân đã triển "
                              "khai hơn 5.000 cán bộ, chiến sĩ tham gia phòng chống bão lũ."),
                      "");
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam continued to contribute to UN peacekeeping. The army also "
                              "deployed 3,000 troops to help flood victims in central provinces."),
                      "");
  assert_string_equal(figures("Bộ Quốc phòng tổ chức hội nghị tổng kết năm. Năm qua, Quân khu 4 đã cử 30 cán bộ đi học "
                              "tập ở nước ngoài."),
                      "");
  assert_string_equal(figures("Việt Nam tích cực tham gia gìn giữ hòa bình Liên hợp quốc. Năm qua, Bộ Quốc phòng đã cử 40 "
                              "cán bộ đi đào tạo ở nước ngoài."),
                      "other=40/exact");
}

/* Women counted as such among peacekeepers (invented counts). */
static void test_women_peacekeepers(void **state) {
  (void)state;
  assert_string_equal(figures("Hiện có 28 nữ sĩ quan đang làm nhiệm vụ tại các phái bộ gìn giữ hòa bình Liên hợp quốc."),
                      "peacekeepers_deployed=28/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam has sent 52 women officers to UN peacekeeping missions "
                              "so far."),
                      "peacekeepers_deployed=52/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nThe unit includes 14 female military personnel serving with "
                              "the UN mission in Abyei."),
                      "peacekeepers_deployed=14/exact");
}

/* Memoranda counted in their Latin plural (invented count). */
static void test_memoranda_counted(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nThe two defence ministries have signed 17 memoranda of "
                              "understanding since 2012."),
                      "agreements_signed=17/exact");
}

/* The permanent members of the UN Security Council counted among the
 * partners in English, as Vietnamese counts them (invented sentences). */
static void test_permanent_members_among_partners(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam now has defence ties with more than 105 countries, "
                              "including all five permanent members of the UN Security Council."),
                      "defense_partners=105/more_than; other=5/exact");
  /* Not after a count of partners: nothing counted among them. */
  assert_string_equal(figures("Vietnam's defence ties\n\nThe forum drew ministers from many states, including the five "
                              "permanent members of the UN Security Council."),
                      "");
}

static void test_other_counts_over_a_span(void **state) {
  (void)state;
  assert_string_equal(figures("Từ năm 2005 đến nay, đội quy tập đã quy tập được 240 bộ hài cốt liệt sĩ."),
                      "other=240/exact");
  assert_string_equal(figures("Năm nay, Bộ Quốc phòng đã chủ trì tổ chức hơn 30 hoạt động hợp tác quốc phòng."),
                      "other=30/more_than");
  assert_string_equal(figures("Từ năm 2001, Quân đội Nhật Bản đã giúp đào tạo khoảng 900 quân nhân Việt Nam."),
                      "other=900/about");
  /* (An English story needs a lead line before it.) */
  assert_string_equal(figures("Vietnam's defence ties\n\nSince 2015, the Vietnam People's Army has sent 12 rotations "
                              "of officers to UN peacekeeping missions."),
                      "other=12/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nSo far, 650 Americans missing in the war in Vietnam have "
                              "been accounted for."),
                      "other=650/exact");
  /* One handover, one delegation: the size of a happening, not a total. */
  assert_string_equal(figures("Tại buổi lễ, phía Việt Nam đã bàn giao 3 bộ hài cốt cho phía Hoa Kỳ."), "");
  assert_string_equal(figures("Đoàn gồm 15 cán bộ đã sang Lào dự 2 hoạt động giao lưu."), "");
}

static void test_relations(void **state) {
  (void)state;
  json_t *r = test_extract("Bộ Quốc phòng Việt Nam coi trọng quan hệ với Bộ Quốc phòng Pháp, phù hợp với quan hệ "
                           "Đối tác Chiến lược. Việt Nam có quan hệ với các đối tác chiến lược, đối tác toàn diện.",
                           NULL);
  json_t *rel = test_list(r, "relations");
  assert_int_equal(json_array_size(rel), 1);
  assert_string_equal(test_str(json_array_get(rel, 0), "framework"), "strategic_partnership");
  assert_string_equal(json_string_value(json_array_get(json_object_get(json_array_get(rel, 0), "countries"), 1)),
                      "FR");
  json_decref(r);
  /* The year of an upgrade told with the framework; an upgrade still wished
   * for is no framework yet; a year after it is about something else. */
  r = test_extract("Năm 2007, Việt Nam và Ấn Độ chính thức nâng quan hệ hai nước lên đối tác chiến lược. South Korea "
                   "and Vietnam are pushing to elevate the bilateral relationship to a comprehensive strategic "
                   "partnership. Vietnam and Argentina promote their traditional friendship as the two countries mark "
                   "50 years since the establishment of diplomatic relations in 1973.",
                   "2022-09-05");
  rel = test_list(r, "relations");
  assert_int_equal(json_array_size(rel), 2);
  assert_string_equal(test_str(json_array_get(rel, 0), "framework"), "strategic_partnership");
  assert_int_equal(json_integer_value(json_object_get(json_array_get(rel, 0), "since")), 2007);
  assert_string_equal(test_str(json_array_get(rel, 1), "framework"), "traditional_friendship");
  assert_true(json_is_null(json_object_get(json_array_get(rel, 1), "since")));
  json_decref(r);
}


static void test_lower_case_documents_need_signing_or_years(void **state) {
  (void)state;
  json_t *r = test_extract("Sau cuộc hội đàm, hai bên đã ký bản ghi nhớ về hợp tác quốc phòng song phương. Hai nước "
                           "đang xây dựng kế hoạch hợp tác quân sự cho năm 2018-2020. Việc thực hiện thỏa thuận giữa "
                           "hai bộ rất tốt.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "planned");
  json_decref(r);
}

static void test_title_stops_at_comma_unless_listing_fields(void **state) {
  (void)state;
  json_t *r = test_extract("Các đại biểu đã thảo luận Kế hoạch hoạt động chu kỳ 2021-2023 của các Nhóm chuyên gia, "
                           "thảo luận dự thảo Tuyên bố chung hội nghị lần thứ 7.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"),
                      "Kế hoạch hoạt động chu kỳ 2021-2023 của các Nhóm chuyên gia");
  assert_int_equal(json_integer_value(json_object_get(json_object_get(json_array_get(ag, 0), "period"), "to")), 2023);
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "planned");
  json_decref(r);
}

static void test_shortened_retelling_is_one_document(void **state) {
  (void)state;
  json_t *r = test_extract("Hải quân hai nước trao văn bản Điều khoản tham chiếu Tham vấn Hải quân Việt Nam - Hàn "
                           "Quốc. Hai Bộ trưởng chứng kiến việc trao văn bản Điều khoản tham chiếu Tham vấn giữa hải "
                           "quân hai nước.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  json_decref(r);
}

/* An abbreviation given in brackets at the first telling stands for its
 * words when the document is told again. */
static void test_abbreviated_retelling_is_one_document(void **state) {
  (void)state;
  json_t *r = test_extract("Sáng 3/5, Bộ Quốc phòng hai nước ký Bản ghi nhớ về hợp tác trong lĩnh vực tìm kiếm cứu "
                           "nạn (TKCN) trên biển. Thiếu tướng A và Đại tá B ký Bản ghi nhớ về hợp tác trong lĩnh "
                           "vực TKCN trên biển.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"),
                      "Bản ghi nhớ về hợp tác trong lĩnh vực tìm kiếm cứu nạn (TKCN) trên biển");
  json_decref(r);
  r = test_extract("Vietnam and Indonesia signed a memorandum of understanding (MoU) on coast guard cooperation "
                   "in Hanoi on Monday. The MoU on coast guard cooperation will guide joint training.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  json_decref(r);
}

/* Handing over the signed copies ("trao") signs the document handed over,
 * in capitals or in small letters. */
static void test_handed_over_document_is_signed(void **state) {
  (void)state;
  json_t *r = test_extract("Chiều 4/6, Bộ Chỉ huy Bộ đội Biên phòng tỉnh hội đàm với Bộ Chỉ huy Quân sự tỉnh bạn "
                           "của Lào. Kết thúc hội đàm, đại diện hai bên trao biên bản ghi nhớ hội đàm. Hai Chỉ huy "
                           "trưởng cũng chứng kiến trao Kế hoạch phối hợp tuần tra song phương năm 2026.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "biên bản ghi nhớ hội đàm");
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  assert_string_equal(test_str(json_array_get(ag, 1), "kind"), "plan");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "signed");
  json_decref(r);
}

/* English tells a document signed by what it does rather than by a name:
 * the clause after its kind, past the day of the signing and a word of
 * novelty before it, is its title. */
static void test_document_told_by_its_clause(void **state) {
  (void)state;
  json_t *r = test_extract("Vietnamese Defence Minister Phan Van Giang held talks with his Japanese counterpart in "
                           "Hanoi on May 6. The two ministers signed an agreement on Tuesday enabling the supply of "
                           "rescue equipment to Vietnam's navy.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"),
                      "agreement enabling the supply of rescue equipment to Vietnam's navy");
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  json_decref(r);
  r = test_extract("Vietnam and Japan agreed to deepen defence ties in Hanoi on May 6, signing a new deal that "
                   "opens the way for joint training of their coast guards.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"),
                      "deal that opens the way for joint training of their coast guards");
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  json_decref(r);
  /* what the clause names is a document of its own */
  r = test_extract("Vietnamese Defence Minister Phan Van Giang held talks with his Indian counterpart in Hanoi on "
                   "May 6. The two ministers signed a protocol amending the memorandum of understanding on naval "
                   "cooperation.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "kind"), "protocol");
  assert_string_equal(test_str(json_array_get(ag, 1), "title"), "memorandum of understanding on naval cooperation");
  json_decref(r);
}

/* A signing sentence that ends in a colon leads into the list of the
 * documents signed: each item is signed, on the day of that signing. */
static void test_documents_listed_after_a_signing(void **state) {
  (void)state;
  json_t *r = test_extract("Chiều 9/5, tại Hà Nội, Đại tướng Phan Văn Giang và Bộ trưởng Quốc phòng Lào đã chứng kiến lễ ký 3 văn "
                           "kiện hợp tác, bao gồm:\n\n1. Bản ghi nhớ về hợp tác quân y giữa hai Bộ Quốc phòng.\n\n"
                           "2. Kế hoạch hợp tác năm 2026 giữa hai Bộ Quốc phòng.\n\n"
                           "Hai bên cũng trao đổi về tình hình khu vực.\n\nBản ghi nhớ về hợp tác đào tạo được hai "
                           "bên thực hiện hiệu quả.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 3);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "signed");
  assert_string_equal(test_str(json_array_get(ag, 2), "status"), "existing"); /* the list has ended */
  json_decref(r);
  r = test_extract("Vietnamese Defence Minister Phan Van Giang held talks with his Indian counterpart in Hanoi on "
                   "May 9. After the talks, the two ministers witnessed the signing of the following documents:\n"
                   "- A memorandum of understanding on cooperation in military medicine.\n"
                   "- A letter of intent on defence industry cooperation.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  assert_string_equal(test_str(json_array_get(ag, 0), "date"), "XXXX-05-09"); /* the day of the signing */
  assert_string_equal(test_str(json_array_get(ag, 1), "kind"), "letter_of_intent");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "signed");
  json_decref(r);
  /* the signed copies handed over lead such a list too */
  r = test_extract("Sau hội đàm, Bộ trưởng Phan Văn Giang và Bộ trưởng Quốc phòng Lào chứng kiến lễ trao văn kiện. "
                   "Các văn kiện được trao gồm:\n\n- Nghị định thư hợp tác năm 2026 giữa hai Bộ Quốc phòng.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  json_decref(r);
}

/* A document of the same name signed in another year is another document:
 * this year's memorandum beside the one it carries on. */
static void test_same_name_other_year_is_another_document(void **state) {
  (void)state;
  json_t *r = test_extract("Ngày 8/4, Bộ Chỉ huy Quân sự tỉnh Điện Biên và Bộ Chỉ huy Quân sự tỉnh Phongsaly (Lào) tổ "
                           "chức hội đàm thường niên. Hai Chỉ huy trưởng ký biên bản ghi nhớ năm 2025. Thực hiện biên "
                           "bản ghi nhớ giữa Bộ Chỉ huy Quân sự hai tỉnh năm 2023, hai bên đã phối hợp tuần tra song "
                           "phương.",
                           "2025-04-09");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "existing");
  assert_string_equal(test_str(json_array_get(ag, 1), "date"), "2023");
  json_decref(r);
}

/* Documents listed with commas after one carried out or referred to are
 * carried out too, whatever wish the sentence tells: they exist. */
static void test_documents_listed_after_one_carried_out_exist(void **state) {
  (void)state;
  json_t *r = test_extract("Hai Bộ trưởng nhất trí tiếp tục triển khai hiệu quả Bản ghi nhớ về hợp tác quốc phòng năm "
                           "2012, Tuyên bố tầm nhìn chung về hợp tác quốc phòng đến năm 2030 và Bản ghi nhớ về hợp tác "
                           "quân y giữa Việt Nam và Ấn Độ.",
                           "2025-04-09");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 3);
  for (size_t i = 0; i < 3; i++) assert_string_equal(test_str(json_array_get(ag, i), "status"), "existing");
  json_decref(r);
}

/* A few documents counted right after the verb of signing and named one by
 * one are those documents; a count with no such list stays a figure. */
static void test_counted_documents_named_one_by_one(void **state) {
  (void)state;
  json_t *r = test_extract("Vietnamese Defence Minister Phan Van Giang held talks with his Japanese counterpart in "
                           "Tokyo on June 3. The two ministers signed two agreements on cybersecurity and military "
                           "medicine.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 1), "title"), "agreements on military medicine");
  assert_string_equal(test_str(json_array_get(ag, 1), "status"), "signed");
  json_decref(r);
  r = test_extract("Hai Bộ trưởng Quốc phòng Việt Nam và Nhật Bản đã ký hai bản ghi nhớ về hợp tác an ninh mạng "
                   "và quân y.",
                   NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 2);
  json_decref(r);
  /* three counted, two named: a count */
  r = test_extract("Vietnamese Defence Minister Phan Van Giang held talks with his Japanese counterpart in Tokyo on "
                   "June 3. The two sides signed three agreements on training and military medicine.",
                   NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 0);
  json_decref(r);
}

static void test_other_counts_with_label(void **state) {
  (void)state;
  json_t *r = test_extract("Có tổng cộng hơn 2.000 trường hợp MIA Mỹ được tìm kiếm. Hàn Quốc đã chuyển giao 3 tàu "
                           "tuần tra cho Việt Nam.",
                           NULL);
  json_t *fs = test_list(r, "figures");
  assert_int_equal(json_array_size(fs), 2);
  json_t *mia = json_array_get(fs, 0), *ships = json_array_get(fs, 1);
  assert_string_equal(test_str(mia, "metric"), "other");
  assert_string_equal(test_str(mia, "label"), "missing_in_action_cases");
  assert_int_equal(json_integer_value(json_object_get(mia, "value")), 2000);
  assert_string_equal(test_str(mia, "qualifier"), "more_than");
  assert_string_equal(test_str(ships, "label"), "ships_transferred");
  assert_int_equal(json_integer_value(json_object_get(ships, "value")), 3);
  json_decref(r);
}

static void test_special_and_traditional_relations(void **state) {
  (void)state;
  json_t *r = test_extract("Chuyến thăm góp phần củng cố mối quan hệ hữu nghị truyền thống, tình đoàn kết đặc biệt "
                           "giữa Việt Nam và Lào.",
                           NULL);
  json_t *rel = test_list(r, "relations");
  assert_int_equal(json_array_size(rel), 2);
  assert_string_equal(test_str(json_array_get(rel, 0), "framework"), "traditional_friendship");
  assert_string_equal(test_str(json_array_get(rel, 1), "framework"), "special_relationship");
  json_decref(r);
}

/* The relation's one framework and its year, as the language tells them. */
static const char *relations(const char *text, const char *published) {
  static char buf[512];
  json_t *r = test_extract(text, published);
  json_t *rel = test_list(r, "relations");
  buf[0] = '\0';
  for (size_t i = 0; i < json_array_size(rel); i++) {
    json_t *x = json_array_get(rel, i);
    json_t *since = json_object_get(x, "since");
    size_t n = strlen(buf);
    snprintf(buf + n, sizeof buf - n, "%s%s %s %lld", i ? "; " : "",
             json_string_value(json_array_get(json_object_get(x, "countries"), 1)), test_str(x, "framework"),
             json_is_integer(since) ? (long long)json_integer_value(since) : 0LL);
  }
  json_decref(r);
  return buf;
}

static void test_cooperative_partnership_tradition_and_faithful_relations(void **state) {
  (void)state;
  /* A comprehensive cooperative partnership is on the comprehensive rung. */
  assert_string_equal(relations("Hai bên nhất trí làm sâu sắc quan hệ Đối tác hợp tác toàn diện Việt Nam - Myanmar.",
                                NULL),
                      "MM comprehensive_partnership 0");
  /* Friendship told as a tradition; special and faithful relations. */
  assert_string_equal(relations("Chuyến thăm góp phần phát huy truyền thống hữu nghị tốt đẹp giữa Việt Nam và Cuba.",
                                NULL),
                      "CU traditional_friendship 0");
  assert_string_equal(relations("The visit deepened the special and faithful relationship between the armies of "
                                "Vietnam and Laos.",
                                NULL),
                      "LA special_relationship 0");
  assert_string_equal(relations("Vietnam and Myanmar agreed to deepen their comprehensive cooperative partnership in "
                                "defence.",
                                NULL),
                      "MM comprehensive_partnership 0");
}

static void test_relation_year_and_rung(void **state) {
  (void)state;
  /* The year of setting up, told after the framework in a passive. */
  assert_string_equal(relations("Chuyến thăm góp phần củng cố quan hệ Đối tác chiến lược toàn diện Việt Nam - "
                                "Pháp được thiết lập từ năm 2024.",
                                "2025-03-01"),
                      "FR comprehensive_strategic_partnership 2024");
  /* A day without a year is the meeting's date, not the upgrade's. */
  assert_string_equal(relations("Ngày 28/3, hai Bộ trưởng đánh giá quan hệ Việt Nam - Hàn Quốc đã được nâng cấp lên "
                                "Đối tác chiến lược toàn diện.",
                                "2023-03-29"),
                      "KR comprehensive_strategic_partnership 0");
  /* A wish in one clause does not make a later clause told as done a plan. */
  assert_string_equal(relations("Chuyến thăm sẽ góp phần tăng cường quan hệ Việt Nam - Thái Lan, khi hai nước đã ký "
                                "tuyên bố thiết lập quan hệ đối tác chiến lược năm 2013.",
                                "2014-05-02"),
                      "TH strategic_partnership 2013");
  /* A framework between an organization and a state is not Vietnam's. */
  assert_string_equal(relations("Việt Nam ủng hộ nâng cấp quan hệ ASEAN - Australia lên Đối tác chiến lược toàn diện.",
                                NULL),
                      "");
  /* One rung of the partnership ladder per partner: the highest told. */
  assert_string_equal(relations("Nga coi Việt Nam là đối tác chiến lược quan trọng. Quan hệ Đối tác chiến lược toàn "
                                "diện Việt Nam - Nga không ngừng phát triển.",
                                NULL),
                      "RU comprehensive_strategic_partnership 0");
  assert_string_equal(relations("Quan hệ Đối tác chiến lược toàn diện Việt Nam - Nga phát triển. Nga coi Việt Nam là "
                                "đối tác chiến lược quan trọng.",
                                NULL),
                      "RU comprehensive_strategic_partnership 0");
  /* Other names of the frameworks. */
  assert_string_equal(relations("Hai bên đánh giá cao quan hệ đối tác hợp tác chiến lược toàn diện Việt Nam - Trung "
                                "Quốc.",
                                NULL),
                      "CN comprehensive_strategic_partnership 0");
  assert_string_equal(relations("Việt Nam luôn trân trọng mối quan hệ hữu nghị đặc biệt với Cuba.", NULL),
                      "CU special_relationship 0");
}

/* Each agreement as "title | status | date", for the tests of titles. */
static void test_planned_upgrade_governs_its_own_framework(void **state) {
  (void)state;
  /* A wish to upgrade, told early in a long sentence, is not the relation
   * stated at its end; the same framework told twice is one kind. */
  assert_string_equal(relations("Chuyến thăm nhằm triển khai nhận thức chung về việc nâng tầm quan hệ đối tác chiến lược "
                                "toàn diện giữa hai nước, thúc đẩy giao lưu quân sự, đào tạo cán bộ và hợp tác khắc phục "
                                "hậu quả chiến tranh, đóng góp cho quan hệ hữu nghị truyền thống, đối tác chiến lược toàn "
                                "diện Việt Nam - Trung Quốc.",
                                "2024-09-13"),
                      "CN traditional_friendship 0; CN comprehensive_strategic_partnership 0");
  /* The wish right before its framework stays a plan. */
  assert_string_equal(relations("Việt Nam và Nhật Bản sẽ nâng quan hệ lên đối tác chiến lược toàn diện.",
                                "2024-09-13"),
                      "");
}

/* A framework's other side is the state named beside it, not the first
 * the sentence names; two other states beside it, with no Vietnam in the
 * sentence, hold it between themselves (invented sentences). */
static void test_framework_with_the_state_beside_it(void **state) {
  (void)state;
  assert_string_equal(relations("Chuyến thăm của tàu tới quân cảng, nơi từng đón tàu của Pháp, góp phần thúc đẩy quan "
                                "hệ Đối tác chiến lược toàn diện Việt Nam - Hàn Quốc.",
                                "2024-09-13"),
                      "KR comprehensive_strategic_partnership 0");
  assert_string_equal(relations("The frigate, built in Germany, called at Da Nang to deepen the strategic partnership "
                                "between Vietnam and Malaysia.",
                                "2024-09-13"),
                      "MY strategic_partnership 0");
  assert_string_equal(relations("Ấn Độ và Nhật Bản có quan hệ đối tác chiến lược toàn diện.", "2024-09-13"), "");
  assert_string_equal(relations("Vietnam's defence ties\n\nThailand and Australia set up a comprehensive strategic "
                                "partnership years ago.",
                                "2024-09-13"),
                      "");
}

/* English names the two sides as partners as often as it names their
 * partnership (invented sentences). */
static void test_sides_named_as_partners(void **state) {
  (void)state;
  assert_string_equal(relations("Vietnam's defence ties\n\nVietnam and Indonesia are comprehensive strategic partners, "
                                "the minister said.",
                                "2025-05-05"),
                      "ID comprehensive_strategic_partnership 0");
  assert_string_equal(relations("Vietnam's defence ties\n\nThe Netherlands and Vietnam became strategic partners years "
                                "ago.",
                                "2025-05-05"),
                      "NL strategic_partnership 0");
  assert_string_equal(relations("Vietnam's defence ties\n\nThe two countries are comprehensive partners, the Chilean "
                                "minister said at the talks with Vietnam's defence minister.",
                                "2025-05-05"),
                      "CL comprehensive_partnership 0");
}

/* The two sides of a framework told as a pair, not by name, in a sentence
 * that names neither ("bilateral", "song phương", "hai quốc gia", "quan hệ
 * này", "the countries'", "the two strategic partners", "the upgrade to"): the framework is Vietnam's with the story's partner, and the
 * higher rung told later replaces the lower (invented sentences). */
static void test_framework_of_the_pair_told_unnamed(void **state) {
  (void)state;
  assert_string_equal(relations("Vietnam's defence ties\n\nThe defence ministers of Vietnam and Chile met in Hanoi on "
                                "Monday. They welcomed the elevation of the bilateral relationship to a comprehensive "
                                "partnership last year.",
                                "2025-05-05"),
                      "CL comprehensive_partnership 2024");
  assert_string_equal(relations("Vietnam's defence ties\n\nVietnam and Brazil became strategic partners in 2007, the "
                                "Brazilian minister told his Vietnamese host. In 2024, bilateral ties were elevated to "
                                "a comprehensive strategic partnership.",
                                "2025-05-05"),
                      "BR comprehensive_strategic_partnership 2024");
  assert_string_equal(relations("Bộ trưởng Quốc phòng Việt Nam tiếp Bộ trưởng Quốc phòng Chile. Quan hệ song phương đã "
                                "được nâng cấp lên Đối tác toàn diện.",
                                "2025-05-05"),
                      "CL comprehensive_partnership 0");
  assert_string_equal(relations("Tàu hải quân Chile thăm Việt Nam. Mối quan hệ này đã được nâng cấp lên Đối tác chiến "
                                "lược năm 2024.",
                                "2025-05-05"),
                      "CL strategic_partnership 2024");
  /* The pair told by the framework's own word, by "the countries'", or by
   * an upgrade told just before the framework. */
  assert_string_equal(relations("Vietnam's defence ties\n\nChile's navy ship docked in Vietnam on Monday. The crew will "
                                "hold exchanges to deepen ties between the two strategic partners.",
                                "2025-05-05"),
                      "CL strategic_partnership 0");
  assert_string_equal(relations("Vietnam's defence ties\n\nChile's defence chief visited Vietnam on Monday. Ties grew "
                                "in line with the countries' comprehensive partnership.",
                                "2025-05-05"),
                      "CL comprehensive_partnership 0");
  assert_string_equal(relations("Vietnam's defence ties\n\nChile's defence chief visited Vietnam on Monday. The trip "
                                "marks a year since the upgrade to a strategic partnership.",
                                "2025-05-05"),
                      "CL strategic_partnership 0");
  /* Two partners counted are no pair. */
  assert_string_equal(relations("Vietnam's defence ties\n\nChile's defence chief visited Vietnam on Monday. Vietnam "
                                "has two strategic partners in South America.",
                                "2025-05-05"),
                      "");
  /* A framework of no pair, with no partner told: none. */
  assert_string_equal(relations("Vietnam's defence ties\n\nA strategic partnership takes years to build, the scholar "
                                "said.",
                                "2025-05-05"),
                      "");
}

static void test_protocol_named_by_its_kind_alone(void **state) {
  (void)state;
  /* The yearly cooperation protocol between two states is often named by
   * its kind alone. */
  json_t *r = test_extract("Hai bên tiếp tục thực hiện Nghị định thư và các văn bản hợp tác đã ký giữa Bộ Quốc phòng "
                           "Việt Nam và Bộ Quốc phòng Lào.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "kind"), "protocol");
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Nghị định thư");
  json_decref(r);
}

static void test_cooperation_programme_is_a_plan(void **state) {
  (void)state;
  json_t *r = test_extract("Vietnam's defence ties\n\nUnits of both armies carried out the activities set in the "
                           "Vietnam - Spain defence cooperation programme for this year.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "kind"), "plan");
  json_decref(r);
}

static const char *agreements(const char *text, const char *published) {
  static char buf[1024];
  json_t *r = test_extract(text, published);
  json_t *ag = test_list(r, "agreements");
  buf[0] = '\0';
  for (size_t i = 0; i < json_array_size(ag); i++) {
    json_t *a = json_array_get(ag, i);
    const char *date = json_string_value(json_object_get(a, "date"));
    size_t n = strlen(buf);
    snprintf(buf + n, sizeof buf - n, "%s%s | %s | %s", i ? "; " : "", test_str(a, "title"), test_str(a, "status"),
             date ? date : "-");
  }
  json_decref(r);
  return buf;
}

static void test_a_document_told_again_with_more_words_is_one(void **state) {
  (void)state;
  /* An amount and the donor told inside the title the second time. */
  assert_string_equal(agreements("Hai bên đã ký thỏa thuận bổ sung vốn viện trợ không hoàn lại.\n\nViệc ký thỏa thuận "
                                 "bổ sung 20 triệu USD vốn viện trợ không hoàn lại của Chile diễn ra tại Hà Nội.",
                                 NULL),
                      "thỏa thuận bổ sung vốn viện trợ không hoàn lại | signed | -");
  /* A verb after a document named as the subject ends its title. */
  assert_string_equal(agreements("Bản ghi nhớ về hợp tác quân y sẽ tạo cơ sở cho hợp tác giữa hai nước.", NULL),
                      "Bản ghi nhớ về hợp tác quân y | existing | -");
  assert_string_equal(agreements("Bản ghi nhớ về hợp tác quân y là cơ sở cho hợp tác giữa hai nước.", NULL),
                      "Bản ghi nhớ về hợp tác quân y | existing | -");
  /* A programme that carries out a Party resolution is home policy. */
  assert_string_equal(agreements("Quân khu đã triển khai Chương trình hành động thực hiện Nghị quyết Đại hội XIII của "
                                 "Đảng.",
                                 NULL),
                      "");
  /* Two documents of different kinds keep their own titles. */
  assert_string_equal(agreements("Hai bên đã ký Bản ghi nhớ về hợp tác quân y và Kế hoạch hợp tác quân y năm 2024.",
                                 NULL),
                      "Bản ghi nhớ về hợp tác quân y | signed | -; Kế hoạch hợp tác quân y năm 2024 | signed | -");
}

/* A document told by its kind alone and told named in another sentence,
 * of the same kind and parties, is one document, whichever comes first;
 * told as another, or two in one sentence, they stay two. */
static void test_a_document_told_by_its_kind_alone_and_named_is_one(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Thailand renewed a Memorandum of Understanding (MoU) in Hanoi on Monday."
                                 "\n\nThe Thai Defence Ministry said the MoU on Defence Industry Cooperation was signed "
                                 "during the defence minister's visit to Vietnam.",
                                 "2024-03-05"),
                      "MoU on Defence Industry Cooperation | signed | -");
  /* A capitalised kind is the document's name: told later in lower case,
   * the name stays. */
  assert_string_equal(agreements("Vietnam and Singapore renewed the Defence Cooperation Agreement in Hanoi on Monday.\n\n"
                                 "The defence ministers of the two countries signed an agreement on bilateral defence "
                                 "cooperation in the presence of the two prime ministers.",
                                 "2024-03-05"),
                      "Defence Cooperation Agreement | signed | -");
  assert_string_equal(agreements("The defence ministers of Vietnam and Thailand signed a Memorandum of Understanding (MoU) "
                                 "in Hanoi on Monday.\n\nThe two ministers also signed another MoU on military medicine.",
                                 "2024-03-05"),
                      "Memorandum of Understanding (MoU) | signed | 2024-03-04; MoU on military medicine | signed | "
                      "2024-03-04");
  assert_string_equal(agreements("The defence ministers of Vietnam and Thailand signed a cooperation agreement and an "
                                 "agreement on the transfer of defence equipment in Hanoi on Monday.",
                                 "2024-03-05"),
                      "cooperation agreement | signed | 2024-03-04; agreement on the transfer of defence equipment | "
                      "signed | 2024-03-04");
}

static void test_agreement_titles_end_where_the_language_ends_them(void **state) {
  (void)state;
  /* The year after a document other than a plan is the year it was signed. */
  assert_string_equal(agreements("Hai bên đánh giá việc triển khai Bản ghi nhớ về hợp tác quốc phòng Việt Nam - Italy "
                                 "năm 2013 và kết quả hợp tác thời gian qua.",
                                 "2016-05-10"),
                      "Bản ghi nhớ về hợp tác quốc phòng Việt Nam - Italy | existing | 2013");
  /* "và các ..." starts another thing; "mà" starts a relative clause. */
  assert_string_equal(agreements("Thực hiện Nghị định thư về hợp tác quốc phòng và các chỉ thị của Bộ Quốc phòng, Quân "
                                 "khu đã giúp bạn Lào xây dựng doanh trại.",
                                 NULL),
                      "Nghị định thư về hợp tác quốc phòng | existing | -");
  assert_string_equal(agreements("Hai Bộ trưởng đánh giá cao Bản ghi nhớ về hợp tác quốc phòng mà Việt Nam và Hàn Quốc "
                                 "đã ký trước đây.",
                                 NULL),
                      "Bản ghi nhớ về hợp tác quốc phòng | existing | -");
  /* A signing dated in an earlier year is history, even beside a wish. */
  assert_string_equal(agreements("Khóa học cho các sĩ quan sẵn sàng tham gia gìn giữ hòa bình là kết quả từ việc ký "
                                 "bản ghi nhớ về hợp tác quốc phòng giữa Việt Nam và Anh tháng 11-2011.",
                                 "2012-08-20"),
                      "bản ghi nhớ về hợp tác quốc phòng | existing | -");
  /* An anniversary of the day of signing, and an update, refer to what exists. */
  assert_string_equal(agreements("Sư đoàn đề nghị tổ chức kỷ niệm 40 năm Ngày ký Hiệp ước hữu nghị và hợp tác Việt Nam "
                                 "- Lào.",
                                 NULL),
                      "Hiệp ước hữu nghị và hợp tác Việt Nam - Lào | existing | -");
  /* An abbreviation written in mixed case stays in the title. */
  assert_string_equal(agreements("Vietnam and Canada will review the Memorandum of Understanding (MoU) on defence "
                                 "cooperation.",
                                 NULL),
                      "Memorandum of Understanding (MoU) on defence cooperation | planned | -");
  /* The abbreviation in brackets is part of the kind: "giữa hai ..." after
   * it goes on as it goes on right after the kind. */
  assert_string_equal(agreements("Thực hiện Biên bản ghi nhớ (MOU) giữa hai Ban Chỉ đạo đặc biệt cấp Chính phủ Việt Nam "
                                 "- Campuchia về việc quy tập hài cốt, hai tỉnh đã phối hợp chặt chẽ.",
                                 NULL),
                      "Biên bản ghi nhớ (MOU) giữa hai Ban Chỉ đạo đặc biệt cấp Chính phủ Việt Nam - Campuchia về "
                      "việc quy tập hài cốt | existing | -");
  /* A headline in capitals names no document by its capitals alone:
   * "đạt được thỏa thuận" is an accord reached, as in small letters. */
  assert_string_equal(agreements("HAI BỘ TRƯỞNG ĐÃ ĐẠT ĐƯỢC THỎA THUẬN QUÂN SỰ VỚI NHẬT BẢN?\n\nChiều 3/6, tại Hà Nội, "
                                 "Đại tướng Ngô Văn An hội đàm với Bộ trưởng Quốc phòng Nhật Bản.",
                                 NULL),
                      "");
  /* "following" ends an English title. */
  assert_string_equal(agreements("Vietnam and India signed a joint vision statement on defence relations following "
                                 "talks between their defence ministers.",
                                 "2015-05-26"),
                      "joint vision statement on defence relations | signed | -");
}

static void test_vietnamese_documents_carried_out_or_signed_before(void **state) {
  (void)state;
  /* A lower-case kind carried out, with its topic after it, is a document
   * that exists; one merely agreed between two sides is none. */
  assert_string_equal(agreements("Hai đồn biên phòng cam kết thực hiện nghiêm thỏa thuận về tuần tra chung trên "
                                 "tuyến biên giới.",
                                 NULL),
                      "thỏa thuận về tuần tra chung trên tuyến biên giới | existing | -");
  assert_string_equal(agreements("Hai đơn vị tổ chức huấn luyện theo thỏa thuận giữa hai bên.", NULL), "");
  /* Told signed right after its name, in an earlier year: history. */
  assert_string_equal(agreements("Hai lực lượng giao lưu trên tinh thần bản ghi nhớ đã được ký kết năm 2016.",
                                 "2018-03-02"),
                      "bản ghi nhớ | existing | 2016");
  /* Carrying out a capitalised document: it exists, whatever the purpose
   * clause around it ("nhằm"). */
  assert_string_equal(agreements("Chuyến thăm nhằm triển khai hiệu quả Tuyên bố tầm nhìn chung về hợp tác quốc phòng.",
                                 NULL),
                      "Tuyên bố tầm nhìn chung về hợp tác quốc phòng | existing | -");
  /* A period's closing year, then "và" and a verb: the title has ended. */
  assert_string_equal(agreements("Hai bên đánh giá kết quả thực hiện Kế hoạch hợp tác giai đoạn 2020-2022 và thống "
                                 "nhất phương hướng thời gian tới.",
                                 NULL),
                      "Kế hoạch hợp tác giai đoạn 2020-2022 | existing | -");
  /* Bodies named after "giữa" belong to the title; "hai nước" does not, nor
   * do states alone. */
  assert_string_equal(agreements("Sau hội đàm, hai bên ký Bản ghi nhớ hợp tác giữa Hải quân Việt Nam và Hải quân Ấn Độ.",
                                 NULL),
                      "Bản ghi nhớ hợp tác giữa Hải quân Việt Nam và Hải quân Ấn Độ | signed | -");
  assert_string_equal(agreements("Sau hội đàm, hai bên ký Thỏa thuận hợp tác đào tạo giữa Bộ Quốc phòng hai nước.", NULL),
                      "Thỏa thuận hợp tác đào tạo | signed | -");
  assert_string_equal(agreements("Sau hội đàm, hai bên ký Bản ghi nhớ về hợp tác hải quân giữa Việt Nam và Ấn Độ.", NULL),
                      "Bản ghi nhớ về hợp tác hải quân | signed | -");
}

static void test_other_names_amendments_and_years_of_signing(void **state) {
  (void)state;
  /* Other names of the same kinds. */
  assert_string_equal(agreements("Hai bên ký Thư ý định về hợp tác quân y.", NULL),
                      "Thư ý định về hợp tác quân y | signed | -");
  assert_string_equal(agreements("Hai bên ký Bản thỏa thuận hợp tác về đào tạo.", NULL),
                      "Bản thỏa thuận hợp tác về đào tạo | signed | -");
  assert_string_equal(agreements("The navies of Vietnam and Korea exchanged the Terms of Reference for their staff "
                                 "talks.",
                                 NULL),
                      "Terms of Reference for their staff talks | signed | -");
  /* A document amended exists, whatever the sides agreed. */
  assert_string_equal(agreements("Hai bên nhất trí sửa đổi Bản ghi nhớ về hợp tác quốc phòng.", NULL),
                      "Bản ghi nhớ về hợp tác quốc phòng | existing | -");
  /* A signing stamped with its year, in a story with no publication date,
   * is history. */
  assert_string_equal(agreements("Hai nước đã ký Hiệp định hợp tác quốc phòng năm 2012.", NULL),
                      "Hiệp định hợp tác quốc phòng | existing | 2012");
}

static void test_statements_adopted_or_issued(void **state) {
  (void)state;
  /* A statement adopted or issued in the story is its own, as if signed;
   * one still to be adopted is planned. */
  assert_string_equal(agreements("Hội nghị đã thông qua Tuyên bố chung về an ninh biển.", NULL),
                      "Tuyên bố chung về an ninh biển | signed | -");
  assert_string_equal(agreements("Các Bộ trưởng ra Tuyên bố chung về hợp tác quốc phòng.", NULL),
                      "Tuyên bố chung về hợp tác quốc phòng | signed | -");
  assert_string_equal(agreements("Hội nghị sẽ thông qua Tuyên bố chung về an ninh biển.", NULL),
                      "Tuyên bố chung về an ninh biển | planned | -");
  assert_string_equal(agreements("The defence ministers of Vietnam and the ASEAN states adopted a joint declaration "
                                 "on maritime security.",
                                 NULL),
                      "joint declaration on maritime security | signed | -");
}

static void test_english_document_kinds_of_defence_news(void **state) {
  (void)state;
  /* A joint vision named without "statement", a joint action programme. */
  assert_string_equal(agreements("In 2021, the defence ministers of Vietnam and India signed a Joint Vision on Defence Partnership "
                                 "towards 2035.",
                                 "2024-02-01"),
                      "Joint Vision on Defence Partnership towards 2035 | existing | 2021");
  assert_string_equal(agreements("The navies of Vietnam and Japan will sign a joint action programme for the 2026-2028 period.", NULL),
                      "joint action programme for the 2026-2028 period | planned | -");
  /* Agreements in the plural name documents only as what is signed. */
  assert_string_equal(agreements("Defence cooperation between Vietnam and Canada went on in line with the documents "
                                 "and agreements with a focus on training.",
                                 NULL),
                      "");
  /* A kind that is no title alone, then sides told only as two: what two
   * sides agreed, no document. */
  assert_string_equal(agreements("Hai đơn vị tổ chức giao lưu theo Thỏa thuận giữa Bộ Tư lệnh hai quân khu.", NULL), "");
}

static void test_english_titles_end_before_their_signing(void **state) {
  (void)state;
  /* A title ends before "signed" told after it, and on no word that leads
   * into what follows ("in" once its year is read as a date). */
  assert_string_equal(agreements("Vietnam and Chile reviewed the Memorandum of Understanding on Defence Cooperation "
                                 "signed in 2012.",
                                 "2019-05-02"),
                      "Memorandum of Understanding on Defence Cooperation | existing | 2012");
  assert_string_equal(agreements("Vietnam's defence ministry welcomed the cooperation plan for 2025 and the MoU on "
                                 "military medicine in March.",
                                 "2024-11-02"),
                      "cooperation plan for 2025 | existing | -; MoU on military medicine | existing | -");
  /* A bare kind keeps the verb as its name. */
  assert_string_equal(agreements("Vietnam's army will carry out the agreement inked by the two ministries.", NULL),
                      "agreement inked by the two ministries | existing | -");
  /* A plan built on a document: that document exists, whatever the
   * sentence signs. */
  assert_string_equal(agreements("Vietnam and Chile signed a cooperation plan for 2026, which is built on the "
                                 "Defence Cooperation Agreement of the two ministries.",
                                 NULL),
                      "cooperation plan for 2026 | signed | -; Defence Cooperation Agreement of the two ministries | "
                      "existing | -");
  /* "in" and a single year is when it was signed; a range is its period. */
  assert_string_equal(agreements("Vietnam and Chile signed the MoU on defence cooperation in 2012.", "2019-05-02"),
                      "MoU on defence cooperation | existing | 2012");
  assert_string_equal(agreements("Vietnam and Chile will sign a Joint Vision Statement on defence cooperation in "
                                 "2019-2024.",
                                 "2019-05-02"),
                      "Joint Vision Statement on defence cooperation in 2019-2024 | planned | -");
}

static void test_english_documents(void **state) {
  (void)state;
  /* A quoted title ends at its quote; its full form later is the same document. */
  json_t *r = test_extract("India and Vietnam on Wednesday signed a \"Joint Vision Statement\" for their defence "
                           "partnership. The two ministers signed the Joint Vision Statement on India-Vietnam "
                           "Defence Partnership towards 2030 in Hanoi.",
                           "2022-06-09");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"),
                      "Joint Vision Statement on India-Vietnam Defence Partnership towards 2030");
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  json_decref(r);

  /* The object of "signed" behind an article and quotes; "A and B" are two documents. */
  r = test_extract("Secretary of Defense Ash Carter signed a \u201cjoint vision statement\u201d with his Vietnamese "
                   "counterpart.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "kind"), "joint_vision_statement");
  json_decref(r);
  r = test_extract("The Vietnamese and Lao army units fulfilled the goals set in the Protocol and the Cooperation Plan "
                   "for 2016.",
                   NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 2);
  json_decref(r);

  /* A title goes on through its abbreviation; it ends at "and a"/"and the",
   * at an opening quote, and before "reached by". */
  r = test_extract("Vietnam's Defence Ministry and the U.S. signed a Memorandum of Intent (MOI) to improve living "
                   "quality for disabled people and a non-refundable aid agreement for projects in support of disabled "
                   "people.",
                   NULL);
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"),
                      "Memorandum of Intent (MOI) to improve living quality for disabled people");
  json_decref(r);
  r = test_extract("Gines said the activity in Vietnam followed the 2015 Joint Statement on the Establishment of a Strategic "
                   "Partnership between the two countries \"in promoting maritime security.\" Ties rest on the "
                   "military cooperation agreement reached by both sides last year.",
                   "2019-09-15");
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"),
                      "Joint Statement on the Establishment of a Strategic Partnership");
  assert_string_equal(test_str(json_array_get(ag, 1), "title"), "military cooperation agreement");
  json_decref(r);

  /* Named as the basis of what is planned, or by its anniversary: it exists. */
  r = test_extract("The statement will guide Vietnam's defence ties on the basis of the Memorandum of Understanding for "
                   "Advancing Bilateral Defense Cooperation.",
                   "2015-06-01");
  assert_string_equal(test_str(json_array_get(test_list(r, "agreements"), 0), "status"), "existing");
  json_decref(r);
  r = test_extract("Hai bên sẽ tổ chức kỷ niệm 45 năm ngày ký Hiệp ước Hữu nghị và Hợp tác giữa hai nước.", NULL);
  json_t *treaty = json_array_get(test_list(r, "agreements"), 0);
  assert_non_null(treaty);
  assert_string_equal(test_str(treaty, "status"), "existing");
  json_decref(r);

  /* Signed in a year before publication: history, not this happening. */
  r = test_extract("The Memorandum of Understanding on defence cooperation signed in 2010 guides the ties with Vietnam.",
                   "2013-03-19");
  assert_string_equal(test_str(json_array_get(test_list(r, "agreements"), 0), "status"), "existing");
  json_decref(r);
}

static void test_english_figures(void **state) {
  (void)state;
  json_t *r = test_extract("The defence attache said Vietnam and the RoK have signed 10 MoUs on defence collaboration "
                           "since 2010. Vietnam has established defence ties with more than 80 countries and "
                           "international organisations, and defence attache offices in 32 countries.",
                           "2019-12-17");
  json_t *fs = test_list(r, "figures");
  assert_int_equal(json_array_size(fs), 3);
  const char *want[][3] = {{"agreements_signed", "10", "exact"},
                           {"defense_partners", "80", "more_than"},
                           {"resident_attache_offices_abroad", "32", "exact"}};
  for (size_t i = 0; i < 3; i++) {
    json_t *f = json_array_get(fs, i);
    assert_string_equal(test_str(f, "metric"), want[i][0]);
    assert_int_equal(json_integer_value(json_object_get(f, "value")), atoi(want[i][1]));
    assert_string_equal(test_str(f, "qualifier"), want[i][2]);
  }
  json_decref(r);
  /* A unit joined to its number by a hyphen. */
  r = test_extract("The 63-member Vietnamese hospital unit was deployed to the UN peacekeeping mission in South Sudan.",
                   "2024-09-27");
  fs = test_list(r, "figures");
  assert_int_equal(json_array_size(fs), 1);
  assert_string_equal(test_str(json_array_get(fs, 0), "metric"), "peacekeepers_deployed");
  assert_int_equal(json_integer_value(json_object_get(json_array_get(fs, 0), "value")), 63);
  json_decref(r);
}

static void test_rotations_counted_by_the_units_name(void **state) {
  (void)state;
  assert_string_equal(figures("Năm 2024, Bộ Quốc phòng đã triển khai 9 lượt Bệnh viện dã chiến cấp 2 và 4 lượt Đội "
                              "Công binh."),
                      "other=9/exact; other=4/exact");
}

static void test_english_partners_as_nations_states_and_militaries(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam keeps defence ties with 95 nations and international organisations."),
                      "defense_partners=95/exact");
  assert_string_equal(figures("Vietnam's army has defence relations with more than 110 militaries worldwide."),
                      "defense_partners=110/more_than");
  assert_string_equal(figures("In Vietnam, 14 states have non-resident defence attaches."),
                      "foreign_concurrent_attache=14/exact");
}

static void test_peacekeeping_units_and_modifiers(void **state) {
  (void)state;
  /* "thành viên", a unit's members; "GGHB", the short form of the mission. */
  assert_string_equal(figures("Bệnh viện dã chiến cấp 2 số 9 với 63 thành viên lên đường làm nhiệm vụ gìn giữ hòa "
                              "bình tại Nam Sudan."),
                      "peacekeepers_deployed=63/exact");
  assert_string_equal(figures("Từ năm 2014, Việt Nam đã cử hơn 900 lượt cán bộ, nhân viên tham gia GGHB LHQ."),
                      "peacekeepers_deployed=900/more_than");
  /* Several words between a count and its unit. */
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam has sent over 700 Vietnamese military personnel to UN "
                              "peacekeeping missions."),
                      "peacekeepers_deployed=700/more_than");
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam has signed nearly 80 defence cooperation documents "
                              "with its partners."),
                      "agreements_signed=80/about");
  /* Deployments counted as more of them, and "lượt" in English ("turns"). */
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam will send five more officers to UN peacekeeping "
                              "missions in Africa."),
                      "peacekeepers_deployed=5/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nThe minister handed over decisions sending nine additional "
                              "military officers to UN peacekeeping missions."),
                      "peacekeepers_deployed=9/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nIn six years, Vietnam deployed 40 turns of officers to UN "
                              "peacekeeping missions as staff officers."),
                      "peacekeepers_deployed=40/exact");
  /* A count spelled out with a word between it and its unit. */
  assert_string_equal(figures("Vietnam's defence ties\n\nThe defence ministers of Vietnam and Chile signed three "
                              "cooperation documents."),
                      "agreements_signed=3/exact");
  /* Armed services counted as partners; the two navies of the story and a
   * naval region's number are none. */
  assert_string_equal(figures("Hải quân Việt Nam có quan hệ hợp tác với 12 Hải quân các nước trong khu vực."),
                      "other=12/exact");
  assert_string_equal(figures("Vùng 2 Hải quân tăng cường quan hệ hợp tác với Hải quân Chile."), "");
  assert_string_equal(figures("Vietnam's defence ties\n\nThe visit deepened defence relations between the two "
                              "navies."),
                      "");
  /* States counted among the partners counted before them. */
  assert_string_equal(figures("Việt Nam có quan hệ quốc phòng với hơn 90 nước, trong đó có 10 nước thành viên "
                              "ASEAN."),
                      "defense_partners=90/more_than; other=10/exact");
  assert_string_equal(figures("Đoàn đã thăm 3 nước, bao gồm 2 nước ASEAN."), "");
  /* Members of a club are no peacekeepers. */
  assert_string_equal(figures("Câu lạc bộ có 63 thành viên."), "");
}

static void test_counted_documents_are_no_titles(void **state) {
  (void)state;
  /* A number before the kind counts documents: a figure, not an agreement. */
  json_t *r = test_extract("Đến nay, hai bên đã ký kết 12 bản ghi nhớ về hợp tác quốc phòng.", NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 0);
  assert_int_equal(json_array_size(test_list(r, "figures")), 1);
  json_decref(r);
  r = test_extract("Vietnam's defence ties\n\nThe team finished in 2 hours, 25 minutes and 3 seconds.", NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 0);
  json_decref(r);
  /* A document named after the count of its kind is still listed. */
  r = test_extract("Hai bên đã ký kết Bản ghi nhớ về hợp tác quốc phòng.", NULL);
  assert_int_equal(json_array_size(test_list(r, "agreements")), 1);
  json_decref(r);
}

/* The period of the document's first agreement, "from-to", or "-". */
static const char *first_period(const char *text) {
  static char buf[32];
  json_t *r = test_extract(text, "2024-05-03");
  json_t *p = json_object_get(json_array_get(test_list(r, "agreements"), 0), "period");
  if (json_is_object(p))
    snprintf(buf, sizeof buf, "%d-%d", (int)json_integer_value(json_object_get(p, "from")),
             (int)json_integer_value(json_object_get(p, "to")));
  else
    snprintf(buf, sizeof buf, "-");
  json_decref(r);
  return buf;
}

static void test_english_titles_with_years_and_abbreviations(void **state) {
  (void)state;
  /* English sets a title's years without a word for the period. */
  assert_string_equal(first_period("Vietnam and Chile signed a defence cooperation plan for 2024-2026 in Hanoi."),
                      "2024-2026");
  assert_string_equal(first_period("Vietnam and Chile signed a joint vision statement on defence relations for the "
                                   "2024 \u2013 2030 period."),
                      "2024-2030");
  assert_string_equal(first_period("Vietnam and Chile signed a defence cooperation plan for 2025 in Hanoi."),
                      "2025-2025");
  /* "towards 2030" is a horizon, not a period. */
  assert_string_equal(first_period("Vietnam and Chile signed the Joint Vision Statement on Defence Partnership towards "
                                   "2030 in Hanoi."),
                      "-");
  /* A document told as signed exists, whatever plan is told around it; one
   * "to be signed" is still planned. */
  assert_string_equal(agreements("Vietnam's defence ministry will fully implement the Agreement inked by the two "
                                 "ministries.",
                                 "2024-05-03"),
                      "Agreement inked by the two ministries | existing | -");
  assert_string_equal(agreements("Vietnam's defence ministry will prepare the Agreement to be signed by the two "
                                 "ministries.",
                                 "2024-05-03"),
                      "Agreement to be signed by the two ministries | planned | -");
  /* A lower-case document with its abbreviation is named as a title; the
   * abbreviation is no document of its own. */
  assert_string_equal(agreements("The ties grew under the 2019 memorandum of understanding (MoU) on defence "
                                 "cooperation between Vietnam and Chile.",
                                 "2024-05-03"),
                      "memorandum of understanding (MoU) on defence cooperation between Vietnam and Chile | existing | "
                      "2019");
}

static void test_english_titles_end_where_the_sentence_goes_on(void **state) {
  (void)state;
  /* A verb or conjunction right after the kind ends the title; a kind named
   * alone after a document of that kind is that document again. */
  assert_string_equal(agreements("The Vietnamese and Chilean navies signed a memorandum of understanding (MoU) on "
                                 "search and rescue. The MoU sets out how each side answers a call. The MoU is a "
                                 "first step.",
                                 "2024-05-03"),
                      "memorandum of understanding (MoU) on search and rescue | signed | -");
  assert_string_equal(agreements("Defence ministers of Vietnam and Chile reviewed the cooperation plan and witnessed "
                                 "the handover of two boats.",
                                 "2024-05-03"),
                      "cooperation plan | existing | -");
  assert_string_equal(agreements("The navies of Chile and Vietnam cooperate under the Defence Cooperation Agreement "
                                 "signed in 2019.",
                                 "2024-05-03"),
                      "Defence Cooperation Agreement | existing | 2019");
  /* A word run together with the preposition before it in the source stays
   * in the title, written with the space it lost (token.c splits glued
   * words). */
  assert_string_equal(agreements("The defence ministers of Chile and Vietnam praised the Memorandum of Understanding "
                                 "onmaritime cooperation signed in 2015.",
                                 "2024-05-03"),
                      "Memorandum of Understanding on maritime cooperation | existing | 2015");
  /* A comma right after the kind ends it ("protocol, logistics" is the
   * etiquette of a visit); a caption's credit after a spaced dash is no part
   * of the title, a side after it is. */
  assert_string_equal(agreements("The Chilean defence delegation discussed protocol, logistics and security for the "
                                 "visit to Vietnam.",
                                 "2024-05-03"),
                      "");
  assert_string_equal(agreements("The navies of Chile and Vietnam signed a Letter of Intent on naval training - Photo: "
                                 "Embassy of Chile.",
                                 "2024-05-03"),
                      "Letter of Intent on naval training | signed | -");
  assert_string_equal(agreements("The navies of Chile and Vietnam signed a Joint Vision Statement on Chile - Vietnam "
                                 "defence ties.",
                                 "2024-05-03"),
                      "Joint Vision Statement on Chile - Vietnam defence ties | signed | -");
}

static void test_years_after_a_document_span_its_period(void **state) {
  (void)state;
  /* "năm 2024-2025" after a document is the years it covers, part of its
   * title; a single year after it ("năm 2013") is when it was signed. */
  assert_string_equal(agreements("Bộ Tư lệnh Quân khu 7 và Bộ Tư lệnh Lục quân Campuchia đã ký kết Biên bản ghi nhớ "
                                 "hợp tác năm 2024-2025.",
                                 "2024-09-12"),
                      "Biên bản ghi nhớ hợp tác năm 2024-2025 | signed | -");
  assert_string_equal(first_period("Bộ Tư lệnh Quân khu 7 và Bộ Tư lệnh Lục quân Campuchia đã ký kết Biên bản ghi nhớ "
                                   "hợp tác năm 2024-2025."),
                      "2024-2025");
  assert_string_equal(agreements("Hai bên đánh giá việc thực hiện Bản ghi nhớ về hợp tác quốc phòng năm 2013 giữa Bộ "
                                 "Quốc phòng Việt Nam và Bộ Quốc phòng Chile.",
                                 "2024-09-12"),
                      "Bản ghi nhớ về hợp tác quốc phòng | existing | 2013");
}

static void test_english_documents_named_by_nouns_before_their_kind(void **state) {
  (void)state;
  /* Nouns of what a document is about before a lower-case kind name it. */
  assert_string_equal(agreements("Vietnam and Chile signed a defense agreement on Saturday in Santiago.", "2024-05-03"),
                      "defense agreement | signed | 2024-04-27");
  assert_string_equal(agreements("The Vietnamese and Chilean navies signed a grant agreement worth 30 million USD.",
                                 "2024-05-03"),
                      "grant agreement | signed | -");
  assert_string_equal(agreements("The Vietnamese and Chilean defence ministries signed a non-refundable aid agreement "
                                 "for the military hospital.",
                                 "2024-05-03"),
                      "non-refundable aid agreement for the military hospital | signed | -");
  /* Words that only qualify ("similar", "relevant") name none, nor does a
   * plural ("signed specialised cooperation agreements"). */
  assert_string_equal(agreements("Vietnam's defence ministry has signed similar agreements with the United Kingdom.",
                                 "2024-05-03"),
                      "");
  assert_string_equal(agreements("Vietnam and Chile will deploy their signed specialised cooperation agreements.",
                                 "2024-05-03"),
                      "");
}

static void test_plural_kind_shared_across_a_list(void **state) {
  (void)state;
  /* "các" before a kind and a list after it: one document per item, each
   * titled by the kind and the word that leads into its topic. */
  assert_string_equal(agreements("Hai Bộ trưởng đã ký các Bản ghi nhớ về hợp tác quân y và về tìm kiếm cứu nạn.",
                                 NULL),
                      "Bản ghi nhớ về hợp tác quân y | signed | -; Bản ghi nhớ về tìm kiếm cứu nạn | signed | -");
  /* A draft is a document still to be signed. */
  assert_string_equal(agreements("Hội nghị nhất trí dự thảo các Tuyên bố chung về an ninh biển và chống khủng bố.",
                                 NULL),
                      "Tuyên bố chung về an ninh biển | planned | -; Tuyên bố chung về chống khủng bố | planned | -");
  assert_string_equal(agreements("The Vietnamese and Indian defence ministers signed memoranda of understanding on "
                                 "cyber security, military medicine and search and rescue.",
                                 NULL),
                      "memoranda of understanding on cyber security | signed | -; memoranda of understanding on "
                      "military medicine | signed | -; memoranda of understanding on search and rescue | signed | -");
  /* The items share the words up to the last one leading into a topic; a
   * state after "and" is no item ("between Chile and Vietnam"). */
  assert_string_equal(agreements("The Vietnamese and Chilean defence ministers signed memorandums to boost ties "
                                 "between Chile and Vietnam in the fields of hydrography and logistics.",
                                 NULL),
                      "memorandums to boost ties between Chile and Vietnam in the fields of hydrography | signed | -; "
                      "memorandums to boost ties between Chile and Vietnam in the fields of logistics | signed | -");
  /* A plural kind with no list names documents in general. */
  assert_string_equal(agreements("Hai bên đã ký các Bản ghi nhớ về hợp tác quốc phòng.", NULL), "");
}

static void test_contracts_and_written_agreements(void **state) {
  (void)state;
  /* A contract is a document when signed, carried out, or signed in a
   * relative clause after it ("mà ... đã ký"); "văn bản thỏa thuận" is an
   * agreement. */
  assert_string_equal(agreements("Hai bên đã ký hợp đồng đóng mới ba tàu cứu hộ cho Hải quân.", NULL),
                      "hợp đồng đóng mới ba tàu cứu hộ cho Hải quân | signed | -");
  assert_string_equal(agreements("Chiếc máy bay cuối cùng trong hợp đồng mua 12 chiếc mà hai nước đã ký năm 2015 "
                                 "đã được bàn giao.",
                                 "2026-03-05"),
                      "hợp đồng mua 12 chiếc | existing | -");
  assert_string_equal(agreements("Người lao động làm việc theo hợp đồng ba năm.", NULL), "");
  assert_string_equal(agreements("Sau hội đàm, hai bên ký văn bản thỏa thuận về hợp tác huấn luyện.", NULL),
                      "văn bản thỏa thuận về hợp tác huấn luyện | signed | -");
  /* Documents handed over at a ceremony ("trao văn kiện") were signed there. */
  assert_string_equal(agreements("Hai Bộ trưởng chứng kiến lễ trao văn kiện Bản ghi nhớ về hợp tác quân y.", NULL),
                      "Bản ghi nhớ về hợp tác quân y | signed | -");
}

static void test_english_titles_end_at_a_clause_about_them(void **state) {
  (void)state;
  /* A participle after a noun of the title, or "as well as", starts what
   * the sentence says about the document. */
  assert_string_equal(agreements("The Vietnamese and Chilean defence ministries will implement the cooperation plan "
                                 "for 2025 - 2027 approved by the two ministers.",
                                 "2024-05-03"),
                      "cooperation plan for 2025 - 2027 | existing | -");
  assert_string_equal(agreements("The Vietnamese and Chilean defence ministers reviewed the Memorandum of "
                                 "Understanding on naval cooperation as well as discussed training.",
                                 "2024-05-03"),
                      "Memorandum of Understanding on naval cooperation | existing | -");
  /* A word in -ed after a word leading into it stays in the title. */
  assert_string_equal(agreements("The Vietnamese and Chilean defence ministers signed a Memorandum of Understanding "
                                 "on unexploded ordnance clearance.",
                                 "2024-05-03"),
                      "Memorandum of Understanding on unexploded ordnance clearance | signed | -");
}

static void test_titles_end_at_what_they_rest_on_and_the_next_predicate(void **state) {
  (void)state;
  /* Words of what a document rests on end its title; in English so do
   * words placing the signing at an event. */
  assert_string_equal(agreements("Hai bên phối hợp xử lý các vụ việc trên biên giới theo Thỏa thuận của Chính phủ hai "
                                 "nước trên tinh thần hữu nghị, tin cậy.",
                                 "2024-05-03"),
                      "Thỏa thuận của Chính phủ hai nước | existing | -");
  assert_string_equal(agreements("The Vietnamese and Chilean defence ministers signed the 2025 defence cooperation plan "
                                 "after the talks.",
                                 "2024-05-03"),
                      "defence cooperation plan | signed | -");
  assert_string_equal(agreements("The Vietnamese and Chilean navies signed minutes of the meeting at the end of the "
                                 "talks.",
                                 "2024-05-03"),
                      "minutes of the meeting | signed | -");
  /* ... but not as the topic a title leads into. */
  assert_string_equal(agreements("The Vietnamese and Chilean defence ministers signed a Protocol on the implementation "
                                 "of peacekeeping training.",
                                 "2024-05-03"),
                      "Protocol on the implementation of peacekeeping training | signed | -");
  /* English "and" before a verb starts the next predicate. */
  assert_string_equal(agreements("Vietnam and Chile agreed to revise their memorandum of understanding on defence "
                                 "cooperation and explore cooperation in cyber security.",
                                 "2024-05-03"),
                      "memorandum of understanding on defence cooperation | existing | -");
  assert_string_equal(agreements("Vietnam and Chile will realise the defence cooperation plan for the 2024-2026 period "
                                 "and build a plan for the following years.",
                                 "2024-05-03"),
                      "defence cooperation plan for the 2024-2026 period | existing | -");
  /* "Đang" starts what is done with the document. */
  assert_string_equal(agreements("Dự thảo Bản ghi nhớ về hợp tác quân y Việt Nam - Chile đang được hai bên hoàn thiện.",
                                 "2024-05-03"),
                      "Bản ghi nhớ về hợp tác quân y Việt Nam - Chile | planned | -");
}

static void test_sides_named_in_a_title(void **state) {
  (void)state;
  /* Sides followed by the document's topic are part of its name, even
   * told as two ... */
  assert_string_equal(agreements("Trên cơ sở Thỏa thuận giữa Chính phủ hai nước về hợp tác quốc phòng, quân đội Việt "
                                 "Nam và Chile đã trao đổi nhiều đoàn.",
                                 "2024-05-03"),
                      "Thỏa thuận giữa Chính phủ hai nước về hợp tác quốc phòng | existing | -");
  /* ... and so are bodies named by their proper names, but not bodies
   * told as one of two. */
  assert_string_equal(agreements("Hai bên đã ký kết Thỏa thuận hợp tác giữa Học viện Hải quân và Học viện Quân sự "
                                 "Chile.",
                                 "2024-05-03"),
                      "Thỏa thuận hợp tác giữa Học viện Hải quân và Học viện Quân sự Chile | signed | -");
  assert_string_equal(agreements("Bộ trưởng Quốc phòng Việt Nam và Chile đã ký kết Thỏa thuận hợp tác đào tạo giữa Bộ "
                                 "Quốc phòng hai nước.",
                                 "2024-05-03"),
                      "Thỏa thuận hợp tác đào tạo | signed | -");
  /* The "and" of "between A and B" joins the sides. */
  assert_string_equal(agreements("The Vietnamese and Chilean navies signed a cooperation agreement between the Vietnam "
                                 "People's Navy and the Chilean Navy.",
                                 "2024-05-03"),
                      "cooperation agreement between the Vietnam People's Navy and the Chilean Navy | signed | -");
  /* "Kế hoạch hành động" is a plan. */
  assert_string_equal(agreements("Hai bên đã ký Kế hoạch hành động hợp tác quốc phòng Việt Nam - Chile giai đoạn "
                                 "2024-2026.",
                                 "2024-05-03"),
                      "Kế hoạch hành động hợp tác quốc phòng Việt Nam - Chile giai đoạn 2024-2026 | signed | -");
}

/* The kind and the parties of each document, "kind:title:VN,XX" joined by
 * "; " (a static buffer). */
static const char *kinds_and_parties(const char *text) {
  static char buf[1024];
  json_t *r = test_extract(text, "2024-05-03");
  json_t *ag = test_list(r, "agreements");
  buf[0] = '\0';
  for (size_t i = 0; i < json_array_size(ag); i++) {
    json_t *a = json_array_get(ag, i), *parties = json_object_get(a, "parties");
    size_t n = strlen(buf);
    n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s:%s:", i ? "; " : "", test_str(a, "kind"), test_str(a, "title"));
    for (size_t k = 0; k < json_array_size(parties); k++)
      n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", k ? "," : "", json_string_value(json_array_get(parties, k)));
  }
  json_decref(r);
  return buf;
}

static void test_other_names_of_documents_and_their_parties(void **state) {
  (void)state;
  /* A joint vision named without "Tuyên bố", in capitals; a shared outlook
   * in small letters is none. */
  assert_string_equal(kinds_and_parties("Hai Bộ trưởng Việt Nam và Chile đã ký Tầm nhìn chung về hợp tác quốc phòng "
                                        "đến năm 2030."),
                      "joint_vision_statement:Tầm nhìn chung về hợp tác quốc phòng đến năm 2030:VN,CL");
  assert_string_equal(kinds_and_parties("Hai Bộ trưởng Việt Nam và Chile có tầm nhìn chung về an ninh khu vực."), "");
  /* A statement of intent is a letter of intent; the ASEAN Treaty of Amity
   * and Cooperation is a kind of its own; an accord is an agreement. */
  assert_string_equal(kinds_and_parties("The Vietnamese and Chilean defence ministers signed a statement of intent on "
                                        "military medicine cooperation."),
                      "letter_of_intent:statement of intent on military medicine cooperation:VN,CL");
  assert_string_equal(kinds_and_parties("Chile acceded to the Treaty of Amity and Cooperation in Southeast Asia, the "
                                        "Vietnamese defence minister said."),
                      "other:Treaty of Amity and Cooperation in Southeast Asia:VN,CL");
  assert_string_equal(kinds_and_parties("Vietnamese and US defence officials recalled the Paris Peace Accords on ending "
                                        "the war."),
                      "agreement:Paris Peace Accords on ending the war:VN,US");
  /* "Và" before a verb goes on with what the sides did. */
  assert_string_equal(kinds_and_parties("Sau hội đàm, Bộ đội Biên phòng Việt Nam và Chile đã ký Biên bản hội đàm và trao "
                                        "quà lưu niệm."),
                      "minutes:Biên bản hội đàm:VN,CL");
  /* The story's partner named only after an abbreviation ("QĐND Chile") is
   * still the partner of a document between "hai nước". */
  assert_string_equal(kinds_and_parties("Đoàn cán bộ Quân chủng Hải quân QĐND Chile đang thăm Việt Nam. Đoàn sang thăm "
                                        "theo thỏa thuận hợp tác quốc phòng giữa hai nước."),
                      "agreement:thỏa thuận hợp tác quốc phòng:VN,CL");
}

static void test_states_joined_to_vietnam_are_the_parties(void **state) {
  (void)state;
  /* The sides named together with Vietnam sign; a state the sentence only
   * tells of (a worry, a mission's place) signs nothing. */
  assert_string_equal(kinds_and_parties("Amid concern over Russia's naval build-up, Chile and Vietnam signed a "
                                        "memorandum of understanding on maritime security."),
                      "mou:memorandum of understanding on maritime security:VN,CL");
  assert_string_equal(kinds_and_parties("Vietnam and Chile approved a defence cooperation plan that includes training "
                                        "for officers bound for the UN mission in South Sudan."),
                      "plan:defence cooperation plan:VN,CL");
  assert_string_equal(kinds_and_parties("Giữa lúc Trung Quốc tăng cường hiện diện trên biển, Việt Nam và Chile đã ký Bản "
                                        "ghi nhớ về hợp tác an ninh biển."),
                      "mou:Bản ghi nhớ về hợp tác an ninh biển:VN,CL");
  /* Three sides joined by a comma and "và" all sign. */
  assert_string_equal(kinds_and_parties("Việt Nam, Lào và Campuchia đã ký Bản ghi nhớ về hợp tác tìm kiếm cứu nạn."),
                      "mou:Bản ghi nhớ về hợp tác tìm kiếm cứu nạn:VN,LA,KH");
  /* Of two pairs, the one right before the document signs it; the other
   * names a relation the sentence recalls. */
  assert_string_equal(kinds_and_parties("Nhân dịp kỷ niệm quan hệ Việt Nam - Lào, Bộ Quốc phòng Việt Nam và Campuchia đã "
                                        "ký Bản ghi nhớ về hợp tác tìm kiếm cứu nạn."),
                      "mou:Bản ghi nhớ về hợp tác tìm kiếm cứu nạn:VN,KH");
}

static void test_pacts_deals_and_treaties(void **state) {
  (void)state;
  /* English tells an agreement as a pact, a deal or a treaty named by the
   * words before it. */
  assert_string_equal(kinds_and_parties("The Vietnamese and Chilean defence ministers signed a military logistics "
                                        "support pact."),
                      "agreement:military logistics support pact:VN,CL");
  assert_string_equal(kinds_and_parties("The Vietnamese and Chilean defence ministers sealed a border demarcation "
                                        "treaty."),
                      "agreement:border demarcation treaty:VN,CL");
  /* "Deal" alone is everyday English: no document. */
  assert_string_equal(kinds_and_parties("The Vietnamese and Chilean navies will deal with illegal fishing together, "
                                        "the defence ministry said."),
                      "");
  assert_string_equal(kinds_and_parties("The Vietnamese and Chilean navies have a great deal of experience in search "
                                        "and rescue."),
                      "");
  /* "Hiệp nghị" names an agreement in Vietnamese. */
  assert_string_equal(kinds_and_parties("Bộ đội Biên phòng Việt Nam và Chile đã ký Hiệp nghị hợp tác biên phòng."),
                      "agreement:Hiệp nghị hợp tác biên phòng:VN,CL");
}

static void test_organizations_that_sign_are_parties(void **state) {
  (void)state;
  /* An organization told as the side that signs is a party. */
  assert_string_equal(kinds_and_parties("Bộ Quốc phòng Việt Nam và Liên minh châu Âu đã ký Hiệp định về sự tham gia "
                                        "của Việt Nam trong các hoạt động quản lý khủng hoảng."),
                      "agreement:Hiệp định về sự tham gia của Việt Nam trong các hoạt động quản lý khủng hoảng:VN,EU");
  assert_string_equal(kinds_and_parties("The Vietnamese defence minister and the EU ambassador signed a Framework "
                                        "Participation Agreement on crisis management."),
                      "agreement:Framework Participation Agreement on crisis management:VN,EU");
  /* One named as a field of the cooperation is not: the story's partner is. */
  assert_string_equal(kinds_and_parties("Bộ trưởng Quốc phòng Chile thăm Việt Nam. Hai Bộ Quốc phòng đã ký Bản ghi "
                                        "nhớ về hợp tác gìn giữ hòa bình Liên hợp quốc."),
                      "mou:Bản ghi nhớ về hợp tác gìn giữ hòa bình Liên hợp quốc:VN,CL");
  assert_string_equal(kinds_and_parties("The defence minister of Chile visited Vietnam. The two defence ministries "
                                        "signed a memorandum of understanding on training, under which they will "
                                        "cooperate in the United Nations peacekeeping missions."),
                      "mou:memorandum of understanding on training:VN,CL");
}

static void test_approximate_counts(void **state) {
  (void)state;
  assert_string_equal(figures("Some 50 countries have defence attaché offices in Vietnam, the Vietnamese defence "
                              "ministry said."),
                      "foreign_resident_attache_offices=50/about");
  assert_string_equal(figures("Việt Nam đã có quan hệ quốc phòng với trên dưới 100 quốc gia và vùng lãnh thổ."),
                      "defense_partners=100/about");
}

static void test_english_capitalised_kinds_named_by_nouns_before(void **state) {
  (void)state;
  /* A capitalised kind with no capitals before it is named, like a
   * lower-case one, by the nouns of its topic. */
  assert_string_equal(kinds_and_parties("The Vietnamese and Chilean defence ministers signed a military medicine MoU."),
                      "mou:military medicine MoU:VN,CL");
  assert_string_equal(kinds_and_parties("The Vietnamese and Chilean navies signed a maritime cooperation Letter of "
                                        "Intent."),
                      "letter_of_intent:maritime cooperation Letter of Intent:VN,CL");
  assert_string_equal(kinds_and_parties("The Vietnamese and Chilean defence ministers signed a defence cooperation "
                                        "MoU."),
                      "mou:defence cooperation MoU:VN,CL");
  /* Capitals before it still name it. */
  assert_string_equal(kinds_and_parties("The Vietnamese and Chilean defence ministers signed the Vietnam-Chile "
                                        "Defence Cooperation MoU."),
                      "mou:Vietnam-Chile Defence Cooperation MoU:VN,CL");
}

static void test_vietnamese_titles_end_at_a_clause_a_month_or_a_bare_signing(void **state) {
  (void)state;
  /* "được" past the kind opens a clause about the document, whatever verb
   * follows it. */
  assert_string_equal(agreements("Các Bộ trưởng Việt Nam và Chile thông qua Tuyên bố chung hội nghị lần thứ 5 được tổ "
                                 "chức theo hình thức trực tuyến.",
                                 "2024-05-03"),
                      "Tuyên bố chung hội nghị lần thứ 5 | signed | -");
  /* A month and its year date the signing: history, no part of the title. */
  assert_string_equal(agreements("Hai bên Việt Nam và Chile ký bản ghi nhớ về hợp tác quân y tháng 11-2015.",
                                 "2024-05-03"),
                      "bản ghi nhớ về hợp tác quân y | existing | 2015");
  /* A bare "ký" right after the kind ends it too. */
  assert_string_equal(agreements("Hợp tác quốc phòng Việt Nam - Chile được triển khai trên cơ sở Bản ghi nhớ ký năm "
                                 "2017.",
                                 "2024-05-03"),
                      "Bản ghi nhớ | existing | 2017");
}

static void test_english_names_joined_by_an_en_dash_and_a_next_predicate_in_ing(void **state) {
  (void)state;
  /* Capitals joined by an en dash name the document as a hyphen does. */
  assert_string_equal(kinds_and_parties("The Vietnamese and Chilean defence officials praised the Chile–Vietnam Joint "
                                        "Vision Statement on Defence Relations."),
                      "joint_vision_statement:Chile–Vietnam Joint Vision Statement on Defence Relations:VN,CL");
  /* "and achieving ..." goes on with what the sides did. */
  assert_string_equal(kinds_and_parties("The Vietnamese and Chilean defence ministries are implementing their "
                                        "memorandum of understanding on training and achieving good results."),
                      "mou:memorandum of understanding on training:VN,CL");
}

static void test_a_signing_worked_towards_is_planned(void **state) {
  (void)state;
  /* A document the sides work towards signing is still to be signed. */
  assert_string_equal(agreements("The Vietnamese and Chilean defence ministries are promoting the signing of a "
                                 "memorandum of understanding on military medicine.",
                                 "2024-05-03"),
                      "memorandum of understanding on military medicine | planned | -");
  assert_string_equal(agreements("The Vietnamese and Chilean defence officials agreed to study cooperation contents "
                                 "towards the signing of a memorandum of understanding on military medicine.",
                                 "2024-05-03"),
                      "memorandum of understanding on military medicine | planned | -");
  /* ... and so is one whose signing they hasten: no signing happened. */
  assert_string_equal(agreements("The talks gave the Vietnamese and Chilean defence officials a chance to speed up the "
                                 "signing of a memorandum of understanding on military medicine.",
                                 "2024-05-03"),
                      "memorandum of understanding on military medicine | planned | -");
  assert_string_equal(agreements("The Vietnamese and Chilean defence ministers pushed for the early signing of a "
                                 "memorandum of understanding on military medicine.",
                                 "2024-05-03"),
                      "memorandum of understanding on military medicine | planned | -");
}

static void test_horizon_year_is_part_of_the_title(void **state) {
  (void)state;
  /* "đến năm 2030", "hướng tới năm 2030": the year a document looks to is
   * part of its name, not its period nor when it was signed. */
  assert_string_equal(agreements("Hai bên đánh giá cao việc thực hiện Tuyên bố Tầm nhìn chung về hợp tác quốc phòng "
                                 "đến năm 2030.",
                                 "2026-03-05"),
                      "Tuyên bố Tầm nhìn chung về hợp tác quốc phòng đến năm 2030 | existing | -");
  json_t *r = test_extract("Hai Bộ trưởng đã ký Tuyên bố Tầm nhìn chung về quan hệ đối tác quốc phòng hướng tới năm "
                           "2035.",
                           NULL);
  json_t *a = json_array_get(test_list(r, "agreements"), 0);
  assert_string_equal(test_str(a, "title"), "Tuyên bố Tầm nhìn chung về quan hệ đối tác quốc phòng hướng tới năm 2035");
  assert_true(json_is_null(json_object_get(a, "period")));
  assert_true(json_is_null(json_object_get(a, "date")));
  json_decref(r);
}

static void test_english_titles_named_in_capitals_before_their_kind(void **state) {
  (void)state;
  /* Capitalised words right before a capitalised kind are its name. */
  assert_string_equal(agreements("The Vietnamese and Cambodian defence ministers marked the anniversary of the "
                                 "Vietnam-Cambodia Border Demarcation and Peace Treaty.",
                                 "2024-05-03"),
                      "Vietnam-Cambodia Border Demarcation and Peace Treaty | existing | -");
  assert_string_equal(agreements("Vietnam and Chile signed a Naval Cooperation Memorandum of Understanding.",
                                 "2024-05-03"),
                      "Naval Cooperation Memorandum of Understanding | signed | -");
  /* Not a determiner, nor a headline's verb of signing. */
  assert_string_equal(agreements("Vietnam and Chile Sign Defence Cooperation Agreement. The Vietnamese and Chilean "
                                 "defence ministers met in Santiago.",
                                 "2024-05-03"),
                      "Defence Cooperation Agreement | existing | -");
}

static void test_english_titles_named_by_their_sides_before_a_lower_case_kind(void **state) {
  (void)state;
  /* The two sides joined by a hyphen, spaced or not, after a determiner
   * name a lower-case kind, alone or with the nouns of its topic. */
  assert_string_equal(agreements("Poland and Vietnam signed the Vietnam-Poland defence cooperation agreement.",
                                 "2024-05-03"),
                      "Vietnam-Poland defence cooperation agreement | signed | -");
  assert_string_equal(agreements("The ministers signed the Vietnam - Poland defence cooperation plan.",
                                 "2024-05-03"),
                      "Vietnam - Poland defence cooperation plan | signed | -");
  /* One capitalised word is no pair of sides. */
  assert_string_equal(agreements("The ministers signed the Vietnam defence cooperation plan.", "2024-05-03"),
                      "defence cooperation plan | signed | -");
}

static void test_english_titles_with_a_hyphenated_compound_and_plans_on_a_topic(void **state) {
  (void)state;
  /* A compound joined by a hyphen before the words naming a document, after
   * a determiner or an epithet, is part of its title. */
  assert_string_equal(agreements("Poland and Vietnam signed a government-level agreement on naval cooperation.", "2024-05-03"),
                      "government-level agreement on naval cooperation | signed | -");
  assert_string_equal(agreements("Poland and Vietnam signed a new five-year defence cooperation plan.", "2024-05-03"),
                      "five-year defence cooperation plan | signed | -");
  /* The compound alone names no document: an agreement reached is none. */
  assert_string_equal(agreements("Poland and Vietnam reached a high-level agreement.", "2024-05-03"), "");
  /* A plan named by its topic after "on" or "of". */
  assert_string_equal(agreements("Poland and Vietnam signed a three-year plan on defence cooperation.", "2024-05-03"),
                      "three-year plan on defence cooperation | signed | -");
  assert_string_equal(agreements("Poland and Vietnam signed a plan of military cooperation for 2025-2027.", "2024-05-03"),
                      "plan of military cooperation for 2025-2027 | signed | -");
  /* A finite verb past the kind ends the title: the document is its subject. */
  assert_string_equal(agreements("The Vietnam-Poland plan of military cooperation development was approved by the two defence ministers.",
                                 "2024-05-03"),
                      "Vietnam-Poland plan of military cooperation development | existing | -");
}

static void test_a_plan_of_something_else_makes_no_document_planned(void **state) {
  (void)state;
  /* "will" tells how long the visit lasts; the plan it is part of exists. */
  assert_string_equal(agreements("The Chilean frigate began a friendship visit to Da Nang which will last four days, "
                                 "as part of the Vietnam-Chile defence cooperation plan for 2024.",
                                 "2024-05-03"),
                      "Vietnam-Chile defence cooperation plan for 2024 | existing | -");
  /* Documents the sides will carry out exist, the second as the first. */
  assert_string_equal(agreements("Vietnam and Chile will work closely to implement a defence cooperation plan for "
                                 "2024 and a defence cooperation protocol for 2024-2028.",
                                 "2024-05-03"),
                      "defence cooperation plan for 2024 | existing | -; defence cooperation protocol for 2024-2028 "
                      "| existing | -");
  /* A plan still governs a signing, a word that plans documents, the verb
   * right before the title, and a document told new. */
  assert_string_equal(agreements("Vietnam and Chile will sign a defence cooperation plan for 2025.", "2024-05-03"),
                      "defence cooperation plan for 2025 | planned | -");
  assert_string_equal(agreements("Hai bên sẽ xây dựng Kế hoạch hợp tác quốc phòng giai đoạn 2025-2027.", "2024-05-03"),
                      "Kế hoạch hợp tác quốc phòng giai đoạn 2025-2027 | planned | -");
  assert_string_equal(agreements("Hanoi, May 3 - Defence experts of Vietnam and Chile met in Hanoi on May 3. They will "
                                 "review the progress of their working groups in the 2022-2024 period and a new "
                                 "action plan for the 2025-2027 one.",
                                 "2024-05-03"),
                      "action plan for the 2025-2027 one | planned | -");
}

static void test_a_document_other_states_sign_between_themselves_is_none_of_vietnams(void **state) {
  (void)state;
  /* Two other states told as the signers, in a story of Vietnam's defence
   * relations: none of Vietnam's documents. */
  assert_string_equal(kinds_and_parties("Hanoi, May 3 - Defence Minister Phan Van Giang received the Chilean ambassador "
                                        "in Hanoi on May 3. Chile and Peru signed the Reciprocal Access Agreement in "
                                        "Lima on May 2."),
                      "");
  assert_string_equal(kinds_and_parties("Hà Nội, 3/5 - Đại tướng Phan Văn Giang tiếp Đại sứ Chile tại Hà Nội. Chile và "
                                        "Peru đã ký Thỏa thuận tiếp cận có đi có lại hôm 2/5."),
                      "");
  assert_string_equal(kinds_and_parties("Hà Nội, 3/5 - Đại tướng Phan Văn Giang tiếp Đại sứ Chile tại Hà Nội. Chile và "
                                        "Peru nhất trí thúc đẩy sớm ký kết Thỏa thuận tiếp cận có đi có lại."),
                      "");
  /* Vietnam among them, or named after them, signs it too. */
  assert_string_equal(kinds_and_parties("Hà Nội, 3/5 - Đại tướng Phan Văn Giang tiếp Đại sứ Chile tại Hà Nội. Chile, "
                                        "Peru và Việt Nam đã ký Bản ghi nhớ về hợp tác tìm kiếm cứu nạn."),
                      "mou:Bản ghi nhớ về hợp tác tìm kiếm cứu nạn:VN,CL,PE");
  assert_string_equal(kinds_and_parties("Hanoi, May 3 - Defence Minister Phan Van Giang received the Chilean ambassador "
                                        "in Hanoi on May 3. Chile and Peru signed a memorandum of understanding on "
                                        "search and rescue with Vietnam."),
                      "mou:memorandum of understanding on search and rescue:VN,CL,PE");
}

static void test_title_ends_before_sides_told_as_two_and_a_next_predicate(void **state) {
  (void)state;
  /* English: past the kind, sides told only as two are the parties, not the
   * name, unless the topic follows them. */
  assert_string_equal(agreements("Vietnam and Poland signed a Joint Vision on Defence Cooperation to 2035 between the two "
                                 "countries.",
                                 "2024-05-03"),
                      "Joint Vision on Defence Cooperation to 2035 | signed | -");
  assert_string_equal(agreements("Vietnam and Poland signed the Memorandum of Understanding on naval cooperation between "
                                 "the two navies.",
                                 "2024-05-03"),
                      "Memorandum of Understanding on naval cooperation | signed | -");
  assert_string_equal(agreements("Vietnam and Poland signed a Joint Vision Statement between the two defence ministries "
                                 "on defence cooperation.",
                                 "2024-05-03"),
                      "Joint Vision Statement between the two defence ministries on defence cooperation | signed | -");
  /* A verb after "and" starts the next predicate. */
  assert_string_equal(agreements("The defence ministers of Vietnam and Poland reviewed the protocol for the 2021-2025 period "
                                 "and recommended new fields of cooperation.",
                                 "2024-05-03"),
                      "protocol for the 2021-2025 period | existing | -");
  /* "đã qua sử dụng" (second-hand) is no clause: the title goes on. */
  assert_string_equal(agreements("Hai bên đã ký thỏa thuận chuyển giao máy bay vận tải đã qua sử dụng cho Không quân "
                                 "Việt Nam.",
                                 NULL),
                      "thỏa thuận chuyển giao máy bay vận tải đã qua sử dụng cho Không quân Việt Nam | signed | -");
}

static void test_signed_earlier_or_soon(void **state) {
  (void)state;
  /* A signing told right after the title and dated to an earlier year:
   * the document exists, whatever plan the sentence tells. */
  assert_string_equal(agreements("Hai bên nhất trí triển khai Bản ghi nhớ về hợp tác quân y và Tuyên bố Tầm nhìn "
                                 "chung về quan hệ quốc phòng ký năm 2019.",
                                 "2026-03-05"),
                      "Bản ghi nhớ về hợp tác quân y | existing | -; Tuyên bố Tầm nhìn chung về quan hệ quốc phòng | "
                      "existing | 2019");
  /* "sớm ký": to be signed soon. */
  assert_string_equal(agreements("Hai bên thống nhất sớm ký Nghị định thư về hợp tác biên phòng.", "2026-03-05"),
                      "Nghị định thư về hợp tác biên phòng | planned | -");
}

static void test_a_count_ends_at_the_next_conjunct(void **state) {
  (void)state;
  /* Partners, then offices in a second conjunct after "và", "and": each
   * count is read in its own; the states an office is in, after "tại". */
  assert_string_equal(figures("Ba Lan có quan hệ quốc phòng với gần 60 nước và có Phòng Tùy viên Quốc phòng tại "
                              "21 nước."),
                      "defense_partners=60/about; resident_attache_offices_abroad=21/exact");
  assert_string_equal(figures("Việt Nam có Phòng Tùy viên Quốc phòng thường trú tại 37 nước."),
                      "resident_attache_offices_abroad=37/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nThe country keeps defence ties with over 90 countries and "
                              "defence attaché offices in 35 countries."),
                      "defense_partners=90/more_than; resident_attache_offices_abroad=35/exact");
  /* A second unit after "and" is the same count's ("officers and soldiers"). */
  assert_string_equal(figures("Vietnam's defence ties\n\nSince 2014, Vietnam has sent 640 officers and soldiers to "
                              "UN peacekeeping missions."),
                      "peacekeepers_deployed=640/exact");
  /* Diplomatic relations are no defence ties. */
  assert_string_equal(figures("Việt Nam có quan hệ ngoại giao với 191 quốc gia."), "");
  /* People trained over a span, the training told before the count and the
   * span after it. */
  assert_string_equal(figures("Phía bạn đã giúp đào tạo ngoại ngữ cho hơn 700 sĩ quan Việt Nam từ năm 2008."),
                      "other=700/more_than");
}

static void test_bodies_languages_arrangements_and_documents_worked_towards(void **state) {
  (void)state;
  /* A body whose name holds its state is that state's side. */
  assert_string_equal(kinds_and_parties("The Vietnam Coast Guard and the Japan Coast Guard signed a letter of intent "
                                        "on training cooperation."),
                      "letter_of_intent:letter of intent on training cooperation:VN,JP");
  /* An agency known by its initials signs for its state. */
  assert_string_equal(kinds_and_parties("Bộ Quốc phòng Việt Nam và KOICA đã ký Biên bản ghi nhớ về dự án rà phá bom "
                                        "mìn tại Quảng Trị."),
                      "mou:Biên bản ghi nhớ về dự án rà phá bom mìn:VN,KR");
  /* A language named after a state names no state. */
  assert_string_equal(kinds_and_parties("Việt Nam và New Zealand đã ký thỏa thuận về đào tạo tiếng Anh cho cán bộ "
                                        "quân đội."),
                      "agreement:thỏa thuận về đào tạo tiếng Anh cho cán bộ quân đội:VN,NZ");
  /* An implementing arrangement is an agreement. */
  assert_string_equal(kinds_and_parties("Vietnam and Japan signed an implementing arrangement on the exchange of "
                                        "defence equipment."),
                      "agreement:implementing arrangement on the exchange of defence equipment:VN,JP");
  /* Promoted, worked towards, negotiated, finalised or drafted: planned. */
  assert_string_equal(agreements("Việt Nam và Brazil đang xúc tiến ký kết Bản ghi nhớ về hợp tác quân y.", "2026-03-05"),
                      "Bản ghi nhớ về hợp tác quân y | planned | -");
  assert_string_equal(agreements("Việt Nam và Brazil hướng tới ký kết Hiệp định về hợp tác quốc phòng.", "2026-03-05"),
                      "Hiệp định về hợp tác quốc phòng | planned | -");
  assert_string_equal(agreements("Vietnam and Greece are negotiating an agreement on defence industry cooperation.",
                                 "2026-03-05"),
                      "agreement on defence industry cooperation | planned | -");
  assert_string_equal(agreements("Vietnam and Greece agreed to finalise a memorandum of understanding on naval "
                                 "cooperation.",
                                 "2026-03-05"),
                      "memorandum of understanding on naval cooperation | planned | -");
  /* A horizon inside a title is no plan for the next document. */
  assert_string_equal(agreements("Hai bên triển khai Tuyên bố Tầm nhìn chung về hợp tác quốc phòng Việt Nam - Hy Lạp "
                                 "hướng tới năm 2035 và ký Bản ghi nhớ về hợp tác quân y.",
                                 "2026-03-05"),
                      "Tuyên bố Tầm nhìn chung về hợp tác quốc phòng Việt Nam - Hy Lạp hướng tới năm 2035 | existing | "
                      "-; Bản ghi nhớ về hợp tác quân y | signed | -");
}

static void test_british_spellings_plans_of_cooperation_and_ink(void **state) {
  (void)state;
  /* "co-operation", British spelling; a span counted from ends the title. */
  assert_string_equal(kinds_and_parties("Vietnam and Ireland have signed their first defence co-operation agreement "
                                        "since the two states opened embassies."),
                      "agreement:defence co-operation agreement:VN,IE");
  /* A plan of cooperation is a plan, as a cooperation plan. */
  assert_string_equal(kinds_and_parties("Vietnam and Ireland signed a memorandum on naval training and a plan of "
                                        "cooperation for 2027."),
                      "mou:memorandum on naval training:VN,IE; plan:plan of cooperation for 2027:VN,IE");
  /* "ink", a headline's or a caption's present tense, is a signing. */
  assert_string_equal(agreements("The two deputy ministers of Vietnam and Ireland ink a plan for defence cooperation "
                                 "for 2027-2029.",
                                 "2026-03-05"),
                      "plan for defence cooperation for 2027-2029 | signed | -");
}

static void test_a_page_in_two_languages_lists_its_document_once(void **state) {
  (void)state;
  /* The English line under a Vietnamese story retells its signing. */
  assert_string_equal(kinds_and_parties("Ngày 3/3, tại Hà Nội, Việt Nam và Ireland đã ký Bản ghi nhớ về hợp tác quốc "
                                        "phòng nhằm thúc đẩy hợp tác trong đào tạo và gìn giữ hòa bình.\n\nIreland "
                                        "and Vietnam signed a Memorandum of Understanding on defence cooperation in "
                                        "Hanoi.\n\nLễ ký diễn ra sau hội đàm giữa hai Thứ trưởng Bộ Quốc phòng."),
                      "mou:Bản ghi nhớ về hợp tác quốc phòng:VN,IE");
}

static void test_a_vietnamese_title_ends_before_what_the_document_is_for(void **state) {
  (void)state;
  assert_string_equal(agreements("Hai bên đã ký thỏa thuận bổ sung vốn viện trợ của Ireland để mở rộng dự án rà phá "
                                 "bom mìn.",
                                 "2026-03-05"),
                      "thỏa thuận bổ sung vốn viện trợ của Ireland | signed | -");
}

static void test_counts_that_share_or_follow_what_they_tell(void **state) {
  (void)state;
  /* The partners counted before the relation with Vietnam told. */
  assert_string_equal(figures("Đến nay, đã có 115 nước thiết lập quan hệ quốc phòng với Việt Nam."),
                      "defense_partners=115/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nSo far, 115 countries have established defence ties with "
                              "Vietnam."),
                      "defense_partners=115/exact");
  /* Two counts of one unit joined by "and" share what the second tells. */
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam has sent 90 officers on individual duties, and 610 "
                              "soldiers in units on UN peacekeeping missions."),
                      "peacekeepers_deployed=90/exact; peacekeepers_deployed=610/exact");
  assert_string_equal(figures("Việt Nam đã cử 90 lượt sĩ quan làm nhiệm vụ cá nhân và 610 lượt quân nhân trong các "
                              "đơn vị tham gia gìn giữ hòa bình Liên hợp quốc."),
                      "peacekeepers_deployed=90/exact; peacekeepers_deployed=610/exact");
  /* Attachés in the plural; a state's adjective between count and unit. */
  assert_string_equal(figures("Vietnam's defence ties\n\nSome 47 countries have resident defence attachés in "
                              "Vietnam."),
                      "foreign_resident_attache_offices=47/about");
  assert_string_equal(figures("Vietnam's defence ties\n\nSince 2012, Vietnam has trained 450 Cambodian officers."),
                      "other=450/exact");
  /* Modifiers joined by "and" between the count and its unit. */
  assert_string_equal(figures("Vietnam's defence ties\n\nSo far, Vietnam has sent 930 military and police officers "
                              "to UN peacekeeping missions."),
                      "peacekeepers_deployed=930/exact");
  /* People trained over the years up to now. */
  assert_string_equal(figures("Vietnam's defence ties\n\nOver the past 12 years, Vietnam has trained 640 Cambodian "
                              "military officers."),
                      "other=640/exact");
  assert_string_equal(figures("Trong 10 năm qua, Việt Nam đã giúp đào tạo 310 sĩ quan quân đội Lào."), "other=310/exact");
}

static void test_titles_end_before_a_time_to_come(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Ireland will sign a defence cooperation agreement next year.", "2026-03-05"),
                      "defence cooperation agreement | planned | -");
  assert_string_equal(agreements("Vietnam and Ireland agreed to sign a memorandum of understanding on naval training in "
                                 "the near future.",
                                 "2026-03-05"),
                      "memorandum of understanding on naval training | planned | -");
  assert_string_equal(agreements("Việt Nam và Ireland sẽ ký Bản ghi nhớ về hợp tác quân y trong thời gian tới.",
                                 "2026-03-05"),
                      "Bản ghi nhớ về hợp tác quân y | planned | -");
}

/* Witnesses of the signing, a stress on one topic and a meeting to come
 * told after a title are no part of it. */
/* English wire copy goes on past a document's name: a form of "be" ("is
 * to", "is expected to": the document is the subject), "as" or "amid" (what
 * goes on around the signing), "with" and a state (the other side); and a
 * document one other state signs "with" another is neither's with Vietnam. */
static void test_english_titles_end_at_be_as_amid_and_with_a_state(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Ireland signed a memorandum of understanding on naval training. The "
                                 "memorandum of understanding on naval training is to pair the two navies' schools.",
                                 "2026-03-05"),
                      "memorandum of understanding on naval training | signed | -");
  assert_string_equal(agreements("Vietnam and Ireland held defence talks in Dublin. The cooperation agreement is expected "
                                 "to open new fields for the two navies.",
                                 "2026-03-05"),
                      "cooperation agreement | existing | -");
  assert_string_equal(agreements("Vietnam and Ireland are set to sign a cooperation agreement between their navies as the "
                                 "Irish minister visits Hanoi.",
                                 "2026-03-05"),
                      "cooperation agreement between their navies | planned | -");
  assert_string_equal(agreements("Vietnam and Ireland held defence talks in Dublin. The two ministers signed a "
                                 "cooperation plan for 2026 as the two countries mark 30 years of ties.",
                                 "2026-03-05"),
                      "cooperation plan for 2026 | signed | -");
  assert_string_equal(agreements("Vietnam and Ireland signed a memorandum of understanding on naval training amid rising "
                                 "tensions at sea.",
                                 "2026-03-05"),
                      "memorandum of understanding on naval training | signed | -");
  assert_string_equal(agreements("Vietnam signed a memorandum of understanding on naval training with Ireland.",
                                 "2026-03-05"),
                      "memorandum of understanding on naval training | signed | -");
  assert_string_equal(agreements("Vietnam and Ireland held defence talks in Dublin. Ireland last month signed a "
                                 "memorandum of understanding on naval training with Portugal.",
                                 "2026-03-05"),
                      "");
}

/* A declaration of joint vision told with "Visions" in the plural is a
 * joint vision statement, as in the singular. */
static void test_a_declaration_on_joint_visions_is_a_joint_vision_statement(void **state) {
  (void)state;
  assert_string_equal(kinds_and_parties("Vietnam and Ireland on May 2 signed the Declaration on Joint Visions for "
                                        "Naval Cooperation."),
                      "joint_vision_statement:Declaration on Joint Visions for Naval Cooperation:VN,IE");
}

/* English news tells its one document again in other words: in the lead
 * and in the body, or by another name and the same year; "also" tells one
 * more. */
static void test_one_document_told_again_in_other_words(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Ireland signed a defence agreement on Friday. The two ministers signed a "
                                 "defence cooperation agreement to boost training between the two navies.",
                                 "2026-03-05"),
                      "defence agreement | signed | 2026-02-27");
  assert_string_equal(agreements("Vietnam and Ireland signed an agreement on naval training on Friday. The two ministers "
                                 "also signed an agreement on military medicine.",
                                 "2026-03-05"),
                      "agreement on naval training | signed | 2026-02-27; agreement on military medicine | signed | "
                      "2026-02-27");
  assert_string_equal(agreements("Vietnam and Ireland reviewed the memorandum of understanding on defence cooperation "
                                 "signed in 2015. The two sides praised the 2015 MoU on strengthening defence ties.",
                                 "2026-03-05"),
                      "memorandum of understanding on defence cooperation | existing | 2015");
}

/* A roundup tells each partner's signing in its own sentence: a document
 * signed with other partners is another one, however like its title; the
 * same partners told again retell the one listed. */
static void test_a_signing_with_other_partners_is_another_document(void **state) {
  (void)state;
  json_t *r = test_extract("In Dublin, Vietnam and Ireland signed an MoU to expand naval training. In Oslo, Vietnam and "
                           "Norway signed an MoU focused on military medicine.",
                           "2026-03-05");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 2);
  assert_string_equal(json_string_value(json_array_get(json_object_get(json_array_get(ag, 0), "parties"), 1)), "IE");
  assert_string_equal(json_string_value(json_array_get(json_object_get(json_array_get(ag, 1), "parties"), 1)), "NO");
  json_decref(r);
  assert_string_equal(agreements("Vietnam and Ireland signed an MoU on naval training on Friday. In Oslo, Vietnam and "
                                 "Norway signed an MoU on naval training and search and rescue.",
                                 "2026-03-05"),
                      "MoU on naval training | signed | 2026-02-27; MoU on naval training and search and rescue | "
                      "signed | -");
  assert_string_equal(agreements("Vietnam and Ireland signed an MoU on naval training on Friday. The MoU was signed by "
                                 "the Irish and Vietnamese defence ministers in Hanoi.",
                                 "2026-03-05"),
                      "MoU on naval training | signed | 2026-02-27");
}

/* A signing dated months before the story, in its own year, is history: the
 * document exists; one dated within days is the story's own. A date, or a
 * verb of signing, told after another document's name is that one's. */
static void test_a_signing_months_before_the_story_is_history(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Ireland held their fifth defence policy dialogue in Dublin on November 4. "
                                 "The two sides signed a memorandum of understanding on naval training in March this "
                                 "year.",
                                 "2026-11-05"),
                      "memorandum of understanding on naval training | existing | 2026-03");
  assert_string_equal(agreements("Vietnam and Ireland signed a memorandum of understanding on naval training in Dublin on "
                                 "October 30.",
                                 "2026-11-05"),
                      "memorandum of understanding on naval training | signed | 2026-10-30");
  assert_string_equal(agreements("Vietnam and Ireland signed a cooperation plan for 2027-2029 in Dublin on November 4, "
                                 "which builds on the memorandum of understanding on naval training signed in 2019.",
                                 "2026-11-05"),
                      "cooperation plan for 2027-2029 | signed | 2026-11-04; memorandum of understanding on naval "
                      "training | existing | 2019");
  assert_string_equal(agreements("Vietnam and Ireland signed a cooperation plan for 2027 which builds on the defence "
                                 "cooperation agreement signed in March this year.",
                                 "2026-11-05"),
                      "cooperation plan for 2027 | signed | -; defence cooperation agreement | existing | 2026-03");
}

/* Documents told in the plural, then their topics in quotes after a verb of
 * covering: one document per quoted topic; a single quote lists none. */
static void test_documents_in_the_plural_named_by_quoted_topics(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Ireland held talks in Hanoi. The two memoranda of understanding covered "
                                 "\"naval search and rescue\" and \"training of peacekeepers\" for the two navies.",
                                 NULL),
                      "naval search and rescue | existing | -; training of peacekeepers | existing | -");
  assert_string_equal(agreements("Vietnam and Ireland held talks in Hanoi. The memoranda of understanding addressed "
                                 "\u201cmilitary medicine\u201d, \u201ccyber security\u201d and \u201cnaval training\u201d.",
                                 NULL),
                      "military medicine | existing | -; cyber security | existing | -; naval training | existing | -");
  assert_string_equal(agreements("Vietnam and Ireland held talks in Hanoi. The memoranda of understanding covered "
                                 "\"naval search and rescue\" among other fields.",
                                 NULL),
                      "");
}

/* A document told signed in the passive after words set off by commas
 * after its title is signed: the words are no part of its title. */
static void test_signed_in_the_passive_after_an_aside(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Ireland will step up defence ties by striking a cooperation plan for 2026. "
                                 "The cooperation plan, between the two defence ministries, was signed on March 29 in "
                                 "Hanoi.",
                                 "2026-03-30"),
                      "cooperation plan for 2026 | signed | -");
  assert_string_equal(agreements("Vietnam and Ireland held talks in Hanoi on March 29. The memorandum of understanding on "
                                 "naval training, the first of its kind, was signed by the two ministers.",
                                 "2026-03-30"),
                      "memorandum of understanding on naval training | signed | 2026-03-29");
  assert_string_equal(agreements("Vietnam and Ireland held talks in Hanoi on March 29. They reviewed the memorandum of "
                                 "understanding on naval training, which the two sides agreed to extend, and the plan "
                                 "was signed.",
                                 "2026-03-30"),
                      "memorandum of understanding on naval training | existing | -");
}

/* English tells a document's sides after "between" and then its years: the
 * years are its period, though the sides end its title. */
static void test_a_period_told_after_the_sides(void **state) {
  (void)state;
  json_t *r = test_extract("Vietnam and Ireland agreed to carry out and review the protocol on defence cooperation "
                           "between the two ministries during the 2021-2025 period.",
                           "2026-03-05");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "protocol on defence cooperation");
  json_t *period = json_object_get(json_array_get(ag, 0), "period");
  assert_int_equal(json_integer_value(json_object_get(period, "from")), 2021);
  assert_int_equal(json_integer_value(json_object_get(period, "to")), 2025);
  json_decref(r);
  r = test_extract("Vietnam and Ireland signed a memorandum of understanding on defence cooperation between the two "
                   "ministries in Hanoi on March 4.",
                   "2026-03-05");
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_true(json_is_null(json_object_get(json_array_get(ag, 0), "period")));
  json_decref(r);
}

/* English ends a span of years by its last two digits ("2020-24",
 * "2025\u201329"): the period runs to that year of the first's century. */
static void test_a_period_ended_by_two_digits(void **state) {
  (void)state;
  json_t *r = test_extract("Vietnam and Ireland reviewed the implementation of the protocol on defence cooperation for "
                           "the 2021\u201324 period.",
                           "2026-03-05");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  json_t *period = json_object_get(json_array_get(ag, 0), "period");
  assert_int_equal(json_integer_value(json_object_get(period, "from")), 2021);
  assert_int_equal(json_integer_value(json_object_get(period, "to")), 2024);
  json_decref(r);
  r = test_extract("Vietnam and Ireland signed a defence cooperation plan for 2026-28 in Hanoi on March 4.", "2026-03-05");
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  period = json_object_get(json_array_get(ag, 0), "period");
  assert_int_equal(json_integer_value(json_object_get(period, "from")), 2026);
  assert_int_equal(json_integer_value(json_object_get(period, "to")), 2028);
  json_decref(r);
}

/* One document told twice with its years told in other words ("... in
 * 2021-25", then "... for the 2021-2025 period") is one; with other years it
 * is another. */
static void test_a_document_retold_with_its_years_in_other_words(void **state) {
  (void)state;
  assert_string_equal(agreements("The two ministers reviewed the protocol on defence cooperation in 2021-25. They said "
                                 "the protocol on defence cooperation for the 2021-2025 period had been carried out well "
                                 "by Vietnam and Ireland.",
                                 "2026-03-05"),
                      "protocol on defence cooperation for the 2021-2025 period | existing | -");
  assert_string_equal(agreements("The two ministers reviewed the protocol on defence cooperation in 2021-25. They agreed "
                                 "that Vietnam and Ireland would soon sign the protocol on defence cooperation for the "
                                 "2026-2030 period.",
                                 "2026-03-05"),
                      "protocol on defence cooperation in 2021-25 | existing | -; protocol on defence cooperation for "
                      "the 2026-2030 period | planned | -");
}

/* Wire copy tells its one document by a general word and by its name, of
 * another kind: one document, named, signed; not when the two share no
 * topic but words of every defence document, nor when the named one was
 * signed years before. */
static void test_a_document_told_by_a_general_word_and_by_its_name(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Ireland signed an agreement on a naval hydrography partnership in Hanoi on "
                                 "March 4. The Irish navy chief and the Vietnamese deputy defence minister co-signed a "
                                 "Memorandum of Understanding on Naval Hydrography.",
                                 "2026-03-05"),
                      "Memorandum of Understanding on Naval Hydrography | signed | 2026-03-04");
  assert_string_equal(agreements("Vietnam and Ireland signed a peacekeeping training pact in Hanoi on March 4. The "
                                 "Memorandum of Understanding on Peacekeeping Training is the first such document "
                                 "Ireland has signed with an Asian state.",
                                 "2026-03-05"),
                      "Memorandum of Understanding on Peacekeeping Training | signed | 2026-03-04");
  assert_string_equal(agreements("Vietnam and Ireland signed a defence cooperation agreement in Hanoi on March 4. It "
                                 "builds on the Memorandum of Understanding on Defence Cooperation signed in 2015.",
                                 "2026-03-05"),
                      "defence cooperation agreement | signed | 2026-03-04; Memorandum of Understanding on Defence "
                      "Cooperation | existing | 2015");
  assert_string_equal(agreements("Vietnam and Ireland signed an agreement on naval training in Hanoi on March 4. The two "
                                 "sides also signed a Memorandum of Understanding on Military Medicine.",
                                 "2026-03-05"),
                      "agreement on naval training | signed | 2026-03-04; Memorandum of Understanding on Military "
                      "Medicine | signed | 2026-03-04");
}

/* A protocol of cooperation in small letters, with its years before it,
 * is a document as a cooperation agreement is. */
static void test_a_cooperation_protocol_told_after_its_years(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Ireland held defence talks in Dublin on May 2. The two sides will implement "
                                 "the 2024-2028 cooperation protocol and the annual cooperation plan.",
                                 "2024-05-03"),
                      "cooperation protocol | existing | -; cooperation plan | existing | -");
  assert_string_equal(agreements("Vietnam and Ireland held defence talks in Dublin on May 2. The two sides will implement "
                                 "the 2024-2028 defence cooperation protocol.",
                                 "2024-05-03"),
                      "defence cooperation protocol | existing | -");
}

static void test_titles_end_before_witnesses_a_focus_or_a_meeting_to_come(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Ireland signed a memorandum of understanding on naval training in the "
                                 "presence of the two defence ministers.",
                                 "2026-03-05"),
                      "memorandum of understanding on naval training | signed | -");
  assert_string_equal(agreements("Vietnam and Ireland signed an MoU on defence cooperation with focus on naval training.",
                                 "2026-03-05"),
                      "MoU on defence cooperation | signed | -");
  assert_string_equal(agreements("Vietnam and Ireland agreed to discuss the draft memorandum on naval training in upcoming "
                                 "meetings.",
                                 "2026-03-05"),
                      "memorandum on naval training | planned | -");
  /* "to", a verb and a word pointing back: the aim carries on what was told;
   * with a topic of its own the aim is the title. */
  assert_string_equal(agreements("The defence ministers of Vietnam and Ireland signed a memorandum of understanding (MOU) to "
                                 "continue these "
                                 "search efforts.",
                                 NULL),
                      "memorandum of understanding (MOU) | signed | -");
  assert_string_equal(agreements("Vietnam and Ireland signed an agreement to expand cooperation in naval training.", NULL),
                      "agreement to expand cooperation in naval training | signed | -");
  /* the fields a document is carried out in are no part of its name */
  assert_string_equal(agreements("Vietnam and Ireland are implementing the action plan for defence cooperation in all "
                                 "fields, including naval training.",
                                 NULL),
                      "action plan for defence cooperation | existing | -");
  assert_string_equal(agreements("Vietnam and Ireland are carrying out the Plan of Action on Defence Cooperation in "
                                 "various areas.",
                                 NULL),
                      "Plan of Action on Defence Cooperation | existing | -");
}

static void test_other_names_of_memoranda_intents_minutes_statements_and_plans(void **state) {
  (void)state;
  assert_string_equal(kinds_and_parties("Hai bên đã ký văn bản ghi nhớ về hợp tác đào tạo giữa Việt Nam và Áo."),
                      "mou:văn bản ghi nhớ về hợp tác đào tạo:VN,AT");
  assert_string_equal(kinds_and_parties("Việt Nam và Áo đã ký Tuyên bố ý định về hợp tác quân y."),
                      "letter_of_intent:Tuyên bố ý định về hợp tác quân y:VN,AT");
  assert_string_equal(kinds_and_parties("Vietnam and Austria signed a declaration of intent on military medicine."),
                      "letter_of_intent:declaration of intent on military medicine:VN,AT");
  assert_string_equal(kinds_and_parties("Vietnam and Austria signed the Record of Discussions on defence officer training."),
                      "minutes:Record of Discussions on defence officer training:VN,AT");
  assert_string_equal(kinds_and_parties("Việt Nam và Áo đã ký Thông cáo chung về quan hệ đối tác."),
                      "joint_statement:Thông cáo chung về quan hệ đối tác:VN,AT");
  assert_string_equal(kinds_and_parties("Hai bên ký Kế hoạch phối hợp tuần tra năm 2027 giữa Việt Nam và Lào."),
                      "plan:Kế hoạch phối hợp tuần tra năm 2027:VN,LA");
}

static void test_an_anniversary_of_a_signing_refers_to_an_existing_document(void **state) {
  (void)state;
  assert_string_equal(agreements("The defence ministries of Vietnam and Laos agreed to hold celebrations for the 50th anniversary of the signing "
                                 "of the Treaty of Amity and Cooperation between the two countries.",
                                 "2026-03-05"),
                      "Treaty of Amity and Cooperation between the two countries | existing | -");
}

static void test_what_a_visit_is_for_signs_nothing(void **state) {
  (void)state;
  /* A purpose carries out a document named after it; it plans one only
   * when a signing follows it. */
  assert_string_equal(agreements("Chuyến thăm nhằm cụ thể hóa các nhận thức chung giữa lãnh đạo hai nước, nhất là "
                                 "Tuyên bố chung về quan hệ đối tác Việt Nam - Áo.",
                                 "2026-03-05"),
                      "Tuyên bố chung về quan hệ đối tác Việt Nam - Áo | existing | -");
  assert_string_equal(agreements("Chuyến thăm nhằm ký kết Bản ghi nhớ về hợp tác quân y giữa Việt Nam và Áo.",
                                 "2026-03-05"),
                      "Bản ghi nhớ về hợp tác quân y | planned | -");
}

static void test_people_preparing_for_peacekeeping_are_not_deployed(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nAustralia has trained 70 Vietnamese officers who are "
                              "preparing for deployment to UN peacekeeping missions."),
                      "");
  assert_string_equal(figures("Khóa học dành cho 45 sĩ quan chuẩn bị tham gia gìn giữ hòa bình Liên hợp quốc."), "");
  /* A unit sent, that will serve on a mission, is deployed. */
  assert_string_equal(figures("Bệnh viện dã chiến cấp 2 số 9 với 64 cán bộ, nhân viên sẽ làm nhiệm vụ tại Phái bộ gìn "
                              "giữ hòa bình Liên hợp quốc ở Nam Sudan."),
                      "peacekeepers_deployed=64/exact");
}

static void test_an_english_agreement_between_two_sides_told_as_two_is_no_title(void **state) {
  (void)state;
  /* What two governments agreed is no document's name... */
  assert_string_equal(kinds_and_parties("Vietnam and Mongolia will step up defence cooperation under an agreement "
                                        "between the two governments."),
                      "");
  /* ...but sides named by their state after a titled kind are its name. */
  assert_string_equal(kinds_and_parties("The defence ministers witnessed the signing of a memorandum of understanding "
                                        "on coordination between the Vietnamese coast guard and the Mongolian border "
                                        "guard."),
                      "mou:memorandum of understanding on coordination between the Vietnamese coast guard and the "
                      "Mongolian border guard:VN,MN");
}

static void test_others_count_what_the_count_before_counted(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nThe deployment involves 64 personnel of Level-2 Field "
                              "Hospital Rotation 9 and 190 others of Engineering Unit Rotation 6."),
                      "peacekeepers_deployed=64/exact; peacekeepers_deployed=190/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nSome 48 countries have resident defence attachés in Vietnam "
                              "and 13 others have non-resident attachés."),
                      "foreign_resident_attache_offices=48/about; foreign_concurrent_attache=13/exact");
}

static void test_a_caption_retells_the_storys_signing(void **state) {
  (void)state;
  assert_string_equal(kinds_and_parties("Two deputy defence ministers witness the signing of an agreement on naval "
                                        "training between the two navies (Photo: VNA)\n\nThe same day, the navy "
                                        "commanders of Vietnam and Austria signed a cooperation agreement between the "
                                        "two navies' academies."),
                      "agreement:cooperation agreement between the two navies' academies:VN,AT");
  /* A caption alone tells its signing. */
  assert_string_equal(kinds_and_parties("The defence ministers of Vietnam and Austria sign the minutes of the "
                                        "dialogue (Photo: VNA)"),
                      "minutes:minutes of the dialogue:VN,AT");
}

static void test_a_kind_joined_to_another_kind_names_a_document(void **state) {
  (void)state;
  assert_string_equal(kinds_and_parties("The two sides said their units met the goals set in the protocol and "
                                        "cooperation plan between the defence ministries of Vietnam and Laos."),
                      "protocol:protocol:VN,LA; plan:cooperation plan between the defence ministries of Vietnam and "
                      "Laos:VN,LA");
}

static void test_a_document_listed_after_one_referred_to_is_referred_to(void **state) {
  (void)state;
  assert_string_equal(agreements("Hoạt động được thực hiện trên cơ sở Bản ghi nhớ về hợp tác quân y ký năm 2016 và Tuyên "
                                 "bố Tầm nhìn chung về hợp tác quốc phòng được Bộ trưởng hai nước ký tháng 4 vừa qua.",
                                 "2026-06-05"),
                      "Bản ghi nhớ về hợp tác quân y | existing | 2016; Tuyên bố Tầm nhìn chung về hợp tác quốc phòng | "
                      "existing | -");
}

static void test_a_period_before_a_document_tells_no_plan(void **state) {
  (void)state;
  assert_string_equal(agreements("Hai bên đánh giá kết quả hợp tác quốc phòng giữa Việt Nam và Áo thời gian qua, trọng "
                                 "tâm là kế hoạch hợp tác quốc phòng giai đoạn 2024 - 2026.",
                                 "2026-03-05"),
                      "kế hoạch hợp tác quốc phòng giai đoạn 2024 - 2026 | existing | -");
}

static void test_a_signing_last_year_is_history_without_a_publication_date(void **state) {
  (void)state;
  assert_string_equal(agreements("Bộ trưởng Quốc phòng hai nước năm ngoái ký kết Tuyên bố Tầm nhìn chung về quan hệ quốc "
                                 "phòng Việt Nam - Áo.",
                                 NULL),
                      "Tuyên bố Tầm nhìn chung về quan hệ quốc phòng Việt Nam - Áo | existing | -");
}

/* An army's name is a side of a title, not a date that ends it (it is a
 * date word only for its anniversaries); "và chứng kiến" after a document
 * is what the signers did next. */
static void test_an_armys_name_goes_on_and_a_witnessing_ends_a_title(void **state) {
  (void)state;
  assert_string_equal(kinds_and_parties("Hai Thứ trưởng chứng kiến lễ ký Thỏa thuận hợp tác giữa Học viện Chính trị Quân "
                                        "đội nhân dân Việt Nam và Học viện Lục quân Chile."),
                      "agreement:Thỏa thuận hợp tác giữa Học viện Chính trị Quân đội nhân dân Việt Nam và Học viện "
                      "Lục quân Chile:VN,CL");
  assert_string_equal(kinds_and_parties("The two sides signed a memorandum of understanding between the Military "
                                        "Medical Department of the Vietnam People's Army and the Chilean Army Health "
                                        "Command."),
                      "mou:memorandum of understanding between the Military Medical Department of the Vietnam "
                      "People's Army and the Chilean Army Health Command:VN,CL");
  assert_string_equal(kinds_and_parties("Kết thúc hội đàm, Bộ trưởng Quốc phòng Việt Nam và Chile ký Biên bản hội đàm và "
                                        "chứng kiến lễ ký kết các văn kiện giữa các đơn vị hai bên."),
                      "minutes:Biên bản hội đàm:VN,CL");
}

/* English: a title ends before "was also signed" and before a verb its
 * document does as the subject ("builds on", "outlines"); "This" is no
 * word of a name in capitals; a quote before the words naming a document
 * closes after its kind. */
static void test_english_titles_end_at_the_documents_own_verb(void **state) {
  (void)state;
  assert_string_equal(kinds_and_parties("At the Vietnam-Chile defence talks, a memorandum of understanding on naval "
                                        "training was also signed."),
                      "mou:memorandum of understanding on naval training:VN,CL");
  assert_string_equal(kinds_and_parties("The Vietnam-Chile Joint Vision Statement on Defence Ties builds on the earlier "
                                        "Memorandum of Understanding on Military Medicine."),
                      "joint_vision_statement:Vietnam-Chile Joint Vision Statement on Defence Ties:VN,CL; "
                      "mou:Memorandum of Understanding on Military Medicine:VN,CL");
  assert_string_equal(kinds_and_parties("The letter of intent between the Vietnamese and Chilean navies outlines how "
                                        "the two forces will train together."),
                      "letter_of_intent:letter of intent between the Vietnamese and Chilean navies:VN,CL");
  assert_string_equal(kinds_and_parties("Vietnam and Chile signed the Agreement on Defence Cooperation in Hanoi. This "
                                        "Agreement sets the frame for their navies."),
                      "agreement:Agreement on Defence Cooperation:VN,CL");
  assert_string_equal(kinds_and_parties("Vietnam and Chile agreed on a \"Defence Partnership Agreement\" covering "
                                        "training and peacekeeping."),
                      "agreement:Defence Partnership Agreement:VN,CL");
  assert_string_equal(kinds_and_parties("The Vietnamese and Chilean border guards will implement the \"Agreement on "
                                        "border crossings, local markets and border patrols\" in 2025."),
                      "agreement:Agreement on border crossings, local markets and border patrols:VN,CL");
  /* A participle right after the kind is the sentence going on. */
  assert_string_equal(kinds_and_parties("Vietnam and Chile set up a Defence Partnership Agreement covering training and "
                                        "peacekeeping."),
                      "agreement:Defence Partnership Agreement:VN,CL");
  /* A statement named before its kind and adopted is the story's own. */
  assert_string_equal(agreements("The Vietnamese and Chilean defence ministers adopted the Valparaiso Joint Declaration "
                                 "marking ten years of their defence dialogue.",
                                 "2024-05-03"),
                      "Valparaiso Joint Declaration | signed | -");
  /* A relative clause whose subject signed the document tells it exists,
   * whatever the sentence plans around it. */
  assert_string_equal(agreements("The Vietnamese and Chilean navies aim to enforce the fishery agreement that Vietnam "
                                 "and Chile signed in 2004.",
                                 "2024-05-03"),
                      "fishery agreement | existing | 2004");
}

/* English "signed" as a word describing a document, after an article, a
 * possessive or a possessor's apostrophe, tells a document signed before,
 * whatever the sentence plans; "exchanged the signed ..." is the
 * ceremony's own. */
static void test_a_signed_document_described_as_signed_exists(void **state) {
  (void)state;
  assert_string_equal(agreements("The coast guards of Vietnam and Chile will keep teaching fishermen the two countries' signed protocol "
                                 "on fishing zones.",
                                 "2024-05-03"),
                      "protocol on fishing zones | existing | -");
  assert_string_equal(agreements("The Vietnamese navy will follow Chile's signed agreement on search and rescue.", "2024-05-03"),
                      "agreement on search and rescue | existing | -");
  /* a few lower-case words between the participle and the title */
  assert_string_equal(agreements("The defence ministers of Vietnam and Chile praised the results of the signed bilateral "
                                 "defence cooperation agreement.",
                                 "2024-05-03"),
                      "defence cooperation agreement | existing | -");
  assert_string_equal(agreements("The defence ministers of Vietnam and Chile exchanged the signed memorandum of understanding on training.",
                                 "2024-05-03"),
                      "memorandum of understanding on training | signed | -");
  assert_string_equal(agreements("The defence ministers of Vietnam and Chile signed the memorandum of understanding on "
                                 "training.",
                                 "2024-05-03"),
                      "memorandum of understanding on training | signed | -");
}

/* "tại khu vực ..." after a document's topic is the area it rules, part of
 * its title ("tự do" read whole, its "do" no "by"); a venue after it is
 * named as a place and still ends it. */
static void test_an_area_the_document_rules_is_part_of_its_title(void **state) {
  (void)state;
  assert_string_equal(agreements("Biên phòng Việt Nam và Trung Quốc tuyên truyền cho ngư dân chấp hành Hiệp định về đánh "
                                 "bắt cá tại khu vực nước chung ở cửa sông Ka Long.",
                                 "2024-05-03"),
                      "Hiệp định về đánh bắt cá tại khu vực nước chung ở cửa sông Ka Long | existing | -");
  assert_string_equal(agreements("Việt Nam và Trung Quốc sẽ sớm ký Hiệp định về tàu thuyền qua lại tại khu vực tự do "
                                 "đi lại trên sông Hồng.",
                                 "2024-05-03"),
                      "Hiệp định về tàu thuyền qua lại tại khu vực tự do đi lại trên sông Hồng | planned | -");
  assert_string_equal(agreements("Bộ đội Biên phòng Việt Nam và Lào đã ký Bản ghi nhớ về tuần tra chung tại thành phố "
                                 "Điện Biên Phủ.",
                                 "2024-05-03"),
                      "Bản ghi nhớ về tuần tra chung | signed | -");
}

/* A story of meetings with several partners: a document the two ministers
 * of one meeting name is that partner's, not the one the story names most. */
static void test_document_of_one_meeting_among_several(void **state) {
  (void)state;
  json_t *r = test_extract("Hanoi (VNA) - Defence Minister Gen. Phan Van Giang on June 3 had bilateral meetings with "
                           "his counterparts from Singapore, Canada and France on the sidelines of the forum. Singapore "
                           "and Vietnam have good ties, the Singaporean minister said, and Singapore welcomed the "
                           "visit. Meanwhile, Minister Giang and French Minister of the Armed Forces Claire Dubois, in "
                           "their meeting, reviewed the defence cooperation of Vietnam and France. The two ministers "
                           "agreed to continue promoting cooperation in accordance with the Memorandum of "
                           "Understanding on Defence Cooperation signed in 2009.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  json_t *parties = json_object_get(json_array_get(ag, 0), "parties");
  assert_int_equal(json_array_size(parties), 2);
  assert_string_equal(json_string_value(json_array_get(parties, 1)), "FR");
  json_decref(r);
}

/* "sau khi ký kết" after a document told again in a caption says when it was
 * handed over: no words of its title, and the document is the one signed. */
static void test_document_handed_over_after_signing_is_the_one_signed(void **state) {
  (void)state;
  json_t *r = test_extract("Sau hội đàm, hai Bộ trưởng Quốc phòng Việt Nam và Ba Lan đã ký Tuyên bố Tầm nhìn chung về "
                           "quan hệ quốc phòng giữa hai nước.\n\nHai Bộ trưởng trao Bản Tuyên bố Tầm nhìn chung sau "
                           "khi ký kết",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Tuyên bố Tầm nhìn chung về quan hệ quốc phòng");
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "signed");
  json_decref(r);
}

/* A document told again as the subject of what it does ("Bản ghi nhớ nêu rõ
 * ...", "... nằm trong khuôn khổ ...", "... có ý nghĩa quan trọng") or
 * before "và" and a verb ("ký Bản ghi nhớ và tổ chức lễ ký") is the one told
 * before: those words are no title of another. "Vụ Pháp chế" is no France. */
static void test_document_told_again_as_a_subject(void **state) {
  (void)state;
  json_t *r = test_extract("Đại tá Nguyễn Văn An, Vụ trưởng Vụ Pháp chế, Bộ Quốc phòng Việt Nam và Đại tá Sổm-phon, "
                           "Cục trưởng Cục Pháp chế, Bộ Quốc phòng Lào đã ký Bản ghi nhớ về hợp tác pháp lý quân "
                           "sự. Bản ghi nhớ nêu rõ các lĩnh vực hợp tác như đào tạo, trao đổi đoàn. Hai bên cho rằng "
                           "việc ký Bản ghi nhớ về hợp tác pháp lý quân sự có ý nghĩa quan trọng. Lễ ký kết Bản ghi "
                           "nhớ về hợp tác pháp lý quân sự nằm trong khuôn khổ chuyến thăm Lào của đoàn.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Bản ghi nhớ về hợp tác pháp lý quân sự");
  json_t *parties = json_object_get(json_array_get(ag, 0), "parties");
  assert_int_equal(json_array_size(parties), 2);
  assert_string_equal(json_string_value(json_array_get(parties, 1)), "LA");
  json_decref(r);
  r = test_extract("Hai bên nhất trí xây dựng Bản ghi nhớ về hợp tác pháp lý quân sự giữa Việt Nam và Campuchia. "
                   "Hai bên sẽ báo cáo Bộ trưởng hai nước về nội dung ký Bản ghi nhớ và tổ chức lễ ký trong thời "
                   "gian tới.",
                   NULL);
  ag = test_list(r, "agreements");
  for (size_t i = 0; i < json_array_size(ag); i++)
    assert_string_not_equal(test_str(json_array_get(ag, i), "title"), "Bản ghi nhớ và tổ chức");
  json_decref(r);
}

/* "the 35th anniversary of signing the Vietnam-Laos Friendship and
 * Cooperation Treaty": the name told before the kind is near the words of
 * the anniversary; the treaty exists, not signed at the story's event. */
/* Plans told as an aim, a readiness or a pledge; titles that end before a
 * time to come, a span to sign within or the sides told as two; letters of
 * intent in the plural; a navy's full name ("Hải quân nhân dân ...") inside
 * a Vietnamese title. */
static void test_pledged_documents_and_where_their_titles_end(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Ireland are expected to sign a naval training agreement soon.", "2026-03-05"),
                      "naval training agreement | planned | -");
  assert_string_equal(agreements("Vietnam and Ireland undertake to sign a memorandum on naval training within this year.",
                                 "2026-03-05"),
                      "memorandum on naval training | planned | -");
  assert_string_equal(agreements("Vietnam and Ireland aimed to sign a memorandum on naval training before the end of the "
                                 "year.",
                                 "2026-03-05"),
                      "memorandum on naval training | planned | -");
  assert_string_equal(agreements("Vietnam and Ireland are poised to sign a memorandum on naval training.", "2026-03-05"),
                      "memorandum on naval training | planned | -");
  /* A document signed by the two sides: they are its parties, not its name;
   * a kind that has no other name keeps its verb of signing. */
  assert_string_equal(agreements("Vietnam and Ireland have trained together since the signing of a memorandum of "
                                 "understanding on naval training by the two countries.",
                                 "2026-03-05"),
                      "memorandum of understanding on naval training | existing | -");
  assert_string_equal(kinds_and_parties("The two sides agreed to effectively implement the agreement inked by the two "
                                        "defence ministries of Vietnam and Ireland."),
                      "agreement:agreement inked by the two defence ministries of Vietnam and Ireland:VN,IE");
  /* Letters of intent signed at once: one per field listed. */
  assert_string_equal(kinds_and_parties("The defence ministers of Vietnam and Ireland signed letters of intent on naval "
                                        "training and military medicine."),
                      "letter_of_intent:letters of intent on naval training:VN,IE; "
                      "letter_of_intent:letters of intent on military medicine:VN,IE");
  /* "nhân dân" in a navy's name is no "nhân" (on the occasion of). */
  assert_string_equal(kinds_and_parties("Hai bên đã ký Bản ghi nhớ về huấn luyện giữa Hải quân nhân dân Việt Nam và Hải "
                                        "quân Hoàng gia Campuchia."),
                      "mou:Bản ghi nhớ về huấn luyện giữa Hải quân nhân dân Việt Nam và Hải quân Hoàng gia "
                      "Campuchia:VN,KH");
}

/* A year that names another document of the sentence dates no signing of
 * the one signed: the year before another kind ("the 2015 MoU"), or after
 * the document an amendment amends; its own year still makes it history. */
static void test_another_documents_year_dates_no_signing(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Ireland signed a joint vision statement on defence relations, building on "
                                 "the 2015 MoU on naval training.",
                                 "2026-03-05"),
                      "joint vision statement on defence relations | signed | -; MoU on naval training | existing | 2015");
  assert_string_equal(agreements("Hai bên đã ký Bản ghi nhớ sửa đổi Bản ghi nhớ về hợp tác quân y năm 2015 giữa Việt Nam "
                                 "và Ireland.",
                                 "2026-03-05"),
                      "Bản ghi nhớ sửa đổi Bản ghi nhớ về hợp tác quân y | signed | -");
  assert_string_equal(agreements("Vietnam and Ireland signed the 2015 MoU on naval training.", "2026-03-05"),
                      "MoU on naval training | existing | 2015");
}

/* Two capitals joined name the states that sign, as the states themselves
 * do; a story's other partner is not a side of it. */
static void test_two_capitals_joined_sign_for_their_states(void **state) {
  (void)state;
  assert_string_equal(kinds_and_parties("Vietnam's defence minister held talks with Irish officials in Dublin. Lisbon and "
                                        "Hanoi signed a memorandum of understanding on naval training."),
                      "mou:memorandum of understanding on naval training:VN,PT");
  assert_string_equal(kinds_and_parties("Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Ireland. Lisbon và "
                                        "Hà Nội đã ký Bản ghi nhớ về hợp tác quân y."),
                      "mou:Bản ghi nhớ về hợp tác quân y:VN,PT");
}

static void test_anniversary_of_signing_a_named_treaty(void **state) {
  (void)state;
  json_t *r = test_extract("The Quang Tri provincial Border Guard High Command, in co-ordination with the Public "
                           "Security Department of Savannakhet province in Laos, organised an exchange on July 14. The "
                           "event is one of the activities to commemorate the 40th anniversary of signing the "
                           "Vietnam-Laos Friendship and Cooperation Treaty.",
                           NULL);
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_string_equal(test_str(json_array_get(ag, 0), "title"), "Vietnam-Laos Friendship and Cooperation Treaty");
  assert_string_equal(test_str(json_array_get(ag, 0), "status"), "existing");
  assert_true(json_is_null(json_object_get(json_array_get(ag, 0), "date")));
  json_decref(r);
}

/* A document told as existing is dated by the signing its sentence tells:
 * a year right before its name (not a plan's: its period), a date right
 * after its name or after a signing told after it, or the one date told
 * before a signing of it; not an anniversary's, nor a date past a comma
 * that opens no clause about the document. */
static void test_an_existing_documents_signing_is_dated(void **state) {
  (void)state;
  assert_string_equal(agreements("The navies of Vietnam and Chile carried out the 2012 protocol on naval exchanges.", "2019-05-02"),
                      "protocol on naval exchanges | existing | 2012");
  assert_string_equal(agreements("Chile and Vietnam signed a Memorandum of Understanding on Defence Cooperation in "
                                 "October 2011, and the Joint Vision Statement on Defence Relations in April 2018.",
                                 "2023-10-11"),
                      "Memorandum of Understanding on Defence Cooperation | existing | 2011-10; Joint Vision Statement "
                      "on Defence Relations | existing | 2018-04");
  assert_string_equal(agreements("Vietnam and Chile reviewed the memorandum of understanding on military medicine, which was signed "
                                 "between the two countries in 2009 and covers training.",
                                 "2016-05-25"),
                      "memorandum of understanding on military medicine | existing | 2009");
  assert_string_equal(agreements("In 2014, the defence ministers of Vietnam and Chile signed the Memorandum of "
                                 "Understanding on Defence Cooperation.",
                                 "2020-01-10"),
                      "Memorandum of Understanding on Defence Cooperation | existing | 2014");
  assert_string_equal(agreements("Hai lực lượng giao lưu trên tinh thần Bản ghi nhớ hợp tác giữa Cảnh sát biển hai nước "
                                 "được ký vào năm 2021.",
                                 "2025-08-30"),
                      "Bản ghi nhớ hợp tác | existing | 2021");
  assert_string_equal(agreements("Hai tàu nằm trong hợp đồng được ký kết trong chuyến thăm Chile của Bộ trưởng Quốc phòng "
                                 "hồi tháng 12/2009.",
                                 "2014-04-03"),
                      "hợp đồng | existing | 2009-12");
  /* a plan's year is its period; an anniversary's years date no signing;
   * a date past a comma belongs to the rest of the sentence */
  assert_string_equal(agreements("The defence ministries of Vietnam and Chile carried out the 2018 cooperation plan.", "2019-05-02"),
                      "cooperation plan | existing | -");
  assert_string_equal(agreements("Sư đoàn tổ chức kỷ niệm 40 năm Ngày ký Hiệp ước hữu nghị và hợp tác Việt Nam - Chile "
                                 "(18/7/1977 - 18/7/2017).",
                                 "2017-07-10"),
                      "Hiệp ước hữu nghị và hợp tác Việt Nam - Chile | existing | -");
  assert_string_equal(agreements("Under the Memorandum of Understanding on Defence Cooperation, the navies of Vietnam "
                                 "and Chile held exercises in 2019.",
                                 "2020-01-10"),
                      "Memorandum of Understanding on Defence Cooperation | existing | -");
}

/* A plan's years told right before its name are its period, also when the
 * plan was told before without them; a range of years too. */
static void test_a_plans_years_before_its_name_are_its_period(void **state) {
  (void)state;
  json_t *r = test_extract("The defence ministers of Vietnam and Chile agreed on a cooperation plan for this year "
                           "during talks in Hanoi on Sunday. Concluding the talks, the ministers inked the 2025 "
                           "cooperation plan.",
                           "2025-02-10");
  json_t *ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  json_t *period = json_object_get(json_array_get(ag, 0), "period");
  assert_int_equal(json_integer_value(json_object_get(period, "from")), 2025);
  assert_int_equal(json_integer_value(json_object_get(period, "to")), 2025);
  json_decref(r);
  r = test_extract("The navies of Vietnam and Chile reviewed the 2021-2023 action plan.", "2024-02-10");
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  period = json_object_get(json_array_get(ag, 0), "period");
  assert_int_equal(json_integer_value(json_object_get(period, "from")), 2021);
  assert_int_equal(json_integer_value(json_object_get(period, "to")), 2023);
  json_decref(r);
  /* another document's year is no period of it */
  r = test_extract("The navies of Vietnam and Chile reviewed the 2019 memorandum of understanding on naval training.",
                   "2024-02-10");
  ag = test_list(r, "agreements");
  assert_int_equal(json_array_size(ag), 1);
  assert_true(json_is_null(json_object_get(json_array_get(ag, 0), "period")));
  json_decref(r);
}

/* A year-end review opens with the year it reviews; two counts of one unit
 * joined by "and" count the same thing. */
static void test_counts_of_a_reviewed_year(void **state) {
  (void)state;
  assert_string_equal(figures("Năm 2024, Bộ Quốc phòng đã chủ trì 75 hoạt động hợp tác quốc phòng song phương."),
                      "other=75/exact");
  assert_string_equal(figures("Trong năm 2022, quân đội đã tiếp 64 đoàn quân sự của các nước."), "other=64/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nIn 2021, the ministry hosted 58 activities with foreign armies."), "other=58/exact");
  /* a day's date, or a year told after the verb, dates one happening */
  assert_string_equal(figures("Ngày 3 tháng 4 năm 2024, Bộ Quốc phòng đón 2 đoàn quân sự."), "");
  assert_string_equal(figures("Bộ Quốc phòng đón 3 đoàn quân sự năm 2024."), "");
  assert_string_equal(figures("Năm nay, Bộ Quốc phòng đã tiếp 47 đoàn khách quốc tế và cử 36 đoàn đi công tác ở nước "
                              "ngoài."),
                      "other=47/exact; other=36/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nSo far this year, the army has received 31 delegations and sent 22 delegations abroad."),
                      "other=31/exact; other=22/exact");
  /* a count of another unit after the "and" is not the first one's kind */
  assert_string_equal(figures("Năm nay, Bộ Quốc phòng đã tiếp 47 đoàn khách quốc tế và 5 tàu hải quân nước ngoài."),
                      "other=47/exact");
}

/* Counts glued to the word before or after them where the crawl lost a
 * space read as counts. */
static void test_figures_glued_to_a_word(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam has built defence ties with75 nations so far."),
                      "defense_partners=75/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam has defence relations with more than 90countries and "
                              "attaché offices in 35countries."),
                      "defense_partners=90/more_than; resident_attache_offices_abroad=35/exact");
}

/* The field between a count and its unit, and a kind told with a
 * hyphened number before the words that tell what the count is. */
static void test_counts_of_a_field_and_of_a_level(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nThe ministry has signed seven cooperative peacekeeping "
                              "agreements with partners."),
                      "agreements_signed=7/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam has so far sent 45 peacekeeping officers to South "
                              "Sudan."),
                      "peacekeepers_deployed=45/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nAbout 110 doctors and nurses and 47 officers of level-2 field "
                              "hospitals have served in UN peacekeeping missions since 2018."),
                      "peacekeepers_deployed=110/about; peacekeepers_deployed=47/exact");
  /* a capitalised unit's number still ends the window: people coming home */
  assert_string_equal(figures("Vietnam's defence ties\n\nThe last 14 members will return after a handover to Level-2 "
                              "Field Hospital Rotation 9."),
                      "");
}

/* A count joined by "and" to the count before it, "of" and a unit's name
 * after it, counts the unit of the count before. */
static void test_a_count_whose_unit_is_left_out(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nLeaving for the mission are 172 officers and soldiers of "
                              "the Engineering Unit Rotation 3 and 61 of the Level-2 Field Hospital Rotation 6."),
                      "peacekeepers_deployed=172/exact; peacekeepers_deployed=61/exact");
  /* "others" after the partners counted in the first count's phrase, and a
   * number spelled out before "others" */
  assert_string_equal(figures("Vietnam's defence ties\n\nThe ministry has signed seven peacekeeping agreements with "
                              "seven countries and two others with the UN."),
                      "agreements_signed=7/exact; agreements_signed=2/exact");
  /* a share of them, no more sent */
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam has sent 172 officers to UN peacekeeping missions "
                              "and 31 of them were women."),
                      "peacekeepers_deployed=172/exact");
}

/* Partners counted as armies. */
static void test_partners_counted_as_armies(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam now has defence relations with over 90 armies around "
                              "the world."),
                      "defense_partners=90/more_than");
  assert_string_equal(figures("Hiện nay, Việt Nam có quan hệ quốc phòng với hơn 90 quân đội các nước."),
                      "defense_partners=90/more_than");
  assert_string_equal(figures("Quân đội hai nước đã phối hợp tốt trong 5 năm qua."), "");
}

/* A deal's place among its signer's deals counts them, in a story of a
 * signing. */
static void test_a_deals_place_counts_deals(void **state) {
  (void)state;
  assert_string_equal(figures("Vietnam's defence ties\n\nVietnam and Spain signed a defence cooperation agreement in "
                              "Madrid on Monday. For Spain, the deal is its 9th such agreement in Asia."),
                      "agreements_signed=9/exact");
  assert_string_equal(figures("Vietnam's defence ties\n\nSpain has such deals with France and Chile, among others. "
                              "Vietnam is a 7th partner. The two ministers signed the agreement in Madrid on Monday."),
                      "agreements_signed=7/exact");
  /* no signing told: a place in something else */
  assert_string_equal(figures("Vietnam's defence ties\n\nThe two navies held talks in Hanoi on Monday. Vietnam is a "
                              "7th partner in the exercise."),
                      "");
}

/* English "the MoU on this field", "an agreement regarding these areas": a
 * link and a word pointing back name the topic told before, no title; an
 * abbreviation told alone is then the kind, and the full name told later
 * names that document. */
static void test_a_title_pointing_back_ends_before_its_link(void **state) {
  (void)state;
  assert_string_equal(agreements("Vietnam and Ireland see room for cooperation in naval medicine. The two sides signed an "
                                 "MoU regarding this area in Hanoi on March 4.",
                                 "2026-03-05"),
                      "MoU | signed | 2026-03-04");
  assert_string_equal(agreements("The two sides said their training ties met the aims of the MoU on this field signed in "
                                 "2012 between Vietnam and Ireland. Both ministers pledged to carry out the 2012 "
                                 "memorandum of understanding (MoU) on naval training cooperation.",
                                 "2026-03-05"),
                      "memorandum of understanding (MoU) on naval training cooperation | existing | 2012");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_agreements_nested_and_listed),
      cmocka_unit_test(test_list_of_documents_split),
      cmocka_unit_test(test_documents_exchanged_are_signed),
      cmocka_unit_test(test_document_told_then_signed_is_signed),
      cmocka_unit_test(test_existing_and_generic_documents),
      cmocka_unit_test(test_figures_of_the_attache_network),
      cmocka_unit_test(test_numbers_that_are_not_figures),
      cmocka_unit_test(test_partner_counts_follow_with),
      cmocka_unit_test(test_counts_of_documents_and_offices),
      cmocka_unit_test(test_vietnamese_counts_need_a_word_of_defence),
      cmocka_unit_test(test_a_units_name_after_of_is_read_whole),
      cmocka_unit_test(test_a_count_told_after_its_noun),
      cmocka_unit_test(test_a_deals_ordinal_is_its_signers_count),
      cmocka_unit_test(test_year_end_review_forms),
      cmocka_unit_test(test_counts_of_a_reviewed_year),
      cmocka_unit_test(test_figures_glued_to_a_word),
      cmocka_unit_test(test_counts_of_a_field_and_of_a_level),
      cmocka_unit_test(test_a_count_whose_unit_is_left_out),
      cmocka_unit_test(test_partners_counted_as_armies),
      cmocka_unit_test(test_a_deals_place_counts_deals),
      cmocka_unit_test(test_peacekeeping_body_is_no_deployment),
      cmocka_unit_test(test_units_on_un_missions),
      cmocka_unit_test(test_spelled_numbers),
      cmocka_unit_test(test_spelled_tens),
      cmocka_unit_test(test_doctors_counted),
      cmocka_unit_test(test_mission_places),
      cmocka_unit_test(test_si_written_sy),
      cmocka_unit_test(test_number_opening_its_sentence),
      cmocka_unit_test(test_peacekeepers_counted_among_others),
      cmocka_unit_test(test_counts_with_scale_words),
      cmocka_unit_test(test_patrol_boats_transferred),
      cmocka_unit_test(test_trainees_counted_over_a_span),
      cmocka_unit_test(test_diplomatic_partners_joined_to_defence_partners),
      cmocka_unit_test(test_officers_counted_with_their_force),
      cmocka_unit_test(test_peacekeepers_coming_home),
      cmocka_unit_test(test_a_headlines_count),
      cmocka_unit_test(test_people_sent_right_after_peacekeeping),
      cmocka_unit_test(test_women_peacekeepers),
      cmocka_unit_test(test_memoranda_counted),
      cmocka_unit_test(test_permanent_members_among_partners),
      cmocka_unit_test(test_other_counts_over_a_span),
      cmocka_unit_test(test_relations),
      cmocka_unit_test(test_lower_case_documents_need_signing_or_years),
      cmocka_unit_test(test_title_stops_at_comma_unless_listing_fields),
      cmocka_unit_test(test_shortened_retelling_is_one_document),
      cmocka_unit_test(test_abbreviated_retelling_is_one_document),
      cmocka_unit_test(test_handed_over_document_is_signed),
      cmocka_unit_test(test_document_told_by_its_clause),
      cmocka_unit_test(test_documents_listed_after_a_signing),
      cmocka_unit_test(test_same_name_other_year_is_another_document),
      cmocka_unit_test(test_documents_listed_after_one_carried_out_exist),
      cmocka_unit_test(test_counted_documents_named_one_by_one),
      cmocka_unit_test(test_other_counts_with_label),
      cmocka_unit_test(test_special_and_traditional_relations),
      cmocka_unit_test(test_cooperative_partnership_tradition_and_faithful_relations),
      cmocka_unit_test(test_relation_year_and_rung),
      cmocka_unit_test(test_planned_upgrade_governs_its_own_framework),
      cmocka_unit_test(test_framework_with_the_state_beside_it),
      cmocka_unit_test(test_sides_named_as_partners),
      cmocka_unit_test(test_framework_of_the_pair_told_unnamed),
      cmocka_unit_test(test_protocol_named_by_its_kind_alone),
      cmocka_unit_test(test_cooperation_programme_is_a_plan),
      cmocka_unit_test(test_a_document_told_again_with_more_words_is_one),
      cmocka_unit_test(test_agreement_titles_end_where_the_language_ends_them),
      cmocka_unit_test(test_vietnamese_documents_carried_out_or_signed_before),
      cmocka_unit_test(test_other_names_amendments_and_years_of_signing),
      cmocka_unit_test(test_statements_adopted_or_issued),
      cmocka_unit_test(test_english_document_kinds_of_defence_news),
      cmocka_unit_test(test_english_titles_end_before_their_signing),
      cmocka_unit_test(test_english_documents),
      cmocka_unit_test(test_english_figures),
      cmocka_unit_test(test_rotations_counted_by_the_units_name),
      cmocka_unit_test(test_english_partners_as_nations_states_and_militaries),
      cmocka_unit_test(test_peacekeeping_units_and_modifiers),
      cmocka_unit_test(test_counted_documents_are_no_titles),
      cmocka_unit_test(test_english_titles_with_years_and_abbreviations),
      cmocka_unit_test(test_english_titles_end_where_the_sentence_goes_on),
      cmocka_unit_test(test_years_after_a_document_span_its_period),
      cmocka_unit_test(test_english_documents_named_by_nouns_before_their_kind),
      cmocka_unit_test(test_plural_kind_shared_across_a_list),
      cmocka_unit_test(test_contracts_and_written_agreements),
      cmocka_unit_test(test_horizon_year_is_part_of_the_title),
      cmocka_unit_test(test_signed_earlier_or_soon),
      cmocka_unit_test(test_english_titles_named_in_capitals_before_their_kind),
      cmocka_unit_test(test_english_titles_end_at_a_clause_about_them),
      cmocka_unit_test(test_titles_end_at_what_they_rest_on_and_the_next_predicate),
      cmocka_unit_test(test_sides_named_in_a_title),
      cmocka_unit_test(test_other_names_of_documents_and_their_parties),
      cmocka_unit_test(test_approximate_counts),
      cmocka_unit_test(test_a_signing_worked_towards_is_planned),
      cmocka_unit_test(test_english_names_joined_by_an_en_dash_and_a_next_predicate_in_ing),
      cmocka_unit_test(test_vietnamese_titles_end_at_a_clause_a_month_or_a_bare_signing),
      cmocka_unit_test(test_pacts_deals_and_treaties),
      cmocka_unit_test(test_organizations_that_sign_are_parties),
      cmocka_unit_test(test_english_capitalised_kinds_named_by_nouns_before),
      cmocka_unit_test(test_a_count_ends_at_the_next_conjunct),
      cmocka_unit_test(test_bodies_languages_arrangements_and_documents_worked_towards),
      cmocka_unit_test(test_british_spellings_plans_of_cooperation_and_ink),
      cmocka_unit_test(test_a_page_in_two_languages_lists_its_document_once),
      cmocka_unit_test(test_a_vietnamese_title_ends_before_what_the_document_is_for),
      cmocka_unit_test(test_counts_that_share_or_follow_what_they_tell),
      cmocka_unit_test(test_titles_end_before_a_time_to_come),
      cmocka_unit_test(test_other_names_of_memoranda_intents_minutes_statements_and_plans),
      cmocka_unit_test(test_an_anniversary_of_a_signing_refers_to_an_existing_document),
      cmocka_unit_test(test_what_a_visit_is_for_signs_nothing),
      cmocka_unit_test(test_people_preparing_for_peacekeeping_are_not_deployed),
      cmocka_unit_test(test_an_english_agreement_between_two_sides_told_as_two_is_no_title),
      cmocka_unit_test(test_pledged_documents_and_where_their_titles_end),
      cmocka_unit_test(test_another_documents_year_dates_no_signing),
      cmocka_unit_test(test_two_capitals_joined_sign_for_their_states),
      cmocka_unit_test(test_others_count_what_the_count_before_counted),
      cmocka_unit_test(test_a_caption_retells_the_storys_signing),
      cmocka_unit_test(test_a_kind_joined_to_another_kind_names_a_document),
      cmocka_unit_test(test_a_document_listed_after_one_referred_to_is_referred_to),
      cmocka_unit_test(test_a_period_before_a_document_tells_no_plan),
      cmocka_unit_test(test_a_signing_last_year_is_history_without_a_publication_date),
      cmocka_unit_test(test_an_armys_name_goes_on_and_a_witnessing_ends_a_title),
      cmocka_unit_test(test_an_area_the_document_rules_is_part_of_its_title),
      cmocka_unit_test(test_english_titles_end_at_the_documents_own_verb),
      cmocka_unit_test(test_a_signed_document_described_as_signed_exists),
      cmocka_unit_test(test_states_joined_to_vietnam_are_the_parties),
      cmocka_unit_test(test_document_of_one_meeting_among_several),
      cmocka_unit_test(test_document_handed_over_after_signing_is_the_one_signed),
      cmocka_unit_test(test_document_told_again_as_a_subject),
      cmocka_unit_test(test_anniversary_of_signing_a_named_treaty),
      cmocka_unit_test(test_english_titles_named_by_their_sides_before_a_lower_case_kind),
      cmocka_unit_test(test_english_titles_with_a_hyphenated_compound_and_plans_on_a_topic),
      cmocka_unit_test(test_title_ends_before_sides_told_as_two_and_a_next_predicate),
      cmocka_unit_test(test_a_plan_of_something_else_makes_no_document_planned),
      cmocka_unit_test(test_a_document_other_states_sign_between_themselves_is_none_of_vietnams),
      cmocka_unit_test(test_an_existing_documents_signing_is_dated),
      cmocka_unit_test(test_a_plans_years_before_its_name_are_its_period),
      cmocka_unit_test(test_a_document_told_by_its_kind_alone_and_named_is_one),
      cmocka_unit_test(test_titles_end_before_witnesses_a_focus_or_a_meeting_to_come),
      cmocka_unit_test(test_english_titles_end_at_be_as_amid_and_with_a_state),
      cmocka_unit_test(test_a_declaration_on_joint_visions_is_a_joint_vision_statement),
      cmocka_unit_test(test_one_document_told_again_in_other_words),
      cmocka_unit_test(test_a_signing_with_other_partners_is_another_document),
      cmocka_unit_test(test_a_signing_months_before_the_story_is_history),
      cmocka_unit_test(test_documents_in_the_plural_named_by_quoted_topics),
      cmocka_unit_test(test_signed_in_the_passive_after_an_aside),
      cmocka_unit_test(test_a_period_told_after_the_sides),
      cmocka_unit_test(test_a_period_ended_by_two_digits),
      cmocka_unit_test(test_a_document_retold_with_its_years_in_other_words),
      cmocka_unit_test(test_a_document_told_by_a_general_word_and_by_its_name),
      cmocka_unit_test(test_a_cooperation_protocol_told_after_its_years),
      cmocka_unit_test(test_a_measure_after_the_unit_does_not_end_the_count),
      cmocka_unit_test(test_english_remains_recovered_over_a_span),
      cmocka_unit_test(test_a_span_of_two_years_ships_given_and_doctors_counted),
      cmocka_unit_test(test_blue_berets_and_field_hospitals_counted),
      cmocka_unit_test(test_a_document_signed_between_vietnamese_bodies_is_none),
      cmocka_unit_test(test_a_document_signed_with_mot_is_named),
      cmocka_unit_test(test_doi_voi_in_a_title_names_no_side),
      cmocka_unit_test(test_a_document_named_by_two_other_states_is_none_of_vietnams),
      cmocka_unit_test(test_a_document_signed_in_the_vietnamese_passive),
      cmocka_unit_test(test_a_draft_discussed_and_another_document_signed),
      cmocka_unit_test(test_years_in_brackets_after_a_title),
      cmocka_unit_test(test_a_numbered_list_goes_on_past_an_item_of_no_known_kind),
      cmocka_unit_test(test_a_title_goes_on_past_a_comma_to_its_sides),
      cmocka_unit_test(test_a_signing_told_after_one_document_is_not_the_next_ones),
      cmocka_unit_test(test_a_topic_after_a_titles_year_names_it),
      cmocka_unit_test(test_a_joint_statement_issued_in_lower_case),
      cmocka_unit_test(test_a_signing_with_co_ke_hoach_is_planned),
      cmocka_unit_test(test_a_signing_year_past_a_quote_or_in_brackets_dates_the_document),
      cmocka_unit_test(test_an_adverb_after_a_document_ends_its_title),
      cmocka_unit_test(test_a_rank_before_a_document_is_no_count),
      cmocka_unit_test(test_a_document_told_with_a_demonstrative_is_the_one_before),
      cmocka_unit_test(test_a_side_told_with_voi_ends_a_title),
      cmocka_unit_test(test_documents_exchanged_in_the_plural_are_signed),
      cmocka_unit_test(test_a_signings_setting_and_witnesses_end_a_title),
      cmocka_unit_test(test_a_document_whose_signing_is_told_to_come_after_it_is_planned),
      cmocka_unit_test(test_a_title_pointing_back_ends_before_its_link),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
