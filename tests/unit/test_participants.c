/* SPDX-License-Identifier: MIT */
/* test_participants.c - who takes part in each event: the people a sentence
 * names, bound to the happening they are in and to their side. */
#include "support.h"

static const char *participants(const char *text) { return test_participants(text, true); }

static void test_state_inside_an_office_is_no_subject(void **state) {
  (void)state;
  /* "Commander of the Thai ... Base" is an apposition: the two officers
   * before the verb co-chair, though a state is named in its clause. */
  assert_string_equal(participants("Rear Admiral Tran Van Minh, Commander of Naval Region 2, and General Somchai "
                                   "Prasert, Commander of the Thai Sattahip Naval Base co-chaired the meeting in "
                                   "Vung Tau on March 3."),
                      "dialogue:Tran Van Minh/VN|Somchai Prasert/TH");
  /* A state of its own as the subject still leaves the person before out. */
  assert_string_equal(participants("General Tran Van Minh praised the ties, and last year, Japan handed over two "
                                   "patrol vessels to Vietnam."),
                      "exchange:");
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

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_state_inside_an_office_is_no_subject),
      cmocka_unit_test(test_counterparts_named_in_the_order_of_their_states),
      cmocka_unit_test(test_the_office_names_the_person_known_by_it),
  };
  return cmocka_run_group_tests(tests, NULL, test_teardown_lexicon);
}
