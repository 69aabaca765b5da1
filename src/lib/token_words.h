/* SPDX-License-Identifier: MIT */
/*
 * token_words.h - the roles of the token words: the words a rule asks of one
 * token ("the" an article, "tháng" before a month's number). The words and
 * what each role means are in data/token_words.tsv; C knows only the roles'
 * names, each an at_word_role, so that a rule asks for a bit, not a string.
 * A row naming a role not listed here is refused at load with its file and
 * line; a role listed here that no row names is refused too.
 */
#ifndef ATTACHE_TOKEN_WORDS_H
#define ATTACHE_TOKEN_WORDS_H

/* X(ID, "name"): AT_ROLE_ID is the role named "name" in the TSV. */
#define AT_TOKEN_WORD_ROLES(X) \
  X(AND, "and") \
  X(ARTICLE, "article") \
  X(DEFINITE, "definite") \
  X(OF, "of") \
  X(FROM, "from") \
  X(BETWEEN, "between") \
  X(AFTER, "after") \
  X(INFINITIVE, "infinitive") \
  X(AGENT, "agent") \
  X(COPULA_PAST, "copula_past") \
  X(PASSIVE_ADVERB, "passive_adverb") \
  X(RELATIVE_EN, "relative_en") \
  X(EXCHANGE_EN, "exchange_en") \
  X(AUXILIARY, "auxiliary") \
  X(INFINITIVE_BE, "infinitive_be") \
  X(COUNTERPARTS, "counterparts") \
  X(DAY_UNIT, "day_unit") \
  X(DAY_LEAD, "day_lead") \
  X(PLURAL_PRONOUN, "plural_pronoun") \
  X(OCCURRENCE, "occurrence") \
  X(THIS, "this") \
  X(HELD_AT, "held_at") \
  X(NAMES_WHO, "names_who") \
  X(TOGETHER, "together") \
  X(WITH, "with") \
  X(UP_TO, "up_to") \
  X(TOWARDS, "towards") \
  X(ABOUT, "about") \
  X(TOPIC_START, "topic_start") \
  X(TOPIC_LINK, "topic_link") \
  X(BOTH, "both") \
  X(IN, "in") \
  X(MATTER, "matter") \
  X(DONE, "done") \
  X(RELATIVE, "relative") \
  X(SIGN_SYLLABLE, "sign_syllable") \
  X(PLAN_YEAR, "plan_year") \
  X(TOWARDS_END, "towards_end") \
  X(YEAR_WORD, "year_word") \
  X(NAME_JOINT, "name_joint") \
  X(OFFICE_FOR, "office_for") \
  X(OFFICE_LINK, "office_link") \
  X(STATE_WORD, "state_word") \
  X(FRIEND, "friend") \
  X(PARTY_WORD, "party_word") \
  X(DELEGATION_WORD, "delegation_word") \
  X(LED_BY, "led_by") \
  X(LEAD_VERB, "lead_verb") \
  X(MONTH_WORD, "month_word") \
  X(DATE_START, "date_start") \
  X(RANGE_TO, "range_to") \
  X(WEEKDAY_HEAD, "weekday_head") \
  X(WEEKDAY_TAIL, "weekday_tail") \
  X(YEAR_AIMED, "year_aimed") \
  X(MONTH_LEAD_EN, "month_lead_en") \
  X(MONTH_LEAD_VI, "month_lead_vi") \
  X(MONTH_PART, "month_part") \
  X(LAST, "last") \
  X(NUMBER_SIGN, "number_sign") \
  X(SIGNED, "signed") \
  X(BY_DOCUMENT, "by_document") \
  X(END_OF, "end_of") \
  X(YEAR_DETERMINER, "year_determiner") \
  X(WITHIN, "within") \
  X(AT_TIME, "at_time") \
  X(JUST, "just") \
  X(PASSED, "passed") \
  X(ON_DAY, "on_day") \
  X(POSSESSIVE, "possessive") \
  X(SPEECH, "speech") \
  X(ROTATION, "rotation") \
  X(DECEASED, "deceased") \
  X(FORMER, "former") \
  X(ACCOMPANYING, "accompanying") \
  X(MEANWHILE, "meanwhile") \
  X(GLUED, "glued") \
  X(NAME_PREFIX, "name_prefix") \
  X(YEAR_BEGUN_FROM, "year_begun_from") \
  X(YEAR_START, "year_start") \
  X(ANNIVERSARY, "anniversary") \
  X(PERIOD_AFTER, "period_after") \
  X(ARRIVE_AT, "arrive_at") \
  X(HAVE, "have") \
  X(PURPOSE, "purpose") \
  X(SPELLING, "spelling") \
  X(SERIES, "series") \
  X(STAY_START, "stay_start") \
  X(STAY_ON, "stay_on") \
  X(ALSO_DONE, "also_done") \
  X(STAY_WORD, "stay_word") \
  X(LENGTH_FOR, "length_for") \
  X(LEAVE_WORD, "leave_word") \
  X(OFFICE_AS, "office_as") \
  X(SUCH, "such") \
  X(PLACE_CASE, "place_case") \
  X(JOINT_OFFICE, "joint_office") \
  X(SEPARATE, "separate") \
  X(FORUM_OFFICE, "forum_office") \
  X(DIRECTION, "direction") \
  X(WITH_EN, "with_en") \
  X(RANK_HEAD, "rank_head") \
  X(FUNCTION_EN, "function_en") \
  X(TOTAL_REACHED, "total_reached") \
  X(PLAIN_TOPIC, "plain_topic")

typedef enum at_word_role {
#define AT_ROLE_ENUM(id, name) AT_ROLE_##id,
  AT_TOKEN_WORD_ROLES(AT_ROLE_ENUM)
#undef AT_ROLE_ENUM
  AT_ROLE_COUNT
} at_word_role;

#endif
