"""What every extraction module reads: the Rules word lists of data/events/rules.yaml and
their loader, the dependency-label sets, _Ctx (the per-article parse, mention and memo
caches) with _Hit, and the small parse walks all the others call (prepositions and their
objects, infinitives, the verb above a token, act roots, the principal of an actor).

Apart so the other modules share one view of the rules and the parse without importing each
other: this is the bottom layer and imports no other extraction module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, TypeVar

from newsgraph.data import load_data
from newsgraph.events.patterns import Pattern, PatternSet
from newsgraph.model import Actor, Entity, Mention, Parse, Token
from newsgraph.nlp import cut_subject


_PERSONISH = frozenset({"person", "title", "pronoun", "surname"})


_SUBJ = frozenset({"nsubj", "csubj"})


_PASSIVE_SUBJ = frozenset({"nsubjpass", "csubjpass"})


_OBJ = frozenset({"dobj", "obj"})


_ANY_SUBJ = _SUBJ | _PASSIVE_SUBJ


# relations kids() is asked for on most words tried: a set built at each call costs more than
# the children it picks (~80,000 calls a pass over the VOA sample built one)
_ACL = frozenset({"acl"})
_ADVMOD = frozenset({"advmod"})
_AGENT = frozenset({"agent"})
_ATTR = frozenset({"attr"})
_AUX = frozenset({"aux"})
_AUXPASS = frozenset({"auxpass"})
_CCOMP = frozenset({"ccomp"})
_COMPOUND = frozenset({"compound"})
_CONJ = frozenset({"conj"})
_CONJ_APPOS = frozenset({"conj", "appos"})
_DATIVE = frozenset({"dative"})
_POSS = frozenset({"poss"})
_PREP = frozenset({"prep"})
_RELCL = frozenset({"relcl"})
_XCOMP = frozenset({"xcomp"})
_OF = frozenset({"of"})
_ACL_RELCL = frozenset({"acl", "relcl"})  # a clause on a noun ("an invitation to visit")
_OWNER_MODS = frozenset({"poss", "amod", "compound"})  # a noun's owner ("Chile's", "Chilean")
_AIM_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})  # "measures to contain": relcl


_PASSIVE_MARKS = frozenset({"nsubjpass", "auxpass"})


_QUOTE_MARKS = ('"', "\u201c", "\u201d")


_CLIMB = frozenset({"xcomp", "acomp", "pcomp"})


_DASHES = frozenset({"—", "–", "--", "-"})


_HEAD_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr"})  # a phrase's head


_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")  # "beat Greece 3-1": a game's score, one token


_TURN_TOKENS = 400  # tokens back from a pronoun that a transcript turn's label may sit


_LABEL_TOKENS = 12  # words of a speaker label after the name ("Kirby, White House adviser:")


@dataclass(frozen=True, slots=True)
class Rules:
    """Word lists from data/events/rules.yaml."""

    modals: frozenset[str]
    normative_modals: frozenset[str]
    intent_governors: frozenset[str]
    performative_wishes: frozenset[str]
    performative_acts: frozenset[str]
    blocking_governors: frozenset[str]
    stirring_governors: frozenset[str]
    leave_nouns: frozenset[str]
    seeking_verbs: frozenset[str]
    blocking_marks: frozenset[str]
    between_roots: frozenset[str]
    joint_body_words: frozenset[str]
    hindering_verbs: frozenset[str]
    disposition_adjectives: frozenset[str]
    blocking_preps: frozenset[str]
    negations: frozenset[str]
    pending_adverbs: frozenset[str]
    litotes_verbs: frozenset[str]
    role_nouns: frozenset[str]
    no_possessor_nouns: frozenset[str]
    personal_role_nouns: frozenset[str]
    membership_nouns: frozenset[str]
    member_group_words: frozenset[str]
    joined_reaction_roots: frozenset[str]
    joined_reaction_after_roots: frozenset[str]
    joined_reaction_nouns: frozenset[str]
    meeting_verbs: frozenset[str]
    talk_nouns: frozenset[str]
    client_nouns: frozenset[str]
    generic_plurals: frozenset[str]
    unnamed_determiners: frozenset[str]
    quantity_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    civil_craft_words: frozenset[str]
    force_machines: frozenset[str]
    force_words: frozenset[str]
    located_verbs: frozenset[str]
    located_adverbs: frozenset[str]
    conformity_nouns: frozenset[str]
    conformity_verbs: frozenset[str]
    deciding_nouns: frozenset[str]
    plan_making_verbs: frozenset[str]
    readiness_nouns: frozenset[str]
    readiness_voicing_verbs: frozenset[str]
    state_decision_nouns: frozenset[str]
    state_people_nouns: frozenset[str]
    weak_pronouns: frozenset[str]
    temporal_preps: frozenset[str]
    sequence_preps: frozenset[str]
    occasion_preps: frozenset[str]
    launch_verbs: frozenset[str]
    content_nouns: frozenset[str]
    findings_nouns: frozenset[str]
    alarm_names: frozenset[str]
    judging_adverbs: frozenset[str]
    document_nouns: frozenset[str]
    document_verbs: frozenset[str]
    sender_nouns: frozenset[str]
    named_thing_labels: frozenset[str]
    enclosing_labels: frozenset[str]
    speech_verbs: frozenset[str]
    speaker_asides: frozenset[str]
    nearness_adverbs: frozenset[str]
    holding_verbs: frozenset[str]
    people_counts: frozenset[str]
    warning_verbs: frozenset[str]
    people_patient_verbs: frozenset[str]
    first_person: frozenset[str]
    region_qualifiers: frozenset[str]
    act_nouns: frozenset[str]
    future_modals: frozenset[str]
    exposure_words: frozenset[str]
    penalty_nouns: frozenset[str]
    future_kept_roots: frozenset[str]
    held_threat_codes: frozenset[str]  # "would take China to the WTO if ...": a threat
    failing_verbs: frozenset[str]  # "if Kampala fails to lift the ban": a duty undone
    announced_kept_roots: frozenset[str]
    announced_only_patterns: frozenset[str]
    protested_party_patterns: frozenset[str]
    pledged_help_roots: frozenset[str]
    pledging_modals: frozenset[str]  # "will train Maldivian sailors": help fixed as a plan
    agreement_nouns: frozenset[str]
    passage_nouns: frozenset[str]
    addressed_nouns: frozenset[str]
    passage_roots: frozenset[str]
    agreement_preps: frozenset[str]
    start_words: frozenset[str]
    ongoing_heads: frozenset[str]  # "began negotiating a deal": talks under way
    condition_marks: frozenset[str]
    exception_marks: frozenset[str]
    condition_nouns: frozenset[str]
    generic_determiners: frozenset[str]
    tabled_texts: frozenset[str]
    indefinite_determiners: frozenset[str]
    restricted_quantifiers: frozenset[str]  # "all projects that help Laos": any such
    kind_determiners: frozenset[str]
    personal_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    refusal_roots: frozenset[str]
    withheld_acts: frozenset[str]  # "vowed not to return the land to X": a refusal
    reaction_roots: frozenset[str]
    continued_roots: frozenset[str]
    pressed_roots: frozenset[str]
    sufficiency_words: frozenset[str]
    lacking_verbs: frozenset[str]
    uncueing_words: frozenset[str]  # "be", "have": a clause pattern's words that cue nothing
    first_strike_adverbs: frozenset[str]
    guarding_verbs: frozenset[str]
    quantity_verbs: frozenset[str]
    guarded_owners: frozenset[str]
    continuing_particles: frozenset[str]
    merit_nouns: frozenset[str]
    crossing_verbs: frozenset[str]
    crossed_preps: frozenset[str]
    having_verbs: frozenset[str]
    warrant_nouns: frozenset[str]
    breach_nouns: frozenset[str]
    idle_objects: frozenset[str]
    design_verbs: frozenset[str]
    posted_nouns: frozenset[str]
    # an envoy placed in a host's appeal or demand naming no one is made of the host
    # (extract._posted_hosts)
    posted_people_nouns: frozenset[str]
    posted_asking_roots: frozenset[str]
    traveller_nouns: frozenset[str]
    igo_team_nouns: frozenset[str]
    # nouns of a part or a place of their of-phrase's actor (parties._actors)
    partitive_heads: frozenset[str]
    # "in the southern city of Almaty": a place noun whose of-phrase names the place (a place
    # slot only, parties._actors)
    named_place_heads: frozenset[str]
    # "a convoy of Jordanian trucks": a group of craft whose of-phrase names them (obj_mod)
    craft_group_nouns: frozenset[str]
    member_nouns: frozenset[str]  # "Mongolian crew members": a group's members (obj_mod)
    arriving_partitives: frozenset[str]  # "the first deployment of X troops arrived"
    # nouns of a person working for their for/of/at-phrase's state body (parties._actors)
    employee_nouns: frozenset[str]
    employer_roles: frozenset[str]
    home_roles: frozenset[str]  # a court's act with no target named stays at home
    # verbs whose first of two direct objects is the recipient (_double_objects)
    ditransitive_verbs: frozenset[str]
    infinitive_verbs: frozenset[str]  # _adverbial_infinitives
    staff_nouns: frozenset[str]
    bound_verbs: frozenset[str]
    holder_participles: frozenset[str]
    ruler_participles: frozenset[str]  # "the Taliban-run ministry" (parties._actors_of)
    authored_of_nouns: frozenset[str]
    object_control_verbs: frozenset[str]
    conditional_modals: frozenset[str]
    possibility_modals: frozenset[str]
    private_body_labels: frozenset[str]
    response_nouns: frozenset[str]
    response_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    funding_verbs: frozenset[str]
    mouth_nouns: frozenset[str]
    partner_roots: frozenset[str]
    object_pcomp_verbs: frozenset[str]
    person_participles: frozenset[str]
    quoting_verbs: frozenset[str]
    accompanying_preps: frozenset[str]
    negating_determiners: frozenset[str]
    eliciting_verbs: frozenset[str]
    arriving_verbs: frozenset[str]
    request_answering_verbs: frozenset[str]
    squad_nouns: frozenset[str]
    crew_nouns: frozenset[str]
    placed_people_nouns: frozenset[str]
    land_part_nouns: frozenset[str]
    people_deed_nouns: frozenset[str]
    rebuilding_verbs: frozenset[str]
    accepting_verbs: frozenset[str]
    inviting_verbs: frozenset[str]
    happening_verbs: frozenset[str]
    happened_deed_nouns: frozenset[str]
    topic_talk_verbs: frozenset[str]
    contrast_host_roots: frozenset[str]
    contrast_sequel_roots: frozenset[str]
    contrast_words: frozenset[str]
    complement_marks: frozenset[str]
    charge_roots: frozenset[str]
    charging_verbs: frozenset[str]
    charged_deed_roots: frozenset[str]
    deed_roots: frozenset[str]
    rebuff_roots: frozenset[str]
    answered_critic_roots: frozenset[str]
    rebuff_charge_verbs: frozenset[str]
    demand_charge_roots: frozenset[str]
    protested_roots: frozenset[str]
    protested_passive_roots: frozenset[str]
    protesting_verbs: frozenset[str]
    force_answering_verbs: frozenset[str]
    protesting_words: frozenset[str]
    protest_preps: frozenset[str]
    protested_preps: frozenset[str]
    sports_words: frozenset[str]
    witness_nouns: frozenset[str]
    restating_patterns: frozenset[str]
    complaint_answer_patterns: frozenset[str]
    answer_ahead_patterns: frozenset[str]
    infinitive_told_patterns: frozenset[str]
    handing_verbs: frozenset[str]
    talks_offer_codes: frozenset[str]
    reported_possessives: frozenset[str]
    bystander_roles: frozenset[str]
    host_target_preps: frozenset[str]
    accompanying_adverbs: frozenset[str]
    echo_verbs: frozenset[str]
    echo_words: frozenset[str]
    complied_roots: frozenset[str]
    echo_act_verbs: frozenset[str]
    echo_nouns: frozenset[str]
    echo_modifiers: frozenset[str]
    seat_nouns: frozenset[str]
    kin_nouns: frozenset[str]
    aimed_place_nouns: frozenset[str]
    sent_force_nouns: frozenset[str]
    aside_act_marks: frozenset[str]
    force_deployment_nouns: frozenset[str]
    force_sending_verbs: frozenset[str]
    incursion_nouns: frozenset[str]
    entering_verbs: frozenset[str]
    talking_verbs: frozenset[str]
    asked_nouns: frozenset[str]
    granted_ask_patterns: frozenset[str]  # extract._granted_ask_hits
    granted_ask_roots: frozenset[str]
    restating_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    posture_roots: frozenset[str]
    front_place_nouns: frozenset[str]
    placed_seizure_codes: frozenset[str]
    placed_force_nouns: frozenset[str]
    contrast_marks: frozenset[str]
    concurrent_marks: frozenset[str]
    mirror_verbs: frozenset[str]
    mirroring_verbs: frozenset[str]
    response_preps: frozenset[str]
    giving_preps: frozenset[str]
    coordinators: frozenset[str]
    mediation_codes: frozenset[str]
    hosting_codes: frozenset[str]
    visiting_codes: frozenset[str]
    for_clause_marks: frozenset[str]
    carried_roots: frozenset[str]
    gathering_nouns: frozenset[str]
    negotiation_nouns: frozenset[str]
    earlier_talk_marks: frozenset[str]
    enacted_nouns: frozenset[str]
    origin_verbs: frozenset[str]
    carrying_verbs: frozenset[str]
    custody_verbs: frozenset[str]
    custody_nouns: frozenset[str]
    negotiating_roots: frozenset[str]
    permitting_verbs: frozenset[str]
    closed_stance_nouns: frozenset[str]
    outward_plural_codes: frozenset[str]
    granting_verbs: frozenset[str]
    bare_infinitive_verbs: frozenset[str]
    past_factual_marks: frozenset[str]
    generic_marks: frozenset[str]
    habitual_time_dets: frozenset[str]
    stative_hosts: frozenset[str]
    admission_codes: frozenset[str]
    admission_preps: frozenset[str]
    particle_adverbs: frozenset[str]
    attribution_preps: frozenset[str]
    summoning_places: frozenset[str]
    remarked_nouns: frozenset[str]
    mediated_host_verbs: frozenset[str]
    duration_nouns: frozenset[str]
    talk_span_nouns: frozenset[str]
    lasting_verbs: frozenset[str]
    opposing_governors: frozenset[str]
    effort_leading_verbs: frozenset[str]
    talk_sequel_roots: frozenset[str]
    let_asked_roots: frozenset[str]
    judging_preps: frozenset[str]
    talk_complaint_roots: frozenset[str]
    talk_offer_roots: frozenset[str]
    talk_joint_roots: frozenset[str]
    related_partner_roots: frozenset[str]
    related_partner_act_roots: frozenset[str]
    talk_roots: frozenset[str]
    talk_verbs: frozenset[str]
    talk_address_verbs: frozenset[str]
    thanks_address_verbs: frozenset[str]
    talk_state_nouns: frozenset[str]
    letter_verbs: frozenset[str]
    address_nouns: frozenset[str]
    easing_verbs: frozenset[str]
    antecedent_roots: frozenset[str]
    summary_nouns: frozenset[str]
    background_date_units: frozenset[str]
    background_date_marks: frozenset[str]
    adopting_verbs: frozenset[str]
    culprit_nouns: frozenset[str]
    judged_act_nouns: frozenset[str]
    terms_nouns: frozenset[str]
    plural_thing_pronouns: frozenset[str]
    truth_words: frozenset[str]
    falsity_words: frozenset[str]
    judged_kind_nouns: frozenset[str]
    judged_attempt_nouns: frozenset[str]
    judged_fullness_words: frozenset[str]
    result_nouns: frozenset[str]
    freeing_nouns: frozenset[str]
    freeing_orders: frozenset[str]
    commentator_nouns: frozenset[str]
    outcome_processes: frozenset[str]
    charge_light_verbs: frozenset[str]
    haven_nouns: frozenset[str]
    located_party_nouns: frozenset[str]
    summing_nouns: frozenset[str]
    authoring_verbs: frozenset[str]
    denied_nouns: frozenset[str]
    feeling_nouns: frozenset[str]
    # greetings that join the greeting told just before ("Peru also sent congratulations")
    greeting_words: frozenset[str]
    person_objects: frozenset[str]
    winner_nouns: frozenset[str]
    election_nouns: frozenset[str]
    announcing_verbs: frozenset[str]
    doer_judgements: frozenset[str]
    plan_nouns: frozenset[str]
    feeling_preps: frozenset[str]
    parallel_adverbs: frozenset[str]
    # adjectives of a deed's object that make it one more of a kind (_similar_deed)
    parallel_adjectives: frozenset[str]
    partner_nouns: frozenset[str]
    own_answer_nouns: frozenset[str]
    deed_nouns: frozenset[str]
    leading_verbs: frozenset[str]
    international_bodies: frozenset[str]
    calming_roots: frozenset[str]
    appealed_roots: frozenset[str]
    told_appealed_roots: frozenset[str]
    accused_after_roots: frozenset[str]
    conceding_patterns: frozenset[str]
    conceded_nouns: frozenset[str]
    claim_judging_patterns: frozenset[str]
    appeal_sequel_roots: frozenset[str]
    judged_threat_roots: frozenset[str]
    refused_after_roots: frozenset[str]
    contrasted_refusal_patterns: frozenset[str]
    accused_party_nouns: frozenset[str]
    pledged_after_roots: frozenset[str]
    also_pledged_roots: frozenset[str]
    also_given_roots: frozenset[str]
    answered_pledge_roots: frozenset[str]
    answered_ask_codes: frozenset[str]
    asked_after_roots: frozenset[str]
    addressed_ask_verbs: frozenset[str]
    asked_after_verbs: frozenset[str]
    calming_words: frozenset[str]
    conflict_roots: frozenset[str]
    delivery_roots: frozenset[str]
    claim_verbs: frozenset[str]
    judged_which_verbs: frozenset[str]
    judged_place_preps: frozenset[str]
    voicing_verbs: frozenset[str]
    hosted_nouns: frozenset[str]
    boycott_roots: frozenset[str]
    order_roots: frozenset[str]
    portion_nouns: frozenset[str]
    denying_verbs: frozenset[str]
    implicating_verbs: frozenset[str]
    deal_objecting_verbs: frozenset[str]
    deal_warning_verbs: frozenset[str]
    critic_roots: frozenset[str]
    appeal_roots: frozenset[str]
    offering_verbs: frozenset[str]
    go_between_words: frozenset[str]
    disputed_roots: frozenset[str]
    demanding_verbs: frozenset[str]
    addressing_verbs: frozenset[str]
    mandative_verbs: frozenset[str]
    brokering_verbs: frozenset[str]
    deal_summary_nouns: frozenset[str]  # "the arrangement": a deal told by another noun
    works_summary_nouns: frozenset[str]  # "the project": a deal to build something
    works_verbs: frozenset[str]
    funding_host_verbs: frozenset[str]  # "borrowed from China to build dams": own works
    partner_preps: frozenset[str]
    language_words: frozenset[str]
    mishap_nouns: frozenset[str]
    shown_want_nouns: frozenset[str]  # "showed an unwillingness": a wrong shown
    naming_verbs: frozenset[str]
    # "declared X persona non grata and gave him ...": a predicate read as a verb
    predicates_read_as_verbs: frozenset[str]
    judged_topic_preps: frozenset[str]
    verdict_verbs: frozenset[str]
    rank_words: frozenset[str]
    rank_degree_words: frozenset[str]
    own_affair_things: frozenset[str]
    claim_nouns: frozenset[str]
    statement_vehicle_preps: frozenset[str]
    charge_nouns: frozenset[str]
    asked_act_roots: frozenset[str]
    voiced_nouns: frozenset[str]
    voicing_words: frozenset[str]
    wide_places: frozenset[str]
    works_place_preps: frozenset[str]
    business_nouns: frozenset[str]
    countering_roots: frozenset[str]
    counterpart_roots: frozenset[str]
    deescalation_codes: frozenset[str]  # a truce: its counterpart only from a fight
    warring_roots: frozenset[str]  # the armed hostility a truce ends
    shared_border_codes: frozenset[str]
    shared_border_nouns: frozenset[str]
    own_envoy_codes: frozenset[str]
    joint_text_verbs: frozenset[str]  # a text signed or adopted: its parties' own together
    hosted_visitor_codes: frozenset[str]  # a visitor received: by the visit's host
    held_patient_roots: frozenset[str]  # a foreigner detained: by the state that holds them
    held_place_preps: frozenset[str]  # where foreigners were held (extract._held_places)
    reported_held_roots: frozenset[str]  # a foreigner detained: by the reporting state
    requested_act_preps: frozenset[str]  # "on a warrant", "at X's request" (extract._requesters)
    requested_act_nouns: frozenset[str]  # a request an act is done on (extract._requesters)
    summed_ask_roots: frozenset[str]  # "a step Nairobi had requested" (extract._summed_doers)
    closing_preps: frozenset[str]  # "was out of the question" (objects._denied_predicate)
    closed_nouns: frozenset[str]  # "out of the question" (nominals._closed_host)
    own_envoy_verbs: frozenset[str]
    domestic_nouns: frozenset[str]
    domestic_modifiers: frozenset[str]
    served_nouns: frozenset[str]  # "cutting power to 40,000 homes": no state (_home_aim)
    place_preps: frozenset[str]
    recipient_preps: frozenset[str]
    appraisal_roots: frozenset[str]
    demand_roots: frozenset[str]
    share_words: frozenset[str]
    ruling_body_nouns: frozenset[str]
    standing_roots: frozenset[str]
    undoing_asking_roots: frozenset[str]
    access_nouns: frozenset[str]
    held_nouns: frozenset[str]
    door_words: frozenset[str]  # a door shut, told with no place (sides._dateline_door)
    captor_words: frozenset[str]  # a release after a kidnapping: no state's (_held_before)
    voiced_purpose_codes: frozenset[str]
    purpose_host_verbs: frozenset[str]
    demand_host_verbs: frozenset[str]
    call_purpose_words: frozenset[str]
    undoing_nouns: frozenset[str]
    hostile_roots: frozenset[str]
    toll_verbs: frozenset[str]
    own_body_nouns: frozenset[str]
    pledge_roots: frozenset[str]
    gift_codes: frozenset[str]
    sum_giving_verbs: frozenset[str]  # a sum given or pledged: fellow donors (_sum_givers)
    money_words: frozenset[str]
    visit_nouns: frozenset[str]
    argument_preps: frozenset[str]
    aimed_preps: frozenset[str]
    unargument_words: frozenset[str]
    merger_nouns: frozenset[str]
    goods_nouns: frozenset[str]
    project_nouns: frozenset[str]
    mission_nouns: frozenset[str]
    distance_nouns: frozenset[str]
    per_unit_preps: frozenset[str]
    per_unit_dets: frozenset[str]
    per_unit_articles: frozenset[str]
    persisting_verbs: frozenset[str]
    persisting_particles: frozenset[str]
    project_cost_nouns: frozenset[str]
    verbal_support_codes: frozenset[str]
    rejecting_deed_codes: frozenset[str]
    defending_verbs: frozenset[str]
    defended_act_nouns: frozenset[str]
    defended_agent_nouns: frozenset[str]
    standing_verbs: frozenset[str]
    habitual_journey_verbs: frozenset[str]
    ceasing_verbs: frozenset[str]
    author_preps: frozenset[str]
    doer_of_nouns: frozenset[str]
    cancelling_verbs: frozenset[str]
    unclaused_roots: frozenset[str]
    told_roots: frozenset[str]
    definite_determiners: frozenset[str]
    generic_act_nouns: frozenset[str]
    act_suffixes: frozenset[str]
    act_rewrites: frozenset[str]
    continuing_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    unsuffixed_nouns: frozenset[str]
    answering_verbs: frozenset[str]
    hosting_verbs: frozenset[str]
    gathering_host_verbs: frozenset[str]
    encounter_roots: frozenset[str]
    friendship_beside_roots: frozenset[str]
    blame_codes: frozenset[str]
    belief_words: frozenset[str]
    body_nouns: frozenset[str]
    private_roles: frozenset[str]
    armed_group_roles: frozenset[str]
    backed_group_roots: frozenset[str]
    stateless_peoples: frozenset[str]
    stative_participles: frozenset[str]
    judged_preps: frozenset[str]
    private_source_roots: frozenset[str]
    private_target_roots: frozenset[str]
    private_target_codes: frozenset[str]
    joint_codes: frozenset[str]
    meeting_codes: frozenset[str]
    meeting_nouns: frozenset[str]
    reply_roots: frozenset[str]
    pointing_determiners: frozenset[str]
    coeval_nouns: frozenset[str]
    assent_verbs: frozenset[str]
    nation_nouns: frozenset[str]
    state_role_words: frozenset[str]
    deciding_words: frozenset[str]
    voting_verbs: frozenset[str]
    dissent_preps: frozenset[str]
    ballot_preps: frozenset[str]
    drafting_verbs: frozenset[str]
    attributing_verbs: frozenset[str]
    attributing_preps: frozenset[str]
    answered_marks: frozenset[str]
    doer_clause_marks: frozenset[str]
    doer_clause_roots: frozenset[str]
    answered_preps: frozenset[str]
    situation_nouns: frozenset[str]
    foreseeing_words: frozenset[str]
    office_nouns: frozenset[str]
    covering_verbs: frozenset[str]
    let_others_patterns: frozenset[str]
    office_judged_roots: frozenset[str]
    sports_speakers: frozenset[str]
    answering_roots: frozenset[str]
    joint_roots: frozenset[str]
    contest_words: frozenset[str]
    remark_verbs: frozenset[str]
    game_roots: frozenset[str]
    game_labels: frozenset[str]
    undergone_verbs: frozenset[str]
    followed_roots: frozenset[str]
    outward_nouns: frozenset[str]
    outward_labels: frozenset[str]
    friendly_roots: frozenset[str]
    approval_codes: frozenset[str]
    judgement_address_verbs: frozenset[str]
    approved_act_codes: frozenset[str]
    answer_nouns: frozenset[str]
    party_nouns: frozenset[str]
    unreal_modifiers: frozenset[str]
    agreed_kept_roots: frozenset[str]
    agreeing_words: frozenset[str]
    agreed_done_patterns: frozenset[str]
    binding_verbs: frozenset[str]
    unsigned_words: frozenset[str]
    meeting_roots: frozenset[str]
    posting_nouns: frozenset[str]
    joint_pledge_verbs: frozenset[str]
    arranged_governors: frozenset[str]
    intent_codes: tuple[tuple[str, str], ...]
    warned_codes: tuple[tuple[str, str], ...]
    reaction_matches: dict[str, frozenset[str]]
    # (nouns, verbs) of one act: "signed an agreement" authors "the deal"
    act_families: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    # (noun, verb) of one act that no ending links: "expulsion" of "expel"
    act_derivations: frozenset[tuple[str, str]] = frozenset()
    # act_nouns and act_families' nouns: acts whose telling gives their authors (built once
    # here, not at each of the event stage's ~400 asks a pass)
    act_words: frozenset[str] = frozenset()
    # nouns of a process's stage whose "of" names what is acted on ("the opening of X's talks")
    stage_nouns: frozenset[str] = frozenset()
    process_parts: frozenset[str] = frozenset()
    # participles after a hyphen that leave the ship the state's ("Venezuelan-flagged")
    flag_participles: frozenset[str] = frozenset()
    # "talk of", "call for": an event noun's phrase that names another sense (_noun_hits)
    idle_noun_preps: frozenset[str] = frozenset()
    # "regretted the loss of life": objects of sorrow, aimed at no counterpart
    sorrow_nouns: frozenset[str] = frozenset()
    # "called the storm a disaster": natural hazards, no deed and no act on a counterpart
    hazard_nouns: frozenset[str] = frozenset()
    # "walked out as the Armenian minister spoke": a time clause that tells a speech
    # (clauses, speaker_subj)
    speech_clause_words: frozenset[str] = frozenset()
    # "would lift its duties if Madrid agreed to lift the quotas": a condition that is a
    # friendly step, no threat (clauses._friendly_condition)
    friendly_condition_words: frozenset[str] = frozenset()
    condition_turns: frozenset[str] = frozenset()
    # "warned that energy deals with Iran could trigger sanctions": dealings whose with-phrase
    # names a partner, not the one the clause tells of (clauses._clause_targets, ccomp_actor)
    dealing_nouns: frozenset[str] = frozenset()
    # "warned that any attack on Taiwan would ...": the one struck is no actor told of (ditto)
    assault_nouns: frozenset[str] = frozenset()
    assault_preps: frozenset[str] = frozenset()
    # "spoke of the war with China": a trigger's phrase of topic (_clause_targets)
    topic_preps: frozenset[str] = frozenset()
    topic_of_verbs: frozenset[str] = frozenset()
    # "share intelligence on suspect ships with Ghana": what is shared is about (topic_sub)
    shared_topic_preps: frozenset[str] = frozenset()
    # "visits India next month": words of a date ahead (_scheduled)
    scheduling_words: frozenset[str] = frozenset()
    # "warned its citizens against travel to Niger": a state's own people (_own_people_addressed)
    own_people_nouns: frozenset[str] = frozenset()
    # "Some 400 U.N. peacekeepers were withdrawn from Mali": withdrawn by whom they serve
    served_force_patterns: frozenset[str] = frozenset()
    # "a teacher from Canada was arrested": people whose from-phrase tells their state
    origin_people_nouns: frozenset[str] = frozenset()
    # "China told travel agencies to stop selling tours to Japan": a state's order to its own
    # businesses is its act (clauses._directed_bodies)
    directing_verbs: frozenset[str] = frozenset()
    telling_verbs: frozenset[str] = frozenset()
    # "signed a deal with Bolivia during talks in La Paz": a with-phrase's party the talks
    # were held with (nominals host_signed)
    talks_with_verbs: frozenset[str] = frozenset()
    # "Belarus responded to EU sanctions": verbs whose subject answers a measure their
    # object or phrase names (nominals endured)
    enduring_verbs: frozenset[str] = frozenset()
    # "a new round of EU sanctions": a batch noun that stands for the measure (nominals
    # endured)
    measure_batch_nouns: frozenset[str] = frozenset()
    # "began a visit to the capital": a place told by a common noun only (nominals
    # dateline_place)
    generic_place_nouns: frozenset[str] = frozenset()
    # "a deportation flight landed in Eswatini": a craft's coming down (nominals head_landing)
    landing_verbs: frozenset[str] = frozenset()
    # "sent an aircraft carrying its foreign minister": a trip, no gift (_ferries_people)
    craft_nouns: frozenset[str] = frozenset()
    ferrying_verbs: frozenset[str] = frozenset()
    ferried_nouns: frozenset[str] = frozenset()
    helping_words: frozenset[str] = frozenset()
    directed_bodies: frozenset[str] = frozenset()
    # "aid to Haiti has been cut": verbs that stop a gift, and the gifts' roots (_noun_hits)
    halting_verbs: frozenset[str] = frozenset()
    halted_meeting_roots: frozenset[str] = frozenset()
    halted_gift_roots: frozenset[str] = frozenset()
    # "hoped Russia would sign": a that-clause that is a wish for others (_wished_clause)
    wishing_words: frozenset[str] = frozenset()
    # roots of undoing a measure ("lifted the ban" after "banned"): _conjunct_targets
    undoing_roots: frozenset[str] = frozenset()
    # dates of the news itself ("on Monday", "today"): _describing_clause
    news_day_words: frozenset[str] = frozenset()
    # code prefixes of an office's light act aimed at its host (_office_hosts)
    office_host_codes: frozenset[str] = frozenset()
    # objects of an office's light act aimed at its host whatever the code (_office_hosts)
    office_host_objects: frozenset[str] = frozenset()
    # nouns of a plan agreed with another, beside agreement_nouns (_deal_user)
    agreed_plan_nouns: frozenset[str] = frozenset()
    # determiners of a deal told here first, whose unnamed signers are the parties of the act
    # done under it, and the host's prepositions naming its other party (_deal_host_partners)
    new_deal_determiners: frozenset[str] = frozenset()
    deal_host_preps: frozenset[str] = frozenset()
    # "Togo agreed to release the fishermen": one side's undertaking, held behind a deal
    # signed by both that "the agreement" may mean (reactions._undertaking)
    undertaking_verbs: frozenset[str] = frozenset()
    # "in solidarity with Azerbaijan": a with-phrase after "in" and one of these names no
    # partner of the act (_bystander_phrase)
    aside_nouns: frozenset[str] = frozenset()
    aside_exempt_verbs: frozenset[str] = frozenset()
    # "near Azerbaijan's border with Iran": a place phrase an argument search does not enter
    place_phrase_preps: frozenset[str] = frozenset()
    # "a formula for ending its dispute with Norway": the gerund an obj_sub search steps
    # into as into "to V" (clauses._under)
    gerund_preps: frozenset[str] = frozenset()
    transit_preps: frozenset[str] = frozenset()
    # "Philippine and New Zealand ships": things each listed modifier's state owns (_actors_of)
    listed_thing_nouns: frozenset[str] = frozenset()
    # verbs of a refusal that "the decision" may sum up (_decision_authors)
    refusing_verbs: frozenset[str] = frozenset()
    # words of a coup and of telling one (_coup_state)
    coup_nouns: frozenset[str] = frozenset()
    coup_words: frozenset[str] = frozenset()
    power_verbs: frozenset[str] = frozenset()
    ousting_verbs: frozenset[str] = frozenset()
    # "Britain, Ghana's former colonial ruler": a giver's role toward a state (_apposed_partner)
    apposed_partner_nouns: frozenset[str] = frozenset()
    # "thanked the donors": the givers of the gifts told before (reactions._thanked_givers)
    giver_nouns: frozenset[str] = frozenset()
    # "thanked its neighbours": those who helped, if help to the thanker was told (as givers)
    helper_nouns: frozenset[str] = frozenset()
    # "offered help": a promise of aid is a gift a recipient is looked up for (_giving)
    aid_nouns: frozenset[str] = frozenset()
    # "thanked its neighbours": only helpers near the thanker (reactions._thanked_givers)
    neighbour_nouns: frozenset[str] = frozenset()
    # codes of help thanked as a gift is: "sent police to help", "offered police" (_thanked_givers)
    helping_codes: frozenset[str] = frozenset()
    # "declined to attend", "refused to take part": a gathering turned down (_declined_host)
    attending_verbs: frozenset[str] = frozenset()
    # "Chad, along with Sudan, attended the summit": a gathering of many (extract, reciprocal)
    many_gathering_nouns: frozenset[str] = frozenset()
    # "for talks at the headquarters of the AU": the body whose seat it is (sides._talks_partners)
    body_seat_nouns: frozenset[str] = frozenset()
    # "Egypt and Chad opened their borders to refugees": each its own (extract, reciprocal)
    own_plural_objects: frozenset[str] = frozenset()
    # "had consulted village elders": a reciprocal verb's object met (sides._unknown_partner)
    partner_object_verbs: frozenset[str] = frozenset()
    partner_slot_roots: frozenset[str] = frozenset()
    # "reversed a decision to deport ...": verbs undoing a decision, whose act is not done
    # (clauses._clause_subject)
    revoking_verbs: frozenset[str] = frozenset()
    # nouns of a hostile deed's kind (reaction_matches whose roots are all 13 or above: "the
    # seizure", "the closure"), not of words ("the claims") nor of cooperation
    deed_kind_nouns: frozenset[str] = frozenset()
    # "The United States was more critical.": a stance compared, told in the next sentences
    comparing_words: frozenset[str] = frozenset()
    # "accused 'terrorist groups' of ...": parties no state is, named as the ones blamed
    blamed_party_nouns: frozenset[str] = frozenset()
    # "said police confiscated weapons from armed groups": seizures of law enforcement
    # (objects._law_enforced)
    enforcement_verbs: frozenset[str] = frozenset()
    contraband_nouns: frozenset[str] = frozenset()
    # "cracked down on Serbian nationalists": a nationality's political camp (extract._camp)
    camp_nouns: frozenset[str] = frozenset()
    # "criticized the way Chile handled the crisis": a manner noun whose relative clause's
    # subject is the one whose conduct is judged (objects._manner_doers)
    manner_nouns: frozenset[str] = frozenset()
    # deed nouns told only by their own verb or a coded deed, no other decision (_tellings)
    verb_deed_nouns: frozenset[str] = frozenset()
    # nouns of a stance taken on an act, and the prepositions that name it (_felt_act)
    stance_nouns: frozenset[str] = frozenset()
    # "raised the matter with the Israeli side": a state named as a party to dealings
    side_nouns: frozenset[str] = frozenset()
    stance_preps: frozenset[str] = frozenset()
    # "in a phone call for what Rome called mediation": a call held (nominals._noun_hits)
    held_call_words: frozenset[str] = frozenset()
    # "mediated the release": nouns of a deed whose parties a mediator went between
    mediated_deed_nouns: frozenset[str] = frozenset()
    # "will allow only 40 observers": words that cap a number (extract._capped_count)
    cap_words: frozenset[str] = frozenset()
    # "ready to send air force helicopters": nouns that name a body when a compound qualifies
    # them, never the act a refinement reads in them (extract._bodies_named)
    compound_body_nouns: frozenset[str] = frozenset()
    # "expressed regret over the remarks" after its apology to the same state: the apology
    # restated, no disapproval (extract._restated_apology)
    apology_feelings: frozenset[str] = frozenset()
    # "The director general of the agency": a title's second word that takes the title's
    # of-phrase from the parser (parties._hyphened_preps)
    title_tails: frozenset[str] = frozenset()
    # "detained 11 Iranian citizens, accusing them of poaching": the roots whose pronoun
    # object stands for the people the verb it hangs on acted on (objects._targets)
    pronoun_patient_roots: frozenset[str] = frozenset()
    # "told the envoy that ...", "handed the ambassador a note demanding ...": a demand, an
    # appeal or a threat of these roots told to an envoy named by the role alone is made to
    # the state whose envoy the source summoned just before (reactions._told_envoy_state)
    envoy_told_roots: frozenset[str] = frozenset()
    envoy_telling_verbs: frozenset[str] = frozenset()
    bare_envoy_title_words: frozenset[str] = frozenset()
    envoy_summons_patterns: frozenset[str] = frozenset()
    # "urged X to stop ... Otherwise Y will take further measures": a conditional threat
    # naming no one is aimed where its source's demand just before is (_ultimatum_target)
    ultimatum_after_roots: frozenset[str] = frozenset()
    ultimatum_after_codes: frozenset[str] = frozenset()
    ultimatum_adverbs: frozenset[str] = frozenset()
    # '"Otherwise there will be consequences."': a cost foretold as a demand's sequel
    # (extract._quoted_cost_hits)
    threatened_costs: frozenset[str] = frozenset()
    # "Uganda detained 20 Kenyan fishermen ... A Ugandan court released six of the men": people
    # freed with no state named are those its source's state held before (_freed_state)
    freed_after_codes: frozenset[str] = frozenset()
    freeing_roots: frozenset[str] = frozenset()
    accused_held_codes: frozenset[str] = frozenset()
    consulted_verbs: frozenset[str] = frozenset()
    consulted_ask_roots: frozenset[str] = frozenset()
    denied_pronoun_verbs: frozenset[str] = frozenset()
    accused_held_pronouns: frozenset[str] = frozenset()
    # "An Uzbek consul was allowed to see the men": let by their jailer (reactions._jailer)
    held_visit_codes: frozenset[str] = frozenset()
    held_visit_verbs: frozenset[str] = frozenset()
    # "The IMF suspended its loans to Sri Lanka. India offered Colombo a credit line. China
    # criticized the decision": the cut, not the help after it (reactions._relief_after_deed)
    relieved_cut_roots: frozenset[str] = frozenset()
    # "Thailand's army said it had closed the Three Pagodas Pass crossing": a land border
    # closed naming no one is closed to the neighbour the story is about (_bordering_state)
    bordered_patterns: frozenset[str] = frozenset()
    bordered_nouns: frozenset[str] = frozenset()
    # "Denmark summoned Iceland's envoy ... demanded the release of the crew": a demand for
    # what is held, no holding told, is made of whom its source complained (_complained_state)
    held_demand_roots: frozenset[str] = frozenset()
    held_demand_nouns: frozenset[str] = frozenset()
    held_complaint_roots: frozenset[str] = frozenset()
    # "The IAEA team found gaps at the mine ... the ministry, which asked for the review": an ask
    # for the help or the mission a party gave its source is made of that party
    # (reactions._asked_of_doer)
    asked_done_nouns: frozenset[str] = frozenset()
    asked_done_roots: frozenset[str] = frozenset()
    # "The World Bank froze payments for a road project in western Uganda": aid held back
    # naming no one is held from the one state the works it paid for are placed in
    # (reactions._placed_recipient)
    withheld_aid_codes: frozenset[str] = frozenset()
    # "Japan will help rebuild bridges in northern Laos": help naming no one goes to the one
    # state the works it helps are placed in (reactions._placed_recipient)
    placed_aid_codes: frozenset[str] = frozenset()
    # "detained a reporter for Swedish public radio": an arrest naming no state is aimed at
    # the state whose body employs the held (sides._held_staff_states)
    held_staff_codes: frozenset[str] = frozenset()
    staff_verbs: frozenset[str] = frozenset()
    public_body_words: frozenset[str] = frozenset()
    # "Russia's Defense Ministry said Ukrainian drones had hit the station": a foreign strike
    # naming no one struck, told by a state's guarding body, is aimed at that state
    # (sides._reported_home_target)
    home_struck_codes: frozenset[str] = frozenset()
    home_guard_words: frozenset[str] = frozenset()
    home_fired_weapons: frozenset[str] = frozenset()
    home_aimed_preps: frozenset[str] = frozenset()


_HOSTILE_ROOT = "13"  # the lowest root of a hostile deed (threaten)


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """The extractor's word lists, read once."""
    raw = load_data("events/rules.yaml")
    codes = raw.pop("intent_codes")
    warned = raw.pop("warned_codes")
    matches = {str(k): frozenset(str(r) for r in v) for k, v in raw.pop("reaction_matches").items()}
    deed_kinds = frozenset(k for k, v in matches.items() if min(v) >= _HOSTILE_ROOT)
    undoing = {str(k): frozenset(str(r) for r in v) for k, v in raw.pop("undoing_matches").items()}
    matches.update(undoing)
    intent, threats = (
        tuple(sorted(((str(k), str(v)) for k, v in t.items()), key=lambda kv: -len(kv[0])))
        for t in (codes, warned)
    )
    families = tuple(
        (
            frozenset(str(w).lower() for w in f["nouns"]),
            frozenset(str(w).lower() for w in f["verbs"]),
        )
        for f in raw.pop("act_families").values()
    )
    derivations = frozenset(
        (noun, verb) for noun, verb in (str(p).lower().split() for p in raw.pop("act_derivations"))
    )
    lists: dict[str, Any] = {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}
    for key in ("enclosing_labels", "named_thing_labels", "private_body_labels"):
        lists[key] = frozenset(str(w) for w in raw[key])
    return Rules(
        **lists,
        intent_codes=intent,
        warned_codes=threats,
        reaction_matches=matches,
        act_families=families,
        act_derivations=derivations,
        act_words=lists["act_nouns"] | {n for nouns, _ in families for n in nouns},
        undoing_nouns=frozenset(undoing),
        deed_kind_nouns=deed_kinds,
    )


def _prefixed(code: str, table: tuple[tuple[str, str], ...]) -> str | None:
    for prefix, target in table:
        if code.startswith(prefix):
            return target
    return None


def intent_code(code: str, rules: Rules) -> str | None:
    """The 03x code for a cooperative code stated only as intent, or None."""
    return _prefixed(code, rules.intent_codes)


def warned_code(code: str, rules: Rules) -> str | None:
    """The 13x code for a conflictual act a warner holds over another, or None."""
    return _prefixed(code, rules.warned_codes)


@dataclass(frozen=True, slots=True)
class _Hit:
    """One coded interaction before it becomes an Event."""

    pattern: Pattern
    code: str
    trigger: Token
    source: Mention
    target: Mention | None  # None: to be taken from the article's earlier events (context)
    context: str = ""  # "reaction" or "continued" when the target comes from context
    answers: frozenset[str] = frozenset()  # roots of the earlier act a reaction can answer
    named: bool = False  # the reaction's object names the act's kind ("the sanctions")
    act: str = ""  # that object's lemma ("sanction"), so later reactions to it can chain
    fallback: tuple[Mention, ...] = ()  # targets to keep when the context has none better
    window: int = 0  # sentences back the context may come from (0: the default windows)
    clause: tuple[Mention, ...] = ()  # the one actor the trigger's clause names (_clause_targets)
    noun: int = -1  # the act noun (token index) told anywhere earlier it may answer (_told_act)


class _Ctx:
    """Per-article lookups shared by the matching helpers."""

    __slots__ = (
        "parse",
        "tokens",
        "kid_tokens",
        "by_token",
        "former_by_token",
        "rules",
        "patterns",
        "dateline_end",
        "ent_of",
        "by_text",
        "lead_end",
        "tellings",
        "sentence_hits",
        "hits_here",
        "first_body",
        "domestic",
        "memo",
    )

    def __init__(
        self, parse: Parse, mentions: tuple[Mention, ...], rules: Rules, patterns: PatternSet
    ) -> None:
        parse = _infinitives_read_as_roots(_verbs_read_as_adjectives(_nouns_read_as_verbs(parse)))
        parse = _conjoined_verbs_read_as_adjectives(parse, patterns.verbs)
        parse = _quoted_nouns_read_as_infinitives(_names_read_as_infinitives(parse, mentions))
        parse = _listed_names_read_as_objects(parse, mentions, rules)
        parse = _double_objects(_quoted_names(_apposed_verbs(_called_names(parse))), rules)
        parse = _predicate_conjuncts(_small_clause_names(parse, rules), rules)
        parse = _person_participles(_adverbial_infinitives(parse, rules), rules)
        parse = _agent_conjuncts(_agent_appositions(_agent_nmods(parse)))
        parse = _reduced_relatives(_quote_closed_conjuncts(parse))
        parse = _stranded_verbs(_swallowed_relatives(_passive_subjects(parse)))
        self.parse = _merged_predicates(_shifted_objects(parse), rules)
        self.tokens = self.parse.tokens  # for tok (the parse is never replaced after this)
        # each token's children as tokens, for kids (called ~200 times per sentence)
        token = self.tokens.__getitem__
        self.kid_tokens = tuple([tuple(map(token, ch)) for ch in self.parse.children])
        self.rules = rules
        self.patterns = patterns
        self.ent_of: dict[int, Entity] = {}
        for e in parse.entities:
            for i in range(e.token_start, e.token_end):
                self.ent_of[i] = e
        self.by_token: dict[int, Mention] = {}
        # former officials ("a former Bolivian minister"), by token: no actor, but the state
        # served is the target of an act done to them (parties._own_mention)
        self.former_by_token: dict[int, Mention] = {}
        for m in mentions:
            if m.members:
                pass  # "the two countries": stands for its members (see _own_mention)
            elif m.actor is None and m.former is not None:
                for i in range(m.token_start, m.token_end):
                    self.former_by_token.setdefault(i, replace(m, actor=m.former))
                continue
            elif m.actor is None or not m.actor.principal:
                continue
            if self._enclosed(m) or self._qualified(m):
                continue
            for i in range(m.token_start, m.token_end):
                self.by_token.setdefault(i, m)
        # names the article resolves, by their text: the parts of "U.S.-China" are found here
        self.by_text: dict[str, Mention] = {}
        for m in mentions:
            if m.actor is None or not m.actor.principal or m.members or m.kind == "pronoun":
                continue
            if m.kind in ("name", "metonym"):
                self.by_text.setdefault(m.text.lower(), m)
            # "U.S. President Joe Biden": a place name opening a mention is its state's name
            opening = self.ent_of.get(m.token_start)
            if (
                opening is not None
                and opening.label in ("GPE", "NORP")
                and opening.token_end <= m.token_end
            ):
                self.by_text.setdefault(opening.text.lower(), m)
        self.dateline_end = -1
        # sentences before this index (headline, first body sentences) any told act reaches
        self.lead_end = 0
        # (act key, sentence index) -> the words of that sentence telling the act, last first,
        # with their authors (_told_act; one scan per act and sentence, however many reactions)
        self.tellings: dict[tuple[object, ...], tuple[tuple[int, list[Mention]], ...]] = {}
        # sentence index -> the hits its own words gave before any context (_uncoded_authors)
        self.sentence_hits: dict[int, tuple[_Hit, ...]] = {}
        # the hits the sentence being coded has given so far, earlier verbs first
        # (_sentence_hits): a later clause reads what an earlier one coded (sides._told_here)
        self.hits_here: list[_Hit] = []
        self.first_body = 0  # index of the first sentence after the headline
        # Settings.domestic (code_events' second pass): pairs of one state's actors with
        # different roles are then two sides (_differ); off, they are one
        self.domestic = False
        # (helper, token index, dateline_end, args) -> what the helper said (_memo)
        self.memo: dict[tuple[object, ...], Any] = {}

    def _enclosed(self, m: Mention) -> bool:
        """A mention strictly inside a non-actor entity ("Latin American", "Taiwan Relations Act")."""
        e = self.ent_of.get(m.token_start)
        if e is None or e.label not in self.rules.enclosing_labels:
            return False
        return (e.token_start, e.token_end) != (m.token_start, m.token_end) and (
            e.token_start <= m.token_start and m.token_end <= e.token_end
        )

    def _qualified(self, m: Mention) -> bool:
        """A demonym under a capitalised qualifier outside the mention ("Central American")."""
        if m.token_start == 0 or m.token_end - m.token_start != 1:
            return False
        t, prev = self.parse.tokens[m.token_start], self.parse.tokens[m.token_start - 1]
        return (
            t.dep in ("amod", "compound")
            and prev.head in (t.i, t.head)
            and prev.dep in ("amod", "compound")
            and prev.text[:1].isupper()
            # a sentence's first word is capitalised anyway ("New American tariffs")
            # a proper name or a region word; a sentence's first word is capitalised anyway
            and (prev.lemma[:1].isupper() or prev.text.lower() in self.rules.region_qualifiers)
            and prev.i not in self.by_token
        )

    def tok(self, i: int) -> Token:
        return self.tokens[i]

    def kids(self, i: int, deps: frozenset[str] | None = None) -> list[Token]:
        # the hottest helper of the stage: a new list each call, as some callers extend it;
        # a plain loop, as a comprehension costs a frame of its own on Python 3.11 (a third
        # of this helper's time on its few children; a memo of the lists cost more still)
        found = self.kid_tokens[i]
        if deps is None:
            return list(found)
        out = []
        for t in found:
            if t.dep in deps:
                out.append(t)
        return out


def _adverbial_infinitives(parse: Parse, rules: Rules) -> Parse:
    """The parse with a verb's own infinitive read as its complement: "threatened on Thursday
    to impose tariffs" hangs "impose" on "threatened" as an adverbial clause (advcl), past
    the time phrase, so the threat had no words of its own. A bare to-infinitive after a verb
    of rules.yaml infinitive_verbs that has no complement or object of its own becomes its
    xcomp."""
    tokens, children = parse.tokens, parse.children
    fixed: dict[int, Token] = {}
    for verb in tokens:
        if verb.lemma.lower() not in rules.infinitive_verbs or not children:
            continue
        kids = [tokens[j] for j in children[verb.i]]
        if any(k.dep in ("xcomp", "ccomp", "dobj") for k in kids):
            continue
        clauses = [
            k
            for k in kids
            if k.dep == "advcl"
            and k.tag == "VB"
            and k.i > verb.i
            and [(tokens[j].dep, tokens[j].text.lower()) for j in children[k.i] if j < k.i]
            == [("aux", "to")]
        ]
        if len(clauses) == 1:
            fixed[clauses[0].i] = clauses[0]._replace(dep="xcomp")
    return _relabelled(parse, fixed)


def _person_participles(parse: Parse, rules: Rules) -> Parse:
    """The parse with a participle that describes a person read as the person's modifier:
    "refused Tanzania's request to extradite a developer wanted in a fraud case" hangs "wanted"
    on "refused" as a clause (ccomp) whose subject is "request", so the refusal had no object
    and its target was lost. A participle of rules.yaml person_participles with no object or
    clause of its own, right after the object of an infinitive on its subject noun, under a
    verb with no object, becomes that object's modifier (acl) and the noun the verb's object."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    moves: list[tuple[int, int, int, int]] = []  # (participle, person, subject noun, governor)
    for v in tokens:
        if (
            v.dep != "ccomp"
            or v.tag not in ("VBD", "VBN")
            or v.lemma.lower() not in rules.person_participles
            or v.head >= v.i
        ):
            continue
        own = [tokens[j] for j in children[v.i]]
        subjects = [k for k in own if k.dep in _SUBJECTS]
        if any(k.dep in ("dobj", "ccomp", "xcomp", "auxpass") for k in own) or len(subjects) != 1:
            continue
        noun, person, gov = subjects[0], tokens[v.i - 1], tokens[v.head]
        if (
            noun.pos != "NOUN"
            or person.pos != "NOUN"
            or person.dep not in _OBJ
            or any(tokens[j].dep in _OBJ for j in children[gov.i])
        ):
            continue
        # the person is the object of an infinitive on the subject noun ("request to
        # extradite a developer"), so the participle closes that noun's phrase
        verb = tokens[person.head]
        if verb.dep != "acl" or verb.tag != "VB" or verb.head != noun.i:
            continue
        moves.append((v.i, person.i, noun.i, gov.i))
    if not moves:
        return parse
    kids = [list(c) for c in children]
    fixed: dict[int, Token] = {}
    for part, held, owner, top in moves:
        kids[top].remove(part)
        kids[part].remove(owner)
        kids[held] = sorted([*kids[held], part])
        kids[top] = sorted([*kids[top], owner])
        fixed[part] = tokens[part]._replace(head=held, dep="acl", tag="VBN")
        fixed[owner] = tokens[owner]._replace(head=top, dep="dobj")
    return _refitted(parse, fixed, kids)


def _double_objects(parse: Parse, rules: Rules) -> Parse:
    """The parse with the first of two direct objects of a verb of handing relabelled as its
    dative: "handed the Israeli diplomat a protest note" is parsed with two objects, and the
    note, not the diplomat, is what is handed (as in "handed him a note"); the two objects
    must be adjacent phrases, the first ending where the second begins."""
    fixed: dict[int, Token] = {}
    tokens = parse.tokens
    for verb in tokens:
        if verb.pos != "VERB" or verb.lemma.lower() not in rules.ditransitive_verbs:
            continue
        kids = [tokens[j] for j in parse.children[verb.i]] if parse.children else []
        objs = [k for k in kids if k.dep == "dobj"]
        if len(objs) != 2 or any(k.dep == "dative" for k in kids):
            continue
        first, second = sorted(objs, key=lambda t: t.i)
        span = parse.subtree(first.i)
        if span[-1].i + 1 != min(t.i for t in parse.subtree(second.i)):
            continue
        fixed[first.i] = first._replace(dep="dative")
    return _relabelled(parse, fixed)


_NAMED_DETERMINERS = frozenset({"the", "this", "that"})
_MERGED_DEPS = frozenset({"nmod", "compound", "amod"})  # an act noun read as a modifier


def _complement_opening(parse: Parse, verb: Token) -> tuple[int, int, str] | None:
    """Where a naming verb's complement opens with an act named after "the", "this", "that"
    or an owner ("its", "Morocco's", "South Korea's"): (the act noun, the word that
    determines it, that word's relation to it); None for any other opening."""
    tokens = parse.tokens
    first = verb.i + 1
    if first >= len(tokens) or tokens[first].sent != verb.sent:
        return None
    if tokens[first].text.lower() in _NAMED_DETERMINERS:
        return first + 1, first, "det"
    if tokens[first].tag == "PRP$":
        return first + 1, first, "poss"
    end = first
    while end < len(tokens) and tokens[end].pos == "PROPN" and tokens[end].sent == verb.sent:
        end += 1
    if end > first and end < len(tokens) and tokens[end].tag == "POS":
        return end + 1, end - 1, "poss"
    return None


def _relabelled(parse: Parse, fixed: dict[int, Token]) -> Parse:
    """The parse with some tokens relabelled in place (a new relation, the same head), so its
    children lists stand as they are: the last step of a repair that moves nothing (the parse
    itself when nothing was fixed)."""
    if not fixed:
        return parse
    return replace(parse, tokens=tuple(fixed.get(t.i, t) for t in parse.tokens))


def _refitted(parse: Parse, fixed: dict[int, Token], kids: list[list[int]]) -> Parse:
    """The parse with some tokens replaced (new heads or relations) and the children lists
    rebuilt to match: the last step of every parse repair here (the parse itself when
    nothing was fixed)."""
    if not fixed:
        return parse
    return replace(
        parse,
        tokens=tuple(fixed.get(t.i, t) for t in parse.tokens),
        children=tuple(map(tuple, kids)),
    )


def _merged_predicates(parse: Parse, rules: Rules) -> Parse:
    """The parse with a naming verb's object split from its predicate where the parser read
    the two as one phrase: "called the move economic coercion" hangs "move" on "coercion"
    as a modifier, "called Morocco's decision blackmail" hangs "decision" on a predicate
    read as the object or as the oprd itself, "called that move economic pressure" reads
    "move" as a verb whose subject is "that". An act noun (judged_act_nouns, deed_nouns)
    opening the verb's complement right after "the", "this", "that" or an owner
    (_complement_opening) becomes the object and the rest the predicate (oprd), as "called
    the move blackmail" is parsed."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    # a hostile deed's noun opens such a complement too ("called the seizure piracy")
    acts = rules.judged_act_nouns | rules.deed_nouns | rules.deed_kind_nouns
    # (verb, act noun, its determiner or owner, the owner's relation, the predicate or -1
    # when the parser already made it the oprd)
    moves: list[tuple[int, int, int, str, int]] = []
    for verb in tokens:
        if verb.pos != "VERB" or verb.lemma.lower() not in rules.naming_verbs:
            continue
        own = [tokens[j] for j in children[verb.i]]
        opening = _complement_opening(parse, verb)
        if opening is None or opening[0] >= len(tokens) or any(k.dep == "dative" for k in own):
            continue
        a, d, dep = opening
        act, det = tokens[a], tokens[d]
        if not ({act.text.lower(), act.lemma.lower()} & acts) or not act.text.isalpha():
            continue
        if any(k.dep == "oprd" for k in own):
            for k in own:
                # "called Morocco's decision blackmail" read "decision" as the oprd's compound
                if k.dep == "oprd" and k.pos == "NOUN" and k.i > a and act.head == k.i:
                    if act.dep in _MERGED_DEPS and det.head == k.i and dep == "poss":
                        moves.append((verb.i, a, d, dep, -1))
                # "called Morocco's decision a provocation" read both nouns as oprds
                elif k.i == a and det.head == a and sum(o.dep == "oprd" for o in own) > 1:
                    moves.append((verb.i, a, d, dep, -1))
            continue
        for k in own:
            if k.dep == "dobj" and k.pos == "NOUN" and k.i > act.i and act.head == k.i:
                if act.dep in _MERGED_DEPS and det.head == k.i:
                    moves.append((verb.i, a, d, dep, k.i))  # "the move economic coercion"
            elif (
                k.dep == "ccomp"
                and dep == "det"
                and k.i == act.i
                and det.head == k.i
                and det.dep == "nsubj"
            ):
                pred = [o for o in (tokens[j] for j in children[k.i]) if o.dep == "dobj"]
                if len(pred) == 1:
                    moves.append((verb.i, a, d, dep, pred[0].i))  # "that move economic pressure"
    if not moves:
        return parse
    kids = [list(c) for c in children]
    fixed: dict[int, Token] = {}
    for v, a, d, dep, p in moves:
        splits = [(a, v, "dobj"), (d, a, dep)] + ([(p, v, "oprd")] if p >= 0 else [])
        for j, head, rel in splits:
            kids[tokens[j].head].remove(j)
            kids[head] = sorted([*kids[head], j])
            fixed[j] = tokens[j]._replace(head=head, dep=rel)
        fixed[a] = fixed[a]._replace(
            pos="NOUN", tag="NNS" if tokens[a].text.endswith("s") else "NN"
        )
    return _refitted(parse, fixed, kids)


def _verbs_read_as_adjectives(parse: Parse) -> Parse:
    """The parse with a past-tense verb the parser hung as an adjective on the noun after it
    made the sentence's root: "Russia armed Mali's army with helicopters" and "ECOWAS lifted
    sanctions on Niger" are parsed with the subject as root and "armed", "lifted" (tagged
    VBD, no participle) as an amod. The verb must follow the subject's own words, the root a
    noun; the subject becomes its nsubj, the root's branch holding the verb its object, and
    the root's later children its own. A past-tense verb hung as a clause on that root
    right after it ("Spain's prime minister called Morocco's decision a provocation" made
    "called" an acl of "minister") is the root's verb the same way."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    fixed: dict[int, Token] = {}
    kids: list[list[int]] = []  # the children as lists, copied at the first fix (_refitted)
    for v in tokens:
        if v.tag != "VBD" or v.dep not in ("amod", "acl") or v.i == 0:
            continue
        root = tokens[v.i - 1]
        while root.head != root.i:
            root = tokens[root.head]
        if root.pos not in ("PROPN", "NOUN") or root.sent != v.sent or root.i >= v.i:
            continue
        if v.dep == "acl" and (v.head != root.i or root.i != v.i - 1):
            continue
        branch = v
        while branch.head != root.i:
            branch = tokens[branch.head]
        # the verb opens the branch after the subject ("the newly armed militia" has its
        # adverb, "Mali's armed forces" its possessor, in the branch)
        if v.dep == "amod" and (
            branch.i < v.i
            or branch.dep in ("prep", "punct", "cc", "conj", "relcl", "acl")
            or parse.subtree(branch.i)[0].i != v.i
        ):
            continue
        aims = _aims_after(parse, root.i, v) if v.dep == "acl" else set()
        if any(
            tokens[j].pos in ("VERB", "AUX") for j in children[root.i] if j != v.i and j not in aims
        ):
            continue
        kids = kids or list(map(list, children))
        kids[v.head].remove(v.i)
        moved = [j for j in kids[root.i] if j > v.i]
        kids[root.i] = [j for j in kids[root.i] if j < v.i]
        for j in moved:
            dep = "dobj" if j == branch.i else "xcomp" if j in aims else tokens[j].dep
            fixed[j] = tokens[j]._replace(head=v.i, dep=dep)
        fixed[root.i] = root._replace(head=v.i, dep="nsubj")
        fixed[v.i] = v._replace(head=v.i, dep="ROOT", pos="VERB")
        kids[v.i] = sorted([*kids[v.i], root.i, *moved])
    return _refitted(parse, fixed, kids)


def _aims_after(parse: Parse, root: int, verb: Token) -> set[int]:
    """The to-infinitives the parser hung on a root noun after the verb it read as that
    noun's clause: "the two presidents called on Mali and Niger to resume cooperation"
    makes "called" and "resume" both clauses of "presidents". The infinitive is the
    verb's aim ("called on X to"), as the parser reads it when the sentence opens with the
    noun, so it does not keep the verb from being the root."""
    tokens, children = parse.tokens, parse.children
    return {
        j
        for j in children[root]
        if j > verb.i
        and tokens[j].tag == "VB"
        and tokens[j].dep == "acl"
        and any(tokens[a].dep == "aux" and tokens[a].text.lower() == "to" for a in children[j])
    }


def _infinitives_read_as_roots(parse: Parse) -> Parse:
    """The parse with a past verb the parser hung as a clause on its subject read as the
    root again when the parser made that verb's to-infinitive the root: "In a joint
    statement, the two ministers called on Colombia to return to the talks" makes "return"
    the root with "ministers" its subject and "called" a clause of "ministers", so the call
    had no subject. The past verb must follow its noun and reach the "to" with its own
    words; it becomes the root, the noun its subject, the infinitive its complement (as
    "The two ministers called on Colombia to return" is parsed), and the root's words
    before the noun ("In a joint statement,") its own."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    kids: list[list[int]] = []
    fixed: dict[int, Token] = {}
    for root in tokens:
        if root.head != root.i or root.tag != "VB":
            continue
        to = [
            j for j in children[root.i] if tokens[j].dep == "aux" and tokens[j].text.lower() == "to"
        ]
        subj = [j for j in children[root.i] if tokens[j].dep == "nsubj" and j < root.i]
        if len(to) != 1 or len(subj) != 1 or tokens[subj[0]].pos not in ("NOUN", "PROPN"):
            continue
        noun = tokens[subj[0]]
        verbs = [
            j
            for j in children[noun.i]
            if tokens[j].dep == "acl" and tokens[j].tag == "VBD" and noun.i < j < to[0]
        ]
        if len(verbs) != 1:
            continue
        v = tokens[verbs[0]]
        if parse.subtree(v.i)[-1].i != to[0] - 1 or any(
            tokens[j].dep in _SUBJECTS for j in children[v.i]
        ):
            continue
        kids = kids or [list(c) for c in children]
        before = [j for j in kids[root.i] if j < noun.i]
        kids[noun.i].remove(v.i)
        kids[root.i] = [j for j in kids[root.i] if j != noun.i and j not in before]
        kids[v.i] = sorted([*kids[v.i], noun.i, root.i, *before])
        fixed.update({j: tokens[j]._replace(head=v.i) for j in before})
        fixed[noun.i] = noun._replace(head=v.i, dep="nsubj")
        fixed[root.i] = root._replace(head=v.i, dep="xcomp")
        fixed[v.i] = v._replace(head=v.i, dep="ROOT", pos="VERB")
    return _refitted(parse, fixed, kids)


def _conjoined_verbs_read_as_adjectives(parse: Parse, verbs: Collection[str]) -> Parse:
    """The parse with a verb joined after an object read as an adjective of a second object:
    "Norway regretted the outcome but respected Sweden's choice" is parsed with "choice" a
    conjunct of "outcome" and "respected" its amod, so the second act had no verb of its own
    and its object was read as the first verb's. A past verb right after the "and" or "but"
    of a conjunct of a verb's direct object, with no subject and no determiner before it,
    becomes that verb's conjunct, and the noun it modified its object. The parser may tag it
    an adjective ("respected", lemma "respected"): an -ed form whose stem is a trigger verb
    (``verbs``, the patterns' lemmas) is read as that verb."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    fixed: dict[int, Token] = {}
    kids: list[list[int]] = []  # the children as lists, copied at the first fix (_refitted)
    for v in tokens:
        if v.dep != "amod" or v.i < 2:
            continue
        lemma = v.lemma if v.tag in ("VBD", "VBN") else _ed_stem(v.text.lower(), verbs)
        if not lemma:
            continue
        # "but respected Chile's right": at times hung on the possessor
        owner = tokens[v.head]
        noun = tokens[owner.head] if owner.dep == "poss" else owner
        cc = tokens[v.i - 1]
        if noun.dep != "conj" or noun.i < v.i or cc.dep != "cc" or cc.head != noun.head:
            continue
        if parse.subtree(noun.i)[0].i != v.i:
            continue
        if cc.text.lower() not in ("and", "but"):
            continue
        obj = tokens[noun.head]
        verb = tokens[obj.head]
        if obj.dep != "dobj" or verb.pos != "VERB" or obj.i > cc.i:
            continue
        # "the outcome and the revised plan": an adjective inside a noun phrase opened by a
        # determiner before it is no verb
        if any(tokens[j].dep in ("det", *_SUBJECTS) and j < v.i for j in children[noun.i]):
            continue
        kids = kids or list(map(list, children))
        kids[owner.i].remove(v.i)
        kids[obj.i] = [j for j in kids[obj.i] if j not in (noun.i, cc.i)]
        kids[verb.i] = sorted([*kids[verb.i], cc.i, v.i])
        kids[v.i] = sorted([*kids[v.i], noun.i])
        fixed[v.i] = v._replace(head=verb.i, dep="conj", tag="VBD", pos="VERB", lemma=lemma)
        fixed[noun.i] = noun._replace(head=v.i, dep="dobj")
        fixed[cc.i] = cc._replace(head=verb.i)
    return _refitted(parse, fixed, kids)


def _ed_stem(word: str, verbs: Collection[str]) -> str:
    """The verb an -ed form is of, if it is one of ``verbs`` ("respected" -> "respect",
    "welcomed" -> "welcome", "regretted" -> "regret"), else ""."""
    if not word.endswith("ed"):
        return ""
    for stem in (word[:-2], word[:-1], word[:-3]):
        if stem in verbs:
            return stem
    return ""


def _names_read_as_infinitives(parse: Parse, mentions: tuple[Mention, ...]) -> Parse:
    """The parse with an actor's name the parser read as an infinitive made a to-phrase:
    "pledged to send 40 experts to Chisinau by June" is parsed with "Chisinau" (a proper noun)
    as a clause of "send" whose auxiliary is "to". The name must end an actor mention, be a
    proper noun with "to" right before it and no subject, object or other auxiliary; "to"
    becomes a preposition of the clause's head, the name its object, and the phrases after
    the name the head's own."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    ends = {m.token_end - 1 for m in mentions if m.actor is not None}
    fixed: dict[int, Token] = {}
    kids: list[list[int]] = []  # the children as lists, copied at the first fix (_refitted)
    for n in tokens:
        if n.i not in ends or n.pos != "PROPN" or n.dep not in ("advcl", "xcomp") or n.i == 0:
            continue
        to = tokens[n.i - 1]
        if to.head != n.i or to.dep != "aux" or to.text.lower() != "to" or n.head == n.i:
            continue
        deps = {tokens[j].dep for j in children[n.i]}
        if (
            deps & {"nsubj", "nsubjpass", "dobj", "auxpass", "neg"}
            or sum(tokens[j].dep == "aux" for j in children[n.i]) != 1
        ):
            continue
        kids = kids or list(map(list, children))
        head = n.head
        moved = [j for j in kids[n.i] if j > n.i]
        kids[n.i] = [j for j in kids[n.i] if j < n.i and j != to.i]
        kids[head] = sorted([j for j in kids[head] if j != n.i] + [to.i, *moved])
        kids[to.i] = [n.i]
        for j in moved:
            fixed[j] = tokens[j]._replace(head=head)
        fixed[to.i] = to._replace(head=head, dep="prep", pos="ADP", tag="IN")
        fixed[n.i] = n._replace(head=to.i, dep="pobj")
    return _refitted(parse, fixed, kids)


_OPENING_QUOTES = frozenset({"``", '"', "'", "\u201c", "\u2018"})


def _quoted_nouns_read_as_infinitives(parse: Parse) -> Parse:
    """The parse with a quoted noun after "to" that the parser read as an infinitive made a
    to-phrase: 'would not bow to "blackmail."' is parsed with "blackmail" a clause whose
    auxiliary is "to", though its tagger marks that "to" a preposition (IN). The word must
    open a quotation right after "to", have no subject, object, negation or other auxiliary;
    "to" becomes a preposition of the clause's head and the word its object (a noun), as the
    same words unquoted are parsed ("would not bow to blackmail")."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    fixed: dict[int, Token] = {}
    kids: list[list[int]] = []  # the children as lists, copied at the first fix (_refitted)
    for n in tokens:
        if n.dep not in ("advcl", "xcomp") or n.i < 2 or n.head == n.i or n.pos != "VERB":
            continue
        quote, to = tokens[n.i - 1], tokens[n.i - 2]
        if quote.text not in _OPENING_QUOTES or quote.head != n.i:
            continue
        if to.head != n.i or to.dep != "aux" or to.text.lower() != "to" or to.tag != "IN":
            continue
        if (
            any(
                tokens[j].dep in ("nsubj", "nsubjpass", "dobj", "auxpass", "neg", "ccomp", "xcomp")
                for j in children[n.i]
            )
            or sum(tokens[j].dep == "aux" for j in children[n.i]) != 1
        ):
            continue
        kids = kids or list(map(list, children))
        head = n.head
        kids[head] = sorted([j for j in kids[head] if j != n.i] + [to.i])
        kids[to.i] = [n.i]
        kids[n.i] = [j for j in kids[n.i] if j != to.i]
        fixed[to.i] = to._replace(head=head, dep="prep", pos="ADP")
        fixed[n.i] = n._replace(head=to.i, dep="pobj", pos="NOUN", tag="NN")
    return _refitted(parse, fixed, kids)


def _listed_names_read_as_objects(
    parse: Parse, mentions: tuple[Mention, ...], rules: Rules
) -> Parse:
    """The parse with a list of nationalities restored as the modifiers of the plural role
    noun after it: "phoned his Kyrgyz and Tajik counterparts" is parsed with "Kyrgyz" as the
    object and "counterparts" as a verb (or a second object, or a conjunct of "Kyrgyz"),
    so only the first state was reached. The list is one-word state names joined by commas
    and one "and" or "or", right before a plural role noun (rules role_nouns), the first name
    hanging outside the list; the noun takes the first name's place, the first name becomes
    its modifier, the others the first's conjuncts, an owner before the list the noun's."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    # one-word names, or a counterpart mention of the last name and the noun itself
    # ("Uzbek counterparts" as one group mention)
    names = {
        m.token_start
        for m in mentions
        if m.actor is not None
        and not m.members
        and m.kind in ("name", "group")
        and (
            m.token_end - m.token_start == 1
            or (
                m.token_end - m.token_start == 2
                and parse.tokens[m.token_end - 1].lemma.lower() in rules.role_nouns
            )
        )
    }
    fixed: dict[int, Token] = {}
    for n in tokens:
        if n.i == 0 or n.i - 1 not in names or n.lemma.lower() not in rules.role_nouns:
            continue
        if not n.text.lower().endswith("s") or n.i in fixed:
            continue
        span: list[int] = []
        j = n.i - 1
        while j >= 0 and tokens[j].sent == n.sent and (
            j in names or tokens[j].text == "," or tokens[j].text.lower() in ("and", "or")
        ):
            span.append(j)
            j -= 1
        span.reverse()
        listed = [k for k in span if k in names]
        joins = [k for k in span if tokens[k].text.lower() in ("and", "or")]
        if span[0] not in names or len(joins) != 1 or len(listed) != len(span) - len(listed) + 1:
            continue
        first = tokens[span[0]]
        inside = set(span) | {n.i}
        if first.head in inside or first.head == first.i:
            continue  # the parser hung the list on the noun (or the list is the root)
        fixed[n.i] = n._replace(head=first.head, dep=first.dep, pos="NOUN", tag="NNS")
        fixed[first.i] = first._replace(head=n.i, dep="amod")
        for k in span[1:]:
            dep = "conj" if k in names else ("cc" if k in joins else "punct")
            fixed[k] = tokens[k]._replace(head=first.i, dep=dep)
        if j >= 0 and tokens[j].tag == "PRP$" and tokens[j].head in inside:
            fixed[j] = tokens[j]._replace(head=n.i, dep="poss")
        for t in tokens:
            if t.i not in inside and t.i not in fixed and t.head in inside and t.head != n.i:
                fixed[t.i] = t._replace(head=n.i)  # the list's phrases are the noun's
    if not fixed:
        return parse
    final = [fixed.get(t.i, t) for t in tokens]
    kids: list[list[int]] = [[] for _ in tokens]
    for t in final:
        if t.head != t.i:
            kids[t.head].append(t.i)
    return _refitted(parse, fixed, kids)


def _nouns_read_as_verbs(parse: Parse) -> Parse:
    """The parse with a plural noun of a verb's object, read as a verb, made a noun again:
    "imposed travel bans and asset freezes on 12 officials" is parsed with "freezes" (VBZ)
    as a clause of "imposed" whose subject is "travel bans and asset", "imposed asset freezes
    and travel bans" with "asset" as its subject. The clause verb must have no auxiliary,
    its subject open right after the verb (which has no object) and end right before it
    (the subject itself or its last conjunct); that word becomes the plural's compound, the
    plural the verb's object (or the conjunct of the subject, which becomes the object),
    and the plural's prepositions the verb's. A plural tagged a noun yet made a clause's head
    is the same misreading, and its subject may be a name ("will not let UN monitors into
    the camps": "UN" the subject of "monitors")."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    fixed: dict[int, Token] = {}
    kids: list[list[int]] = []  # the children as lists, copied at the first fix (_refitted)
    for c in tokens:
        if c.tag not in ("VBZ", "NNS") or c.dep != "ccomp" or c.head == c.i:
            continue
        if not c.text.lower().endswith("s"):
            continue
        v = tokens[c.head]
        if v.pos != "VERB" or v.i > c.i or any(tokens[j].dep == "dobj" for j in children[v.i]):
            continue
        subj = [tokens[j] for j in children[c.i] if tokens[j].dep == "nsubj"]
        if any(tokens[j].dep in ("aux", "auxpass", "neg") for j in children[c.i]) or len(subj) != 1:
            continue
        n = subj[0]
        named = n.pos == "PROPN" and c.tag == "NNS"  # "UN monitors": a body's staff
        if (n.pos != "NOUN" and not named) or parse.subtree(n.i)[0].i != v.i + 1:
            continue
        kids = kids or list(map(list, children))
        last = [tokens[j] for j in children[n.i] if tokens[j].dep == "conj" and j == c.i - 1]
        if last and last[0].pos == "NOUN":
            x = last[0]  # "travel bans and asset freezes": the plural joins the list
            kids[n.i] = sorted([j for j in kids[n.i] if j != x.i] + [c.i])
            fixed[n.i] = n._replace(head=v.i, dep="dobj")
            fixed[c.i] = c._replace(head=n.i, dep="conj", pos="NOUN", tag="NNS")
            top = n
        elif n.i == c.i - 1 and not any(tokens[j].dep == "conj" for j in children[n.i]):
            x = n  # "asset freezes and travel bans": the plural opens the list
            fixed[c.i] = c._replace(head=v.i, dep="dobj", pos="NOUN", tag="NNS")
            top = c
        else:
            continue
        preps = [j for j in kids[c.i] if tokens[j].dep == "prep"]
        kept = [j for j in kids[c.i] if j not in preps and j != n.i]
        kids[v.i] = sorted([j for j in kids[v.i] if j != c.i] + [top.i] + preps)
        kids[c.i] = sorted([x.i] + (kept if top is c else []))
        if top is n:
            kids[v.i] = sorted(kids[v.i] + kept)
        fixed[x.i] = tokens[x.i]._replace(head=c.i, dep="compound")
        for j in preps + (kept if top is n else []):
            fixed[j] = tokens[j]._replace(head=v.i)
    return _refitted(parse, fixed, kids)


def _called_names(parse: Parse) -> Parse:
    """The parse with a name "call" takes as its only complement made its direct object:
    "Macron called Tebboune on Sunday" is parsed as naming him "Tebboune" (oprd), though a
    naming needs an object to name ("called Tebboune a friend"). The verb must have an active
    subject of its own ("Eswatini, formerly called Swaziland" names) and no object, and the
    complement be a name only (proper nouns). In a sentence with no verb at its root, "the
    president called Lula on Monday" is parsed as a noun with a naming modifier (acl): the
    noun right before the verb becomes its subject and the verb takes the noun's place."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    fixed: dict[int, Token] = {}
    kids: list[list[int]] = []  # the children as lists, copied at the first fix
    for verb in tokens:
        if verb.pos != "VERB" or verb.lemma.lower() != "call" or verb.i == 0:
            continue
        own = [tokens[j] for j in children[verb.i]]
        preds = [k for k in own if k.dep == "oprd"]
        if len(preds) == 2 and preds[1].pos == "NOUN":
            preds = preds[:1]  # 'called Uruguay "a brotherly country"': the name, then its name
        if len(preds) != 1 or not _name_or_owned_title(parse, preds[0]):
            continue
        if any(k.dep in ("dobj", "nsubjpass", "auxpass", "dative", "advmod") for k in own):
            continue  # "formerly called Swaziland": a naming
        kids = kids or list(map(list, children))
        if not any(k.dep == "nsubj" for k in own):
            root = verb
            while root.head != root.i:
                root = tokens[root.head]
            if verb.dep != "acl":
                continue
            host = tokens[verb.head]
            noun = _named_subject(parse, verb, host)
            if noun is None or noun.pos not in ("NOUN", "PROPN"):
                continue
            if host.i != noun.i:
                kids[host.i].remove(verb.i)  # ", Pablo Rojas, called": hung on the name
                kids[noun.i].append(verb.i)
            joined = _joined_after(parse, noun, root)
            if root.pos in ("VERB", "AUX") and joined is None:
                continue
            if joined is not None:
                # 'His guest called Romania "a brotherly nation" and thanked the EU': the
                # noun is the subject of both verbs, the later one joined to the first
                kids[noun.i].remove(joined.i)
                kids[root.i].remove(noun.i)
                kids[verb.i].append(joined.i)
                kids[verb.i].append(root.i)
                fixed[joined.i] = joined._replace(head=verb.i)
                fixed[root.i] = root._replace(head=verb.i, dep="conj")
                noun = noun._replace(head=noun.i)  # re-hung under the verb below
            kids[noun.i].remove(verb.i)
            if noun.head != noun.i:
                kids[noun.head].remove(noun.i)
            kids[verb.i].append(noun.i)
            fixed[verb.i] = verb._replace(head=verb.i, dep="ROOT", tag="VBD")
            fixed[noun.i] = noun._replace(head=verb.i, dep="nsubj")
            # 'His guest called Romania "a brotherly nation"': the name given, read as the
            # noun's apposition after the named object, is the verb's complement again
            given = [j for j in kids[noun.i] if tokens[j].dep == "appos" and j > preds[0].i]
            for j in given[:1]:
                kids[noun.i].remove(j)
                kids[verb.i].append(j)
                fixed[j] = tokens[j]._replace(head=verb.i, dep="oprd")
            kids[verb.i].sort()
        fixed[preds[0].i] = preds[0]._replace(dep="dobj")
    if not fixed:
        return parse
    return replace(
        parse,
        tokens=tuple(fixed.get(t.i, t) for t in tokens),
        children=tuple(tuple(sorted(c)) for c in kids),
    )


def _name_or_owned_title(parse: Parse, pred: Token) -> bool:
    """A complement of "call" that can be no name given: a name ("Tebboune"), or a state's
    title with its owner named ("The Turkish president called Germany's chancellor")."""
    sub = parse.subtree(pred.i)
    if all(t.pos == "PROPN" for t in sub):
        return True
    kids = [parse.tokens[j] for j in parse.children[pred.i]]
    owners = [k for k in kids if k.dep == "poss"]
    # the title noun itself, with only its owner and adjectives ("Spain's prime minister"),
    # not a judgement of a thing the parser ran into one phrase ("Spain's plan constructive")
    return (
        pred.pos == "NOUN"
        and len(owners) == 1
        and owners[0].pos == "PROPN"
        and all(k.dep in ("poss", "amod") for k in kids)
        and all(t.pos in ("PROPN", "NOUN", "ADJ", "PART") for t in sub)
    )


def _quoted_names(parse: Parse) -> Parse:
    """The parse with the quoted name "call" gives its object made the verb's complement
    (oprd), as an unquoted one is: 'called the measure "collective punishment"' is parsed
    with the name as the object's apposition, 'called the protest "a show staged for the
    cameras"' with it as a clause of its own ("a show" its subject, "staged" its verb). The
    quotation must open right after the object, and the clause be a bare participle's, which
    the tagger may read as a past verb (no auxiliary: 'called the talks "a start that will not
    last"' keeps its parse)."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    fixed: dict[int, Token] = {}
    kids: list[list[int]] = []
    for verb in tokens:
        if verb.pos != "VERB" or verb.lemma.lower() != "call":
            continue
        own = [tokens[j] for j in children[verb.i]]
        objs = [k for k in own if k.dep == "dobj"]
        if len(objs) != 1 or any(k.dep == "oprd" for k in own):
            continue
        obj = objs[0]
        name: Token | None = None
        clause: Token | None = None
        for k in [tokens[j] for j in children[obj.i] if tokens[j].dep == "appos"] + [
            k for k in own if k.dep == "ccomp"
        ]:
            start = min(t.i for t in parse.subtree(k.i) if t.text not in _QUOTE_MARKS)
            if start < 2 or tokens[start - 1].text not in _QUOTE_MARKS:
                continue
            if not any(t.i == start - 2 for t in parse.subtree(obj.i)):
                continue  # the quotation opens right after the object
            if k.dep == "appos":
                name = k
            elif k.tag in ("VBN", "VBD") and not any(
                tokens[j].dep in ("aux", "auxpass") for j in children[k.i]
            ):
                subj = [tokens[j] for j in children[k.i] if tokens[j].dep == "nsubj"]
                if len(subj) == 1 and subj[0].pos == "NOUN" and subj[0].i < k.i:
                    name, clause = subj[0], k
            break
        if name is None:
            continue
        kids = kids or list(map(list, children))
        kids[name.head].remove(name.i)
        kids[verb.i] = sorted(kids[verb.i] + [name.i])
        fixed[name.i] = name._replace(head=verb.i, dep="oprd")
        if clause is not None:
            # "a show staged for the cameras": the participle describes the name
            kids[verb.i].remove(clause.i)
            kids[name.i] = sorted(kids[name.i] + [clause.i])
            fixed[clause.i] = clause._replace(head=name.i, dep="acl")
    return _refitted(parse, fixed, kids)


_CLAUSE_MARKERS = frozenset({"aux", "auxpass", "cop", "mark", "neg", "expl"})
_FUSED = ("compound", "NOUN")  # the thing named, read as a modifier of the name given
# the relations the parser gives that thing: "Serbia's election fraudulent" (compound),
# 'called Chad's ban "unlawful"' (amod), 'called the suspension "unjustified"' (npadvmod)
_FUSED_DEPS = frozenset({"compound", "amod", "npadvmod"})


def _small_clause_names(parse: Parse, rules: Rules) -> Parse:
    """The parse with the name a naming verb gives read as its complement (oprd) and the
    thing named as its object, where the parser read the two otherwise: "branded Russia's
    annexation illegal" as a clause with no verb ("annexation" the subject of "illegal"),
    "branded the vote a sham" as two objects, "branded Iran's launch a provocation" as an
    object of the object, "called the vote rigged" as a participle describing the object.
    Only a verb with no complement of its own; a clause with an auxiliary, copula or marker
    is a clause ("called the vote, which was rigged, ...")."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    moves: list[tuple[int, int, str]] = []  # (token, its new head, its new relation)
    namers = rules.naming_verbs | rules.verdict_verbs
    for verb in tokens:
        if verb.pos != "VERB" or verb.lemma.lower() not in namers:
            continue
        own = [tokens[j] for j in children[verb.i]]
        if any(k.dep in ("dative", "nsubjpass", "auxpass") for k in own):
            continue
        objs = [k for k in own if k.dep in _OBJ]
        preds = [k for k in own if k.dep == "oprd"]
        clauses = [k for k in own if k.dep == "ccomp" and k.pos in ("ADJ", "NOUN")]
        if not objs and len(preds + clauses) == 1:
            pred = (preds + clauses)[0]
            parts = [tokens[j] for j in children[pred.i]]
            if any(k.dep in _CLAUSE_MARKERS for k in parts):
                continue
            subj = [k for k in parts if k.dep == "nsubj" and k.pos in ("NOUN", "PROPN")]
            # "Serbia's election fraudulent": a compound first; 'Chad's ban "unlawful"': the
            # quotation opened after it
            at = pred.i - 1
            while at > verb.i and tokens[at].text in _QUOTE_MARKS:
                at -= 1
            thing = tokens[at]
            given = _apposed_name(parse, pred)
            if len(subj) == 1 and verb.i < subj[0].i < pred.i:
                moves += [(subj[0].i, verb.i, "dobj"), (pred.i, verb.i, "oprd")]
            elif given is not None and pred.dep == "ccomp":
                moves += [(pred.i, verb.i, "dobj"), (given.i, verb.i, "oprd")]  # "vote a fraud"
            elif (
                not subj
                and pred.text.islower()  # no name ("called the minister Tuesday")
                and thing.head == pred.i
                and thing.pos == _FUSED[1]
                and thing.dep in _FUSED_DEPS
            ):
                moves += [(thing.i, verb.i, "dobj"), (pred.i, verb.i, "oprd")]
                moves += [(k.i, thing.i, k.dep) for k in parts if k.i < thing.i]
            continue
        if preds:
            continue
        if len(objs) == 2 and objs[1].pos == "NOUN":
            first, second = objs
            if parse.subtree(first.i)[-1].i + 1 == parse.subtree(second.i)[0].i:
                moves.append((second.i, verb.i, "oprd"))  # "the vote a sham"
            continue
        if len(objs) != 1 or objs[0].pos not in ("NOUN", "PROPN"):
            continue
        obj = objs[0]
        if len(clauses) == 1 and clauses[0].pos == "ADJ" and not children[clauses[0].i]:
            if parse.subtree(obj.i)[-1].i + 1 == clauses[0].i:
                moves.append((clauses[0].i, verb.i, "oprd"))  # "Israel's blockade ... illegal"
            continue
        named = [tokens[j] for j in children[obj.i] if j > obj.i and tokens[j].dep in _OBJ]
        last = parse.subtree(obj.i)[-1]
        apposed = _apposed_name(parse, obj)
        if len(named) == 1 and named[0].pos == "NOUN":
            moves.append((named[0].i, verb.i, "oprd"))  # "Iran's launch a provocation"
        elif apposed is not None:
            moves.append((apposed.i, verb.i, "oprd"))  # "Belarus's vote a fraud"
        elif last.i > obj.i and not children[last.i] and _stray_name(last):
            moves.append((last.i, verb.i, "oprd"))  # "the vote rigged"
    if not moves:
        return parse
    kids = [list(c) for c in children]
    fixed: dict[int, Token] = {}
    for j, head, rel in moves:
        kids[tokens[j].head].remove(j)
        kids[head] = sorted([*kids[head], j])
        fixed[j] = tokens[j]._replace(head=head, dep=rel)
    return _refitted(parse, fixed, kids)


def _apposed_name(parse: Parse, noun: Token) -> Token | None:
    """The name a naming verb gives, read as the apposition of the thing named: a noun phrase
    opening with "a" or "an" right after it, no comma between ("Belarus's vote a fraud");
    None for any other (", a former envoy," is an apposition)."""
    for j in parse.children[noun.i]:
        t = parse.tokens[j]
        if t.dep != "appos" or t.pos != "NOUN" or j < noun.i:
            continue
        first = parse.subtree(j)[0]
        if first.text.lower() in ("a", "an") and first.i == noun.i + 1:
            return t
    return None


def _stray_name(t: Token) -> bool:
    """Whether the last word of a naming verb's object is the name given, hung inside the
    object: a bare participle read as describing it ("the vote rigged"), an adjective read as
    a noun of its phrase ("Israel's blockade of the port illegal")."""
    if t.dep == "acl":
        return t.tag in ("VBN", "VBD")
    return t.pos == "ADJ" and t.dep in ("pobj", "dobj", "appos", "npadvmod", "compound")


def _named_subject(parse: Parse, verb: Token, host: Token) -> Token | None:
    """The noun a naming participle (acl) would have as its subject: the word right before it
    ("His guest called ..."), or, after a comma, the noun whose apposition name ends right
    before the comma ("Its spokesman, Pablo Rojas, called ..."), the participle hung on
    either the name or the noun; else None."""
    if host.i == verb.i - 1:
        return host
    if parse.tokens[verb.i - 1].text != ",":
        return None
    tokens = parse.tokens
    named: Token | None = host
    noun = host
    if host.dep == "appos" and host.head != host.i:
        noun = tokens[host.head]
    else:
        appos = [tokens[j] for j in parse.children[host.i] if tokens[j].dep == "appos"]
        named = appos[0] if appos else None
    if named is None or named.pos != "PROPN" or named.i > verb.i:
        return None
    # only the comma that closes the name stands between it and the participle
    return noun if all(t.text == "," for t in tokens[named.i + 1 : verb.i]) else None


def _joined_after(parse: Parse, noun: Token, root: Token) -> Token | None:
    """The "and" a subject noun holds right before the root verb it is the subject of, when
    the parser hung a naming participle on the noun ("His guest called Romania a friend and
    thanked ..."): the participle is a first verb the root is joined to."""
    if root.pos not in ("VERB", "AUX") or noun.dep != "nsubj" or noun.head != root.i:
        return None
    kids = [parse.tokens[j] for j in parse.children[noun.i]]
    if any(k.dep == "conj" for k in kids):
        return None
    for k in kids:
        if k.dep == "cc" and k.i == root.i - 1 and k.lemma.lower() == "and":
            return k
    return None


_SHIFT_PATH = frozenset({"pobj", "appos", "pcomp", "dobj"})  # "as" down to a moved object
_PREDICATE_WORDS = frozenset({("amod", "ADJ"), ("compound", "NOUN")})


def _shifted_objects(parse: Parse) -> Parse:
    """The parse with an object told after a short "as" predicate made its verb's direct
    object: "denounced as a provocation Russia's decision", "condemned as illegal the
    seizure of ...", "rejected as baseless the charges" (a long object moved past the
    predicate, which the parser reads as the predicate's apposition, its object or its
    own). The object is the nearest noun under the "as" phrase, reached through no other
    preposition, opening with a possessor or "the" after at least one predicate word; a
    passive verb or one with an object of its own is left alone."""
    tokens, children = parse.tokens, parse.children
    moved: dict[int, tuple[int, int]] = {}  # token -> (its new head, the "as" it was under)
    for a in tokens:
        if a.text.lower() != "as" or a.head == a.i or not children:
            continue
        top = a if a.dep == "prep" else tokens[a.head]  # "as baseless": the adjective's
        verb = tokens[top.head]
        if (
            verb.pos != "VERB"
            # "a request the minister dismissed as ...": the object is the noun it hangs on
            or verb.dep in ("relcl", "acl")
            or top.head == top.i
            or not (top is a or (a.dep == "advmod" and top.i == a.i + 1))
            or any(tokens[j].dep in ("dobj", "nsubjpass", "auxpass") for j in children[verb.i])
        ):
            continue
        best: tuple[int, int] | None = None  # (phrase start, noun)
        stack = [j for j in children[top.i] if tokens[j].dep in _SHIFT_PATH]
        while stack:
            n = tokens[stack.pop()]
            stack += [j for j in children[n.i] if tokens[j].dep in _SHIFT_PATH]
            if n.pos not in ("NOUN", "PROPN"):
                continue
            opener = [
                tokens[j]
                for j in children[n.i]
                if tokens[j].dep == "poss" or (tokens[j].dep == "det" and tokens[j].lemma == "the")
            ]
            if not opener:
                continue
            # "as unacceptable China's drills", "as propaganda Turkey's claims": a word hung
            # on the possessor before it is the predicate's
            start = min(
                t.i
                for o in opener
                for t in parse.subtree(o.i)
                if not (t.head == o.i and t.i < o.i and (t.dep, t.pos) in _PREDICATE_WORDS)
            )
            if (
                start > a.i + 1
                and not any(tokens[j].pos == "PUNCT" for j in range(a.i + 1, start))
                and (best is None or start < best[0])
            ):
                best = (start, n.i)
        if best is not None:
            moved[best[1]] = (verb.i, a.i)
            # "as reckless North Korea's launch": the predicate words the parser hung on
            # the object or its possessor stay with "as"
            for j in (*children[best[1]], *(k for j in children[best[1]] for k in children[j])):
                if a.i < j < best[0]:
                    moved[j] = (a.i, a.i)
    if not moved:
        return parse
    kids = [list(c) for c in children]
    fixed: dict[int, Token] = {}
    for k, (head, a_i) in moved.items():
        kids[tokens[k].head].remove(k)
        kids[head] = sorted([*kids[head], k])
        fixed[k] = tokens[k]._replace(head=head, dep="dobj" if head != a_i else tokens[k].dep)
    return _refitted(parse, fixed, kids)


def _reduced_relatives(parse: Parse) -> Parse:
    """The parse with a relative clause cut of its "that" read as one again: "a bilateral
    agreement the two governments signed in Brussels" hangs "governments" on "agreement" as
    an apposition and "signed" on it as a participle, so the deal has no signers. A past
    participle or past verb with no object, passive mark or agent of its own, on a noun
    with a determiner or number set right after another noun (no comma between, no
    apposition proper), becomes a relative clause on that noun with its own subject."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    moves: list[tuple[int, int, int]] = []  # (verb, its new subject, the noun it describes)
    for v in tokens:
        if v.dep != "acl" or v.tag not in ("VBD", "VBN") or v.head == v.i:
            continue
        subj = tokens[v.head]
        if subj.pos != "NOUN" or subj.head == subj.i or subj.i > v.i:
            continue
        # an apposition, or a copula's second attribute ("was the first under a deal the two
        # governments signed": the parser may hang "governments" on "was" beside "first")
        if subj.dep != "appos" and not (
            subj.dep == "attr"
            and any(tokens[j].dep == "attr" and j < subj.i for j in children[subj.head])
        ):
            continue
        # the noun just before the apposition ("under a pact both countries signed" hangs
        # the apposition on "first", not on "pact")
        lead = min(t.i for t in parse.subtree(subj.i))
        if (
            lead == 0
            or tokens[lead - 1].pos != "NOUN"
            or not any(tokens[j].dep in ("det", "nummod", "predet") for j in children[subj.i])
            or any(tokens[j].dep in _OWN_PARTS for j in children[v.i])
        ):
            continue
        moves.append((v.i, subj.i, lead - 1))
    if not moves:
        return parse
    kids = [list(c) for c in children]
    fixed: dict[int, Token] = {}
    for verb, doer, noun in moves:
        kids[tokens[doer].head].remove(doer)
        kids[doer].remove(verb)
        kids[noun] = sorted([*kids[noun], verb])
        kids[verb] = sorted([*kids[verb], doer])
        fixed[verb] = tokens[verb]._replace(head=noun, dep="relcl")
        fixed[doer] = tokens[doer]._replace(head=verb, dep="nsubj")
    return _refitted(parse, fixed, kids)


def _apposed_verbs(parse: Parse) -> Parse:
    """The parse with the first verb of a subject set off by an apposition read as the
    sentence's verb: 'A Kenyan ministry spokesperson, Amina Otieno, called Uganda's ban
    "disproportionate" and said ...' hangs "called" on the noun as a modifier (acl) and makes
    "said" the root, with "and" the noun's, so the call had no subject and its object was read
    as a second complement. A past verb with no subject of its own, right after the comma
    closing an apposition on a root verb's subject, with that noun's "and" between it and the
    root, becomes the root, the noun its subject, the old root its conjunct; of two
    complements, the first, a noun, is what it names (its object)."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    kids: list[list[int]] = []
    fixed: dict[int, Token] = {}
    for verb in tokens:
        if verb.dep != "acl" or verb.tag not in ("VBD", "VBN") or tokens[verb.i - 1].text != ",":
            continue
        noun = tokens[verb.head]
        host = noun  # ', Pham Thu Hang, called': at times hung on the apposition
        if noun.dep == "appos" and noun.head < noun.i:
            noun = tokens[noun.head]
        root = tokens[noun.head]
        if noun.dep != "nsubj" or root.head != root.i or root.i < verb.i:
            continue
        if not any(tokens[j].dep == "appos" and noun.i < j < verb.i for j in children[noun.i]):
            continue
        if any(tokens[j].dep in _SUBJECTS for j in children[verb.i]):
            continue
        cc = [j for j in children[noun.i] if verb.i < j < root.i and tokens[j].dep == "cc"]
        if len(cc) != 1 or tokens[cc[0]].text.lower() != "and":
            continue
        kids = kids or [list(c) for c in children]
        kids[host.i].remove(verb.i)
        kids[noun.i].remove(cc[0])
        kids[root.i].remove(noun.i)
        kids[verb.i] += [noun.i, cc[0], root.i]
        fixed[verb.i] = verb._replace(head=verb.i, dep=root.dep, tag="VBD")
        fixed[noun.i] = noun._replace(head=verb.i)
        fixed[cc[0]] = tokens[cc[0]]._replace(head=verb.i)
        fixed[root.i] = root._replace(head=verb.i, dep="conj")
        preds = [tokens[j] for j in children[verb.i] if tokens[j].dep == "oprd"]
        if len(preds) == 2 and preds[0].pos in ("NOUN", "PROPN"):
            fixed[preds[0].i] = preds[0]._replace(dep="dobj")
        elif len(preds) == 1 and preds[0].pos == "NOUN":
            # 'called Beijing's move "unacceptable"': the quoted name hung on the object (a
            # quoted apposition is made the complement by _quoted_names, after this)
            named = [
                j
                for j in kids[preds[0].i]
                if j > preds[0].i
                and tokens[j].dep in ("amod", "appos")
                and tokens[j - 1].text in _QUOTE_MARKS
            ]
            if named:
                fixed[preds[0].i] = preds[0]._replace(dep="dobj")
            if named and tokens[named[0]].dep == "amod":
                kids[preds[0].i].remove(named[0])
                kids[verb.i].append(named[0])
                fixed[named[0]] = tokens[named[0]]._replace(head=verb.i, dep="oprd")
        elif len(preds) == 1 and preds[0].pos == "ADJ":
            # 'called Zambia’s ban “disproportionate”': the object and its possessor hung on
            # the quoted name; the noun right before the quotation is the object
            lead = [j for j in kids[preds[0].i] if j < preds[0].i]
            objs = [
                j
                for j in lead
                if tokens[j].pos == "NOUN"
                and tokens[j].dep in ("amod", "compound", "nmod")
                and tokens[j + 1].text in _QUOTE_MARKS
            ]
            if len(objs) == 1:
                obj = objs[0]
                kids[preds[0].i].remove(obj)
                kids[verb.i].append(obj)
                fixed[obj] = tokens[obj]._replace(head=verb.i, dep="dobj")
                for j in lead:
                    if tokens[j].dep == "poss" and j < obj:
                        kids[preds[0].i].remove(j)
                        kids[obj].append(j)
                        fixed[j] = tokens[j]._replace(head=obj)
    for ch in kids:
        ch.sort()
    return _refitted(parse, fixed, kids)


def _stranded_verbs(parse: Parse) -> Parse:
    """The parse with a subject's verb hung inside the relative clause set off on it read as
    the sentence's verb again: "Laos, which has reinforced its garrison near the three-way
    border, called on both sides" leaves the noun as the root and "called" a modifier (acl) of
    "border", so the call had no source. A past verb with no subject of its own, right after
    the comma closing a "which"/"who" clause on a root noun and hung inside it, becomes the
    root, with the noun its subject."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    kids: list[list[int]] = []
    fixed: dict[int, Token] = {}
    for noun in tokens:
        if noun.head != noun.i or noun.pos not in ("NOUN", "PROPN") or noun.i + 2 >= len(tokens):
            continue
        opener = tokens[noun.i + 2].text.lower()
        if tokens[noun.i + 1].text != "," or opener not in ("which", "who"):
            continue
        rel = [tokens[j] for j in children[noun.i] if tokens[j].dep == "relcl"]
        if len(rel) != 1:
            continue
        inside = {t.i for t in parse.subtree(rel[0].i)}
        verb = next(
            (
                t
                for t in parse.subtree(rel[0].i)
                if t.dep == "acl"
                and t.tag == "VBD"
                and t.head in inside
                and tokens[t.i - 1].text == ","
                and not any(tokens[j].dep in _SUBJECTS for j in children[t.i])
            ),
            None,
        )
        if verb is None:
            continue
        kids = kids or [list(c) for c in children]
        kids[verb.head].remove(verb.i)
        for j in [j for j in kids[noun.i] if j > verb.i]:  # the closing stop
            kids[noun.i].remove(j)
            kids[verb.i].append(j)
            fixed[j] = tokens[j]._replace(head=verb.i)
        kids[verb.i].append(noun.i)
        fixed[verb.i] = verb._replace(head=verb.i, dep=noun.dep)
        fixed[noun.i] = noun._replace(head=verb.i, dep="nsubj")
    for ch in kids:
        ch.sort()
    return _refitted(parse, fixed, kids)


def _swallowed_relatives(parse: Parse) -> Parse:
    """The parse with a relative clause on a sentence's subject read as one again: "Iran,
    which has itself shelled camps in Iraq, condemned the strike" makes "shelled" the root,
    with "Iran" its subject and "condemned" its conjunct, so the condemnation took the
    shelling's target. A root verb whose subject noun is followed by a comma and "which" or
    "who" (the verb's subject or its auxiliary's), with a tensed conjunct right after a
    comma and no "and" or "or" of its own, becomes a relative clause on that noun, and the
    conjunct the root, with the noun its subject and what follows it its own."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    kids: list[list[int]] = []  # the children as lists, copied at the first fix (_refitted)
    fixed: dict[int, Token] = {}
    for v in tokens:
        if v.head != v.i or v.pos not in ("VERB", "AUX"):
            continue
        own = [tokens[j] for j in children[v.i]]
        subj = [t for t in own if t.dep == "nsubj" and t.i < v.i and t.pos in ("NOUN", "PROPN")]
        if len(subj) != 1 or subj[0].i + 1 >= v.i or tokens[subj[0].i + 1].text != ",":
            continue
        noun = subj[0]
        rel = [
            t
            for t in tokens[noun.i + 2 : v.i]
            if t.tag in ("WDT", "WP")
            and t.text.lower() in ("which", "who")
            and t.dep == "nsubj"
            and (t.head == v.i or (tokens[t.head].dep == "aux" and tokens[t.head].head == v.i))
        ]
        if len(rel) != 1 or rel[0].i != noun.i + 2:
            continue
        conj = [
            t
            for t in own
            if t.dep == "conj" and t.tag in ("VBD", "VBZ", "VBP") and tokens[t.i - 1].text == ","
        ]
        if len(conj) != 1 or any(t.dep in ("cc", "preconj") for t in own if t.i > v.i):
            continue
        main = conj[0]
        if any(tokens[j].dep in _SUBJECTS for j in children[main.i]):
            continue
        kids = kids or list(map(list, children))
        for t in own:
            if t.i > main.i:  # "... condemned the strike, said X": the main verb's own
                kids[v.i].remove(t.i)
                kids[main.i].append(t.i)
                fixed[t.i] = t._replace(head=main.i)
        kids[v.i].remove(main.i)
        kids[v.i].remove(noun.i)
        kids[noun.i].append(v.i)
        kids[main.i].append(noun.i)
        fixed[main.i] = main._replace(head=main.i, dep=v.dep)
        fixed[v.i] = v._replace(head=noun.i, dep="relcl")
        fixed[noun.i] = noun._replace(head=main.i)
        if rel[0].head != v.i:
            kids[rel[0].head].remove(rel[0].i)
            kids[v.i].append(rel[0].i)
            fixed[rel[0].i] = rel[0]._replace(head=v.i)
    for ch in kids:
        ch.sort()
    return _refitted(parse, fixed, kids)


_OWN_PARTS = frozenset({"dobj", "nsubjpass", "auxpass", "agent", "nsubj", "aux"})


def _passive_subjects(parse: Parse) -> Parse:
    """The parse with a passive verb's subject read as one: "boats, which it said were seized
    by the navy" makes "which" the active subject (nsubj) of "seized" beside its "were"
    (auxpass), so the act had the boats as its doer and no patient. A subject of a past
    participle with a passive auxiliary and no passive subject becomes its passive subject."""
    tokens, children = parse.tokens, parse.children
    fixed: dict[int, Token] = {}
    for v in tokens:
        if v.tag != "VBN" or not children:
            continue
        deps = [tokens[j].dep for j in children[v.i]]
        if "auxpass" not in deps or "nsubjpass" in deps or deps.count("nsubj") != 1:
            continue
        subj = tokens[children[v.i][deps.index("nsubj")]]
        fixed[subj.i] = subj._replace(dep="nsubjpass")
    return _relabelled(parse, fixed)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _quote_closed_conjuncts(parse: Parse) -> Parse:
    """The parse with a second act of a speaker hung on the speaker's verb, not on the
    quoted clause it follows: 'Matveyev said the deal showed that "countries are free"
    and thanked Bolivia' hangs "thanked" on "are", so it has no subject and its thanks no
    source. A past verb with no subject of its own, joined by "and" right after a closing
    quotation mark to a clause in the present or after a modal that a past verb's
    complement holds, is a conjunct of that past verb (a past clause, "said the army had
    crossed the border and attacked villages", keeps its conjunct)."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    moves: list[tuple[int, int, int]] = []  # (conjunct, its "and", the speaker's verb)
    for v in tokens:
        if v.dep != "conj" or v.tag != "VBD" or v.head == v.i:
            continue
        head = tokens[v.head]
        cc = [j for j in children[head.i] if tokens[j].dep == "cc" and head.i < j < v.i]
        if (
            head.tag not in ("VB", "VBP", "VBZ")
            or head.dep != "ccomp"
            or len(cc) != 1
            or cc[0] == 0
            or tokens[cc[0] - 1].text not in _QUOTE_MARKS
            or any(tokens[j].dep in _SUBJECTS for j in children[v.i])
        ):
            continue
        top = head
        while top.dep == "ccomp" and top.head != top.i:
            top = tokens[top.head]
        if top.tag != "VBD" or top is head:
            continue
        moves.append((v.i, cc[0], top.i))
    return _rehung(parse, [(k, top_i) for verb, cc_i, top_i in moves for k in (cc_i, verb)])


def _predicate_conjuncts(parse: Parse, rules: Rules) -> Parse:
    """The parse with a verb joined to a predicate read as a verb joined to the verb that
    predicate completes: "The ministry declared X, a first secretary at the Serbian embassy,
    persona non grata and gave him 72 hours to leave" is parsed with "persona" a clause
    verb whose subject is the diplomat and "gave" its conjunct, so the diplomat (and his
    state) became the one who gave the hours. A verb conjunct of such a word
    (predicates_read_as_verbs) that is a complement of another verb becomes that verb's
    conjunct, and shares its subject."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    moves: list[tuple[int, int]] = []
    for c in tokens:
        if c.dep != "conj" or c.pos != "VERB" or c.head == c.i:
            continue
        pred = tokens[c.head]
        if pred.text.lower() not in rules.predicates_read_as_verbs or pred.dep not in ("ccomp", "xcomp"):
            continue
        if pred.head == pred.i or tokens[pred.head].pos != "VERB":
            continue
        if any(tokens[j].dep in ("nsubj", "nsubjpass") for j in children[c.i]):
            continue  # "... persona non grata, and Belgrade recalled its envoy": its own
        own = [j for j in children[pred.i] if tokens[j].dep == "cc" and j < c.i]
        moves += [(j, pred.head) for j in own] + [(c.i, pred.head)]
    return _rehung(parse, moves)


def _agent_conjuncts(parse: Parse) -> Parse:
    """The parse with the second author of a passive act joined to the first: "The accord was
    signed by Ghana's finance minister, Kofi Mensah, and Togo's trade minister, Ama Kodjo"
    hangs "minister" of Togo on "signed" as a conjunct (a noun cannot be one of a verb's),
    since the apposition closed the by-phrase, so the accord had one signer. A noun conjunct
    of a passive verb, joined by "and" after the by-phrase's object, with no subject, object
    or auxiliary of its own, becomes a conjunct of that object, its "and" with it."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    moves: list[tuple[int, int, int]] = []  # (conjunct, its "and", the agent's object)
    for c in tokens:
        if c.dep != "conj" or c.pos not in ("NOUN", "PROPN") or c.head == c.i:
            continue
        verb = tokens[c.head]
        own = [tokens[j] for j in children[verb.i]]
        if verb.pos != "VERB" or not any(k.dep == "auxpass" for k in own):
            continue
        objs = [
            tokens[j]
            for a in own
            if a.dep == "agent" and a.i < c.i
            for j in children[a.i]
            if tokens[j].dep == "pobj"
        ]
        cc = [k for k in own if k.dep == "cc" and k.lemma.lower() == "and" and k.i < c.i]
        # "and" opens the conjunct's phrase, after the by-phrase's object
        if len(objs) != 1 or len(cc) != 1 or not objs[0].i < cc[0].i:
            continue
        if cc[0].i != parse.subtree(c.i)[0].i - 1:
            continue
        if any(tokens[j].dep in _OWN_PARTS for j in children[c.i]):
            continue
        moves.append((c.i, cc[0].i, objs[0].i))
    return _rehung(parse, [(k, obj) for conj, cc_i, obj in moves for k in (cc_i, conj)])


def _agent_appositions(parse: Parse) -> Parse:
    """The parse with the name after a by-phrase's object as that object's apposition: "The
    accord was signed by Ghana's finance minister, Kofi Mensah, and Togo's trade minister,
    Ama Kodjo" hangs "Mensah", and with it the second signer joined to it, on the passive
    subject "accord", so the accord had one signer. An apposition of a passive verb's
    subject that opens after a comma right after the object of that verb's by-phrase hangs
    on that object, as the parser reads the same phrase with "on Monday" before "by"."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    moves: list[tuple[int, int]] = []  # (apposition, the agent's object)
    for a in tokens:
        if a.dep != "appos" or a.head >= a.i:
            continue
        subject = tokens[a.head]
        verb = tokens[subject.head]
        if subject.dep not in _PASSIVE_SUBJ or verb.i == subject.i or verb.i > a.i:
            continue
        objs = [
            tokens[j]
            for b in children[verb.i]
            if tokens[b].dep == "agent"
            for j in children[b]
            if tokens[j].dep == "pobj" and j < a.i
        ]
        opening = parse.subtree(a.i)[0].i
        if len(objs) != 1 or opening < 2 or tokens[opening - 1].text != ",":
            continue
        if parse.subtree(objs[0].i)[-1].i != opening - 2:
            continue  # the name must follow the by-phrase's object, past one comma
        moves.append((a.i, objs[0].i))
    return _rehung(parse, moves)


def _agent_nmods(parse: Parse) -> Parse:
    """The parse with a by-phrase's signers as its objects: "signed by Bolivian Hydrocarbons
    and Energy Minister Hernan Calvimontes and Pavel Ostrovsky, head of Russia's Rosatom"
    hangs the names, joined by "and", on the appositive "head" (nmod) and makes "head" the
    object of "by", so the act had one signer. A modifier of the agent's object that opens
    the phrase, joins conjuncts and ends before a comma becomes the object, and the old
    object an apposition of its last conjunct."""
    tokens, children = parse.tokens, parse.children
    if not children:
        return parse
    kids: list[list[int]] = []
    fixed: dict[int, Token] = {}
    for by in tokens:
        if by.dep != "agent" or by.head == by.i:
            continue
        objs = [tokens[j] for j in children[by.i] if tokens[j].dep == "pobj"]
        if len(objs) != 1 or objs[0].pos != "NOUN":
            continue
        obj = objs[0]
        mods = [tokens[j] for j in children[obj.i] if tokens[j].dep == "nmod" and by.i < j < obj.i]
        if len(mods) != 1 or mods[0].pos != "PROPN":
            continue
        first, last = mods[0], mods[0]
        while conj := [tokens[j] for j in children[last.i] if tokens[j].dep == "conj"]:
            last = conj[-1]
        if last.i == first.i or tokens[obj.i - 1].text != ",":
            continue
        kids = kids or [list(c) for c in children]
        kids[obj.i].remove(first.i)
        kids[by.i] = sorted([*kids[by.i], first.i])
        kids[by.i].remove(obj.i)
        kids[last.i] = sorted([*kids[last.i], obj.i])
        fixed[first.i] = first._replace(head=by.i, dep="pobj")
        fixed[obj.i] = obj._replace(head=last.i, dep="appos")
    return _refitted(parse, fixed, kids)


def _rehung(parse: Parse, moves: list[tuple[int, int]]) -> Parse:
    """The parse with each token of ``moves`` hung under its new head, its relation kept
    (_quote_closed_conjuncts, _agent_conjuncts); the parse itself when nothing moves."""
    if not moves:
        return parse
    kids = [list(c) for c in parse.children]
    fixed: dict[int, Token] = {}
    for k, head in moves:
        kids[parse.tokens[k].head].remove(k)
        kids[head] = sorted([*kids[head], k])
        fixed[k] = parse.tokens[k]._replace(head=head)
    return _refitted(parse, fixed, kids)


def _flag_name(ctx: _Ctx, t: Token) -> Token:
    """The name before the hyphen of a flag participle ("Venezuelan-flagged", split by the
    tokenizer), else the token itself (rules.yaml flag_participles)."""
    if t.text.lower() not in ctx.rules.flag_participles or t.i < 2:
        return t
    hyphen, name = ctx.tok(t.i - 1), ctx.tok(t.i - 2)
    if hyphen.text != "-" or name.ws or hyphen.ws or name.sent != t.sent:
        return t
    return name


def _pobjs(ctx: _Ctx, prep: Token) -> list[Token]:
    """A preposition's objects; "flights to and from Mali" hangs "Mali" on the joined "from"
    only, and it is the object of both."""
    objs = ctx.kids(prep.i, _PREP_OBJECTS)
    if objs:
        return [n for o in objs for n in (_what_named(ctx, o) or [o])]
    return [
        p
        for c in ctx.kids(prep.i, frozenset({"conj"}))
        if c.pos == "ADP"
        for p in ctx.kids(c.i, frozenset({"pobj"}))
    ]


def _what_named(ctx: _Ctx, clause: Token) -> list[Token]:
    """What a free relative after a preposition names: "over what it called Chinese
    harassment" (a naming verb's predicate), "over what it said were Russian drones" (the
    attribute of the copula a speech verb reports); none for any other clause."""
    if clause.dep != "pcomp" or clause.pos not in ("VERB", "AUX"):
        return []
    if clause.tag in ("VBD", "VBN") and not ctx.kids(clause.i, frozenset({"aux", "auxpass"})):
        # "granted asylum to two officers holed up in its embassy": a participle on the
        # object, misread as a clause whose subject is that object
        subjects = [
            w for w in ctx.kids(clause.i, frozenset({"nsubj"})) if w.pos in ("NOUN", "PROPN")
        ]
        if subjects:
            return subjects
    word = clause.lemma.lower()
    if word in ctx.rules.naming_verbs:
        if any(w.lemma.lower() == "what" for w in ctx.kids(clause.i, _OBJ)):
            return ctx.kids(clause.i, frozenset({"oprd"}))
        return []
    if word not in ctx.rules.speech_verbs:
        return []
    return [
        a
        for c in ctx.kids(clause.i, frozenset({"ccomp"}))
        if c.lemma.lower() == "be"
        and any(w.lemma.lower() == "what" for w in ctx.kids(c.i, frozenset({"nsubj"})))
        for a in ctx.kids(c.i, frozenset({"attr"}))
    ]


def _agents(ctx: _Ctx, verb: Token) -> list[Token]:
    """The heads of a passive verb's by-phrase ("signed by Kenya's minister"), and of a "by"
    joined to it ("was praised by Greenpeace and by the European Union": both praised)."""
    phrases = [
        b
        for a in ctx.kids(verb.i, _AGENT)
        for b in (a, *ctx.kids(a.i, frozenset({"conj"})))
        if b.lemma.lower() == "by"
    ]
    return [p for a in phrases for p in _pobjs(ctx, a)]


def _late_agents(ctx: _Ctx, verb: Token) -> list[Token]:
    """The doers of a passive verb with no by-phrase of its own: a late "by" the parser hung
    on a phrase after it ("Sanctions were slapped on Iranian firms by Washington", "was met at
    the airport by Zambia's president") is the agent all the same."""
    # ("was declared persona non grata by Mexico": or hung on the predicate noun)
    # ("was refused entry by Belarus": or on the object the passive keeps)
    hosts = [verb, *ctx.kids(verb.i, frozenset({"oprd"}) | _OBJ)]
    # ("was threatened with retaliation by North Korea", "shells were fired toward the
    # islands by North Korea": or on the object of the verb's own later phrase, unless
    # that is an act with an agent of its own: "criticised for the killing by police")
    hosts += [
        p
        for k in ctx.kids(verb.i, frozenset({"prep"}))
        if k.i > verb.i
        for p in _pobjs(ctx, k)
        if p.lemma.lower() not in ctx.patterns.nouns
        and p.lemma.lower() not in ctx.rules.act_nouns
    ]
    return [
        p
        for h in hosts
        for a in ctx.kids(h.i, frozenset({"prep"}))
        if a.lemma.lower() == "by"
        for p in _pobjs(ctx, a)
    ]


def _with_particles(ctx: _Ctx, host: Token) -> list[Token]:
    """The host and its particle adverbs ("pulled its troops back from Kyiv", "put Cuba back
    on its list"): the parser hangs the phrase on the adverb, read as the host's own."""
    return [host] + [
        a for a in ctx.kids(host.i, _ADVMOD) if a.lemma.lower() in ctx.rules.particle_adverbs
    ]


def _preps(ctx: _Ctx, host: Token, lemmas: frozenset[str]) -> list[Token]:
    out = []
    # a passive's agent is its source ("Kosovo was welcomed by Albania"), never a "by" target
    passive = bool(ctx.kids(host.i, _PASSIVE_MARKS)) or _participle_noun(ctx, host) is not None
    kids = [k for h in _with_particles(ctx, host) for k in ctx.kids(h.i, _PHRASE_KIDS)]
    for k in kids:
        if k.dep == "agent" and passive:
            continue
        if k.lemma.lower() in lemmas and not _bystander_phrase(ctx, k):
            objs = _pobjs(ctx, k)
            out.extend(objs)
            stray = _stray_object(ctx, k, objs)
            if stray is not None:
                out.append(stray)
    return out


def _own_or_object_preps(ctx: _Ctx, verb: Token, lemmas: frozenset[str]) -> list[Token]:
    """The objects of a verb's phrases of ``lemmas``, then of its objects' ("signed a treaty
    with Chile": the phrase may hang on either, as the parser reads it)."""
    return _preps(ctx, verb, lemmas) + [p for o in ctx.kids(verb.i, _OBJ) for p in _preps(ctx, o, lemmas)]


def _bystander_phrase(ctx: _Ctx, prep: Token) -> bool:
    """Whether a preposition's phrase names bystanders of the act rather than its partners.

    "signed a treaty, with Canada and Japan acting as witnesses", "with Iran in attendance":
    an absolute clause with a subject of its own; "with Canada as guarantor", "with Qatar
    acting as mediator": a third party's role (bystander_roles) under "as", on the object or
    right after the phrase; "in attendance" (witness_nouns) right after it; "in solidarity
    with" (aside_nouns).
    """
    roles = ctx.rules.bystander_roles
    if prep.lemma.lower() == "with" and prep.i > 1:
        # "closed the border in solidarity with Azerbaijan": the parser hangs the with-phrase
        # of "in solidarity" on the verb; it names a friend, not the act's target
        before = ctx.tok(prep.i - 1)
        host = ctx.tok(prep.head).lemma.lower()
        if (
            before.lemma.lower() in ctx.rules.aside_nouns
            and ctx.tok(before.head).lemma == "in"
            and host not in ctx.rules.aside_exempt_verbs  # "stood in solidarity with Cyprus"
        ):
            return True

    def role(t: Token) -> bool:
        return any(
            a.lemma.lower() == "as" and any(r.lemma.lower() in roles for r in _pobjs(ctx, a))
            for a in ctx.kids(t.i, frozenset({"prep"}))
        )

    objs = _pobjs(ctx, prep)
    # an absolute clause is set off by a comma: "a deal with China covering oil" is a partner's
    set_off = prep.i > 0 and ctx.tok(prep.i - 1).text == ","
    m = ctx.by_token.get(prep.i + 1)
    if set_off and not objs and m is not None and m.token_start == prep.i + 1:
        # "with Iran also in attendance": the subject of a verbless clause beside the phrase
        last = ctx.tok(m.token_end - 1)
        pred = ctx.tok(last.head)
        if last.dep in _SUBJ and pred.i > last.i and pred.head != pred.i:
            return True
    for o in objs:
        if set_off and o.pos in ("VERB", "AUX") and ctx.kids(o.i, _SUBJ):
            return True
        if role(o) or any(role(c) for c in ctx.kids(o.i, frozenset({"acl"}))):
            return True
    # "with Canada as guarantor": the parser may hang the as-phrase right after it elsewhere
    end = max(t.i for t in ctx.parse.subtree(prep.i)) + 1
    if end >= len(ctx.parse.tokens) or not ctx.kids(prep.i, frozenset({"pobj"})):
        return False
    after = ctx.tok(end)
    if after.sent == prep.sent and after.tag == "VBG" and role(after):
        return True  # "with Canada and Japan acting as witnesses", the participle hung higher
    if after.sent != prep.sent or after.dep != "prep":
        return False
    if after.lemma.lower() == "as":
        return any(r.lemma.lower() in roles for r in _pobjs(ctx, after))
    # "with Iran in attendance", not "with Chile in the presence of Brazil's president"
    return after.lemma.lower() == "in" and any(
        r.lemma.lower() in ctx.rules.witness_nouns and not ctx.kids(r.i, frozenset({"prep"}))
        for r in _pobjs(ctx, after)
    )


def _stray_object(ctx: _Ctx, prep: Token, objs: list[Token]) -> Token | None:
    """A whole actor phrase right after a preposition that the parser hung elsewhere.

    "met with U.S. envoy Steve Witkoff, who was part of the push to secure the ceasefire
    deal": the parser may make "deal" the object of "with" and "Witkoff" its subject. A name
    that starts right after the preposition and is nobody's modifier is its object.
    """
    start = prep.i + 1
    if start < len(ctx.parse.tokens) and ctx.tok(start).pos == "DET":
        start += 1
    # "granted asylum to five Panamanian army officers holed up in ...": a count before it
    while start < len(ctx.parse.tokens) and ctx.tok(start).dep == "nummod":
        start += 1
    m = ctx.by_token.get(start)
    if m is None or m.token_start != start or m.sentence_index != prep.sent:
        return None
    if any(m.token_start <= o.i < m.token_end for o in objs):
        return None
    last = ctx.tok(m.token_end - 1)
    if last.dep in ("compound", "amod", "poss", "nmod", "case", "npadvmod"):
        return None
    return last


_PLAIN = Pattern("plain", "verb", (), "")


_PREP_KIDS = frozenset({"prep", "dative"})
_PREP_OBJECTS = frozenset({"pobj", "pcomp"})  # what a preposition governs (_pobjs)
_PHRASE_KIDS = frozenset({"prep", "dative", "agent", "prt"})  # where _preps looks


_HELD_ROOTS = frozenset({"08", "17", "18"})  # acts whose object is mostly people


_NEAREST_SLOTS = frozenset(
    {
        "obj_sub",
        "deal_sub",
        "obj_place",
        "prep_place",
        "xcomp_args",
        "ccomp_actor",
        "under",
        "role_sub",
        "topic_sub",
        "judged_sub",
    }
)


# Verbs of an infinitive naming whom a gift or staff sent helps ("a grant to help Sri Lanka
# rebuild"); staff sent "to advise Armenia", "to train Moldovan border guards" serve that state
_HELP = frozenset(
    {"help", "support", "assist", "aid", "defend", "bolster", "back", "reinforce", "advise", "train"}
)


def _past_clause(ctx: _Ctx, clause: Token) -> bool:
    """Whether a past-tense clause hangs on a past-tense host with no modal ("was strong
    until Russia invaded"), not on a future one ("would fight until Russia withdrew").

    The host must be a state that lasted ("was", "had been", "remained") or the clause dated
    ("in 2022"): after an act ("suspended aid until Pyongyang apologized") the clause is the
    condition the act set, told in past narration, not an act that came."""
    if clause.tag != "VBD" or clause.head == clause.i:
        return False
    host = ctx.tok(clause.head)
    modals = ctx.rules.modals | ctx.rules.conditional_modals
    if host.tag not in ("VBD", "VBN") or any(
        a.lemma.lower() in modals or a.text.lower() in modals
        for a in ctx.kids(host.i, frozenset({"aux"}))
    ):
        return False
    if host.lemma.lower() in ctx.rules.stative_hosts:
        return True
    return any(
        (e := ctx.ent_of.get(t.i)) is not None and e.label == "DATE"
        for t in ctx.parse.subtree(clause.i)
    )


def _infinitive(ctx: _Ctx, t: Token) -> bool:
    # a loop over the children, not any() over a generator (asked ~5,000 times a pass)
    for a in ctx.kid_tokens[t.i]:
        if a.dep == "aux" and a.lemma.lower() == "to":
            return True
    return False


def _infinitive_host(ctx: _Ctx, t: Token) -> Token:
    """The verb whose infinitive complement t is, up an xcomp chain ("agreed to try to set up":
    "agreed"), or t itself: what stands in the sentence's coordination for t's act."""
    cur = t
    while cur.dep == "xcomp" and cur.head != cur.i:
        cur = ctx.tok(cur.head)
    return cur


def _thing_pronoun(ctx: _Ctx, t: Token) -> bool:
    """Whether a word is a pronoun standing for a thing just told ("called it a violation",
    "also welcomed it": thing_pronouns)."""
    return t.pos == "PRON" and t.lemma.lower() in ctx.rules.thing_pronouns


def _time_noun(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun tells a time or a stretch of it, not a thing ("called Kyiv's office a
    second time", "a day later", "would take years")."""
    if t.lemma.lower() in ("time", *ctx.rules.duration_nouns):
        return True
    e = ctx.ent_of.get(t.i)
    return e is not None and e.label in ("DATE", "TIME", "ORDINAL")


def _marked(ctx: _Ctx, t: Token, word: str) -> bool:
    return any(m.dep == "mark" and m.lemma.lower() == word for m in ctx.kids(t.i))


def _reported_relative(ctx: _Ctx, verb: Token) -> Token | None:
    """The relative clause a passive verb tells through a speech verb: "boats, which it said
    were seized by the navy" hangs "seized" on "said" (the clause on "boats") as its content,
    with "which" the passive subject of "seized"; that speech verb, else None."""
    if verb.dep != "ccomp" or verb.head == verb.i:
        return None
    said = ctx.tok(verb.head)
    if said.dep != "relcl" or said.head == said.i:
        return None
    if said.lemma.lower() not in ctx.rules.speech_verbs:
        return None
    if not any(s.tag in ("WDT", "WP") for s in ctx.kids(verb.i, _PASSIVE_SUBJ)):
        return None
    return said


def _cut_subject(ctx: _Ctx, verb: Token) -> Token | None:
    """The subject a relative clause or an apposition cut from its verb, which the parser
    then hung on it ("Brazil, which shares borders with both countries, called on
    Caracas": newsgraph.nlp.cut_subject)."""
    i = cut_subject(ctx.parse, verb.i)
    return None if i is None else ctx.tok(i)


def _participle_noun(ctx: _Ctx, verb: Token) -> Token | None:
    """The noun a passive participle modifies: "a plan backed by France", and a participle
    joined to it with an agent of its own ("a step welcomed by A and condemned by B")."""
    if verb.tag != "VBN" or verb.head == verb.i:
        return None
    head = ctx.tok(verb.head)
    if _loose_participle(ctx, verb):
        if head.dep == "acl":
            return _participle_noun(ctx, head)
        # "seized it in a move condemned by A and welcomed by B": joined to the main verb
        for i in range(verb.i - 1, head.i, -1):
            t = ctx.tok(i)
            if t.dep == "acl" and t.tag == "VBN" and t.head < t.i:
                return ctx.tok(t.head)
        return None
    if verb.dep != "acl" or _cut_subject(ctx, verb) is not None:
        return None
    subjects = ctx.kids(verb.i, _SUBJ)
    noun = head.lemma.lower()
    if noun in ctx.rules.content_nouns and (
        any(k.tag == "PRP" for k in subjects)
        or (
            subjects
            and noun in ctx.rules.sender_nouns
            and any(k.dep == "mark" and k.lemma.lower() == "that" for k in ctx.kids(verb.i))
        )
    ):
        # "said in a statement that it had sent a note": what the teller says of itself (a
        # pronoun its doer), no participle of the noun; "said in a statement that Washington
        # had provided images": a sender's that-clause with a subject of its own, its content
        # (not a report's, which tells what others are found to have done)
        return None
    return head


def _between_host(ctx: _Ctx, noun: Token) -> Token | None:
    """The noun whose between-phrase ends with this one, which a participle after the phrase
    is on ("a rare deal between the two neighbors brokered by Kazakhstan": the parser hangs
    "brokered" on "neighbors"), else None."""
    host = _pobj_host(ctx, _first_conjunct(ctx, noun), ("between",))
    return host if host is not None and host.pos == "NOUN" else None


def _loose_participle(ctx: _Ctx, verb: Token) -> bool:
    """A joined participle with an agent but no subject or auxiliary: a passive, never an act
    of the verb it is joined to ("... and welcomed by Iran")."""
    if verb.dep != "conj" or verb.tag != "VBN" or verb.head == verb.i:
        return False
    if not ctx.kids(verb.i, frozenset({"agent"})):
        return False
    if ctx.kids(verb.i, _SUBJ | _PASSIVE_SUBJ | frozenset({"aux", "auxpass"})):
        return False
    head = ctx.tok(verb.head)
    if head.dep == "acl" and head.tag == "VBN":
        return True
    # joined to an active verb with an object, not to a shared passive or adjective ("is
    # worried and perplexed by ...")
    return head.tag in ("VBD", "VBZ", "VBP") and bool(ctx.kids(head.i, _OBJ))


def _pobj_host(ctx: _Ctx, noun: Token, preps: frozenset[str] | tuple[str, ...]) -> Token | None:
    """The word a preposition of ``preps`` hangs on when ``noun`` is that preposition's object
    ("deal" for "neighbors" in "a deal between the two neighbors"), else None."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return None
    prep = ctx.tok(noun.head)
    if prep.lemma.lower() not in preps or prep.head == prep.i:
        return None
    return ctx.tok(prep.head)


def _first_conjunct(ctx: _Ctx, tok: Token) -> Token:
    """The first of the coordinated words a token is joined to ("summoned and handed a
    note": "summoned"), or the token itself; it carries the chain's relation to its head."""
    while tok.dep == "conj" and tok.head != tok.i:
        tok = ctx.tok(tok.head)
    return tok


def _verb_up(ctx: _Ctx, tok: Token, steps: int) -> Token | None:
    """The nearest verb at or above a token, at most ``steps`` heads up; None past them
    (an appended act noun the parser hangs on the last noun of the clause it sums up)."""
    for _ in range(steps):
        if tok.head == tok.i or tok.pos in ("VERB", "AUX"):
            break
        tok = ctx.tok(tok.head)
    return tok if tok.pos in ("VERB", "AUX") else None


def _background_act(ctx: _Ctx, trigger: Token) -> bool:
    """Whether an act is told as background, years back: dated so on its own clause or on a
    clause it hangs on ("last year after Libyan militias detained ...", "in 2021"), or in the
    pluperfect in the story's own voice ("In 2021, Spain had hosted ...", not the reported
    "NATO said Russia had violated ...") (background_date_units, background_date_marks)."""
    rules = ctx.rules
    path = [trigger]
    while path[-1].head != path[-1].i and len(path) < 12:
        path.append(ctx.tok(path[-1].head))
    verbs = [t for t in path if t.pos in ("VERB", "AUX")]
    # a main clause only: "recalled its envoy after Algeria had expelled ..." is the news
    if verbs and all(v.dep == "conj" for v in verbs[:-1]):
        aux = ctx.kids(verbs[0].i, frozenset({"aux"}))
        if verbs[0].tag == "VBN" and any(a.lemma.lower() == "have" and a.tag == "VBD" for a in aux):
            return True
    on_path = {t.i for t in verbs}
    sent = ctx.parse.sentences[trigger.sent]
    dates = {
        id(e): e
        for i in range(sent.token_start, sent.token_end)
        if (e := ctx.ent_of.get(i)) is not None and e.label == "DATE"
    }
    for e in dates.values():
        words = ctx.parse.tokens[e.token_start : e.token_end]
        lows = {w.text.lower() for w in words}
        years = [w for w in words if len(w.text) == 4 and w.text.isdigit() and w.text[0] in "12"]
        # "in 2021", "since 1993", "in January 2024" (wire copy names the year of a month only
        # when it is no longer the current one), not "March 3, 2024" (the day's news)
        bare = bool(years) and not any(w.pos == "NUM" for w in words if w not in years)
        units = lows & rules.background_date_units and lows & rules.background_date_marks
        if not bare and not units:
            continue
        top = next((w for w in words if not e.token_start <= w.head < e.token_end), words[0])
        at = _verb_up(ctx, top, len(ctx.parse.tokens))
        if at is not None and at.i in on_path:
            return True
        # "Since the junta seized power in 2020, it has expelled French forces": a period
        # opened years back that the act falls in
        if at is not None and at.dep == "advcl" and at.head in on_path and _since_clause(ctx, at):
            return True
    return False


def _since_clause(ctx: _Ctx, verb: Token) -> bool:
    """Whether an adverbial clause opens with "since" ("since the junta seized power")."""
    return any(m.lemma.lower() == "since" for m in ctx.kids(verb.i, frozenset({"mark"})))


_R = TypeVar("_R")


def _memo(ctx: _Ctx, fn: Callable[..., _R], t: Token, *args: object) -> _R:
    """``fn(ctx, t, *args)`` once per token: _sentence_hits tries up to 32 patterns on one verb,
    and what does not depend on the pattern is the same for each. Only for helpers that read
    nothing of ctx that changes but dateline_end (part of the key) and return what no caller
    mutates."""
    key = (fn, t.i, ctx.dateline_end, args)
    out = ctx.memo.get(key, _UNSET)
    if out is _UNSET:
        out = ctx.memo[key] = fn(ctx, t, *args)
    return out  # type: ignore[no-any-return]


_UNSET = object()  # no entry in ctx.memo yet


def _definite_noun(ctx: _Ctx, t: Token) -> bool:
    """A common noun with a definite determiner ("the pact", "this step") or a news day for
    possessor ("Wednesday's agreement", news_day_words): a known act."""
    dets = ctx.kids(t.i, frozenset({"det"}))
    owners = ctx.kids(t.i, frozenset({"poss"}))
    return t.pos == "NOUN" and (
        any(d.lemma.lower() in ctx.rules.definite_determiners for d in dets)
        or any(k.text.lower() in ctx.rules.news_day_words for k in owners)
    )


def _authored(ctx: _Ctx, obj: Token) -> bool:
    """Whether an act noun names its author by a possessive ("protested Japan's claims")."""
    return any(k.i in ctx.by_token for k in ctx.kids(obj.i, frozenset({"poss"})))


def _act_roots(ctx: _Ctx, lemma: str, thing: str = "") -> frozenset[str]:
    """Roots of the acts a noun names: its own noun or verb patterns ("blockade": 16, 19);
    a noun made of a verb and its particle ("walkout", "takeover") is linked in _deverbal.
    With the thing its of-phrase names, only patterns that may act on that thing ("the
    transfer of recognition", not of tanks), and none for a state's own affair ("the transfer
    of power": own_affair_things). A figurative sense (Pattern.figurative) names no act."""
    found = ctx.patterns.nouns.get(lemma, ()) + ctx.patterns.verbs.get(lemma, ())
    found = tuple(p for p in found if not p.figurative)
    if thing in ctx.rules.own_affair_things:
        return frozenset()
    if thing:
        found = tuple(p for p in found if not p.objects or thing in p.objects)
    roots = frozenset(p.code[:2] for p in found)
    if roots or not lemma.isalpha():
        return roots
    return frozenset({"**"}) if _particle_split(lemma) else frozenset()


def _particle_split(lemma: str) -> tuple[str, str] | None:
    """ "walkout" -> ("walk", "out"), "takeover" -> ("take", "over"): a phrasal verb's noun."""
    for prt in ("out", "over", "off", "down", "up", "back", "in"):
        if lemma.endswith(prt) and len(lemma) - len(prt) >= 3:
            return lemma[: -len(prt)], prt
    return None


def _deverbal(ctx: _Ctx, noun: str, trigger: Token) -> bool:
    """Whether a deed noun names the act of an earlier trigger: the same word ("blockaded ...
    the blockade"), or the verb with its particle ("walked out ... the walkout")."""
    verb = trigger.lemma.lower()
    if noun == verb:
        return True
    split = _particle_split(noun)
    if split is None or split[0] != verb:
        return False
    return any(k.lemma.lower() == split[1] for k in ctx.kids(trigger.i, frozenset({"prt", "prep"})))


_STEM_MIN = 4  # letters a verb stem left by an ending must keep


_REWRITE_STEM_MIN = 3  # letters before a rewritten ending ("den-ial" of "deny")


def _drafted_text(ctx: _Ctx, obj: Token) -> bool:
    """Whether an object is a text a drafting verb puts forward ("helped draft an accord signed
    by Kenya and Uganda"): a text is no party, and its signers are not whom the drafter
    helped or faced; a between- or with-phrase names those."""
    return (
        obj.dep in _OBJ
        and obj.head != obj.i
        and ctx.tok(obj.head).lemma.lower() in ctx.rules.drafting_verbs
        and obj.lemma.lower() in ctx.rules.act_words
    )


def _same_act(ctx: _Ctx, noun: str, t: Token) -> bool:
    """Whether a word tells the act a noun names: the same noun, a noun of its family
    ("the maneuvers" of "exercises"), or the verb it is made from by an ending or a listed
    pair ("closed" of "the closure", "expelled" of "the expulsion", "walked out")."""
    word = t.lemma.lower()
    if t.pos == "NOUN":
        return word == noun or any(noun in f[0] and word in f[0] for f in ctx.rules.act_families)
    if t.pos != "VERB" or (
        t.tag == "VBG" and t.dep != "advcl" and (t.dep != "xcomp" or bool(ctx.kids(t.head, _OBJ)))
    ):
        # "condemned the Quran burning": an -ing form names, it does not tell ("began
        # discharging the water", whose host has no object of its own, does, and so does a
        # participle clause: "closed the crossings, accusing Minsk of ...")
        return False
    if word == noun or (noun, word) in ctx.rules.act_derivations or _deverbal(ctx, noun, t):
        return True
    if noun in ctx.rules.force_deployment_nouns and word in ctx.rules.force_sending_verbs:
        # "sent 600 soldiers to Malawi" tells "the deployment"; "sent a letter" does not
        return any(o.lemma.lower() in ctx.rules.sent_force_nouns for o in ctx.kids(t.i, _OBJ))
    if noun in ctx.rules.incursion_nouns and word in ctx.rules.entering_verbs:
        # "troops moved into the buffer zone" tells "the incursion"; "moved to Paris" does not
        return any(p.lemma.lower() == "into" for p in ctx.kids(t.i, frozenset({"prep"})))
    if noun in ctx.rules.meeting_nouns and word in ctx.rules.talking_verbs:
        # "spoke by phone with Azerbaijan's president" tells "the talks"; "spoke to reporters"
        # does not
        return any(p.lemma.lower() == "with" for p in ctx.kids(t.i, frozenset({"prep"})))
    if noun in ctx.rules.unsuffixed_nouns:
        return False
    for suffix in ctx.rules.act_suffixes:
        stem = noun[: -len(suffix)]
        if not noun.endswith(suffix) or len(stem) < _STEM_MIN:
            continue  # "comment" is no "come": a short stem matches unrelated verbs
        # "settlement" keeps its "e" ("settle"); "closure" drops it ("close")
        if word == stem or (word == stem + "e" and suffix != "ment"):
            return True
    for rewrite in ctx.rules.act_rewrites:
        # "cancellation" of "cancel", "conversion" of "convert", "denial" of "deny"
        ending, _, verb_ending = rewrite.partition(" ")
        stem = noun[: -len(ending)]
        if noun.endswith(ending) and len(stem) >= _REWRITE_STEM_MIN and word == stem + verb_ending:
            return True
    return False


def _word_form(ctx: _Ctx, t: Token) -> str:
    """A word as written, with a hyphenated first part ("one-sided", "ill-advised")."""
    if t.i >= 2 and ctx.tok(t.i - 1).tag == "HYPH" and ctx.tok(t.i - 2).head == t.i:
        return f"{ctx.tok(t.i - 2).text}-{t.text}".lower()
    return t.text.lower()


def _has_modal(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb has a modal auxiliary of its own ("may follow suit", "would face")."""
    return any(a.dep == "aux" and a.text.lower() in ctx.rules.modals for a in ctx.kids(verb.i))


def _governing_verb(ctx: _Ctx, noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through one preposition.

    A noun of quantity is passed through: "to host a new round of talks" governs the talks.
    """
    cur = noun
    for _ in range(4):
        if cur.head == cur.i:
            return None
        head = ctx.tok(cur.head)
        if cur.dep == "prep" and head.lemma.lower() in ctx.rules.quantity_nouns:
            cur = head
            continue
        argument = cur.dep == "prep" and cur.lemma.lower() in ("for", "to", "on")  # "call for"
        # "Lins, on a visit to Buenos Aires, urged ...": an on-phrase set before its verb is the
        # occasion of the act, never what "called on" or "insisted on" takes
        argument = argument and not (cur.lemma.lower() == "on" and cur.i < head.i)
        # "offered to host talks": an infinitive the tagger took for a noun is a verb
        verbal = head.pos in ("VERB", "AUX") or _infinitive(ctx, head)
        if verbal and (cur.dep in ("dobj", "pobj", "nsubjpass") or argument):
            return head
        if head.pos != "ADP":
            return None
        cur = head
    return None


def _noun_lemma(ctx: _Ctx, t: Token) -> str:
    """A noun's lowercase lemma, a capitalised first-word plural read as a name made singular
    ("Talks hosted by Oman ...": "talk")."""
    lemma = t.lemma.lower()
    if lemma.endswith("s") and _capital_noun(ctx, t):
        return lemma[:-1]
    return lemma


def _capital_noun(ctx: _Ctx, t: Token) -> bool:
    """Whether a proper noun is a common noun capitalised as the sentence's first word
    ("Talks between Serbia and Kosovo ...", "Negotiations resumed"): no entity, first word."""
    if t.pos != "PROPN" or t.ent_type:
        return False  # most words tried (_sentence_hits asks this of every noun)
    first = max(ctx.dateline_end + 1, ctx.parse.sentences[t.sent].token_start)
    return t.i == first and t.text[1:].islower()


_CONTEXT_WINDOW = 12  # sentences back that an implicit target may come from


_BYSTANDER_WINDOW = 3  # sentences back that a third party's reaction to a named act looks


# sentences back that a denial of what its source was accused of ("denied that its soldiers
# had held anyone") looks for the charge: the paragraph of the charge's details and quotes
# that wire copy tells first; a bare answer ("Seoul condemned.") looks _BYSTANDER_WINDOW back,
# and five back found a wrong charge in a held-out set (session 58)
_DENIED_CHARGE_WINDOW = 4


def _tensed(t: Token) -> bool:
    """Whether a verb shows a finite inflection ("summoned", "urges"; not "cut", "put")."""
    return t.tag in ("VBD", "VBZ") and t.text.lower() != t.lemma.lower()


def _principal(m: Mention) -> str:
    """A mention's principal actor code ("" for none)."""
    return m.actor.principal if m.actor is not None else ""


def _as_state(m: Mention) -> Mention:
    """A mention standing for its principal alone, with no role ("Iran's judiciary released
    ..." as Iran, the party a mediator went between; a winner greeted as the state)."""
    assert m.actor is not None
    p = m.actor.principal
    return replace(m, actor=Actor(p, p, "", m.actor.name))


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    """Codes of lands that are no sovereign state (data/actors/territories.yaml)."""
    return frozenset(str(k) for k in load_data("actors/territories.yaml") or ())


_NAMING_MODS = frozenset({"amod", "compound", "nmod"})  # "a separate", "the port"


_ASIDE_MODS = frozenset({"amod", "det"})  # "a separate agreement", "another agreement"


def _own_noun(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun is marked as its owner's own ("their own airspace", "its own army")."""
    return any(k.lemma.lower() == "own" for k in ctx.kids(t.i, frozenset({"amod"})))


def _own_aside(ctx: _Ctx, t: Token, nouns: frozenset[str], referrer: Token | None = None) -> bool:
    """Whether an act's noun is marked as its doer's own in a sentence that tells no other
    of ``nouns`` ("The United States has imposed its own sanctions"): one set beside the
    story's; next to another in its sentence ("the ICC issued a warrant, and Libya issued
    its own warrant") it is simply the nearer. A bare ``referrer`` ("welcomed the agreement")
    also passes over one marked as another (aside_act_marks: "under a separate agreement");
    one with words of its own ("the port agreement", "the separate agreement") may mean it."""
    marked = (
        referrer is not None
        and not ctx.kids(referrer.i, _NAMING_MODS)
        and any(k.lemma.lower() in ctx.rules.aside_act_marks for k in ctx.kids(t.i, _ASIDE_MODS))
    )
    if not marked and not _own_noun(ctx, t):
        return False
    sent = ctx.parse.sentences[t.sent]
    return not any(
        u.i != t.i and u.pos == "NOUN" and u.lemma.lower() in nouns
        for u in ctx.parse.tokens[sent.token_start : sent.token_end]
    )


@lru_cache(maxsize=1)
def _eventless_bodies() -> frozenset[str]:
    """Bodies outside the guidelines' IGO list (igos.yaml ``events: false``): actors of
    quotes and mentions, but no side of an event, as no gold requires one."""
    igos = load_data("actors/igos.yaml") or {}
    return frozenset(str(c) for c, g in igos.items() if g.get("events", True) is False)


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    """Principals that are states (the actors' gazetteer), as against IGOs."""
    return frozenset(str(k) for k in load_data("actors/states.yaml"))
