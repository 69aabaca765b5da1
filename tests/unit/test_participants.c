/* SPDX-License-Identifier: MIT */
/* test_participants.c - who takes part in each event: the people a sentence
 * names, bound to the happening they are in and to their side. */
#include "support.h"

static const char *participants(const char *text) { return test_participants(text, true); }

/* Each of n lists told after the same lead gives the same participants. */
static void each_list_after(const char *lead, const char *const *lists, size_t n, const char *expected) {
  for (size_t i = 0; i < n; i++) {
    char text[1024];
    int len = snprintf(text, sizeof text, "%s%s", lead, lists[i]);
    assert_true(len > 0 && (size_t)len < sizeof text);
    assert_string_equal(participants(text), expected);
  }
}

static void test_state_inside_an_office_is_no_subject(void **state) {
  (void)state;
  /* "Commander of the Thai ... Base" is an apposition: the two officers
   * before the verb co-chair, though a state is named in its clause. */
  assert_string_equal(participants("Rear Admiral Tran Van Minh, Commander of Naval Region 2, and General Somchai "
                                   "Prasert, Commander of the Thai Sattahip Naval Base co-chaired the meeting in "
                                   "Vung Tau on March 3."),
                      "talks:Tran Van Minh/VN|Somchai Prasert/TH"); /* a meeting co-chaired, no dialogue named: talks */
  /* A state right before an office ("Thai Defence Attache") is that
   * office's: the officer it names signs with the one before. */
  assert_string_equal(participants("Rear Admiral Tran Van Minh, Director of the Vietnam Department of Peacekeeping "
                                   "Operations, and Thai Defence Attache Colonel Somchai Prasert signed a memorandum "
                                   "of understanding on peacekeeping training in Hanoi on March 3."),
                      "signing:Tran Van Minh/VN|Somchai Prasert/TH");
  /* An office in small letters right after a name and its comma, with a
   * state's possessive in it, describes that officer: both co-chair. */
  assert_string_equal(participants("Deputy Defence Minister Tran Van Minh and Admiral Li Guohua, deputy chief of "
                                   "the Joint Staff Department of China's Central Military Commission co-chaired the "
                                   "dialogue in Hanoi on March 3."),
                      "dialogue:Tran Van Minh/VN|Li Guohua/CN");
  /* A state of its own as the subject still leaves the person before out. */
  assert_string_equal(participants("General Tran Van Minh praised the ties, and last year, Japan handed over two "
                                   "patrol vessels to Vietnam."),
                      "exchange:");
}

/* A Chinese officer may bear a family name Vietnamese share: the body his
 * office names by a place of China says whose he is, the place set off in
 * brackets with its state or told alone, the office before or after him. */
static void test_an_office_of_a_body_named_by_a_foreign_place(void **state) {
  (void)state;
  assert_string_equal(participants("Sáng 3/3, Thượng tướng Trần Văn Minh tiếp Chính ủy Quân khu Quảng Tây Lý Văn Hoa."),
                      "reception:Trần Văn Minh/VN|Lý Văn Hoa/CN");
  assert_string_equal(participants("Sáng 3/3, tại cửa khẩu, Đại tá Trần Văn Minh hội đàm với Đại tá Hoàng Văn Hoa, Chi "
                                   "đội trưởng Chi đội Quản lý biên giới Phòng Thành Cảng (Trung Quốc)."),
                      "talks:Trần Văn Minh/VN|Hoàng Văn Hoa/CN");
  /* a Vietnamese province's body stays Vietnamese */
  assert_string_equal(participants("Sáng 3/3, Đại tá Trần Văn Minh, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Lạng Sơn hội "
                                   "đàm với Đại tá Hoàng Văn Hoa, Chi đội trưởng Chi đội Quản lý biên giới Bằng Tường "
                                   "(Trung Quốc)."),
                      "talks:Trần Văn Minh/VN|Hoàng Văn Hoa/CN");
}

/* An office only one state has in its title ("Secretary of State for
 * Defence": Britain's) is the state's named before it, where one is. */
static void test_a_state_before_an_office_of_one_state(void **state) {
  (void)state;
  assert_string_equal(participants("Deputy Defence Minister Senior Lieutenant General Tran Van Minh received Cambodian "
                                   "Secretary of State for Defence General Sok Chenda in Hanoi on March 3."),
                      "reception:Tran Van Minh/VN|Sok Chenda/KH");
  assert_string_equal(participants("Deputy Defence Minister Senior Lieutenant General Tran Van Minh received Secretary "
                                   "of State for Defence John Harper in Hanoi on March 3."),
                      "reception:Tran Van Minh/VN|John Harper/GB");
}

/* A name run together with "in" before a place where a crawl lost the space
 * ("Hoffin Ha Noi"): the place may be of two words. */
static void test_a_name_glued_to_in_before_a_place_of_two_words(void **state) {
  (void)state;
  assert_string_equal(participants("Deputy Defence Minister Senior Lieutenant General Tran Van Minh received German "
                                   "Defence State Secretary Karl Hoffin Ha Noi on March 3."),
                      "reception:Tran Van Minh/VN|Karl Hoff/DE");
  assert_string_equal(participants("Deputy Defence Minister Senior Lieutenant General Tran Van Minh received German "
                                   "Defence State Secretary Karl Hoffin Da Nang on March 3."),
                      "reception:Tran Van Minh/VN|Karl Hoff/DE");
}

/* English names a counterpart by his family name alone after "counterpart",
 * and tells a Vietnamese again by his given name, which may be a city's
 * too (Vinh); after "in" that word is the city. */
static void test_a_counterpart_by_one_name_and_a_given_name_told_again(void **state) {
  (void)state;
  assert_string_equal(participants("Deputy Defence Minister Tran Quang Vinh held talks with his Japanese counterpart "
                                   "Tanaka in Tokyo on March 3. Vinh and Tanaka signed a memorandum of understanding "
                                   "on defence industry cooperation."),
                      "talks:Tran Quang Vinh/VN|Tanaka/JP; signing:Tran Quang Vinh/VN|Tanaka/JP");
  assert_string_equal(participants("Deputy Defence Minister Tran Quang Vinh received Japanese Ambassador Yuki Tanaka "
                                   "on March 3. Later that day, the ambassador arrived in Vinh and met with General "
                                   "Le Van Hung."),
                      "reception:Tran Quang Vinh/VN|Yuki Tanaka/JP; reception:Yuki Tanaka/JP|Le Van Hung/VN");
}

/* A full name with no title before its office is told later in the story
 * is that person; a ship named after someone is not the person. */
static void test_a_full_name_before_its_office_is_told(void **state) {
  (void)state;
  assert_string_equal(participants("Defence Minister General Le Van Hung received Arief Wibowo in Hanoi on May 4. "
                                   "Indonesian Defence Minister Arief Wibowo is on an official visit to Vietnam from "
                                   "May 3-5."),
                      "reception:Le Van Hung/VN|Arief Wibowo/ID; visit:Arief Wibowo/ID");
  assert_string_equal(participants("US naval ship USS Robert Dale docked at Da Nang port on May 4. The ship is named "
                                   "after Senator Robert Dale."),
                      "port_call:");
}

static void test_counterparts_named_in_the_order_of_their_states(void **state) {
  (void)state;
  assert_string_equal(participants("Senior Lieutenant General Le Van Hung, Deputy Minister of National Defence, on "
                                   "May 6 held phone talks with his Japanese and Indian counterparts Yuki Tanaka and "
                                   "Arun Mehra."),
                      "call:Le Van Hung/VN|Yuki Tanaka/JP; call:Le Van Hung/VN|Arun Mehra/IN");
  /* Three states, three names, commas between. */
  assert_string_equal(participants("General Le Van Hung met his Japanese, Thai and Indian counterparts Yuki Tanaka, "
                                   "Somchai Prasert and Arun Mehra in Hanoi on May 6."),
                      "talks:Le Van Hung/VN|Yuki Tanaka/JP; talks:Le Van Hung/VN|Somchai Prasert/TH; "
                      "talks:Le Van Hung/VN|Arun Mehra/IN");
  /* The names set off by a comma, each after its rank. */
  assert_string_equal(participants("General Le Van Hung met his Japanese and Indian counterparts, General Yuki Tanaka "
                                   "and General Arun Mehra, respectively, in Hanoi on May 6."),
                      "talks:Le Van Hung/VN|Yuki Tanaka/JP; talks:Le Van Hung/VN|Arun Mehra/IN");
  /* The states after "from", then the names in their order: the second
   * name is the second state's, not the first's. */
  assert_string_equal(participants("General Le Van Hung held talks with his counterparts from Japan and India, General "
                                   "Yuki Tanaka and Admiral Arun Mehra, in Hanoi on May 6."),
                      "talks:Le Van Hung/VN|Yuki Tanaka/JP; talks:Le Van Hung/VN|Arun Mehra/IN");
  /* Fewer names than states: no pairing is read. */
  assert_string_equal(participants("General Le Van Hung held talks with his counterparts from Japan and India in Hanoi "
                                   "on May 6."),
                      "talks:Le Van Hung/VN; talks:Le Van Hung/VN");
}

/* "Welcoming the newly-appointed Defence Attaché X, the Deputy Minister
 * said ...": the new attaché welcomed at the farewell call of the outgoing
 * one takes part in that call. */
static void test_the_attache_welcomed_takes_part_in_the_call(void **state) {
  (void)state;
  assert_string_equal(participants("Deputy Defence Minister Tran Van Minh received outgoing Peruvian Defence Attache "
                                   "Colonel Jorge Salas in Hanoi on May 2. Minh praised Salas's work during his term. "
                                   "Welcoming the newly-appointed Defence Attache Colonel Luis Vega, Minh said the "
                                   "ministry will support him to develop the Vietnam - Peru defence ties."),
                      "reception:Tran Van Minh/VN|Jorge Salas/PE|Luis Vega/PE");
  assert_string_equal(participants("Deputy Defence Minister Tran Van Minh (R) and outgoing Peruvian Defence Attache "
                                   "Colonel Jorge Salas at the meeting in Hanoi on May 2 (Photo: VNA)\nMinh thanked "
                                   "Colonel Jorge Salas for his work.\nWelcoming the newly-appointed Defence Attache "
                                   "Colonel Luis Vega, the Deputy Minister said the ministry will support him to "
                                   "develop the Vietnam - Peru ties."),
                      "reception:Tran Van Minh/VN|Jorge Salas/PE|Luis Vega/PE");
}

static void test_the_office_names_the_person_known_by_it(void **state) {
  (void)state;
  /* "the minister" after "Minister of National Defence General X": the one
   * minister of the story, whichever way the office is written. */
  assert_string_equal(participants("Minister of National Defence General Le Van Hung chaired a conference in Hanoi "
                                   "on May 6. Receiving Japanese Ambassador Yuki Tanaka on May 7, the minister said "
                                   "the two countries share many interests."),
                      "reception:Yuki Tanaka/JP|Le Van Hung/VN");
  /* Two ministers: "the minister" cannot be told, and names no one. */
  assert_string_equal(participants("Minister of National Defence General Le Van Hung met Japanese Defence Minister "
                                   "Kenji Sato in Hanoi on May 6. Receiving Japanese Ambassador Yuki Tanaka on May "
                                   "7, the minister said the two countries share many interests."),
                      "talks:Le Van Hung/VN|Kenji Sato/JP; reception:Yuki Tanaka/JP");
}

/* English tells the head of the delegation received in the sentence after
 * the reception: in the apposition of his name ("X, head of the
 * delegation, thanked ...", "X, a lecturer at ..., who is also head of the
 * delegation, said ...") or as his title ("Head of the delegation Colonel
 * X said ..."); he is the guest of the reception, of the delegation's
 * state. */
static void test_the_head_of_the_delegation_told_after_the_reception(void **state) {
  (void)state;
  static const char *const lists[] = {
      "Colonel Mark Ellis, head of the delegation, thanked the host for the warm welcome.",
      "Head of the delegation Colonel Mark Ellis said the visit would deepen ties.",
      "General Mark Ellis, a senior lecturer at the college, who is also head of the delegation, said the visit "
      "would deepen ties.",
  };
  each_list_after("Lieutenant General Tran Van Minh received a delegation of the Australian Defence College in Hanoi "
                  "on March 3. ",
                  lists, sizeof lists / sizeof *lists, "reception:Tran Van Minh/VN|Mark Ellis/AU");
  /* A name with no comma before the head is not his apposition. */
  assert_string_equal(participants("Lieutenant General Tran Van Minh received a delegation of the Australian Defence "
                                   "College in Hanoi on March 3. Colonel Mark Ellis thanked the head of the "
                                   "delegation."),
                      "reception:Tran Van Minh/VN");
}

/* "X conveyed greetings from Defence Minister Y", "regards of Y": the
 * one whose greetings are conveyed sends them and is not there; the one
 * they go to ("... to Cambodian Defence Minister Z") is. */
static void test_the_sender_of_greetings_is_not_there(void **state) {
  (void)state;
  assert_string_equal(participants("Indian Defence Secretary Arun Mehta called on Vietnamese Defence Minister General "
                                   "Tran Van Minh in Hanoi on March 3. During the meeting, Mehta conveyed greetings "
                                   "from Defence Minister Vikram Rao."),
                      "reception:Arun Mehta/IN|Tran Van Minh/VN");
  assert_string_equal(participants("Senior Lieutenant General Tran Van Minh conveyed greetings from Defence Minister "
                                   "Le Van Hoa to Cambodian Defence Minister General Sok Chea at their meeting in "
                                   "Phnom Penh on March 3."),
                      "talks:Tran Van Minh/VN|Sok Chea/KH");
}

static void test_the_leader_of_a_delegation_is_of_its_state(void **state) {
  (void)state;
  /* A Chinese officer's name reads as Vietnamese; the delegation he leads
   * says whose he is, and as a visitor he is the one who visits. */
  assert_string_equal(participants("Sáng 9/4, tại Hà Nội, Thiếu tướng Nguyễn Văn An tiếp đoàn cán bộ Quân Giải phóng "
                                   "nhân dân Trung Quốc do Đại tá Lưu Minh Đức làm trưởng đoàn."),
                      "reception:Nguyễn Văn An/VN|Lưu Minh Đức/CN");
  assert_string_equal(participants("Đoàn sĩ quan trẻ Trung Quốc do Đại tá Lưu Minh Đức dẫn đầu đã sang thăm Việt Nam "
                                   "từ ngày 9 đến 12/4."),
                      "visit:Lưu Minh Đức/CN");
  /* The head of the delegation told in a sentence of his own, after "là". */
  assert_string_equal(participants("Sáng 9/4, Thiếu tướng Nguyễn Văn An tiếp Đoàn đại biểu Quân đội nhân dân Lào. "
                                   "Trưởng đoàn Lào là Đại tá Bun-mi Xay-nha-vông, Phó Cục trưởng Cục Tác chiến."),
                      "reception:Nguyễn Văn An/VN|Bun-mi Xay-nha-vông/LA");
  /* A friendship group names two states: its leader keeps his own. */
  assert_string_equal(participants("Đoàn đại biểu Nhóm nghị sĩ hữu nghị Việt Nam - Lào do ông Trần Văn Hòa, Phó Chủ tịch "
                                   "Quốc hội dẫn đầu đã thăm chính thức Lào từ ngày 9 đến 12/4."),
                      "visit:Trần Văn Hòa/VN");
}

static void test_who_led_the_delegation_attended_the_event_told(void **state) {
  (void)state;
  /* The leader is named in a sentence of his own after the forum's. */
  assert_string_equal(participants("Sáng 12/5, tại Jakarta, Indonesia đã diễn ra Hội nghị Tư lệnh Lục quân ASEAN lần "
                                   "thứ 20. Đoàn đại biểu Quân đội nhân dân Việt Nam do Trung tướng Trần Văn Bình, "
                                   "Phó Tổng Tham mưu trưởng làm trưởng đoàn."),
                      "multilateral:Trần Văn Bình/VN");
  assert_string_equal(participants("The ASEAN Defence Ministers' Meeting opened in Jakarta on May 12. Lieutenant "
                                   "General Tran Van Binh, Deputy Chief of the General Staff, led the Vietnamese "
                                   "delegation to the meeting."),
                      "multilateral:Tran Van Binh/VN");
  /* "dẫn đầu" before the visit's verb: the leader visits; "led" there
   * still tells a dialogue's co-chairs. */
  assert_string_equal(participants("Đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Trần Văn Bình dẫn đầu thăm "
                                   "chính thức Nhật Bản từ ngày 2 đến 5/3."),
                      "visit:Trần Văn Bình/VN");
  assert_string_equal(participants("Japanese Vice Defence Minister Kenji Sato and his Vietnamese counterpart, Tran Van "
                                   "Binh, led the fifth defence policy dialogue in Tokyo on March 3."),
                      "dialogue:Kenji Sato/JP|Tran Van Binh/VN");
  /* "Also present was X": who else attended the happening just told. */
  assert_string_equal(participants("General Tran Van Minh received Chilean Ambassador Pablo Reyes in Hanoi on May 2. "
                                   "Also present was Colonel Le Van Hai, Director of the Foreign Relations Department."),
                      "reception:Tran Van Minh/VN|Pablo Reyes/CL|Le Van Hai/VN");
  /* "Attending the talks were X", "The reception was also attended by X":
   * the happening named only to say who attended it is the one just told. */
  assert_string_equal(participants("General Tran Van Minh held talks with Chilean General Pablo Reyes in Hanoi on May 2. "
                                   "Attending the talks were Colonel Le Van Hai and Captain Juan Soto."),
                      "talks:Tran Van Minh/VN|Pablo Reyes/CL|Le Van Hai/VN|Juan Soto/CL");
  assert_string_equal(participants("General Tran Van Minh received Chilean Ambassador Pablo Reyes in Hanoi on May 2. "
                                   "The reception was also attended by Colonel Le Van Hai."),
                      "reception:Tran Van Minh/VN|Pablo Reyes/CL|Le Van Hai/VN");
  /* "Present at ...", "Joining ...", "X also attended the talks": the same. */
  assert_string_equal(participants("General Tran Van Minh held talks with Chilean General Pablo Reyes in Hanoi on May 2. "
                                   "Present at the talks was Colonel Le Van Hai."),
                      "talks:Tran Van Minh/VN|Pablo Reyes/CL|Le Van Hai/VN");
  assert_string_equal(participants("General Tran Van Minh held talks with Chilean General Pablo Reyes in Hanoi on May 2. "
                                   "Joining the talks was Captain Juan Soto."),
                      "talks:Tran Van Minh/VN|Pablo Reyes/CL|Juan Soto/CL");
  assert_string_equal(participants("General Tran Van Minh held talks with Chilean General Pablo Reyes in Hanoi on May 2. "
                                   "Captain Juan Soto also attended the talks."),
                      "talks:Tran Van Minh/VN|Pablo Reyes/CL|Juan Soto/CL");
  /* Told first, with its own date, the happening attended is the story's. */
  assert_string_equal(participants("Attending the handover ceremony in Da Nang on May 2 were General Tran Van Minh "
                                   "and Chilean Admiral Pablo Reyes."),
                      "exchange:Tran Van Minh/VN|Pablo Reyes/CL");
}

/* Who receives the gifts of a handover takes part in it: "Tiếp nhận quà,
 * X cảm ơn ...", "Nhận quà, X ...", "X tiếp nhận quà và ...". */
static void test_who_received_the_gifts_took_part(void **state) {
  (void)state;
  /* The heads of the two delegations named after the talks ("Trưởng đoàn
   * Việt Nam là X; trưởng đoàn Lào là Y") took part in them. */
  assert_string_equal(participants("Sáng 5/3, tại Hà Nội, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào tổ chức hội đàm. "
                                   "Trưởng đoàn Việt Nam là Thượng tướng Lê Văn Bình, Thứ trưởng Bộ Quốc phòng; trưởng "
                                   "đoàn Lào là Trung tướng Khăm Sỉ Phon, Thứ trưởng Bộ Quốc phòng Lào."),
                      "talks:Lê Văn Bình/VN|Khăm Sỉ Phon/LA");
  assert_string_equal(participants("Ngày 12/3, tại Viêng Chăn, Thượng tướng Lê Văn Bình đã trao tặng Bộ Quốc phòng "
                                   "Lào 10 xe ô tô. Tiếp nhận quà tặng, Trung tướng Khăm Sỉ Phon cảm ơn Bộ Quốc "
                                   "phòng Việt Nam."),
                      "exchange:Lê Văn Bình/VN|Khăm Sỉ Phon/LA");
  assert_string_equal(participants("Ngày 12/3, tại Viêng Chăn, Thượng tướng Lê Văn Bình đã trao tặng Bộ Quốc phòng "
                                   "Lào 10 xe ô tô. Nhận quà, Trung tướng Khăm Sỉ Phon cảm ơn Bộ Quốc phòng Việt "
                                   "Nam."),
                      "exchange:Lê Văn Bình/VN|Khăm Sỉ Phon/LA");
}

/* "Cùng tiếp có X", "Tiếp đón có X": a sentence opening with the
 * happening's verb and listing who had part in it adds them to the
 * happening told; it is no reception of its own. */
static void test_who_else_received_is_listed_not_a_reception(void **state) {
  (void)state;
  assert_string_equal(participants("Sáng 6/5, tại Hà Nội, Thượng tướng Trần Văn Bình tiếp Đại sứ Hàn Quốc Park Min Su. "
                                   "Cùng tiếp có Thiếu tướng Lê Văn Hải, Cục trưởng Cục Đối ngoại."),
                      "reception:Trần Văn Bình/VN|Park Min Su/KR|Lê Văn Hải/VN");
  assert_string_equal(participants("Sáng 6/5, tàu hộ vệ Cheonan của Hải quân Hàn Quốc cập cảng Tiên Sa, Đà Nẵng. Đón tàu "
                                   "và thủy thủ đoàn có Thượng tá Lê Văn Hải, Phó Lữ đoàn trưởng."),
                      "port_call:Lê Văn Hải/VN");
  /* "Cùng tham gia hội đàm có X", as "Cùng dự": who else joined the talks told. */
  assert_string_equal(participants("Sáng 6/5, tại Hà Nội, Thượng tướng Trần Văn Bình hội đàm với Thứ trưởng Quốc phòng "
                                   "Hàn Quốc Park Min Su. Cùng tham gia hội đàm có Thiếu tướng Lê Văn Hải."),
                      "talks:Trần Văn Bình/VN|Park Min Su/KR|Lê Văn Hải/VN");
}

/* "Sau hội đàm, hai bên đã ký ...": the two sides sign, naming no signer
 * (the contract's example); the two ministers named as such do sign. */
static void test_the_two_sides_sign_without_signers(void **state) {
  (void)state;
  assert_string_equal(participants("Sáng 6/5, Đại tướng Trần Văn Bình hội đàm với Bộ trưởng Quốc phòng Ấn Độ Arun Mehra. "
                                   "Kết thúc hội đàm, hai bên đã ký Bản ghi nhớ về hợp tác quốc phòng."),
                      "talks:Trần Văn Bình/VN|Arun Mehra/IN; signing:");
  assert_string_equal(participants("Sáng 6/5, Đại tướng Trần Văn Bình hội đàm với Bộ trưởng Quốc phòng Ấn Độ Arun Mehra. "
                                   "Kết thúc hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác quốc phòng."),
                      "talks:Trần Văn Bình/VN|Arun Mehra/IN; signing:Trần Văn Bình/VN|Arun Mehra/IN");
}

/* English tells the signers of a document just told in the sentence after
 * it, or as the pair of the talks before; the two sides alone name no one. */
static void test_the_signers_of_the_document_just_told(void **state) {
  (void)state;
  const char *talks = "General Tran Van Binh held talks with Indian Defence Minister Arun Mehra in Hanoi on May 6. ";
  char text[512];
  snprintf(text, sizeof text, "%s%s", talks,
           "After the talks, the two sides signed a memorandum of understanding on military medicine.");
  assert_string_equal(participants(text), "talks:Tran Van Binh/VN|Arun Mehra/IN; signing:");
  snprintf(text, sizeof text, "%s%s", talks,
           "The two officials then signed a memorandum of understanding on military medicine.");
  assert_string_equal(participants(text), "talks:Tran Van Binh/VN|Arun Mehra/IN; signing:Tran Van Binh/VN|Arun Mehra/IN");
  snprintf(text, sizeof text, "%s%s", talks,
           "The two ministers also witnessed the signing of a memorandum of understanding on military medicine.");
  assert_string_equal(participants(text), "talks:Tran Van Binh/VN|Arun Mehra/IN; signing:Tran Van Binh/VN|Arun Mehra/IN");
  /* "the ministers" after their meeting sign as its pair; they make no
   * meeting of their own with whoever else they meet. */
  snprintf(text, sizeof text, "%s%s", talks,
           "Concluding their meeting, the ministers signed an agreement on cooperation in military medicine.");
  assert_string_equal(participants(text), "talks:Tran Van Binh/VN|Arun Mehra/IN; signing:Tran Van Binh/VN|Arun Mehra/IN");
  snprintf(text, sizeof text, "%s%s", talks, "The ministers met with soldiers of a border guard company.");
  assert_string_equal(participants(text), "talks:Tran Van Binh/VN|Arun Mehra/IN");
  /* The signers in the sentence after, though a visit was told after the signing. */
  assert_string_equal(participants("Vietnam and India signed a memorandum of understanding on military medicine in "
                                   "Hanoi on May 6 during a visit by Indian Defence Minister Arun Mehra. The document "
                                   "was signed by General Tran Van Binh and Mehra."),
                      "signing:Tran Van Binh/VN|Arun Mehra/IN; visit:Arun Mehra/IN");
  assert_string_equal(participants("Vietnam and India signed a memorandum of understanding on military medicine in "
                                   "Hanoi on May 6. General Tran Van Binh and his Indian counterpart Arun Mehra signed "
                                   "the document."),
                      "signing:Tran Van Binh/VN|Arun Mehra/IN");
  /* "signed the document" with no signing told names none. */
  assert_string_equal(participants("General Tran Van Binh and his Indian counterpart Arun Mehra signed the document."), "");
  /* The place or the day of the signing between the verb and "by". */
  assert_string_equal(participants("Vietnam and Oman have signed a letter of intent on defence cooperation. The "
                                   "document was signed in Muscat on Monday by Deputy Defence Minister Tran Van Binh "
                                   "and Omani Defence Secretary Salim Haddad."),
                      "signing:Tran Van Binh/VN|Salim Haddad/OM");
  /* The document named again by its kind alone after "the". */
  assert_string_equal(participants("Vietnam and India signed a memorandum of understanding on military medicine in "
                                   "Hanoi on May 6. General Tran Van Binh and his Indian counterpart Arun Mehra signed "
                                   "the MoU at the ministry."),
                      "signing:Tran Van Binh/VN|Arun Mehra/IN");
}

/* Vietnamese names the signers after the signing: "X và Y (thay mặt hai
 * bên) ký văn kiện" is the document just told, signed by them. */
static void test_the_signers_of_the_document_just_told_vi(void **state) {
  (void)state;
  assert_string_equal(participants("Sáng 6/5, tại Hà Nội, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Ấn Độ đã ký Bản ghi "
                                   "nhớ về hợp tác quân y. Thượng tướng Trần Văn Bình, Thứ trưởng Bộ Quốc phòng và ông "
                                   "Arun Mehra, Thứ trưởng Quốc phòng Ấn Độ thay mặt hai bên ký văn kiện."),
                      "signing:Trần Văn Bình/VN|Arun Mehra/IN");
  /* With no signing told before, "ký văn kiện" names no one. */
  assert_string_equal(participants("Thượng tướng Trần Văn Bình và ông Arun Mehra đã ký các văn kiện."), "");
}

/* A bilateral consultation named "Hội nghị tham vấn ..." is no forum of
 * the noun it opens with: both co-chairs take part. */
static void test_both_co_chairs_of_a_consultation_named_a_conference(void **state) {
  (void)state;
  assert_string_equal(participants("Sáng 6/5, tại Hà Nội, Thượng tướng Trần Văn Bình và Đô đốc Somchai Prasert, Tư lệnh "
                                   "Hải quân Hoàng gia Thái Lan, đồng chủ trì Hội nghị tham vấn quốc phòng Việt Nam - "
                                   "Thái Lan lần thứ 5."),
                      "dialogue:Trần Văn Bình/VN|Somchai Prasert/TH");
  /* A dialogue co-chaired with no name of its own is a dialogue all the same. */
  assert_string_equal(participants("Chiều 9/5, tại Hà Nội, Thượng tướng Trần Văn Bình và Đô đốc Somchai Prasert, Tư lệnh "
                                   "Hải quân Hoàng gia Thái Lan, đồng chủ trì cuộc đối thoại giữa hai bên."),
                      "dialogue:Trần Văn Bình/VN|Somchai Prasert/TH");
}

/* "X and Y co-chaired the event": the verb makes no happening of its own
 * and both chairs took part in the one told before; a sentence that opens
 * "In that dialogue" or "At that meeting" is at the happening told, and who
 * acts in it took part. */
static void test_chairs_of_the_event_told_and_who_acts_in_that_dialogue(void **state) {
  (void)state;
  assert_string_equal(participants("The sixth Vietnam - Chile defence policy dialogue took place in Hanoi on May 2. "
                                   "Vietnamese Deputy Minister of National Defence Senior Lieutenant General Tran Van "
                                   "Binh and Chilean Admiral Pablo Reyes co-chaired the event."),
                      "dialogue:Tran Van Binh/VN|Pablo Reyes/CL");
  assert_string_equal(participants("Vietnam and Chile held a handover ceremony of navy equipment in Hai Phong on May 2. "
                                   "General Tran Van Binh and Chilean Ambassador Pablo Reyes co-chaired the event."),
                      "exchange:Tran Van Binh/VN|Pablo Reyes/CL");
  assert_string_equal(participants("Vietnam and Chile held their sixth defence policy dialogue in Hanoi on May 2. In that "
                                   "dialogue, Chilean Admiral Pablo Reyes and General Tran Van Binh shared views on "
                                   "regional issues."),
                      "dialogue:Pablo Reyes/CL|Tran Van Binh/VN");
  assert_string_equal(participants("Vietnam and Chile held their sixth defence policy dialogue in Hanoi on May 2. At that "
                                   "meeting, Chilean Admiral Pablo Reyes and General Tran Van Binh shared views on "
                                   "regional issues."),
                      "dialogue:Pablo Reyes/CL|Tran Van Binh/VN");
}

/* "The event was co-chaired by X and Y", "Co-chaired by X and Y, the
 * meeting ...": after a forum's meeting told (an ADMM-Plus experts' working
 * group), the chairing names that meeting: its chairs took part in it, and
 * it makes no bilateral dialogue of their own. After a bilateral dialogue
 * told, the event co-chaired is that dialogue, as before. */
static void test_chairs_of_the_forum_told_hold_no_dialogue(void **state) {
  (void)state;
  assert_string_equal(participants("The 12th meeting of the ADMM-Plus Experts' Working Group on Maritime Security took "
                                   "place via video conference on May 4. The event was co-chaired by Colonel Tran Van "
                                   "Binh, Deputy Director of the Vietnam People's Navy's Foreign Relations Office, and "
                                   "New Zealand Captain Peter Walsh."),
                      "multilateral:Tran Van Binh/VN|Peter Walsh/NZ");
  assert_string_equal(participants("The ADMM-Plus Experts' Working Group on Maritime Security opened in Hanoi on May 4. "
                                   "Co-chaired by Vietnamese Colonel Tran Van Binh and New Zealand Captain Peter Walsh, "
                                   "the meeting focuses on maritime security at sea."),
                      "multilateral:Tran Van Binh/VN|Peter Walsh/NZ");
  assert_string_equal(participants("The sixth Vietnam - New Zealand defence policy dialogue took place in Hanoi on May 2. "
                                   "The event was co-chaired by General Tran Van Binh and New Zealand Captain Peter "
                                   "Walsh."),
                      "dialogue:Tran Van Binh/VN|Peter Walsh/NZ");
}

/* "held meetings in Laos with President X and ...": a plural noun of
 * meeting with its place between it and "with" reports the meetings, as
 * "held meetings with" and "had a meeting in Vientiane with" do; bare, it
 * names meetings of any kind ("featuring five plenary meetings"). */
static void test_meetings_with_their_place_before_with(void **state) {
  (void)state;
  assert_string_equal(participants("Vietnamese Minister of National Defence General Tran Van Binh held high-level meetings "
                                   "in Laos with President Somchai Vongsa and Minister of National Defence Khamphet Sone "
                                   "on March 3."),
                      "talks:Tran Van Binh/VN|Somchai Vongsa/LA|Khamphet Sone/LA");
  assert_string_equal(participants("Vietnamese Minister of National Defence General Tran Van Binh held meetings in "
                                   "Vientiane on March 3 with Lao President Somchai Vongsa."),
                      "talks:Tran Van Binh/VN|Somchai Vongsa/LA");
  assert_string_equal(participants("The ASEAN defence forum closed in Vientiane on March 3, featuring five plenary "
                                   "meetings attended by Vietnamese Minister of National Defence General Tran Van Binh."),
                      "");
}

/* "met Y in Jakarta, as part of President Z's state visit": whose visit
 * frames the meeting is that visit's, not at the meeting; one whose visit
 * is told before the meeting ("During Z's visit, he met Y") stays in it;
 * "as part of President Z's strategy": the owner of a thing neither. */
static void test_the_possessor_of_a_visit_framing_a_meeting(void **state) {
  (void)state;
  assert_string_equal(participants("Minister of National Defence General Tran Van Binh met with Chilean Minister of "
                                   "Defence Pablo Reyes in Santiago on May 2, as part of President Le Van Hoa's state "
                                   "visit to Chile."),
                      "talks:Tran Van Binh/VN|Pablo Reyes/CL; visit:Tran Van Binh/VN|Le Van Hoa/VN");
  assert_string_equal(participants("Deputy Minister of National Defence Tran Van Binh met with Chilean General Pablo "
                                   "Reyes in Santiago on May 2 in the framework of President Le Van Hoa's State visit "
                                   "to Chile."),
                      "talks:Tran Van Binh/VN|Pablo Reyes/CL; visit:Tran Van Binh/VN|Le Van Hoa/VN");
  assert_string_equal(participants("During Chilean Defence Minister Pablo Reyes's visit to Vietnam on May 2, he held "
                                   "talks in Hanoi with General Tran Van Binh."),
                      "visit:Pablo Reyes/CL; talks:Pablo Reyes/CL|Tran Van Binh/VN");
  /* told by his office alone, the possessor is one of the two ministers
   * met, his visit an earlier one */
  assert_string_equal(participants("Defence Minister General Tran Van Binh and Chilean Defence Minister Pablo Reyes\n\n"
                                   "During the meeting with Chilean Defence Minister Pablo Reyes, both defence ministers "
                                   "agreed that the outcomes of the Vietnamese defence minister's visit to Chile last June "
                                   "have been implemented."),
                      "talks:Pablo Reyes/CL|Tran Van Binh/VN; visit:Tran Van Binh/VN");
  /* the owner of anything else told after the cue (a policy, an
   * announcement) is not at the happening either */
  assert_string_equal(participants("General Tran Van Binh received Chilean Defence Minister Pablo Reyes in Hanoi on May "
                                   "2, as part of President Juan Soto's strategy to deepen ties with Asia."),
                      "reception:Tran Van Binh/VN|Pablo Reyes/CL");
  assert_string_equal(participants("Chile handed over two patrol boats to Vietnam in Da Nang on May 2, in line with "
                                   "Defence Minister Pablo Reyes's announcement last month."),
                      "exchange:");
}

/* "paid a courtesy call on Y as part of a delegation accompanying Deputy
 * Prime Minister Z on his official visit": the one accompanied is on his
 * trip, not at the call; without a happening named after him, the words
 * ask nothing. */
static void test_the_one_accompanied_on_his_visit(void **state) {
  (void)state;
  assert_string_equal(participants("Lieutenant General Tran Van Binh, Deputy Minister of National Defence, paid a "
                                   "courtesy call on Chilean Defence Minister Pablo Reyes on May 2 as part of a "
                                   "Vietnamese delegation accompanying Deputy Prime Minister Le Van Hoa on his official "
                                   "visit."),
                      "reception:Tran Van Binh/VN|Pablo Reyes/CL; visit:");
  assert_string_equal(participants("Lieutenant General Tran Van Binh, accompanying Deputy Prime Minister Le Van Hoa, "
                                   "held talks with Chilean Defence Minister Pablo Reyes in Santiago on May 2."),
                      "talks:Tran Van Binh/VN|Le Van Hoa/VN|Pablo Reyes/CL");
}

/* "Nhân dịp tham gia đoàn công tác của Thủ tướng X thăm ..., Y tiếp Z": the
 * leader of the delegation the host joined is on his own trip, not at the
 * reception; one named as the delegation's leader after the verb ("tiếp đoàn
 * công tác của ...") is the guest. */
static void test_the_leader_of_the_delegation_joined(void **state) {
  (void)state;
  assert_string_equal(participants("Nhân dịp tham gia đoàn công tác của Thủ tướng Lê Văn Hòa thăm chính thức Chile, ngày "
                                   "2/5, tại Santiago, Thượng tướng Trần Văn Bình, Thứ trưởng Bộ Quốc phòng đã tiếp Bộ "
                                   "trưởng Quốc phòng Chile Pablo Reyes."),
                      "visit:Lê Văn Hòa/VN; reception:Trần Văn Bình/VN|Pablo Reyes/CL");
  assert_string_equal(participants("Ngày 2/5, tại Hà Nội, Thượng tướng Trần Văn Bình, Thứ trưởng Bộ Quốc phòng đã tiếp "
                                   "đoàn công tác của Bộ trưởng Quốc phòng Chile Pablo Reyes."),
                      "reception:Trần Văn Bình/VN|Pablo Reyes/CL");
}

/* A story whose lead was lost opens with who attended: they attended the
 * first event it tells. */
static void test_who_attended_told_before_the_event(void **state) {
  (void)state;
  assert_string_equal(participants("Dự lễ khai mạc có Thượng tướng Trần Văn Bình, Thứ trưởng Bộ Quốc phòng; ông Arun "
                                   "Mehra, Thư ký Quốc phòng Ấn Độ. Sáng 6/5, tại Hà Nội, lễ khai mạc diễn tập gìn "
                                   "giữ hòa bình song phương Việt Nam - Ấn Độ đã diễn ra."),
                      "exercise:Trần Văn Bình/VN|Arun Mehra/IN");
}

/* A Chinese visitor named in Hán-Việt is of his office's state, so he is
 * the visitor of the visit his apposition tells, not a host left out of it. */
static void test_a_han_viet_named_visitor_visits(void **state) {
  (void)state;
  assert_string_equal(participants("Chiều 24/10, Đại tướng Lê Văn Hòa chủ trì lễ đón Thượng tướng Tống Gia Hưng, Phó "
                                   "Chủ tịch Quân ủy Trung ương Trung Quốc sang thăm chính thức Việt Nam."),
                      "reception:Lê Văn Hòa/VN|Tống Gia Hưng/CN; visit:Tống Gia Hưng/CN");
}

static void test_a_name_after_its_office_and_organisation(void **state) {
  (void)state;
  /* English names the whole organisation between the office and the name:
   * the name starts after the word that ends the organisation's name, and
   * a state named in it is the person's. */
  assert_string_equal(participants("On May 7 in Hanoi, General Tran Van Binh received Director of the Defence "
                                   "Cooperation Agency of Singapore John Tan."),
                      "reception:Tran Van Binh/VN|John Tan/SG");
  assert_string_equal(participants("On May 9 in Hanoi, General Tran Van Binh received Deputy Chief of the Japan "
                                   "Self-Defense Forces Joint Staff Kenji Sato."),
                      "reception:Tran Van Binh/VN|Kenji Sato/JP");
  /* A field behind "for" and a body behind "at the", its state before it. */
  assert_string_equal(participants("Deputy Minister of Defence Sen. Lieut. Gen. Tran Van Binh and Director General "
                                   "for International Relations and Strategy at the French Ministry of the Armed "
                                   "Forces Pierre Dubois co-chaired the fourth defence strategy dialogue in Hanoi on "
                                   "May 6."),
                      "dialogue:Tran Van Binh/VN|Pierre Dubois/FR");
  /* Five capitalized words after the organisation are no name of one person. */
  assert_string_equal(participants("On May 9 in Hanoi, General Tran Van Binh received Director of the Defence "
                                   "Cooperation Agency Lee Hong Kim Song Park."),
                      "reception:Tran Van Binh/VN");
}

/* English may set a name off from its office by a comma: the name is the
 * office's holder; words a title follows are no name ("the Governor-General,
 * Her Excellency Ms X"). */
static void test_a_name_set_off_from_its_office_by_a_comma(void **state) {
  (void)state;
  assert_string_equal(participants("General Tran Van Binh received the Vice Minister of the South Korean Ministry of "
                                   "National Defense, Park Min-soo, in Hanoi on March 2."),
                      "reception:Tran Van Binh/VN|Park Min-soo/KR");
  assert_string_equal(participants("General Tran Van Binh and Deputy Secretary for Strategy at the Australian "
                                   "Department of Defence, Mark Dalton, co-chaired the defence policy dialogue in "
                                   "Hanoi on March 2."),
                      "dialogue:Tran Van Binh/VN|Mark Dalton/AU");
  assert_string_equal(participants("General Tran Van Binh received the Philippine Secretary of National Defense, "
                                   "Carlos Reyes, in Hanoi on March 2."),
                      "reception:Tran Van Binh/VN|Carlos Reyes/PH");
}

/* The second person of the first event of text (no publication date):
 * name, office (NULL: not asked) and state. */
static void second_person_is(const char *text, const char *name, const char *position, const char *country) {
  json_t *r = test_extract(text, NULL);
  json_t *who = json_array_get(json_object_get(json_array_get(test_list(r, "events"), 0), "participants"), 1);
  assert_string_equal(test_str(who, "name"), name);
  if (position) assert_string_equal(test_str(who, "position"), position);
  assert_string_equal(test_str(who, "country"), country);
  json_decref(r);
}

/* English may name an office's field right after it or behind "of", a list
 * of capitalized words with commas ("Deputy Secretary Strategy, Policy and
 * Industry at the Australian Department of Defence, X"): with the body
 * behind "at the" it is all the office, whose state is the body's, and the
 * name after it (behind a comma or not) or before it is the office's
 * holder. Names listed before a body are no field. */
static void test_an_office_s_field_with_commas_before_its_body(void **state) {
  (void)state;
  assert_string_equal(participants("General Tran Van Binh and Deputy Secretary Planning, Budget and Logistics at "
                                   "the Australian Department of Defence, Mark Dalton, co-chaired the defence policy "
                                   "dialogue in Hanoi on March 2."),
                      "dialogue:Tran Van Binh/VN|Mark Dalton/AU");
  assert_string_equal(participants("Deputy Secretary of Planning, Budget, and Logistics at the Australian Department "
                                   "of Defence Mark Dalton received Vietnamese Ambassador Le Van Nam in Canberra on "
                                   "March 2."),
                      "reception:Mark Dalton/AU|Le Van Nam/VN");
  second_person_is("General Tran Van Binh and Mark Dalton, Deputy Secretary of Planning, Budget, and Logistics at "
                   "the Australian Department of Defence, co-chaired the defence policy dialogue in Hanoi on March 2, "
                   "2024.",
                   "Mark Dalton", "Deputy Secretary of Planning, Budget, and Logistics", "AU");
  /* The body behind "at the" right after the office says the office's
   * state, not the state told before it in the sentence. */
  json_t *r = test_extract("Vietnam joined other member states at the ARF Defence Officials' Dialogue, which was "
                           "chaired by Awang Salleh, Deputy Permanent Secretary of Policy and Strategy at the Brunei "
                           "Defence Ministry, and Mark Dalton, Assistant Secretary at the Australian Department of "
                           "Defence, on March 2, 2024.",
                           NULL);
  json_t *people = json_object_get(json_array_get(test_list(r, "events"), 0), "participants");
  bool found = false;
  for (size_t k = 0; k < json_array_size(people); k++) {
    json_t *p = json_array_get(people, k);
    if (strcmp(test_str(p, "name"), "Mark Dalton")) continue;
    found = true;
    assert_string_equal(test_str(p, "country"), "AU");
  }
  assert_true(found);
  json_decref(r);
  assert_string_equal(participants("Defence Minister Le Van Hung, Tran Van Binh and Pham Quoc Tuan at the Ministry "
                                   "of National Defence received Japanese Defense Minister Sato Kenji in Hanoi on "
                                   "March 3."),
                      "reception:Le Van Hung/VN|Tran Van Binh/VN|Pham Quoc Tuan/VN|Sato Kenji/JP");
}

static void test_an_office_written_lower_case_after_a_name(void **state) {
  (void)state;
  /* English news often writes the office after a name in lower case ("X,
   * deputy head of the ...", "Y, director of the ..."): the name is still
   * a person's, received as one. */
  assert_string_equal(participants("On June 2 in Hanoi, General Tran Van Binh received Ko Ko Lwin, deputy head "
                                   "of Myanmar's border affairs office."),
                      "reception:Tran Van Binh/VN|Ko Ko Lwin/MM");
  assert_string_equal(participants("On June 4 in Hanoi, General Tran Van Binh received Anna Berg, director of the "
                                   "Swedish defence cooperation office."),
                      "reception:Tran Van Binh/VN|Anna Berg/SE");
  assert_string_equal(participants("On June 5 in Hanoi, General Tran Van Binh received Colonel Tom Hale, head of "
                                   "the Australian defence training team."),
                      "reception:Tran Van Binh/VN|Tom Hale/AU");
  assert_string_equal(participants("On June 6 in Hanoi, General Tran Van Binh received Awang Salleh, commander of "
                                   "the Royal Brunei Air Force."),
                      "reception:Tran Van Binh/VN|Awang Salleh/BN");
}

static void test_who_speaks_at_the_happening_takes_part(void **state) {
  (void)state;
  /* A sentence of its own where someone speaks ("phát biểu", "addressed")
   * names who took part in the happening told. */
  assert_string_equal(participants("Sáng 30/5, tàu hộ vệ HMAS Perth của Hải quân Australia cập cảng Cam Ranh, bắt đầu "
                                   "chuyến thăm Việt Nam. Đại tá John Smith, Tùy viên Quốc phòng Australia tại Việt Nam "
                                   "phát biểu cảm ơn sự đón tiếp. Phát biểu chào mừng, Đại tá Nguyễn Văn Hải, Phó Tư "
                                   "lệnh Vùng 4 Hải quân chúc đoàn một chuyến thăm thành công."),
                      "port_call:John Smith/AU|Nguyễn Văn Hải/VN");
  assert_string_equal(participants("Japan handed over two patrol boats to the Vietnam Coast Guard in Hai Phong on May "
                                   "6. Japanese Ambassador Kenji Sato addressed the ceremony."),
                      "exchange:Kenji Sato/JP");
  /* Who gives, told by the verb of giving right after the giving, with no
   * side named ("... cho đại diện phía bạn"), takes part in it. */
  assert_string_equal(participants("Ngày 12/6, tại cửa khẩu Cầu Treo, Bộ đội Biên phòng tỉnh Hà Tĩnh đã trao tặng 200 "
                                   "suất quà cho lực lượng vũ trang tỉnh Bolikhamxay (Lào). Đại tá Nguyễn Văn Hoàng, Chỉ "
                                   "huy trưởng Bộ đội Biên phòng tỉnh đã trao tặng quà cho đại diện phía bạn."),
                      "exchange:Nguyễn Văn Hoàng/VN");
  /* Who acts or speaks on behalf of a side ("Thay mặt ...") at it too. */
  assert_string_equal(participants("Sáng 30/5, tàu hộ vệ HMAS Perth của Hải quân Australia cập cảng Cam Ranh, bắt đầu "
                                   "chuyến thăm Việt Nam. Thay mặt Bộ Tư lệnh Vùng 4 Hải quân, Đại tá Nguyễn Văn Hải, "
                                   "Phó Tư lệnh Vùng chúc đoàn một chuyến thăm thành công. Đại tá John Smith, Tùy viên "
                                   "Quốc phòng Australia tại Việt Nam đã thay mặt đoàn cảm ơn sự đón tiếp."),
                      "port_call:Nguyễn Văn Hải/VN|John Smith/AU");
}

static void test_the_visit_this_time_is_the_speakers_from_the_other_side(void **state) {
  (void)state;
  /* "chuyến thăm lần này" with no destination and no visitor named: the
   * visit is to where the story's happenings took place (Hà Nội), and the
   * foreign minister who speaks of it is its visitor; the host is not. */
  assert_string_equal(participants("Chiều 4/6, tại Hà Nội, Đại tướng Nguyễn Văn An tiếp Bộ trưởng Quốc phòng Malaysia "
                                   "Ahmad Faiz. Bộ trưởng Ahmad Faiz khẳng định chuyến thăm lần này có ý nghĩa quan "
                                   "trọng."),
                      "reception:Nguyễn Văn An/VN|Ahmad Faiz/MY; visit:Ahmad Faiz/MY");
  /* Told by the host, it is still the guest's: the meeting before it was
   * held in Vietnam. */
  assert_string_equal(participants("Chiều 4/6, tại Hà Nội, Đại tướng Nguyễn Văn An tiếp Bộ trưởng Quốc phòng Malaysia "
                                   "Ahmad Faiz. Đại tướng Nguyễn Văn An khẳng định chuyến thăm lần này có ý nghĩa quan "
                                   "trọng."),
                      "reception:Nguyễn Văn An/VN|Ahmad Faiz/MY; visit:Ahmad Faiz/MY");
}

static void test_who_attended_the_happening_named_again(void **state) {
  (void)state;
  /* "Buổi tiếp có sự tham dự của X": the reception told in the sentence
   * before, named again only to say who attended it; no second reception. */
  assert_string_equal(participants("Sáng 9/4, tại Hà Nội, Thượng tướng Nguyễn Văn An tiếp Đại sứ Nhật Bản Kenji Sato. "
                                   "Buổi tiếp có sự tham dự của Thiếu tướng Trần Văn Bình."),
                      "reception:Nguyễn Văn An/VN|Kenji Sato/JP|Trần Văn Bình/VN");
  /* "diễn ra với sự tham gia của X" after the talks told. */
  assert_string_equal(participants("Chiều 12/5, tại Hà Nội, Thượng tướng Nguyễn Văn An hội đàm với Bộ trưởng Quốc phòng "
                                   "Lào Somsak Phommavong. Buổi hội đàm diễn ra với sự tham gia của Thiếu tướng Trần "
                                   "Văn Bình."),
                      "talks:Nguyễn Văn An/VN|Somsak Phommavong/LA|Trần Văn Bình/VN");
  /* Who chaired the ship's welcome, told after a comma: the port call's. */
  assert_string_equal(participants("Sáng 25/8, tàu CSB 8001 cập cảng Tanjung Priok, thủ đô Jakarta - Indonesia. Lễ đón "
                                   "được tổ chức trọng thể tại cầu cảng, với sự chủ trì của Phó Đô đốc Agus Santoso "
                                   "- Tư lệnh Cảnh sát biển Indonesia."),
                      "port_call:Agus Santoso/ID");
}

static void test_an_officer_of_an_international_organisation(void **state) {
  (void)state;
  /* The organisation sits inside the title ("Tổng thư ký ASEAN X",
   * "Secretary-General of ASEAN X"): the name follows it, and its holder is
   * of no state. */
  assert_string_equal(participants("Sáng 19/2, Đại tướng Nguyễn Văn An tiếp Tổng thư ký ASEAN Lim Boon Keng tại Hà Nội."),
                      "reception:Nguyễn Văn An/VN|Lim Boon Keng/-");
  assert_string_equal(participants("Sáng 19/2, Đại tướng Nguyễn Văn An tiếp Phó Tổng thư ký Liên hợp quốc Pierre Dubois "
                                   "tại Hà Nội."),
                      "reception:Nguyễn Văn An/VN|Pierre Dubois/-");
  assert_string_equal(participants("On February 19 in Hanoi, General Nguyen Van An received Secretary-General of ASEAN "
                                   "Lim Boon Keng."),
                      "reception:Nguyen Van An/VN|Lim Boon Keng/-");
}

static void test_who_welcomes_the_visitors_is_their_host(void **state) {
  (void)state;
  /* No destination told: the welcomer named before the visitors is their
   * host, and the visitors are those welcomed. */
  assert_string_equal(participants("Phát biểu tại buổi làm việc, Thiếu tướng Lê Văn Tâm hoan nghênh Đại tá Kim Sok "
                                   "Phal và đoàn Quân đội Hoàng gia Campuchia sang thăm và làm việc."),
                      "visit:Kim Sok Phal/KH");
}

static void test_a_delegation_named_by_the_bare_word(void **state) {
  (void)state;
  /* "đoàn" alone, before its ministry and state, is the delegation whose
   * visitor the story named: he is the one received. */
  assert_string_equal(participants("Ngày 4/5, Trung tướng Arun Mehra, Thứ trưởng Bộ Quốc phòng Ấn Độ đã sang thăm "
                                   "chính thức Việt Nam. Tiếp đoàn Bộ Quốc phòng Ấn Độ, Đại tướng Lê Văn Hùng khẳng "
                                   "định quan hệ hai nước phát triển tốt."),
                      "visit:Arun Mehra/IN; reception:Lê Văn Hùng/VN|Arun Mehra/IN");
}

static void test_a_delegation_is_led_by_whom_the_story_says(void **state) {
  (void)state;
  /* The welcome names only the delegation; the story says, after it, who
   * led it (the one right before "dẫn đầu"). */
  assert_string_equal(participants("Sáng 12/3, tại Viêng Chăn đã diễn ra lễ đón Đoàn Việt Nam. Chiều cùng ngày, Đoàn "
                                   "Việt Nam do Đại tướng Lê Văn Hùng, Bộ trưởng Bộ Quốc phòng dẫn đầu đã hội đàm "
                                   "với Đoàn Quân đội Lào do Đại tướng Xôm-xắc Phôm-vi-hản dẫn đầu."),
                      "reception:Lê Văn Hùng/VN; talks:Lê Văn Hùng/VN|Xôm-xắc Phôm-vi-hản/LA");
  /* English: the delegation of the visitor the story told before. */
  assert_string_equal(participants("General Le Van Hung began an official visit to Thailand on May 6. Later the same "
                                   "day, Thai Defence Minister Somchai Prasert received the Vietnamese delegation."),
                      "visit:Le Van Hung/VN; reception:Somchai Prasert/TH|Le Van Hung/VN");
}

static void test_a_name_after_an_armed_forces_office_and_an_inviter(void **state) {
  (void)state;
  /* "... of the Myanmar Armed Forces X": the organisation ends at "Armed
   * Forces" and the name follows; the inviter in the relative clause is not
   * a visitor. */
  assert_string_equal(participants("Defence Minister General Le Van Hung held talks in Hanoi on March 6 with "
                                   "Commander-in-Chief of the Myanmar Armed Forces Aung Kyaw Thu, who is on a "
                                   "four-day visit to Vietnam at the invitation of the Vietnamese Defence Minister."),
                      "talks:Le Van Hung/VN|Aung Kyaw Thu/MM; visit:Aung Kyaw Thu/MM");
}

static void test_each_meeting_of_one_subject_has_its_own_counterpart(void **state) {
  (void)state;
  /* One subject, two meetings, each with the person named after its cue. */
  assert_string_equal(participants("Chiều 5/3, tại Hà Nội, Đại tướng Tanaka Hiroshi, Tham mưu trưởng Lực lượng Phòng vệ "
                                   "Nhật Bản đã chào xã giao Thượng tướng Lê Văn Bình, Thứ trưởng Bộ Quốc phòng, hội "
                                   "đàm với Trung tướng Trần Minh Sơn, Tư lệnh Quân chủng Hải quân."),
                      "reception:Tanaka Hiroshi/JP|Lê Văn Bình/VN; talks:Tanaka Hiroshi/JP|Trần Minh Sơn/VN");
  /* The second meeting told by a noun ("có buổi làm việc với"). */
  assert_string_equal(participants("Chiều 5/3, tại Tokyo, Thượng tướng Lê Văn Bình đã chào xã giao ông Sato Kenji, Bộ "
                                   "trưởng Quốc phòng Nhật Bản và có buổi làm việc với ông Suzuki Taro, Thứ trưởng "
                                   "Quốc phòng Nhật Bản."),
                      "reception:Lê Văn Bình/VN|Sato Kenji/JP; talks:Lê Văn Bình/VN|Suzuki Taro/JP");
  /* Two cues with no one between them share who follows. */
  assert_string_equal(participants("Chiều 5/3, tại Hà Nội, Thượng tướng Lê Văn Bình đã tiếp và hội đàm với Đại tướng "
                                   "Tanaka Hiroshi, Tham mưu trưởng Lực lượng Phòng vệ Nhật Bản."),
                      "reception:Lê Văn Bình/VN|Tanaka Hiroshi/JP; talks:Lê Văn Bình/VN|Tanaka Hiroshi/JP");
  /* A delegation as the subject of a visit's list of meetings, parted by
   * semicolons: each meeting has its own counterpart. */
  assert_string_equal(participants("Ngày 5/3, tại Tokyo, đoàn đã chào xã giao ông Sato Kenji, Bộ trưởng Quốc phòng "
                                   "Nhật Bản; hội đàm với ông Suzuki Taro, Thứ trưởng Quốc phòng Nhật Bản; thăm Học "
                                   "viện Phòng vệ."),
                      "reception:Sato Kenji/JP; talks:Suzuki Taro/JP");
}

/* English joins two offices of one person by "and" before the name
 * ("Cambodian Deputy Prime Minister and Minister of National Defence Gen.
 * X"): the state before the first office is his, so among counterparts of
 * several states he has a meeting of his own; a premiership and a ministry
 * are one office as written, of two other offices the last is the main one. */
static void test_two_offices_joined_by_and_are_one_person_s(void **state) {
  (void)state;
  assert_string_equal(participants("Defence Minister General Le Van Hung held bilateral meetings with Chinese Minister "
                                   "of National Defence Admiral Wang Jianguo, Cambodian Deputy Prime Minister and "
                                   "Minister of National Defence General Sok Vanna, and Mongolian Minister of Defence "
                                   "Bat Erdene on the sidelines of the forum on March 3."),
                      "talks:Le Van Hung/VN|Wang Jianguo/CN; talks:Le Van Hung/VN|Sok Vanna/KH; "
                      "talks:Le Van Hung/VN|Bat Erdene/MN");
  second_person_is("Defence Minister General Le Van Hung received Lao Deputy Prime Minister and Defence Minister "
                   "General Khamla Vongsa in Hanoi on March 3, 2024.",
                   "Khamla Vongsa", "Deputy Prime Minister and Defence Minister", "LA");
  second_person_is("Defence Minister General Le Van Hung received Thai Chief of Defence Forces and Acting Army "
                   "Commander General Somchai Prasert in Hanoi on March 3, 2024.",
                   "Somchai Prasert", NULL, "TH");
}

static void test_the_ship_commander_takes_part_in_its_port_call(void **state) {
  (void)state;
  /* The captain told in a sentence of his own ("do X làm thuyền trưởng"). */
  assert_string_equal(participants("Chiều 1/3, tàu hộ vệ Aurore của Hải quân Pháp đã cập cảng Sài Gòn, bắt đầu chuyến "
                                   "thăm hữu nghị Thành phố Hồ Chí Minh. Tàu do Trung tá Pierre Martin làm thuyền "
                                   "trưởng cùng 150 sĩ quan, thủy thủ."),
                      "port_call:Pierre Martin/FR");
  /* Speaking as the ship's commander ("Chỉ huy tàu"): the ship's name after
   * the command is no person. */
  assert_string_equal(participants("Chiều 1/3, tàu hộ vệ Aurore của Hải quân Pháp đã cập cảng Sài Gòn, bắt đầu chuyến "
                                   "thăm hữu nghị Thành phố Hồ Chí Minh. Sĩ quan chỉ huy tàu Aurore, Trung tá Pierre "
                                   "Martin cho biết thủy thủ đoàn sẽ giao lưu thể thao với Hải quân Việt Nam."),
                      "port_call:Pierre Martin/FR");
  /* One call, whoever of it each sentence names: the attaché who welcomed
   * the ship and its commander are of the same call. */
  assert_string_equal(participants("Chiều 1/3, tàu hộ vệ Aurore của Hải quân Pháp đã cập cảng Sài Gòn, bắt đầu chuyến "
                                   "thăm hữu nghị Thành phố Hồ Chí Minh. Đón tàu có Đại tá Paul Leroy, Tùy viên Quốc "
                                   "phòng Pháp tại Việt Nam. Trung tá Pierre Martin, Chỉ huy tàu Aurore cho biết chuyến "
                                   "thăm của tàu Hải quân Pháp góp phần tăng cường hợp tác."),
                      "port_call:Paul Leroy/FR|Pierre Martin/FR");
  /* A Vietnamese ship abroad: the welcome ceremony its foreign host chairs
   * is part of the call, and the host takes part in it. */
  assert_string_equal(participants("Sáng 25/8, tàu CSB 8005 của Cảnh sát biển Việt Nam cập cảng Tanjung Priok, thủ đô "
                                   "Jakarta, Indonesia. Buổi lễ đón diễn ra trọng thể với sự chủ trì của Phó Đô đốc "
                                   "Sutrisnowo, Tư lệnh Cảnh sát biển Indonesia."),
                      "port_call:Sutrisnowo/ID");
  /* "Chỉ huy" before any word for a ship is the ship's command. */
  assert_string_equal(participants("Chiều 1/3, tàu hộ vệ Aurore của Hải quân Pháp đã cập cảng Sài Gòn, bắt đầu chuyến "
                                   "thăm hữu nghị Thành phố Hồ Chí Minh. Trung tá Pierre Martin, Chỉ huy khinh hạm, cho "
                                   "biết thủy thủ đoàn sẽ giao lưu thể thao với Hải quân Việt Nam."),
                      "port_call:Pierre Martin/FR");
  /* A call only the headline tells (the story tells it as a plan) has the
   * ship's leader the story names. */
  assert_string_equal(participants("Khinh hạm Pháp Aurore thăm Đà Nẵng\n\nKhinh hạm Aurore của Hải quân Pháp có 98 sĩ "
                                   "quan, thủy thủ do Trung tá Pierre Martin, Chỉ huy tàu làm trưởng đoàn. Đoàn sẽ thăm "
                                   "xã giao thành phố Đà Nẵng từ ngày 11 đến 15/4."),
                      "port_call:Pierre Martin/FR");
  /* English navy news names the ship's command "commanding officer", in a
   * quote's tail or before the ship's name. */
  assert_string_equal(participants("The French frigate Aurore docked at Saigon port on March 1 for a four-day visit. "
                                   "\"Our sailors look forward to meeting their hosts,\" Commander Pierre Martin, "
                                   "commanding officer of the French frigate Aurore, said."),
                      "port_call:Pierre Martin/FR");
  assert_string_equal(participants("The French frigate Aurore docked at Saigon port on March 1 for a four-day visit. "
                                   "\"Our sailors look forward to meeting their hosts,\" said Commander Pierre Martin, "
                                   "commanding officer of the French frigate."),
                      "port_call:Pierre Martin/FR");
}

/* Who commands the ships of a joint patrol at sea, speaking after the
 * patrol is told, took part in it: his command named before his name or
 * after his office. */
static void test_the_commander_of_the_patrol_ships_takes_part_in_the_patrol(void **state) {
  (void)state;
  assert_string_equal(participants("Từ ngày 8 đến 9/5, hai biên đội tàu của Hải quân Việt Nam và Hải quân Campuchia đã "
                                   "tuần tra chung trên 4 tuyến ở vùng nước lịch sử. Trung tá Lê Văn Thịnh, Phó Lữ đoàn "
                                   "trưởng Lữ đoàn 162 - chỉ huy biên đội tàu tuần tra Việt Nam cho biết hai bên đã "
                                   "trao đổi thông tin về ngư dân."),
                      "exercise:Lê Văn Thịnh/VN");
  assert_string_equal(participants("Từ ngày 8 đến 9/5, hai biên đội tàu của Hải quân Việt Nam và Hải quân Campuchia đã "
                                   "tuần tra chung trên 4 tuyến ở vùng nước lịch sử. Chỉ huy biên đội tàu tuần tra, "
                                   "Trung tá Lê Văn Thịnh cho biết chuyến tuần tra đạt mọi nội dung đề ra."),
                      "exercise:Lê Văn Thịnh/VN");
  /* Who speaks of the patrol with no command of ships is not told taking part. */
  assert_string_equal(participants("Từ ngày 8 đến 9/5, hai biên đội tàu của Hải quân Việt Nam và Hải quân Campuchia đã "
                                   "tuần tra chung trên 4 tuyến ở vùng nước lịch sử. Ông Lê Văn Thịnh, Giám đốc Sở Nông "
                                   "nghiệp tỉnh Kiên Giang cho biết ngư dân yên tâm bám biển."),
                      "exercise:");
}

static void test_the_bare_word_for_a_delegation_names_its_leader(void **state) {
  (void)state;
  /* "Đoàn" alone as the subject: the delegation the story said who leads. */
  assert_string_equal(participants("Đoàn đại biểu Quân đội Hoàng gia Campuchia do Đại tướng Keo Sokha, Phó Tổng Tư lệnh "
                                   "dẫn đầu đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam ngày 12/3. Chiều cùng "
                                   "ngày, Đoàn đã chào xã giao Thượng tướng Hoàng Văn Nam, Thứ trưởng Bộ Quốc phòng."),
                      "visit:Keo Sokha/KH; reception:Hoàng Văn Nam/VN|Keo Sokha/KH");
  /* As the object right after the cue. */
  assert_string_equal(participants("Đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Hoàng Văn Nam dẫn đầu đã thăm "
                                   "chính thức Campuchia từ ngày 12 đến 14/3. Chiều 12/3, Đại tướng Keo Sokha, Phó Tổng "
                                   "Tư lệnh Quân đội Hoàng gia Campuchia tiếp Đoàn tại Phnom Penh."),
                      "visit:Hoàng Văn Nam/VN; reception:Keo Sokha/KH|Hoàng Văn Nam/VN");
  /* As the object after "với" ("hội đàm với Đoàn"), the cue before the
   * delegation or before another cue joined to it. */
  assert_string_equal(participants("Đoàn đại biểu Quân đội Hoàng gia Campuchia do Đại tướng Keo Sokha, Phó Tổng Tư lệnh "
                                   "dẫn đầu đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam ngày 12/3. Chiều cùng "
                                   "ngày, Thượng tướng Hoàng Văn Nam, Thứ trưởng Bộ Quốc phòng hội đàm với Đoàn."),
                      "visit:Keo Sokha/KH; talks:Hoàng Văn Nam/VN|Keo Sokha/KH");
  assert_string_equal(participants("Đoàn đại biểu Quân đội Hoàng gia Campuchia do Đại tướng Keo Sokha, Phó Tổng Tư lệnh "
                                   "dẫn đầu đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam ngày 12/3. Chiều cùng "
                                   "ngày, Thượng tướng Hoàng Văn Nam, Thứ trưởng Bộ Quốc phòng chủ trì lễ đón và hội đàm "
                                   "với Đoàn."),
                      "visit:Keo Sokha/KH; reception:Hoàng Văn Nam/VN|Keo Sokha/KH; talks:Hoàng Văn Nam/VN|Keo Sokha/KH");
}

/* "Về phía nước CHDCND Lào, có ...", "Về phía tỉnh bạn, có ...", "Về phía
 * các Tiểu khu Quân sự, Quân khu 2 thuộc Quân đội Hoàng gia Campuchia có
 * ...", "Về phía Bộ Chỉ huy Quân sự tỉnh Hủa Phăn có ...": a side named by
 * more words than its state's name (or as the friend side, or by a province)
 * lists who took part, as "Về phía Lào có ..." does. Invented people. */
static void test_a_side_named_at_length_lists_who_took_part(void **state) {
  (void)state;
  assert_string_equal(participants("Ngày 15/7, chương trình giao lưu hữu nghị Việt Nam - Lào được tổ chức tại cửa khẩu. "
                                   "Về phía nước CHDCND Lào, có ông Bun-mi Xay-nha, Tỉnh trưởng tỉnh Khăm Muộn."),
                      "exchange:Bun-mi Xay-nha/LA");
  assert_string_equal(participants("Ngày 13/12, Ban CHQS huyện Bến Cầu tổ chức hội nghị tổng kết hợp tác với Chi khu Quân sự "
                                   "huyện Chanthrea, tỉnh Svay Rieng, Campuchia. Về phía tỉnh bạn, có Đại tá Sok Dara, Phó "
                                   "Chỉ huy trưởng Tiểu khu Quân sự tỉnh Svay Rieng."),
                      "meeting:Sok Dara/KH");
  assert_string_equal(participants("Ngày 2/8, Bộ CHQS tỉnh Tây Ninh hội đàm với Tiểu khu Quân sự tỉnh Svay Rieng. Về phía các "
                                   "Tiểu khu Quân sự, Quân khu 2 thuộc Quân đội Hoàng gia Campuchia có Thiếu tướng Sok Dara, "
                                   "Chỉ huy trưởng Tiểu khu Quân sự tỉnh Svay Rieng."),
                      "talks:Sok Dara/KH");
  /* a unit named by its province, the province standing for its state
   * ("Về phía Bộ Chỉ huy Quân sự tỉnh Hủa Phăn có ...") */
  assert_string_equal(participants("Ngày 20/8, tại Đồn Biên phòng Nậm Cắn diễn ra Lễ ký kết nghĩa giữa Đồn Biên phòng Nậm "
                                   "Cắn và Đại đội Biên phòng 225 của Lào. Về phía Bộ Chỉ huy Quân sự tỉnh Hủa Phăn có "
                                   "Trung tá Bun Mi Xay, Phó Chánh Văn phòng."),
                      "exchange:Bun Mi Xay/LA");
  /* a side with no state nor friend word names no one's list */
  assert_string_equal(participants("Ngày 2/8, Bộ CHQS tỉnh Tây Ninh hội đàm với Tiểu khu Quân sự tỉnh Svay Rieng. Về phía "
                                   "các đơn vị, có nhiều hoạt động phối hợp."),
                      "talks:");
}

/* "Dịp này, hai bên cũng ký ...": a happening at the occasion just told.
 * Who attended, told after it with no happening named, came to the
 * occasion; "Dự lễ ký có ..." names the signing, and lists its own. */
static void test_who_attended_came_to_the_occasion(void **state) {
  (void)state;
  assert_string_equal(participants("Sáng 10/3/2024, tại Hải Phòng, Bộ Tư lệnh Cảnh sát biển Việt Nam tổ chức lễ tiếp nhận "
                                   "tàu tuần tra do Nhật Bản viện trợ. Dịp này, hai bên cũng ký Biên bản ghi nhớ về hợp "
                                   "tác đào tạo. Thiếu tướng Lê Văn Hải, Tư lệnh Cảnh sát biển Việt Nam cùng lãnh đạo các "
                                   "cơ quan đến dự. Về phía Nhật Bản có ông Tanaka Hiroshi, Đại sứ Nhật Bản tại Việt Nam "
                                   "tham dự."),
                      "exchange:Lê Văn Hải/VN|Tanaka Hiroshi/JP; signing:");
  assert_string_equal(participants("Sáng 10/3/2024, tại Hải Phòng, Bộ Tư lệnh Cảnh sát biển Việt Nam tổ chức lễ tiếp nhận "
                                   "tàu tuần tra do Nhật Bản viện trợ. Dịp này, hai bên cũng ký Biên bản ghi nhớ về hợp "
                                   "tác đào tạo. Phát biểu tại buổi lễ, Thiếu tướng Lê Văn Hải cảm ơn Chính phủ Nhật Bản."),
                      "exchange:Lê Văn Hải/VN; signing:");
  /* told without "Dịp này", the signing is the happening attended */
  assert_string_equal(participants("Sáng 10/3/2024, tại Hải Phòng, Bộ Tư lệnh Cảnh sát biển Việt Nam tổ chức lễ tiếp nhận "
                                   "tàu tuần tra do Nhật Bản viện trợ. Chiều cùng ngày, hai bên ký Biên bản ghi nhớ về "
                                   "hợp tác đào tạo. Thiếu tướng Lê Văn Hải, Tư lệnh Cảnh sát biển Việt Nam cùng lãnh đạo "
                                   "các cơ quan đến dự."),
                      "exchange:; signing:Lê Văn Hải/VN");
}

static void test_a_meeting_named_again_has_both_sides(void **state) {
  (void)state;
  /* The talks named by a noun with the guest alone: the host is who
   * welcomed him. */
  assert_string_equal(participants("Sáng 12/3, tại Hà Nội, Đại tướng Lê Văn Hùng, Bộ trưởng Bộ Quốc phòng chủ trì lễ đón "
                                   "Đại tướng Keo Sokha, Phó Tổng Tư lệnh Quân đội Hoàng gia Campuchia. Trước khi bước "
                                   "vào cuộc hội đàm, Đại tướng Keo Sokha ghi sổ lưu niệm."),
                      "reception:Lê Văn Hùng/VN|Keo Sokha/KH; talks:Keo Sokha/KH|Lê Văn Hùng/VN; visit:Keo Sokha/KH");
}

/* Meetings with several counterparts told at once, then one of them
 * again by its partner ("During the meeting with Japanese Defence Minister
 * X, ..."): X sat in the meeting with Japan, not in the last one told. */
static void test_a_sitting_named_again_by_its_partner(void **state) {
  (void)state;
  assert_string_equal(participants("Defence Minister General Tran Van Binh on June 10 held bilateral meetings with his "
                                   "counterparts from Japan and Australia in Singapore. During the meeting with "
                                   "Japanese Defence Minister Kenji Sato, the two sides reviewed their cooperation."),
                      "talks:Tran Van Binh/VN|Kenji Sato/JP; talks:Tran Van Binh/VN");
  assert_string_equal(participants("Sáng 10/6, tại Singapore, Đại tướng Trần Văn Bình đã gặp song phương Bộ trưởng Quốc "
                                   "phòng Nhật Bản và Bộ trưởng Quốc phòng Australia. Tại cuộc gặp với Bộ trưởng Quốc "
                                   "phòng Nhật Bản Kenji Sato, hai bên đánh giá cao kết quả hợp tác."),
                      "talks:Trần Văn Bình/VN|Kenji Sato/JP; talks:Trần Văn Bình/VN");
  /* A sentence that tells a happening of its own after the talks names its
   * people for that one (the Japanese side received is the talks'). */
  assert_string_equal(participants("Sáng 10/6, Đại tướng Trần Văn Bình hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kenji "
                                   "Sato. Sau hội đàm, Thượng tướng Lê Văn Hải tiếp đoàn đại biểu Nhật Bản."),
                      "talks:Trần Văn Bình/VN|Kenji Sato/JP; reception:Lê Văn Hải/VN|Kenji Sato/JP");
}

/* "attachés in Vietnam Colonel X": the state after "in" is where the
 * attaché serves; his own is the one whose attachés they are. */
static void test_a_state_after_in_is_where_an_officer_serves(void **state) {
  (void)state;
  assert_string_equal(participants("Senior Lieutenant General Tran Van Binh on July 26 met Cuba's outgoing and new "
                                   "defence attachés in Vietnam Colonel Jose Perez Diaz and Colonel Luis Gomez Ruiz in "
                                   "Hanoi."),
                      "talks:Tran Van Binh/VN|Jose Perez Diaz/CU|Luis Gomez Ruiz/CU");
}

/* "General Officer Commanding of the ... Command Lt Gen X": an Indian
 * command's title, whose "General" is no rank and whose words no name. */
static void test_an_indian_command_title_names_no_one(void **state) {
  (void)state;
  assert_string_equal(participants("The India-Vietnam joint military exercise closed in Pune on May 6. Addressing the "
                                   "event, Indian General Officer Commanding Lt Gen Arun Mehra said that the drill had "
                                   "deepened trust."),
                      "exercise:Arun Mehra/IN");
}

/* "Tại buổi tiếp, X cảm ơn ...": who acts at a reception told before the
 * visit its guests are on took part in it. */
static void test_who_acts_at_a_reception_told_before_a_visit(void **state) {
  (void)state;
  assert_string_equal(participants("Chiều 5/6, tại Hà Nội, Thượng tướng Trần Văn Bình đã tiếp đoàn đại biểu Bộ Quốc "
                                   "phòng Lào đang thăm và làm việc tại Việt Nam. Tại buổi tiếp, Thiếu tướng Khamsing "
                                   "Phommachanh cảm ơn sự đón tiếp nồng hậu."),
                      "reception:Trần Văn Bình/VN|Khamsing Phommachanh/LA; visit:Khamsing Phommachanh/LA");
  /* The host named only there, by his office before ("Thứ trưởng Bộ Quốc
   * phòng đã tiếp ..."), thanking for the guest's visit: the sentence opens
   * at the reception, so he took part in it, not in the visit - whether
   * the visit was told before or only there. */
  assert_string_equal(participants("Chiều 5/6, tại Hà Nội, Thứ trưởng Bộ Quốc phòng đã tiếp Trung tướng Kim Sang-ho, "
                                   "Tư lệnh Hải quân Hàn Quốc đang thăm Việt Nam. Tại buổi tiếp, Thượng tướng Trần "
                                   "Văn Bình, Thứ trưởng Bộ Quốc phòng cảm ơn và đánh giá cao chuyến thăm của Trung "
                                   "tướng Kim Sang-ho."),
                      "reception:Kim Sang-ho/KR|Trần Văn Bình/VN; visit:Kim Sang-ho/KR");
  assert_string_equal(participants("Chiều 5/6, tại Hà Nội, Thứ trưởng Bộ Quốc phòng đã tiếp Trung tướng Kim Sang-ho, "
                                   "Tư lệnh Hải quân Hàn Quốc. Tại buổi tiếp, Thượng tướng Trần Văn Bình, Thứ trưởng "
                                   "Bộ Quốc phòng hoan nghênh chuyến thăm của Trung tướng Kim Sang-ho."),
                      "reception:Kim Sang-ho/KR|Trần Văn Bình/VN; visit:Kim Sang-ho/KR");
  /* "Sau hội đàm, X tiếp ...", "Trong chuyến thăm, X hội kiến ...": after
   * a happening, or during a trip, is not at it. */
  assert_string_equal(participants("Chiều 5/6, tại Hà Nội, Thượng tướng Trần Văn Bình đã hội đàm với Trung tướng Kim "
                                   "Sang-ho, Tư lệnh Hải quân Hàn Quốc. Sau hội đàm, Thủ tướng Lê Văn Hòa đã tiếp "
                                   "Trung tướng Kim Sang-ho."),
                      "talks:Trần Văn Bình/VN|Kim Sang-ho/KR; reception:Lê Văn Hòa/VN|Kim Sang-ho/KR");
}

/* "Trưởng đoàn phía Trung Quốc": the side a head of delegation leads is
 * his, though his name reads as Vietnamese and another office comes first;
 * the post he heads keeps the place in its name ("Trạm ... Bằng Tường"). */
static void test_the_head_of_a_side_is_of_that_side(void **state) {
  (void)state;
  assert_string_equal(participants("Ngày 24/6, tại cửa khẩu Hữu Nghị, Trung tá Bùi Văn An, Đồn trưởng Đồn Biên phòng "
                                   "Bắc Xa - Trưởng đoàn phía Việt Nam và Thiếu tá Dương Thắng Long, Trạm trưởng Trạm "
                                   "Hội ngộ Bằng Tường - Trưởng đoàn phía Trung Quốc đã hội đàm."),
                      "talks:Bùi Văn An/VN|Dương Thắng Long/CN");
  assert_string_equal(participants("Ngày 24/6, tại cửa khẩu Hữu Nghị, Trung tá Bùi Văn An và Thiếu tá Dương Thắng Long, "
                                   "Trưởng đoàn Trung Quốc đã hội đàm."),
                      "talks:Bùi Văn An/VN|Dương Thắng Long/CN");
}

/* "paid tribute to the late President X", "viếng cố Tổng Bí thư X": the
 * dead honoured at a happening take no part in it. */
static void test_the_late_leader_honoured_takes_no_part(void **state) {
  (void)state;
  assert_string_equal(participants("Major General Lee Kim Hock, Chief of the Republic of Singapore Air Force, began an "
                                   "official visit to Vietnam on May 3. During the visit, they paid tribute to the late "
                                   "President Ho Chi Minh at his mausoleum."),
                      "visit:Lee Kim Hock/SG");
  assert_string_equal(participants("Ngày 5/6, Bộ trưởng Quốc phòng Lào Chansamone Chanyalath thăm chính thức Việt Nam. "
                                   "Trong chuyến thăm, ông đã viếng cố Tổng Bí thư Nguyễn Văn Hòa."),
                      "visit:Chansamone Chanyalath/LA");
  /* whose funeral a guest came for ("sang dự Lễ tang", "Lễ Quốc tang") */
  assert_string_equal(participants("Ngày 12/10, tại Hà Nội, Tổng Bí thư Lê Văn Hùng đã tiếp Đoàn đại biểu cấp cao Lào do "
                                   "Chủ tịch nước Bounmy Keola dẫn đầu sang dự Lễ tang Đại tướng Trần Văn Nam."),
                      "reception:Lê Văn Hùng/VN|Bounmy Keola/LA");
  assert_string_equal(participants("Chiều 25/7, tại Hà Nội, Thủ tướng Lê Văn Hùng đã tiếp Chủ tịch Quốc hội Cuba Pablo "
                                   "Reyes sang dự Lễ Quốc tang Tổng Bí thư Trần Văn Nam."),
                      "reception:Lê Văn Hùng/VN|Pablo Reyes/CU");
  /* whom a memorial honours, or a wreath is laid in memory of ("Đài tưởng
   * niệm", "Tượng đài", "tưởng nhớ" and a title before the name) */
  assert_string_equal(participants("Sáng 6/4, tàu Hải quân Nga do Đại tá Ivan Petrov chỉ huy cập cảng Sài Gòn. Trong thời "
                                   "gian ở thăm, Chỉ huy tàu đến đặt vòng hoa tại Đài tưởng niệm Chủ tịch Trần Văn Nam."),
                      "port_call:Ivan Petrov/RU");
  assert_string_equal(participants("Ngày 9/11, tàu HMCS Regina cập cảng Sài Gòn. Trong thời gian ở thăm, thủy thủ đoàn tàu "
                                   "HMCS Regina đặt hoa tưởng niệm tại Tượng đài Chủ tịch Trần Văn Nam."),
                      "port_call:");
  assert_string_equal(participants("Ngày 9/11, Đại tướng Sok Chea, Tổng Tư lệnh Quân đội Hoàng gia Campuchia thăm Việt Nam. "
                                   "Trong chuyến thăm, Đại tướng Sok Chea đã đặt vòng hoa tưởng nhớ Đại tướng Trần Văn Nam."),
                      "visit:Sok Chea/KH");
}

/* "General Secretary To Minh Hai": English writes the family name Tô
 * without its mark, as the word "To"; it starts a name after a title only
 * ("Vietnam, US To Boost Defence Ties" names no one). */
static void test_a_family_name_written_as_an_english_word(void **state) {
  (void)state;
  assert_string_equal(participants("U.S. Defense Secretary John Miller held talks with General Secretary To Minh Hai "
                                   "in Hanoi on November 2."),
                      "talks:John Miller/US|To Minh Hai/VN");
  assert_string_equal(participants("Vietnam, US To Boost Defence Ties: Defence Minister Tran Van Binh held talks with "
                                   "US Defense Secretary John Miller in Hanoi on November 2."),
                      "talks:Tran Van Binh/VN|John Miller/US");
}

/* "Đoàn Ngoại giao" (the diplomatic corps) is a body, not a man named
 * Đoàn. */
static void test_the_diplomatic_corps_is_no_person(void **state) {
  (void)state;
  assert_string_equal(participants("Tối 20/12, Đại tướng Lê Hồng Sơn chủ trì tiệc chiêu đãi Đoàn Ngoại giao và Tùy viên "
                                   "Quốc phòng các nước tại Hà Nội."),
                      "reception:Lê Hồng Sơn/VN");
}

static void test_who_attended_is_told_of_the_meeting_not_the_visit(void **state) {
  (void)state;
  /* The guest "đang thăm" tells a visit in passing; who "cùng dự" is told
   * next attended the reception, not the visit. */
  assert_string_equal(participants("Sáng 9/4, tại Hà Nội, Thượng tướng Lê Văn Hùng tiếp Đại tướng Somchai Prasert, "
                                   "Tư lệnh Quân đội Thái Lan đang thăm chính thức Việt Nam. Cùng dự có Trung tướng "
                                   "Trần Văn Nam, Cục trưởng Cục Đối ngoại."),
                      "reception:Lê Văn Hùng/VN|Somchai Prasert/TH|Trần Văn Nam/VN; visit:Somchai Prasert/TH");
}

static void test_who_hands_over_and_who_receives(void **state) {
  (void)state;
  /* Remains handed by one to the other in the sentence after the handover. */
  assert_string_equal(participants("Sáng 9/4, tại cửa khẩu Cầu Treo, đã diễn ra lễ bàn giao 12 hài cốt liệt sĩ quân "
                                   "tình nguyện Việt Nam hy sinh tại Lào. Ông Bounmy Saysana trao hài cốt cho Đại tá "
                                   "Lê Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh."),
                      "exchange:Bounmy Saysana/LA|Lê Văn Hùng/VN");
  /* Who received, listed after the handover. */
  assert_string_equal(participants("Sáng 9/4, tại Hà Nội, Đại sứ Chile Pablo Reyes đã bàn giao 2 xe cứu thương cho Cục "
                                   "Quân y. Tiếp nhận có Thiếu tướng Lê Văn Hùng, Cục trưởng Cục Quân y."),
                      "exchange:Pablo Reyes/CL|Lê Văn Hùng/VN");
}

static void test_the_pair_who_act_in_an_exchange(void **state) {
  (void)state;
  assert_string_equal(participants("Sáng 9/4, Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 3 đã khai "
                                   "mạc tại cửa khẩu Cầu Treo. Hai Bộ trưởng Lê Văn Hùng và Bounmy Saysana đã cùng "
                                   "trồng cây hữu nghị."),
                      "exchange:Lê Văn Hùng/VN|Bounmy Saysana/LA");
}

static void test_who_went_along_on_a_visit(void **state) {
  (void)state;
  assert_string_equal(participants("Từ ngày 9 đến 11/4, Đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Lê Văn Hùng "
                                   "dẫn đầu thăm chính thức Chile. Cùng đi có Trung tướng Trần Văn Nam, Cục trưởng Cục "
                                   "Đối ngoại."),
                      "visit:Lê Văn Hùng/VN|Trần Văn Nam/VN");
  /* The delegation's members listed after its head: "Cùng đoàn có",
   * "Đi cùng đoàn có", "Thành phần đoàn gồm", "Đoàn gồm có". */
  const char *lead = "Từ ngày 9 đến 11/4, Đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Lê Văn Hùng dẫn "
                     "đầu thăm chính thức Chile. ";
  const char *lists[] = {"Cùng đoàn có các đồng chí: Trung tướng Trần Văn Nam, Cục trưởng Cục Đối ngoại; Thiếu "
                         "tướng Vũ Đức Minh, Trợ lý Bộ trưởng.",
                         "Đi cùng đoàn có Trung tướng Trần Văn Nam, Cục trưởng Cục Đối ngoại và Thiếu tướng Vũ "
                         "Đức Minh, Trợ lý Bộ trưởng.",
                         "Thành phần đoàn gồm Trung tướng Trần Văn Nam, Cục trưởng Cục Đối ngoại và Thiếu tướng "
                         "Vũ Đức Minh, Trợ lý Bộ trưởng.",
                         "Đoàn gồm có Trung tướng Trần Văn Nam, Cục trưởng Cục Đối ngoại và Thiếu tướng Vũ Đức "
                         "Minh, Trợ lý Bộ trưởng."};
  each_list_after(lead, lists, sizeof lists / sizeof *lists, "visit:Lê Văn Hùng/VN|Trần Văn Nam/VN|Vũ Đức Minh/VN");
}

/* A story whose lead the crawl lost, its delegation listed before any
 * sentence tells the visit ("Tham gia đoàn gồm có: ...", and the list going
 * on in "Tham gia đoàn còn có ..."), or in the sentence that names the visit
 * only to list who went along ("Tháp tùng X trong chuyến thăm có ..."):
 * everyone listed took part in the visit. */
static void test_a_delegation_listed_around_its_visit(void **state) {
  (void)state;
  assert_string_equal(participants("Tổng thống Chile bắt đầu thăm chính thức Việt Nam\n"
                                   "Tham gia đoàn gồm có: ngài Đại tướng Juan Soto, Bộ trưởng Bộ Quốc phòng; ngài "
                                   "Pedro Rojas, Bộ trưởng Bộ Ngoại giao.\n"
                                   "Tham gia đoàn còn có ngài Luis Vera, Đại sứ Chile tại Việt Nam.\n"
                                   "Đây là chuyến thăm chính thức Việt Nam lần đầu tiên của Tổng thống Chile Pablo "
                                   "Reyes."),
                      "visit:Pablo Reyes/CL|Juan Soto/CL|Pedro Rojas/CL|Luis Vera/CL");
  assert_string_equal(participants("Chủ tịch nước Lê Văn Hùng. Ảnh: TTXVN\n\n"
                                   "Tháp tùng Chủ tịch nước Lê Văn Hùng trong chuyến thăm có Đại tướng Trần Văn Nam, "
                                   "Bộ trưởng Bộ Quốc phòng; Bộ trưởng Bộ Ngoại giao Vũ Đức Minh.\n\n"
                                   "Đây là chuyến thăm Chile đầu tiên trên cương vị Chủ tịch nước của Chủ tịch nước "
                                   "Lê Văn Hùng."),
                      "visit:Lê Văn Hùng/VN|Trần Văn Nam/VN|Vũ Đức Minh/VN");
  assert_string_equal(participants("Tháp tùng Tổng thống Chile Pablo Reyes thăm chính thức Việt Nam có Bộ trưởng Bộ "
                                   "Quốc phòng, Đại tướng Juan Soto; Bộ trưởng Bộ Ngoại giao Pedro Rojas."),
                      "visit:Pablo Reyes/CL|Juan Soto/CL|Pedro Rojas/CL");
}

/* "X chủ trì lễ đón Y sang thăm chính thức Việt Nam. Tham dự lễ đón có: A;
 * B.": the welcome ceremony is told before the guest's visit, in its
 * sentence; who attended it, listed next, took part in the ceremony (not in
 * the visit, and not lost). */
static void test_who_attended_a_welcome_told_before_the_visit(void **state) {
  (void)state;
  const char *lead = "Sáng 5/3, tại Hà Nội, Đại tướng Lê Văn Hùng, Bộ trưởng Bộ Quốc phòng đã chủ trì lễ đón Đô đốc "
                     "Pablo Reyes, Tư lệnh Hải quân Chile sang thăm chính thức Việt Nam.\n";
  const char *expected = "reception:Lê Văn Hùng/VN|Pablo Reyes/CL|Trần Văn Nam/VN|Vũ Đức Minh/VN; visit:Pablo Reyes/CL";
  const char *lists[] = {"Tham dự lễ đón có: Thượng tướng Trần Văn Nam, Thứ trưởng Bộ Quốc phòng; Trung tướng Vũ "
                         "Đức Minh, Phó Tổng Tham mưu trưởng.",
                         "Tham dự lễ đón có Thượng tướng Trần Văn Nam, Thứ trưởng Bộ Quốc phòng; Trung tướng Vũ Đức "
                         "Minh, Phó Tổng Tham mưu trưởng.",
                         "Cùng dự lễ đón có Thượng tướng Trần Văn Nam, Thứ trưởng Bộ Quốc phòng và Trung tướng Vũ Đức "
                         "Minh, Phó Tổng Tham mưu trưởng."};
  each_list_after(lead, lists, sizeof lists / sizeof *lists, expected);
}

static void test_who_goes_on_with_the_trip_told_first_made_it(void **state) {
  (void)state;
  /* A sentence that opens with the trip to a state, then tells what the
   * traveller did there: the first person named after it made the trip. */
  assert_string_equal(participants("Tiếp tục chuyến thăm chính thức Chile, chiều 5/3, Thượng tướng Lê Văn Hùng, Thứ "
                                   "trưởng Bộ Quốc phòng đã đến thăm Học viện Hải quân Chile."),
                      "visit:Lê Văn Hùng/VN");
  assert_string_equal(participants("Trong khuôn khổ chuyến công tác tại Chile, Thượng tướng Lê Văn Hùng đã dâng hoa "
                                   "tại Đài tưởng niệm."),
                      "visit:Lê Văn Hùng/VN");
  /* Of the state visited, he is its host, not the traveller. */
  assert_string_equal(participants("Trong khuôn khổ chuyến thăm chính thức Việt Nam, sáng 5/3, Thượng tướng Lê Văn "
                                   "Hùng đã tiếp Đô đốc Pablo Reyes, Tư lệnh Hải quân Chile."),
                      "visit:Pablo Reyes/CL; reception:Lê Văn Hùng/VN|Pablo Reyes/CL");
  /* The day may come first, in a clause of its own before the trip. */
  assert_string_equal(participants("Sáng 5/3, trong khuôn khổ chuyến thăm chính thức Việt Nam, Đô đốc Pablo Reyes, Tư "
                                   "lệnh Hải quân Chile đã vào Lăng viếng Chủ tịch Hồ Chí Minh."),
                      "visit:Pablo Reyes/CL");
  assert_string_equal(participants("Ngày 5/3, trong khuôn khổ chuyến công tác tại Chile, Thượng tướng Lê Văn Hùng đã "
                                   "dâng hoa tại Đài tưởng niệm."),
                      "visit:Lê Văn Hùng/VN");
}

static void test_who_witnessed_a_signing(void **state) {
  (void)state;
  assert_string_equal(participants("Sáng 9/4, tại Hà Nội, Cảnh sát biển Việt Nam và Hải quân Chile đã ký Bản ghi nhớ về "
                                   "hợp tác. Chứng kiến lễ ký có Thượng tướng Lê Văn Hùng, Thứ trưởng Bộ Quốc phòng và "
                                   "ông Pablo Reyes, Đại sứ Chile tại Việt Nam."),
                      "signing:Lê Văn Hùng/VN|Pablo Reyes/CL");
}

static void test_a_vietnamese_name_after_an_inviters_office_is_the_visitor(void **state) {
  (void)state;
  /* The inviter named by office only; the Vietnamese officer after the
   * comma is the visitor, not the Thai minister. */
  assert_string_equal(participants("Theo lời mời của Bộ trưởng Quốc phòng Thái Lan, Thượng tướng Lê Văn Hùng dẫn đầu "
                                   "Đoàn đại biểu Bộ Quốc phòng Việt Nam thăm chính thức Thái Lan từ ngày 9 đến "
                                   "11/4."),
                      "visit:Lê Văn Hùng/VN");
  /* A Chinese name read in Hán-Việt after a Chinese office is that office's holder. */
  assert_string_equal(participants("Sáng 9/4, tại Hà Nội, Thượng tướng Lê Văn Hùng tiếp Bộ trưởng Quốc phòng Trung "
                                   "Quốc, Thượng tướng Lý Minh Đức."),
                      "reception:Lê Văn Hùng/VN|Lý Minh Đức/CN");
}

/* "Chiều cùng ngày, hai bên đã hội đàm", "Tại hội đàm, hai bên ...": talks
 * pointing back to a guest's visit are held by the two of the welcome told
 * before, the host with the visitor. */
static void test_talks_after_a_visit_have_the_welcome_s_two(void **state) {
  (void)state;
  assert_string_equal(participants("Sáng 8/6, tại Hà Nội, Đại tướng Trần Văn Bình, Bộ trưởng Bộ Quốc phòng chủ trì lễ "
                                   "đón Đại tướng Khăm-phăn Vông-xay, Bộ trưởng Bộ Quốc phòng Lào thăm chính thức Việt "
                                   "Nam.\n\nChiều cùng ngày, hai bên đã tổ chức hội đàm chính thức."),
                      "reception:Trần Văn Bình/VN|Khăm-phăn Vông-xay/LA; visit:Khăm-phăn Vông-xay/LA; "
                      "talks:Trần Văn Bình/VN|Khăm-phăn Vông-xay/LA");
}

/* "chuyến thăm có ý nghĩa quan trọng": a visit told by the bare word, no
 * place with it, is the trip of the side that came to the meeting told
 * before: the guest's when the meeting was held in Vietnam. */
static void test_a_visit_told_by_the_bare_word_is_the_guest_s(void **state) {
  (void)state;
  assert_string_equal(participants("Sáng 8/6, tại trụ sở Bộ Quốc phòng, Đại tướng Trần Văn Bình chủ trì lễ đón Bộ "
                                   "trưởng Quốc phòng Ấn Độ Ravi Menon.\n\nTại buổi tiếp, Đại tướng Trần Văn Bình "
                                   "nhấn mạnh, chuyến thăm có ý nghĩa quan trọng đối với quan hệ hai nước."),
                      "reception:Trần Văn Bình/VN|Ravi Menon/IN; visit:Ravi Menon/IN");
}

/* "Tiếp đó, hai bên đã hội đàm": both sides of the welcome told before meet
 * again, the same day; "Năm 2014, hai bên đã tổ chức hội thảo" is another
 * day's meeting, not theirs. */
static void test_both_sides_meet_again_the_same_day(void **state) {
  (void)state;
  assert_string_equal(participants("Sáng 8/6, tại Hà Nội, Đại tướng Trần Văn Bình chủ trì lễ đón Bộ trưởng Quốc phòng "
                                   "Ấn Độ Ravi Menon. Tiếp đó, hai bên đã hội đàm."),
                      "reception:Trần Văn Bình/VN|Ravi Menon/IN; talks:Trần Văn Bình/VN|Ravi Menon/IN; visit:Ravi Menon/IN");
  assert_string_equal(participants("Sáng 8/6, tại Hà Nội, Đại tướng Trần Văn Bình chủ trì lễ đón Bộ trưởng Quốc phòng "
                                   "Ấn Độ Ravi Menon. Năm 2014, hai bên đã tổ chức hội đàm lần đầu tiên."),
                      "reception:Trần Văn Bình/VN|Ravi Menon/IN; talks:; visit:Ravi Menon/IN");
}

/* A Vietnamese ship's voyage to several states, told in one sentence, is a
 * call in each; the delegation named in the next sentence sails to each.
 * A call that names its own people keeps them; a foreign host named after
 * one call does not join the others. */
static void test_a_voyage_s_delegation_calls_at_each_port(void **state) {
  (void)state;
  assert_string_equal(participants("Chiều 16/4, tàu huấn luyện 286 cùng đoàn công tác Học viện Hải quân đã rời quân cảng "
                                   "Nha Trang thực hiện chuyến thăm, giao lưu với Hải quân 2 nước Malaysia, Brunei. Theo "
                                   "đó, đoàn công tác do Đại tá Trần Văn Hải, Phó Giám đốc Học viện làm trưởng đoàn."),
                      "port_call:Trần Văn Hải/VN; port_call:Trần Văn Hải/VN");
  assert_string_equal(participants("Sáng 22/11, tàu hộ vệ 015 đã rời Quân cảng Cam Ranh đi thăm xã giao Nhật Bản và Hàn "
                                   "Quốc. Đoàn công tác do Đại tá Lê Minh Đức, Phó Tư lệnh Vùng 4 Hải quân làm trưởng "
                                   "đoàn. Lễ đón tàu tại cảng Busan do Chuẩn Đô đốc Kim Jae-won chủ trì."),
                      "port_call:Lê Minh Đức/VN; port_call:Lê Minh Đức/VN|Kim Jae-won/KR");
}

/* A story that tells its happening only in its headline: who the story
 * says attended it ("Phát biểu tại buổi lễ, Đại tá X ...", "Đoàn ... do X
 * làm trưởng đoàn") took part in it, as in a story whose first sentence
 * tells the happening. */
static void test_who_attended_a_happening_only_the_headline_tells(void **state) {
  (void)state;
  assert_string_equal(participants("Các Đồn Biên phòng Việt Nam và Lào tổ chức lễ kết nghĩa\n"
                                   "Buổi lễ có sự tham dự của lãnh đạo hai bên.\n"
                                   "Phát biểu tại buổi lễ, Đại tá Trần Văn Nam - Bí thư Đảng uỷ, Chính uỷ Bộ đội Biên "
                                   "phòng tỉnh - cho biết, việc kết nghĩa rất ý nghĩa."),
                      "exchange:Trần Văn Nam/VN");
  assert_string_equal(participants("Hội đàm giữa Bộ đội Biên phòng tỉnh Cao Bằng và Quảng Tây (Trung Quốc)\n"
                                   "Về phía Việt Nam, Đại tá Lê Văn Hùng, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Cao Bằng "
                                   "làm trưởng đoàn.\n"
                                   "Tại buổi làm việc, hai bên nhất trí tăng cường trao đổi thông tin."),
                      "talks:Lê Văn Hùng/VN");
}

/* Several receptions told in one sentence, each guest named after it beside
 * the host: the guest is his state's side of the reception with his state;
 * not where his state's side is named already, nor one who took part in
 * something told. */
static void test_guests_named_after_several_receptions(void **state) {
  (void)state;
  assert_string_equal(participants("Defence Minister General Tran Van Binh received the ambassadors of Chile and "
                                   "Peru in Hanoi on June 4. Chilean Ambassador Pablo Reyes congratulated General "
                                   "Binh on his new post. General Binh wished Peruvian Ambassador Luis Castro success "
                                   "in his term."),
                      "reception:Tran Van Binh/VN|Pablo Reyes/CL; reception:Tran Van Binh/VN|Luis Castro/PE");
  assert_string_equal(participants("Defence Minister General Tran Van Binh received Chilean Ambassador Pablo Reyes in "
                                   "Hanoi on June 4. Chilean Defence Attache Colonel Jorge Vidal thanked General Binh "
                                   "for his support."),
                      "reception:Tran Van Binh/VN|Pablo Reyes/CL");
}

/* An English port call's ship commanded by the one named ("the ship
 * captain"): he takes part in the call wherever the story names him. */
static void test_the_commanding_officer_of_a_ship_in_a_port_call(void **state) {
  (void)state;
  assert_string_equal(participants("The British frigate HMS Kestrel docked at Cam Ranh International Port on May 3 "
                                   "for a four-day visit. Speaking at the welcome ceremony, the ship captain "
                                   "Commander John Harper said the crew was glad to be there."),
                      "port_call:John Harper/GB");
}

/* An embassy's ceremony: who is introduced by his rank or office and
 * speaks right after his name (or his apposition) spoke at it; a name alone
 * quoted on, or a quote's speaker, is not thereby there. */
static void test_a_speaker_at_an_embassys_ceremony(void **state) {
  (void)state;
  assert_string_equal(participants("The Vietnamese Embassy in Chile held a ceremony in Santiago on December 9 to mark "
                                   "the founding anniversary of the Vietnam People's Army. Colonel Pablo Reyes, Director "
                                   "of International Affairs of the Chilean Army, affirmed that the two armies had grown "
                                   "closer."),
                      "exchange:Pablo Reyes/CL");
  assert_string_equal(participants("The Vietnamese Embassy in Chile held a ceremony in Santiago on December 9 to mark "
                                   "the founding anniversary of the Vietnam People's Army. Reyes said the two armies had "
                                   "grown closer."),
                      "exchange:");
  /* his name written with its marks, a paragraph of its own: English all
   * the same */
  assert_string_equal(participants("The Vietnamese Embassy in Chile held a ceremony in Santiago on December 9 to mark "
                                   "the founding anniversary of the Vietnam People's Army.\n\nDefence Attaché Col. Lò "
                                   "Văn Hùng emphasised Việt Nam's role in the region."),
                      "exchange:Lò Văn Hùng/VN");
}

/* Who briefs, reviews or praises at an embassy's ceremony speaks there too;
 * but once the story has gone on to another state's gathering, who speaks
 * next speaks there, not at the ceremony told. */
static void test_a_speaker_briefing_at_an_embassys_ceremony(void **state) {
  (void)state;
  assert_string_equal(participants("The Vietnamese Embassy in Chile held a ceremony in Santiago on December 9 to mark "
                                   "the founding anniversary of the Vietnam People's Army. Colonel Pablo Reyes, Director "
                                   "of International Affairs of the Chilean Army, praised the two armies' ties."),
                      "exchange:Pablo Reyes/CL");
  assert_string_equal(participants("The Vietnamese Embassy in Chile held a ceremony in Santiago on December 9 to mark "
                                   "the founding anniversary of the Vietnam People's Army. On the same day, the "
                                   "Vietnamese Embassy in Peru held a meeting for former students. Ambassador Tran Quang "
                                   "Minh briefed the guests on the army's history."),
                      "exchange:");
}

/* An ambassador accredited to a second state as well ("Ambassador to Chile
 * and Bolivia") names a post, not another state the story has gone on to:
 * who speaks after him still speaks at the ceremony. */
static void test_an_envoys_second_post_keeps_the_ceremony(void **state) {
  (void)state;
  assert_string_equal(participants("The Vietnamese Embassy and Defence Attache Office have held a ceremony to mark the "
                                   "founding anniversary of the Vietnam People's Army. In his remarks, Vietnamese "
                                   "Ambassador to Chile and Bolivia Tran Van Nam praised the army's growth. Colonel Le "
                                   "Van Hai, Vietnamese Defence Attache in Chile, reviewed the army's history."),
                      "exchange:Tran Van Nam/VN|Le Van Hai/VN");
}

/* "At the event, X ...": who acts at the happening told took part in it,
 * as "At the reception, X ..." has it ("at the" is read whole first, then
 * "event" alone). */
static void test_who_acts_at_the_event_told(void **state) {
  (void)state;
  assert_string_equal(participants("Senior Lieutenant General Le Van Tam received Chilean Army Commander General Pablo "
                                   "Reyes in Hanoi on May 8. At the event, Colonel Tran Quang Minh thanked the "
                                   "Chilean guests."),
                      "reception:Le Van Tam/VN|Pablo Reyes/CL|Tran Quang Minh/VN");
}

/* A visit told by a noun that names its visitor after it ("by", "của") is
 * his: who speaks of it before the noun was not on it. When the sentence's
 * own happening is part of that trip ("within the framework of", "as part
 * of"), who acts there is on it. */
static void test_who_speaks_of_a_visit_by_another_was_not_on_it(void **state) {
  (void)state;
  assert_string_equal(participants("Defence Minister General Pham Duc Long received Thai Ambassador Somchai Wongsa in "
                                   "Hanoi on May 6, 2024. General Long praised the upgrade of bilateral ties during a "
                                   "state visit to Thailand by President Le Quang Vinh in April 2024."),
                      "reception:Pham Duc Long/VN|Somchai Wongsa/TH; visit:Le Quang Vinh/VN");
  assert_string_equal(participants("Ngày 6/5/2024, tại Hà Nội, Đại tướng Phạm Đức Long, Bộ trưởng Bộ Quốc phòng đã tiếp "
                                   "Đại sứ Thái Lan Somchai Wongsa. Đại tướng Phạm Đức Long đánh giá cao kết quả chuyến "
                                   "thăm chính thức Thái Lan của Chủ tịch nước Lê Quang Vinh tháng 4/2024."),
                      "reception:Phạm Đức Long/VN|Somchai Wongsa/TH; visit:Lê Quang Vinh/VN");
  assert_string_equal(participants("Deputy Defence Minister Senior Lieutenant General Vo Thanh Hai paid a courtesy call "
                                   "on Lao Defence Minister Khampheng Sitha in Vientiane on March 4, within the "
                                   "framework of the ongoing official visit to Laos by Prime Minister Le Quang Vinh."),
                      "reception:Vo Thanh Hai/VN|Khampheng Sitha/LA; visit:Vo Thanh Hai/VN|Le Quang Vinh/VN");
  assert_string_equal(participants("Deputy Defence Minister Senior Lieutenant General Vo Thanh Hai paid a courtesy call "
                                   "on Lao Defence Minister Khampheng Sitha in Vientiane on March 4, as part of the "
                                   "official visit to Laos by Prime Minister Le Quang Vinh."),
                      "reception:Vo Thanh Hai/VN|Khampheng Sitha/LA; visit:Vo Thanh Hai/VN|Le Quang Vinh/VN");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_talks_after_a_visit_have_the_welcome_s_two),
      cmocka_unit_test(test_a_visit_told_by_the_bare_word_is_the_guest_s),
      cmocka_unit_test(test_both_sides_meet_again_the_same_day),
      cmocka_unit_test(test_state_inside_an_office_is_no_subject),
      cmocka_unit_test(test_an_office_of_a_body_named_by_a_foreign_place),
      cmocka_unit_test(test_a_state_before_an_office_of_one_state),
      cmocka_unit_test(test_a_name_glued_to_in_before_a_place_of_two_words),
      cmocka_unit_test(test_a_counterpart_by_one_name_and_a_given_name_told_again),
      cmocka_unit_test(test_a_full_name_before_its_office_is_told),
      cmocka_unit_test(test_counterparts_named_in_the_order_of_their_states),
      cmocka_unit_test(test_the_office_names_the_person_known_by_it),
      cmocka_unit_test(test_the_attache_welcomed_takes_part_in_the_call),
      cmocka_unit_test(test_the_leader_of_a_delegation_is_of_its_state),
      cmocka_unit_test(test_the_head_of_the_delegation_told_after_the_reception),
      cmocka_unit_test(test_the_sender_of_greetings_is_not_there),
      cmocka_unit_test(test_who_led_the_delegation_attended_the_event_told),
      cmocka_unit_test(test_a_name_after_its_office_and_organisation),
      cmocka_unit_test(test_a_name_set_off_from_its_office_by_a_comma),
      cmocka_unit_test(test_an_office_s_field_with_commas_before_its_body),
      cmocka_unit_test(test_who_speaks_at_the_happening_takes_part),
      cmocka_unit_test(test_the_visit_this_time_is_the_speakers_from_the_other_side),
      cmocka_unit_test(test_an_officer_of_an_international_organisation),
      cmocka_unit_test(test_who_attended_the_happening_named_again),
      cmocka_unit_test(test_who_welcomes_the_visitors_is_their_host),
      cmocka_unit_test(test_a_han_viet_named_visitor_visits),
      cmocka_unit_test(test_who_attended_told_before_the_event),
      cmocka_unit_test(test_the_two_sides_sign_without_signers),
      cmocka_unit_test(test_the_signers_of_the_document_just_told),
      cmocka_unit_test(test_the_signers_of_the_document_just_told_vi),
      cmocka_unit_test(test_who_else_received_is_listed_not_a_reception),
      cmocka_unit_test(test_who_received_the_gifts_took_part),
      cmocka_unit_test(test_both_co_chairs_of_a_consultation_named_a_conference),
      cmocka_unit_test(test_a_delegation_named_by_the_bare_word),
      cmocka_unit_test(test_a_delegation_is_led_by_whom_the_story_says),
      cmocka_unit_test(test_a_name_after_an_armed_forces_office_and_an_inviter),
      cmocka_unit_test(test_each_meeting_of_one_subject_has_its_own_counterpart),
      cmocka_unit_test(test_the_ship_commander_takes_part_in_its_port_call),
      cmocka_unit_test(test_the_commander_of_the_patrol_ships_takes_part_in_the_patrol),
      cmocka_unit_test(test_the_bare_word_for_a_delegation_names_its_leader),
      cmocka_unit_test(test_who_attended_came_to_the_occasion),
      cmocka_unit_test(test_a_side_named_at_length_lists_who_took_part),
      cmocka_unit_test(test_a_meeting_named_again_has_both_sides),
      cmocka_unit_test(test_a_sitting_named_again_by_its_partner),
      cmocka_unit_test(test_a_state_after_in_is_where_an_officer_serves),
      cmocka_unit_test(test_an_indian_command_title_names_no_one),
      cmocka_unit_test(test_who_acts_at_a_reception_told_before_a_visit),
      cmocka_unit_test(test_the_head_of_a_side_is_of_that_side),
      cmocka_unit_test(test_the_late_leader_honoured_takes_no_part),
      cmocka_unit_test(test_a_family_name_written_as_an_english_word),
      cmocka_unit_test(test_the_diplomatic_corps_is_no_person),
      cmocka_unit_test(test_who_attended_is_told_of_the_meeting_not_the_visit),
      cmocka_unit_test(test_a_vietnamese_name_after_an_inviters_office_is_the_visitor),
      cmocka_unit_test(test_who_hands_over_and_who_receives),
      cmocka_unit_test(test_who_witnessed_a_signing),
      cmocka_unit_test(test_an_office_written_lower_case_after_a_name),
      cmocka_unit_test(test_who_went_along_on_a_visit),
      cmocka_unit_test(test_a_delegation_listed_around_its_visit),
      cmocka_unit_test(test_who_attended_a_welcome_told_before_the_visit),
      cmocka_unit_test(test_who_goes_on_with_the_trip_told_first_made_it),
      cmocka_unit_test(test_the_pair_who_act_in_an_exchange),
      cmocka_unit_test(test_a_voyage_s_delegation_calls_at_each_port),
      cmocka_unit_test(test_two_offices_joined_by_and_are_one_person_s),
      cmocka_unit_test(test_chairs_of_the_event_told_and_who_acts_in_that_dialogue),
      cmocka_unit_test(test_chairs_of_the_forum_told_hold_no_dialogue),
      cmocka_unit_test(test_meetings_with_their_place_before_with),
      cmocka_unit_test(test_who_attended_a_happening_only_the_headline_tells),
      cmocka_unit_test(test_the_possessor_of_a_visit_framing_a_meeting),
      cmocka_unit_test(test_the_one_accompanied_on_his_visit),
      cmocka_unit_test(test_the_leader_of_the_delegation_joined),
      cmocka_unit_test(test_guests_named_after_several_receptions),
      cmocka_unit_test(test_the_commanding_officer_of_a_ship_in_a_port_call),
      cmocka_unit_test(test_a_speaker_at_an_embassys_ceremony),
      cmocka_unit_test(test_a_speaker_briefing_at_an_embassys_ceremony),
      cmocka_unit_test(test_an_envoys_second_post_keeps_the_ceremony),
      cmocka_unit_test(test_who_acts_at_the_event_told),
      cmocka_unit_test(test_who_speaks_of_a_visit_by_another_was_not_on_it),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
